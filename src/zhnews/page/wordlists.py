"""The page stage's word lists: data files under ``page/rules``, read by this one loader.

Each list is a ``rules/NAME.txt`` file: words separated by white space, ``#`` starts a comment line.
Rule files whose lines are regular expressions (``boilerplate.txt``) are read line by line. Files are
read on first use and kept once per process (one entry per file, so the cache cannot grow).

>>> "来源" in words("source_labels")
True
>>> alternation("source_labels").startswith("本文来源|")
True
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Any

import regex

from ..resources import read_rules

__all__ = ["alternation", "credit_roles", "editor_roles", "rule_lines", "words"]


@lru_cache(maxsize=64)
def rule_lines(name: str) -> tuple[str, ...]:
    """The non-comment, non-empty lines of ``rules/NAME.txt``."""
    text = read_rules("page", f"{name}.txt")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=64)
def words(name: str) -> tuple[str, ...]:
    """The words of ``rules/NAME.txt``, in file order."""
    return tuple(w for line in rule_lines(name) for w in line.split())


def alternation(name: str) -> str:
    """The words of a list as a regex alternation, longest first (so 责任编辑 wins over 编辑)."""
    return "|".join(regex.escape(w) for w in sorted(words(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def editor_roles() -> frozenset[str]:
    """The role words of a page's responsible editor (责任编辑, 责编 …)."""
    return frozenset(words("responsible_editor_roles"))


@lru_cache(maxsize=1)
def credit_roles() -> MappingProxyType[str, Any]:
    """``rules/credit_roles.txt``: each role word with its credit kind (``author: 记者 …`` lines)."""
    table: dict[str, str] = {}
    for line in rule_lines("credit_roles"):
        kind, _, listed = line.partition(":")
        for word in listed.split():
            table[word] = kind.strip()
    return MappingProxyType(table)
