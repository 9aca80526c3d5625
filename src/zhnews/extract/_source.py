"""The text an extractor reads, the field its offsets index, and its normalised view."""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock
from typing import Literal

from ..errors import InputError
from ..script import TextView, normalise
from ..types import Article, Field

# The views of the texts normalised last. Extractors run one after another on the same texts (analyze, a
# pipeline's stages over a batch of pages, or a user calling extract_slogans and extract_numeric_facts on one
# text) normalise each once. Keyed by the identity of the str (the entry holds the str, so its id stays its
# own); bounded in entries and in characters, the oldest let go first, so nothing accumulates.
_recent: OrderedDict[int, tuple[str, TextView]] = OrderedDict()
_recent_chars = 0
_lock = Lock()
#: at most this many views are kept, holding at most this many characters in all (a pipeline's batch of
#: pages fits; one huge text is kept alone)
RECENT_VIEWS, RECENT_CHARS = 80, 1 << 21

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
    """``normalise(text)``, reusing the view of the same str object when it was asked for lately."""
    with _lock:  # threads of one process share the views
        found = _recent.get(id(text))
        if found is not None and found[0] is text:
            _recent.move_to_end(id(text))
            return found[1]
    view = normalise(text)
    with _lock:
        _keep(text, view)
    return view


def _keep(text: str, view: TextView) -> None:
    global _recent_chars
    old = _recent.pop(id(text), None)  # the id of a str let go, now another's
    if old is not None:
        _recent_chars -= len(old[0])
    _recent[id(text)] = (text, view)
    _recent_chars += len(text)
    while len(_recent) > 1 and (len(_recent) > RECENT_VIEWS or _recent_chars > RECENT_CHARS):
        _recent_chars -= len(_recent.popitem(last=False)[1][0])


def forget_last_view() -> None:
    """Drop the views kept of the last texts (called by :func:`zhnews.resources.reset_resources`)."""
    global _recent_chars
    with _lock:
        _recent.clear()
        _recent_chars = 0
