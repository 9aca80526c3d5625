"""The text an extractor reads, the field its offsets index, and its normalised view."""

from __future__ import annotations

from ..errors import InputError
from ..script import TextView, normalise
from ..types import Article

# The view of the text normalised last. Extractors run one after another on the same body (analyze,
# or a user calling extract_slogans and extract_numeric_facts on one text) normalise it once. One slot,
# keyed by the identity of the str: a different text replaces it, so nothing accumulates.
_last: tuple[str, TextView] | None = None


def source_text(source: Article | str, field: str, caller: str) -> tuple[str, str]:
    """(text, field): an Article's body (or title with ``field="title"``), or a str as ``field="text"``."""
    if isinstance(source, Article):
        return (source.title if field == "title" else source.body), field
    if isinstance(source, str):
        return source, "text" if field == "body" else field
    raise InputError(f"{caller} takes an Article, a str or a TextView, not {type(source).__name__}")


def source_view(source: Article | str | TextView, field: str, caller: str) -> tuple[TextView, str]:
    """(view, field) like :func:`source_text`; a :class:`TextView` is read as given (its ``original``
    is the text the offsets index, ``field="text"``)."""
    if isinstance(source, TextView):
        return source, "text" if field == "body" else field
    text, field = source_text(source, field, caller)
    return view_of(text), field


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
