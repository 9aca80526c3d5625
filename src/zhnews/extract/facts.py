"""Numeric facts: every money amount, percentage and counted quantity, with its context.

A fact is a quantity (see :mod:`zhnews.extract.numbers`) with a unit or measure word after it, the
words that qualify it (约, 超过, 余, 累计, 增长, 第 …), what it measures (the noun phrase before it),
the period it covers (今年前三季度, 1-10月, 2022年) and its sentence. Bare numbers without a unit,
dates and times are not facts: ambiguous text gives fewer facts, not wrong ones.

>>> facts = extract_numeric_facts("今年前三季度實現數字經濟核心産業增加值1157.2億元，累計引進海外高層次人才5400余名。")
>>> [(f.text, f.value, f.unit, f.qualifier, f.measure, f.period) for f in facts][0]
('1157.2億元', 115720000000.0, '元', None, '數字經濟核心産業增加值', '今年前三季度')
>>> [(f.text, f.value, f.unit, f.qualifier, f.measure, f.period) for f in facts][1]
('5400余名', 5400.0, '名', 'more than', '海外高層次人才', None)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from ..script import TextView
from ..types import Article, NumericFact
from ._source import source_view
from ._words import Token, pos_tokens
from .numbers import Found, number_view, quantities_in_view

__all__ = ["extract_numeric_facts", "sentences"]

_SENTENCE_END = re.compile(r"[^。！？!?\n]*[。！？!?]?")
_CLAUSE_BREAK = "，,、；;：:（()）\n"
_CLAUSE_BREAK_RE = re.compile("[" + re.escape(_CLAUSE_BREAK) + "]")
# 共 before a verb (共引进, 共查处) counts everything so far; the verbs are the listed ones (see _lexicon)
_CUMULATIVE_WORDS = r"累计|累積|累积|共计|总计|合计|一共|总共"
_CUMULATIVE_VERBS = "有 设 签约 完成 建成 发放 引进 培育 实施 举办 接待 吸引 带动 新增 计 涉及 收到 受理".split()
# a bound or an approximation a few characters before the number: 约占全省的, 最多申领
_LOOSE_QUALIFIER = re.compile(
    r"(?P<approximate>约占|约为|约合|近占|大约)|(?P<at_most>最多|至多|最高不超过|不超过)|(?P<at_least>至少|最少|不少于)"
)
# a number inside a short quotation is part of a name (人才新政“黄金20条”), not a fact
_QUOTED = re.compile(r"[“「『\"][^”」』\"]{1,12}[”」』\"]")
# what ends the noun after a unit: particles, clause marks, qualifiers, and verbs that take no object here
_FOLLOW_STOP = re.compile(
    r"[获为是的在将已并被由向从对等，、]|以上|以下|左右|上下|以内"
    r"|出席|参展|参加|参会|参赛|入驻|落户|上市|获奖|申报|受益|到场|报名"
    r"|大关|关口|台阶"  # 突破百亿元大关: a figure of speech, not what is counted
)
_PERIOD = re.compile(
    r"(?:截至|截止)?(?:(?:19|20)\d{2}年|今年|去年|上年|明年|全年|当年|本年)?"
    r"(?:全年|上半年|下半年|前[一二三四1-4]季度|第?[一二三四1-4]季度|[一二三四1-4]季度|"
    r"\d{1,2}[-—~至到]\d{1,2}月(?:份)?|前\d{1,2}个?月|1至\d{1,2}月|\d{1,2}月(?:份|底|末)?|年底|年末|以来)"
    r"|(?:19|20)\d{2}年(?:度)?|今年以来|近[一二三四五六七八九十两\d]+年|过去[一二三四五六七八九十两\d]+年"
    r"|[〇○零一二三四五六七八九]{4}年(?:度)?|今年|去年|本年|当年"
    r"|“?十[三四五六]五”?(?:期间|时期)?"
)
_PERIOD_HINT = re.compile("[年月季来五]")  # every period holds one of these (年, 月, 季度, 以来, 十四五)
# dates, times, ordinals and ranges of months are not facts (2022年 is excluded by value in _fact_unit)
_NOT_FACT_AFTER = re.compile(
    r"^\s*(?:月|日|号|時|时|点(?!\d)|分(?!之|钟)|秒|季度|世纪|届|期|版|楼|层|路|号线|-\d+月|[-—~至到]\d+月)"
)
_DOC_PARTS = frozenset("条款章节篇项")
_DEMONSTRATIVE = re.compile("[该这那此本其]")  # what a subject opens with (see _split_subject)
_SHARE = re.compile(r"[占佔](?!比)")
_GAP = re.compile(r"(?:增速|增幅)?(?:高于|低于|快于|慢于|超出|优于|领先|落后)")
_NOUN_RUN = regex.compile(r"[\p{Han}A-Za-z“”「」]{1,10}")
_RANK_CONTEXT = re.compile(r"居|位列|位居|排名|排在|排|列|全省|全市|全国|全区|全县|全球|全世界|全行业|同行业")
# a quantity that opens a name is no fact: 三年行动, 五年规划, 两个先行
_NAME_AFTER = re.compile(r"(?:行动|行動|计划|計劃|规划|規劃|工程|攻坚|战略|戰略|先行|一号工程)")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    verbs: regex.Pattern[str]
    verb_words: frozenset[str]
    nouns: frozenset[str]
    unit_re: re.Pattern[str]                     # units, longest first, matched at a position
    after_re: re.Pattern[str]                    # after-qualifier words, matched at a position
    before_by_length: tuple[tuple[int, dict[str, str]], ...]  # before-qualifier words by length, longest first
    unit_kind: dict[str, str]
    after_kind: dict[str, str]
    cumulative: re.Pattern[str]                  # 累计, 共计 …, or 共 before a verb


def _rules(name: str) -> list[str]:
    text = resources.files("zhnews.extract").joinpath(f"rules/{name}").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _by_length(pairs: list[tuple[str, str]]) -> tuple[tuple[int, dict[str, str]], ...]:
    """(length, {word: value}) groups, longest first; the first listing of a word wins."""
    groups: dict[int, dict[str, str]] = {}
    for word, value in pairs:
        groups.setdefault(len(word), {}).setdefault(word, value)
    return tuple(sorted(groups.items(), reverse=True))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    units = [tuple(line.split("\t")[:2]) for line in _rules("units.tsv")]
    words = [line.split("\t") for line in _rules("fact_words.tsv")]
    nouns = {w for line in _rules("fact_noun_verbs.txt") for w in line.split()}
    verbs = sorted({w for line in _rules("fact_verbs.txt") for w in line.split()} - nouns, key=len, reverse=True)
    # a noun-verb is matched first so that the verbs inside it (进出口 holds 出口) do not split it
    verbs = sorted(nouns, key=len, reverse=True) + verbs
    by_len = lambda pairs: tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))  # noqa: E731
    return _Lexicon(
        verbs=regex.compile("|".join(f"(?P<noun>{regex.escape(v)})" if v in nouns else regex.escape(v)
                                     for v in verbs)),
        verb_words=frozenset(verbs) - nouns,
        nouns=frozenset(nouns),
        unit_re=re.compile("|".join(re.escape(u) for u, _ in by_len(units))),  # type: ignore[misc]
        after_re=re.compile("|".join(re.escape(w) for w, q, where in words if where == "after")),
        before_by_length=_by_length([(w, q) for w, q, where in words if where == "before"]),
        unit_kind=dict(units),  # type: ignore[arg-type]
        after_kind={w: q for w, q, where in words if where == "after"},
        cumulative=re.compile(_CUMULATIVE_WORDS + "|共(?=" + "|".join(
            re.escape(v) for v in sorted((set(verbs) - nouns) | set(_CUMULATIVE_VERBS), key=len, reverse=True)
            if v not in ("为", "是", "占")) + ")"),
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


_PRECEDENCE = ("more than", "less than", "at least", "at most", "approximate", "rank", "increase", "decrease",
               "cumulative")


def _qualifiers_before(vt: str, a: int, clause_start: int) -> tuple[list[str], int]:
    """Qualifier words right before view offset ``a`` (e.g. 累计…超过), and where they begin."""
    lex = _lexicon()
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


_LEAD = re.compile(r"(?:的|了|并|和|及|其中|共|分别|同比|环比|连续|全市|全区|全县|全省|全国|今年|去年|后|可)+")
_TRAIL = re.compile(
    r"(?:的|了|分别|同比|环比|均|都|已|将|还|约|共|可|预计|最多|最高|至少|最少|首次|首度|再次|再度|一举)+$"
)


_VERB_FLAGS = frozenset({"v", "vd", "vi", "vf", "vx"})
_AUX = frozenset({"可", "能", "会", "要", "将", "到", "在", "可以", "能够", "已", "还"})
_COPULA = frozenset({"为", "是", "达", "达到", "可达"})
_PLACE_HEAD = frozenset("市县区省镇村国州乡")


_CONTENT_FLAGS = ("n", "b", "a", "j", "vn", "s")
_NOMINAL_SUFFIXES = frozenset("额量率数值款费金价")


def _is_verb(toks: list[Token], i: int, lex: _Lexicon) -> bool:
    """A listed verb on a word boundary (稳定+在 joins into 稳定在), or a word jieba tags as a verb that
    does not follow a content word (房地产 开发 投资 is one noun; 全区 实现 … is a verb)."""
    tok = toks[i]
    if (i + 1 < len(toks) and toks[i + 1].word in _NOMINAL_SUFFIXES) \
            or (len(tok.word) >= 3 and tok.word[-1] in _NOMINAL_SUFFIXES):
        return False  # 罚没 款, 完成 额, 罚没款: a verb with a nominal suffix is a noun
    if tok.word in lex.nouns or tok.word in _AUX:
        return i > 0 and (toks[i - 1].word + tok.word) in lex.verb_words
    if tok.word in lex.verb_words:
        return True
    if i + 1 < len(toks) and (tok.word + toks[i + 1].word) in lex.verb_words:
        return True
    if tok.flag not in _VERB_FLAGS or len(tok.word) < 2:
        return False
    return i == 0 or not toks[i - 1].flag.startswith(_CONTENT_FLAGS)


def _measure(vt: str, clause_start: int, qual_start: int,
             period: tuple[int, int] | None) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(measure, subject) view spans: the noun phrase a quantity measures is the clause text before the
    number, after the period and the last verb (实现 数字经济核心产业增加值 1157.2亿元), or before a
    trailing verb (人才总量 突破 35万名); a leading demonstrative phrase is its subject (该企业 研发投入强度).
    Verbs are found on word boundaries (jieba), so 覆盖率, 占地 and 进出口 stay whole."""
    start, end = clause_start, qual_start
    if period and clause_start <= period[0] < qual_start:
        start = max(start, period[1])
    if end - start > 60 or end <= start:
        return None, None
    lex = _lexicon()
    toks = pos_tokens(vt[start:end], start)
    groups: list[list[Token]] = []
    for i, tok in enumerate(toks):
        adverb_before = i > 0 and toks[i - 1].word in ("已", "将", "正", "曾", "再", "又", "还")
        if _is_verb(toks, i, lex) or (tok.word in lex.nouns and adverb_before):
            if groups and groups[-1][-1].end == tok.start:
                groups[-1].append(tok)
            else:
                groups.append([tok])
    if groups:
        last = groups[-1]
        if vt[last[-1].end:end].strip():
            start = last[-1].end
        else:  # a verb right before the number: the measure is before it (人才总量突破35万名)
            end = last[0].start
            earlier = groups[-2] if len(groups) > 1 else None
            if earlier and last[0].word not in _COPULA and any(t.word in lex.verb_words for t in earlier):
                start = earlier[-1].end  # 建成 后年产值 可达: between two listed verbs
    span = _trim(vt, start, end)
    if span is None:
        return None, None
    inside = [t for t in toks if span[0] <= t.start and t.end <= span[1]]
    aligned = bool(inside) and inside[0].start == span[0] and inside[-1].end == span[1]
    return _split_subject(vt, span, inside if aligned else None)


def _split_subject(vt: str, span: tuple[int, int],
                   toks: list[Token] | None = None) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Split a leading demonstrative phrase off a measure; ``toks`` are its words when already known."""
    if toks is None:
        toks = pos_tokens(vt[span[0]:span[1]], span[0])
    if not toks:
        return None, None
    if toks[0].flag == "p" and toks[0].word in ("比", "较", "与", "同", "跟"):
        return None, None  # 比上年末增加21万人: a comparison, the measure is the fact's before it
    if toks[0].flag != "r" or len(toks) < 2:
        return span, None
    k = 1
    while k < len(toks) and toks[k].flag in ("q", "m"):
        k += 1  # 这 座 大桥
    head = toks[0].word
    if head[0] not in "该这那此本其":
        return span, None  # 各项, 所有: part of the measure, not a subject
    determiner = len(head) == 1 or (len(head) == 2 and head[1] not in _PLACE_HEAD)
    if determiner and len(toks) - k >= 2:
        k += 1  # 该 企业 | 研发投入强度; 本届 博览会 | 展览面积
    if k >= len(toks):
        return span, None
    return (toks[k].start, span[1]), (span[0], toks[k].start)


def _trim(vt: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and vt[start] in " \t，,":
        start += 1
    while end > start and vt[end - 1] in " \t，,":
        end -= 1
    lead = _LEAD.match(vt, start, end)
    if lead:
        start = lead.end()
    trail = _TRAIL.search(vt, start, end)
    if trail:
        end = trail.start()
    return (start, end) if end - start >= 2 else None


def _after(lex: _Lexicon, vt: str, pos: int) -> list[str]:
    m = lex.after_re.match(vt, pos)
    return [lex.after_kind[m.group(0)]] if m else []


def _fact_unit(view: TextView, q: Found, b: int) -> tuple[str, str, int, list[str]] | None:
    """(unit, kind, view end, after-qualifiers) for the quantity ending at view offset ``b``; a
    currency's unit is its word as the original prints it."""
    lex = _lexicon()
    vt = view.text
    if q.kind in ("percent", "currency"):
        word = q.printed_word(view) or ("%" if q.kind == "percent" else "元")
        kind = "percentage_point" if word == "个百分点" else q.kind
        return word, kind, b, _after(lex, vt, b)
    if _NOT_FACT_AFTER.match(vt[b:b + 6]):
        return None
    pos = b
    after: list[str] = []
    if pos < len(vt) and vt[pos] in "余多来":
        after.append("more than" if vt[pos] in "余多" else "approximate")
        pos += 1
    m = lex.unit_re.match(vt, pos)
    if m:
        unit = m.group(0)
        if unit == "年" and q.value is not None and q.value >= 1000:
            return None  # a year, not a duration
        return unit, lex.unit_kind[unit], m.end(), after + _after(lex, vt, m.end())
    if "分之" in vt[q.start:b] or "/" in vt[q.start:b]:
        return "", "fraction", b, after
    return None


def extract_numeric_facts(source: Article | str | TextView, *, field: str = "body") -> list[NumericFact]:
    """Numeric facts in an article's body (or any text), left to right, with original offsets.

    ``field`` names the text the offsets index when ``source`` is an Article (``body`` or ``title``).
    A :class:`~zhnews.script.TextView` (``normalise(text)``) is read as given, so that several extractors
    share one view; offsets index its ``original``.
    """
    view, field = source_view(source, field, "extract_numeric_facts")
    if not view.text.strip():
        return []
    return _facts(view, field)


def _facts(view: TextView, field: str) -> list[NumericFact]:
    vt = view.text
    lex = _lexicon()
    vq = quantities_in_view(number_view(view))  # same length and offsets as the view
    facts: list[NumericFact] = []
    spans = sentences(vt)
    breaks = [m.start() for m in _CLAUSE_BREAK_RE.finditer(vt)] if vq else []
    qi = 0
    for s_start, s_end in spans:
        periods: list[tuple[int, int]] | None = None  # found when the sentence has a fact
        last_measure: str | None = None
        quoted = [m.span() for m in _QUOTED.finditer(vt, s_start, s_end)] if "“" in vt[s_start:s_end] or \
            "「" in vt[s_start:s_end] or '"' in vt[s_start:s_end] else []
        while qi < len(vq) and vq[qi].end <= s_end:
            q = vq[qi]
            a, b = q.start, q.end
            qi += 1
            if a < s_start or q.value is None or any(x <= a and b <= y for x, y in quoted):
                continue
            unit_info = _fact_unit(view, q, b)
            if unit_info is None and a > 0 and vt[a - 1] == "第" and q.kind == "number" \
                    and _RANK_CONTEXT.search(vt, max(s_start, a - 9), a - 1):
                unit_info = ("", "rank", b, [])  # 位列全省第一, 居全球第三
            if unit_info is None:
                continue
            unit, kind, end, after = unit_info
            if _NAME_AFTER.match(vt, end) or (a > 0 and vt[a - 1] == "第" and unit in _DOC_PARTS):
                continue  # 三年行动 is a name; 第十二条 cites a document
            if _indefinite(vt, a, b, unit, after, lex):
                continue  # 打造一个平台, 一场比赛: 一 as an article, not a count
            k = bisect_left(breaks, a) - 1  # the last clause break before the number, if in this sentence
            clause_start = breaks[k] + 1 if k >= 0 and breaks[k] >= s_start else s_start
            if periods is None:
                periods = [m.span() for m in _PERIOD.finditer(vt, s_start, s_end)] \
                    if _PERIOD_HINT.search(vt, s_start, s_end) else []
            if any(x <= a and end <= y and (x == clause_start or vt.startswith(("来", "以来"), y))
                   for x, y in periods):
                continue  # 今年前10个月，近三年来: the period facts cover, not a fact (生活了近10年 is one)
            before, qual_start = _qualifiers_before(vt, a, clause_start)
            if lex.cumulative.search(vt, clause_start, qual_start) and "cumulative" not in before:
                before.append("cumulative")
            loose = _LOOSE_QUALIFIER.search(vt, max(clause_start, qual_start - 8), qual_start)
            if loose and loose.lastgroup:
                word = loose.lastgroup.replace("_", " ")
                if word not in before:
                    before.append(word)
            if q.approximate and "more than" not in after:
                after.append("more than")
            quals = [qq for qq in _PRECEDENCE if qq in before + after]
            period = next((p for p in reversed(periods) if p[1] <= qual_start), None)
            if period and "cumulative" in quals and period[0] < clause_start and not vt.startswith("来", period[1] - 1):
                period = None  # 累计 counts from the start, not over the period of an earlier clause (but 今年以来 …)
            subject = None
            following = _following_noun(vt, end) if kind not in ("percent", "percentage_point", "duration") \
                else None
            gap = bool(_GAP.match(vt, clause_start)) and not any(q in quals for q in ("increase", "decrease"))
            # for these the measure found before the number is not used, only a subject (该市 连续三年):
            # without a demonstrative in the clause there is none, and segmenting can be skipped
            unused = kind in ("duration", "rank") or "rank" in quals or gap
            if following:  # 9家科技企业, 第四家省实验室, 13家单位19项成果获…: the noun after the unit
                measure = following
            elif unused and not _DEMONSTRATIVE.search(vt, clause_start, qual_start):
                measure = None
            else:
                measure, subject = _measure(vt, clause_start, qual_start,
                                            period if period and period[0] >= clause_start else None)
            if kind == "duration":
                measure = None  # 连续三年: a span of time measures nothing by itself
            elif gap:
                measure = None  # 高于全省平均水平1.5个百分点: a gap to a reference, which is not the measure
            elif kind == "rank" or "rank" in quals:
                measure = following or _rank_measure(vt, clause_start, qual_start) or last_measure
            elif kind == "multiple":
                pass  # 是2018年的2.4倍: a multiple of something earlier; do not guess
            elif measure is None or _SHARE.search(vt, clause_start, qual_start):
                # 其中新认定591家, 增长11.7%, 约占全市的1/3: the measure of the fact before
                measure = last_measure or measure
            # a percentage of a measure-less clause (增长11.7%) measures the amount before it
            last_measure = measure or last_measure
            if "rank" in quals and a > 0 and vt[a - 1] == "第":
                a -= 1  # the rank's text keeps its 第
            oa, ob = view.to_original(a, end)
            sa, sb = view.to_original(s_start, s_end)
            fact = NumericFact(
                text=view.original[oa:ob], start=oa, end=ob, value=float(q.value),
                unit=unit if kind in ("currency", "percent", "percentage_point") else _orig(view, unit, a, end),
                kind=kind, qualifier=quals[0] if quals else None, measure=_orig_span(view, measure),
                period=_orig_span(view, period), subject=_orig_span(view, subject),
                sentence=view.original[sa:sb].strip(), currency=q.currency,
                field=field,  # type: ignore[arg-type]
                qualifiers=tuple(quals),
            )
            facts.append(fact)
    return facts


# classifiers after which a bare 一 is mostly an article (一个平台, 一场比赛, 一位专家)
_ARTICLE_CLASSIFIERS = frozenset("个种场位款部张件次名批座项条只支")
_NOT_COUNTING = frozenset({"为", "是", "有", "占", "成为", "作为", "打造", "建设", "形成", "推出", "举办", "开展"})


def _indefinite(vt: str, a: int, b: int, unit: str, after: list[str], lex: _Lexicon) -> bool:
    """一 + classifier used as an indefinite article: the bare numeral 一, no qualifier after it, and no
    counting verb right before it (新增一家, 引进一名 count; 打造一个, 是一位 do not)."""
    if vt[a:b] != "一" or unit not in _ARTICLE_CLASSIFIERS or after:
        return False
    before = vt[max(0, a - 4):a].rstrip("了")
    verb = next((before[-n:] for n in (3, 2, 1) if before[-n:] in lex.verb_words), None)
    return verb is None or verb in _NOT_COUNTING


def _rank_measure(vt: str, clause_start: int, qual_start: int) -> tuple[int, int] | None:
    """The ranking a rank is in: 位列全国城市创新能力排名 第十位 → 城市创新能力排名."""
    contexts = list(_RANK_CONTEXT.finditer(vt, clause_start, qual_start))
    if not contexts:
        return None
    ctx = contexts[-1]
    return _trim(vt, ctx.end(), qual_start - (1 if vt[qual_start - 1] == "第" else 0))


def _following_noun(vt: str, end: int) -> tuple[int, int] | None:
    """View span of the noun right after a unit (9家 科技企业、…), up to a clause break, a verb or a
    particle."""
    if vt.startswith("的", end):  # 不低于5000万元的 产业引导资金
        end += 1
    m = _NOUN_RUN.match(vt[end:end + 12])
    if not m:
        return None
    cut = len(m.group(0))
    verb = next((v for v in _lexicon().verbs.finditer(m.group(0)) if not v.group("noun")), None)
    if verb:
        cut = verb.start()
    stop = _FOLLOW_STOP.search(m.group(0), 0, cut)
    if stop:
        cut = stop.start()
    span = _trim(vt, end, end + cut)
    if span and vt[span[0]] in "“「":
        span = (span[0] + 1, span[1])
    return span if span and span[1] - span[0] >= 2 else None


def _orig(view: TextView, unit: str, a: int, end: int) -> str:
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
