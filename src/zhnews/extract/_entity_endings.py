"""Recognisers of names by their form: quoted names and document titles (“鲲鹏计划”, 《…条例》), and a
name ending (实验室, 开发区, 有限公司 …) with the words before it that a name can hold (the body walk)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from itertools import pairwise
from typing import Any

import regex

from ..resources import Resources
from ._entity_data import (
    _COMMON_WORD,
    _HAN,
    _HAN_RUN,
    _LATIN,
    _NAME_CHAR,
    _builtin,
    _Cand,
    _gazetteer,
    _Rules,
    _rules,
)
from ._words import Segmenter, Token, segmenter

# patterns used inside functions, compiled once (the regex module's cache lookup costs ~10 µs a call)
_QUOTED_PART = regex.compile(r"[“「]([^“”「」]+)[”」]")
_CLAUSE_MARK = regex.compile(r"[，。；、：]")
_QUOTED = regex.compile(r"[“「『]([^“”「」『』\n]{2,24})[”」』]")
_NESTED = regex.compile(r"(?P<lead>[省市区县]|国家)?(?P<quotes>(?:[“「][^“”「」\n]{1,8}[”」]){2,4})"
                        r"(?P<tail>[^\P{Han}等和及与]{0,8}?)(?P<suffix>计划|工程|专项|行动)")
_BOOK = regex.compile(r"《([^《》\n]{2,40})》")
_NUMBERED_POLICY = regex.compile(r"\p{Han}{0,6}?[\d一二三四五六七八九十百]+条")
_PUNCT = regex.compile(r"[\p{P}\p{So}\s\d]")
# punctuation and white space that also end jieba's blocks (it keeps . % # & _ - inside words like 5.8%), except
# a single space between Latin letters, which a name's Latin words keep (AI on Chip示范计划)
_HARD_BREAK = regex.compile(r"(?![.%#&_\-])\p{P}|\p{So}|(?<![A-Za-z]) | (?![A-Za-z])|[^\S ]")
_PUNCT_NO_DIGIT = regex.compile(r"[\p{P}\s]")
_GRADE = regex.compile(r"[一二三四五特]等$|[金银铜]$")
_NAMED_EVENT = regex.compile(r"(?:第[\d一二三四五六七八九十百]+届|(?:19|20)\d{2}年度?)$")
# an ordinal or a year opens an event's name: 第五届 数字中国建设峰会, 首届 中国（温州）数字经济博览会,
# 2024 某某大会 (a bare year, not a number before a count: the caller checks count_words_after_numbers)
_ORDINAL_EVENT = regex.compile(
    r"(?:第[\d一二三四五六七八九十百]+届|首届|(?:19|20)\d{2}年度?|(?<!\d)(?:19|20)\d{2}(?=\p{Han}))"
    r"(?P<name>[\p{Han}（）()A-Za-z\d—]{2,20})$"
)
_PROPER_FLAGS = ("ns", "nr", "nt", "nz")
#: the proper nouns that say whose a document is: a place, a person, a body (jieba's nz is any term: 短讯)
_ISSUER_FLAGS = ("ns", "nr", "nt")


def _quoted_names(vt: str, res: Resources) -> list[_Cand]:
    rules = _rules(res)
    out: list[_Cand] = []
    for m in _NESTED.finditer(vt):
        cand = _Cand(m.start("lead") if m.group("lead") else m.start("quotes"), m.end("suffix"), "PROGRAMME",
                     "quoted nested", 0.95, 5)
        for q in _QUOTED_PART.finditer(vt[m.start("quotes"):m.end("quotes")]):
            a = m.start("quotes") + q.start(1)
            cand.add_part(_Cand(a, a + len(q.group(1)), "PROGRAMME", "quoted part", 0.9, 1))
        out.append(cand)
    for m in _QUOTED.finditer(vt):
        inner = m.group(1)
        a, b = m.span(1)
        if _NUMBERED_POLICY.fullmatch(inner):
            out.append(_Cand(a, b, "POLICY", "quoted nickname", 0.95, 4))
            continue
        suffix = rules.suffix_re.search(inner)
        ending = _longest_ending(inner, rules)
        after = next((w for w in rules.tuples["programme_words"] if vt.startswith(w, m.end())), None)
        if after is not None and not _PUNCT_NO_DIGIT.search(inner):
            out.append(_Cand(a, b, "PROGRAMME", "quoted before " + after, 0.9, 4))  # “春城英才”计划
            continue
        if (suffix is None or ending is None) and _a_rule_issued(vt, m.start(), inner, rules):
            out.append(_Cand(a, b, "POLICY", "quoted rule", 0.9, 4))  # 预告修正「某某规格标准」
            continue
        if suffix is None or ending is None or len(inner) <= len(ending) or _PUNCT_NO_DIGIT.search(inner):
            continue
        if len(ending) == 1 and not _ends_with_a_bodys_word(inner, ending, segmenter(res)):
            continue  # “跨省通办”, “穗好办”: a service's or an app's slogan, its 办 a verb
        out.append(_Cand(a, b, rules.suffixes[ending], "quoted", 0.95, 4))
    for m in _BOOK.finditer(vt):
        inner = m.group(1)
        a, b = m.span(1)
        if _TRAILING_NOTE.sub("", inner).endswith(rules.tuples["doc_endings"]) \
                or _STANDARDS_SUBJECT.sub("", inner).endswith(rules.tuples["standard_words"]):
            # …条例（草案）, …方案（2023－2035年）; a standard's title and its subject (食品安全国家标准 某某制品)
            out.append(_Cand(a, b, "POLICY", "document title", 0.95, 4))
        elif inner.endswith(rules.tuples["newspaper_endings"]):
            out.append(_Cand(a, b, "ORG", "newspaper title", 0.9, 4))
        elif _cited_as_a_rule(vt, m.start(), m.end(), inner, rules):
            out.append(_Cand(a, b, "POLICY", "document cited", 0.9, 4))
    return out


def _a_rule_issued(vt: str, a: int, inner: str, rules: _Rules) -> bool:
    """Whether a title in quotes at ``vt[a:]`` ends as a document's does and a word that issues or revises a
    rule stands right before it (预告修正「某某规格标准」, 公告「某某实施方式」), a body named just before that
    (环境部今日公告: a character that ends a regulator's name, ``regulator_characters``, within a few
    characters; not 网友发布“某某清单”): Taiwan's press quotes rules so."""
    if not inner.endswith(rules.tuples["doc_endings"]) or _PUNCT_NO_DIGIT.search(inner):
        return False
    issuer = next((w for w in rules.tuples["rule_issuers"] if vt.endswith(w, 0, a)), None)
    if issuer is None:
        return False
    before = vt[max(0, a - len(issuer) - _ISSUER_REACH):a - len(issuer)]
    return any(ch in rules.sets["regulator_characters"] for ch in before)  # 环境部|今日|公告; not 网友|发布


def _cited_as_a_rule(vt: str, a: int, b: int, inner: str, rules: _Rules) -> bool:
    """Whether a title in 《》 at ``vt[a:b]`` with no document's ending is a rule by how the text cites it: a
    standard (《某某分级》国家标准, 《某某》系列标准: ``standard_words`` after it), a law by its number (第12/2019号法律
    《某某制度》: ``law_numbers`` before it), a treaty 关于 opens (《关于某某的公约》), or a title a standard's or a
    rule's citing word opens (依据|对照|符合《某某限量》: ``rule_citers``)."""
    return vt.startswith(rules.tuples["standard_words"], b) or vt.endswith(rules.tuples["law_numbers"], 0, a) \
        or (inner.startswith(rules.tuples["about_words"]) and inner.endswith(rules.tuples["treaty_endings"])) \
        or vt.endswith(rules.tuples["rule_citers"], 0, a)


def _longest_ending(text: str, rules: _Rules) -> str | None:
    """The longest ending ``text`` ends with (each length holds one candidate: ``text``'s own tail).

    >>> from zhnews.extract._entity_data import _build_rules
    >>> _longest_ending("之江实验室", _build_rules(None)), _longest_ending("春城英才", _build_rules(None))
    ('实验室', None)
    """
    return next((text[-n:] for n in rules.ending_lengths if n <= len(text) and text[-n:] in rules.suffixes), None)


_TRAILING_NOTE = regex.compile(r"[（(][^（）()]{1,16}[）)]$")
#: how many characters before the word that issues a rule its regulator's name may end (某委员会今（11）日预告|修正)
_ISSUER_REACH = 12
#: what follows a standard's title after a space: the product or the subject it covers (食品安全国家标准 某某制品)
_STANDARDS_SUBJECT = regex.compile(r"\s+[^\s]{1,24}$")


_BRACKETS = frozenset("（()）")
#: the brackets that close a place named inside a name (北新建材（昆明）有限公司)
_CLOSING_BRACKETS = "）)"
_BRACKET_INSIDE = regex.compile(r"\p{Han}{2,4}")


def _ends_with_a_bodys_word(inner: str, ending: str, seg: Segmenter) -> bool:
    """Whether a quoted name ends with a one-character ``ending`` as a body's name does: a noun holding it
    (科技厅), or the ending alone after a noun or a verb of two characters, its remit (试点|办, 扫黑|办); not
    inside a verb or an adjective (好办) nor after a verb of one character (通|办: "handled across")."""
    words = seg.pos_tokens(inner)
    last = words[-1]
    if len(last.word) > len(ending):
        return last.flag.startswith(("n", "j"))
    before = words[-2] if len(words) >= 2 else None
    return before is not None and (before.flag.startswith(("n", "j", "vn"))
                                   or (before.flag == "v" and len(before.word) >= 2))  # “扫黑办”, not 通|办


def _bracketed_place(vt: str, lo: int, res: Resources) -> tuple[int, int] | None:
    """The span of a bracketed place that ends right before ``lo`` inside a name (中国（浙江）自由贸易试验区,
    西部（重庆）科学城, 某某电梯（中国）有限公司): 2-4 Han characters in brackets, with a name character before them."""
    if lo < 2 or vt[lo - 1] not in _CLOSING_BRACKETS:
        return None
    close = lo - 1
    opening = max(vt.rfind("（", max(0, close - 5), close), vt.rfind("(", max(0, close - 5), close))
    if opening < 1 or not _BRACKET_INSIDE.fullmatch(vt, opening + 1, close) or not _NAME_CHAR.match(vt[opening - 1]):
        return None
    inner = vt[opening + 1:close]
    if not _gazetteer(res).names.find(inner) \
            and not any(t == "PLACE" and (a, b) == (0, len(inner)) for a, b, t in _builtin(res).matches(inner)):
        return None  # the brackets hold a place, China's (浙江) or a country (中国, 香港): （集团）, （试行） do not
    return opening, close + 1


def _quoted_slogan(vt: str, lo: int, res: Resources) -> tuple[int, int] | None:
    """The span of a slogan in double quotes that ends right before ``lo`` inside a name (某国“一带一路”研究所,
    某市“十五”时期某某规划): two to six Chinese characters or digits in “”, a proper noun right before them (a
    place, a body: 部分|“快招”公司 names none) and the name's own words after them (lo is the first character
    after the closing quote)."""
    if lo < 4 or vt[lo - 1] != "”" or not _HAN.match(vt, lo):
        return None
    opening = vt.rfind("“", max(0, lo - 9), lo - 1)
    if opening < 1 or not _SLOGAN_INSIDE.fullmatch(vt, opening + 1, lo - 1) or not _HAN.match(vt, opening - 1):
        return None
    before = segmenter(res).pos_tokens(vt[max(0, opening - 6):opening], max(0, opening - 6))
    return (opening, lo) if before and before[-1].flag.startswith(_PROPER_FLAGS) else None


#: the kinds whose names may hold a quoted slogan (a programme's quoted name is a programme of its own:
#: 国家重点研发计划“某某”重点专项 is two)
_SLOGAN_HOLDERS = frozenset({"ORG", "LAB", "EVENT", "POLICY"})
#: what a slogan quoted inside a name holds (一带一路, 十五, 双碳)
_SLOGAN_INSIDE = regex.compile(r"[\p{Han}0-9]{2,6}")


def _word_before(toks: list[Token], t: Token) -> Token | None:
    """The word of ``toks`` that ends where ``t`` starts."""
    return next((b for b in toks if b.end == t.start), None)


def _word_after(toks: list[Token], t: Token) -> Token | None:
    """The word of ``toks`` that starts where ``t`` ends."""
    return next((a for a in toks if a.start == t.end), None)


def _joins_body_name(toks: list[Token], conj: Token, rules: _Rules, suffix: str) -> bool:
    """和 inside a government body's name (经济和信息化委员会) rather than between two names: the
    ending is a body's, and the word before 和 is a noun that is no complete name itself (a lab's field
    may be a term jieba reads as a proper noun or a set phrase: 集成电路与系统)."""
    if not suffix.endswith(rules.tuples["remit_endings"]):
        return False
    before = _word_before(toks, conj)
    field = suffix in rules.lab_endings and before is not None and before.flag in ("nz", "l") \
        and _a_body_opens(toks, before.start, rules)  # 某大学集成电路与系统国家重点实验室 (not 腾讯和某实验室)
    after = _word_after(toks, conj)
    return (before is not None and len(before.word) >= 2 and (before.flag.startswith(("n", "vn", "j")) or field)
            and (field or not before.flag.startswith(_PROPER_FLAGS)) and not _holds_a_bodys_ending(before.word, rules)
            and before.word not in rules.sets["trailing_units"]  # 某某团队|与|某实验室: a group and a lab
            and before.word[-1] not in rules.sets["department_characters"]  # 某医院神经外科|与|某实验室
            and not _opens_a_name(after, rules))  # 某某研发计划|和|省|科技厅: a programme and a body


def _from_an_associations_opener(vt: str, toks: list[Token], body: list[Token], s: int,
                                  rules: _Rules) -> list[Token]:
    """A trade association's name from the words that open every such name in its region (台湾区|某某|制造|工业
    同业公会): its trade's words may hold verbs (制造, 制炼) that end the walk elsewhere, so where an opener
    (``association_openers``) stands among the words before the ending, the name starts there."""
    opener = next((t for t in reversed(toks) if t.end <= s and vt.startswith(rules.tuples["association_openers"],
                                                                           t.start)), None)
    if opener is None or (body and body[0].start <= opener.start):
        return body
    words = [t for t in toks if opener.start <= t.start and t.end <= s]
    if any((t.word in rules.stops or t.word in rules.sets["predicate_verbs"] or t.flag in _NOT_IN_A_TRADE)
           and t.word != "暨" for t in words):  # 证券投资信托|暨|顾问: two trades (not 政府|与|某某公会)
        return body  # 台湾区|厂商|加入|同业公会: a clause, not a name
    return words


#: jieba's flags of words no trade's name holds: prepositions, adverbs, pronouns, particles, conjunctions
_NOT_IN_A_TRADE = frozenset({"p", "d", "r", "u", "uj", "ul", "c"})


def _after_a_lists_conjunction(vt: str, body: list[Token], rules: _Rules) -> list[Token]:
    """The name's words after the conjunction that follows its first word, when that word opens right after 、:
    the word is a list's last item, not a part of the name (排球、台球|和|棋牌协会 names 棋牌协会; 某某、深圳市|工业|和|
    信息化局 is one name, opened by its place)."""
    if len(body) < 3 or body[1].word not in rules.sets["name_conjunctions"] \
            or vt[body[0].start - 1:body[0].start] != "、":
        return body
    return body[2:]


def _opens_a_name(t: Token | None, rules: _Rules) -> bool:
    """Whether the word ``t`` after a conjunction opens a second name: a level (省, 市), the nation's word, or a
    division named with its ending (浙江省; not 劳工及|福利局, whose 福利 jieba calls a place)."""
    return t is not None and (t.word in rules.sets["level_prefixes"] or t.word in rules.sets["national"]
                              or (t.flag == "ns" and t.word.endswith(rules.all_division_endings)))


def _holds_a_bodys_ending(word: str, rules: _Rules) -> bool:
    """Whether ``word`` holds the ending of a body, a zone or an event (某研究院|和|某委员会: two names); a plan's or
    a document's ending is a remit there (规划|和|自然资源委员会, 核子工程|与|科学研究所)."""
    return word not in rules.sets["words_holding_endings"] \
        and any(rules.suffixes[m.group(0)] not in _REMIT_TYPES for m in rules.suffix_re.finditer(word))


#: the types whose endings are also the words of a remit (规划, 工程, 计划)
_REMIT_TYPES = frozenset({"POLICY", "PROGRAMME"})


def _after_a_name(toks: list[Token], verb: Token, rules: _Rules) -> bool:
    """Whether the word before ``verb`` ends with a name ending (研究院, 大学, 局): the verb is that
    name's predicate, not part of the next name."""
    words_before = "".join(t.word for t in toks if t.end <= verb.start)
    return words_before.endswith(rules.endings)  # 香港科学园 设有: jieba may cut the name's ending (科学|园)


def _title_after(toks: list[Token], e: int, seg: Segmenter, rules: _Rules) -> bool:
    """The word holding the ending runs on into a word of its own (协会会长, 局局长, 集团股份) or a locative
    (年|会上: ``word_end_locatives``): jieba joined them, but the name still ends at ``e``. 办公室 is no 办 +
    公室 (a rare word: frequency 7)."""
    over = next((t for t in toks if t.start < e < t.end), None)
    if over is None:
        return False
    rest = over.word[e - over.start:]
    return (len(rest) >= 2 and (seg.freq.get(rest) or 0) >= _COMMON_WORD) \
        or rest in rules.sets["word_end_locatives"]  # a common word (公室 is a rare one), 会|上


def _names_a_document(body: list[Token], rules: _Rules, known: _KnownNames) -> bool:
    """A policy named in running text (not in 《》) says whose or what it is: a proper noun (浙江省, 杭州),
    an issuing body (科技部; jieba's any-term nz only where a lexicon in ``known`` lists it as a body or a
    place: 腾讯隐私保护政策), or 关于 (关于加快…的意见)."""
    return any(t.flag.startswith(_ISSUER_FLAGS) or t.word == "关于"
               or (t.flag == "nz" and known.get(t.word) in _ISSUER_TYPES)
               or (len(t.word) >= 2 and t.word.endswith(rules.org_endings) and t.word not in rules.suffixes)
               for t in body)


#: the types of a lexicon's names that may issue a document
_ISSUER_TYPES = frozenset({"ORG", "PLACE", "PLATFORM", "LAB"})


def _distinctive(tokens: list[Token], generic: frozenset[str]) -> bool:
    return any(t.word not in generic and not t.word.isdigit() and t.flag not in _UNDISTINCTIVE_FLAGS
               for t in tokens)


#: numerals, measure words, symbols, particles, prepositions, conjunctions and the words of a kind (大中型,
#: 小型: jieba's b) distinguish no name
_UNDISTINCTIVE_FLAGS = frozenset({"m", "q", "x", "uj", "p", "c", "b"})


#: the flags of words a name's walk reads as proper nouns (jieba's proper nouns and Latin words)
_PROPER_OR_LATIN = (*_PROPER_FLAGS, "eng")


def _suffix_names(vt: str, res: Resources) -> list[_Cand]:
    """Names found from their ending: the longest run of words before it that a name can hold. An ending
    that does not close a word may hold a later one that does (科学园 in 屏东科学园区 holds 园区)."""
    rules = _rules(res)
    seg = segmenter(res)
    known = _KnownNames(_builtin(res).entries, _gazetteer(res))
    out: list[_Cand] = []
    breaks: list[int] | None = None
    windows: dict[str, list[Token]] = {}  # within this text: the same words segment the same
    pos = 0
    while (m := rules.suffix_re.search(vt, pos)) is not None:
        s, e = m.span()
        suffix = m.group(0)
        pos = e
        if _not_an_ending_here(vt, s, e, suffix, rules) \
                or (rules.suffixes[suffix] in _REMIT_TYPES and _a_remit_before_a_body(vt, e, rules, res)) \
                or (rules.suffixes[suffix] == "PROGRAMME" and _a_teams_word_after(vt, e, rules, seg)):
            continue  # 某某学校专项|组: a team, no programme
        if breaks is None:
            breaks = [b.start() for b in _HARD_BREAK.finditer(vt)]
        lo, bracket = _window(vt, s, breaks, rules.suffixes[suffix] in _BRACKETED_PLACE_TYPES
                              or suffix in rules.sets["legal_form_endings"], res,
                              reach=_LAB_REACH if rules.suffixes[suffix] == "LAB" else _REACH,
                              quoted=rules.suffixes[suffix] in _SLOGAN_HOLDERS)
        toks = _words_at(seg, vt[lo:e + 3], lo, windows)  # a little past the ending: does it close a word there?
        if _a_longer_ending_overlaps(vt, s, e, toks, rules):
            pos = s + 1  # 产业园|区: the name ends with 园区, which starts inside 产业园
            continue
        if not _ending_closes_a_word(toks, s, e, suffix, seg, rules):
            pos = s + 1
            continue
        if rules.suffixes[suffix] == "EVENT" and (opened := _named_after_an_ordinal(vt, s, suffix, rules)):
            out.append(_Cand(opened, e, "EVENT", "event after ordinal", 0.9, 3))
            continue
        body = _kinds_body(vt, toks, _name_body(toks, s, bracket, rules, suffix, seg, known), s, suffix, seg, rules)
        if rules.suffixes[suffix] == "PROGRAMME" and _after_a_conjunction(toks, body, rules) \
                and not (known.get(body[0].word) == "PLACE" and _after_a_programme(vt, body[0].start, toks, rules)):
            # 某某科学及|技术委员会自然科学基金: the walk stopped inside the body that runs it (中国与|新加坡合作
            # 研究计划: inside the programme of two parties); a list of programmes goes on with a place's own
            # (国家某某基金和|北京市某某基金)
            continue
        if suffix in rules.sets["landform_endings"] and _ends_a_division(vt, s, e, res):
            continue  # 北京石景|山区: 石景山区 is a district
        if vt.endswith(rules.tuples["districts_named_as_zones"], 0, e):
            continue  # (上海市)浦东新区: a district of its city, read by the gazetteer with its chain, no zone
        if _body_names_something(vt, body, suffix, seg, rules, known) \
                and _named_before_its_word(vt, toks, s, body, rules):
            if _builtin(res).entries.get(vt[body[0].start:e]) == "PLACE" and rules.suffixes[suffix] != "PLACE":
                continue  # 南斯拉夫联盟: a state the world lexicon knows, named like a body
            type_ = _lab_or_org(vt[body[0].start:s], suffix, rules)
            version = _VERSION.match(vt, e) if type_ in ("PROGRAMME", "POLICY") else None
            start = _dashed_place_before(vt, body[0].start, seg, res) if type_ == "EVENT" else body[0].start
            out.append(_Cand(start, version.end() if version else e, type_, "suffix " + suffix, 0.85, 3))
    return out


def _ends_a_division(vt: str, s: int, e: int, res: Resources) -> bool:
    """Whether a division the gazetteer knows ends at ``e`` and starts before ``s`` (石景山区 holds 山区)."""
    start = _place_ending_at(vt, e, res)
    return start is not None and start < s


def _place_ending_at(vt: str, at: int, res: Resources) -> int | None:
    """Where a place the gazetteer knows that ends at ``at`` starts (the longest), or None."""
    lo = max(0, at - 8)
    starts = [lo + x for x, y, _codes in _gazetteer(res).names.find(vt[lo:at]) if lo + y == at]
    return min(starts) if starts else None


def _kinds_body(vt: str, toks: list[Token], body: list[Token], s: int, suffix: str, seg: Segmenter,
                rules: _Rules) -> list[Token]:
    """The walk's words mended as the ending's kind needs: a list's last item cut off (排球、台球|和|象棋协会), a trade
    association from its region's opener, a landform named by one proper noun (缓和|朝鲜半岛, 这条|青藏高原), a
    company with the brand the walk left out, a body with the legal person's form that opens its registered name
    (财团法人, 社团法人, 行政法人: ``legal_person_prefixes``)."""
    body = _after_a_lists_conjunction(vt, body, rules)
    if suffix in rules.sets["opened_association_endings"]:
        body = _from_an_associations_opener(vt, toks, body, s, rules)
    if suffix in rules.sets["landform_endings"]:
        body = body[-1:]
    if suffix in rules.sets["legal_form_endings"]:
        body = _listed_company(vt, toks, _with_an_unknown_brand(toks, body, seg, rules), rules)
    prefix = next((p for p in rules.tuples["legal_person_prefixes"] if body and vt.endswith(p, 0, body[0].start)), None)
    if prefix is not None and rules.suffixes[suffix] in ("ORG", "LAB"):
        body = [Token(prefix, "n", body[0].start - len(prefix), body[0].start), *body]  # 财团法人|某某研究发展中心
    return body


#: the kinds whose names may hold a place in brackets (中国（浙江）自由贸易试验区, 中国（某市）国际某某博览会)
_BRACKETED_PLACE_TYPES = frozenset({"PLATFORM", "EVENT"})
#: the dashes that join two parties in a forum's or an expo's name (中国—东盟博览会, 中国-中亚峰会)
_PARTY_DASHES = "—–-－"
#: how many characters the parties' names are read in, before the dash and after it
_PARTY_BEFORE, _PARTY_AFTER = 8, 6


def _dashed_place_before(vt: str, a: int, seg: Segmenter, res: Resources) -> int:
    """Where an event's name starting at ``a`` starts when it opens with a place and a known place and a
    dash stand right before it: the two parties of a forum, an expo or a summit (中国—|中亚合作论坛,
    中国-|阿拉伯国家博览会); a dateline's place and dash before a name (台北-某某论坛) hold no second party.

    >>> res = Resources()
    >>> seg = segmenter(res)
    >>> _dashed_place_before("中国—中亚峰会", 3, seg, res), _dashed_place_before("某地—年会", 3, seg, res)
    (0, 3)
    """
    if a < 3 or vt[a - 1] not in _PARTY_DASHES:
        return a
    lo = max(0, a - _PARTY_BEFORE - 1)
    first = [lo + x for x, y, t in _builtin(res).matches(vt[lo:a - 1]) if t == "PLACE" and lo + y == a - 1]
    if not first:
        return a
    second = seg.pos_tokens(vt[a:a + _PARTY_AFTER], a)
    opens = (bool(second) and second[0].flag == "ns") or any(
        x == 0 and t == "PLACE" for x, _y, t in _builtin(res).matches(vt[a:a + _PARTY_AFTER]))
    return min(first) if opens else a


def _after_a_conjunction(toks: list[Token], body: list[Token], rules: _Rules) -> bool:
    """Whether the word right before the name's words is a conjunction that may join a body's remits (和 与 及)."""
    return bool(body) and any(t.end == body[0].start and t.word in rules.sets["name_conjunctions"] for t in toks)


def _after_a_programme(vt: str, a: int, toks: list[Token], rules: _Rules) -> bool:
    """Whether the conjunction right before ``a`` follows a programme's ending: a list of programmes, the
    second named in full (国家社会科学基金和|江苏省社会科学基金).

    >>> toks = segmenter(Resources()).pos_tokens("国家社会科学基金和江苏省社会科学基金")
    >>> _after_a_programme("国家社会科学基金和江苏省社会科学基金", 9, toks, _rules(Resources()))
    True
    """
    conjunction = next((t for t in toks if t.end == a), None)
    return conjunction is not None and vt.endswith(rules.programme_endings, 0, conjunction.start)


def _a_longer_ending_overlaps(vt: str, s: int, e: int, toks: list[Token], rules: _Rules) -> bool:
    """Whether another ending starts inside this one and reaches past it to the end of a word (产业园 and
    园区 in 某某产业园|区): the name runs on to the later ending, which the search from ``s + 1`` finds.
    One that ends inside a word is no ending there (浙江大学|会同 holds no 学会)."""
    if not any(vt[k] in rules.ending_starts for k in range(s + 1, e)):
        return False  # most endings: no other ending starts inside them (one set lookup a character)
    word_ends = {t.end for t in toks}
    return any((m := rules.suffix_re.match(vt, k)) is not None and m.end() > e and m.end() in word_ends
               for k in range(s + 1, e))


def _words_at(seg: Segmenter, window: str, lo: int, seen: dict[str, list[Token]]) -> list[Token]:
    """The words of ``window`` at offset ``lo``: segmented once per distinct window in a text (a long text
    repeats its phrases), then moved to where this one stands."""
    words = seen.get(window)
    if words is None:
        words = seen[window] = seg.pos_tokens(window, 0)
    return list(words) if lo == 0 else [_new_token(Token, (t.word, t.flag, t.start + lo, t.end + lo)) for t in words]


#: a Token from its four values, without the NamedTuple's Python-level __new__ (see _words.pos_tokens)
_new_token = tuple.__new__


#: a plan's version after its name (某某行动计划2.0, 人才新政3.0版: the name holds 2.0, not 版); not an amount
#: (计划1.5万, 计划2.0亿元)
_VERSION = regex.compile(r"[1-9]\.0(?![\d.％%万亿千百元])")


def _lab_or_org(head: str, ending: str, rules: _Rules) -> str:
    """The type a name with ``ending`` takes: a research centre is a lab (光子技术研究中心) unless the words
    before its ending mark a think tank or an office (发展研究中心, 政策研究中心) or it is a national institution
    (中国极地研究中心)."""
    type_ = rules.suffixes.get(ending, "ORG")
    if type_ == "LAB" and ending in rules.research_centres and (
            any(w in head for w in rules.tuples["think_tank_heads"]) or _a_national_institution(head, rules)):
        return "ORG"
    return type_


def _a_national_institution(head: str, rules: _Rules) -> bool:
    """Whether a research centre's name is 中国 and a short field, no body that runs it inside (中国极地研究中心: a
    national institution; 中国科学院某某研究中心, 中国某某集团公司某某研究中心 are labs of a body)."""
    return head.startswith(_CHINA) and len(head) <= len(_CHINA) + _LONGEST_NATIONAL_FIELD \
        and rules.suffix_re.search(head) is None  # no body inside (中国某某集团公司量子信息|研究中心: a firm's lab)


#: the country's name that opens a national institution's, and the longest field after it (中国|极地, 中国|科幻)
_CHINA = "中国"
_LONGEST_NATIONAL_FIELD = 4


def _named_after_an_ordinal(vt: str, s: int, suffix: str, rules: _Rules) -> int | None:
    """Where an event's name whose ending starts at ``s`` starts when an ordinal or a year opens it (第三届|某某博览会,
    2025|某某大赛); None where the words after the ordinal hold a clause mark, two events (某某博览会和|某某峰会), a
    season (2024|赛季…), a count (1900多家企业参加…博览会) or a named event before a stage's ending (某某联赛|春季|赛):
    the ending's own walk judges those."""
    opened = _ORDINAL_EVENT.search(vt, max(0, s - 24), s)
    if opened is None:
        return None
    name = opened.group("name")
    if _CLAUSE_MARK.search(name) or _two_events(name, rules) \
            or name.startswith(rules.tuples["periods_after_a_year"]) \
            or name.startswith(rules.tuples["count_words_after_numbers"]) \
            or (suffix in rules.sets["place_opened_endings"] and _holds_an_event(name, rules)):
        return None
    return opened.start("name")


def _two_events(name: str, rules: _Rules) -> bool:
    """Whether the words after an ordinal hold an event's name and a conjunction before this ending's
    (第20届某某博览会和某某峰会: two events share the ordinal; each is found from its own ending)."""
    return any(rules.suffixes.get(m.group(0)) == "EVENT" and name.startswith(rules.tuples["name_conjunctions"], m.end())
               for m in rules.suffix_re.finditer(name))


def _not_an_ending_here(vt: str, s: int, e: int, suffix: str, rules: _Rules) -> bool:
    """Cheap checks before any segmenting: the ending's own (``_refused_where_it_stands``), and another
    ending right after that is one there (某市中心医院: the name goes on to 医院; not 市科技局办了). The later
    ending is judged by its own checks alone, so a run of endings costs one look each."""
    if _refused_where_it_stands(vt, s, e, suffix, rules):
        return True
    later = rules.suffix_re.match(vt, e)
    return later is not None and not vt.startswith("长", later.end()) \
        and later.group(0) not in rules.sets["place_opened_endings"] \
        and not _refused_where_it_stands(vt, e, later.end(), later.group(0), rules)


def _a_remit_before_a_body(vt: str, e: int, rules: _Rules, res: Resources) -> bool:
    """Whether a plan's or a programme's ending at ``e`` is a remit inside a body's name: a conjunction follows
    and then, within a few characters of Chinese, a body's ending (某大学生物系统工程|与|食品科学学院, 规划|和|
    自然资源局), unless the words after the conjunction open a name of their own (国家重点研发计划|和|国家某某
    委员会: the nation's word, a level, a known place or body)."""
    if vt[e:e + 1] not in rules.sets["name_conjunctions"]:
        return False
    run = _HAN_RUN.match(vt, e + 1)
    if run is None or vt.startswith(rules.tuples["national"] + rules.tuples["level_prefixes"], e + 1) \
            or any(x == 0 for x, _, _ in _gazetteer(res).names.find(vt[e + 1:e + 5])) \
            or any(x == 0 for x, _, _ in _builtin(res).matches(vt[e + 1:e + 1 + _REMIT_REACH])):
        return False  # 某某工程|和|中国科学院某某中心: a body the lexicons know opens a second name
    after = rules.suffix_re.search(vt, e + 1, min(run.end(), e + 1 + _REMIT_REACH))
    return after is not None and rules.suffixes[after.group(0)] in ("ORG", "LAB")


#: how far after a remit's conjunction the body's ending is looked for (食品科学学院, 自然资源局)
_REMIT_REACH = 10


def opens_a_phrase(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter) -> bool:
    """Whether the name ``vt[a:b]`` ends with an ending that opens a phrase with the word after it: the ending a
    word of its own and the next word one of ``words_after_no_ending`` (市委|中心|工作: the committee's central work;
    not 某某中心|工作人员, the centre's staff, nor 国家气象中心|工作报告, where jieba joins the centre's name)."""
    if not vt.endswith(rules.tuples["phrase_endings"], a, b) \
            or not vt.startswith(rules.tuples["words_after_no_ending"], b):
        return False  # most names: two C calls
    lo = max(a, b - 6)
    words = seg.word_spans(vt[lo:b + 6])
    last = next((w for w, x, y in words if lo + y == b), None)
    after = next((w for w, x, _y in words if lo + x == b), None)
    return last in rules.sets["phrase_endings"] and after in rules.sets["words_after_no_ending"]


def _a_teams_word_after(vt: str, e: int, rules: _Rules, seg: Segmenter) -> bool:
    """Whether the word after a programme's ending at ``e`` names a team (某某专项|组: ``team_words``), judged on
    the words (not 某某工程|组织实施)."""
    if not vt.startswith(rules.tuples["team_words"], e):
        return False
    words = seg.word_spans(vt[e:e + 4])
    return bool(words) and words[0][0] in rules.sets["team_words"]


def _refused_where_it_stands(vt: str, s: int, e: int, suffix: str, rules: _Rules) -> bool:
    """A grade (二等奖, 某某奖金奖), a title's second 局 (促进局局长), an ending that is a verb with its particle
    (为职工办了), a common noun holding the ending (市中心), a company's name before 计划 (某公司计划: it
    plans), nothing a name can end with right before it."""
    if suffix.endswith("奖") and (_GRADE.search(vt, max(0, s - 2), s) or (s > 0 and vt[s - 1] == "奖")):
        return True  # 二等奖, 某某奖|金奖: a grade of the award before it, which its own 奖 names
    if suffix[-1] in rules.sets["title_owner_endings"] and vt.startswith("长", e):
        return True
    if suffix in rules.sets["verb_endings"] and vt[e:e + 1] in rules.sets["verb_particles"]:
        return True
    if suffix in rules.sets["place_opened_endings"] and vt.endswith(rules.tuples["holidays"], 0, e):
        return True  # 香港|黄金周, 台湾|母亲节: a holiday, no event's name
    if vt.endswith(rules.tuples["words_holding_endings"], 0, e):  # one C call for the whole list
        return True
    if rules.suffixes[suffix] == "PROGRAMME" and vt.endswith(rules.tuples["brand_endings"], 0, s):
        return True  # 某某有限公司计划: the company plans, no programme
    if suffix == "计划" and vt.endswith(rules.tuples["planners"], 0, s):
        return True  # 美国当局计划对…, 市民计划假日…: they plan
    if s > 0 and vt[s - 1] in _CLOSING_BRACKETS and suffix in rules.sets["legal_form_endings"]:
        return False  # 某某（上海）有限公司: a company names its place in brackets
    if s > 0 and vt[s - 1] == "”" and rules.suffixes[suffix] in _SLOGAN_HOLDERS:
        return False  # 某国“一带一路”研究所: a slogan quoted inside the name
    return s == 0 or not _NAME_CHAR.match(vt[s - 1]) or vt[s - 1] in rules.sets["never_before_ending"]


#: how far before an ending its name is read: most names, and a lab's, which holds the body that runs it and a
#: research field (中国农业科学院哈尔滨兽医研究所|兽医生物技术|国家重点实验室)
_REACH, _LAB_REACH = 18, 30


def _window(vt: str, s: int, breaks: list[int], bracketed: bool, res: Resources,
            reach: int = _REACH, quoted: bool = False) -> tuple[int, tuple[int, int] | None]:
    """Where segmenting starts before an ending at ``s``, and a bracketed place inside the name when its kind
    may hold one (``bracketed``).

    The words before the ending stop at punctuation, and segmenting ends there: the window starts after
    the last punctuation mark, which gives the same words for less work. Zones and companies with their legal
    form name a place in brackets (中国（浙江）自由贸易试验区, 北新建材（昆明）有限公司): with ``bracketed``, the window
    goes on before such a bracket; so do fairs named the same way (中国（某市）国际某某博览会)."""
    k = bisect_left(breaks, s) - 1
    lo = max(0, s - reach, breaks[k] + 1 if k >= 0 else 0)
    while 0 < lo < s and _LATIN.match(vt, lo - 1, lo + 1):  # never from inside a Latin word: its start
        lo -= 1
    bracket = _bracketed_place(vt, lo, res) if bracketed else _quoted_slogan(vt, lo, res) if quoted else None
    if bracket is not None:  # the name goes on before the bracket
        k = bisect_left(breaks, bracket[0]) - 1
        lo = max(0, bracket[0] - 12, breaks[k] + 1 if k >= 0 else 0)
    return lo, bracket


def _ending_closes_a_word(toks: list[Token], s: int, e: int, suffix: str, seg: Segmenter, rules: _Rules) -> bool:
    """The ending must close a word, and start one unless the word holding it is a noun ending there:
    举办 ends with 办 but is a verb; 格局 ends with 局; 钱江/经济/开发区 holds 经济开发区. Of the endings that
    must be a word of their own, 局, 署 and 办 may close a noun of three characters or more, a body's word
    (旅游局, 招商办), never a two-character one (格局, 布局, 部署)."""
    if not any(t.end == e for t in toks) and not _title_after(toks, e, seg, rules) \
            and not _gold_after_an_award(toks, e):
        return False
    holder = next(t for t in toks if t.start <= s < t.end)
    if holder.start == s and holder.word != suffix and suffix in rules.sets["exact_token_endings"] \
            and suffix in rules.sets["place_opened_endings"]:
        return False  # 节假日, 赛前, 赛后: a word the ending opens
    if suffix in rules.sets["surname_endings"] and not _an_events_word_after(toks, e):
        return False  # 香港男子|周|志明, 深圳市民|周|某: a surname
    if holder.start == s or holder.flag == "nt":
        return True
    if suffix in rules.sets["event_word_endings"] and holder.end == e and len(holder.word) >= 3 \
            and holder.flag.startswith(("n", "vn")):
        return True  # an event's word: 电子展, 珠宝展
    if suffix in rules.sets["exact_token_endings"]:  # a body's word (旅游局, 招商办), not 格局, 部署, 举办
        return suffix in rules.sets["body_word_endings"] and holder.flag.startswith("n") and holder.end == e \
            and len(holder.word) >= 3
    return holder.flag.startswith("n")


def _an_events_word_after(toks: list[Token], e: int) -> bool:
    """Whether the word after an event's ending that is also a surname (周) reads on as a sentence does after
    an event's name (某某周|开幕, 某某周|期间, 某某周|的, 某某周|系列活动, 某某周|， or the text's end), not as a given
    name (周|志|明, 周|某).

    >>> toks = segmenter(Resources()).pos_tokens("香港仲裁周吸引律师")
    >>> _an_events_word_after(toks, 5), _an_events_word_after(segmenter(Resources()).pos_tokens("市民周某说"), 3)
    (True, False)
    """
    after = next((t for t in toks if t.start == e), None)
    if after is None or after.flag == "x":
        return True
    if len(after.word) == 1:  # a given name's characters are words of one (周|志|明, 周|小|红, 周|建|宏)
        return after.flag.startswith(_FUNCTION_WORDS_AFTER_AN_EVENT) and after.word not in _ANONYMISING
    return after.flag.startswith(_AFTER_AN_EVENTS_NAME) and not after.flag.startswith("nr")


#: the words of one character after an event's name: prepositions, particles, adverbs, positions, conjunctions,
#: numerals, times and pronouns (某某周|将, 某某周|的, 某某周|上); not the one that stands for a given name (周某)
_FUNCTION_WORDS_AFTER_AN_EVENT = ("p", "u", "d", "f", "c", "m", "t", "r")
_ANONYMISING = frozenset({"某"})


#: jieba's flags of the words after an event's name: verbs, prepositions, adverbs, positions, conjunctions,
#: particles, punctuation, numerals, times, measure words, pronouns and common nouns (某某周|系列活动, 某某周|各项…)
_AFTER_AN_EVENTS_NAME = ("v", "p", "d", "f", "c", "u", "x", "m", "t", "q", "r", "n")


def _gold_after_an_award(toks: list[Token], e: int) -> bool:
    """Whether an award's 奖 ending at ``e`` is followed by its gold grade, which jieba reads across it
    (某某专利|奖金|奖: 某某专利奖 and 金奖)."""
    crossing = next((t for t in toks if t.start == e - 1 and t.end == e + 1), None)
    following = next((t for t in toks if t.start == e + 1), None)
    return crossing is not None and following is not None and crossing.word + following.word == _AWARD_GOLD


#: an award's 奖 and the grade 金奖 after it, which jieba cuts 奖金|奖
_AWARD_GOLD = "奖金奖"


def _own_level(vt: str, t: Token, rules: _Rules) -> bool:
    """Whether the word ``t`` is a level that names the text's own division before a department (市|科技局,
    县|农业农村局), not one of several (两省|教育厅, 三县|发改委, 每个市|科技局: a numeral or a quantity before it)."""
    return t.word in rules.sets["level_prefixes"] \
        and (t.start == 0 or vt[t.start - 1] not in rules.sets["quantities_before_levels"])


def _named_before_its_word(vt: str, toks: list[Token], s: int, body: list[Token], rules: _Rules) -> bool:
    """An ending inside a body's word (旅游局, 管理局) names something only with a distinctive word before
    that word (某地旅游局, 新加坡某某管理局) or a level word right before it (县教育局: the text's own county's,
    as ``level_prefixes`` name departments): 铁路局, 电力局 and 政治局 alone are categories."""
    holder = next(t for t in toks if t.start <= s < t.end)
    ending_part = holder.word[s - holder.start:]
    if holder.start == s or holder.flag == "nt" or ending_part not in rules.sets["body_word_endings"]:
        return True  # only the endings that must be words of their own are judged here
    if len(body) == 2 and _own_level(vt, body[0], rules) and body[0].end == holder.start:
        return True
    return any(t.start < holder.start and t.word not in rules.generic and t.flag.startswith(("n", "j", "eng", "vn"))
               for t in body)


def _name_body(toks: list[Token], s: int, bracket: tuple[int, int] | None, rules: _Rules, suffix: str,
               seg: Segmenter, known: _KnownNames) -> list[Token]:
    """The words before the ending that the name holds, walking left until a predicate, a conjunction
    between two names, punctuation, or the length a name can have."""
    body: list[Token] = []
    proper = False
    policy = rules.suffixes[suffix] == "POLICY"
    field = suffix in rules.lab_endings and _a_body_opens(toks, s, rules)
    field_from = _field_start(toks, s, rules) if field else None
    national_from = _national_start(toks, s, rules) if field_from is None and rules.suffixes[suffix] in (
        "ORG", "LAB") else None
    for t in reversed(toks):
        if t.start >= s:
            continue
        if t.flag.startswith("v") and body and body[0].flag.startswith("ns") and known.get(t.word) == "PLACE":
            t = Token(t.word, "ns", t.start, t.end)  # a place jieba reads as a verb, before a place (彰化|滨海|工业区;
            # not 延长|计划, which extends a plan)
        if national_from is not None and t.end <= national_from and t.flag != "ns":
            break  # before 国家 only the country's name goes on (某国国家航天局): 联合|国家某某中心 is a verb
        if body and body[0].word in rules.sets["national"] and t.flag.startswith("v"):
            break  # a verb before 国家 is the name's predicate, also where no run of words was judged (主持|国家…基金)
        if t.flag == "l" and (field or (rules.suffixes[suffix] == "ORG" and (
                _nominal_phrase(toks, t, seg) if body
                else _a_remits_phrase(t, suffix, seg, rules)))):
            # a research field's set phrase (遥感信息) between a body and its lab's ending; the set phrase of
            # things a body's remit is named by (退役军人|事务厅; not 逐步完善|政务服务中心), also right before the
            # ending when it ends with a noun (规划和|自然资源|委员会)
            t = Token(t.word, "n", t.start, t.end)
        word = t.word if t.end <= s else t.word[: s - t.start]
        if field_from is None and body and t.word in rules.sets["name_conjunctions"] \
                and not _joins_body_name(toks, t, rules, suffix):
            field_from = _remits_after_a_name(toks, t, rules, suffix, known)  # 商务部|安全与管制局
        # （浙江）; 某大学|计算机辅助设计与图形学|国家重点实验室; 国家|超级计算某地|中心
        inside = (bracket is not None and bracket[0] <= t.start and t.end <= bracket[1]) \
            or (field_from is not None and t.start >= field_from) \
            or (national_from is not None and t.start >= national_from)
        joined = _joined_into_the_name(toks, t, body, s, suffix, rules)
        if body and t.word in rules.sets["predicate_verbs"] and (
                rules.suffixes[suffix] in ("ORG", "LAB") or suffix in rules.sets["site_endings"]):
            break  # 技术源自|某某国家重点实验室, 某市拥有|大型某某电站: a body's or a site's name holds no predicate (a
            # plan's may: 某港扩建计划)
        if suffix in rules.sets["government_endings"] and _outside_a_governments_name(toks, t, body, rules, known):
            break
        # a lab's field counts for nothing in the name's length: the body that holds the lab and the field may
        # both be long (成都某某大学|地质灾害防治与地质环境保护|国家重点实验室)
        before_field = body if field_from is None else [b for b in body if b.start < field_from]
        if not inside and not joined and _ends_the_body(t, word, before_field, proper, toks, s, rules):
            break
        if policy and (t.word in rules.sets["citing_words"] or _acts_on_a_policy(toks, t, rules)):
            break  # 违反|个人资料保护法, 某市推行|购房新政: the word that cites or issues a law is none of its name
        body.insert(0, Token(word, t.flag, t.start, t.end if inside or joined else min(t.end, s)))
        # a Latin word or a known name is a proper noun: a verb before it is a predicate (光临|某Park, 使用|数码港…)
        proper = proper or (not joined and (t.flag.startswith(_PROPER_OR_LATIN) or known.get(t.word) is not None))
    while body and body[0].word == " ":  # a space kept between Latin words, with the word before it cut off
        body.pop(0)
    if bracket is not None and body and body[0].start == bracket[0]:
        body = [t for t in body if t.start >= bracket[1]]  # 他说|“某某”研究院: no name opens with the quote
    return _without_a_predicate_before(toks, body, rules)


def _joined_into_the_name(toks: list[Token], t: Token, body: list[Token], s: int, suffix: str, rules: _Rules) -> bool:
    """Whether the walk takes ``t`` into the name though it would end it there: a conjunction joining one body's
    remits (``_joins_body_name``), or right before the ending the word of a joint association (某某企业|联合|商会)
    or a stop word that is the name's noun there (前瞻基础|建设|计划: ``verbal_nouns_before_endings``)."""
    if body:
        return t.word in rules.sets["name_conjunctions"] and _joins_body_name(toks, t, rules, suffix)
    return t.end == s and (_a_joint_associations_word(toks, t, suffix, rules)
                           or (t.word in rules.sets["verbal_nouns_before_endings"]
                               and rules.suffixes[suffix] in ("PROGRAMME", "AWARD")))


def _a_joint_associations_word(toks: list[Token], t: Token, suffix: str, rules: _Rules) -> bool:
    """Whether ``t``, right before an association's ending, is the word that makes it a joint one (某某企业|联合|商会,
    某某街坊会|联合|总会: ``joint_association_words``), not a body acting with another (某公司|联合|商会举办: after
    a body's name it is a verb)."""
    return t.word in rules.sets["joint_association_words"] and suffix in rules.sets["joint_association_endings"] \
        and not _after_a_name(toks, t, rules)


def _without_a_predicate_before(toks: list[Token], body: list[Token], rules: _Rules) -> list[Token]:
    """A name's words without the time word, the verb or the period that opens a predicate or a date before it."""
    while len(body) > 1 and body[0].flag == "t" and body[1].flag == "v" \
            and body[0].word.endswith(rules.tuples["time_point_endings"]):
        body.pop(0)  # a time word opening a predicate: 赛后当选某某论坛 (当代 names things: 当代引领计划)
    while len(body) > 1 and body[0].flag == "v" and _after_a_function_word(toks, body[0]):
        body.pop(0)  # a predicate before the name: 并增加某某文化中心, 赛后获选某某大会 (not 集成芯片某某实验室)
    if len(body) > 1 and body[0].word in rules.sets["periods_after_a_year"] and _after_a_year(toks, body[0]):
        body.pop(0)  # 2024|年度|某省科学技术奖: the period is the date's
    return body


#: how many words, and characters, the remits of a unit's name hold before the conjunction that joins the last
_REMIT_WORDS, _REMIT_CHARACTERS = 4, 8
#: jieba's flags of words no remit holds: marks, prepositions, conjunctions, particles, adverbs, pronouns, numerals,
#: measure words, time and direction words
_NOT_IN_A_REMIT = frozenset({"x", "p", "c", "u", "uj", "ul", "d", "r", "m", "q", "t", "f"})


def _remits_after_a_name(toks: list[Token], conj: Token, rules: _Rules, suffix: str, known: _KnownNames) -> int | None:
    """Where a unit's remits start when a conjunction joins two of them between a name and a body's ending
    (商务部|安全与管制局, 某研究院|绿能与环境研究所, 美国|海关及边境保护局): the words back to a name the lexicons
    know or a word with a body's ending name no body, person, kind or title, and are not verbs alone unless the
    word after the conjunction is one too (审评与检查局; 某某否认与|某某委员会 is a predicate); the word after the
    conjunction opens no name (no proper noun, known name or level; and no brand's ending: 某某及|某某银行 are two);
    None where no such name stands within a few words.

    >>> from zhnews.extract._entity_data import _builtin
    >>> res = Resources()
    >>> rules, seg = _rules(res), segmenter(res)
    >>> known = _KnownNames(_builtin(res).entries, _gazetteer(res))
    >>> toks = seg.pos_tokens("商务部安全与管制局")
    >>> _remits_after_a_name(toks, toks[2], rules, "局", known)
    3
    >>> toks = seg.pos_tokens("北京大学学生与研究中心")
    >>> _remits_after_a_name(toks, toks[3], rules, "中心", known) is None
    True
    """
    after = _word_after(toks, conj)
    if rules.suffixes[suffix] not in ("ORG", "LAB") or suffix in rules.sets["brand_endings"] or after is None \
            or after.flag.startswith(_PROPER_FLAGS) or after.flag in _NOT_IN_A_REMIT or after.flag == "s" \
            or known.get(after.word) is not None or _opens_a_name(after, rules):
        return None  # 某某与|深圳|某某公司, 某某及|大丰银行: a second name; 某某厂与|当地|大学: a place word
    i = toks.index(conj)
    run: list[Token] = []
    for t in reversed(toks[max(0, i - _REMIT_WORDS - 1):i]):
        if known.get(t.word) in ("ORG", "PLACE") or t.word.endswith(rules.endings):
            break
        run.append(t)
    else:
        return None  # no name within reach
    if not run or not 2 <= sum(len(t.word) for t in run) <= _REMIT_CHARACTERS \
            or any(_no_remits_word(t, rules) for t in run) \
            or (all(t.flag == "v" for t in run) and after.flag not in ("v", "vn")):
        return None  # verbs alone are a predicate (某某否认与|某某委员会), unless verbs are the remits (审评与检查局)
    return run[-1].start


def _no_remits_word(t: Token, rules: _Rules) -> bool:
    """Whether ``t`` is no word of a body's remit: a function word, a stop or predicate word, a kind, a person's word,
    a title, a team, a department (``department_characters``) or a firm's kind (晶片|厂: ``firm_kinds``)."""
    return t.flag in _NOT_IN_A_REMIT or t.word in rules.stops or t.word in rules.sets["predicate_verbs"] \
        or t.word in rules.generic or t.word in rules.sets["person_words"] or t.word in rules.sets["kinds_of_people"] \
        or t.word in rules.closing_titles or t.word in rules.sets["trailing_units"] \
        or t.word[-1] in rules.sets["department_characters"] or t.word in rules.sets["firm_kinds"] \
        or (len(t.word) == 1 and t.word in rules.sets["firm_kind_characters"])


def _acts_on_a_policy(toks: list[Token], t: Token, rules: _Rules) -> bool:
    """Whether ``t`` is a verb that issues or carries out a policy (``policy_acts``: 推行, 出台, 实施 …) with its
    subject right before it (某某推行|新政, 市政府出台|某某办法), not a word of the policy's own name after a
    preposition (关于推行某某制度的意见)."""
    if t.word not in rules.sets["policy_acts"]:
        return False
    before = next((x for x in reversed(toks) if x.end <= t.start), None)
    return before is not None and before.flag.startswith(("n", "r"))


#: a year written in digits or Chinese numerals (2024, 二〇二四)
_YEAR = regex.compile(r"(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}")


def _outside_a_governments_name(toks: list[Token], t: Token, body: list[Token], rules: _Rules,
                                known: _KnownNames) -> bool:
    """Whether the word ``t`` before 政府 lies outside the government's name: another body's name (某某联合会|建议|
    政府; 市委|市政府 is two) or a predicate (某省代表团|审议|政府工作报告, 某市人大代表|质询|区政府); not a word naming
    a kind of government (自治|政府) nor a division's name that jieba reads as a verb (开封|市政府: 开封市 is a
    city the gazetteer knows)."""
    if body and t.word.endswith(rules.org_endings):
        return True
    return t.flag.startswith("v") and t.flag != "vn" and t.word not in rules.sets["government_kinds"] \
        and not _names_a_division_with(toks, t, known)


def _names_a_division_with(toks: list[Token], t: Token, known: _KnownNames) -> bool:
    """Whether ``t`` and the first character of the word after it name a division the gazetteer knows (开封|市政府,
    即墨|区|政府)."""
    after = _word_after(toks, t)
    return after is not None and known.is_division(t.word + after.word[0])


def _a_remits_phrase(t: Token, suffix: str, seg: Segmenter, rules: _Rules) -> bool:
    """Whether the set phrase ``t`` right before a body's ending names its remit: it ends with a noun (自然资源,
    社会保障) and the ending is a body's of two characters or more, or 局 or 署 (自然资源|局), no government's
    (拉美国家|政府 is no body's remit; 广大职工|办 is a verb)."""
    one_character_body = suffix in rules.sets["body_word_endings"] and suffix not in rules.sets["verb_endings"]
    return (len(suffix) >= 2 or one_character_body) and suffix not in rules.sets["government_endings"] \
        and seg.tags.get(t.word[-2:], "").startswith("n")


def _after_a_year(toks: list[Token], t: Token) -> bool:
    """Whether a year stands right before the word ``t`` (2024|年度)."""
    before = next((b for b in reversed(toks) if b.end <= t.start), None)
    return before is not None and before.end == t.start and _YEAR.fullmatch(before.word) is not None


#: parts of speech of the words that make a verb after them a predicate: adverbs, conjunctions, time words
_BEFORE_A_PREDICATE = frozenset({"d", "c", "t", "ad", "p"})


def _with_an_unknown_brand(toks: list[Token], body: list[Token], seg: Segmenter, rules: _Rules) -> list[Token]:
    """A company's body with the brand before it that the segmenter left as two single characters it has no
    word for (鸿|准|精密模具股份有限公司: 鸿准 is no word, 准 read as a verb ended the walk): a registered
    name opens with its brand."""
    if not body:
        return body
    i = next((k for k, t in enumerate(toks) if t.start == body[0].start), 0)
    pair = toks[i - 2:i] if i >= 2 else []
    if len(pair) != 2 or any(len(t.word) != 1 or not _HAN.match(t.word) or t.word in rules.stops for t in pair) \
            or pair[1].flag in _FUNCTION_FLAGS:
        return body  # 也|在: a preposition next to the body is no brand's (该行也在某某有限责任公司); 先|临 may be one
    word = pair[0].word + pair[1].word
    before = toks[i - 3] if i >= 3 else None
    if seg.freq.get(word) or (before is not None and len(before.word) == 1 and _HAN.match(before.word)
                              and before.word not in rules.stops):
        return body  # a word of the dictionary, or a longer run of single characters (a clause, not a brand)
    return [Token(word, "nz", pair[0].start, pair[1].end), *body]


def _listed_company(vt: str, toks: list[Token], body: list[Token], rules: _Rules) -> list[Token]:
    """A company's body in a list of companies (某某有限公司、中化云龙有限公司) with the words between the list mark
    and the body the walk stopped at: the item between two marks is the company's name, brand included (中化).
    Only a short run of Chinese characters, none a stop word, after 、 when the item before ends with a legal
    form."""
    if not body:
        return body
    mark = vt.rfind("、", max(0, body[0].start - _BRAND_REACH), body[0].start)
    if mark < 0 or not after_a_listed_company(vt, mark + 1, rules):
        return body
    gap = [t for t in toks if mark < t.start and t.end <= body[0].start]
    if not gap or gap[0].start != mark + 1 or any(not _HAN_RUN.fullmatch(t.word) or t.word in rules.stops
                                                  for t in gap):
        return body
    return [*gap, *body]


def after_a_listed_company(vt: str, at: int, rules: _Rules) -> bool:
    """Whether ``at`` opens an item of a list of companies: right after 、, the item before ending with a legal
    form (某某有限公司、|某某有限公司)."""
    return vt[at - 1:at] == "、" and vt.endswith(rules.tuples["legal_form_endings"], 0, at - 1)


#: how many characters a brand the walk left out may have between a list mark and a company's body
_BRAND_REACH = 4


def _after_a_function_word(toks: list[Token], t: Token) -> bool:
    before = _word_before(toks, t)
    return before is not None and before.flag in _BEFORE_A_PREDICATE


#: parts of speech a name's words never have: numerals (三季度), prepositions, conjunctions, particles, pronouns,
#: adverbs
_NEVER_IN_NAMES = frozenset({"m", "mq", "p", "c", "uj", "ul", "r", "d", "ad", "i", "l"})
#: of those, the function words (adverbs, prepositions, conjunctions, pronouns, particles): no brand's last
#: character (三|一, numerals, may be one)
_FUNCTION_FLAGS = _NEVER_IN_NAMES - {"m", "mq", "i", "l"}


def _brand_like(t: Token, seg: Segmenter) -> bool:
    """A proper noun, a word jieba does not know (a brand: 宝钢, 科大讯飞), or Latin letters. The word is
    judged by itself: 外资 cut from 外资银行 (a proper noun to jieba) is a common word."""
    tag = seg.tags.get(t.word)
    if tag is None:
        return t.flag in ("x", "eng") or len(t.word) >= 2 or t.flag.startswith(_PROPER_FLAGS)
    return tag.startswith(_PROPER_FLAGS)


def _field_start(toks: list[Token], s: int, rules: _Rules) -> int | None:
    """Where a lab's research field starts, right after the university or institute that holds the lab
    (某某大学|计算机辅助设计与图形学|国家重点实验室): the field's words are the name's, whatever jieba calls them
    (an idiom, a set phrase, 与 between two terms), when they are a short run of words with no punctuation or
    stop word and do not open with a predicate or a conjunction (某大学建设实验室, 某大学与某公司联合实验室)."""
    opener = next((t for t in reversed(toks) if t.end <= s and _a_research_body(t, rules)), None)
    return opener.end if opener is not None and _words_of_a_name(toks, opener.end, s, rules, joined=True) else None


def _national_start(toks: list[Token], s: int, rules: _Rules) -> int | None:
    """Where a national body's name starts (国家|高速网络与计算|中心, 国家|超级计算广州|中心): at 国家 or
    中央 when the words between it and the ending make a name by the same test as a lab's field, with no
    conjunction (中央某某总台和某某日报 are two)."""
    opener = next((t for t in reversed(toks) if t.end <= s and t.word in rules.sets["national"]), None)
    return opener.start if opener is not None and _words_of_a_name(toks, opener.end, s, rules) else None


def _words_of_a_name(toks: list[Token], a: int, s: int, rules: _Rules, *, joined: bool = False) -> bool:
    """Whether the words from ``a`` to the ending at ``s`` are a short run (2 to 16 characters) with no
    punctuation, stop word (a conjunction inside it aside, if ``joined``), title or department's word before a
    conjunction (神经外科|与) that opens with no predicate, conjunction or function word."""
    if not 2 <= s - a <= _LONGEST_FIELD:
        return False
    gap = [t for t in toks if a <= t.start < s]
    if not gap:
        return False
    joins = rules.sets["name_conjunctions"] if joined else frozenset()
    departments = rules.sets["department_characters"]
    # a verb opens a predicate (某大学|建设|实验室), not a field, unless a conjunction joins it to a second term as
    # a noun (模拟|与|混合信号): the field of a lab whose body ``joined`` names
    term = joined and gap[0].flag == "v" and len(gap) > 1 and gap[1].word in joins
    return (gap[0].flag not in _NO_FIELD_OPENERS or term) and gap[0].word not in rules.sets["name_conjunctions"] \
        and gap[-1].word not in rules.sets["name_conjunctions"] \
        and not any(_PUNCT.search(t.word) or (t.word in rules.stops and t.word not in joins)
                    or t.word in rules.closing_titles for t in gap) \
        and not any(t.word[-1] in departments and nxt.word in rules.sets["name_conjunctions"]
                    for t, nxt in pairwise(gap))  # 学院|教授某某团队与…; 某医院|神经外科|与…: a department and a lab


#: the longest research field written between a body and its lab's ending (计算机辅助设计与图形学: 11;
#: 模拟与混合信号超大规模集成电路: 15)
_LONGEST_FIELD = 16
#: parts of speech that open a predicate or a clause, not a field: verbs, prepositions, conjunctions,
#: pronouns, adverbs, particles, numerals
_NO_FIELD_OPENERS = frozenset({"v", "p", "c", "r", "d", "uj", "ul", "m", "mq", "f"})


def _a_body_opens(toks: list[Token], s: int, rules: _Rules) -> bool:
    """Whether an organisation's word (a university, an institute: 某某大学, 中国科学院) stands before ``s``."""
    return any(t.end <= s and _a_research_body(t, rules) for t in toks)


def _a_research_body(t: Token, rules: _Rules) -> bool:
    """Whether the word ``t`` names an organisation (jieba's nt) or ends as a university or an institute does."""
    return t.flag == "nt" or t.word.endswith(rules.tuples["research_bodies"])


def _ends_the_body(t: Token, word: str, body: list[Token], proper: bool, toks: list[Token], s: int,
                   rules: _Rules) -> bool:
    """Whether the word ``t`` lies outside the name: a stop word, a function word, punctuation, a predicate
    (做优做强, 认真贯彻), a verb between two names, or a name grown too long."""
    if word == " " and _between_latin_words(t, body, toks):
        return False  # Touch Taiwan智慧显示展览会: a name's Latin words keep their spaces
    if t.word in rules.stops or t.word in rules.sets["level_words"] or _PUNCT.search(word) \
            or t.flag in _NEVER_IN_NAMES or (len(t.word) == 1 and t.flag in ("v", "a")
                                             and not _founder_word(toks, t, rules)):
        return True
    if t.flag.startswith("v") and t.flag != "vn" and (proper or _after_a_name(toks, t, rules)) and t.end <= s:
        return True  # 认真贯彻 杭州市科技创新大会; 某某研究院 启用 某某计划
    if t.word in rules.sets["adverbs_before_verbs"] and body and body[0].flag.startswith("v") \
            and body[0].flag != "vn":
        return True  # 重点|支持 某某计划 (重点|研发计划 holds it)
    words = sum(1 for b in body if b.word != " ")
    return words >= 7 or _reading_length([Token(word, t.flag, t.start, t.start + len(word)), *body]) > 16


def _founder_word(toks: list[Token], t: Token, rules: _Rules) -> bool:
    """Whether the one-character ``t`` ends a word saying who runs the body (高雄市|立: 市立)."""
    before = _word_before(toks, t)
    return before is not None and before.word[-1:] + t.word in rules.sets["founder_words"]


def _nominal_phrase(toks: list[Token], t: Token, seg: Segmenter) -> bool:
    """Whether the set phrase ``t`` names what a body is for: its last word is a noun (退役|军人, 遥感|信息;
    not 逐步|完善) and a place or a proper noun stands right before it (湖南省|退役军人; not 前|一段时间)."""
    before = _word_before(toks, t)
    return seg.tags.get(t.word[-2:], "").startswith("n") and before is not None \
        and before.flag.startswith(_PROPER_FLAGS)


def _reading_length(tokens: list[Token]) -> int:
    """Characters of the words, a Latin word counting as two and a space as none (Made in Zhejiang is no
    longer a name than 浙江制造)."""
    return sum(2 if t.flag == "eng" else 0 if t.word == " " else t.end - t.start for t in tokens)


def _between_latin_words(t: Token, body: list[Token], toks: list[Token]) -> bool:
    before = _word_before(toks, t)
    return bool(body) and body[0].flag == "eng" and before is not None and before.flag == "eng"


def _body_names_something(vt: str, body: list[Token], suffix: str, seg: Segmenter, rules: _Rules,
                          known: _KnownNames) -> bool:
    """Whether the words before an ending make a name rather than a category or a phrase."""
    if all(t.flag in ("v", "vd", "f", "c") for t in body):
        return False  # 前往医院, 希望政府, 上政府, 比如奖: a verb or a direction word is no name
    if not body or body[-1].word in rules.sets["adjectives_before_ending"] or body[0].word in _BRACKETS \
            or body[0].word in rules.sets["brand_endings"]:
        return False  # nothing before the ending, an adjective, a bracket or a company's ending with no name before it
    if len(body) == 1 and len(body[0].word) == 1:
        # one character before the ending: a word that holds it (颁奖典礼, 大奖赛), no name; but a level before
        # an ending that names a department's remit is that department (市|科技局, 省|发改委), as 县|农业农村局 is
        return _own_level(vt, body[0], rules) and rules.suffixes[suffix] == "ORG" \
            and any(suffix.endswith(w) and len(suffix) > len(w) for w in rules.tuples["department_words"])
    if not _named_by_its_kind(vt, body, suffix, rules) and not _distinctive(body, rules.generic):
        return False  # 第六届世界智能大会, 工业技术研究院: named by their ordinal or their kind
    if all(t.word in rules.sets["assembly_members"] for t in body):
        return False  # 职工|代表|大会, 业主|大会: an assembly every body or estate holds
    if len(body) >= 2 and body[0].flag == "v" and _names_a_kind(body[1:], rules) \
            and known.get(body[0].word) is None and known.get(body[0].word + body[1].word) is None:
        return False  # 举行|会员|大会: a predicate and a kind, no name (开封|市政府: a city jieba reads as a verb)
    if suffix in rules.sets["brand_endings"] and not any(_brand_like(t, seg) for t in body) \
            and not _named_by_a_legal_form(body, suffix, rules):
        return False  # 外资银行, 一家子公司, 四大国有银行: a company is named by a brand, a place or a name
    if suffix in rules.sets["kind_endings_after_a_place"] and len(body) == 1 and known.get(body[0].word) == "PLACE":
        return False  # 一家日本|公司, 英国|公司: a company of that country, unnamed (美国银行 is a bank's name)
    if (suffix in rules.sets["designations"] or suffix in rules.sets["court_endings"]) \
            and not any(t.flag.startswith(_PROPER_FLAGS) for t in body) \
            and not _opens_with_a_known_place(vt, body, known):
        return False  # 国家新一代人工智能创新发展试验区: a designation many places hold, unless a place names it
    if suffix in rules.sets["owned_fund_endings"] and body[0].word not in rules.sets["national"] \
            and not body[0].flag.startswith("ns") and not _opens_with_a_known_place(vt, body, known):
        return False  # 乡村振兴发展基金: a kind of fund; 国家发展基金, 澳门科学技术发展基金 are named by their owners
    if not _as_its_ending_asks(body, suffix, rules, known):
        return False
    if suffix in rules.sets["works_endings"] and not _a_programmes_works(body, rules, known):
        return False  # 幕墙工程, 某线延线工程: works
    if suffix in rules.sets["facility_endings"] and not _a_bodys_unit(vt, body, rules, known):
        return False  # 人工智能|数据中心, 中卫|数据中心: a facility of a kind or of a place
    if suffix in rules.sets["site_endings"] and not _names_a_site(body, seg, known):
        return False  # 海南景区, 深圳住宅大楼: a place's sites of a kind
    if suffix in rules.sets["landform_endings"] and not (len(body) == 1 and _a_proper_place(body[0], known)
                                                        and body[0].word not in rules.sets["landform_kinds"]):
        return False  # 青藏|高原, 恒春|半岛; not 沿海|平原, 两个|盆地
    if suffix in rules.sets["kinds_after_divisions"] and (known.is_division(body[-1].word) or any(
            t.word in rules.sets["kind_words_before_designations"] for t in body)):
        return False  # 浙江|山区: the province's mountainous parts (四川|盆地 is a name); 上海|业余|合唱团: a kind
    if suffix in rules.sets["kinds_after_provinces"] and len(body) == 1 and known.is_province(body[0].word):
        return False  # 广东|公路, 香港|郊野公园: the province's roads or parks (屯门|公路, a district's: a road)
    if len(body) == 1 and not body[0].flag.startswith(_PROPER_FLAGS) \
            and vt.endswith(rules.predicate_openers, 0, body[0].start):
        return False  # 新建|数据中心, 设立|研发中心: what a predicate sets up, a kind
    # 解决办法, 优惠政策, 没有办法: a document's name has an issuer, a place or 关于 (《…》 aside); a law's
    # name is one by its ending (某某促进法)
    return rules.suffixes[suffix] != "POLICY" or suffix in rules.sets["law_endings"] \
        or _names_a_document(body, rules, known)


def _named_by_its_kind(vt: str, body: list[Token], suffix: str, rules: _Rules) -> bool:
    """Whether the words before an ending name something though none of them is distinctive: two or more
    before a relaxed ending (工业技术研究院), an ordinal before them (第六届世界智能大会), a law's words, the
    nation's word or its own name before a field (国家统计局, 中国|工业|大奖), the text's own level before a
    department (县农业农村局)."""
    several = len(body) >= 2
    return (suffix in rules.sets["relaxed_endings"] and several) \
        or _NAMED_EVENT.search(vt, max(0, body[0].start - 6), body[0].start) is not None \
        or (suffix in rules.sets["law_endings"] and _reading_length(body) >= 2) \
        or (several and rules.suffixes[suffix] in _NATIONAL_NAMES and body[0].word in rules.sets["national"]) \
        or (several and rules.suffixes[suffix] in _NATIONS_PRIZES and body[0].word in rules.sets["nations_names"]
            and body[1].word not in rules.sets["nations_scopes"]) \
        or (several and suffix in rules.sets["department_words"] and _own_level(vt, body[0], rules))


def _a_programmes_works(body: list[Token], rules: _Rules, known: _KnownNames | Mapping[str, str]) -> bool:
    """Whether the words before 工程 name a programme rather than works: a word of building up or raising right
    before it (某某体系|建设|工程, 某某高质量|发展|工程: ``programme_works_words``), a count among them (千万|工程,
    某某经济|一号|工程) or a proper noun right before it (嫦娥|工程) that names no body (华为|工程团队: the firm's).

    >>> rules, words = _rules(Resources()), segmenter(Resources()).pos_tokens("百千万")
    >>> _a_programmes_works(words, rules, {}), _a_programmes_works([Token("幕墙", "n", 0, 2)], rules, {})
    (True, False)
    """
    return body[-1].word.endswith(rules.tuples["programme_works_words"]) or any(t.flag == "m" for t in body) \
        or (body[-1].flag.startswith(_PROGRAMMES_PROPER_FLAGS) and known.get(body[-1].word) != "ORG")


#: the flags of a proper noun that names a programme right before 工程 (嫦娥|工程, 南水北调|工程; a place's works are
#: no programme: 某市|工程)
_PROGRAMMES_PROPER_FLAGS = ("nr", "nz", "nt")


def _as_its_ending_asks(body: list[Token], suffix: str, rules: _Rules, known: _KnownNames) -> bool:
    """Whether the words before an ending are what that ending asks of them: a place anywhere in them for the
    designations only a place names (中国某某发展年会; 某公司年会 is a company's party), a place opening them for
    the events a place's name opens (香港|仲裁|周, 台北|国际|某某|节; not 本届|比赛周, 公司|文化节, 将军|丈夫|周某,
    香港|今|周: a time's word before it, ``one_character_times``; nor a stage of a named event: 某某联赛|春季|赛)
    and for the joint associations (某省某某企业|联合|商会, or the two sides of the strait), no one-character word
    before an ending that closes given names too (王|大桥), and more than the nation's name and a scope
    (中国|国内|大赛)."""
    if suffix in rules.sets["place_named_designations"]:
        return any(t.flag.startswith("ns") for t in body)
    if suffix in rules.sets["place_opened_endings"]:  # not after an event's name: a stage of it (某某联赛|春季|赛)
        return len(body) >= 2 and body[-1].word not in rules.sets["one_character_times"] \
            and not _holds_an_event("".join(t.word for t in body), rules) and _opens_with_a_place(body, known)
    if suffix in rules.sets["name_like_site_endings"] and len(body[-1].word) == 1:
        return False  # 王|大桥: a given name, no bridge
    if body[0].word in rules.sets["nations_names"] and all(t.word in rules.sets["nations_scopes"] for t in body[1:]):
        return False  # 中国|国内|大赛, 中国|本土|大奖: the nation and a scope name no prize or contest
    if suffix in rules.sets["joint_association_endings"] and any(
            t.word in rules.sets["joint_association_words"] for t in body):
        return _opens_with_a_place(body, known) or body[0].word in rules.sets["strait_words"]  # 某省某某企业|联合|商会,
        # 两岸企业家|联合|商会; not 多家企业|联合|协会, 某公司|联合|学会
    return True


def _opens_with_a_place(body: list[Token], known: _KnownNames) -> bool:
    """Whether the words before an ending open with a place: a word jieba tags so, or one the lexicons know as a
    place that jieba does not read as a common noun (将军 is one)."""
    return body[0].flag.startswith("ns") or (known.get(body[0].word) == "PLACE" and body[0].flag != "n")


def _holds_an_event(text: str, rules: _Rules) -> bool:
    """Whether ``text`` holds an event's ending of two characters or more (某某职业联赛|春季, 某某电影节; not
    发展, 环节).

    >>> rules = _rules(Resources())
    >>> _holds_an_event("某某职业联赛（某）春季", rules), _holds_an_event("可持续发展", rules)
    (True, False)
    """
    return any(len(m.group(0)) >= 2 and rules.suffixes[m.group(0)] == "EVENT" for m in rules.suffix_re.finditer(text))


def _opens_with_a_known_place(vt: str, body: list[Token], known: _KnownNames) -> bool:
    """Whether the words before an ending open with a place the lexicons know that jieba cuts (石|排湾|郊野公园)."""
    return any(known.get(vt[body[0].start:t.end]) == "PLACE" for t in body[1:])


def _names_a_kind(words: list[Token], rules: _Rules) -> bool:
    """Whether ``words`` before an ending name a kind: generic words only, or the members of an assembly (会员)."""
    return not _distinctive(words, rules.generic) or all(t.word in rules.sets["assembly_members"] for t in words)


#: the kinds a nation's word and a field name (中国某某协会, 中国工业大奖, 中国国际某某博览会)
_NATIONAL_NAMES = frozenset({"ORG", "AWARD", "EVENT"})
#: the kinds the nation's own name and a field name (中国|工业|大奖, 全国|科技|大赛: ``nations_names``)
_NATIONS_PRIZES = frozenset({"AWARD", "EVENT"})


#: the tail of a province-level division's code (440000000000: 广东)
_PROVINCE_CODE_TAIL = "0000000000"


class _KnownNames:
    """The built-in lexicons' names and types, with China's divisions the gazetteer names (PLACE), looked up
    one word at a time."""

    __slots__ = ("_entries", "_gazetteer")

    def __init__(self, entries: Mapping[str, str], gazetteer: Any) -> None:
        self._entries, self._gazetteer = entries, gazetteer

    def get(self, word: str) -> str | None:
        found = self._entries.get(word)
        return "PLACE" if found is None and self.is_division(word) else found

    def is_division(self, word: str) -> bool:
        """Whether the gazetteer names a division of China so, in full or short (海南, 深圳市, 香港)."""
        return any((a, b) == (0, len(word)) for a, b, _codes in self._gazetteer.names.find(word))

    def is_province(self, word: str) -> bool:
        """Whether the gazetteer names a province-level division so (广东, 香港; not 杭州, 屯门)."""
        return any((a, b) == (0, len(word)) and any(c.endswith(_PROVINCE_CODE_TAIL) for c in codes)
                   for a, b, codes in self._gazetteer.names.find(word))


def _names_a_site(body: list[Token], seg: Segmenter, known: _KnownNames) -> bool:
    """Whether the words before a site's ending name one site: a proper noun or a word jieba lacks after the
    place that opens them (海南|文昌|航天发射场, 腾格里|沙漠, 浙江|衢州|烂柯山|景区), not the place alone or with
    common words (海南|景区, 深圳|住宅|大楼). The opening place is a division the gazetteer names, not a site a
    lexicon knows (日月潭|国家风景区) nor any word jieba tags ns (腾格里)."""
    rest = body[1:] if body and known.is_division(body[0].word) else body
    return any(t.flag.startswith(_PROPER_FLAGS) or t.word not in seg.freq for t in rest)


def _a_bodys_unit(vt: str, body: list[Token], rules: _Rules, known: _KnownNames) -> bool:
    """Whether the words before a facility's ending name a body, whose unit the facility is: a body the lexicons
    know (国家电网|数据中心, 文化和旅游部|数据中心, read across jieba's cuts), a word with a body's ending
    (某某局|数据中心), the state (国家|基因组科学数据中心) or a division's government by its full name
    (上海市|大数据中心; not 中卫, a place's short name: a site there)."""
    return bool(body) and (body[0].word in rules.sets["national"] or any(
        known.get(vt[body[0].start:t.end]) == "ORG" or known.get(t.word) == "ORG"
        or (len(t.word) >= 2 and t.word.endswith(rules.org_endings) and t.word not in rules.suffixes)
        or (known.is_division(t.word) and t.word[-1] in rules.sets["division_endings"]) for t in body))


def _a_proper_place(word: Token, known: _KnownNames) -> bool:
    """Whether ``word`` names a place: jieba tags it a place or a proper noun (ns, nz: 恒春), or a lexicon or the
    gazetteer knows it."""
    return word.flag in ("ns", "nz") or known.get(word.word) == "PLACE"


def _named_by_a_legal_form(body: list[Token], suffix: str, rules: _Rules) -> bool:
    """A registered company's full name (星河数据科技有限公司) may open with a common word: its legal form
    says it is a name when two or more words stand before it and the first is a noun of its own."""
    first = body[0]
    return suffix in rules.sets["legal_form_endings"] and len(body) >= 2 and first.flag in _LEGAL_NAME_OPENERS \
        and len(first.word) >= 2 and first.word not in rules.generic


#: parts of speech that open a company's registered name: a noun, a short form, a Latin word
_LEGAL_NAME_OPENERS = frozenset({"n", "nz", "j", "eng", "nrt", "nt"})
