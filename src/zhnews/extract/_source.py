"""The text an extractor reads, the field its offsets index, and its normalised view."""

from __future__ import annotations

from typing import Literal

from ..errors import InputError
from ..script import TextView, normalise
from ..types import Article, Field

# The view of the text normalised last. Extractors run one after another on the same body (analyze,
# or a user calling extract_slogans and extract_numeric_facts on one text) normalise it once. One slot,
# keyed by the identity of the str: a different text replaces it, so nothing accumulates.
_last: tuple[str, TextView] | None = None


def _read_field(field: str, caller: str) -> Literal["body", "title"]:
    if field == "body" or field == "title":
        return field
    raise InputError(f"{caller} reads field 'body' or 'title' of an Article, not {field!r}")


def source_text(source: Article | str, field: str, caller: str) -> tuple[str, Field]:
    """(text, field): an Article's body (or title with ``field="title"``), or a str as ``field="text"``."""
    read = _read_field(field, caller)
    if isinstance(source, Article):
        return (source.title if read == "title" else source.body), read
    if isinstance(source, str):
        return source, "text" if read == "body" else read
    raise InputError(f"{caller} takes an Article, a str or a TextView, not {type(source).__name__}")


def source_view(source: Article | str | TextView, field: str, caller: str) -> tuple[TextView, Field]:
    """(view, field) like :func:`source_text`; a :class:`TextView` is read as given (its ``original``
    is the text the offsets index, ``field="text"``)."""
    if isinstance(source, TextView):
        return source, "text" if _read_field(field, caller) == "body" else "title"
    text, read = source_text(source, field, caller)
    return view_of(text), read


def view_of(text: str) -> TextView:
    """``normalise(text)``, reusing the view of the same str object when it was the last one asked for."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    view = normalise(text)
    _last = (text, view)
    return view


def forget_last_view() -> None:
    """Drop the view kept of the last text (called by :func:`zhnews.resources.reset_resources`)."""
    global _last
    _last = None
