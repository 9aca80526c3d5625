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
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import regex

from ..script import TextView
from ..types import Article, NumericFact
from . import _periods, _rulefiles
from ._measure import lexicon, measure_before, rank_measure, trim
from ._source import source_view
from .numbers import Found, number_view, quantities_in_view

__all__ = ["extract_numeric_facts", "sentences"]

_SENTENCE_END = re.compile(r"[^。！？!?\n]*[。！？!?]?")
_CLAUSE_BREAK = "，,、；;：:（()）\n"
_CLAUSE_BREAK_RE = re.compile("[" + re.escape(_CLAUSE_BREAK) + "]")
_QUOTE_CHARS = ("“", "「", '"')
# a number inside a short quotation is part of a name (人才新政“黄金20条”), not a fact
_QUOTED = re.compile(r"[“「『\"][^”」』\"]{1,12}[”」』\"]")
_PERIOD_HINT = re.compile("[年月季来五/]")  # every period holds one of these (年, 月, 季度, 以来, 十四五, 2019/20)
_NOUN_RUN = regex.compile(r"[\p{Han}A-Za-z“”「」]{1,10}")
#: how far back from a number its clause is read: a longer clause is read from this many characters
#: before the number (every step of a fact is then bounded work: facts grow linearly with the text)
_REACH = 200
#: the order of strength of qualifiers: ``NumericFact.qualifier`` is the first present
_PRECEDENCE = ("more than", "less than", "at least", "at most", "approximate", "rank", "increase", "decrease",
               "cumulative")


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


def _alt(words: tuple[str, ...] | list[str] | set[str]) -> str:
    return "|".join(re.escape(w) for w in _rulefiles.by_length(list(words)))


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

    __slots__ = ("_ends", "_periods", "_quote_ends", "_quotes", "_text", "end", "last_measure", "start", "view")

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
        self.last_measure: tuple[int, int] | None = None

    def quoted(self, a: int, b: int) -> bool:
        """Whether view span a..b lies inside one of the sentence's short quotations."""
        i = bisect_left(self._quote_ends, b)
        return i < len(self._quotes) and self._quotes[i][0] <= a

    def periods(self) -> list[tuple[int, int]]:
        if self._periods is None:
            vt = self.view.text
            self._periods = [m.span() for m in _periods.period_pattern().finditer(vt, self.start, self.end)] \
                if _PERIOD_HINT.search(vt, self.start, self.end) else []
            self._ends = [y for _, y in self._periods]
        return self._periods

    def period_around(self, a: int, b: int) -> tuple[int, int] | None:
        """The period that contains view span a..b, if any."""
        periods = self.periods()
        i = bisect_left(self._ends, b)
        return periods[i] if i < len(periods) and periods[i][0] <= a else None

    def periods_before(self, pos: int) -> list[tuple[int, int]]:
        """The periods that end at or before view offset ``pos``, nearest last."""
        periods = self.periods()
        return periods[:bisect_right(self._ends, pos)]

    def text(self) -> str:
        if self._text is None:
            sa, sb = self.view.to_original(self.start, self.end)
            self._text = self.view.original[sa:sb].strip()
        return self._text


@dataclass(frozen=True, slots=True)
class _Unit:
    """What follows a number: its unit, kind, where the fact ends, and qualifiers after it (余, 以上)."""

    unit: str
    kind: str
    end: int
    after: tuple[str, ...] = ()


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
    reference = published.date() if isinstance(published, datetime) else published
    if not view.text.strip():
        return []
    return _facts(view, field, reference)


def _facts(view: TextView, field: str, reference: date | None) -> list[NumericFact]:
    vt = view.text
    found = quantities_in_view(number_view(view))  # same length and offsets as the view
    if not found:
        return []
    breaks = [m.start() for m in _CLAUSE_BREAK_RE.finditer(vt)]
    facts: list[NumericFact] = []
    qi = 0
    for s_start, s_end in sentences(vt):
        sentence = _Sentence(view, s_start, s_end)
        while qi < len(found) and found[qi].end <= s_end:
            q = found[qi]
            qi += 1
            if q.start < s_start or q.value is None or sentence.quoted(q.start, q.end):
                continue
            k = bisect_left(breaks, q.start) - 1  # the last clause break before the number
            clause_start = breaks[k] + 1 if k >= 0 and breaks[k] >= s_start else s_start
            fact = _fact(view, sentence, q, max(clause_start, q.start - _REACH), field, reference)
            if fact is not None:
                facts.append(fact)
    return facts


def _fact(view: TextView, sentence: _Sentence, q: Found, clause_start: int, field: str,
          reference: date | None) -> NumericFact | None:
    """The fact of quantity ``q`` in its sentence, or None when it is no fact."""
    vt = view.text
    unit = _unit(view, q, sentence)
    if unit is None or _no_count(vt, q, unit):
        return None
    around = sentence.period_around(q.start, unit.end)
    if around and (around[0] == clause_start or vt.startswith(("来", "以来"), around[1])):
        return None  # 今年前10个月，近三年来: the period facts cover, not a fact (生活了近10年 is one)
    quals, qual_start = _qualifiers(vt, q, unit, clause_start)
    period = _period(vt, sentence, clause_start, qual_start, quals)
    measure, subject = _measure_of(vt, sentence, unit, quals, clause_start, qual_start, period)
    a = q.start - 1 if "rank" in quals and q.start > 0 and vt[q.start - 1] == "第" else q.start
    oa, ob = view.to_original(a, unit.end)
    first_last = _periods.resolve(vt[period[0]:period[1]], reference) if period else None
    return NumericFact(
        text=view.original[oa:ob], start=oa, end=ob, value=float(q.value),  # type: ignore[arg-type]
        unit=unit.unit if unit.kind in ("currency", "percent", "percentage_point")
        else _orig_unit(view, unit.unit, a, unit.end),
        kind=unit.kind, qualifier=quals[0] if quals else None, measure=_orig_span(view, measure),
        period=_orig_span(view, period), subject=_orig_span(view, subject), sentence=sentence.text(),
        currency=q.currency, field=field,  # type: ignore[arg-type]
        qualifiers=tuple(quals),
        period_start=first_last[0].isoformat() if first_last else None,
        period_end=first_last[1].isoformat() if first_last else None,
    )


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
    found = None if rules.not_fact_after.match(vt[b:b + 6]) else _unit_word(vt, q)
    if found is None and q.start > 0 and vt[q.start - 1] == "第" and q.kind == "number" \
            and rules.rank_context.search(vt, max(sentence.start, q.start - 9), q.start - 1):
        return _Unit("", "rank", b)  # 位列全省第一, 居全球第三
    return found


def _unit_word(vt: str, q: Found) -> _Unit | None:
    """A unit or measure word after a plain number (家, 名, 平方米), or a fraction's empty unit."""
    rules = _rules()
    b = q.end
    pos, after = b, []
    if pos < len(vt) and vt[pos] in rules.after_more_than | rules.after_approximate:
        after.append("more than" if vt[pos] in rules.after_more_than else "approximate")
        pos += 1
    lex = lexicon()
    m = lex.unit_re.match(vt, pos)
    if m:
        if m.group(0) == "年" and q.value is not None and q.value >= 1000:
            return None  # a year, not a duration
        return _Unit(m.group(0), lex.unit_kind[m.group(0)], m.end(), tuple(after) + _after(vt, m.end()))
    if "分之" in vt[q.start:b] or "/" in vt[q.start:b]:
        return _Unit("", "fraction", b, tuple(after))
    return None


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

def _qualifiers(vt: str, q: Found, unit: _Unit, clause_start: int) -> tuple[list[str], int]:
    """The qualifiers of a fact, strongest first, and the view offset where the words before it begin."""
    before, qual_start = _qualifiers_before(vt, q.start, clause_start)
    rules = _rules()
    if rules.cumulative.search(vt, clause_start, qual_start) and "cumulative" not in before:
        before.append("cumulative")
    loose = rules.loose.search(vt, max(clause_start, qual_start - 8), qual_start)
    if loose and loose.lastgroup:
        word = loose.lastgroup.replace("_", " ")
        if word not in before:
            before.append(word)
    after = list(unit.after)
    if q.approximate and "more than" not in after:
        after.append("more than")
    return [word for word in _PRECEDENCE if word in before + after], qual_start


def _qualifiers_before(vt: str, a: int, clause_start: int) -> tuple[list[str], int]:
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

def _period(vt: str, sentence: _Sentence, clause_start: int, qual_start: int,
            quals: list[str]) -> tuple[int, int] | None:
    """The period a fact covers: the nearest period before it in its sentence that is not a comparison
    base (比上年, 较2020年); 累计 counts from the start, so not over an earlier clause's period."""
    period = next((p for p in reversed(sentence.periods_before(qual_start)) if not _periods.base_period(vt, p[0])),
                  None)
    if period and "cumulative" in quals and period[0] < clause_start and not vt.startswith("来", period[1] - 1):
        return None  # (but 今年以来 … 累计 is over the period)
    return period


# ---------------------------------------------------------------- measure

def _measure_of(vt: str, sentence: _Sentence, unit: _Unit, quals: list[str], clause_start: int, qual_start: int,
                period: tuple[int, int] | None) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(measure, subject) of a fact: the noun after its unit, the noun phrase before it, or for a
    share or a change with no noun of its own, the measure of the fact before (增长11.7%)."""
    rules = _rules()
    kind = unit.kind
    following = _following_noun(vt, unit.end) if kind not in ("percent", "percentage_point", "duration") else None
    gap = bool(rules.gap.match(vt, clause_start)) and not any(q in quals for q in ("increase", "decrease"))
    rank = kind == "rank" or "rank" in quals
    subject = None
    if following:  # 9家科技企业, 第四家省实验室, 13家单位19项成果获…: the noun after the unit
        measure = following
    elif (kind == "duration" or rank or gap) and not rules.demonstrative.search(vt, clause_start, qual_start):
        measure = None  # only a subject would be used (该市 连续三年), and there is none
    else:
        measure, subject = measure_before(vt, clause_start, qual_start,
                                          period if period and period[0] >= clause_start else None)
    if kind == "duration" or gap:
        measure = None  # 连续三年: a span of time; 高于全省平均水平1.5个百分点: a gap to a reference
    elif rank:
        measure = following or rank_measure(vt, rules.rank_context, clause_start, qual_start) \
            or sentence.last_measure
    elif kind == "multiple":
        pass  # 是2018年的2.4倍: a multiple of something earlier; do not guess
    elif measure is None or rules.share.search(vt, clause_start, qual_start):
        measure = sentence.last_measure or measure  # 其中新认定591家, 增长11.7%: the measure before
    sentence.last_measure = measure or sentence.last_measure
    return measure, subject


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

def _orig_unit(view: TextView, unit: str, a: int, end: int) -> str:
    """The unit as the original prints it (億元 → 元 in the view; keep the original's character)."""
    if not unit:
        return unit
    oa, ob = view.to_original(end - len(unit), end) if end - len(unit) >= a else (0, 0)
    return view.original[oa:ob] or unit


def _orig_span(view: TextView, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    oa, ob = view.to_original(*span)
    return view.original[oa:ob]

