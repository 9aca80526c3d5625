"""Word boundaries and parts of speech from jieba, loaded on first use (about 0.6 s, once per process)."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, NamedTuple

from ..errors import ResourceError

__all__ = ["Token", "pos_tokens"]


class Token(NamedTuple):
    word: str
    flag: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _posseg() -> Any:
    try:
        import jieba
        import jieba.posseg
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ResourceError("jieba is not installed: pip install jieba") from exc
    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def pos_tokens(text: str, offset: int = 0) -> list[Token]:
    """Words of ``text`` with jieba's part-of-speech flags and offsets (plus ``offset``).

    >>> [(t.word, t.flag) for t in pos_tokens("累计引进海外高层次人才")][:2]
    [('累计', 'v'), ('引进', 'v')]
    """
    out, pos = [], offset
    for pair in _posseg().cut(text, HMM=False):  # dictionary words only: fast, and enough for verbs
        out.append(Token(pair.word, pair.flag, pos, pos + len(pair.word)))
        pos += len(pair.word)
    return out
