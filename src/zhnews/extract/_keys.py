"""Every occurrence of a set of keys in a text, overlapping ones included (Aho-Corasick).

Built on ahocorasick-rs: on Chinese text it runs about 20 times faster than pyahocorasick, whose trie
searches a node's children one by one (the root of a gazetteer has a thousand). Offsets are in
characters of the str searched.

>>> keys = KeyMatcher({"杭州": "city", "杭州市": "city", "余杭": "district"})
>>> keys.find("杭州市余杭区")
[(0, 2, 'city'), (0, 3, 'city'), (3, 5, 'district')]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from ..errors import ResourceError

__all__ = ["KeyMatcher"]

V = TypeVar("V")


class KeyMatcher(Generic[V]):
    """The keys of ``items`` found in a text; each hit carries the key's value."""

    __slots__ = ("_automaton", "_values")

    def __init__(self, items: Mapping[str, V]) -> None:
        try:
            import ahocorasick_rs
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ResourceError("ahocorasick-rs is not installed: pip install ahocorasick-rs") from exc
        keys = [k for k in items if k]
        self._values = [items[k] for k in keys]
        self._automaton: Any = ahocorasick_rs.AhoCorasick(keys) if keys else None

    def find(self, text: str) -> list[tuple[int, int, V]]:
        """(start, end, value) of every occurrence, by end and then longest first."""
        if self._automaton is None or not text:
            return []
        hits = self._automaton.find_matches_as_indexes(text, overlapping=True)
        hits.sort(key=lambda h: (h[2], h[1]))
        return [(start, end, self._values[i]) for i, start, end in hits]
