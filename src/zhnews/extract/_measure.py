"""What a numeric fact measures: the noun phrase before a number, found on jieba's word boundaries.

In 实现 数字经济核心产业增加值 1157.2亿元 the measure follows the last verb; in 人才总量 突破 35万名 (a
verb right before the number) it precedes that verb; a leading demonstrative phrase is the fact's
subject (该企业 | 研发投入强度). The verbs, units and qualifier words are data: ``rules/fact_verbs.txt``,
``fact_noun_verbs.txt``, ``units.tsv``, ``fact_words.tsv`` and the lists of ``rules/facts.txt``.

>>> vt = "全区实现数字经济核心产业增加值1157.2亿元"
>>> span, subject = measure_before(vt, 0, vt.index("1157"), None)
>>> vt[span[0]:span[1]], subject
('数字经济核心产业增加值', None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

import regex

from ..errors import ResourceError
from ..types import FACT_KINDS, QUALIFIERS, FactKind, Qualifier
from . import _rulefiles
from ._words import Token, pos_tokens

__all__ = ["Lexicon", "lexicon", "measure_before", "rank_measure", "trim"]

_VERB_FLAGS = frozenset({"v", "vd", "vi", "vf", "vx"})  # jieba's tags of verbs
_CONTENT_FLAGS = ("n", "b", "a", "j", "vn", "s")        # … and of the words a noun phrase is made of
_MAX_MEASURE = 60  # characters: a longer stretch before a number is no noun phrase


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Units, verbs and qualifier words of numeric facts, compiled once."""

    verbs: regex.Pattern[str]
    verb_words: frozenset[str]
    nouns: frozenset[str]
    unit_re: re.Pattern[str]                     # units, longest first, matched at a position
    after_re: re.Pattern[str]                    # after-qualifier words, matched at a position
    before_by_length: tuple[tuple[int, dict[str, str]], ...]  # before-qualifier words by length, longest first
    unit_kind: dict[str, FactKind]
    after_kind: dict[str, Qualifier]
    lead: re.Pattern[str]                        # words that open a measure without belonging to it
    trail: re.Pattern[str]                       # … and end it
    lead_words: frozenset[str]
    trail_words: frozenset[str]
    auxiliaries: frozenset[str]
    copulas: frozenset[str]
    verb_adverbs: frozenset[str]
    place_heads: frozenset[str]
    nominal_suffixes: frozenset[str]
    comparison: frozenset[str]
    demonstratives: frozenset[str]


def _by_length(pairs: list[tuple[str, str]]) -> tuple[tuple[int, dict[str, str]], ...]:
    """(length, {word: value}) groups, longest first; the first listing of a word wins."""
    groups: dict[int, dict[str, str]] = {}
    for word, value in pairs:
        groups.setdefault(len(word), {}).setdefault(word, value)
    return tuple(sorted(groups.items(), reverse=True))


_alt = _rulefiles.alternation


def _kinds(pairs: Iterable[tuple[str, ...]], allowed: tuple[str, ...], name: str) -> dict[str, Any]:
    """word -> kind, each kind one of ``allowed`` (the values zhnews/types.py defines): a rule file that
    names another kind is an error, not a kind no reader of the results expects."""
    out = {}
    for word, kind, *_ in pairs:
        if kind not in allowed:
            raise ResourceError(f"rules/{name}: {word!r} has kind {kind!r}; use one of {', '.join(allowed)} "
                                f"(a new kind is added to its Literal in zhnews/types.py first)")
        out[word] = kind
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    units = [row[:2] for row in _rulefiles.table("units.tsv")]
    words = _rulefiles.table("fact_words.tsv")
    unit_kind = _kinds(units, FACT_KINDS, "units.tsv")
    _kinds(words, QUALIFIERS, "fact_words.tsv")
    k = _rulefiles.keyed("facts.txt")
    nouns = set(_rulefiles.words("fact_noun_verbs.txt"))
    verbs = _rulefiles.by_length(set(_rulefiles.words("fact_verbs.txt")) - nouns)
    # a noun-verb is matched first so that the verbs inside it (进出口 holds 出口) do not split it
    verbs = _rulefiles.by_length(nouns) + verbs
    return Lexicon(
        verbs=regex.compile("|".join(f"(?P<noun>{regex.escape(v)})" if v in nouns else regex.escape(v)
                                     for v in verbs)),
        verb_words=frozenset(verbs) - nouns,
        nouns=frozenset(nouns),
        unit_re=re.compile(_alt([u for u, _ in units])),
        after_re=re.compile(_alt([w for w, _, where in words if where == "after"])),
        before_by_length=_by_length([(w, q) for w, q, where in words if where == "before"]),
        unit_kind=unit_kind,
        after_kind=_kinds([(w, q) for w, q, where in words if where == "after"], QUALIFIERS, "fact_words.tsv"),
        lead=re.compile(f"(?:{_alt(k['measure_lead'])})+"),
        trail=re.compile(f"(?:{_alt(k['measure_trail'])})+$"),
        lead_words=frozenset(k["measure_lead"]),
        trail_words=frozenset(k["measure_trail"]),
        auxiliaries=frozenset(k["auxiliaries"]),
        copulas=frozenset(k["copulas"]),
        verb_adverbs=frozenset(k["verb_adverbs"]),
        place_heads=frozenset(k["place_heads"]),
        nominal_suffixes=frozenset(k["nominal_suffixes"]),
        comparison=frozenset(k["comparison"]),
        demonstratives=frozenset(k["demonstratives"]),
    )


def _is_verb(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A listed verb on a word boundary (稳定+在 joins into 稳定在), or a word jieba tags as a verb that
    does not follow a content word (房地产 开发 投资 is one noun; 全区 实现 … is a verb)."""
    tok = toks[i]
    if i + 1 < len(toks) and tok.word + toks[i + 1].word in lex.nouns:
        return False  # 占 比: a noun made of a verb and the next word
    if (i + 1 < len(toks) and toks[i + 1].word in lex.nominal_suffixes) \
            or (len(tok.word) >= 3 and tok.word[-1] in lex.nominal_suffixes):
        return False  # 罚没 款, 完成 额, 罚没款: a verb with a nominal suffix is a noun
    if tok.word in lex.nouns or tok.word in lex.auxiliaries:
        return i > 0 and (toks[i - 1].word + tok.word) in lex.verb_words
    if tok.word in lex.verb_words:
        return True
    if i + 1 < len(toks) and (tok.word + toks[i + 1].word) in lex.verb_words:
        return True
    if tok.flag not in _VERB_FLAGS or len(tok.word) < 2:
        return False
    return i == 0 or not toks[i - 1].flag.startswith(_CONTENT_FLAGS)


def _verb_groups(toks: list[Token], lex: Lexicon) -> list[list[Token]]:
    """Runs of adjacent verbs (a noun-verb after an adverb is a verb: 已 投资)."""
    groups: list[list[Token]] = []
    joined = -1  # the index of a word that a listed verb joined with the word before (降 至)
    for i, tok in enumerate(toks):
        adverb_before = i > 0 and toks[i - 1].word in lex.verb_adverbs
        if i + 1 < len(toks) and tok.word not in lex.verb_words and tok.word + toks[i + 1].word in lex.verb_words:
            joined = i + 1
        if i == joined or _is_verb(toks, i, lex) or (tok.word in lex.nouns and adverb_before):
            if groups and groups[-1][-1].end == tok.start:
                groups[-1].append(tok)
            else:
                groups.append([tok])
    return groups


def measure_before(vt: str, clause_start: int, qual_start: int,
                   period: tuple[int, int] | None) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(measure, subject) view spans: the noun phrase a quantity measures is the clause text before the
    number, after the period and the last verb, or before a trailing verb; a leading demonstrative
    phrase is its subject. Verbs are found on word boundaries (jieba), so 覆盖率, 占地 and 进出口 stay whole."""
    start, end = clause_start, qual_start
    if period and clause_start <= period[0] < qual_start:
        start = max(start, period[1])
        found = measure_before(vt, start, end, None)
        if found[0] is None and period[0] - clause_start >= 2 and end - period[1] <= 3:
            return measure_before(vt, clause_start, period[0], None)  # 指数 今日 收在…: the noun before the period
        return found
    if end - start > _MAX_MEASURE or end <= start:
        return None, None
    lex = lexicon()
    toks = pos_tokens(vt[start:end], start)
    groups = _verb_groups(toks, lex)
    if groups:
        last = groups[-1]
        if vt[last[-1].end:end].strip():
            start = last[-1].end
        else:  # a verb right before the number: the measure is before it (人才总量突破35万名)
            end = last[0].start
            earlier = groups[-2] if len(groups) > 1 else None
            if earlier and last[0].word not in lex.copulas and any(t.word in lex.verb_words for t in earlier):
                start = earlier[-1].end  # 建成 后年产值 可达: between two listed verbs
    span = _after_each(vt, toks, trim(vt, start, end, toks))
    if span is None:
        return None, None
    inside = [t for t in toks if span[0] <= t.start and t.end <= span[1]]
    aligned = bool(inside) and inside[0].start == span[0] and inside[-1].end == span[1]
    return _split_subject(vt, span, inside if aligned else None)


def _after_each(vt: str, toks: list[Token], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A measure does not hold the unit it is counted per: 每案 补助, 每家企业每年 (no measure)."""
    if span is None or "每" not in vt[span[0]:span[1]]:  # the commonest case, one C call
        return span
    per = [i for i, t in enumerate(toks) if span[0] <= t.start < span[1] and t.word.startswith("每")]
    if not per:
        return span
    i = per[-1] + (1 if toks[per[-1]].word == "每" else 0)  # 每 案: the word after a bare 每 goes too
    return trim(vt, toks[i].end, span[1], toks) if i < len(toks) and toks[i].end < span[1] else None


def _split_subject(vt: str, span: tuple[int, int],
                   toks: list[Token] | None = None) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Split a leading demonstrative phrase off a measure; ``toks`` are its words when already known."""
    lex = lexicon()
    if toks is None:
        toks = pos_tokens(vt[span[0]:span[1]], span[0])
    if not toks:
        return None, None
    if toks[0].word in ("比", "较") or (toks[0].flag == "p" and toks[0].word in lex.comparison):
        return None, None  # 比上年末增加21万人: a comparison, the measure is the fact's before it
    if toks[0].flag == "ns" and len(toks[0].word) >= 3 and toks[0].word[-1] in lex.place_heads \
            and len(toks) >= 2 and span[1] - toks[1].start >= 2:
        rest = trim(vt, toks[1].start, span[1], toks)  # 晋江市 | 民营企业数量: a place is the subject
        return (rest, (span[0], toks[1].start)) if rest else (span, None)
    if toks[0].flag != "r" or len(toks) < 2:
        return span, None
    k = 1
    while k < len(toks) and toks[k].flag in ("q", "m"):
        k += 1  # 这 座 大桥
    head = toks[0].word
    if head[0] not in lex.demonstratives:
        return span, None  # 各项, 所有: part of the measure, not a subject
    determiner = len(head) == 1 or (len(head) == 2 and head[1] not in lex.place_heads)
    if determiner and len(toks) - k >= 2:
        k += 1  # 该 企业 | 研发投入强度; 本届 博览会 | 展览面积
    if k >= len(toks):
        return span, None
    return (toks[k].start, span[1]), (span[0], toks[k].start)


def trim(vt: str, start: int, end: int, toks: list[Token] | None = None) -> tuple[int, int] | None:
    """View span start..end without the spaces, commas and lead or trail words around a measure;
    ``toks`` are the words of a stretch around it when already known."""
    lex = lexicon()
    while start < end and vt[start] in " \t，,":
        start += 1
    while end > start and vt[end - 1] in " \t，,":
        end -= 1
    lead, trail = lex.lead.match(vt, start, end), lex.trail.search(vt, start, end)
    if lead or trail:
        # cut only between words: 全市 is a scope word, but not in 全市场 (a measure is never cut mid-word)
        words = toks if toks is not None else pos_tokens(vt[start:end], start)
        bounds = [t.start for t in words if start <= t.start < end] + [end]
        if lead:
            start = max((b for b in bounds if b <= lead.end() and _joined(vt[start:b], lex.lead)), default=start)
        if trail:
            end = min((b for b in bounds if start < b and b >= trail.start() and _joined(vt[b:end], lex.trail)),
                      default=end)
    return (start, end) if end - start >= 2 else None


def _joined(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``text`` is a run of listed words, whole."""
    return pattern.fullmatch(text) is not None


def rank_measure(vt: str, rank_context: re.Pattern[str], clause_start: int, qual_start: int,
                 period: tuple[int, int] | None) -> tuple[int, int] | None:
    """The ranking a rank is in: 位列全国城市创新能力排名 第十位 → 城市创新能力排名; with nothing between
    the ranking words and the rank, what is ranked before them (GDP总量 位列全省 第一 → GDP总量)."""
    contexts = list(rank_context.finditer(vt, clause_start, qual_start))
    if not contexts:
        return None
    ctx = contexts[-1]
    between = trim(vt, ctx.end(), qual_start - (1 if vt[qual_start - 1] == "第" else 0))
    if between is not None:
        return between
    if any(vt[x.end():y.start()].strip() for x, y in pairwise(contexts)):
        return None  # 位列 全国城市创新能力 排名 第十位: the ranking is named, without a measure
    return measure_before(vt, clause_start, contexts[0].start(), period)[0]
