"""The segmenter adapter: word boundaries and parts of speech over jieba's dictionary, on an instance of
our own (about 0.8 s to load, once per :class:`~zhnews.resources.Resources`).

The extractors segment many short windows (the words before a number, around a name ending), where
jieba's per-call machinery (generators, pair objects, block regexes) costs more than the segmenting.
:class:`Segmenter` walks the same dictionary with the same rule, without the HMM: every dictionary word
that starts at a character is an edge, the path with the highest product of word frequencies wins
(ties to the longer word), runs of single ASCII letters and digits are joined. The results equal
``jieba.posseg.cut(text, HMM=False)`` and ``jieba.tokenize(text, HMM=False)``; a test holds them to it.

jieba's global state is left alone: the adapter builds its own ``jieba.Tokenizer`` instead of using
``jieba.dt``, never calls ``jieba.setLogLevel``, and reads the dictionary file itself, once, into the
frequencies with every prefix (what ``Tokenizer.gen_pfdict`` builds) and the part-of-speech tags (what
``jieba.posseg.POSTokenizer`` reads from the same file again), the two tables sharing their keys; it never
imports ``jieba.posseg``, whose HMM tables take 52 MB at import. Together 78 MB less resident than jieba's own
readings (``benchmarks/bench_resources.py``). That logs nothing and writes no cache file
(``Tokenizer.initialize`` prints four lines to stderr and writes ``jieba.cache`` to the temp folder). So words
added to jieba's global tokenizer (``jieba.add_word``) are not seen here; add them with
:meth:`Segmenter.add_word`. The parts of jieba read beyond its documented API are named once, in
:data:`JIEBA_ATTRIBUTES`, and a test pins them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from math import log
from typing import Any, NamedTuple

from ..errors import ResourceError
from ..resources import Resources, default_resources

__all__ = ["JIEBA_ATTRIBUTES", "Segmenter", "Token", "pos_tokens", "segmenter", "word_spans"]

#: What the adapter uses of jieba beyond ``cut``/``tokenize``: (object, attribute, what it is).
JIEBA_ATTRIBUTES = (
    ("jieba.Tokenizer", "get_dict_file", "the dictionary file, opened (lines: word, frequency, tag)"),
    ("jieba.Tokenizer", "FREQ", "dict: word -> frequency; the prefixes of words at 0"),
    ("jieba.Tokenizer", "total", "int: the sum of the frequencies"),
    ("jieba.Tokenizer", "initialized", "bool: set once FREQ and total are filled"),
    ("jieba.Tokenizer", "user_word_tag_tab", "dict: word -> tag of the words add_word was given a tag for"),
)


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
_new_tuple = tuple.__new__


def _jieba() -> Any:
    try:
        import jieba
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ResourceError("jieba is not installed: pip install jieba") from exc
    return jieba


def _read_dictionary(tokenizer: Any) -> tuple[dict[str, int], dict[str, str], int]:
    """(frequencies with every prefix at 0, tags, total) of ``tokenizer``'s dictionary file, read once: the same
    tables as ``Tokenizer.gen_pfdict`` and ``POSTokenizer.load_word_tag``, a word's key shared by both."""
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    f = tokenizer.get_dict_file()
    try:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip().decode("utf-8")
            if not line:
                continue
            parts = line.split(" ")
            try:
                word, count = parts[0], int(parts[1])
            except (IndexError, ValueError):
                raise ResourceError(f"invalid dictionary entry at line {lineno}: {line!r}") from None
            freq[word] = count
            total += count
            if len(parts) == 3:
                tags[word] = parts[2]
            for end in range(1, len(word)):
                if word[:end] not in freq:
                    freq[word[:end]] = 0
    finally:
        f.close()
    return freq, tags, total


class Segmenter:
    """jieba's dictionary on a tokenizer of its own: :meth:`pos_tokens` and :meth:`word_spans`.

    >>> seg = Segmenter()
    >>> [(t.word, t.flag) for t in seg.pos_tokens("之江实验室发布")]
    [('之江', 'ns'), ('实验室', 'n'), ('发布', 'v')]
    """

    def __init__(self, dictionary: str | None = None) -> None:
        jieba = _jieba()
        tokenizer = jieba.Tokenizer() if dictionary is None else jieba.Tokenizer(dictionary)
        freq, tags, total = _read_dictionary(tokenizer)
        tokenizer.FREQ, tokenizer.total = freq, total
        tokenizer.initialized = True
        self._tokenizer = tokenizer
        self.freq: dict[str, int] = freq
        self.tags: dict[str, str] = tags
        self._logp = _log_probabilities(self.freq, tokenizer.total)
        #: the places of Taiwan and Hong Kong its dictionary lacked, learned by :func:`_build_segmenter`
        self.learned_places: frozenset[str] = frozenset()

    def add_word(self, word: str, freq: int, tag: str | None = None) -> None:
        """Add a word to this segmenter's dictionary (jieba's global one is not touched).

        >>> seg = Segmenter(); seg.add_word("鲲鹏计划", 100000, "nz")
        >>> [t.word for t in seg.pos_tokens("启动鲲鹏计划")]
        ['启动', '鲲鹏计划']
        """
        self.add_words([word], freq, tag)

    def add_words(self, words: Iterable[str], freq: int, tag: str | None = None) -> None:
        """Add words with one frequency and tag (the probabilities are worked out once for them all)."""
        tokenizer = self._tokenizer
        for word in words:
            tokenizer.add_word(word, freq, tag)
            if tag:
                self.tags[word] = tag
            tokenizer.user_word_tag_tab.pop(word, None)
        self._logp = _log_probabilities(self.freq, tokenizer.total)

    def pos_tokens(self, text: str, offset: int = 0) -> list[Token]:
        """Words of ``text`` with jieba's part-of-speech flags and offsets (plus ``offset``)."""
        out: list[Token] = []
        pos, tags = offset, self.tags
        for word, how in self._pieces(text, _POS_BLOCK):
            end = pos + len(word)
            flag = tags.get(word, "x") if how == "word" else how
            out.append(_new_tuple(Token, (word, flag, pos, end)))  # Token(...) without its Python-level __new__
            pos = end
        return out

    def word_spans(self, text: str) -> list[tuple[str, int, int]]:
        """(word, start, end) of each word, as ``jieba.tokenize(text, HMM=False)`` gives them."""
        out, pos = [], 0
        for word, _how in self._pieces(text, _CUT_BLOCK):
            end = pos + len(word)
            out.append((word, pos, end))
            pos = end
        return out

    def _pieces(self, text: str, blocks: re.Pattern[str]) -> list[tuple[str, str]]:
        """(piece, how) in order: ``"word"`` and ``"eng"`` (a joined run of letters and digits) in the
        blocks, ``"x"`` for whitespace and the single characters of the rest."""
        out: list[tuple[str, str]] = []
        parts = blocks.split(text)  # the gaps at even indices, the captured blocks (never empty) at odd ones
        for i, part in enumerate(parts):
            if i % 2:
                self._words_of_block(part, out)
            elif len(part) == 1:  # one mark or space between two blocks, the commonest gap
                out.append((part, "x"))
            elif part:
                _gap_pieces(part, out)
        return out

    def _words_of_block(self, block: str, out: list[tuple[str, str]]) -> None:
        """Append (word, how) along the best path: ``"eng"`` for a joined run of single letters and
        digits, ``"word"`` for the rest."""
        if len(block) == 1:  # one character: the path is that character
            out.append((block, "eng" if block in _ALNUM else "word"))
            return
        end = _path(block, self.freq, self._logp)
        buf = ""
        x, n = 0, len(block)
        while x < n:
            y = end[x]
            if y - x == 1 and block[x] in _ALNUM:
                buf += block[x]
            else:
                if buf:
                    out.append((buf, "eng"))
                    buf = ""
                out.append((block[x:y], "word"))
            x = y
        if buf:
            out.append((buf, "eng"))


def _gap_pieces(gap: str, out: list[tuple[str, str]]) -> None:
    """Append the pieces of the text between two blocks: each whitespace run jieba cuts (a character,
    or \\r\\n) and each other character on its own, all ``"x"``."""
    for j, part in enumerate(_SKIP.split(gap)):
        if j % 2:
            out.append((part, "x"))
        else:
            out.extend((ch, "x") for ch in part)


def _log_probabilities(freq: dict[str, int], total: int) -> dict[int, float]:
    """``log(f) - log(total)`` for each frequency ``f`` the dictionary holds (a few thousand distinct ones)
    and for 1 (a character no word starts with): the same floats :func:`_path` would compute, looked up."""
    logtotal = log(total)
    return {f: log(f) - logtotal for f in {*freq.values(), 1} if f}


def _path(block: str, freq: dict[str, int], logp: dict[int, float]) -> list[int]:
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
                score = logp[f] + best[i]
                if score >= top:  # a tie goes to the longer word, as in jieba
                    top, top_end = score, i
            if i >= n:
                break
            i += 1
            f = get(block[k:i])
        if not top_end:  # no word starts here: the character alone
            top = logp[get(block[k]) or 1] + best[k + 1]
            top_end = k + 1
        best[k] = top
        end[k] = top_end
    return end


def segmenter(resources: Resources | None = None) -> Segmenter:
    """The segmenter of ``resources`` (the default instance when None), loaded on first use."""
    return (resources or default_resources()).load("segmenter", _build_segmenter)


#: how often jieba is told a place of Taiwan or Hong Kong it lacks occurs (as a county of its dictionary)
_PLACE_FREQ = 500


def _build_segmenter(res: Resources) -> Segmenter:
    """jieba's segmenter, with the places of Taiwan and Hong Kong its mainland dictionary lacks (高雄, 新北,
    观塘; :func:`~zhnews.extract._entity_data.words_beyond_jieba`).

    >>> [t.word for t in _build_segmenter(Resources()).pos_tokens("高雄园区")]
    ['高雄', '园区']
    """
    from ._entity_data import words_beyond_jieba  # it reads this module: imported when first built

    seg = Segmenter()
    learned = words_beyond_jieba(res, seg.tags)
    seg.add_words(learned, _PLACE_FREQ, "ns")
    seg.learned_places = frozenset(learned)
    return seg


def pos_tokens(text: str, offset: int = 0, *, resources: Resources | None = None) -> list[Token]:
    """Words of ``text`` with jieba's part-of-speech flags and offsets (plus ``offset``).

    >>> [(t.word, t.flag) for t in pos_tokens("累计引进海外高层次人才")][:2]
    [('累计', 'v'), ('引进', 'v')]
    """
    return segmenter(resources).pos_tokens(text, offset)


def word_spans(text: str, *, resources: Resources | None = None) -> list[tuple[str, int, int]]:
    """(word, start, end) of each word, as ``jieba.tokenize(text, HMM=False)`` gives them.

    >>> [w for w, _, _ in word_spans("之江实验室等13家单位")]
    ['之江', '实验室', '等', '13', '家', '单位']
    """
    return segmenter(resources).word_spans(text)
