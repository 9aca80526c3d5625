"""The text an extractor reads, and the field its offsets index."""

from __future__ import annotations

from ..errors import InputError
from ..types import Article


def source_text(source: Article | str, field: str, caller: str) -> tuple[str, str]:
    """(text, field): an Article's body (or title with ``field="title"``), or a str as ``field="text"``."""
    if isinstance(source, Article):
        return (source.title if field == "title" else source.body), field
    if isinstance(source, str):
        return source, "text" if field == "body" else field
    raise InputError(f"{caller} takes an Article or str, not {type(source).__name__}")
