"""Script detection and normalisation with an exact offset map back to the original text.

``normalise`` turns traditional script into simplified (OpenCC's dictionaries; optionally Taiwan
phrase conversions such as 網際網路 → 互联网), folds full-width letters and digits to ASCII and odd spaces
(NBSP, ideographic space, zero-width) to plain spaces. Later stages read the view and report spans
in the original: ``view.to_original(start, end)``.

>>> view = normalise("杭州市餘杭區推進網際網路發展，投資１２億元", taiwan_phrases=True)
>>> view.text
'杭州市余杭区推进互联网发展，投资12亿元'
>>> s = view.text.index("互联网"); view.to_original(s, s + 3)
(8, 12)
>>> view.original[8:12]
'網際網路'
>>> detect_script("杭州余杭為構築科技成果轉移轉化首選地"), detect_script("杭州余杭为构筑科技成果转移转化首选地")
('hant', 'hans')
"""

from __future__ import annotations

import os
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

from .errors import InputError, ResourceError
from .types import Script

__all__ = ["TextView", "detect_script", "normalise", "to_simplified"]

_SPACES = {ord(c): " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"}
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# Full-width letters, digits and the symbols numbers use; CJK punctuation (，：（） …) is kept.
_WIDTH = {cp: chr(cp - 0xFEE0) for cp in range(0xFF10, 0xFF1A)}
_WIDTH.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF21, 0xFF3B)})
_WIDTH.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF41, 0xFF5B)})
_WIDTH.update({ord(c): chr(ord(c) - 0xFEE0) for c in "％．＋－／＆＠＃＝＜＞"})


def _opencc_dir() -> str:
    try:
        import opencc
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ResourceError(
            "opencc-python-reimplemented is not installed: pip install opencc-python-reimplemented"
        ) from exc
    return os.path.join(os.path.dirname(opencc.__file__), "dictionary")


def _read_pairs(name: str) -> dict[str, str]:
    path = os.path.join(_opencc_dir(), name)
    pairs: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                key, _, value = line.rstrip("\n").partition("\t")
                if key and value:
                    pairs[key] = value.split(" ")[0]
    except OSError as exc:
        raise ResourceError(f"cannot read OpenCC dictionary {path}: reinstall opencc-python-reimplemented") from exc
    return pairs


@dataclass(frozen=True, slots=True)
class _Tables:
    chars: dict[int, str]          # one char -> one char: traditional -> simplified, widths, spaces
    table: str                     # the same map as a string indexed by code point (str.translate is faster
    #                                with it than with a dict that misses on most characters)
    phrases: dict[str, str]        # phrases whose conversion differs from char-by-char
    phrase_re: re.Pattern[str] | None  # stdlib re: it scans a literal alternation several times faster
    trad_only: frozenset[str]
    simp_only: frozenset[str]
    trad_re: re.Pattern[str]       # one of trad_only in the basic plane (see _count_in)
    simp_re: re.Pattern[str]


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _count_in(text: str, pattern: re.Pattern[str], chars: frozenset[str], astral: bool) -> int:
    """How many characters of ``text`` are in ``chars``: ``pattern`` is their class in the basic plane
    (re keeps it as a bitmap, fast); characters beyond it, rare in news, are counted one by one when
    ``astral`` says the text has some."""
    n = len(pattern.findall(text))
    if astral:
        n += sum(1 for ch in text if ch > "\uffff" and ch in chars)
    return n


@lru_cache(maxsize=2)
def _tables(taiwan_phrases: bool) -> _Tables:
    ts = _read_pairs("TSCharacters.txt")
    st = _read_pairs("STCharacters.txt")
    chars = {ord(k): v for k, v in ts.items() if len(k) == 1 and len(v) == 1 and k != v}
    # OpenCC's Taiwan variant table (TWVariantsRev) is not used: the few forms it adds beyond the TS
    # table (簷, 痺, 睪) are rare, and it rewrites characters of simplified text (么 → 幺, 抬 → 擡,
    # 著 → 着), which broke 怎么, 抬头 and 著名 for the segmenter.
    chars.update(_hong_kong_variants(ts, st, chars))
    chars.update(_SPACES)
    chars.update(_WIDTH)
    phrases: dict[str, str] = {}
    sources = ["TSPhrases.txt"] + (["TWPhrasesRev.txt"] if taiwan_phrases else [])
    for name in sources:
        for k, v in _read_pairs(name).items():
            target = v.translate(chars)
            if k.translate(chars) != target:
                phrases[k] = target
    pattern = None
    if phrases:
        alternatives = sorted(phrases, key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(p) for p in alternatives))
    top = max(max(chars), 0xFFFF) + 1
    cells = list(map(chr, range(top)))
    for cp, target in chars.items():
        cells[cp] = target
    # A lone surrogate (from a broken \\ud800 escape) reads as U+FFFD in the view: later stages encode the
    # view (Aho-Corasick, jieba) and a surrogate cannot be encoded; one character for one, so offsets hold.
    cells[0xD800:0xE000] = ["\ufffd"] * 0x800
    table = "".join(cells)
    trad_only = frozenset(k for k, v in ts.items() if len(k) == 1 and k != v and k not in st)
    simp_only = frozenset(k for k, v in st.items() if len(k) == 1 and k != v and k not in ts)
    trad_re = re.compile("[" + "".join(re.escape(c) for c in sorted(trad_only) if c <= "\uffff") + "]")
    simp_re = re.compile("[" + "".join(re.escape(c) for c in sorted(simp_only) if c <= "\uffff") + "]")
    return _Tables(chars, table, phrases, pattern, trad_only, simp_only, trad_re, simp_re)


def _hong_kong_variants(ts: dict[str, str], st: dict[str, str], chars: dict[int, str]) -> dict[int, str]:
    """Hong Kong's and Macau's variant forms the TS table leaves as they are (衞 in 衞生署, 枱, 敍): OpenCC's
    Hong Kong variants table (HKVariantsRev) names each one's standard traditional form, which the TS table
    simplifies (衞 → 衛 → 卫); a variant whose standard form the TS table does not convert stays (抬, which the
    table maps to 擡, is simplified text's own).

    >>> {chr(k): v for k, v in _hong_kong_variants(*map(_read_pairs, ("TSCharacters.txt", "STCharacters.txt")),
    ...                                              {}).items() if k == ord("衞") or k == ord("抬")}
    {'衞': '卫'}
    """
    out: dict[int, str] = {}
    for variant, standard in _read_pairs("HKVariantsRev.txt").items():
        target = ts.get(standard)
        if len(variant) == 1 and target is not None and len(target) == 1 and variant not in st \
                and ord(variant) not in chars and target != variant:
            out[ord(variant)] = target
    return out


_IDENTITY = array("l", range(4096))
#: the shared identity array grows up to this length (8 MB); a longer text gets an array of its own, freed
#: with its view, so one huge text does not leave memory held for the life of the process
_IDENTITY_CAP = 1 << 20


def _identity(n: int) -> array:
    """An array holding 0, 1, ... at least up to ``n``: offset maps of unchanged stretches are slices of it."""
    global _IDENTITY
    ident = _IDENTITY
    if len(ident) <= n:
        if n >= _IDENTITY_CAP:
            return array("l", range(n + 1))
        ident = array("l", range(min(_IDENTITY_CAP, max(n + 1, 2 * len(ident)))))
        _IDENTITY = ident
    return ident


def _check_str(text: object, caller: str) -> None:
    if not isinstance(text, str):
        raise InputError(f"{caller} takes a str, not {type(text).__name__}: decode bytes first, or parse_page them")


def detect_script(text: str, *, sample: int = 5000) -> Script:
    """``'hant'`` when traditional-only characters outnumber simplified-only ones, ``'hans'`` the
    other way round, ``'unknown'`` when the text shows neither."""
    _check_str(text, "detect_script")
    tables = _tables(False)
    head = text[:sample]
    astral = _ASTRAL.search(head) is not None
    trad = _count_in(head, tables.trad_re, tables.trad_only, astral)
    simp = _count_in(head, tables.simp_re, tables.simp_only, astral)
    if trad == simp == 0:
        return "unknown"
    return "hant" if trad > simp else "hans"


@dataclass(frozen=True, slots=True)
class TextView:
    """A normalised view of ``original``: ``text`` plus, for each view character, the original span
    it came from. Spans in the view map back with :meth:`to_original`."""

    original: str
    text: str
    starts: array
    ends: array

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the view span ``[start, end)``; an empty span maps to a point."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} is outside the view of length {len(self.text)}")
        if start == end:
            point = self.starts[start] if start < len(self.text) else len(self.original)
            return point, point
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]


def normalise(text: str, *, taiwan_phrases: bool = False) -> TextView:
    """Simplified, width-folded view of ``text`` with an exact offset map (see module doc).

    ``taiwan_phrases=True`` also swaps Taiwan vocabulary for mainland words (網際網路 → 互联网,
    軟體 → 软件). It is off by default: it also rewrites words both sides share (新增 → 添加,
    支援 → 支持), which would change mainland text served in traditional script.
    """
    _check_str(text, "normalise")
    tables = _tables(taiwan_phrases)
    phrases: list[tuple[int, int, str]] = []
    if tables.phrase_re is not None:
        phrases = [(m.start(), m.end(), tables.phrases[m.group(0)]) for m in tables.phrase_re.finditer(text)]
    if not phrases and not any(z in text for z in _ZERO_WIDTH):  # the common case: one to one
        ident = _identity(len(text) + 1)
        return TextView(original=text, text=text.translate(tables.table), starts=ident[:len(text)],
                        ends=ident[1:len(text) + 1])
    pieces: list[str] = []
    starts = array("l")
    ends = array("l")

    def plain(a: int, b: int) -> None:
        chunk = text[a:b].translate(tables.table)
        if not any(z in chunk for z in _ZERO_WIDTH):
            pieces.append(chunk)
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
            return
        for i, ch in enumerate(chunk):
            if ch in _ZERO_WIDTH:
                continue
            pieces.append(ch)
            starts.append(a + i)
            ends.append(a + i + 1)

    pos = 0
    for a, b, target in phrases:
        plain(pos, a)
        for ch in target:
            pieces.append(ch)
            starts.append(a)
            ends.append(b)
        pos = b
    plain(pos, len(text))
    return TextView(original=text, text="".join(pieces), starts=starts, ends=ends)


def to_simplified(text: str) -> str:
    """The simplified, width-folded form of ``text`` (the view's text without the map).

    >>> to_simplified("鯤鵬計劃")
    '鲲鹏计划'
    """
    return normalise(text).text
