"""Word boundaries and parts of speech over jieba's dictionary, loaded on first use (about 0.6 s, once
per process).

The extractors segment many short windows (the words before a number, around a name ending), where
jieba's per-call machinery (generators, pair objects, block regexes) costs more than the segmenting.
This module walks the same dictionary with the same rule, without the HMM: every dictionary word
that starts at a character is an edge, the path with the highest product of word frequencies wins
(ties to the longer word), runs of single ASCII letters and digits are joined. The results equal
``jieba.posseg.cut(text, HMM=False)`` and ``jieba.tokenize(text, HMM=False)``; a test holds them to it.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from math import log
from typing import Any, NamedTuple

from ..errors import ResourceError

__all__ = ["Token", "pos_tokens", "word_spans"]


class Token(NamedTuple):
    word: str
    flag: str
    start: int
    end: int


# the blocks jieba segments with its dictionary; everything else is cut character by character
_POS_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&._]+)")
_CUT_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&._%\\-]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@lru_cache(maxsize=1)
def _posseg() -> Any:
    try:
        import jieba
        import jieba.posseg
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ResourceError("jieba is not installed: pip install jieba") from exc
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.posseg


_state: tuple[Any, dict[str, int], dict[str, str], int, float] | None = None


def _dictionary() -> tuple[dict[str, int], dict[str, str], float]:
    """(frequencies, part-of-speech tags, log of the total frequency), words a user added included.

    Kept between calls while jieba's dictionary is unchanged: a word added (jieba.add_word, a user
    dictionary) changes its total or leaves tags to merge, and the state is read again."""
    global _state
    st = _state
    if st is not None:
        tokenizer, freq, tags, total, logtotal = st
        if tokenizer.FREQ is freq and tokenizer.total == total and not tokenizer.user_word_tag_tab:
            return freq, tags, logtotal
    posseg = _posseg()
    tokenizer = posseg.dt.tokenizer
    tokenizer.check_initialized()
    posseg.dt.makesure_userdict_loaded()
    _state = (tokenizer, tokenizer.FREQ, posseg.dt.word_tag_tab, tokenizer.total, log(tokenizer.total))
    return _state[1], _state[2], _state[4]


def _path(block: str, freq: dict[str, int], logtotal: float) -> list[int]:
    """For each position of ``block``, the end (exclusive) of the word the best path takes there."""
    n = len(block)
    best = [0.0] * (n + 1)
    end = [0] * (n + 1)
    get = freq.get
    for k in range(n - 1, -1, -1):
        top = -1.0e300
        top_end = 0
        i = k + 1
        f = get(block[k])
        while f is not None:  # jieba's dictionary holds every prefix of its words (with frequency 0)
            if f:
                score = log(f) - logtotal + best[i]
                if score >= top:  # a tie goes to the longer word, as in jieba
                    top, top_end = score, i
            if i >= n:
                break
            i += 1
            f = get(block[k:i])
        if not top_end:  # no word starts here: the character alone
            top = log(get(block[k]) or 1) - logtotal + best[k + 1]
            top_end = k + 1
        best[k] = top
        end[k] = top_end
    return end


def _words_of_block(block: str, freq: dict[str, int], logtotal: float) -> list[tuple[str, bool]]:
    """(word, joined?) along the best path; joined runs of single letters and digits are flagged."""
    end = _path(block, freq, logtotal)
    out: list[tuple[str, bool]] = []
    buf = ""
    x, n = 0, len(block)
    while x < n:
        y = end[x]
        word = block[x:y]
        if y - x == 1 and word in _ALNUM:
            buf += word
        else:
            if buf:
                out.append((buf, True))
                buf = ""
            out.append((word, False))
        x = y
    if buf:
        out.append((buf, True))
    return out


def _pieces(text: str, blocks: re.Pattern[str], freq: dict[str, int], logtotal: float) -> list[tuple[str, str]]:
    """(piece, how) in order: ``"word"`` and ``"eng"`` (a joined run of letters and digits) in the blocks,
    ``"other"`` for whitespace and the single characters of the rest."""
    out: list[tuple[str, str]] = []
    for i, blk in enumerate(blocks.split(text)):
        if not blk:
            continue
        if i % 2:  # split() puts the captured blocks at odd indices
            out.extend((w, "eng" if joined else "word") for w, joined in _words_of_block(blk, freq, logtotal))
            continue
        for j, part in enumerate(_SKIP.split(blk)):
            if j % 2:
                out.append((part, "other"))
            else:
                out.extend((ch, "other") for ch in part)
    return out


def pos_tokens(text: str, offset: int = 0) -> list[Token]:
    """Words of ``text`` with jieba's part-of-speech flags and offsets (plus ``offset``).

    >>> [(t.word, t.flag) for t in pos_tokens("累计引进海外高层次人才")][:2]
    [('累计', 'v'), ('引进', 'v')]
    """
    freq, tags, logtotal = _dictionary()
    out, pos = [], offset
    for word, how in _pieces(text, _POS_BLOCK, freq, logtotal):
        flag = tags.get(word, "x") if how == "word" else "eng" if how == "eng" else "x"
        out.append(Token(word, flag, pos, pos + len(word)))
        pos += len(word)
    return out


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of each word, as ``jieba.tokenize(text, HMM=False)`` gives them.

    >>> [w for w, _, _ in word_spans("之江实验室等13家单位")]
    ['之江', '实验室', '等', '13', '家', '单位']
    """
    freq, _tags, logtotal = _dictionary()
    out, pos = [], 0
    for word, _how in _pieces(text, _CUT_BLOCK, freq, logtotal):
        out.append((word, pos, pos + len(word)))
        pos += len(word)
    return out
