"""The built-in lexicons' and the statistical tagger's candidates (where they are words of the text;
the tagger's spans with their clause marks, titles and units cut off), and the mending of candidates where the
recognisers disagree in known ways, before the resolver chooses among them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any, NamedTuple

import regex

from ..page.credits import bare_name, surname_before
from ..resources import Resources
from ._entity_data import _COMMON_WORD, _HAN, _HAN_RUN, _LATIN, _NAME_CHAR, _builtin, _Cand, _gazetteer, _Rules, _rules
from ._entity_endings import (
    _PROPER_FLAGS,
    _a_bodys_unit,
    _distinctive,
    _KnownNames,
    _lab_or_org,
    _longest_ending,
    after_a_listed_company,
    opens_a_phrase,
)
from ._entity_places import _beyond_the_mainland, _cities, _follows_names, _word_edges
from ._words import Segmenter, Token, segmenter
from .tagger import SENTENCE_STOPS

#: Taiwan's and Hong Kong's corner quotes, read by the tagger as the mainland's quotes its corpora use (one
#: character for one: offsets unchanged)
_AS_MAINLAND_QUOTES = str.maketrans("「」『』", "“”‘’")
_TAGGER_TYPES = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}


def _no_tagged_name(vt: str, a: int, b: int, label: str) -> bool:
    """Whether the tagger's span ``vt[a:b]`` (its quotes and clause marks cut off) can be no name: nothing left,
    half a work's title (《某某图证》|编纂委员会; 某国《某某》杂志 holds all of it), an organisation holding 的 (某校的
    合唱团: a phrase)."""
    return b <= a or vt.count("《", a, b) != vt.count("》", a, b) or (label == "ORG" and "的" in vt[a + 1:b - 1])


def _lexicon_names(vt: str, res: Resources) -> list[_Cand]:
    """Names of the built-in lexicons (national and international bodies, companies, media, world places),
    where they are words of the text: not 海地 in 沿海地区, 华为 in 董建华为首, 教育部 in 教育部门. A name
    that runs on into a title stays (行政院长, 外交部长: the body is named)."""
    rules = _rules(res)
    seg = segmenter(res)
    out = []
    titles = rules.titles_after + rules.tuples["title_ends"]
    found = _builtin(res).matches(vt)
    longest: dict[int, int] = {}  # a start -> the end of the longest known name there
    for a, b, _t in found:
        longest[a] = max(b, longest.get(a, b))
    for a, b, t in found:
        if _in_a_dotted_name(vt, a, b) and not _dot_joins_places(vt, a, b, res):
            continue
        # long names rarely straddle words (checking them costs more than it finds), but for a trade's word after
        # them (台湾银行|业: the place's banking sector)
        if b - a < 4 or vt.startswith(rules.tuples["sector_characters"], b):
            starts, ends = _word_edges(vt, a, b, seg)
            if not starts or not (ends or vt.startswith(titles, b)):
                continue
        out.append(_Cand(a, b, t, "built-in lexicon", 0.95, 3))
        if t == "ORG" and vt.startswith(rules.tuples["company_words"], b):
            out += _with_a_company_word(vt, a, b, longest[a], seg, rules)
    return out


def _with_a_company_word(vt: str, a: int, b: int, longest: int, seg: Segmenter, rules: _Rules) -> list[_Cand]:
    """A known company's short name followed by a word that only a company's name ends with (中电 + 控股,
    纬创 + 资通, 村田 + 制作所) is the company's longer name, where that word ends a word of the text and no
    word follows that makes it a modifier (控股|股东: the controlling shareholder), and no longer known name
    starting with the short one ends inside the word (国泰金控|股价 is 国泰金控, not 国泰金 + 控股).

    >>> [vt[c.a:c.b] for vt in ("中电控股今日公布业绩", "中电控股股东") for c in _lexicon_names(vt, Resources())]
    ['中电', '中电控股', '中电']
    """
    word = max((w for w in rules.tuples["company_words"] if vt.startswith(w, b)), key=len)
    end = b + len(word)
    if b < longest < end or vt.startswith(rules.tuples["after_company_words"], end) \
            or not _word_edges(vt, b, end, seg)[1]:
        return []
    return [_Cand(a, end, "ORG", "built-in lexicon + company word", 0.95, 3)]


#: the dots that join the parts of a transliterated name (海尔·沃尔丹塞)
_NAME_DOTS = frozenset("·•‧・")


def _in_a_dotted_name(vt: str, a: int, b: int) -> bool:
    """Whether ``vt[a:b]`` is one part of a name whose parts a dot joins (海尔 in 海尔·沃尔丹塞, 马丁·路德):
    a known word there is a piece of a longer name, not a name of its own.

    >>> _in_a_dotted_name("外长海尔·沃尔丹塞会见", 2, 4), _in_a_dotted_name("海尔集团", 0, 2)
    (True, False)
    """
    after = b + 1 < len(vt) and vt[b] in _NAME_DOTS and _NAME_CHAR.match(vt[b + 1]) is not None
    before = a >= 2 and vt[a - 1] in _NAME_DOTS and _NAME_CHAR.match(vt[a - 2]) is not None
    return after or before


def _dot_joins_places(vt: str, a: int, b: int, res: Resources) -> bool:
    """Whether the dot beside ``vt[a:b]`` joins it to a known place (中国·杭州 is two places, as a dateline
    or a fair's title writes them; 约旦·皮特森 is one person)."""
    gaz = _gazetteer(res)
    if b < len(vt) and vt[b] in _NAME_DOTS:
        after = vt[b + 1:b + 9]
        return any(x == 0 for x, _, _ in gaz.names.find(after)) \
            or any(x == 0 and t == "PLACE" for x, _, t in _builtin(res).matches(after))
    before = vt[max(0, a - 9):a - 1]
    return any(y == len(before) for _, y, _ in gaz.names.find(before)) \
        or any(y == len(before) and t == "PLACE" for _, y, t in _builtin(res).matches(before))


class TaggerReading(NamedTuple):
    """What the tagger read in a text: the dictionary matches it was given, and its spans (start, end, type)."""

    hits: Sequence[tuple[int, int, int]]
    spans: list[tuple[int, int, str]]


def tagger_readings(vts: Sequence[str], res: Resources) -> list[TaggerReading]:
    """The tagger's reading of each text, all tagged in one search (``NerTagger.spans_many``: a page's title and
    body, or a stream's pages, cost little more than one text); none when ``res.use_tagger`` is off."""
    if not res.use_tagger:
        return [TaggerReading((), []) for _ in vts]
    tagger = res.load("tagger", _build_tagger)
    hits = [dictionary_hits(vt, res) if tagger.reads_hits else () for vt in vts]
    spans = tagger.spans_many([vt.translate(_AS_MAINLAND_QUOTES) for vt in vts], hits, segmenter(res).pos_tokens)
    return [TaggerReading(h, found) for h, found in zip(hits, spans, strict=True)]


def _tagged_names(vt: str, res: Resources, reading: TaggerReading | None = None) -> list[_Cand]:
    """People, places and organisations from the statistical tagger (``reading``: what it read in ``vt``, when
    read already with other texts). A clause mark it read into either end of a name is cut off (海尔·塞拉西，);
    one-character spans are kept only where they name something (``_one_character_name``: 中 in 中美, 胡 in 老胡)."""
    if not res.use_tagger:
        return []
    hits, tagged = reading or tagger_readings([vt], res)[0]
    known = {ha: hb for ha, hb, cls in hits if cls in (0, 1)}  # where a known place or organisation starts: its end
    known_org_starts = {ha for ha, _hb, cls in hits if cls == 1}
    hit_spans = {(ha, hb) for ha, hb, _cls in hits}  # every known name found, places' short names too (福田)
    place_spans = {(ha, hb) for ha, hb, cls in hits if cls in (0, 3)}  # known places and their short names
    place_ends = dict(place_spans)  # hits do not overlap: one per start
    rules, seg, entries = _rules(res), segmenter(res), _builtin(res).entries
    out = []
    spans = _before_latin_names(vt, tagged)
    spans = _known_bodies_apart(vt, spans, hits, rules)
    for a, b, t in _people_after_titles(vt, spans, rules, seg):
        a, b = _trimmed(vt, a, b)
        b = b if t == "PER" else _before_what_reports_it(vt, a, b, rules)  # a person's may be spaced out: 王　强
        if _no_tagged_name(vt, a, b, t) or (t == "ORG" and _a_kinds_word_alone(vt, a, b, rules)):
            continue
        if t == "PER":
            a, b = _person_edges(vt, a, b, rules, seg)
        if t == "ORG" and _counts_innings(vt, a, b, rules):
            continue
        if t == "PER" and vt[a:a + 2] not in rules.japanese_surnames \
                and _third_character_left_out(vt, a, b, rules, seg.freq):
            b += 1
        elif t == "PER":
            a, b = _japanese_name(vt, a, b, rules, seg, hit_spans)
            a = _hyphenated_given_name(vt, a, b, seg)
        elif t != "PER" and vt[a + 1:b] in entries and _opens_inside_a_word(vt, a, seg):
            a += 1  # 其|中宁德时代: the span took the last character of the word before a known name
        if t != "PER" and a in known and known[a] < b:
            b = _end_of_known_name(vt, known[a], b, seg, rules, known_org=a in known_org_starts)
            if b - known[a] == 1 and a in known_org_starts \
                    and (vt[known[a]] in rules.sets["after_name"] or vt[known[a]] in rules.sets["modal_verbs"]):
                b = known[a]  # 港府|会 (will): a body's name and the word its predicate opens with
        if t != "PER" and (k := place_ends.get(a, b)) < b and _kind_after_a_place(vt, k, b, t, seg, rules):
            b, t = k, "LOC"  # 上海|甲级写字楼, 欧洲|车厂: the place, and premises or firms of a kind in it
        if t == "ORG":
            a = _with_its_registered_place(vt, _after_a_firms_country(vt, a, b, res), b, place_spans, rules)
            b = _through_a_cut_ending(vt, a, b, rules)
        if t != "PER":
            a = _after_a_predicate(vt, a, b, rules, seg)
            b = _before_a_closing_title(vt, a, b, rules, seg)
            b = _before_a_trailing_preposition(vt, a, _before_a_predicate_or_a_party(vt, a, b, rules, seg), rules, seg)
        if t == "ORG":
            if (mended := _without_a_trailing_kind(vt, a, b, place_spans, res)) is None:
                continue
            b, t = mended
        if t == "LOC" and (region := _trailing_region_word(vt, a, b, rules)) \
                and vt[a:b] not in _gazetteer(res).full_names:
            b -= region  # 某某地区: the place is 某某 (a prefecture named 某某地区 is the gazetteer's full name)
        if _keeps_a_tagged_span(vt, a, b, t, res):
            out.append(_Cand(a, b, _tagged_type(vt, a, b, t, rules, seg), "tagger", 0.8 if b - a >= 2 else 0.6, 2.5))
    return out


def _a_kinds_word_alone(vt: str, a: int, b: int, rules: _Rules) -> bool:
    """Whether the tagger's organisation ``vt[a:b]`` is a kind's word alone (公司|董事某某, 中央) or a body's ending of
    two characters alone, the body named before (协会|副秘书长), and not listed with names (现代、三星); the public
    corpora mark a longer ending alone as a body (人民检察院, 管委会), and so the tagger keeps those."""
    return (vt[a:b] in rules.generic or (b - a == 2 and rules.suffixes.get(vt[a:b]) == "ORG")) \
        and "、" not in vt[max(0, a - 1):b + 1]


def _keeps_a_tagged_span(vt: str, a: int, b: int, t: str, res: Resources) -> bool:
    """Whether the tagger's span ``vt[a:b]`` of type ``t``, its edges mended, names something: no punctuation at its
    ends, no Latin word cut, no part of a dotted name but places joined (中国·杭州), no count of bodies, no
    preposition inside a place or a body; one character only where it names (``_one_character_name``)."""
    rules = _rules(res)
    if b - a < 2:
        return _one_character_name(vt, a, t, rules)
    return _well_formed(vt[a:b]) and not _cuts_a_latin_word(vt, a, b) \
        and not (t != "PER" and _in_a_dotted_name(vt, a, b) and not _dot_joins_places(vt, a, b, res)) \
        and not (t == "ORG" and _counts_bodies(vt[a:b], rules)) \
        and not (t != "PER" and _holds_a_preposition(vt, a, b, segmenter(res), rules))


def _trimmed(vt: str, a: int, b: int) -> tuple[int, int]:
    """The tagger's span without the clause marks, quotes or brackets it read around a name (海尔·塞拉西，,
    （Kioxia）).

    >>> vt = "由（Kioxia）供货"
    >>> vt[slice(*_trimmed(vt, 1, 9))]
    'Kioxia'
    """
    while b - a > 1 and vt[b - 1] in _CLAUSE_MARKS:
        b -= 1
    while b - a > 1 and vt[a] in _CLAUSE_MARKS:
        a += 1
    a, b = _within_its_quotes(vt, a, b)
    if b - a > 2 and vt[a] in _OPENING_BRACKETS and vt[b - 1] in _CLOSING_BRACKETS:
        a, b = a + 1, b - 1
    return a, b


#: a slash or a space between two Chinese characters, which no name holds: a credit line's parts (某某日报／台中报导)
#: or a dateline's end (某某报讯 本港…)
_CREDIT_BREAK = regex.compile(r"[/／|｜]|(?<=\p{Han})\s+(?=\p{Han})")
#: the word that credits a report to an outlet after its name (某某网讯, 某某报讯)
_CREDITED = "讯"


def _before_what_reports_it(vt: str, a: int, b: int, rules: _Rules) -> int:
    """Where the tagger's body or place ``vt[a:b]`` ends when it runs on into what reports it: a credit line's break
    (经济日报／台中报导, 文汇报讯 本港), the 讯 that credits a report to an outlet whose name ends as an outlet's does
    (南方网讯: ``credited_outlet_characters``), or the verb of what it said or measured before a clause mark
    (某某置业指，, 某某科技监测，: ``report_verbs``), two characters or more left.

    >>> vt = "香港文汇报讯 本港连锁药房"
    >>> vt[:_before_what_reports_it(vt, 0, len(vt), _rules(Resources()))]
    '香港文汇报'
    """
    if (m := _CREDIT_BREAK.search(vt, a + 1, b)) is not None:
        b = m.start()
    if b - a > 3 and vt[b - 1] == _CREDITED and vt[b - 2] in rules.sets["credited_outlet_characters"]:
        b -= 1
    if b < len(vt) and vt[b] in _CLAUSE_MARKS:
        verb = next((v for v in rules.tuples["report_verbs"] if vt.endswith(v, a + 2, b)), "")
        b -= len(verb)
    return b


#: the brackets a name written in them has around it (（Kioxia）)
_OPENING_BRACKETS, _CLOSING_BRACKETS = frozenset("（("), frozenset("）)")

#: how many characters a name cut inside its ending holds before the ending, at least
_CUT_NAME_LEAST = 4


def _through_a_cut_ending(vt: str, a: int, b: int, rules: _Rules) -> int:
    """Where the tagger's organisation ends when it stopped inside a body's ending that the text goes on
    with (某某护理健康大|学生: 大学, which jieba's 大学生 hid; 某某研究|院): at the ending's end, the longest.

    >>> _through_a_cut_ending("国立某某大学生死系", 0, 5, _rules(Resources()))
    6
    """
    best = b
    for k in (1, 2):
        if b - a - k < _CUT_NAME_LEAST:
            break  # a short form's last character is no ending's first (北大|学生, 中波友协|会)
        for e in rules.org_ending_heads.get(vt[b - k:b], ()):
            if vt.startswith(e[k:], b):
                best = max(best, b - k + len(e))
                break  # the longest that goes on
    return best


#: quotation marks by their pairs, closing mark -> opening mark
_QUOTE_PAIRS = {"”": "“", "」": "「", "』": "『", "’": "‘"}
_OPENING_QUOTES = {v: k for k, v in _QUOTE_PAIRS.items()}


def _within_its_quotes(vt: str, a: int, b: int) -> tuple[int, int]:
    """The span cut at a quotation mark the tagger read into it without its pair: a name ends before a
    closing quote that ends the span (「走进东莞」: 东莞), starts after one inside it (「某某王」张三: 张三), and
    ends before an opening one. The span may come back empty."""
    while b > a and _QUOTE_PAIRS.get(vt[b - 1]) is not None and _QUOTE_PAIRS[vt[b - 1]] not in vt[a:b - 1]:
        b -= 1
    for k in range(b - 1, a - 1, -1):
        opening = _QUOTE_PAIRS.get(vt[k])
        if opening is not None and opening not in vt[a:k]:
            a = k + 1
            break
    for k in range(a, b):
        closing = _OPENING_QUOTES.get(vt[k])
        if closing is not None and closing not in vt[k + 1:b]:
            return a, k
    return a, b


#: 局 after digits, which count innings or sets after a game's verb (先发7局; not 中铁18局, a bureau)
_INNINGS = regex.compile(r"[0-9]局$")


def _counts_innings(vt: str, a: int, b: int, rules: _Rules) -> bool:
    """Whether ``vt[a:b]`` ends with a count of innings or sets after a game's verb (某某先发7局, 主投6局)."""
    m = _INNINGS.search(vt, a, b)
    if m is None:
        return False
    digits = m.start()
    while digits > a and vt[digits - 1].isdigit():
        digits -= 1
    return vt.endswith(rules.tuples["innings_verbs"], a, digits)


def _trailing_unit(vt: str, a: int, b: int, rules: _Rules) -> int:
    """The length of a group's word that ends ``vt[a:b]`` (团队, 课题组: rules' trailing_units), when two or
    more characters are left before it; else 0."""
    return _trailing_word(vt, a, b, rules.tuples["trailing_units"])


def _without_a_trailing_kind(vt: str, a: int, b: int, place_spans: set[tuple[int, int]],
                             res: Resources) -> tuple[int, str] | None:
    """The end and type of the tagger's organisation ``vt[a:b]`` once a facility of a kind or a team that ends it is
    cut off; None when what is left names nothing. A facility of a kind leaves the place that has it (中卫|数据中心;
    not 新建|数据中心, a predicate); a team leaves its body, or a place (某学院某科|团队, 某市|团队)."""
    rules = _rules(res)
    if facility := _facility_of_a_kind(vt, a, b, res):
        b -= facility
        return (b, "LOC") if (a, b) in place_spans and vt[a:b] not in rules.predicate_openers else None
    if unit := _trailing_unit(vt, a, b, rules):
        b -= unit
        return b, "LOC" if (a, b) in place_spans else "ORG"
    return b, "ORG"


def _facility_of_a_kind(vt: str, a: int, b: int, res: Resources) -> int:
    """The length of a facility's ending (数据中心: rules' facility_endings) that ends the tagger's organisation
    ``vt[a:b]`` when its words name no body (中卫数据中心, AI资料中心; not 国家电网数据中心, 某某局数据中心, a
    body's unit: ``_a_bodys_unit``, as the walk from the ending judges it); else 0."""
    rules = _rules(res)
    ending = next((w for w in rules.sets["facility_endings"] if vt.endswith(w, a, b)), "")
    if not ending:
        return 0
    words = segmenter(res).pos_tokens(vt[a:b - len(ending)], a)
    known = _KnownNames(_builtin(res).entries, _gazetteer(res))
    return 0 if _a_bodys_unit(vt, words, rules, known) else len(ending)


def _trailing_region_word(vt: str, a: int, b: int, rules: _Rules) -> int:
    """The length of the word for a region that ends a place ``vt[a:b]`` (地区: rules' region_words), when two
    or more characters are left before it; else 0."""
    return _trailing_word(vt, a, b, rules.tuples["region_words"])


def _trailing_word(vt: str, a: int, b: int, words: tuple[str, ...]) -> int:
    return next((len(w) for w in words if vt.endswith(w, a + 2, b)), 0)


def _before_a_closing_title(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter) -> int:
    """Where a body or place the tagger read on into a title that closes it ends (某党立委, 某某局长,
    某市议员): before the longest listed title that ends at ``b`` and starts a word there (台北市|议员: 议员,
    not 市议员), when a name of two or more characters is left."""
    starts = [b - n for n in rules.closing_title_lengths if b - n >= a + 2 and vt[b - n:b] in rules.closing_titles]
    if not starts:
        return b
    words = {t.start for t in seg.pos_tokens(vt[a:b], a)}
    return next((k for k in starts if k in words), b)


def _after_a_firms_country(vt: str, a: int, b: int, res: Resources) -> int:
    """Where a company's name starts after the country it comes from and 商 (德商某某能源, 美商某某, 丹麦商某某
    基金: a German, American, Danish firm), as Taiwan's and Hong Kong's press write it: the country is no part
    of the name. A one-character country is one of ``firm_countries`` (not 浙, 晋, 华: 浙商银行 is a bank's
    name); a longer one, a listed place. 商 must be a word of its own there (not 商务, 商业, 商社: 英国商务部,
    香港商业电台), and two characters or more of the name must follow it."""
    if vt.find(_FIRM_MARK, a + 1, a + 1 + _LONGEST_FIRM_COUNTRY) < 0:
        return a  # most organisations: no 商 near their start
    rules = _rules(res)
    seg = segmenter(res)
    for k in range(1, min(_LONGEST_FIRM_COUNTRY, b - a - 3) + 1):
        if vt[a + k] != _FIRM_MARK:
            continue
        country = vt[a:a + k]
        if (country in rules.sets["firm_countries"] if k == 1 else _builtin(res).entries.get(country) == "PLACE") \
                and any(t.end == a + k + 1 for t in seg.pos_tokens(vt[a:b], a)):  # not 日本|商社, 英国|商务部
            return a + k + 1
    return a


def _with_its_registered_place(vt: str, a: int, b: int, place_spans: set[tuple[int, int]], rules: _Rules) -> int:
    """Where a company's registered name starts when the tagger's span opens right after a known place and ends with
    a legal form (中国|北方稀土（集团）高技术股份有限公司): a registered name opens with the place it was registered in
    (its chain too: 深圳|前海|某某银行股份有限公司), which the tagger leaves out where the firm's short name is a known
    name of its own.

    >>> vt = "中国北方稀土（集团）高技术股份有限公司"
    >>> _with_its_registered_place(vt, 2, len(vt), {(0, 2)}, _rules(Resources()))
    0
    """
    if not vt.endswith(rules.tuples["legal_form_endings"], a, b):
        return a
    starts = {pb: pa for pa, pb in place_spans}
    while a in starts and vt[starts[a] - 1:starts[a]] != "、":  # a chain of places (深圳|前海|某某银行股份有限公司),
        a = starts[a]  # not a list's last place (苏州、无锡|某某股份有限公司)
    return a


#: the longest country name written before 商 (哥伦比亚商, 沙特阿拉伯商 is rare)
_LONGEST_FIRM_COUNTRY = 4
#: the character that makes a country before it a firm's origin (德商: a German firm)
_FIRM_MARK = "商"


def _people_after_titles(vt: str, spans: list[tuple[int, int, str]], rules: _Rules,
                         seg: Segmenter) -> list[tuple[int, int, str]]:
    """A place or body the tagger read on through a title into the person after it (东京都知事小池某某), or
    one it started at the title (知事某某), is the person after the title (``_title_in``), and the place
    before it when the tagger read a place or it ends as a division does (静冈县, 东京都); a body fused with
    a title (某国防卫大臣) names no body of its own, so nothing is kept of it.

    >>> from zhnews.extract._entity_data import _build_rules
    >>> rules = _build_rules(None)
    >>> from zhnews.resources import Resources
    >>> _people_after_titles("东京都知事小池百合子宣布", [(0, 10, "LOC")], rules, segmenter(Resources()))
    [(0, 3, 'LOC'), (5, 10, 'PER')]
    """
    out = []
    for a, b, t in spans:
        cut = None if t == "PER" else _title_in(vt, a, b, rules, seg)
        if cut is None:
            out.append((a, b, t))
            continue
        before = vt[cut[0] - 1]
        if cut[0] - a >= 2 and (t == "LOC" or before in rules.sets["division_endings"]
                                or before in rules.sets["foreign_division_endings"]):
            out.append((a, cut[0], "LOC"))
        out.append((cut[1], b, "PER"))
    return out


def _title_in(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter) -> tuple[int, int] | None:
    """Where a title inside ``vt[a:b]`` starts and ends, with a person's name after it; None without. The
    title must end a word (外务大臣, not 州长 in 万州长江), and the rest must be no common word."""
    words = None
    for m in rules.titles_inside.finditer(vt, a, b - 2):
        rest = vt[m.end():b]
        if not (2 <= len(rest) <= 5 and _HAN_RUN.fullmatch(rest)) or rules.suffix_re.search(rest) is not None \
                or (seg.freq.get(rest) or 0) >= _COMMON_WORD or m.group(0) + rest[0] in seg.tags:
            continue
        words = words or seg.pos_tokens(vt[a:b], a)
        if any(t.end == m.end() for t in words) and not any(t.start < m.start() < t.end != m.end() for t in words):
            return m.span()
    return None


def _known_bodies_apart(vt: str, spans: list[tuple[int, int, str]], hits: Sequence[tuple[int, int, int]],
                        rules: _Rules) -> list[tuple[int, int, str]]:
    """The tagger's spans, each place's or body's that two or more bodies the lexicons know fill end to end cut
    into them (北大清华, 某银行某证券: two names side by side, no third body's name); not a body and its own unit
    (某某委员会|某某署, 某政府|民航局: a later one ends as a unit does, ``sub_body_endings``: one name).

    >>> spans, hits = [(0, 4, "ORG"), (5, 7, "LOC")], [(0, 2, 1), (2, 4, 1), (5, 7, 0)]
    >>> _known_bodies_apart("北大清华，北京", spans, hits, _rules(Resources()))
    [(0, 2, 'ORG'), (2, 4, 'ORG'), (5, 7, 'LOC')]
    """
    bodies = {ha: hb for ha, hb, cls in hits if cls == 1}
    out = []
    for a, b, t in spans:
        cuts = [a]
        while t != "PER" and cuts[-1] in bodies and bodies[cuts[-1]] <= b:
            cuts.append(bodies[cuts[-1]])
        if len(cuts) >= 3 and cuts[-1] == b \
                and not any(vt.endswith(rules.tuples["sub_body_endings"], x, y) for x, y in pairwise(cuts[1:])):
            out += [(x, y, "ORG") for x, y in pairwise(cuts)]
        else:
            out.append((a, b, t))
    return out


def _before_latin_names(vt: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tagger's spans, each cut before a name in Latin letters in brackets it read at its end (某国总统某某
    （Santiago Peña）, 某某能源（Ørsted）): that name is the same one written otherwise, found as a short form."""
    out = []
    for a, b, t in spans:
        if vt[b - 1:b] in "）)":
            opened = max(vt.rfind("（", a, b), vt.rfind("(", a, b))  # the last bracket: the one that ends the span
            m = _LATIN_NAME_IN_BRACKETS.match(vt, opened) if opened - a >= 2 else None
            b = opened if m is not None and m.end() == b else b
        out.append((a, b, t))
    return out


#: a name in Latin letters in brackets (（Santiago Peña）, （Ørsted）)
_LATIN_NAME_IN_BRACKETS = regex.compile(r"[（(](?=\p{Latin})\p{Lu}[\p{Latin}\p{N} .&'\-]*[）)]")


def _after_a_predicate(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter) -> int:
    """Where a tagger's place or organisation starts when a predicate verb stands inside it (研究生须修习|某某中心,
    技术源自|某某实验室: ``predicate_verbs``): after the last one, three characters or more before its end; else
    at ``a``."""
    if rules.predicate_verbs_re.search(vt, a, b) is None:
        return a  # most spans: no predicate verb inside, nothing to segment
    start = a
    for w in seg.pos_tokens(vt[a:b], a):
        if w.word in rules.sets["predicate_verbs"] and b - w.end >= 3:
            start = w.end
    return start


def _opens_inside_a_word(vt: str, a: int, seg: Segmenter) -> bool:
    """Whether the character at ``a`` ends a word of two or more characters that starts before it (其|中)."""
    lo = max(0, a - 3)
    last = seg.pos_tokens(vt[lo:a + 1], lo)[-1]
    return last.start < a and last.end == a + 1


def _end_of_known_name(vt: str, k: int, b: int, seg: Segmenter, rules: _Rules, *, known_org: bool = False) -> int:
    """Where a tagger span that opens with a known place or body (ending at ``k``) ends: at the known name's
    end when the rest of the span is a verb (商汤科技|签署, 某院|兴办), opens with a verb of a predicate
    (墨西哥|新建|数据中心: ``predicate_openers``) or is the start of a stop word the span cuts (国家发展改革委|会
    of 会同) or of a word the span cuts after one character (京东|加 of 加大, 华邦电|营 of 营运), or, after a
    firm's name (``known_org``), is what a firm reports (营收: ``firm_report_words``) or a clause opening with a
    preposition (美光|在台中设厂), else at its own end."""
    if vt.startswith(rules.predicate_openers, k, b) and seg.pos_tokens(vt[k:b], k)[0].word in rules.predicate_openers:
        return k  # a word of its own there (新建 is also a county jieba tags ns)
    if known_org and vt.startswith(rules.tuples["firm_report_words"], k):
        return k  # 华邦电|营收, 京东方|营运: what a firm reports after its name (jieba splits 营|收)
    if known_org and vt[k:b] in rules.sets["title_fields"] and vt.startswith(rules.titles_before, b):
        return k  # 某某航空|商务 总监: the function a head's title names (``title_fields``; not 央视财经|记者)
    if vt[k] in rules.sets["clause_prepositions"] and b - k >= 3 and known_org \
            and seg.pos_tokens(vt[k:b], k)[0].flag == "p":
        return k  # 美光|在台中设厂: a clause after a firm's name (英国在台办事处 is one body's)
    # one character may open a word the span cuts (加|大, 营|运); a longer rest may be a verb of its own
    worth_reading = b - k == 1 or (b - k >= 2 and seg.tags.get(vt[k:b]) == "v")
    if not worth_reading and not any(vt[k:k + n] in rules.stops for n in range(b - k + 1, rules.longest_stop + 1)):
        return b  # most spans: the rest is no verb word and starts no stop word, nothing to segment
    first = seg.pos_tokens(vt[k:min(len(vt), b + 4)], k)[0]
    members = rules.sets["member_characters"]
    verb = first.end >= b and first.flag == "v" and len(first.word) >= 2 \
        and (seg.freq.get(first.word) or 0) >= _COMMON_WORD \
        and first.word not in rules.sets["verbs_ending_names"]  # a common verb, the span's last word
    # 华邦电|营 of 营运: one character of the word after it; not a body's ending before its member (摩洛哥队|员)
    cut_word = first.end > b and (first.word in rules.stops or (b - k == 1 and first.word[1:] not in members))
    return k if verb or cut_word else b


def _kind_after_a_place(vt: str, k: int, b: int, t: str, seg: Segmenter, rules: _Rules) -> bool:
    """Whether the rest of a tagger's place or organisation after a known place (``vt[k:b]``) is common words naming
    premises of a kind (``premises_kinds``: 甲级写字楼, 超市) or, after an organisation's, firms of a kind
    (``firm_kinds``: 欧洲|车厂, 日本|半导体厂商), or a plant (厂) alone, not a place's or a body's own name (外滩, 西站,
    某某湾科技园, 某某汽车): no proper noun, and the last word one of those kinds."""
    if vt[k:b] == _PLANT:
        return True  # 花莲|厂, 高雄|厂: a firm's plant in that place (淄博|砂布厂 names a factory: words between)
    kinds = "premises_kinds" if t == "LOC" else "firm_kinds"
    if b - k < 2 or not vt.endswith(rules.tuples[kinds], k, b):
        return False
    words = seg.pos_tokens(vt[k:b], k)
    if t == "LOC":
        return all(w.flag in _PREMISES_FLAGS for w in words) and words[-1].word in rules.sets[kinds]
    starts = {w.start for w in words}  # a firm's kind starts a word: 车|企, 半导体|厂 (jieba's zg: a bound morpheme)
    return all(w.flag in _PREMISES_FLAGS or w.flag == "zg" for w in words) \
        and any(vt.endswith(kind, k, b) and b - len(kind) in starts for kind in rules.tuples[kinds])


#: a plant, right after the place it stands in (某公司高雄|厂)
_PLANT = "厂"
#: jieba's flags of the common words premises of a kind are named with (甲级|写字楼, 新|开业|超市)
_PREMISES_FLAGS = frozenset({"n", "a", "b", "m", "q", "vn", "an", "d", "v"})


def _cuts_a_latin_word(vt: str, a: int, b: int) -> bool:
    """Whether ``vt[a:b]`` starts or ends inside a Latin word (entley cut from Bentley).

    >>> _cuts_a_latin_word("Bentley公司", 1, 9), _cuts_a_latin_word("Bentley公司", 0, 9)
    (True, False)
    """
    return (a > 0 and _LATIN.match(vt, a - 1, a + 1) is not None) or \
        (b < len(vt) and _LATIN.match(vt, b - 1, b + 1) is not None)


#: the marks that end a clause, which no name ends with
_CLAUSE_MARKS = frozenset("，。；、：！？")


#: brackets that close a credit or an aside after a name (（记者某某某）)
_CLOSING_BRACKETS = frozenset("）)")


def _third_character_left_out(vt: str, a: int, b: int, rules: _Rules, words: Mapping[str, int]) -> bool:
    """A two-character person the tagger read between a title and one more character that a speech verb,
    a title, a clause mark or a word that follows names follows (董事长魏哲|家|表示, 院长黄俊|家|在): the name
    has three characters, unless that character and the next make a word of the dictionary ``words``
    (院长王某|所在, 部长王某|现在).

    >>> from zhnews.extract._entity_data import _build_rules
    >>> rules, words = _build_rules(None), {"所在": 2800}
    >>> _third_character_left_out("董事长黄俊家表示", 3, 5, rules, words)
    True
    >>> _third_character_left_out("部长王毅还表示", 2, 4, rules, words)
    False
    >>> _third_character_left_out("院长黄俊家在会上表示", 2, 4, rules, words)
    True
    >>> _third_character_left_out("院长王刚所在的医院", 2, 4, rules, words)
    False
    """
    if b - a != 2 or b + 1 >= len(vt) or not _HAN.match(vt[b]) or vt[b] in rules.sets["after_name"] \
            or (words.get(vt[b:b + 2]) or 0) > 0:  # (a word's prefixes are keys too, with 0)
        return False
    after = vt[b + 1] in _CLAUSE_MARKS or vt[b + 1] in _CLOSING_BRACKETS or vt[b + 1] in rules.sets["after_name"] \
        or vt.startswith(rules.speech + rules.titles_after, b + 1)
    return after and vt.endswith(rules.titles_before, 0, a)


def _japanese_surname_at(vt: str, a: int, rules: _Rules) -> int:
    """The length of the Japanese surname that starts at ``a`` (the longer where two do), or 0."""
    return next((n for n in (3, 2) if vt[a:a + n] in rules.japanese_surnames), 0)


def _japanese_name(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter,
                   known: set[tuple[int, int]]) -> tuple[int, int]:
    """A Japanese person the tagger read from inside the surname (服|部某某) or cut short after it (植田|和男
    表示, 武藤容|治访问): the name starts at the surname and holds a given name of one to three characters
    that a clause mark, a speech verb, a title or a verb follows. A surname that is a known place there
    (深圳|福田|李某: 福田 is a district) is no surname."""
    for back in (1, 2):  # the tagger started this many characters into the surname
        n = next((n for n in (2, 3) if vt[a - back:a - back + n] in rules.japanese_surnames and a - back + n < b), 0)
        if a - back >= 0 and n and (a - back, a - back + n) not in known \
                and _is_a_word_there(vt, a - back, a - back + n, seg):
            a -= back  # 知事|服部|某某 (not 其中|田某某, 两天|前|田某某, 广东|中山王|某: no word 中田, 前田, 中山)
            break
    surname = _japanese_surname_at(vt, a, rules)
    if not surname or _a_name_ends_at(vt, b, rules, seg) \
            or (b < len(vt) and vt[b] in rules.sets["after_name"] and vt[b] not in rules.sets["name_conjunctions"]):
        return a, b  # the surname alone names the person (桥本首相, 桥本还表示)
    words = seg.pos_tokens(vt[a:min(len(vt), a + surname + 5)], a)
    for given in (1, 2, 3):
        e = a + surname + given
        if e <= len(vt) and _HAN_RUN.fullmatch(vt, a + surname, e) and _single_characters(words, a + surname, e) \
                and _a_name_ends_at(vt, e, rules, seg):
            return a, e
    return a, b


#: hyphens that join a transliterated double given name (让-皮埃尔, 玛丽-安娜); the view folds widths
_HYPHENS = frozenset("-‐‑")


def _hyphenated_given_name(vt: str, a: int, b: int, seg: Segmenter) -> int:
    """Where a transliterated name whose given name is two joined by a hyphen starts (让-皮埃尔·某某: the
    tagger starts after the hyphen): at the word right before the hyphen, when the name holds a middle dot
    and that word is a single character or a person's name to the segmenter (not 视频-, 专访-, 巴黎-); without a
    dot (迈克尔-乔丹, 凯文-杜兰特, as sports pages write a given name and a surname), when that word is a name of two
    characters or more to the segmenter (nr, or nz as it reads 凯文), unless both sides are shaped like Chinese names
    (刘某某-孔某某, a pair)."""
    if a < 2 or vt[a - 1] not in _HYPHENS:
        return a
    dotted = any(d in vt[a:b] for d in _NAME_DOTS)
    lo = max(0, a - 8)
    words = seg.pos_tokens(vt[lo:a - 1], lo)
    last = words[-1] if words else None
    if last is None or not _HAN_RUN.fullmatch(last.word):
        return a
    if dotted:
        return last.start if len(last.word) == 1 or last.flag.startswith("nr") else a
    if bare_name(last.word) and bare_name(vt[a:b]):
        return a  # two Chinese names joined as a pair (某某-某某组合), no one's given name and surname
    return last.start if len(last.word) >= 2 and last.flag.startswith(("nr", "nz")) else a


def _single_characters(words: list[Token], a: int, e: int) -> bool:
    """Whether ``a`` to ``e`` is read as characters of their own, no word of the dictionary among them or
    running across either end (桥本|首相, 中山装 hold words: no given name)."""
    return all(t.end - t.start == 1 for t in words if t.end > a and t.start < e) \
        and any(t.start == a for t in words) and any(t.end == e for t in words)


def _japanese_people_after_titles(vt: str, res: Resources) -> list[_Cand]:
    """Japanese people named right after a title (知事, 首相, 大臣, 社长, 记者 …: ``titles_inside_names`` and the
    titles before names) by a surname of ``japanese_surnames.txt`` that is a word there: the surname alone where a
    name ends after it or a time word, a verb or a preposition follows (知事小池还…, 首相桥本|当天, 大使山田|从…),
    else with a given name of one to three characters up to where a name ends (北海道知事铃木直道出席), whether
    or not the tagger read them."""
    rules = _rules(res)
    seg = segmenter(res)
    out = []
    for m in rules.titles_inside.finditer(vt):
        a = m.end()
        n = _japanese_surname_at(vt, a, rules)
        if not n or not _is_a_word_there(vt, a, a + n, seg):
            continue
        words = seg.pos_tokens(vt[a:min(len(vt), a + n + 5)], a)
        after = next((t for t in words if t.start == a + n), None)
        if _a_name_ends_at(vt, a + n, rules, seg) or (after is not None and after.flag.startswith(_NOT_GIVEN)):
            e: int | None = a + n
        else:
            e = next((e for e in range(a + n + 1, min(len(vt), a + n + 3) + 1) if _HAN_RUN.fullmatch(vt, a, e)
                      and not any(t.flag.startswith(_NOT_GIVEN) for t in words if a + n <= t.start < e)
                      and _a_name_ends_at(vt, e, rules, seg)), None)
        if e is not None:
            out.append(_Cand(a, e, "PERSON", "title and japanese surname", 0.75, 2.5))
    return out


#: parts of speech no given name holds: time words, verbs, prepositions (首相桥本|当天, 大使山田|从北京)
_NOT_GIVEN = ("t", "v", "p")


def _is_a_word_there(vt: str, k: int, e: int, seg: Segmenter) -> bool:
    """Whether ``vt[k:e]`` is one word in a segmenting of a few characters around it."""
    lo = max(0, k - 4)
    return any(t.start == k and t.end == e for t in seg.pos_tokens(vt[lo:e + 3], lo))


def _a_name_ends_at(vt: str, e: int, rules: _Rules, seg: Segmenter) -> bool:
    """Whether a person's name can end at ``e``: the text ends, or a clause mark, a speech verb, a title, a
    word that follows names (还, 在, 说, 与; not 和, which a given name may hold: 植田和男) or a verb of two or
    more characters follows."""
    if e >= len(vt) or vt[e] in _CLAUSE_MARKS or vt.startswith(rules.speech + rules.titles_after, e) \
            or (vt[e] in rules.sets["after_name"] and vt[e] not in rules.sets["conjunctions_in_given_names"]):
        return True
    first = seg.pos_tokens(vt[e:e + 4], e)[0]
    return first.flag.startswith("v") and len(first.word) >= 2


def _counts_bodies(name: str, rules: _Rules) -> bool:
    """A count of firms or bodies (多家, 三家, 几所) in an organisation the tagger read: a phrase (某地多家科技公司),
    not a name. Places keep theirs (五家渠, 八家子镇)."""
    return rules.body_counts.search(name) is not None


def _tagged_type(vt: str, a: int, b: int, label: str, rules: _Rules, seg: Segmenter) -> str:
    """Our type of a tagger span: an organisation that ends as a lab does (国家同步辐射研究中心) is a lab; a
    place or an organisation that ends as a park or a zone does (某某产业园区, 某某小镇) is a platform, and one that
    ends as an event does (某某国际珠宝展, 某某博览会) an event; a place
    that ends as a body's name does is a body (某某博物馆 read as a place: ORG)."""
    name = vt[a:b]
    if label != "PER" and name.endswith(rules.platform_endings) \
            and any(name.endswith(e) and len(name) - len(e) >= 2 for e in rules.platform_endings):
        return "PLATFORM"
    if label == "PER":
        return "PLACE" if _waters_course_after(vt, a, b, rules, seg) else _TAGGER_TYPES[label]
    event = _longest_ending(name, rules) if name.endswith(rules.event_endings) \
        and not name.endswith(rules.tuples["words_holding_endings"]) else None  # 深发展: a bank, 发展 no fair
    if event is not None and rules.suffixes[event] == "EVENT" and len(name) - len(event) >= (
            3 if event in rules.sets["place_opened_endings"] else 2):
        return "EVENT"  # 某某国际珠宝展, 某某博览会 read as a body or a place: a fair (吉普赛 is a people's name)
    if label == "LOC" and _ACRONYM.fullmatch(name):
        return "ORG"  # an acronym in capitals read as a place names a body (HKIRC, CNNIC)
    if label == "LOC":  # a body's ending of three characters or more makes a place read so a body (某某博物馆,
        ending = _longest_ending(name, rules)  # 某某档案馆; not 台北|宾馆, 某某|廊厅: 馆 and 厅 end places too; nor
        # a designation, which a place or a proper noun must name: 大学|图书馆 is a kind)
        return "ORG" if ending is not None and len(ending) >= 3 and len(name) - len(ending) >= 2 \
            and rules.suffixes[ending] == "ORG" and ending not in rules.sets["designations"] else "PLACE"
    if _a_chain_down_to_a_village(name, rules):
        return "PLACE"  # 某某市某某乡某某村 read as a body
    if not name.endswith(rules.lab_endings):  # most organisations: no lab ending to look for
        return "ORG"
    ending = next((e for e in rules.lab_endings if name.endswith(e) and len(name) - len(e) >= 2), None)
    return "ORG" if ending is None else _lab_or_org(name[:-len(ending)], ending, rules)


def _waters_course_after(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter) -> bool:
    """Whether ``vt[a:b]`` ends as a water's name does and a word of its banks, course or waters follows it
    (左江|沿岸, 曾文溪|流域: ``water_course_words``, a word of its own: not 王海|上|游泳课): a river, a lake or a sea,
    whatever the tagger read.

    >>> rules, seg = _rules(Resources()), segmenter(Resources())
    >>> [_waters_course_after(vt, 0, 2, rules, seg) for vt in ("左江沿岸的城市", "左江表示同意", "王海上游泳课")]
    [True, False, False]
    """
    if b - a < 2 or vt[b - 1] not in rules.sets["water_name_endings"] \
            or not vt.startswith(rules.tuples["water_course_words"], b):
        return False
    words = seg.word_spans(vt[b:b + 6])
    return bool(words) and words[0][0] in rules.tuples["water_course_words"]


#: a name in capital letters alone, three or more
_ACRONYM = regex.compile(r"[A-Z]{3,}")


def _a_chain_down_to_a_village(name: str, rules: _Rules) -> bool:
    """Whether ``name`` ends with a township's or a village's ending after a division's ending that closes an
    earlier part of two characters or more (某某市|某某乡|某某村, 某某县|某某镇): a chain of places, whatever the
    tagger called it (a village alone, 中关村, 亚运村, is no chain).

    >>> rules = _rules(Resources())
    >>> _a_chain_down_to_a_village("江山市大陈乡大陈村", rules), _a_chain_down_to_a_village("中关村", rules)
    (True, False)
    """
    lower = rules.tuples["lower_division_endings"] + rules.tuples["village_endings"]
    ending = next((e for e in lower if name.endswith(e)), None)
    if ending is None:
        return False
    head = name[:-len(ending)]
    return any(ch in rules.sets["division_endings"] or ch in lower for ch in head[2:-2])


def _one_character_name(vt: str, a: int, typ: str, rules: _Rules) -> bool:
    """A one-character name the tagger read: a place's abbreviation (中 in 中美, 沪 in 沪深) or a surname
    with a title or a form of address (江主席, 陈某, 老胡)."""
    if typ == "LOC":
        return vt[a] in rules.place_abbreviations
    return typ == "PER" and (vt.startswith(rules.titles_after + rules.tuples["one_character_titles"], a + 1)
                             or (a > 0 and vt[a - 1] in rules.sets["one_character_before"]))


def _stations(cands: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """A station named by a known place and its quarter (杭州东站, 广州南站), or a city's metro line by its
    number (西安地铁10号线, 某市轨道交通3号线), is a place holding the place, when its ending is words of its
    own there (not 北京东|站在)."""
    seg = segmenter(res)
    rules = _rules(res)
    out = []
    for c in cands:
        if c.type != "PLACE" or c.rule == "tagger":
            continue
        end = _station_end(vt, c.b, rules)
        if end is None:
            continue
        words = seg.pos_tokens(vt[c.b:min(len(vt), end + 3)], c.b)
        if any(t.end == end for t in words):  # the ending is words of its own (not 线|上 of 线上)
            out.append(_Cand(c.a, end, "PLACE", "station", 0.85, 3, parts=[c]))
    return out


#: a sentence, which a station's name and the words about a railway share
_SENTENCE = regex.compile(f"[^{regex.escape(SENTENCE_STOPS)}]+")


def _named_stations(vt: str, res: Resources) -> list[_Cand]:
    """Stations named by their own names (古洞站, 虹桥站, 锦上路站) in a sentence about a railway
    (``rail_words``): the one or two words right before 站 (two to five characters), a railway's or a line's
    word before them left out (港铁|九龙站), none of them a common or function word (高铁站, 救援站, 有序出站,
    下一站: ``not_station_names`` and the generic words) and one of them a proper noun or a word jieba does not
    know; 站 a word of its own, not a verb (站在) and not the start of a body's name (虹桥站派出所:
    ``station_bodies``). Ranked above the tagger, whose span may run on over it (虹桥站换乘地铁2号线)."""
    rules = _rules(res)
    if "站" not in vt:
        return []
    seg = segmenter(res)
    out: list[_Cand] = []
    for sentence in _SENTENCE.finditer(vt):
        text = sentence.group()
        if "站" not in text or not any(w in text for w in rules.tuples["rail_words"]):
            continue
        for m in regex.finditer("站", text):
            at = sentence.start() + m.start()
            if vt[at + 1:at + 2] in rules.sets["station_verb_after"] \
                    or vt.startswith(rules.tuples["station_bodies"], at + 1):
                continue
            lo = max(sentence.start(), at - 8)
            words = seg.pos_tokens(vt[lo:at + 2], lo)
            if not any(t.start == at and t.word == "站" for t in words):
                continue  # 站 inside a word: 车站, 网站, 加油站, 站台, 站长
            name = _station_name([t for t in words if t.end <= at][-2:], seg, rules)
            if name and name[-1].end == at and 2 <= at - name[0].start <= 5 \
                    and _HAN_RUN.fullmatch(vt, name[0].start, at):
                out.append(_Cand(name[0].start, at + 1, "PLACE", "station", 0.8, 4))  # above a tagger span
    return out


#: parts of speech of the words a station's name never holds: function words, counts, verbs, adjectives
_NOT_IN_STATION_NAMES = frozenset({"p", "c", "u", "uj", "ul", "m", "mq", "q", "r", "v", "vd", "vn", "d", "a", "ad",
                                   "f", "t"})
#: parts of speech of proper nouns and short forms
_PROPER_NAME_FLAGS = ("ns", "nr", "nz", "nt", "j")


def _station_name(words: list[Token], seg: Segmenter, rules: _Rules) -> list[Token]:
    """The words of a station's name among the last two before 站: a railway's or a line's word before them
    left out; none for a common word, a function word or no proper noun."""
    rail = rules.sets["rail_words"]
    rail_endings = rules.tuples["rail_word_endings"]
    while words and (words[0].word in rail or words[0].word.endswith(rail_endings) or words[0].word in rules.stops):
        words = words[1:]
    if not words or any(t.flag in _NOT_IN_STATION_NAMES or t.word in rules.sets["not_station_names"]
                        or t.word in rules.generic or t.word in rail for t in words):
        return []
    proper = any(t.flag.startswith(_PROPER_NAME_FLAGS) or not seg.freq.get(t.word) for t in words)
    return words if proper else []


def _station_end(vt: str, at: int, rules: _Rules) -> int | None:
    """Where a station's quarter (东站) or a metro's numbered line (地铁10号线: ``metro_words``) that starts at
    ``at`` ends; None without one."""
    m = _STATION.match(vt, at)
    if m is not None:
        return m.end()
    metro = next((w for w in rules.tuples["metro_words"] if vt.startswith(w, at)), None)
    m = _LINE_NUMBER.match(vt, at + len(metro)) if metro is not None else None
    return m.end() if m is not None else None


#: the endings of a station named by its city and quarter (杭州东站); a bare 站 is as often a leg of a tour
#: (广州站总决赛), and a place's 线 a tour's route (泰国线, 欧洲线) as a railway line
_STATION = regex.compile(r"[东西南北]站")
#: a metro line's number after the metro's word (西安地铁|10号线, 杭州地铁|一号线; 台北捷运环状线 is the lexicon's)
_LINE_NUMBER = regex.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})号线")


def _no_person_named_as_a_city(cands: list[_Cand], res: Resources) -> list[_Cand]:
    """The tagger's person that is exactly the short name of a city of Taiwan, Hong Kong or Macau found
    there (高雄今天下雨: 高 is a surname too, and jieba's dictionary has no 高雄) is that place."""
    people = {(c.a, c.b): c for c in cands if c.rule == "tagger" and c.type == "PERSON"}
    if not people:
        return cands
    for c in cands:
        person = people.get((c.a, c.b)) if c.rule.startswith("gazetteer") else None
        if person is not None and _a_city_beyond_the_mainland(c, res):
            person.type = "PLACE"
    return cands


#: the character that stands for a name withheld (某公司, 张某)
ANONYMOUS = "某"


def _no_anonymised_names(cands: list[_Cand], vt: str) -> list[_Cand]:
    """A body, place or title written with 某 in it or right before it (宜兴某化工有限公司, 某县人民医院,
    某市|第一人民医院, 某|三甲医院) is kept anonymous: no name, and neither is the tail of it another recogniser
    found (人民医院). A person's is one (张某, 令狐某). A place that opens the tagger's span stays: the span is cut
    to it (宜兴|某化工有限公司 names 宜兴)."""
    if ANONYMOUS not in vt:
        return cands
    places = {(c.a, c.b) for c in cands if c.type == "PLACE" and c.rule != "tagger"}
    kept, withheld_from = [], {}  # end of a withheld name -> where its 某 is
    for c in cands:
        at = vt.find(ANONYMOUS, c.a, c.b)
        if c.type == "PERSON" or (at < 0 and not _after_anonymous(vt, c.a)):
            kept.append(c)
            continue
        at = c.a if at < 0 else at
        withheld_from[c.b] = min(at, withheld_from.get(c.b, at))
        if c.rule == "tagger" and (c.a, at) in places:
            c.b, c.type = at, "PLACE"
            kept.append(c)

    def inside_a_withheld_name(c: _Cand) -> bool:
        return c.type != "PERSON" and withheld_from.get(c.b, c.b) < c.a

    return [c for c in kept if not inside_a_withheld_name(c)]


#: 某, a division's word an anonymous place is written with (某市, 某县) and an ordinal (某市|第一|人民医院), right
#: before a name: the name is withheld too
_AFTER_ANONYMOUS = regex.compile(ANONYMOUS + r"[省市县区镇乡村州]?(?:第[一二三四五六七八九十]{1,3})?$")


def _after_anonymous(vt: str, a: int) -> bool:
    """Whether a name starting at ``a`` comes right after 某 (某|三甲医院, 某市|第一人民医院)."""
    return _AFTER_ANONYMOUS.search(vt, max(0, a - 6), a) is not None


def _no_body_and_a_verb_before_a_category(cands: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """The tagger's name that opens with a body the rules found, then a verb, then only generic words and an
    ending (某大学|共建|联合|研究中心, 某公司|共建|联合实验室) is a clause: the body and what it set up, which is
    a category (no name of its own). Dropped; the body stays."""
    bodies = {c.a: c.b for c in cands if c.rank >= 3 and c.type in ("ORG", "LAB") and c.rule != "tagger"}
    if not bodies:
        return cands
    rules = _rules(res)
    seg = segmenter(res)
    out = []
    for c in cands:
        end = bodies.get(c.a) if c.rule == "tagger" and c.type in ("ORG", "LAB") else None
        if end is not None and end < c.b:
            words = seg.pos_tokens(vt[end:c.b], end)
            ending = _longest_ending(vt[end:c.b], rules)
            rest = [t for t in words[1:] if ending is None or t.end <= c.b - len(ending)]
            if words[0].word in rules.sets["setting_up_verbs"] and ending is not None \
                    and (rest or len(ending) >= 3) and not _distinctive(rest, rules.generic):
                # (not 联合国|禁毒|署, where the verb is the remit of a one-character ending)
                continue
        out.append(c)
    return out


def _person_edges(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter) -> tuple[int, int]:
    """The tagger's person with its edges mended: a conjunction it read at the end joins the next name
    (某某某与; a given name may hold 和 only), a word that follows names before a speech verb is none of it
    (李某今|表示), a person started at the second character of a surname of two starts at the first (公|孙某某;
    not where the first closes a word: 广东|方某, 外公|孙某),
    and a foreign name is one across its middle dots (切尔西·|克林顿; not 某某·张某, a Chinese name after a
    title's dot).

    >>> rules, seg = _rules(Resources()), segmenter(Resources())
    >>> _person_edges("副主任欧阳明远说", 4, 7, rules, seg), _person_edges("副市长孙明远说", 4, 7, rules, seg)
    ((3, 7), (4, 7))
    """
    if 2 <= b - a <= 3 and surname_before(vt, a + 1) == a - 1 and vt[a - 1:a + 1] not in rules.sets[
            "surnames_not_joined"] and not vt.endswith(rules.titles_before, 0, a) \
            and _word_edges(vt, a - 1, a + 1, seg)[0]:  # 广东|方某, 外公|孙某: the word before holds it
        a -= 1
    while b - a >= 3 and vt[b - 1] in rules.sets["name_conjunctions"] \
            and vt[b - 1] not in rules.sets["conjunctions_in_given_names"]:
        b -= 1
    if b - a == 3 and _follows_names(vt[b - 1], rules) and vt.startswith(rules.speech, b):
        b -= 1
    if a >= 2 and vt[a - 1] in _NAME_DOTS and not bare_name(vt[a:b]):
        a = _before_the_dot(vt, a, seg, rules)
    return a, b


def _before_the_dot(vt: str, a: int, seg: Segmenter, rules: _Rules) -> int:
    """Where a foreign name whose part after a middle dot starts at ``a`` starts: at the word before the dot when
    it is a run of two to four Chinese characters jieba reads as one word of a name (切尔西·克林顿), else ``a``:
    a title or any other word is no part of it (电影明星·|汤姆汉克斯)."""
    words = seg.pos_tokens(vt[max(0, a - 6):a - 1], max(0, a - 6))
    last = words[-1] if words else None
    if last is None or not 2 <= len(last.word) <= 4 or not _HAN_RUN.fullmatch(last.word) \
            or not last.flag.startswith("nr") or last.word in rules.sets["kinds_of_people"] \
            or last.word in rules.titles_before:
        return a
    return last.start


def _no_tagged_designation_unnamed(cands: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """The tagger's place that ends with a designation many places hold whose ending names a body (图书馆:
    ``designations`` typed ORG in the suffix table) and holds no proper noun before it is a kind, read as the
    wrong type too (大学图书馆, 电子图书馆): dropped, as the ending rule drops its own. One named by a place or a
    name (湖北省图书馆) stays; the tagger's organisations and its places with a place's ending (首都机场) are
    its to judge."""
    rules = _rules(res)
    endings = rules.designation_org_endings
    seg = segmenter(res)
    out = []
    for c in cands:
        if c.rule == "tagger" and c.type == "PLACE" and vt.endswith(endings, c.a, c.b):
            ending = next(e for e in endings if vt.endswith(e, c.a, c.b))
            words = seg.pos_tokens(vt[c.a:c.b - len(ending)], c.a) if c.b - len(ending) > c.a else []
            if not any(t.flag.startswith(_PROPER_FLAGS) for t in words):
                continue
        out.append(c)
    return out


def _no_name_inside_a_term(cands: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """No name inside a term that holds one (民主党派, the democratic parties, holds 民主党: ``words_holding_names``),
    nor one whose ending opens a phrase with the words after it (市委|中心工作: ``phrase_endings``), whichever
    recogniser read it there (the tagger reads the lexicon's matches as evidence)."""
    rules = _rules(res)
    terms = rules.tuples["words_holding_names"]
    spans = [(at, at + len(t)) for t in terms if t in vt for at in _occurrences(vt, t)
             if vt[at + len(t):at + len(t) + 1] not in rules.sets["after_term_not_it"]]  # 民主党|派出: it sends
    seg = segmenter(res)
    cands = [c for c in cands if not opens_a_phrase(vt, c.a, c.b, rules, seg)]
    if not spans:
        return cands
    return [c for c in cands if not any(a <= c.a and c.b <= b and (c.a, c.b) != (a, b) for a, b in spans)]


def _occurrences(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + len(word))
    return out


def _no_tagged_plant(cands: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """The tagger's organisation that ends with a known place and the word for a plant (某某电|亚利桑那州|厂, 某某|
    越南|新厂) is a company, where its plant stands and the plant: no body of its own, dropped, so that the company
    and the place are read (a plant named otherwise, 江南造船厂, stays). A city's short name counts as the place
    where a known company's name opens the span (台积电|高雄|厂, 比亚迪|西安|工厂: ``_short_named_plant``), and is
    then a place of its own (a short name alone needs the tagger's reading, which the span was)."""
    ends = {c.b for c in cands if c.type == "PLACE" and c.rule not in _GUESSES and c.rank >= 3}  # 郑州: a short name
    short = {c.b: c for c in cands if c.rule == "gazetteer short name"}
    if not ends and not short:
        return cands
    plants = _rules(res).tuples["plant_words"]
    out, places = [], []
    for c in cands:
        plant = next((p for p in plants if vt.endswith(p, c.a, c.b)), "") if c.rule == "tagger" and c.type == "ORG" \
            else ""
        at = c.b - len(plant)  # where the plant's word starts
        if not plant:
            out.append(c)
        elif (place := _short_named_plant(vt, c, at, short, res)) is not None:
            places.append(_Cand(place.a, place.b, "PLACE", "place of a plant", place.confidence, 3, attrs=place.attrs))
        elif not (at in ends and at > c.a):  # no known place before the plant's word
            out.append(c)
    return out + places


def _short_named_plant(vt: str, c: _Cand, at: int, short: dict[int, _Cand], res: Resources) -> _Cand | None:
    """The city's short name ending at ``at`` in ``c`` when ``c`` is a known company's name, that name and the
    word for a plant (三星|西安|工厂)."""
    place = short.get(at)
    if place is None or place.a <= c.a or _builtin(res).entries.get(vt[c.a:place.a]) != "ORG":
        return None
    return place


#: the rules of the statistical models' spans: guesses, not known names or places
_GUESSES = frozenset({"tagger", "model"})


def _divisions_before_titles(cands: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """A place followed by a division's ending of another country (东京|都, 某某|府) holds that ending, the
    division's full name (东京都), which the lexicon cannot list whole: the ending must be a word of its own
    there followed by a title, a noun or punctuation (东京都知事, 东京都政府; not 东京|都市圈, nor 东京|都|是,
    where 都 means "all")."""
    rules = _rules(res)
    endings = rules.sets["foreign_division_endings"]
    seg = segmenter(res)
    for c in cands:
        if c.type != "PLACE" or c.b >= len(vt) or vt[c.b] not in endings \
                or vt[c.b - 1] in rules.sets["division_endings"]:  # 海北州|府: a Chinese prefecture's seat
            continue
        words = seg.pos_tokens(vt[c.b:c.b + 6], c.b)
        after = words[1] if len(words) > 1 else None
        if words[0].end == c.b + 1 and (rules.titles_inside.match(vt, c.b + 1) is not None or after is None
                                        or after.flag.startswith(("n", "x"))):
            c.b += 1
    return cands


def _a_city_beyond_the_mainland(c: _Cand, res: Resources) -> bool:
    """Whether the place ``c`` found by the gazetteer is a city or province of Taiwan, Hong Kong or Macau."""
    codes = c.attrs.get("codes", ())
    return _beyond_the_mainland(codes) and _cities(codes, res)


def _starts_outside_places(cands: list[_Cand]) -> None:
    """A name found by its ending starts at the start of a known place its walk stopped inside (高|雄软体园区:
    jieba cut the place; the gazetteer has it), and a station by its name at the start of a division it
    starts inside (高|陵区某某站): a name's start never cuts a place. A statistical
    model's place (the tagger's, a user's model's) is a guess, not a known place: 观了|之江实验室 stays whole."""
    inside: dict[int, int] = {}  # a character inside a known place (not its first) -> the place's start
    divisions: dict[int, int] = {}  # the same, for China's divisions only
    for c in cands:
        if c.type == "PLACE" and c.rule not in ("tagger", "model") and c.b - c.a >= 2:
            for k in range(c.a + 1, c.b):
                inside.setdefault(k, c.a)
                if c.rule.startswith("gazetteer"):
                    divisions.setdefault(k, c.a)
    if not inside:
        return
    for c in cands:
        if c.rule.startswith("suffix") and c.a in inside:
            c.a = inside[c.a]
        elif c.rule == "station" and c.a in divisions:
            c.a = divisions[c.a]  # 高|陵区某某站; not over a line before it (某地铁2号线|某某站)


def _starts_from_tagger(cands: list[_Cand], vt: str, rules: _Rules, seg: Segmenter) -> None:
    """Where a name found by its ending starts, judged with the other recognisers: at the start of a known
    name the rule's walk stopped inside (unless the tagger reads a body of its own after that name:
    中国工程院院士某某和中国科学院); else where the tagger's organisation ending at the same place
    starts, when that is later (the words a rule walks back over, 最大股东, 原, 大型, are the tagger's to
    judge), unless a place or the nation opens the name (东莞市松山湖管委会, 国家超级计算某地中心 are one body),
    or the tagger's start cuts a word."""
    tagged = {c.b: c for c in cands if c.rule == "tagger" and c.type == "ORG"}
    tagged_places = {(c.a, c.b) for c in cands if c.rule == "tagger" and c.type == "PLACE"}
    place_starts = sorted(c.a for c in cands if c.type == "PLACE"  # a county's short name is a place only
                          and (c.rule != "gazetteer short name" or (c.a, c.b) in tagged_places))  # where read so
    brands = {c.b: c for c in cands if c.type == "ORG" and c.rule in ("built-in lexicon", "lexicon")}
    for c in cands:
        if not c.rule.startswith("suffix") or c.type not in ("ORG", "LAB"):
            continue
        known = next((brands[b] for b in range(c.a + 1, min(c.b, c.a + 6)) if b in brands), None)
        t = tagged.get(c.b)
        if known is not None and known.a <= c.a and (t is None or t.a < known.b) \
                and rules.titles_inside.search(vt, known.b, c.b) is None:
            c.a = known.a  # a known name opens it (比亚迪股份有限公司), unless the tagger reads a body after it
            continue  # or a title follows it (某总会|副理事长某某建议特区政府: the body, its officer, another body)
        if t is None or t.a <= c.a or vt.startswith(rules.tuples["national"], c.a) \
                or vt[c.a:t.a] in rules.sets["level_prefixes"] or after_a_listed_company(vt, c.a, rules):
            continue  # 县|教育局: the county's own; 某某有限公司、|中化云龙有限公司: the list item is the name
        k = bisect_left(place_starts, c.a)
        if k < len(place_starts) and place_starts[k] < t.a:
            continue  # a place between the rule's start and the tagger's
        if not _word_edges(vt, t.a, c.b, seg)[0]:
            continue  # the tagger's start cuts a word (西|南航空公司, 中新技|术开发有限公司): no evidence
        c.a = t.a


def _governments_named_by_places(cands: list[_Cand], rules: _Rules) -> list[_Cand]:
    """A government or a court found from its ending starts at the first place in it (关键在于美国政府:
    美国政府; 清代英国政府: 英国政府; 二审法院某市中级人民法院: 某市中级人民法院, the words before the place
    say which court it is). A government with no place in it is a description (地方政府, 年度政府) or one
    named by its leader, whose name the other recognisers give: dropped; a court keeps its name."""
    starts = sorted((c.a, c.b) for c in cands if c.type == "PLACE")
    governments, courts = rules.sets["government_endings"], rules.sets["court_endings"]
    tagged = {c.b: c for c in cands if c.rule == "tagger" and c.type == "ORG"}  # the tagger's spans never overlap
    out = []
    for c in cands:
        ending = c.rule.removeprefix("suffix ")
        if c.rule.startswith("suffix") and (ending in governments or ending in courts):
            first = _first_place_within(starts, c.a, c.b - len(ending))
            if first is None and ending in governments:
                continue
            if first is not None:
                c.a = first
                if (t := tagged.get(c.b)) is not None and t.a < first:
                    t.a = first  # the tagger read the same words before the place into it
        out.append(c)
    return out


def _first_place_within(places: list[tuple[int, int]], a: int, b: int) -> int | None:
    """The start of the first place (sorted ``(start, end)`` pairs) lying wholly inside ``[a, b)``."""
    for k in range(bisect_left(places, (a, a)), len(places)):  # no slice: a copy per government was quadratic
        start, end = places[k]
        if start >= b:
            return None
        if end <= b:
            return start
    return None


#: the tagger's dictionary classes (tagger.HIT_CLASSES) of the built-in lexicons' types
_HIT_CLASS = {"PLACE": 0, "ORG": 1, "LAB": 1}  # other types (PLATFORM, EVENT) read as "other name"


def dictionary_hits(vt: str, res: Resources) -> list[tuple[int, int, int]]:
    """Matches of the built-in lexicons and the gazetteer in ``vt`` as the tagger reads them: leftmost,
    then longest, not overlapping; (start, end, class) with the classes of ``tagger.HIT_CLASSES``. A lexicon's
    name before a trade's word that runs on past it (台湾银行|业, ``sector_characters``) is no match."""
    gaz = _gazetteer(res)
    sectors = _rules(res).tuples["sector_characters"]
    found = [(a, b, _HIT_CLASS.get(t, 2)) for a, b, t in _builtin(res).matches(vt)
             if not (vt.startswith(sectors, b) and not _word_edges(vt, a, b, segmenter(res))[1])]  # 台湾银行|业
    for a, b, _codes in gaz.names.find(vt):
        name = vt[a:b]
        if name not in gaz.townships_only:  # 新城乡|村, 春日乡|村: the rules judge a township by its words
            found.append((a, b, 0 if name in gaz.full_names else 3))
    found.sort(key=lambda h: (h[0], h[0] - h[1]))
    out: list[tuple[int, int, int]] = []
    end = 0
    for a, b, cls in found:
        if a >= end:
            out.append((a, b, cls))
            end = b
    return out


_EDGE_PUNCT = regex.compile(r"^[\p{P}\p{So}\s]|[\p{P}\p{So}\s]$|[，。；、：！？\p{So}]")


def _holds_a_preposition(vt: str, a: int, b: int, seg: Segmenter, rules: _Rules) -> bool:
    """Whether a preposition stands inside ``vt[a:b]`` as a word of its own between two words of two or more
    characters or a division's word (某残联|从|红十字会, 某人|在|大学, 某会|从|省|某会): a clause the tagger
    read as one name; not where the character begins a name the segmenter splits (广州|从|化|中学: 从化 is a
    district; 上海|向|明|中学). Segmented only when one of the characters is there."""
    prepositions = rules.sets["clause_prepositions"]
    if prepositions.isdisjoint(vt[a + 1:b - 1]):
        return False
    words = seg.pos_tokens(vt[a:b], a)
    return any(t.word in prepositions and t.flag == "p" and len(before.word) >= 2
               and (len(after.word) >= 2 or after.word in rules.sets["division_endings"])  # 从|省|某会
               for before, t, after in zip(words, words[1:], words[2:], strict=False))


def _before_a_predicate_or_a_party(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter) -> int:
    """Where a tagger's place or body ends when it ran on into the predicate after it (某某国际陆港|开行:
    ``predicate_verbs`` as its last word) or into a word of acting together and the second party (某某分行|联合|国家
    某某监管局: ``joint_action_words`` after a body's or a unit's ending, before a name that opens with a place, a
    body, the nation or a level, three characters or more: not 某某商会|联合|总会, 某大学|联合|国际学院), two
    characters or more left; else at ``b``.

    >>> res = Resources()
    >>> vt = "某某银行浙江省分行联合国家金融监督管理总局浙江监管局开展检查"
    >>> vt[:_before_a_predicate_or_a_party(vt, 0, len(vt), _rules(res), segmenter(res))]
    '某某银行浙江省分行'
    """
    joint = rules.sets["joint_action_words"]
    verbs = rules.tuples["predicate_verbs"]  # one C call for the common case of none: a span of every page goes by
    verb = next((v for v in verbs if vt.endswith(v, a + 2, b)), "") if vt.endswith(verbs, a + 2, b) else ""
    if not verb and not any(vt.find(w, a + 2, b) >= 0 for w in joint):
        return b  # most spans: no predicate at the end, no word of acting together inside
    words = seg.pos_tokens(vt[a:b], a)
    if verb and any(w.start == b - len(verb) for w in words):
        return b - len(verb)  # the verb starts a word of its own
    return next((w.start for w, after in pairwise(words)
                 if w.word in joint and w.start - a >= 2 and b - w.end >= 3 and _opens_a_party(after, rules)
                 and vt.endswith((*rules.endings, *rules.tuples["sub_body_endings"]), a, w.start)), b)


def _opens_a_party(t: Token, rules: _Rules) -> bool:
    """Whether the word ``t`` opens the name of a second party: a place or a body jieba knows (ns, nt), the nation's
    word or a level (国家, 省, 市); not common words, which a joint body's own name goes on with (某大学某大学联合|国际
    学院, 某医院联合|救治中心)."""
    return t.flag in ("ns", "nt") or t.word in rules.sets["national"] or t.word in rules.sets["level_prefixes"]


def _before_a_trailing_preposition(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter) -> int:
    """Where a place's or a body's name the tagger ran on into the preposition after it ends (某某队用|一场胜利,
    某某人在|主场): before the preposition, where the segmenter reads it as one after a word of two characters or
    more that ends the name (``trailing_prepositions``)."""
    if b - a < 3 or vt[b - 1] not in rules.sets["trailing_prepositions"]:
        return b
    words = seg.pos_tokens(vt[a:min(len(vt), b + 3)], a)
    last = next((w for w in words if w.start == b - 1), None)
    before = next((w for w in words if w.end == b - 1), None)
    return b - 1 if last is not None and last.end == b and last.flag == "p" and before is not None \
        and len(before.word) >= 2 else b


def _well_formed(name: str) -> bool:
    """No punctuation at either end or clause punctuation inside, brackets balanced: （集团）有限公司 cut
    in half is no name."""
    if _EDGE_PUNCT.search(name) and not (name.endswith(("）", ")")) and ("（" in name or "(" in name)):
        return False
    return name.count("（") + name.count("(") == name.count("）") + name.count(")")


def _build_tagger(res: Resources) -> Any:
    from .tagger import load_tagger

    return load_tagger(res.tagger_path)
