"""Numeric facts: every money amount, percentage and counted quantity, with its context.

A fact is a quantity (see :mod:`zhnews.extract.numbers`) with a unit or measure word after it, the
words that qualify it (约, 超过, 余, 累计, 增长, 第 …), what it measures (the noun phrase before it),
the period it covers (今年前三季度, 1-10月, 2022年) with its dates, and its sentence. Bare numbers
without a unit, dates and times are not facts: ambiguous text gives fewer facts, not wrong ones.

Each fact is built in named steps, one function each: :func:`_unit` (what follows the number),
:func:`_qualifiers` (the words around it), :func:`_period` (what time it covers) and :func:`_measure_of`
(what it measures). Their word lists are in ``rules/facts.txt``, ``fact_words.tsv`` and ``units.tsv``.

>>> facts = extract_numeric_facts("今年前三季度實現數字經濟核心産業增加值1157.2億元，累計引進海外高層次人才5400余名。")
>>> [(f.text, f.value, f.unit, f.qualifier, f.measure, f.period) for f in facts][0]
('1157.2億元', 115720000000.0, '元', None, '數字經濟核心産業增加值', '今年前三季度')
>>> [(f.text, f.value, f.unit, f.qualifier, f.measure, f.period) for f in facts][1]
('5400余名', 5400.0, '名', 'more than', '海外高層次人才', None)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

import regex

from ..errors import InputError
from ..script import TextView
from ..types import QUALIFIERS, Article, FactKind, Field, NumericFact, record_builder
from . import _periods, _rulefiles
from ._measure import lexicon, measure_before, rank_measure, trim
from ._source import source_view
from ._words import pos_tokens
from .numbers import Found, number_view, quantity_rows

__all__ = ["extract_numeric_facts", "sentences"]

_SENTENCE_END = re.compile(r"[^。！？!?\n]*[。！？!?]?")
_CLAUSE_BREAK_RE = re.compile(r"[、；;：:（()）\n，,]")
_THOUSANDS = re.compile(r"(?<=\d)[，,](?=\d)")
_QUOTE_CHARS = ("“", "「", '"')
# a number inside a short quotation is part of a name (人才新政“黄金20条”), not a fact
_QUOTED = re.compile(r"[“「『\"][^”」』\"]{1,12}[”」』\"]")
# every period holds one of these (年, 月, 季度, 以来, 十四五, 2019/20, 今日, 今天)
_PERIOD_HINT = re.compile("[年月季来五/日天]")
_NUMERAL = re.compile(r"[\d一二三四五六七八九十两百千万亿]")
_NOUN_RUN = regex.compile(r"[\p{Han}A-Za-z“”「」]{1,10}")
#: how far back from a number its clause is read: a longer clause is read from this many characters
#: before the number (every step of a fact is then bounded work: facts grow linearly with the text)
_REACH = 200
_new_tuple = tuple.__new__
#: where a quantity's end is in its row (numbers.FoundRow)
_END = Found._fields.index("end")
#: the order of strength of qualifiers: ``NumericFact.qualifier`` is the first present
_PRECEDENCE = QUALIFIERS


@dataclass(frozen=True, slots=True)
class _Rules:
    """The word lists of this module, compiled once (see ``rules/facts.txt``)."""

    cumulative: re.Pattern[str]      # 累计, 共计 …, or 共 before a verb
    loose: re.Pattern[str]           # 约占, 最多, 至少 … a few characters before the number
    follow_stop: re.Pattern[str]     # what ends the noun after a unit
    not_fact_after: re.Pattern[str]  # 月, 日, 点 …: a date or a time, not a fact
    name_after: re.Pattern[str]      # 三年行动: a name
    rank_context: re.Pattern[str]    # 位列, 全省 … before 第
    gap: re.Pattern[str]             # 高于全省平均水平: a gap to a reference
    share: re.Pattern[str]           # 约占全市的1/3
    demonstrative: re.Pattern[str]
    doc_parts: frozenset[str]
    article_classifiers: frozenset[str]
    not_counting: frozenset[str]
    after_more_than: frozenset[str]
    after_approximate: frozenset[str]
    magnitude_approximate: frozenset[str]
    index_units: frozenset[str]
    range_links: frozenset[str]
    list_links: frozenset[str]
    duration_links: re.Pattern[str]  # at the end of the words before a span of time (期限为)
    category_after: re.Pattern[str]  # 65岁 以上 人口
    money: re.Pattern[str]
    comparison_open: re.Pattern[str]  # 比去年同期: a clause that compares has no measure of its own
    multiple_of: re.Pattern[str]      # 是2020年的1.5倍: a multiple of the measure before


_alt = _rulefiles.alternation


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    k = _rulefiles.keyed("facts.txt")
    lex = lexicon()
    counted = (set(lex.verb_words) | set(k["cumulative_verbs"])) - set(k["not_cumulative_verbs"])
    cumulative = [w for w, q, where in _rulefiles.table("fact_words.tsv") if q == "cumulative" and w != "共"]
    loose = "|".join(f"(?P<{name}>{_alt(k['loose_' + name])})" for name in ("approximate", "at_most", "at_least"))
    return _Rules(
        cumulative=re.compile(_alt(cumulative) + "|共(?=" + _alt(counted) + ")"),
        loose=re.compile(loose),
        follow_stop=re.compile(_alt(k["follow_stop"])),
        not_fact_after=re.compile(rf"^\s*(?:{_alt(k['not_fact_after'])}|点(?!\d)|分(?!之|钟)|[-—~至到]\d+月)"),
        name_after=re.compile(_alt(k["name_after"])),
        rank_context=re.compile(_alt(k["rank_context"])),
        gap=re.compile(f"(?:{_alt(k['gap_prefix'])})?(?:{_alt(k['gap'])})"),
        share=re.compile(f"(?:{_alt(k['share'])})(?!比)"),
        demonstrative=re.compile(_alt(k["demonstratives"])),
        doc_parts=frozenset(k["doc_parts"]),
        article_classifiers=frozenset(k["article_classifiers"]),
        not_counting=frozenset(k["not_counting"]),
        after_more_than=frozenset(k["after_more_than"]),
        after_approximate=frozenset(k["after_approximate"]),
        magnitude_approximate=frozenset(k["magnitude_approximate"]),
        index_units=frozenset(k["index_units"]),
        range_links=frozenset(k["range_links"]),
        list_links=frozenset(k["list_links"]),
        duration_links=re.compile(f"(?:{_alt(k['duration_links'])})$"),
        category_after=re.compile(f"(?:{_alt(k['category_after'])})[\u4e00-\u9fff]"),
        money=re.compile(_alt(k["money_words"])),
        comparison_open=re.compile(_alt(k["comparison_open"])),
        multiple_of=re.compile(_alt(k["multiple_of"])),
    )


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: cut after 。！？! ? and at line ends (； only ends a clause).

    >>> t = "第一句。第二句！\\n第三句"
    >>> [t[a:b] for a, b in sentences(t)]
    ['第一句。', '第二句！', '第三句']
    """
    out = []
    for m in _SENTENCE_END.finditer(text):
        a, b = m.span()
        while a < b and text[a] in " \t\n":
            a += 1
        if b > a:
            out.append((a, b))
    return out


class _Sentence:
    """One sentence and what its facts share: quotations, periods (found on first need), its text in
    the original (one str for all its facts), and the measure of the fact before."""

    __slots__ = ("_dates", "_ends", "_periods", "_quote_ends", "_quotes", "_text", "end", "fact_spans",
                 "last_measure", "previous", "start", "view")

    def __init__(self, view: TextView, start: int, end: int) -> None:
        self.view, self.start, self.end = view, start, end
        vt = view.text
        window = vt[start:end]
        self._quotes = [m.span() for m in _QUOTED.finditer(vt, start, end)] \
            if any(c in window for c in _QUOTE_CHARS) else []
        self._quote_ends = [y for _, y in self._quotes]
        self._periods: list[tuple[int, int]] | None = None
        self._ends: list[int] = []
        self._text: str | None = None
        self._dates: dict[tuple[int, int], tuple[date, date] | None] = {}
        self.last_measure: tuple[int, int] | None = None
        self.previous: _Shared | None = None
        self.fact_spans: list[tuple[int, int]] = []  # view spans of the facts found so far, left to right

    def fact_inside(self, a: int, b: int) -> int | None:
        """Where the last fact found before inside view span a..b ends, if there is one."""
        return max((y for x, y in self.fact_spans[-8:] if a <= x and y <= b), default=None)

    def quoted(self, a: int, b: int) -> bool:
        """Whether view span a..b lies inside one of the sentence's short quotations."""
        i = bisect_left(self._quote_ends, b)
        return i < len(self._quotes) and self._quotes[i][0] <= a

    def periods(self) -> list[tuple[int, int]]:
        if self._periods is None:
            self._periods = _find_periods(self.view.text, self.start, self.end)
            self._ends = [y for _, y in self._periods]
        return self._periods

    def period_around(self, a: int, b: int) -> tuple[int, int] | None:
        """The period that contains view span a..b, if any."""
        periods = self.periods()
        i = bisect_left(self._ends, b)
        return periods[i] if i < len(periods) and periods[i][0] <= a else None

    def periods_before(self, pos: int, since: int = 0) -> Iterator[tuple[int, int]]:
        """The periods that end at or before view offset ``pos`` and after ``since``, nearest first; at
        most 8 (a fact looks at the few periods nearest to it, so work per fact is bounded)."""
        periods = self.periods()
        last = bisect_right(self._ends, pos) - 1
        for i in range(last, max(-1, last - 8), -1):
            if periods[i][1] <= since:
                return
            yield periods[i]

    def dates(self, period: tuple[int, int], reference: date | None) -> tuple[date, date] | None:
        """The first and last day of a period of this sentence (resolved once per period)."""
        if period not in self._dates:
            self._dates[period] = _periods.resolve(self.view.text[period[0]:period[1]], reference)
        return self._dates[period]

    def text(self) -> str:
        if self._text is None:
            sa, sb = self.view.to_original(self.start, self.end)
            self._text = self.view.original[sa:sb].strip()
        return self._text


def _find_periods(vt: str, start: int, end: int) -> list[tuple[int, int]]:
    """The periods of a sentence, left to right. The pattern is tried only in windows around the
    characters every period holds (年, 月, 季, 日 …): a period starts at most 16 characters before one
    and ends at most 6 after it, and scanning a whole sentence with the pattern costs more."""
    pattern = _periods.period_pattern()
    out: list[tuple[int, int]] = []
    lo = hi = -1
    for h in _PERIOD_HINT.finditer(vt, start, end):
        a, b = max(start, h.start() - 16), min(end, h.end() + 6)
        if a > hi:
            if hi > lo:
                out += [m.span() for m in pattern.finditer(vt, max(lo, out[-1][1] if out else lo), hi)]
            lo = a
        hi = b
    if hi > lo:
        out += [m.span() for m in pattern.finditer(vt, max(lo, out[-1][1] if out else lo), hi)]
    return out


class _Unit(NamedTuple):
    """What follows a number: its unit, kind, where the fact ends, and qualifiers after it (余, 以上)."""

    unit: str
    kind: FactKind
    end: int
    after: tuple[str, ...] = ()
    span: tuple[int, int] | None = None  # view span of the unit when it is not right before ``end`` (a range)


def extract_numeric_facts(source: Article | str | TextView, *, field: str = "body",
                          published: date | datetime | None = None) -> list[NumericFact]:
    """Numeric facts in an article's body (or any text), left to right, with original offsets.

    ``field`` names the text the offsets index when ``source`` is an Article (``body`` or ``title``).
    A :class:`~zhnews.script.TextView` (``normalise(text)``) is read as given, so that several extractors
    share one view; offsets index its ``original``. ``published`` is the reference date of relative
    periods (今年, 前三季度); an Article's own publication date is used when it is not given.
    """
    view, field = source_view(source, field, "extract_numeric_facts")
    if published is None and isinstance(source, Article):
        published = source.published
    if published is not None and not isinstance(published, date):
        raise InputError(f"extract_numeric_facts: published must be a date or datetime, not {type(published).__name__}"
                         " (parse a string first: datetime.fromisoformat)")
    reference = published.date() if isinstance(published, datetime) else published
    if not view.text.strip():
        return []
    return _facts(view, field, reference)


def _facts(view: TextView, field: Field, reference: date | None) -> list[NumericFact]:
    vt = view.text
    # plain tuples, each made a Found only while its fact is read (see quantity_rows); the view's offsets
    found = quantity_rows(number_view(view))
    if not found:
        return []
    breaks = [m.start() for m in _CLAUSE_BREAK_RE.finditer(vt)]
    thousands = {m.start() for m in _THOUSANDS.finditer(vt)}  # 8,000萬: a comma between digits is no break
    if thousands:
        breaks = [i for i in breaks if i not in thousands]
    facts: list[NumericFact] = []
    qi = 0
    for s_start, s_end in sentences(vt):
        if qi >= len(found):
            break
        if found[qi][_END] > s_end:
            continue  # no quantity ends in this sentence
        sentence = _Sentence(view, s_start, s_end)
        while qi < len(found) and found[qi][_END] <= s_end:
            q = _new_tuple(Found, found[qi])  # Found._make without its Python-level call
            qi += 1
            if q.start < s_start or q.value is None or sentence.quoted(q.start, q.end):
                continue
            fact = _fact(view, sentence, q, breaks, field, reference)
            if fact is not None:
                facts.append(fact)
    return facts


def _clause_start(vt: str, breaks: list[int], a: int, s_start: int) -> int:
    """Where the clause of view offset ``a`` starts: after the last clause break before it in its
    sentence; a short bracket (采购经理指数（PMI）为) does not end a clause."""
    k = bisect_left(breaks, a) - 1
    while k > 0 and breaks[k] >= s_start and vt[breaks[k]] in "）)":
        if k < 1 or vt[breaks[k - 1]] not in "（(" or breaks[k] - breaks[k - 1] > 20:
            break  # only a bracket with no break inside: （PMI）, not （海淀、崇文）
        k -= 2
    return breaks[k] + 1 if k >= 0 and breaks[k] >= s_start else s_start


class _Shared(NamedTuple):
    """What the next item of a list or range (分别增长5.3%、4.7%; 约8%至10%) takes from a fact."""

    end: int
    before: tuple[str, ...]
    measure: tuple[int, int] | None
    subject: tuple[int, int] | None
    period: tuple[int, int] | None


def _linked(vt: str, sentence: _Sentence, a: int) -> _Shared | None:
    """The fact before, when only a list or range link stands between it and view offset ``a``."""
    prev = sentence.previous
    if prev is None or a - prev.end > 3:
        return None
    link = vt[prev.end:a].strip(" \t")
    rules = _rules()
    return prev if link in rules.list_links or link in rules.range_links else None


def _fact(view: TextView, sentence: _Sentence, q: Found, breaks: list[int], field: Field,
          reference: date | None) -> NumericFact | None:
    """The fact of quantity ``q`` in its sentence, or None when it is no fact."""
    vt = view.text
    unit = _unit(view, q, sentence)
    if unit is None or _no_count(vt, q, unit):
        return None
    clause_start = max(_clause_start(vt, breaks, q.start, sentence.start), q.start - _REACH)
    if _is_period(vt, sentence, q, unit, clause_start):
        return None
    linked = _linked(vt, sentence, q.start)
    if linked is not None:  # 分别增长5.3%、4.7%: the words before the first item hold for all
        before, qual_start = list(linked.before), q.start
        measure, subject, period = linked.measure, linked.subject, linked.period
    else:
        before, qual_start = _qualifiers_before(vt, q, clause_start)
        period = _period(vt, sentence, clause_start, qual_start, before, unit)
        measure, subject = _measure_of(vt, sentence, unit, before, clause_start, qual_start, period)
    sentence.last_measure = measure or sentence.last_measure
    sentence.previous = _Shared(unit.end, tuple(before), measure, subject, period)
    sentence.fact_spans.append((q.start, unit.end))
    quals = _ordered(before, _after_qualifiers(q, unit))
    a = q.start - 1 if "rank" in quals and q.start > 0 and vt[q.start - 1] == "第" else q.start
    oa, ob = view.to_original(a, unit.end)
    first_last = sentence.dates(period, reference) if period else None
    printed = unit.unit if unit.kind in ("currency", "percent", "percentage_point") else _orig_unit(view, unit, a)
    return _new_fact(  # NumericFact's fields in order: text, start, end, value, unit, kind, qualifier,
        view.original[oa:ob], oa, ob, float(q.value), printed, unit.kind,  # type: ignore[arg-type]
        quals[0] if quals else None,
        _orig_span(view, measure), _orig_span(view, period), _orig_span(view, subject),  # measure, period, subject
        sentence.text(), q.currency, field, tuple(quals),  # sentence, currency, field, qualifiers
        first_last[0].isoformat() if first_last else None,  # period_start, period_end
        first_last[1].isoformat() if first_last else None,
    )


#: NumericFact from its values by position (a dense text has hundreds of thousands; see record_builder)
_new_fact = record_builder(NumericFact)


def _is_period(vt: str, sentence: _Sentence, q: Found, unit: _Unit, clause_start: int) -> bool:
    """A quantity inside the period facts cover is no fact (今年前10个月，; 民國114年度; 未来4年), but a
    span after a verb is (生活了近10年)."""
    around = sentence.period_around(q.start, unit.end)
    if around is None:
        return False
    words = _rulefiles.keyed("periods.txt")
    return around[0] == clause_start or vt.startswith(words["since_after"], around[1]) \
        or not vt.startswith(words["span_open"], around[0])


# ---------------------------------------------------------------- unit

def _unit(view: TextView, q: Found, sentence: _Sentence) -> _Unit | None:
    """The unit after quantity ``q`` (a currency's word as the original prints it), or a rank (第一)."""
    vt = view.text
    b = q.end
    if q.kind in ("percent", "currency"):
        word = q.printed_word(view) or ("%" if q.kind == "percent" else "元")
        kind = "percentage_point" if word == "个百分点" else q.kind
        return _Unit(word, kind, b, _after(vt, b))
    rules = _rules()
    found = _index_points(vt, q)
    if found is None and not rules.not_fact_after.match(vt[b:b + 6]):
        found = _unit_word(vt, q) or _range_start(vt, q) or _amount(vt, q, sentence)
    if found is None and q.start > 0 and vt[q.start - 1] == "第" and q.kind == "number" \
            and rules.rank_context.search(vt, max(sentence.start, q.start - 9), q.start - 1):
        return _Unit("", "rank", b)  # 位列全省第一, 居全球第三
    return found


def _unit_word(vt: str, q: Found) -> _Unit | None:
    """A unit or measure word after a plain number (家, 名, 平方米), or a fraction's empty unit."""
    rules = _rules()
    b = q.end
    pos, after = _skip_spaces(vt, q, b), []
    if pos < len(vt) and (vt[pos] in rules.after_more_than or vt[pos] in rules.after_approximate):
        after.append("more than" if vt[pos] in rules.after_more_than else "approximate")
        pos = _skip_spaces(vt, q, pos + 1)
    lex = lexicon()
    m = lex.unit_re.match(vt, pos)
    if m:
        if m.group(0) == "年" and q.value is not None and q.value >= 1000:
            return None  # a year, not a duration
        if len(m.group(0)) == 1 and _year_like(vt, q) and _place_at(vt, m.start()):
            return None  # 2024臺北國際電腦展: a year before a place's name
        return _Unit(m.group(0), lex.unit_kind[m.group(0)], m.end(), tuple(after) + _after(vt, m.end()))
    if "分之" in vt[q.start:b] or "/" in vt[q.start:b]:
        return _Unit("", "fraction", b, tuple(after))
    return None


def _skip_spaces(vt: str, q: Found, pos: int) -> int:
    """After an Arabic number set off by spaces on both sides, up to two spaces before its unit
    (机构 3000 多个, 约 56 亿元; but not 12:59 笔端)."""
    if not ("0" <= vt[q.start] <= "9") or q.start == 0 or vt[q.start - 1] not in " \t":
        return pos
    end = pos
    while end < len(vt) and end - pos < 2 and vt[end] in " \t":
        end += 1
    return end if end < len(vt) and not vt[end].isspace() else pos


def _year_like(vt: str, q: Found) -> bool:
    return q.end - q.start == 4 and vt[q.start:q.end].isdigit() and 1900 <= (q.value or 0) <= 2100


def _place_at(vt: str, pos: int) -> bool:
    """Whether a place's name (jieba's ns) starts at view offset ``pos``: 台北, 杭州."""
    toks = pos_tokens(vt[pos:pos + 4], pos)
    return bool(toks) and toks[0].start == pos and len(toks[0].word) >= 2 and toks[0].flag.startswith("ns")


def _index_points(vt: str, q: Found) -> _Unit | None:
    """An index's points (指数收在3987.65点, 上涨312.05点): 点 after a number a time of day cannot be."""
    b = q.end
    if q.kind != "number" or b >= len(vt) or vt[b] not in _rules().index_units or q.value is None \
            or not ("0" <= vt[q.start] <= "9") or (q.value == int(q.value) and q.value <= 24):
        return None
    return _Unit(vt[b], "index", b + 1, _after(vt, b + 1))


@lru_cache(maxsize=1)
def _range_next() -> re.Pattern[str]:
    """The link and the second end of a range, up to where its unit starts: 10 至20 分钟."""
    links = _alt(_rules().range_links)
    return re.compile(rf"[ \t]*(?:{links})[ \t]*约?[\d.,，一二三四五六七八九十两百千万亿]+[ \t]*[余多]?")


def _range_start(vt: str, q: Found) -> _Unit | None:
    """The first end of a range takes the unit of the second (10至20分钟 → 10 分钟); its text is the number."""
    m = _range_next().match(vt, q.end)
    if m is None or q.kind != "number":
        return None
    lex = lexicon()
    if vt.startswith(("%", "个百分点"), m.end()):
        word = "个百分点" if vt.startswith("个百分点", m.end()) else "%"
        return _Unit(word, "percentage_point" if word == "个百分点" else "percent", q.end)
    unit = lex.unit_re.match(vt, m.end())
    if unit is None or (unit.group(0) == "年" and (q.value or 0) >= 1000):
        return None
    return _Unit(unit.group(0), lex.unit_kind[unit.group(0)], q.end, span=unit.span())


def _amount(vt: str, q: Found, sentence: _Sentence) -> _Unit | None:
    """A number in 万/亿/兆 with no unit after it (预算500亿, 岁出3兆1325亿): an amount, of money when a
    word of money comes before it in its sentence (kind currency, no currency named) and else of
    whatever the sentence counts (kind amount)."""
    text = vt[q.start:q.end]
    if q.kind != "number" or not any(c in text for c in "万亿兆") or text in ("万", "亿", "兆"):
        return None
    after = _after(vt, q.end)
    end = q.end + (lexicon().after_re.match(vt, q.end).end() - q.end if after else 0)  # type: ignore[union-attr]
    if end < len(vt) and (vt[end].isalnum() or vt[end] == "的"):
        return None  # 200万年前, 5万英亩, 3万的日活量: a word follows that is no unit of ours
    lo = max(sentence.start, q.start - 30)
    lo += max(vt.rfind(c, lo, q.start) - lo + 1 for c in "，,；;")  # in its clause
    money = _rules().money.search(vt, lo, q.start)
    return _Unit("", "currency" if money else "amount", q.end, after)


def _after(vt: str, pos: int) -> tuple[str, ...]:
    """The qualifier word right after a fact (以上, 左右), if any."""
    lex = lexicon()
    m = lex.after_re.match(vt, pos)
    return (lex.after_kind[m.group(0)],) if m else ()


def _no_count(vt: str, q: Found, unit: _Unit) -> bool:
    """A number with a unit that still states no quantity: a name (三年行动), a citation (第十二条), or
    一 + classifier as an indefinite article (打造一个平台)."""
    rules = _rules()
    if rules.name_after.match(vt, unit.end):
        return True
    if unit.kind == "age" and rules.category_after.match(vt, unit.end):
        return True  # 65岁以上人口: an age that makes a category
    if q.start > 0 and vt[q.start - 1] == "第" and unit.unit in rules.doc_parts:
        return True
    return _indefinite(vt, q.start, q.end, unit)


def _indefinite(vt: str, a: int, b: int, unit: _Unit) -> bool:
    """一 + classifier used as an indefinite article: the bare numeral 一, no qualifier after it, and no
    counting verb right before it (新增一家, 引进一名 count; 打造一个, 是一位 do not)."""
    rules = _rules()
    if vt[a:b] != "一" or unit.unit not in rules.article_classifiers or unit.after:
        return False
    before = vt[max(0, a - 4):a].rstrip("了")
    verbs = lexicon().verb_words
    verb = next((before[-n:] for n in (3, 2, 1) if before[-n:] in verbs), None)
    return verb is None or verb in rules.not_counting


# ---------------------------------------------------------------- qualifiers

def _qualifiers_before(vt: str, q: Found, clause_start: int) -> tuple[list[str], int]:
    """The qualifiers the words before a fact give (累计…超过, 约占, 上百), and where those words begin."""
    before, qual_start = _adjacent_qualifiers(vt, q.start, clause_start)
    rules = _rules()
    if q.start == qual_start and q.start > clause_start and vt[q.start - 1] in rules.magnitude_approximate \
            and vt[q.start] in "百千万" and (q.end - q.start == 1 or not _NUMERAL.match(vt, q.start + 1)):
        before.append("approximate")  # 上百个, 数千人
        qual_start -= 1
    if rules.cumulative.search(vt, clause_start, qual_start) and "cumulative" not in before:
        before.append("cumulative")
    loose = rules.loose.search(vt, max(clause_start, qual_start - 8), qual_start)
    if loose and loose.lastgroup:
        word = loose.lastgroup.replace("_", " ")
        if word not in before:
            before.append(word)
    return before, qual_start


def _after_qualifiers(q: Found, unit: _Unit) -> list[str]:
    after = list(unit.after)
    if q.approximate and "more than" not in after:
        after.append("more than")
    return after


def _ordered(before: list[str], after: list[str]) -> list[str]:
    """The qualifiers, strongest first (see _PRECEDENCE)."""
    return [word for word in _PRECEDENCE if word in before or word in after]


def _adjacent_qualifiers(vt: str, a: int, clause_start: int) -> tuple[list[str], int]:
    """Qualifier words right before view offset ``a`` (e.g. 累计…超过), and where they begin."""
    lex = lexicon()
    found: list[str] = []
    pos = a
    for _ in range(3):
        stretch = vt[clause_start:pos].rstrip(" \t")
        hit = next(((n, by_word[stretch[-n:]]) for n, by_word in lex.before_by_length if stretch[-n:] in by_word),
                   None)
        if hit is None:
            break
        found.append(hit[1])
        pos = clause_start + len(stretch) - hit[0]
    return found, pos


# ---------------------------------------------------------------- period

def _period(vt: str, sentence: _Sentence, clause_start: int, qual_start: int, before: list[str],
            unit: _Unit) -> tuple[int, int] | None:
    """The period a fact covers: the nearest period before it in its sentence that is not a comparison
    base (比上年, 较2020年, 是2020年的2.4倍); a period right before 的 and the number is the number's
    own (高于2022年的1.3%). 累计 counts from the start, so not over an earlier clause's period."""
    for p in sentence.periods_before(qual_start):
        own = p[1] + 1 == qual_start and vt[p[1]] == "的"
        if own and unit.kind != "multiple":
            return p
        if own or _periods.base_period(vt, p[0]):
            continue
        if "cumulative" in before and p[0] < clause_start and _since_start(vt, clause_start, qual_start) \
                and not vt.startswith(_rulefiles.keyed("periods.txt")["until"], p[0]) \
                and not vt.startswith("来", p[1] - 1):
            return None  # (but 今年以来 … 累计 and 截至9月底 … 累计 are over the period)
        return p
    return None


def _since_start(vt: str, clause_start: int, qual_start: int) -> bool:
    """累计, 累积: counted from the start (共, 合计 sum within a period)."""
    return any(w in vt[clause_start:qual_start] for w in _rulefiles.keyed("facts.txt")["since_start"])


# ---------------------------------------------------------------- measure

def _measure_of(vt: str, sentence: _Sentence, unit: _Unit, quals: list[str], clause_start: int, qual_start: int,
                period: tuple[int, int] | None) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(measure, subject) of a fact: the noun after its unit, the noun phrase before it, or for a
    share or a change with no noun of its own, the measure of the fact before (增长11.7%)."""
    rules = _rules()
    kind = unit.kind
    following = _following_noun(vt, unit.end) if kind not in ("percent", "percentage_point", "duration", "age") \
        else None
    gap = bool(rules.gap.match(vt, clause_start)) and not any(q in quals for q in ("increase", "decrease")) \
        and vt[qual_start - 1] != "的"  # 高于2022年的1.3%: the value of the other year, no gap
    rank = kind == "rank" or "rank" in quals
    link = rules.duration_links.search(vt, clause_start, qual_start) if kind == "duration" else None
    subject = None
    # a period inside the clause is no part of the measure, even a comparison base (是2018年的2.4倍)
    inside = next((p for p in sentence.periods_before(qual_start, clause_start) if p[0] >= clause_start), None)
    if following:  # 9家科技企业, 第四家省实验室, 13家单位19项成果获…: the noun after the unit
        return following, None
    if link:  # 期限为2年, 通勤时间将由40分钟: the span of time of the noun before the link
        return measure_before(vt, clause_start, link.start(), inside)
    if kind in ("duration", "age") or gap:  # 连续三年: a span of time; an age; 高于平均水平1.5个百分点: a gap
        if not rules.demonstrative.search(vt, clause_start, qual_start):
            return None, None
        return None, measure_before(vt, clause_start, qual_start, inside)[1]  # only the subject: 该市 连续三年
    measure = None
    if rules.comparison_open.match(vt, clause_start):
        pass  # 比去年同期增长12.3%: the measure of the fact before
    elif not rank or rules.demonstrative.search(vt, clause_start, qual_start):
        measure, subject = measure_before(vt, clause_start, qual_start, inside)
    if measure and sentence.fact_inside(*measure) is not None:
        measure = _after_fact(vt, measure, sentence.fact_inside(*measure))  # type: ignore[arg-type]
    if rank:
        measure = rank_measure(vt, rules.rank_context, clause_start, qual_start, inside)  # never the fact before's
    elif kind == "multiple":
        if measure is None and rules.multiple_of.match(vt, clause_start):
            measure = sentence.last_measure  # A达到N，是2020年的1.5倍: A is 1.5 times
    elif measure is None or rules.share.search(vt, clause_start, qual_start):
        measure = sentence.last_measure or measure  # 其中新认定591家, 增长11.7%: the measure before
    return measure, subject


def _after_fact(vt: str, measure: tuple[int, int], fact_end: int) -> tuple[int, int] | None:
    """A measure never holds a fact: what follows the fact in it, after a 的 (三个蔬菜基地的 产量), or
    nothing (连续5年 保持在; 由40分钟 缩短至)."""
    after = lexicon().after_re.match(vt, fact_end)  # 七成 左右: the fact's own qualifier word
    fact_end = after.end() if after else fact_end
    while fact_end < measure[1] and vt[fact_end] in "）)”」":
        fact_end += 1
    of = vt.rfind("的", fact_end, measure[1])
    if of < 0 and _following_noun(vt, fact_end) is not None:
        return None  # 来自28所大学 的156队: the words after the fact are its own noun, not this one's measure
    return trim(vt, of + 1 if of >= 0 else fact_end, measure[1])


def _following_noun(vt: str, end: int) -> tuple[int, int] | None:
    """View span of the noun right after a unit (9家 科技企业、…), up to a clause break, a verb or a
    particle."""
    if vt.startswith("的", end):  # 不低于5000万元的 产业引导资金
        end += 1
    m = _NOUN_RUN.match(vt[end:end + 12])
    if not m:
        return None
    cut = len(m.group(0))
    verb = next((v for v in lexicon().verbs.finditer(m.group(0)) if not v.group("noun")), None)
    if verb:
        cut = verb.start()
    stop = _rules().follow_stop.search(m.group(0), 0, cut)
    if stop:
        cut = stop.start()
    span = trim(vt, end, end + cut)
    if span and vt[span[0]] in "“「":
        span = (span[0] + 1, span[1])
    return span if span and span[1] - span[0] >= 2 else None


# ---------------------------------------------------------------- original text

def _orig_unit(view: TextView, unit: _Unit, a: int) -> str:
    """The unit as the original prints it (億元 → 元 in the view; keep the original's character)."""
    if not unit.unit:
        return unit.unit
    if unit.span is not None:
        return view.original_text(*unit.span)
    end = unit.end
    oa, ob = view.to_original(end - len(unit.unit), end) if end - len(unit.unit) >= a else (0, 0)
    return view.original[oa:ob] or unit.unit


def _orig_span(view: TextView, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    oa, ob = view.to_original(*span)
    return view.original[oa:ob]

