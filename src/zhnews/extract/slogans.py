"""Policy slogans and named formulas: quoted slogans, numbered nicknames, counted formulas with their
members, formulas with a plus (3+2产业), a place's quoted coinage (晋江经验) and parallel four-character
formulas.

What a slogan is and is not is written down in docs/facts-and-slogans.md. Not every quotation is one:
scare quotes around a word (“小巨人”), quoted speech (他说：“…”) and quoted names of programmes or
awards (“鲲鹏计划”, PROGRAMME entities) are not. A numbered nickname that is also a policy's name
(黄金20条) is reported once, with ``entity`` naming it.

>>> text = ("圍繞“打造創新創業新天堂”的部署，堅持人才引領、創新制勝，"
...         "通過創新鏈、産業鏈、人才鏈、資金鏈、政策鏈“五鏈”融合發力")
>>> [(s.text, s.kind, len(s.members)) for s in extract_slogans(text)]
[('打造創新創業新天堂', 'quoted', 0), ('人才引領、創新制勝', 'parallel', 2), ('五鏈', 'counted', 5)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

import regex

from ..script import TextView
from ..types import Article, Field, Slogan, SloganKind
from . import _rulefiles
from ._source import source_view
from .numbers import parse_chinese_number

__all__ = ["extract_slogans"]

_NUM = "一二三四五六七八九十两双"
# quotations are at most 40 characters: every pattern here has bounded repeats, so a match attempt is
# bounded work and a text of any size is read in linear time (no wall-clock timeout is needed)
_QUOTE = regex.compile(r"[“「『\"]([^“”「」『』\"\n]{2,40})[”」』\"]|‘([^‘’\n]{2,40})’|'([^'\n]{2,40})'")
_SPEECH = regex.compile(r"[。！？!?；;]")
_NICKNAME = regex.compile(r"^\p{Han}{0,6}?[\d一二三四五六七八九十百]+条$")
_COMMA = regex.compile(r"[、，,]")
_LIST_SEP = regex.compile(r"[、，,]|和|及|与")
_ALL_HAN = regex.compile(r"\p{Han}+")
_TAIL = regex.compile(r"[^，。；：,;:.！？!?（）()“”「」\s]*$")
_BRACKETED = regex.compile(r"[”」』\"]?\s*[（(]([^（）()]{2,80})[）)]")
_PLUS_PART = r"[0-9A-Za-z一二三四五六七八九十]{1,3}"
_PLUS = regex.compile(rf"^{_PLUS_PART}(?:\+{_PLUS_PART})+\p{{Han}}{{0,4}}$")
# a bare plus formula: 3+2产业 (a Han word after it; 1+1=2 is arithmetic)
_BARE_PLUS = regex.compile(rf"(?<![0-9A-Za-z+]){_PLUS_PART}(?:\+{_PLUS_PART})+\p{{Han}}{{1,4}}?(?=[，。；、,;）)的]|$)")
_NUM_START = re.compile(f"[{_NUM}]")
_QUOTE_START = re.compile("[“「『\"‘']")
_MAX_ITEM = 8  # characters: a longer stretch between separators is no item of a formula's list
_MAX_NUMBERED = 8  # characters: a longer quotation that opens with a numeral is a sentence, not a nickname


@dataclass(frozen=True, slots=True)
class _Rules:
    """The word lists of rules/slogans.txt and known_formulas.txt, compiled once."""

    words: dict[str, tuple[str, ...]]
    known: re.Pattern[str]
    known_words: frozenset[str]
    parallel: regex.Pattern[str]       # 坚持 人才引领、创新制胜
    counted: regex.Pattern[str]        # 五链, “五链”融合, 三大平台
    count_led: regex.Pattern[str]      # a quotation that opens with a count: “三大平台”
    nickname: re.Pattern[str]          # 黄金20条
    list_lead: regex.Pattern[str]
    speech_before: re.Pattern[str]     # 他说：“…”
    lead_before: re.Pattern[str]       # 推动香港“由治及兴”: a lead verb and at most a short name before


_alt = _rulefiles.alternation


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    w = _rulefiles.keyed("slogans.txt")
    known = _rulefiles.words("known_formulas.txt")
    count_word = "".join(w["count_word"])
    return _Rules(
        words={k: tuple(_rulefiles.by_length(v)) for k, v in w.items()},
        known=re.compile(_alt(known)),  # a literal alternation: stdlib re is faster
        known_words=frozenset(known),
        parallel=regex.compile(rf"(?:{_alt(w['lead'])})(?P<group>(?:\p{{Han}}{{4}}、){{1,3}}\p{{Han}}{{4}})(?=[，。；,]|$)"),
        counted=regex.compile(rf"(?P<n>[{_NUM}])(?P<x>大|个|项)?(?P<head>\p{{Han}}{{1,8}}?)[”」』\"]?"
                              rf"(?={_alt(w['counted_after'])}|[，。；、（(,;.“「『]|$)"),
        count_led=regex.compile(rf"^[{_NUM}]{{1,2}}(?:[{count_word}])?\p{{Han}}"),
        nickname=re.compile(rf"(?:{_alt(w['nickname_lead'])})[\d一二三四五六七八九十百]{{1,3}}条"),
        list_lead=regex.compile(f"(?:{_alt(w['list_lead'])})+"),
        speech_before=re.compile(rf"(?:{_alt(w['speech_before'])})[：:]?\s*$"),
        lead_before=regex.compile(rf"(?:{_alt(w['lead'])})\p{{Han}}{{0,3}}$"),
    )


def _candidates(pattern: regex.Pattern[str], start: re.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``start`` (a character class every match begins
    with) finds a character: scanning with a plain class is far faster than with the full pattern."""
    pos = 0
    while (c := start.search(text, pos)) is not None:
        m = pattern.match(text, c.start())
        if m is None or m.end() == m.start():
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


def _items(text: str) -> list[str]:
    return [p.strip() for p in _LIST_SEP.split(text) if p.strip()]


class _Finder:
    """Collects slogans on one view, one per span, the more specific rule winning."""

    _RANK: ClassVar[dict[SloganKind, int]] = {"counted": 4, "numbered": 3, "parallel": 2, "known": 2, "formula": 2,
                                       "quoted": 1}

    def __init__(self, view: TextView, field: Field) -> None:
        self.view = view
        self.vt = view.text
        self.field = field
        self.found: dict[tuple[int, int], Slogan] = {}

    def add(self, a: int, b: int, kind: SloganKind, rule: str, members: tuple[tuple[int, int], ...] = (),
            entity: str | None = None) -> None:
        oa, ob = self.view.to_original(a, b)
        key = (oa, ob)
        old = self.found.get(key)
        if old is not None and self._RANK[old.kind] >= self._RANK[kind]:
            return
        self.found[key] = Slogan(
            text=self.view.original[oa:ob], start=oa, end=ob, canonical=self.vt[a:b].replace(" ", ""), kind=kind,
            members=tuple(self.view.original_text(x, y) for x, y in members), entity=entity,
            field=self.field,
            rule=rule,
        )

    def members_before(self, a: int, n: int, suffix: str | None) -> tuple[tuple[int, int], ...]:
        """The n list items ending right before view offset ``a`` (A、B、…和Z), each ending in ``suffix``
        when given. They must be a list: short items, joined by list marks (a formula's members are its
        own parts, never the words of the sentence before it)."""
        lo = max(0, a - 12 * n - 10)
        stretch = self.vt[lo:a].rstrip("“「『\"")
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
        if len(spans) != n or any(y - x > _MAX_ITEM for x, y in spans[1:]):
            return ()
        if suffix and not all(self.vt[y - 1] == suffix for _, y in spans):
            return ()
        # the first item may carry the words that lead into the list (通过创新链, 做优做强未来科技城)
        x, y = spans[0]
        if suffix and y - x > 3:
            spans[0] = (y - 3, y)
        else:
            lead = _rules().list_lead.match(self.vt, x, y)
            if lead and lead.end() < y:
                spans[0] = (lead.end(), y)
        return tuple(spans) if spans[0][1] - spans[0][0] <= _MAX_ITEM else ()

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


# ---------------------------------------------------------------- quotations

def _quoted(f: _Finder) -> None:
    for m in _candidates(_QUOTE, _QUOTE_START, f.vt):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        a, b = m.span(g)
        if not _speech(f.vt, m.start(), a, b):
            _quoted_slogan(f, m.start(), m.end(), a, b)


def _speech(vt: str, opening: int, a: int, b: int) -> bool:
    """Quoted speech is never a slogan: a quotation after a speech verb or a colon, one with sentence
    marks, a person of talk (我, 你) outside a list joined by 、, or a part that ends in a particle of
    talk (了, 吗)."""
    inner = vt[a:b]
    words = _rules().words
    if _SPEECH.search(inner) or len(inner) > 30 or _rules().speech_before.search(vt, max(0, opening - 6), opening):
        return True
    if any(p in inner for p in words["speech_persons"]) and not ("、" in inner and "，" not in inner):
        return True  # (a written list of parallel pledges keeps its persons: “我负责阳光雨露、你负责茁壮成长”)
    return any(part.endswith(words["speech_particles"]) for part in _COMMA.split(inner) if part)


def _quoted_slogan(f: _Finder, opening: int, closing: int, a: int, b: int) -> None:
    """Which kind of slogan a quotation (not speech) is, if any: a cascade, the first rule that holds wins."""
    rules = _rules()
    words = rules.words
    inner = f.vt[a:b]
    after = f.vt[closing:closing + 4]
    if inner in rules.known_words:
        f.add(a, b, "known", "quoted known formula")
    elif _NICKNAME.match(inner):
        f.add(a, b, "numbered", "quoted nickname", entity=inner)
    elif rules.count_led.match(inner) and 3 <= len(inner) <= _MAX_NUMBERED and _count_value(inner[0]) >= 2 \
            and (inner[1] == "大" or not inner.endswith(words["name"])):
        n = _count_value(inner[0])
        members = f.members_after(closing, n) or f.members_before(opening, n, None)
        f.add(a, b, "counted" if members else "numbered", "quoted count", members)
    elif inner.endswith(words["name"]):
        return  # “鲲鹏计划”, “科技创新鼎”: a name, found as an entity
    elif _PLUS.match(inner):
        f.add(a, b, "formula", "quoted plus formula")
    elif _parallel_parts(inner):
        parts = [p for p in _COMMA.split(inner) if p]
        f.add(a, b, "parallel", "quoted parallel", tuple(
            (a + inner.index(p), a + inner.index(p) + len(p)) for p in parts))
    elif len(inner) >= 5 and inner.startswith(words["open"]):
        f.add(a, b, "quoted", "quoted formula")
    elif len(inner) >= 4 and after.startswith(words["mark"]) and _ALL_HAN.fullmatch(inner):
        f.add(a, b, "quoted", "quoted before " + next(w for w in words["mark"] if after.startswith(w)))
    elif after.startswith(words["name"]) or not _ALL_HAN.fullmatch(inner):
        return  # “揭榜挂帅”计划: the quoted part of a programme's name
    elif 4 <= len(inner) <= 6 and inner.endswith(words["coinage"]):
        f.add(a, b, "quoted", "quoted coinage")  # “晋江经验”, “深圳速度”
    elif len(inner) == 4 and rules.lead_before.search(f.vt, max(0, opening - 6), opening):
        f.add(a, b, "quoted", "quoted goal after a lead verb")  # 推动香港“由治及兴”


def _parallel_parts(inner: str) -> bool:
    """A quoted parallel formula: items of 3 to 9 characters joined by 、 (严格管控、外防输出), or set
    phrases of four or five characters joined by a comma (一人一档，精准施策); a comma between longer or
    uneven parts joins the clauses of a sentence or a rhyme, not a formula."""
    parts = [p for p in _COMMA.split(inner) if p]
    lengths = [len(p) for p in parts]
    if len(parts) < 2:
        return False
    if "，" in inner or "," in inner:
        return all(4 <= n <= 5 for n in lengths) and max(lengths) - min(lengths) <= 1
    return all(3 <= n <= 9 for n in lengths) and max(lengths) - min(lengths) <= 2


def _count_value(ch: str) -> int:
    """The count a numeral of _NUM gives (双 is a pair; the others are read as numbers)."""
    return 2 if ch == "双" else int(parse_chinese_number(ch) or 0)


# ---------------------------------------------------------------- counted, parallel and bare formulas

def _counted(f: _Finder) -> None:
    """创新链、产业链、人才链、资金链、政策链“五链”融合; 甲、乙、丙三大区级产业平台."""
    for m in _candidates(_rules().counted, _NUM_START, f.vt):
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
    for m in _rules().parallel.finditer(f.vt):  # bounded repeats: linear in the text
        a, b = m.span("group")
        spans = []
        for part in m.group("group").split("、"):
            at = f.vt.find(part, a, b)
            spans.append((at, at + len(part)))
        f.add(a, b, "parallel", "parallel after " + f.vt[m.start():a], tuple(spans))


def _bare(f: _Finder) -> None:
    rules = _rules()
    for m in rules.nickname.finditer(f.vt):
        f.add(m.start(), m.end(), "numbered", "nickname", entity=m.group(0))
    for m in rules.known.finditer(f.vt):
        if not f.vt.startswith(rules.words["known_modifies"], m.end()):  # 专精特新企业: a kind of firm
            f.add(m.start(), m.end(), "known", "known formula")
    for m in _BARE_PLUS.finditer(f.vt) if "+" in f.vt else ():
        f.add(m.start(), m.end(), "formula", "plus formula")
