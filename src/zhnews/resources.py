"""What the stages load once per process (rules, lexicons, gazetteer, segmenter, tagger model), held in one object.

A :class:`Resources` loads each item on first use and keeps it until :meth:`Resources.reset`. The stages
take one with ``resources=``; without it they use the process's default instance
(:func:`default_resources`), which :func:`reset_resources` empties (memory returns once nothing else holds
the items). Nothing here grows with the input: each item is loaded once, whatever the number of calls.

>>> res = Resources()
>>> res.load("answer", lambda r: 42), res.loaded()
(42, ['answer'])
>>> res.reset(); res.loaded()
[]
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["Resources", "default_resources", "reset_resources"]

T = TypeVar("T")


class Resources:
    """Items loaded on first use and kept: ``load(name, build)`` builds ``name`` once with ``build(self)``.

    ``tagger_path`` points the entity stage at a tagger model file of your own (``None``: the model
    shipped in the package); ``use_tagger=False`` runs the entity rules alone.
    Pickling keeps the options and drops what was loaded (a worker process loads its own).
    """

    def __init__(self, *, tagger_path: str | None = None, use_tagger: bool = True) -> None:
        self.tagger_path = tagger_path
        self.use_tagger = use_tagger
        self._items: dict[str, Any] = {}
        self._lock = threading.Lock()

    def load(self, name: str, build: Callable[[Resources], T]) -> T:
        try:
            return self._items[name]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            if name not in self._items:
                self._items[name] = build(self)
            return self._items[name]  # type: ignore[no-any-return]

    def loaded(self) -> list[str]:
        """Names of the items loaded so far."""
        return sorted(self._items)

    def reset(self) -> None:
        """Drop everything loaded; the next use loads it again."""
        with self._lock:
            self._items.clear()

    def __getstate__(self) -> dict[str, Any]:
        return {"tagger_path": self.tagger_path, "use_tagger": self.use_tagger}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"Resources(tagger_path={self.tagger_path!r}, use_tagger={self.use_tagger}, loaded={self.loaded()})"


_DEFAULT = Resources()


def default_resources() -> Resources:
    """The instance the stages use when none is passed."""
    return _DEFAULT


def reset_resources() -> None:
    """Empty the default instance (rules, lexicons, gazetteer, segmenter and tagger load again on next use) and drop
    the view the extractors keep of the last text they read (which can be as large as that text)."""
    from .extract._source import forget_last_view

    _DEFAULT.reset()
    forget_last_view()
