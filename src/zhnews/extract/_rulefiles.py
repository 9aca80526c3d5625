"""The one loader of the numeric and slogan rule files under ``extract/rules/``.

Three shapes of file, each line a rule and ``#`` a comment:

- word lists (``lines``): one or more words a line;
- tables (``table``): tab-separated columns;
- keyed lists (``keyed``): ``key: word word …``, several named lists in one file.

A file is read once per process (the set of files is fixed, so the cache cannot grow).

>>> keyed("facts.txt")["rank_context"][:3]
('位列', '位居', '排名')
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import ResourceError
from ..resources import read_rules

__all__ = ["alternation", "by_length", "keyed", "lines", "longest_first", "table", "words"]


@lru_cache(maxsize=64)
def lines(name: str) -> tuple[str, ...]:
    """The rule lines of ``rules/<name>``: blank lines and ``#`` comments dropped."""
    text = read_rules("extract", name)
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


def words(name: str) -> tuple[str, ...]:
    """Every whitespace-separated word of a word-list file, in file order, each once."""
    return tuple(dict.fromkeys(w for line in lines(name) for w in line.split()))


def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated file."""
    return tuple(tuple(line.split("\t")) for line in lines(name))


@lru_cache(maxsize=64)
def keyed(name: str) -> dict[str, tuple[str, ...]]:
    """``key: word word …`` lines as {key: words in file order}; a key may continue on later lines."""
    out: dict[str, list[str]] = {}
    for line in lines(name):
        key, sep, rest = line.partition(":")
        if not sep:
            raise ResourceError(f"rules/{name}: a line without 'key:' ({line[:30]!r})")
        out.setdefault(key.strip(), []).extend(w for w in rest.split() if w not in out.get(key.strip(), ()))
    return {k: tuple(v) for k, v in out.items()}


def by_length(items: tuple[str, ...] | list[str] | set[str] | frozenset[str]) -> list[str]:
    """Longest first (and then in order): the order an alternation must try words in."""
    return sorted(items, key=len, reverse=True)


def alternation(items: tuple[str, ...] | list[str] | set[str] | frozenset[str]) -> str:
    """The words as a regular-expression alternation, escaped, longest first.

    >>> alternation(["市", "市长"])
    '市长|市'
    """
    return "|".join(re.escape(w) for w in by_length(list(items)))


def longest_first(name: str) -> dict[str, tuple[str, ...]]:
    """The keyed lists of ``rules/<name>``, each longest word first (for ``str.endswith``/``startswith``)."""
    return {key: tuple(by_length(words)) for key, words in keyed(name).items()}
