"""Recognisers of places and people by the rules: divisions from the gazetteer with their chains
(杭州市余杭区), and people next to a title or a speech verb, or anonymised (张某某)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import regex

from ..page.credits import bare_name, credited_names, surname_before
from ..resources import Resources
from ..types import Attrs
from ._entity_data import (
    _COMMON_WORD,
    _NO_ATTRS,
    _USE_REACH,
    OUTSIDE_THE_MAINLAND,
    TOWNSHIP,
    _builtin,
    _Cand,
    _gazetteer,
    _Rules,
    _rules,
    after_each_word,
)
from ._entity_endings import _KnownNames, _place_ending_at
from ._words import Segmenter, Token, segmenter

#: parts of speech of a short place name that reads as a name there (余杭 nr, 德清 nr, 淳安 nz)
_PLACE_FLAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz"})
_PLACE_FLAG_PREFIXES = tuple(_PLACE_FLAGS)


def _places(vt: str, res: Resources) -> list[_Cand]:
    gaz = _gazetteer(res)
    seg = segmenter(res)
    out: list[_Cand] = []
    seen: dict[str, bool] = {}  # within this text: a short name in the same surroundings reads the same
    words: dict[tuple[str, int], bool] = {}  # and so does a full name: is it a word there?
    division_endings = _rules(res).sets["division_endings"]
    for a, b, codes in gaz.names.find(vt):
        full = vt[a:b] in gaz.full_names  # some division of these codes has this name (杭州市), not only its short one
        if not full and (b < len(vt) and vt[b] in division_endings):
            continue  # 杭州 inside 杭州市: the full name is matched too
        if full and (b - a == 3 or vt[a:b] in gaz.townships_only):  # 阿里山乡|村, 光复|乡土
            lo = max(0, a - _WORD_WINDOW)
            around = (vt[lo:b + _WORD_WINDOW], a - lo)  # what _is_word segments, and where the name is in it
            if around not in words:
                # a division's head after its name is a word of its own (某某市|长: 市长 holds the ending)
                words[around] = _is_word(vt, a, b, seg, need_end=vt[b:b + 1] != "长")
            if not words[around] and not _a_chain_goes_on(vt, b, codes, res):
                continue  # 名山区 in 著名山区, 广州市 in 广州市场
        if not full or b - a == 2:
            # a short name (and a two-character full name: 城区, 矿区) must be a word of its own that reads as
            # a name: not 新平 inside 创新平台, not 合作 or 光明 used as words
            lo = max(0, a - 4)
            context = vt[lo:b + 4]
            if context not in seen:
                # jieba tags many county names as names (余杭 nr, 德清 nr, 淳安 nz): proper-noun flags all count,
                # common-word flags (合作 vn, 光明 n) do not
                seen[context] = any(t.start == a - lo and t.end == b - lo and t.flag in _PLACE_FLAGS
                                    for t in seg.pos_tokens(context))
            if not seen[context] and not ((_beyond_jiebas_dictionary(vt[a:b], codes, seg, res)
                                           or _after_its_parent(out, a, codes, res)) and _is_word(vt, a, b, seg)):
                continue
        out.append(_Cand(a, b, "PLACE", "gazetteer" if full else "gazetteer short name", 0.95 if full else 0.8,
                         3 if full else 1, attrs={"codes": codes}))
    # merge a chain written out (杭州市余杭区): a division right after its parent
    merged: list[_Cand] = []
    for c in sorted(out, key=lambda c: (c.a, -(c.b - c.a))):
        prev = merged[-1] if merged else None
        if prev and c.a == prev.b and _parent_of(prev.attrs["codes"], c.attrs["codes"], res):
            child = [code for code in c.attrs["codes"] if _is_child(prev.attrs["codes"], code, res)]
            parts = [*(prev.parts if prev.rule == "gazetteer chain" else [prev]), c]
            merged[-1] = _Cand(prev.a, c.b, "PLACE", "gazetteer chain", 0.95, 3, parts=parts, attrs={"codes": child})
            continue
        merged.append(c)
    return merged + _townships_after(merged, vt, seg, _rules(res))


def _after_its_parent(found: list[_Cand], a: int, codes: Sequence[str], res: Resources) -> bool:
    """Whether the division found last ends at ``a`` and is the parent of one of ``codes``: a short name right after
    its city is a chain's second part (台中|潭子, 高雄|楠梓), a place though jieba files it as a common noun."""
    return bool(found) and found[-1].b == a and _parent_of(found[-1].attrs["codes"], codes, res)


#: how many characters after a division its child's name is looked for in (the longest names are about this long)
_CHILD_REACH = 10


def _a_chain_goes_on(vt: str, b: int, codes: Sequence[str], res: Resources) -> bool:
    """Whether one of the division's children starts at ``b`` (上海市|浦东新区, which jieba holds as one word): the
    division's full name is the first part of a chain written out, though no word ends with it."""
    found = _gazetteer(res).names.find(vt[b:b + _CHILD_REACH])
    return any(x == 0 and _parent_of(codes, child, res) for x, _y, child in found)


def _townships_after(divisions: list[_Cand], vt: str, seg: Segmenter, rules: _Rules) -> list[_Cand]:
    """Townships and subdistricts named right after a division the gazetteer read in full (某区|新塘街道, 某区|
    潞江镇, 某市|古镇镇), which the gazetteer does not list: two or three characters and the ending, a word of the
    text's own that the dictionary holds as no common word (城镇, 乡镇, 小镇 are kinds), after a city or a county
    (not a province), and no kind of town (重点镇, 工业重镇: ``township_kinds``). The chain step joins them."""
    out = []
    for c in divisions:
        if c.rule == "gazetteer short name" or not any(code[2:4] != "00" for code in c.attrs.get("codes", ())):
            continue  # a province's towns are named after their county (河北省|建制镇 is a kind)
        m = _TOWNSHIP.match(vt, c.b)
        if m is None or vt[c.b:m.end()] in rules.generic or any(ch in rules.stops for ch in m.group(1)) \
                or m.group(1) in rules.sets["township_kinds"] \
                or (seg.freq.get(vt[c.b:m.end()]) or 0) >= _COMMON_WORD or not _word_edges(vt, c.b, m.end(), seg)[1] \
                or any(len(t.word) >= 2 and t.flag in _NOT_IN_A_TOWNSHIP for t in seg.pos_tokens(vt[c.b:m.end()])):
            continue  # 福建省|著名侨乡: a description, no township
        out.append(_Cand(c.b, m.end(), "PLACE", "township after a division", 0.85, 3))
    return out


#: jieba's flags of words (of two characters or more; a name it does not know comes in single characters with any
#: flag) no township's name holds: adjectives, adverbs, verbs, numerals, function words
_NOT_IN_A_TOWNSHIP = frozenset({"a", "ad", "d", "v", "vd", "m", "q", "r", "p", "c", "u", "uj"})
#: a township's or a subdistrict's name: two or three characters and its ending (新塘街道, 潞江镇, 古镇镇)
_TOWNSHIP = regex.compile(r"(\p{Han}{2,3}?)(?:街道|镇|乡)")


def _beyond_jiebas_dictionary(name: str, codes: Sequence[str], seg: Segmenter, res: Resources) -> bool:
    """A division of Taiwan, Hong Kong or Macau (codes 71, 81, 82) whose short name jieba's dictionary, built
    from mainland text, lacks (a district's: 那玛夏, 茄萣; the cities and counties it lacks, 高雄 and 新北, the
    segmenter learns as places: ``words_beyond_jieba``), or a city or county of theirs it files as another word
    (台中 s, 南投 j): judged by where the words of the text start and end, not by jieba's tag. A district's short
    name that is a common word (将军, 淡水, 大树, 山上) is not."""
    if not _beyond_the_mainland(codes):
        return False
    tag = seg.tags.get(name)
    return tag is None or (not tag.startswith(_PLACE_FLAG_PREFIXES)
                           and _above_the_districts_beyond_the_mainland(codes, res))


def _above_the_districts_beyond_the_mainland(codes: Sequence[str], res: Resources) -> bool:
    """Whether the division ``codes`` are all Taiwan's, Hong Kong's or Macau's and above their districts: a
    province, a city, or a county of Taiwan (台中, 南投; not Hong Kong's districts, common words too: 离岛)."""
    by_code = _gazetteer(res).by_code
    return _beyond_the_mainland(codes) and all(
        by_code[code].level in _CITY_LEVELS
        or (code.startswith(_TAIWAN) and by_code[code].level == "county" and by_code[code].city not in by_code)
        for code in codes)


def names_a_city_beyond_the_mainland(codes: Sequence[str], res: Resources) -> bool:
    """Whether the division ``codes`` are all cities of Taiwan, Hong Kong or Macau, or Taiwan's counties
    (台中, 花莲, 南投; not a province, 台湾, whose name a body's may hold, nor a district)."""
    by_code = _gazetteer(res).by_code
    return _above_the_districts_beyond_the_mainland(codes, res) and all(by_code[c].level != "province" for c in codes)


def _beyond_the_mainland(codes: Sequence[str]) -> bool:
    """Whether every one of the division ``codes`` is Taiwan's, Hong Kong's or Macau's."""
    return bool(codes) and all(code.startswith(OUTSIDE_THE_MAINLAND) for code in codes)


#: Taiwan's division codes
_TAIWAN = "71"


def _cities(codes: Sequence[str], res: Resources) -> bool:
    """Whether every one of the division ``codes`` is a province or a city (a prefecture)."""
    by_code = _gazetteer(res).by_code
    return all(by_code[code].level in _CITY_LEVELS for code in codes)


#: the gazetteer's levels of a province and a city (a prefecture), above the counties and districts
_CITY_LEVELS = frozenset({"province", "city"})


#: how many characters on either side of a name _word_edges segments with it
_WORD_WINDOW = 6


def _is_word(vt: str, a: int, b: int, seg: Segmenter, *, need_start: bool = True, need_end: bool = True) -> bool:
    """Whether ``vt[a:b]`` starts and ends on word boundaries, judged by segmenting a few characters
    around it (segmenting whole texts made entity extraction slow)."""
    starts, ends = _word_edges(vt, a, b, seg)
    return (not need_start or starts) and (not need_end or ends)


def _word_edges(vt: str, a: int, b: int, seg: Segmenter) -> tuple[bool, bool]:
    """(a word starts at ``a``, a word ends at ``b``), from one segmenting of a few characters around
    ``vt[a:b]`` (the window :func:`_is_word` reads)."""
    lo, hi = max(0, a - _WORD_WINDOW), min(len(vt), b + _WORD_WINDOW)
    words = seg.word_spans(vt[lo:hi])
    return any(lo + x == a for _w, x, _y in words), any(lo + y == b for _w, _x, y in words)


def _is_child(parents: Sequence[str], code: str, res: Resources) -> bool:
    gaz = _gazetteer(res).by_code
    div = gaz.get(code)
    return div is not None and any(p in (div.province, div.city) for p in parents)


def _parent_of(parents: Sequence[str], children: Sequence[str], res: Resources) -> bool:
    return any(_is_child(parents, c, res) for c in children)


class _PlaceAttrs:
    """The attributes of the places of one text (their :func:`_chain`), each distinct list of codes worked
    out once and its :class:`Attrs` (immutable) shared by the entities: a text names the same places again
    and again."""

    __slots__ = ("_known", "_near", "_res")

    def __init__(self, near: frozenset[str], res: Resources) -> None:
        self._near, self._res = near, res
        self._known: dict[tuple[str, ...], Attrs] = {}

    def __call__(self, codes: Sequence[str]) -> Attrs:
        key = tuple(codes)
        if key not in self._known:
            chain = _chain(codes, self._near, self._res)
            self._known[key] = Attrs({"chain": chain}) if chain else _NO_ATTRS
        return self._known[key]


#: the gazetteer's levels, highest first
_LEVELS = ("province", "city", "county", TOWNSHIP)


def _chain(codes: Sequence[str], near: frozenset[str], res: Resources) -> list[str] | None:
    """The administrative chain of a division, when its codes (and ``near``, the codes of the text's
    places) make it unique."""
    gaz = _gazetteer(res).by_code
    if len(codes) > 1:
        narrowed = [c for c in codes if gaz[c].province in near or gaz[c].city in near]
        codes = narrowed or codes
        if len({gaz[c].name for c in codes}) == 1 and len(codes) > 1:
            # one name at several levels (北京市: a province and its city) is the highest; several divisions
            # at that level (东区: a district of 攀枝花, 香港, 台中 …) are none of them
            top = min(_LEVELS.index(gaz[c].level) for c in codes)
            codes = [c for c in codes if _LEVELS.index(gaz[c].level) == top]
    if len(codes) != 1:
        return None
    div = gaz[codes[0]]
    if div.level == TOWNSHIP and div.city not in near:
        return None  # 白沙乡, 金沙镇 name mainland towns too: Taiwan's only where their county is named
    chain = [gaz[p].name for p in (div.province, div.city) if p and p in gaz and gaz[p].name != div.name]
    return [*chain, div.name]




def _people(vt: str, res: Resources) -> list[_Cand]:
    """Names next to a title (书记王某, 王某院士) or before a speech verb (王某表示); the name ends where a
    word ends, so 记者张涛报道 gives 张涛. With the tagger on, people are the tagger's: these rules add
    nothing there on the dev splits or our sets and find words (曾表示, 原告诉) in general news."""
    if res.use_tagger:
        return []
    rules = _rules(res)
    out: list[_Cand] = []
    seg = segmenter(res)
    tags = seg.tags

    def plausible(name: str) -> bool:
        # 王某还, 王某说: the name is the two characters before; a common word of the dictionary is no
        # name: 强调, 方面, 查验, 党工委 (surname-shaped); proper nouns may be (钟南山 is tagged a place)
        if len(name) == 3 and name[-1] in rules.sets["after_name"]:
            return False
        tag = tags.get(name)
        return bare_name(name) and (tag is None or tag.startswith(("nr", "ns", "nz")))

    for m in rules.before_re.finditer(vt):
        if not _is_word(vt, m.start(), m.end(), seg, need_start=False):
            continue  # 湖南省长沙市 holds 省长 across two words (市委书记 ends a word with 书记: fine)
        a = m.end()
        for n in (3, 2):
            name = vt[a:a + n]
            if len(name) == n and plausible(name) and _is_word(vt, a, a + n, seg, need_start=False):
                out.append(_Cand(a, a + n, "PERSON", "after title", 0.85, 2))
                break
    for m in rules.after_re.finditer(vt):
        b = m.start()
        for n in (3, 2):
            name = vt[max(0, b - n):b]
            if len(name) == n and plausible(name) and _is_word(vt, b - n, b, seg):
                out.append(_Cand(b - n, b, "PERSON", "before title", 0.8, 2))
                break
    return out


def _framed_people(vt: str, res: Resources) -> list[_Cand]:
    """A name framed by a title before it and a speech verb after it (研究员宓某某认为, 副署長查某某呼籲,
    会长蒯某某介绍, 主任某某还表示, 负责人某某主任医师说: a title of its own may stand between), or by a
    reporter's title and what closes a credit line (（记者某某）, 记者某某报道, （中央社记者某某台北7日电）): the
    frame is evidence the tagger lacks for a surname it has rarely seen. The name is two to four characters,
    shaped like a Chinese name (a surname of ``surnames.txt`` first), no common word and holding no noun of two
    characters or more (副处长|原单位|回应称, 负责人|项目组|介绍: a body).

    >>> [vt[c.a:c.b] for vt in ["协会会长蒯书雁介绍，会员增至三千家。"] for c in _framed_people(vt, Resources())]
    ['蒯书雁']
    """
    rules = _rules(res)
    out: list[_Cand] = []
    seg: Segmenter | None = None
    for m in rules.before_re.finditer(vt):
        a = m.end()
        for b, weak in _framed_name_ends(vt, a, rules, res, reporter=m.group() in rules.reporters):
            seg = seg or segmenter(res)
            if (seg.freq.get(vt[a:b]) or 0) < _COMMON_WORD and _a_name_run(vt, m.start(), a, b, seg) \
                    and (not weak or _no_function_word(vt, a, b, seg)):
                out.append(_Cand(a, b, "PERSON", "framed by a title", 0.85, 3))
                break
    return out


def _firms_before_their_heads(vt: str, res: Resources) -> list[_Cand]:
    """A short name at a clause's start right before the title of a firm's head and the holder's name
    (。某某董事长某某表示, 某某创办人暨董事长某某指出: ``firm_heads``): a firm's, which the tagger reads as a
    person's. Two to four characters that jieba cannot read as words of a kind (``_words_of_a_firms_name``), no
    name the lexicons or the gazetteer know (they find it themselves), not opening with a word that points (该, 前:
    ``firm_head_pointers``) nor ending with a title's modifier (华为|轮值董事长: ``firm_head_modifiers``), and
    holding no head's title itself (创始人、|董事长兼|首席执行官某某: a list of the holder's titles).

    >>> vt = "据悉，奇沛董事长林志明表示，营收将成长。会上，上市公司董事长张三表示。"
    >>> [vt[c.a:c.b] for c in _firms_before_their_heads(vt, Resources())]
    ['奇沛']
    """
    rules = _rules(res)
    pattern = _firm_head_pattern(rules.tuples["firm_heads"], rules.tuples["firm_head_joins"])
    seg: Segmenter | None = None
    known = _builtin(res).entries
    pointers, modifiers = rules.tuples["firm_head_pointers"], rules.tuples["firm_head_modifiers"]
    out = []
    for m in pattern.finditer(vt):
        a, b, holder = m.start("firm"), m.end("firm"), m.end()
        if vt.startswith(pointers, a) or vt.endswith(modifiers, a, b) or bare_name(vt[a:b]) \
                or any(head in vt[a:b] for head in rules.tuples["firm_heads"]) \
                or not any(bare_name(vt[holder:holder + n]) for n in (2, 3)) or vt[a:b] in known \
                or vt[a:b] in _gazetteer(res).full_names:
            continue
        seg = seg or segmenter(res)
        if _words_of_a_firms_name(seg.pos_tokens(vt[a:b], a), seg, rules, known):
            out.append(_Cand(a, b, "ORG", "firm before its head", 0.8, 3))
    return out


def _words_of_a_firms_name(words: list[Token], seg: Segmenter, rules: _Rules, known: Mapping[str, str]) -> bool:
    """Whether the words before a head's title can be a firm's name jieba does not know: two words or more (a
    word of its own is a kind: 上市公司, 大中华区, 晶圆厂), none a time, a place's position, a numeral, a
    function word (当天下午, 会|中, 一家企业, 据|市场) or a known name opening it (华为), the last no common word
    (龙头|企业, 卫生|部门) and no character naming a kind or a side (药|企, 港|方: ``firm_kind_characters``)."""
    last = words[-1]
    return len(words) >= 2 and not any(w.flag in _NOT_IN_A_FIRMS_NAME for w in words) \
        and known.get(words[0].word) is None and last.word not in rules.generic \
        and not (len(last.word) >= 2 and (seg.freq.get(last.word) or 0) >= _COMMON_WORD) \
        and last.word not in rules.sets["firm_kind_characters"]


#: jieba's flags of words no firm's name named before its head holds: times, positions, numerals, measure
#: words, pronouns, prepositions, conjunctions, adverbs, particles
_NOT_IN_A_FIRMS_NAME = frozenset({"t", "f", "m", "q", "r", "p", "c", "d", "u", "uj"})


@lru_cache(maxsize=4)
def _firm_head_pattern(heads: tuple[str, ...], joins: tuple[str, ...]) -> regex.Pattern[str]:
    title = "|".join(map(regex.escape, heads))
    return regex.compile(rf"(?:^|(?<=[，。；：！？、\n\s「」“”（）]))(?P<firm>\p{{Han}}{{2,4}}?)(?:{title})"
                         rf"(?:[{''.join(joins)}](?:{title}))*(?=\p{{Han}}{{2}})")


def _level_committees(vt: str, res: Resources) -> list[_Cand]:
    """Party committees named by a level word (在市委的领导下, 区委副书记, 镇党委, 自治区党委; 大同市委 with its
    place): organisations,
    where the level word and the committee's word make a word of their own in the text, or run on into a title
    (镇|党委书记; not 城市|委托, 超市|委屈), and no 员 follows (市委员会 is a council's name, read by its ending).

    >>> [vt[c.a:c.b] for vt in ["在市委的坚强领导下", "城市委托管理"] for c in _level_committees(vt, Resources())]
    ['市委']
    """
    rules = _rules(res)
    pattern = _committee_pattern(rules.tuples["level_prefixes"], rules.tuples["party_committee_words"])
    titles = rules.titles_after + rules.tuples["title_ends"]
    out = []
    for m in pattern.finditer(vt):
        a, b = m.span()
        if vt[b:b + 1] in rules.sets["after_committee_word"] or after_each_word(vt, a, rules):
            continue  # 各|县委: every county's committee
        starts, ends = _word_edges(vt, a, b, segmenter(res))
        place = _place_ending_at(vt, a, res)  # 大同|市委, 湖南|省委: the committee of a place the gazetteer knows
        if (ends or vt.startswith(titles, b)) and (place is not None or starts):  # 镇|党委书记: jieba joins
            out.append(_Cand(a if place is None else place, b, "ORG", "level committee", 0.85, 3))
    return out


def _term_committees(vt: str, res: Resources) -> list[_Cand]:
    """The committee a national body has in a place, named by the body, the place and often its term (政协某某市
    第五届委员会, 中国共产党某某县第十四届委员会, 共青团某某市委员会): one organisation, where the gazetteer knows
    the place (or a chain of places: 政协某市某区委员会) and the body opens the name (``term_committee_openers``).
    The walk back from 委员会 stops at the term's ordinal, and the tagger cuts such a name where it does not know
    the place.

    >>> [vt[c.a:c.b] for vt in ["政协乌兰察布市第五届委员会第一次会议开幕", "政协委员会见了他们"]
    ...  for c in _term_committees(vt, Resources())]
    ['政协乌兰察布市第五届委员会']
    """
    pattern = _term_committee_pattern(_rules(res).tuples["term_committee_openers"])
    return [_Cand(m.start(), m.end(), "ORG", "term committee", 0.85, 3) for m in pattern.finditer(vt)
            if _places_from(vt, m.end("opener"), m.start("term"), res)]


def _places_from(vt: str, a: int, b: int, res: Resources) -> bool:
    """Whether ``vt[a:b]`` is one place the gazetteer knows or a chain of two or three (天津市|和平区)."""
    for _ in range(3):
        start = _place_ending_at(vt, b, res)
        if start is None or start < a:
            return False
        if start == a:
            return True
        b = start
    return False


@lru_cache(maxsize=4)
def _term_committee_pattern(openers: tuple[str, ...]) -> regex.Pattern[str]:
    opener = "|".join(map(regex.escape, sorted(openers, key=len, reverse=True)))
    term = "(?:第[一二三四五六七八九十百]{1,4}届)?委员会"
    return regex.compile(rf"(?P<opener>{opener})\p{{Han}}{{2,14}}?(?P<term>{term})")


def _party_congresses(vt: str, res: Resources) -> list[_Cand]:
    """A party's congress numbered by its session, with the level word or the place before it (市第五次党代会,
    自治区第十一次党代会, 某某市第十三次党员代表大会): one event (the conventions of ``REAL1.md``), from the place the
    gazetteer knows or a level word standing on its own; with neither (第五次党代会以来, 恩施州第八次党代会: the
    tagger's) none.

    >>> [vt[c.a:c.b] for vt in ["落实市第五次党代会精神", "乌兰察布市第五次党代会开幕"]
    ...  for c in _party_congresses(vt, Resources())]
    ['市第五次党代会', '乌兰察布市第五次党代会']
    """
    levels = sorted(_rules(res).tuples["level_prefixes"], key=len, reverse=True)  # 自治区 before 区
    out = []
    for m in _PARTY_CONGRESS.finditer(vt):
        a = _place_ending_at(vt, m.start(), res)
        if a is None:
            level = next((w for w in levels if vt.endswith(w, 0, m.start())), "")
            a = m.start() - len(level) if level and _a_level_of_its_own(vt, m.start() - len(level), res) else None
        if a is not None:
            out.append(_Cand(a, m.end(), "EVENT", "party congress", 0.85, 3))
    return out


def _a_level_of_its_own(vt: str, a: int, res: Resources) -> bool:
    """Whether the level word at ``a`` stands on its own: after a mark, or after a word that is no noun or place
    (落实|市第五次党代会; not the end of a name, 恩施|州, 城关镇, 高新区, 社区)."""
    if a == 0 or not _HAN_NAME.match(vt, a - 1):
        return True
    before = segmenter(res).pos_tokens(vt[max(0, a - 6):a + 1], max(0, a - 6))
    last = next((t for t in reversed(before) if t.start < a), None)
    return last is not None and last.end == a and not last.flag.startswith(("n", "j", "s"))


#: a party congress by its session's ordinal (第五次党代会, 第十三次党员代表大会)
_PARTY_CONGRESS = regex.compile(r"第[一二三四五六七八九十]{1,3}次(?:党代会|党员代表大会)")


def _numbered_schools(vt: str, res: Resources) -> list[_Cand]:
    """Schools named by their city and number (郑州四中, 杭州二中, 成都七中; 某市实验二小): a place the gazetteer knows,
    a numeral of one to three characters and 中 or 小, where no word runs on (not 四中全会: a plenary session,
    with no place before it either).

    >>> [vt[c.a:c.b] for vt in ["她接手了郑州四中的合唱团", "十九届四中全会"]
    ...  for c in _numbered_schools(vt, Resources())]
    ['郑州四中']
    """
    out = []
    for m in _NUMBERED_SCHOOL.finditer(vt):
        place = _place_ending_at(vt, m.start(), res)
        if place is not None and m.start() - place >= 2:
            out.append(_Cand(place, m.end(), "ORG", "numbered school", 0.85, 3))
    return out


#: a school's number and kind (四中, 二小), not run on into a word (四中全会, 二中学生, 中心)
_NUMBERED_SCHOOL = regex.compile(r"[一二三四五六七八九十]{1,3}[中小](?![全心央期间旬文断国部学型])")


@lru_cache(maxsize=4)
def _committee_pattern(levels: tuple[str, ...], words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(f"(?:{'|'.join(map(regex.escape, levels))})(?:{'|'.join(map(regex.escape, words))})")


def _credited_people(vt: str, res: Resources) -> list[_Cand]:
    """The people a credit line names after its role word, with a separator or in a list a bracket closes
    (本报记者 某某某, （总台记者 某某）, 【责任编辑：某某】, 编辑：某某、某某, （记者某某、某某）): the names
    :func:`~zhnews.page.credits.credited_names` reads, as the page's credits are read.

    >>> [c.b - c.a for c in _credited_people("（记者 张明远）本报讯", Resources())]
    [3]
    """
    return [_Cand(a, b, "PERSON", "credit line", 0.85, 3) for a, b in credited_names(vt)]


def _no_function_word(vt: str, a: int, b: int, seg: Segmenter) -> bool:
    """Whether the given name after the surname at ``a`` is no function word: no preposition, adverb, time,
    direction or numeral word, nor a verb of one character. A frame weaker than a speech verb (a date, 在, a
    credit line's end) needs that to take a run for a name (记者|于当天|在, 总统|曾多次|在, 院长|曾任|12年)."""
    given = a + (2 if surname_before(vt, a + 2) == a else 1)
    first = seg.pos_tokens(vt[given:b], given)[0]
    return first.flag not in _NOT_IN_A_NAME and not (b - given == 1 and first.flag in _NOT_A_GIVEN_CHARACTER)


#: jieba's flags of the word a given name after a weak frame does not open with (当天, 周一, 多次)
_NOT_IN_A_NAME = frozenset({"d", "t", "tg", "f", "m", "mq", "q"})
#: and of a given name of one character that is a word of its own there (曾|任, 曾|于)
_NOT_A_GIVEN_CHARACTER = frozenset({"v", "r", "c", "u", "uj", "p"})


def _a_name_run(vt: str, t: int, a: int, b: int, seg: Segmenter) -> bool:
    """Whether ``vt[a:b]``, after a title starting at ``t``, is a run a name may be, from one segmenting: words
    end at ``a`` and at ``b`` (王某|现在表示 is no name 王某现), the run is no one noun of the dictionary (项目组,
    燕麦片) and holds no common noun (原|单位; a given name jieba knows as a rare noun stays: 蓝|景行, 揭|立言)."""
    lo, hi = max(0, t - _WORD_WINDOW), min(len(vt), b + _WORD_WINDOW)
    words = seg.pos_tokens(vt[lo:hi], lo)
    ends = {w.end for w in words}
    inside = [w for w in words if a <= w.start and w.end <= b and w.flag in _COMMON_NOUN_FLAGS]
    return a in ends and b in ends and not any(
        (w.start, w.end) == (a, b) or (len(w.word) >= 2 and (seg.freq.get(w.word) or 0) >= _COMMON_WORD)
        for w in inside)


#: jieba's flags of common nouns (not of names: nr, ns, nt): a run holding one is a phrase, no framed name
_COMMON_NOUN_FLAGS = frozenset({"n", "nz", "vn", "ng"})


def _framed_name_ends(vt: str, a: int, rules: _Rules, res: Resources, *,
                      reporter: bool = False) -> list[tuple[int, bool]]:
    """Where a name-shaped run starting at ``a`` may end, shortest first, and whether the frame there is weak:
    right before a speech verb (王某说, 蓝某某说), before a title and then one (王某教授说), before a word that
    follows names and then one (李某还表示; not 和, which given names hold: 臧某和表示); weak: before a date, a
    bracket or 在 (``_FRAME_CLOSERS``), and after a reporter's title where a credit line closes
    (:func:`_closes_a_credit`)."""
    ends = []
    for b in range(a + 2, min(len(vt), a + 4) + 1):
        said = _past_a_title(vt, b, rules)
        if _follows_names(vt[said:said + 1], rules) and not vt.startswith(rules.speech, said):
            said += 1
        if vt.startswith(rules.speech, said):
            ends.append((b, False))
        elif vt[b:b + 1] in _FRAME_CLOSERS or (reporter and _closes_a_credit(vt, b, rules, res)):
            ends.append((b, True))
    return [(b, weak) for b, weak in ends
            if (bare_name(vt[a:b]) or (not weak and _a_name_by_a_word_like_surname(vt, a, b, rules, res)))
            and not _follows_names(vt[b - 1], rules)]  # not 李某今


def _a_name_by_a_word_like_surname(vt: str, a: int, b: int, rules: _Rules, res: Resources) -> bool:
    """Whether ``vt[a:b]`` is a name of three characters whose surname is also a common word, or opens one
    (``word_like_surnames``: 智, 丰, 来, 问, 留 …, which ``surnames.txt`` leaves out), read only between a title
    and a speech verb: the surname is a word of its own there (not 来自|某地, 成为|了) or opens a name jieba
    knows (丰子|期), the run is no word of the dictionary (智能化), and its given name holds no function word
    (都|这样), no place the lexicons know (来|上海) and no word jieba reads as a place, a person, a body, a time or a
    quality (问|李娜, 问|今天, 来|美好).

    >>> [_a_name_by_a_word_like_surname(vt, 2, 5, _rules(Resources()), Resources())
    ...  for vt in ["主任来书桥说", "主任来自北京", "主任都这样说", "总裁来上海说"]]
    [True, False, False, False]
    """
    if b - a != 3 or vt[a] not in rules.sets["word_like_surnames"]:
        return False
    seg = segmenter(res)
    if vt[a:b] in seg.freq or _KnownNames(_builtin(res).entries, _gazetteer(res)).get(vt[a + 1:b]) is not None:
        return False  # 来|上海, 來|台灣: the verb and a place the lexicons know
    words = seg.pos_tokens(vt[a:b], a)
    first = words[0]
    if first.end != a + 1 and not first.flag.startswith("nr"):
        return False
    rest = [w for w in words if w.start > a]
    if any(w.flag.startswith(_NOT_A_GIVEN_NAMES_WORD) for w in rest):
        return False  # 问|李娜, 问|清楚, 问|今天, 来|美好: a verb and its object, a person, a time or a quality
    return not any(w.flag.startswith(_NOT_IN_A_PSEUDONYM) for w in rest) \
        or all(w.flag.startswith(("n", "v", "x")) and len(w.word) == 1 for w in rest)


#: jieba's flags of a word no given name after a word-like surname is: a place, a person's name, a body, a time
#: word, an adjective (as an object of 来, 问: 来|上海, 问|李娜, 问|今天, 来|美好)
_NOT_A_GIVEN_NAMES_WORD = ("ns", "nr", "nt", "t", "a")


def _past_a_title(vt: str, at: int, rules: _Rules) -> int:
    """The end of a title that follows a name at ``at`` (王某|主任医师|说), or ``at`` when none does."""
    if not vt.startswith(rules.titles_after, at):
        return at  # most places: one C call for the whole list
    for title in rules.titles_after:  # longest first
        if vt.startswith(title, at):
            return at + len(title)
    return at


def _closes_a_credit(vt: str, at: int, rules: _Rules, res: Resources) -> bool:
    """Whether a reporter's name ends at ``at``: a closing bracket, a space, a list mark, 报道 or 摄 follows
    (（记者某某）, 记者某某 通讯员…, 记者某某报道), or a dateline: a place the lexicons know, the day and 电
    (中央社记者某某|台北7日电)."""
    if vt[at:at + 1] in _CREDIT_CLOSERS or vt.startswith(rules.tuples["credit_closing_words"], at):
        return True
    dateline = _DATELINE.match(vt, at)
    if dateline is None:
        return False
    place = dateline.group(1)
    return _KnownNames(_builtin(res).entries, _gazetteer(res)).get(place) == "PLACE"


#: what closes a name right after a title as a speech verb does: a date (日本首相某某11日), a bracket
#: (被告某某（56岁）), 在 (部长某某在主论坛致辞)
_FRAME_CLOSERS = frozenset("0123456789０１２３４５６７８９（(在")
_CREDIT_CLOSERS = frozenset("）) 　、")
#: a dateline after a reporter's name: a place of two to four characters, the day, 电 (台北7日电)
_DATELINE = regex.compile(r"(\p{Han}{2,4}?)[0-9０-９]{1,2}日电")


def _follows_names(ch: str, rules: _Rules) -> bool:
    """Whether ``ch`` is a word that follows a name (还, 也, 今 …) and no character a given name holds (和)."""
    return ch in rules.sets["after_name"] and ch not in rules.sets["conjunctions_in_given_names"]


def _anonymised_people(vt: str, res: Resources) -> list[_Cand]:
    """People named by a surname and 某 (被告人张某某, 李某某、王某某, 欧阳某某, 刘某称): court and police news
    names people so. The surname starts a word (主张某些 holds none), and one 某 before a noun, a numeral
    or a classifier means "a certain" (他曾任某公司, 原某市委书记, 某一方面, 某个).

    >>> [vt[c.a:c.b] for vt in ["犯罪嫌疑人李某某、王某已被拘留。"] for c in _anonymised_people(vt, Resources())]
    ['李某某', '王某']
    """
    out = []
    seg: Segmenter | None = None
    for m in _ANONYMISED.finditer(vt):
        a, b = surname_before(vt, m.start()), m.end()
        if a is None:
            continue
        seg = seg or segmenter(res)
        if b - m.start() == 1 and _means_a_certain(vt, m.start(), seg):
            continue
        if _is_word(vt, a, b, seg, need_end=False):
            out.append(_Cand(a, b, "PERSON", "anonymised name", 0.85, 3))
    return out


def _speakers(vt: str, res: Resources) -> list[_Cand]:
    """A name of two characters that opens a clause right before a speech verb (，于某说) where its surname is also
    a function word (``function_word_surnames``: 于, 向, 和), which the tagger reads as the function word, and that
    the text names again nearby: not a pronoun, a word of position or a title's character after the surname
    (``not_in_given_names``: 向她|表示, 于|会中, 于总), not a word of the dictionary (于是); ranked below the tagger,
    which reads the names of three characters with such a surname (于某某) well.

    >>> [vt[c.a:c.b] for vt in ["对此，于淼说，他想回家。于淼的父亲说", "，于是说，于是", "，向她表示感谢，向她"]
    ...  for c in _speakers(vt, Resources())]
    ['于淼']
    """
    rules = _rules(res)
    seg: Segmenter | None = None
    out = []
    for m in _speaker_pattern(rules.speech).finditer(vt):
        a, b = m.span("name")
        if b - a != 2 or vt[a] not in rules.sets["function_word_surnames"] \
                or vt[a + 1] in rules.sets["not_in_given_names"] or vt[a + 1] in rules.sets["after_name"]:
            continue
        seg = seg or segmenter(res)
        if _a_word_of_the_dictionary(vt[a:b], seg) \
                or not _is_word(vt, a, b, seg) or not _named_again_nearby(vt, a, b):
            continue
        out.append(_Cand(a, b, "PERSON", "speaker", 0.8, 2))
    return out


def _named_again_nearby(vt: str, a: int, b: int) -> bool:
    """Whether ``vt[a:b]`` stands again within ``_USE_REACH`` of it (a bounded search: linear in the text)."""
    return vt.count(vt[a:b], max(0, a - _USE_REACH), b + _USE_REACH) >= 2


def _a_word_of_the_dictionary(word: str, seg: Segmenter) -> bool:
    """Whether the dictionary holds ``word`` at all, as anything but a person's name (白皮书, 于是)."""
    return word in seg.freq and not seg.tags.get(word, "").startswith("nr")


@lru_cache(maxsize=4)
def _speaker_pattern(speech: tuple[str, ...]) -> regex.Pattern[str]:
    verbs = "|".join(map(regex.escape, sorted(speech, key=len, reverse=True)))
    return regex.compile(rf"(?:^|(?<=[，。！？；：“”「」\s]))(?P<name>\p{{Han}}{{2}})(?={verbs})", regex.MULTILINE)


def _parties_named_by_phrases(vt: str, res: Resources) -> list[_Cand]:
    """Parties whose name is also a phrase of news (时代力量: 凝聚新时代力量), named where a party's word follows
    (某党立委, 党团, 党主席: ``party_context_words``) or in a list beside a party the lexicons know (民进党、时代力量).

    >>> [vt[c.a:c.b] for vt in ["时代力量立委今天召开记者会", "民进党、时代力量都表态", "凝聚新时代力量"]
    ...  for c in _parties_named_by_phrases(vt, Resources())]
    ['时代力量', '时代力量']
    """
    rules = _rules(res)
    out = []
    for m in _phrase_party_pattern(rules.tuples["parties_named_by_phrases"]).finditer(vt):
        a, b = m.span()
        if vt[a - 1:a] in rules.sets["before_no_party"]:
            continue  # 新时代力量: the new era's strength
        if vt.startswith(rules.tuples["party_context_words"], b) or _listed_beside_a_party(vt, a, b, res):
            out.append(_Cand(a, b, "ORG", "party named by a phrase", 0.85, 3))
    return out


def _listed_beside_a_party(vt: str, a: int, b: int, res: Resources) -> bool:
    """Whether a party the lexicons know (a name ending in 党) stands right before ``a`` or right after ``b``, 、 or
    a conjunction between (民进党、时代力量, 时代力量与民进党; not 时代力量和共青团)."""
    known = _builtin(res)
    marks = _rules(res).sets["name_conjunctions"] | {"、"}
    if a >= 2 and vt[a - 1] in marks:
        lo = max(0, a - 1 - _LONGEST_PARTY)
        if any(y == a - 1 - lo and vt.endswith(_PARTY, lo + x, lo + y) for x, y, _t in known.matches(vt[lo:a - 1])):
            return True
    hi = b + 1 + _LONGEST_PARTY
    return vt[b:b + 1] in marks and any(
        x == 0 and vt.endswith(_PARTY, b + 1 + x, b + 1 + y) for x, y, _t in known.matches(vt[b + 1:hi]))


#: the longest party's name sought beside one in a list, and the word a party's name ends with
_LONGEST_PARTY = 8
_PARTY = "党"


@lru_cache(maxsize=4)
def _phrase_party_pattern(names: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile("|".join(map(regex.escape, names)))


def _pseudonyms(vt: str, res: Resources) -> list[_Cand]:
    """People the text names by a pseudonym it marks as one (小花（化名）, 阿明(化名), 网友“小鱼”（化名）): the word of
    two or three characters right before the mark (or in the quotes right before it), unless it ends with a title or a
    word for a person (王女士, 李大爷, 阿姨, 家长: ``person_words``), or is a time word to jieba (去年, 明明). A
    pseudonym that is a common word of another kind (平安) is the person where it is marked, and is not named again
    (祝大家平安).

    >>> [vt[c.a:c.b] for vt in ["7岁的小芳（化名）在村小上学", "李女士（化名）说", "网友“大熊”（化名）说"]
    ...  for c in _pseudonyms(vt, Resources())]
    ['小芳', '大熊']
    """
    rules, seg = _rules(res), segmenter(res)
    people_words = rules.titles_after + rules.tuples["person_words"]
    out = []
    for m in _PSEUDONYM_MARK.finditer(vt):
        quoted = _QUOTED_NAME.search(vt, max(0, m.start() - 7), m.start())
        a, b = quoted.span("name") if quoted is not None else (_name_before(vt, m.start(), seg), m.start())
        if a is None or vt.endswith(people_words, a, b) or vt[b - 1] == "某":
            continue
        if seg.tags.get(vt[a:b], "").startswith("t"):
            continue  # 去年（化名）: a time word, no one's name
        out.append(_Cand(a, b, "PERSON", "pseudonym", 0.85, 3))
    return out


def _name_before(vt: str, at: int, seg: Segmenter) -> int | None:
    """Where a name of two or three Chinese characters ending at ``at`` starts: the words right before ``at``
    (jieba cuts names it does not know: 小|芳) back to a function word, a verb, a numeral or a longer run."""
    lo = max(0, at - 8)
    start = at
    for t in reversed(seg.pos_tokens(vt[lo:at], lo) if at > lo else []):
        if at - t.start > 3 or not _HAN_NAME.fullmatch(t.word) or t.flag.startswith(_NOT_IN_A_PSEUDONYM):
            break
        start = t.start
    return start if at - start >= 2 else None


#: the mark a text puts after a name it made up (（化名）)
_PSEUDONYM_MARK = regex.compile(r"[（(]化名[）)]")
#: a name in quotes that end right before the mark (网友“小鱼”（化名）)
_QUOTED_NAME = regex.compile(r"[“「『\"](?P<name>\p{Han}{2,4})[”」』\"]$")
_HAN_NAME = regex.compile(r"\p{Han}+")
#: parts of speech no pseudonym holds: particles, prepositions, conjunctions, adverbs, verbs, numerals, pronouns
_NOT_IN_A_PSEUDONYM = ("u", "p", "c", "d", "v", "m", "q", "r", "f")
#: the words of a sentence no site's name holds (近日|某某网记者, 逃犯|落网, 当地|新闻网): those, less direction words
#: (北方网, 北岸在线 open with one), and time and place words
_BEFORE_A_SITES_NAME = (*(f for f in _NOT_IN_A_PSEUDONYM if f != "f"), "t", "s")


def _credited_outlets(vt: str, res: Resources) -> list[_Cand]:
    """News sites and papers (``outlet_endings``: 网, 新闻, 日报, 商报 …) named where they credit a
    report: right before a reporter's or an editor's role word, 讯 or a dateline (（某某网编辑 某某）,
    某某网记者, 某某网北京3月5日电, （某某网台北报导）), between 据 (not 根据) and 报道, 消息 or a role word
    (据某某网报道, 据某某商报记者), or after 来源: organisations; two joined by a dot credit together, as one name
    (来源：某某新闻·某某商报). The name holds no word of a sentence (逃犯|落网|记者, 现场的|铁丝网,
    新华社|将|进行|全程|在线, 相关|新闻) and is no kind of network (互联网, 电网: ``not_outlets``);
    讯问 is no 讯.

    >>> [vt[c.a:c.b] for vt in ["（松江网编辑 王芳）", "互联网记者节", "，逃犯落网记者从警方获悉"]
    ...  for c in _credited_outlets(vt, Resources())]
    ['松江网']
    """
    rules = _rules(res)
    pattern = _outlet_pattern(rules.tuples["outlet_endings"], rules.tuples["outlet_credit_words"])
    out = []
    for m in pattern.finditer(vt):
        a, b = m.span(next(g for g in ("name", "cited", "source") if m.group(g) is not None))
        if vt[a + 1:a + 2] == _MEDIA and b - a > 4:
            a += 2  # 外媒|某某时报, 港媒|某某日报: the press of a place, no part of the name
        if not vt.endswith(rules.tuples["not_outlets"], a, b) and _names_a_site(vt, a, b, rules, segmenter(res)) \
                and not _a_bodys_news(vt, a, b, res):
            out.append(_Cand(_after_the_outlets_place(vt, a, b, res), b, "ORG", "credited outlet", 0.85, 3))
    return out


#: the character after a place's one-character short form that makes the pair "its press" (外媒, 港媒, 美媒)
_MEDIA = "媒"
_NEWS = "新闻"


def _a_bodys_news(vt: str, a: int, b: int, res: Resources) -> bool:
    """Whether ``vt[a:b]`` is a body the lexicons know and 新闻, its news or its press (中央电视台|新闻,
    外交部|新闻): the body is named, by the lexicon."""
    return vt.endswith(_NEWS, a, b) and _builtin(res).entries.get(vt[a:b - len(_NEWS)]) == "ORG"


def _after_the_outlets_place(vt: str, a: int, b: int, res: Resources) -> int:
    """Where a listed outlet's name starts after the place the sentence says it is from (据美国|纽约时报报道):
    the place is no part of it. An outlet named by its country keeps it (中国日报, 中国新闻网: not listed bare)."""
    known = _builtin(res)
    for x, y, typ in known.matches(vt[a:b]):
        if y == b - a and x > 0 and typ == "ORG" and known.entries.get(vt[a:a + x]) == "PLACE":
            return a + x
    return a


def _names_a_site(vt: str, a: int, b: int, rules: _Rules, seg: Segmenter) -> bool:
    """Whether ``vt[a:b]``, ending as a site's name does, holds no word of a sentence (a function word, a verb, a
    pronoun, a numeral, a time or a place word: 逃犯|落网, 当地|新闻网) and is no common noun with the ending
    (文档|在线, 网页|在线); a paper's name may be one (华侨|报, 大众|报: ``paper_endings``), of two characters or
    more before its ending."""
    words = seg.pos_tokens(vt[a:b], a)
    if any(w.flag.startswith(_BEFORE_A_SITES_NAME) for w in words):
        return False
    if vt.endswith(rules.tuples["paper_endings"], a, b):
        return b - a >= 3  # not 俄|报 (Russia's papers), 商报 alone: one character names no paper
    head = vt[a:b].removesuffix(next(e for e in rules.tuples["outlet_endings"] if vt.endswith(e, a, b)))
    return not ((seg.freq.get(head) or 0) >= _COMMON_WORD and seg.tags.get(head, "").startswith(("n", "v"))
                and not seg.tags.get(head, "").startswith(("nr", "ns", "nt", "nz")))


@lru_cache(maxsize=4)
def _outlet_pattern(endings: tuple[str, ...], credits: tuple[str, ...]) -> regex.Pattern[str]:
    ending = "|".join(map(regex.escape, endings))
    credit = f"(?:{'|'.join(map(regex.escape, credits))})(?![会部])"  # not 记者会, 编辑部
    one = rf"\p{{Han}}{{1,7}}?(?:{ending})"
    site = rf"{one}(?:·{one})?"  # two outlets joined by a dot credit together, one name (某某新闻·某某商报)
    dateline = r"\p{Han}{2,3}\d{1,2}月\d{1,2}日电|\p{Han}{2,3}报[导道](?=[）)】])"  # …网北京3月5日电, （…网台北报导）
    before_credit = rf"(?:^|(?<=[\s（(【\[，,。；“「]))(?P<name>{site})(?=(?:{credit})|讯(?![问息号])|{dateline})"
    cited = rf"(?<![根依])据(?P<cited>{site})(?=报道|报导|消息|{credit})"
    source = rf"来源[:：]\s*(?P<source>{site})(?!\p{{Han}})"
    return regex.compile(f"{cited}|{before_credit}|{source}", regex.MULTILINE)  # 据 is no part of a name


def _means_a_certain(vt: str, at: int, seg: Segmenter) -> bool:
    """Whether one 某 at ``at`` opens a phrase (某公司, 某市委, 某一, 某些) rather than ends a name."""
    words = seg.pos_tokens(vt[at:at + 5], at)
    if words[0].end > at + 1:
        return True  # 某些, 某种: one word with what follows
    after = words[1] if len(words) > 1 else None
    return after is not None and after.flag.startswith(("n", "m", "q"))


_ANONYMISED = regex.compile(r"(?<=\p{Han})(?<!某)某{1,2}(?!某)")
