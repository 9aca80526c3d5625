"""Errors raised by zhnews.

Every error is a :class:`ZhnewsError`, which is also a :class:`ValueError`, so callers that
already catch ``ValueError`` for bad input keep working::

    ZhnewsError (ValueError)
    ├── InputError            the input is not something zhnews can read at all
    │   ├── EmptyInputError       empty, whitespace only, or None
    │   ├── InputTooLargeError    larger than the configured size bound
    │   └── DecodeError           bytes that are not text in any Chinese or Unicode encoding
    ├── NoArticleError        a readable page that holds no article (nav-only, image-only)
    ├── ResourceError         a lexicon, rule file or optional model could not be loaded
    └── StageError            a stage failed in an unexpected way (a bug in a stage, a worker process that died)

Each message says what was wrong and what the caller can do about it.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "EmptyInputError",
    "InputError",
    "InputTooLargeError",
    "NoArticleError",
    "ResourceError",
    "StageError",
    "ZhnewsError",
]


class ZhnewsError(ValueError):
    """Base class of every error zhnews raises on purpose.

    An error raised by :func:`zhnews.pipe` for one item of a stream also says which item: ``item_id`` and
    ``index`` are set (both ``None`` on an error of a single call)."""

    item_id: object = None
    index: int | None = None


class InputError(ZhnewsError):
    """The input cannot be read as a page or a text."""


class EmptyInputError(InputError):
    """The input is empty, whitespace only, or ``None``."""


class InputTooLargeError(InputError):
    """The input is larger than the size bound the call allows."""


class DecodeError(InputError):
    """Bytes that decode to no plausible text in any supported encoding."""


class NoArticleError(ZhnewsError):
    """The page was read, but holds no article text (navigation-only, image-only, an error page)."""


class ResourceError(ZhnewsError):
    """A lexicon, rule file or optional model could not be loaded."""


class StageError(ZhnewsError):
    """A stage raised something other than a :class:`ZhnewsError` (its ``__cause__``), or the worker process
    running it died. Batch mode records it for that item and goes on; please report it with the page."""
