"""Policy slogans and named formulas: quoted slogans, numbered nicknames, counted formulas with their
members, and parallel four-character formulas.

Not every quotation is a slogan: scare quotes around a word (“小巨人”, “大满贯”), quoted speech and
quoted names of programmes or awards (“鲲鹏计划”, “科技创新鼎”) are not. A numbered nickname that is
also a policy's name (黄金20条) is reported once, with ``entity`` naming it.

>>> text = ("圍繞“打造創新創業新天堂”的部署，堅持人才引領、創新制勝，"
...         "通過創新鏈、産業鏈、人才鏈、資金鏈、政策鏈“五鏈”融合發力")
>>> [(s.text, s.kind, len(s.members)) for s in extract_slogans(text)]
[('打造創新創業新天堂', 'quoted', 0), ('人才引領、創新制勝', 'parallel', 2), ('五鏈', 'counted', 5)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import ClassVar

import regex

from ..script import TextView
from ..types import Article, Slogan
from ._source import source_view

__all__ = ["extract_slogans"]

_NUM = "一二三四五六七八九十两双"
_NUM_VALUE = {"一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10}
_QUOTE = regex.compile(r"[“「『\"]([^“”「」『』\"\n]{2,40})[”」』\"]|‘([^‘’\n]{2,40})’|'([^'\n]{2,40})'")
_SPEECH = regex.compile(r"[。！？!?；;]")
_NICKNAME = regex.compile(r"^\p{Han}{0,6}?[\d一二三四五六七八九十百]+条$")
_BARE_NICKNAME = re.compile(r"(?:黄金|新政|新)[\d一二三四五六七八九十百]{1,3}条")
_COUNT_LED = regex.compile(rf"^[{_NUM}]{{1,2}}(?:大|个|张|项|化|新|强|区|链|力)?\p{{Han}}")
_LIST_SEP = regex.compile(r"[、，,]|和|及|与")
_COMMA = regex.compile(r"[、，,]")
_ALL_HAN = regex.compile(r"\p{Han}+")
_TAIL = regex.compile(r"[^，。；：,;:.！？!?（）()“”「」\s]*$")
_BRACKETED = regex.compile(r"[”」』\"]?\s*[（(]([^（）()]{2,80})[）)]")
# a counted formula: 五链, “五链”, 三大平台. An opening quote before it is not part of the match: the
# members before it are read with the quote stripped, so the match starts at the numeral.
_NUM_START = re.compile(f"[{_NUM}]")
_QUOTE_START = re.compile("[“「『\"‘']")
_COUNTED = regex.compile(rf"(?P<n>[{_NUM}])(?P<x>大|个|项)?(?P<head>\p{{Han}}{{1,8}}?)[”」』\"]?"
                         rf"(?=融合|协同|联动|发力|建设|体系|[，。；、（(,;.“「『]|$)")
# words that lead into a list without being part of its first item: 做优做强 未来科技城、…
_LIST_LEAD = regex.compile(
    r"(?:做[优大强精实]做[优大强精实]|做[优大强精实]|打造|建设|推动|加快|聚焦|围绕|通过|实现|包括|涵盖|形成|培育|发展|壮大|"
    r"提升|建成|实施|推进|再度实现|再度|已|将|由)+"
)


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    text = resources.files("zhnews.extract").joinpath("rules/slogans.txt").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.startswith("#") or ":" not in line:
            continue
        key, _, words = line.partition(":")
        out[key.strip()] = tuple(sorted(words.split(), key=len, reverse=True))
    return out


@lru_cache(maxsize=1)
def _known() -> re.Pattern[str]:
    text = resources.files("zhnews.extract").joinpath("rules/known_formulas.txt").read_text(encoding="utf-8")
    words = sorted({w for line in text.splitlines() if not line.startswith("#") for w in line.split()},
                   key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))  # a literal alternation: stdlib re is faster


@lru_cache(maxsize=1)
def _parallel_re() -> regex.Pattern[str]:
    lead = "|".join(regex.escape(w) for w in _words()["lead"])
    return regex.compile(rf"(?:{lead})(?P<group>(?:\p{{Han}}{{4}}、){{1,3}}\p{{Han}}{{4}})(?=[，。；,]|$)")


def _candidates(pattern: regex.Pattern[str], start: re.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``start`` (a character class every match begins
    with) finds a character: scanning with a plain class is far faster than with the full pattern.
    The patterns' repeats are bounded ({2,40}), so a match attempt is bounded work: no timeout needed
    (a per-call timeout costs more than these short matches)."""
    pos = 0
    while (c := start.search(text, pos)) is not None:
        m = pattern.match(text, c.start())
        if m is None or m.end() == m.start():
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


def _count_value(ch: str) -> int:
    return _NUM_VALUE.get(ch, 0)


def _items(text: str) -> list[str]:
    return [p.strip() for p in _LIST_SEP.split(text) if p.strip()]


class _Finder:
    """Collects slogans on one view, one per span, the more specific rule winning."""

    _RANK: ClassVar[dict[str, int]] = {"counted": 4, "numbered": 3, "parallel": 2, "known": 2, "quoted": 1}

    def __init__(self, view: TextView, field: str) -> None:
        self.view = view
        self.vt = view.text
        self.field = field
        self.found: dict[tuple[int, int], Slogan] = {}

    def add(self, a: int, b: int, kind: str, rule: str, members: tuple[tuple[int, int], ...] = (),
            entity: str | None = None) -> None:
        oa, ob = self.view.to_original(a, b)
        key = (oa, ob)
        old = self.found.get(key)
        if old is not None and self._RANK[old.kind] >= self._RANK[kind]:
            return
        self.found[key] = Slogan(
            text=self.view.original[oa:ob], start=oa, end=ob, canonical=self.vt[a:b].replace(" ", ""), kind=kind,
            members=tuple(self.view.original_text(x, y) for x, y in members), entity=entity,
            field=self.field,  # type: ignore[arg-type]
            rule=rule,
        )

    def members_before(self, a: int, n: int, suffix: str | None) -> tuple[tuple[int, int], ...]:
        """The n list items ending right before view offset ``a`` (A、B、…和Z), each ending in ``suffix``
        when given."""
        lo = max(0, a - 12 * n - 10)
        stretch = self.vt[lo:a]
        stretch = stretch.rstrip("“「『\"")
        tail = _TAIL.search(stretch)
        if not tail:
            return ()
        start = lo + tail.start()
        chunk = self.vt[start:lo + len(stretch)]
        spans, pos = [], start
        for part in _LIST_SEP.split(chunk):
            a_ = self.vt.find(part, pos) if part else -1
            if part and a_ >= 0:
                spans.append((a_, a_ + len(part)))
                pos = a_ + len(part)
        spans = spans[-n:]
        if len(spans) != n:
            return ()
        if suffix and not all(self.vt[y - 1] == suffix for _, y in spans):
            return ()
        # the first item may carry the words that lead into the list (通过创新链, 做优做强未来科技城)
        x, y = spans[0]
        if suffix and y - x > 3:
            spans[0] = (y - 3, y)
        else:
            lead = _LIST_LEAD.match(self.vt, x, y)
            if lead and lead.end() < y:
                spans[0] = (lead.end(), y)
        return tuple(spans)

    def members_after(self, b: int, n: int) -> tuple[tuple[int, int], ...]:
        """The n list items in brackets right after view offset ``b``: “五大产业生态圈”（A、B、C、D和E）."""
        m = _BRACKETED.match(self.vt[b:b + 90])
        if not m:
            return ()
        inner_start = b + m.start(1)
        spans, pos = [], inner_start
        for part in _items(m.group(1)):
            at = self.vt.find(part, pos, inner_start + len(m.group(1)))
            if at < 0:
                return ()
            spans.append((at, at + len(part)))
            pos = at + len(part)
        return tuple(spans) if len(spans) == n else ()


def extract_slogans(source: Article | str | TextView, *, field: str = "body") -> list[Slogan]:
    """Slogans and named formulas in an article's body (or any text, or a TextView), left to right,
    original offsets."""
    view, field = source_view(source, field, "extract_slogans")
    if not view.text.strip():
        return []
    finder = _Finder(view, field)
    _quoted(finder)
    _counted(finder)
    _parallel(finder)
    _bare(finder)
    return sorted(finder.found.values(), key=lambda s: (s.start, s.end))


def _quoted(f: _Finder) -> None:
    words = _words()
    for m in _candidates(_QUOTE, _QUOTE_START, f.vt):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        a, b = m.span(g)
        inner = f.vt[a:b]
        if _SPEECH.search(inner) or len(inner) > 30:
            continue
        if _NICKNAME.match(inner):
            f.add(a, b, "numbered", "quoted nickname", entity=inner)
            continue
        if inner.endswith(words["name"]):
            continue  # “鲲鹏计划”, “科技创新鼎”: a name, found as an entity
        parts = [p for p in _COMMA.split(inner) if p]
        after = f.vt[m.end():m.end() + 4]
        if _COUNT_LED.match(inner) and len(inner) >= 3 and not inner.endswith(words["name"]):
            n = _count_value(inner[0])
            members = f.members_after(m.end(), n) or f.members_before(m.start(), n, None)
            f.add(a, b, "counted" if members else "numbered", "quoted count", members)
        elif len(parts) >= 2 and all(3 <= len(p) <= 9 for p in parts):
            f.add(a, b, "parallel", "quoted parallel", tuple(
                (a + inner.index(p), a + inner.index(p) + len(p)) for p in parts))
        elif len(inner) >= 5 and inner.startswith(words["open"]):
            f.add(a, b, "quoted", "quoted formula")
        elif len(inner) >= 4 and after.startswith(words["mark"]) and _ALL_HAN.fullmatch(inner):
            f.add(a, b, "quoted", "quoted before " + next(w for w in words["mark"] if after.startswith(w)))


def _counted(f: _Finder) -> None:
    """创新链、产业链、人才链、资金链、政策链“五链”融合; 甲、乙、丙三大区级产业平台."""
    for m in _candidates(_COUNTED, _NUM_START, f.vt):
        n = _count_value(m.group("n"))
        if n < 2:
            continue
        a = m.start("n")
        b = m.end("head")
        if m.group("x") is None and len(m.group("head")) == 1:
            # 五链: members must share the suffix 链
            members = f.members_before(m.start(), n, m.group("head"))
        elif m.group("x") == "大":
            members = f.members_before(m.start(), n, None) or f.members_after(m.end(), n)
        else:
            continue
        if members:
            f.add(a, b, "counted", "counted formula", members)


def _parallel(f: _Finder) -> None:
    for m in _parallel_re().finditer(f.vt, timeout=2.0):
        a, b = m.span("group")
        spans = []
        for part in m.group("group").split("、"):
            at = f.vt.find(part, a, b)
            spans.append((at, at + len(part)))
        f.add(a, b, "parallel", "parallel after " + f.vt[m.start():a], tuple(spans))


def _bare(f: _Finder) -> None:
    for m in _BARE_NICKNAME.finditer(f.vt):
        f.add(m.start(), m.end(), "numbered", "nickname", entity=m.group(0))
    for m in _known().finditer(f.vt):
        f.add(m.start(), m.end(), "known", "known formula")
