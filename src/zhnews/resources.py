"""What the stages load once per process (rules, lexicons, gazetteer, segmenter, tagger model), held in one object.

A :class:`Resources` loads each item on first use and keeps it until :meth:`Resources.reset`. The stages
take one with ``resources=``; without it they use the process's default instance
(:func:`default_resources`), which :func:`reset_resources` empties (memory returns once nothing else holds
the items). Nothing here grows with the input: each item is loaded once, whatever the number of calls.

Every rules file (``page/rules/*``, ``extract/rules/*``) is read through :func:`read_rules`: a file of the
same name in the folder named by ``$ZHNEWS_RULES_DIR`` (``<folder>/page/boilerplate.txt``,
``<folder>/extract/units.tsv``) replaces the shipped one; set it, then call :func:`reset_resources`.

>>> res = Resources()
>>> res.load("answer", lambda r: 42), res.loaded()
(42, ['answer'])
>>> res.reset(); res.loaded()
[]
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from importlib import resources as _package_files
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from .errors import ResourceError

__all__ = ["RULES_DIR_ENV", "Resources", "default_resources", "read_rules", "reset_resources"]

#: The environment variable naming a folder of rules files that replace the shipped ones.
RULES_DIR_ENV = "ZHNEWS_RULES_DIR"

T = TypeVar("T")
_MISSING: Any = object()  # what no build returns: an item not loaded yet


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
        self._lock = threading.RLock()  # re-entrant: a builder may load another item (the segmenter, the gazetteer)

    def load(self, name: str, build: Callable[[Resources], T]) -> T:
        item: T = self._items.get(name, _MISSING)  # the hot path (every rule lookup of every text): no call
        if item is not _MISSING:
            return item
        with self._lock:
            if name not in self._items:
                self._items[name] = build(self)
            return cast(T, self._items[name])

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
        Resources.__init__(self, **state)

    def __repr__(self) -> str:
        return f"Resources(tagger_path={self.tagger_path!r}, use_tagger={self.use_tagger}, loaded={self.loaded()})"


_DEFAULT = Resources()


def default_resources() -> Resources:
    """The instance the stages use when none is passed."""
    return _DEFAULT


def read_rules(part: Literal["page", "extract"], name: str) -> str:
    """The text of the rules file ``name`` of ``part``: ``$ZHNEWS_RULES_DIR/<part>/<name>`` when that file
    exists, else the file shipped in ``zhnews/<part>/rules/``."""
    folder = os.environ.get(RULES_DIR_ENV)
    try:
        own = Path(folder, part, name) if folder else None
        if own is not None and own.is_file():
            return own.read_text(encoding="utf-8")
        return _package_files.files(f"zhnews.{part}").joinpath(f"rules/{name}").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read the rules file {part}/{name}: {exc}; check ${RULES_DIR_ENV} "
                            "or reinstall zhnews") from exc


def reset_resources() -> None:
    """Empty the default instance (rules, lexicons, gazetteer, segmenter and tagger load again on next use),
    the rules each module compiled on first use (read again through :func:`read_rules`), and drop the view
    the extractors keep of the last text they read (which can be as large as that text)."""
    from .extract._source import forget_last_view

    _DEFAULT.reset()
    forget_last_view()
    _clear_module_caches()


def _clear_module_caches() -> None:
    """``cache_clear()`` on every cached function of the zhnews modules imported so far (rule loaders, the
    patterns compiled from them, small bounded caches): nothing to list by hand when a module adds one."""
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "zhnews" or name.startswith("zhnews.")):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()
