"""Named entities of policy and technology news, with exact offsets in both scripts.

Types: LAB, PROGRAMME, POLICY, AWARD, ORG, PLATFORM, PLACE, PERSON, EVENT. Rules and word lists are data
(``src/zhnews/extract/rules``, ``data/divisions.tsv``); users add names with a lexicon.

How names are found, most trusted first:

1. a user lexicon (records or a TSV file), matched with Aho-Corasick;
2. quoted names that end like a name (“鲲鹏计划”, “科技创新鼎”, 人才新政“黄金20条”), nested ones with their
   parts (省“尖兵”“领雁”研发攻关计划), and 《…》 document titles;
3. a name ending (实验室, 工程, 开发区, 大会 …) and the words before it, up to a predicate, a
   conjunction or punctuation; the words before the ending must hold something distinctive
   (a place, a proper noun), so 省实验室 and 企业技术中心 are categories, not names;
4. administrative divisions from the gazetteer, with their chain (杭州市余杭区 → 浙江省/杭州市/余杭区);
5. people: credit lines, and names next to a title (王某书记, 院士王某) or a speech verb.

This module holds the flow (the recognisers in order, the resolver, the mending after it) and the public
functions. The recognisers live beside it: ``_entity_endings`` (quoted names, name endings), ``_entity_places``
(gazetteer places, people by the rules), ``_entity_tagged`` (lexicons, the tagger, the mending before
resolving); ``_entity_data`` holds what they share (rules, lexicons, gazetteer, the candidate).

>>> [(e.text, e.type) for e in extract_entities("之江實驗室等13家單位獲浙江省科學技術獎")]
[('之江實驗室', 'LAB'), ('浙江省科學技術獎', 'AWARD')]
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import regex

from ..errors import InputError
from ..resources import Resources, default_resources
from ..script import TextView
from ..types import ENTITY_TYPES, Article, Attrs, Entity, Field, record_builder
from ._entity_aliases import with_defined_short_forms, with_people_named_again
from ._entity_data import (
    _COMMON_WORD,
    _NO_ATTRS,
    Lexicon,
    _Cand,
    _countries,
    _Rules,
    _rules,
    _stripped,
    after_each_word,
    canonical_key,
    load_lexicon,
)
from ._entity_endings import _ISSUER_FLAGS, _lab_or_org, _quoted_names, _suffix_names, opens_a_phrase
from ._entity_laws import _cited_laws
from ._entity_places import (
    _anonymised_people,
    _credited_outlets,
    _credited_people,
    _firms_before_their_heads,
    _framed_people,
    _is_child,
    _level_committees,
    _numbered_schools,
    _parties_named_by_phrases,
    _party_congresses,
    _people,
    _PlaceAttrs,
    _places,
    _pseudonyms,
    _speakers,
    _term_committees,
    names_a_city_beyond_the_mainland,
)
from ._entity_tagged import (
    _GUESSES,
    TaggerReading,
    _divisions_before_titles,
    _governments_named_by_places,
    _japanese_people_after_titles,
    _lexicon_names,
    _named_stations,
    _no_anonymised_names,
    _no_body_and_a_verb_before_a_category,
    _no_name_inside_a_term,
    _no_person_named_as_a_city,
    _no_tagged_designation_unnamed,
    _no_tagged_plant,
    _starts_from_tagger,
    _starts_outside_places,
    _stations,
    _tagged_names,
    _well_formed,
    tagger_readings,
)
from ._entity_tagged import dictionary_hits as dictionary_hits  # the tagger's trainer and evaluation read it here
from ._source import view_of
from ._words import Segmenter, Token, segmenter

__all__ = ["ENTITY_TYPES", "Lexicon", "extract_entities", "extract_entities_many", "load_lexicon"]


# ---------------------------------------------------------------- assembly


#: candidates of these types inside a kept name become its parts (浙江省 in 浙江省科技厅)
_PART_TYPES = frozenset({"PLACE", "ORG", "PERSON"})
#: a candidate this strong that holds every kept candidate it overlaps replaces them (its parts):
#: 中国科学院 (suffix rule) over 中国 (lexicon); a weaker one (a person rule) never swallows others
_OUTER_RANK = 2.5
_HELD_BY_TAGGER = frozenset({"PLACE", "PERSON"})
_JOINS = regex.compile(r"[与和及、同跟暨]")


def _resolve(cands: list[_Cand], vt: str, line_endings: tuple[str, ...]) -> list[_Cand]:
    """Keep the strongest candidates that do not cross one another; one inside a kept one becomes its part.

    Candidates are taken strongest first (rank, then length, then the recogniser's order); each character
    records which kept candidate covers it, so a candidate is checked against the characters it spans
    alone: linear in the number of candidates times their length, whatever the text's length. The record
    is an array with a slot per character (4 bytes each), read and written a span at a time.
    ``line_endings`` end the places a tagger's body may not hold right after a known body (``_a_body_then_a_place``).
    """
    # character (less ``base``: a user's recogniser may give spans outside the text) -> index into kept
    base = min(0, min((c.a for c in cands), default=0))
    owner = array("i", [_NOBODY]) * (max(len(vt), max((c.b for c in cands), default=0)) - base)
    kept: list[_Cand | None] = []
    for c in sorted(cands, key=lambda c: (-c.rank, -(c.b - c.a))):  # stable: ties keep recogniser order
        hits = set(owner[c.a - base:c.b - base])
        hits.discard(_NOBODY)
        if not hits:
            _claim(owner, kept, c, base)
            continue
        inner = [kept[i] for i in hits]
        if _may_hold(c, inner, vt, line_endings):
            for i in hits:
                k = kept[i]
                kept[i] = None
                if k is not None and k.type in _PART_TYPES:
                    c.add_part(k)
            _claim(owner, kept, c, base)
            continue
        if len(hits) == 1:
            _nest(kept[hits.pop()], c)
    return sorted((k for k in kept if k is not None), key=lambda k: k.a)


#: the owner of a character no kept candidate covers (see _resolve)
_NOBODY = -1


def _claim(owner: array[int], kept: list[_Cand | None], c: _Cand, base: int) -> None:
    index = len(kept)
    kept.append(c)
    owner[c.a - base:c.b - base] = array("i", [index]) * (c.b - c.a)


def _may_hold(c: _Cand, inner: list[_Cand | None], vt: str, line_endings: tuple[str, ...]) -> bool:
    """Whether ``c`` replaces the kept candidates it overlaps: it holds each of them, strictly, and is
    strong enough. The tagger holds places, people, organisations and events a body's name goes on after
    (中央军委新四军分会, 招商银行北京分行, 某省世博会筹备指挥部),
    only places and people where a conjunction lies inside its span (西湖实验室与浙江大学 is two names)."""
    if c.rank < _OUTER_RANK:
        return False
    if c.rule != "tagger":
        allowed = frozenset(ENTITY_TYPES)
    elif _JOINS.search(vt, c.a, c.b) is not None:
        allowed = _HELD_BY_TAGGER
    else:
        allowed = _HELD_BY_TAGGER | {"ORG", "EVENT"}  # 某某世博会筹备指挥部; not a lab or a programme (某某实验室团队)
    return all(k is not None and c.a <= k.a and k.b <= c.b and (k.a, k.b) != (c.a, c.b)
               and k.rank <= c.rank + 1 and k.type in allowed
               and not (c.rule == "tagger" and k.type == "EVENT" and k.b == c.b)  # an event read as a body
               for k in inner) and not (c.rule == "tagger" and _a_body_then_a_place(c, inner, vt, line_endings))


def _a_body_then_a_place(c: _Cand, inner: list[_Cand | None], vt: str,
                         line_endings: tuple[str, ...]) -> bool:
    """Whether ``c`` is exactly a known body and a line or station after it (港铁|荃湾线): two names. A body and
    a city or country after it is a regional arm (渣打香港, 星巴克中国), and a branch has a word after the place
    (招商银行|北京|分行): one name."""
    kept = sorted((k for k in inner if k is not None), key=lambda k: k.a)
    return len(kept) == 2 and kept[0].a == c.a and kept[0].type == "ORG" and kept[0].b == kept[1].a \
        and kept[1].type == "PLACE" and kept[1].b == c.b and vt.endswith(line_endings, kept[1].a, kept[1].b)


def _nest(k: _Cand | None, c: _Cand) -> None:
    """``c`` lost to ``k``: the same place found twice lends ``k`` its divisions; a shorter name inside
    ``k`` becomes its part."""
    if k is None:
        return
    if (k.a, k.b) == (c.a, c.b):
        for key, value in c.attrs.items():
            k.attrs.setdefault(key, value)
        return
    if k.a <= c.a and c.b <= k.b and c.type in _PART_TYPES and not any((p.a, p.b) == (c.a, c.b) for p in k.parts):
        k.add_part(c)


def _entity(view: TextView, c: _Cand, field_name: Field, place_attrs: _PlaceAttrs) -> Entity:
    oa, ob = view.to_original(c.a, c.b)
    parts = tuple(_entity(view, p, field_name, place_attrs) for p in sorted(c.parts, key=_start_of)) \
        if c.parts else ()
    return _new_entity(  # Entity's fields in order: text, start, end, type, canonical, field, parts, rule, …
        view.original[oa:ob], oa, ob, c.type, _stripped(view.text[c.a:c.b]), field_name, parts, c.rule,
        c.confidence, place_attrs(c.attrs.get("codes", [])) if c.type == "PLACE" else _NO_ATTRS,  # …, attrs
    )


#: Entity from its values by position (a dense text has hundreds of thousands; see record_builder)
_new_entity = record_builder(Entity)


def _start_of(c: _Cand) -> int:
    return c.a


Recognizer = Callable[[str], Iterable[tuple[int, int, str]]]
#: a recogniser turns the simplified view into candidates; the resolver chooses among all of them
_Finder = Callable[[str, Resources], list[_Cand]]

#: the recognisers every call runs, in order of trust where rank and length tie (rules before the tagger)
RECOGNISERS: tuple[_Finder, ...] = (_quoted_names, _suffix_names, _cited_laws, _lexicon_names, _places, _people,
                                    _framed_people, _firms_before_their_heads, _credited_people, _credited_outlets,
                                    _anonymised_people, _pseudonyms, _speakers, _parties_named_by_phrases,
                                    _level_committees,
                                    _term_committees, _party_congresses, _numbered_schools, _tagged_names,
                                    _japanese_people_after_titles, _named_stations)


def _extract_many(texts: Sequence[tuple[str, Field]], user: Lexicon, recognizer: Recognizer | None,
                  res: Resources) -> list[list[Entity]]:
    """The entities of each (text, field): the texts are tagged together (``tagger_readings``: one search for
    all), then each is read on its own."""
    views = [view_of(text) if text.strip() else None for text, _field in texts]
    readings = iter(tagger_readings([view.text for view in views if view is not None], res))
    return [_extract(view, field_name, user, recognizer, res, next(readings)) if view is not None else []
            for view, (_text, field_name) in zip(views, texts, strict=True)]


def _extract(view: TextView, field_name: Field, user: Lexicon, recognizer: Recognizer | None,
             res: Resources, reading: TaggerReading) -> list[Entity]:
    kept, nearby = _kept_candidates(view.text, user, recognizer, res, reading)
    place_attrs = _PlaceAttrs(nearby, res)
    kept.reverse()
    out: list[Entity] = []
    while kept:  # each candidate is let go as its entity is made: a dense text's are not all held twice
        out.append(_entity(view, kept.pop(), field_name, place_attrs))
    return out


def _kept_candidates(vt: str, user: Lexicon, recognizer: Recognizer | None, res: Resources,
                     reading: TaggerReading) -> tuple[list[_Cand], frozenset[str]]:
    """The candidates every recogniser finds, resolved: the ones kept, and the codes of the text's places.
    The others are dropped on return, before the entities are built (a dense text has tens of thousands)."""
    cands = [_Cand(a, b, t, "lexicon", 1.0, 7) for a, b, t in user.matches(vt)]
    if recognizer is not None:
        # a model's spans rank below every rule: the rules win on the types they know
        cands += [_Cand(a, b, t, "model", 0.7, 1) for a, b, t in recognizer(vt)
                  if t in ENTITY_TYPES and a < b and _well_formed(vt[a:b])]  # no punctuation at its ends
    places: list[_Cand] = []
    for find in RECOGNISERS:
        found = _tagged_names(vt, res, reading) if find is _tagged_names else find(vt, res)
        cands += found
        if find is _places:
            places = found
    cands = _no_person_named_as_a_city(cands, res)
    cands = _no_anonymised_names(cands, vt)
    cands = _no_body_and_a_verb_before_a_category(cands, vt, res)
    cands = _no_body_after_each(cands, vt, res)
    cands = _no_tagged_designation_unnamed(cands, vt, res)
    cands = _no_tagged_plant(cands, vt, res)
    cands = _no_name_inside_a_term(cands, vt, res)
    cands = _divisions_before_titles(cands, vt, res)
    cands += _stations(cands, vt, res)
    _starts_outside_places(cands)
    _starts_from_tagger(cands, vt, _rules(res), segmenter(res))
    cands = _governments_named_by_places(cands, _rules(res))
    resolved = _resolve(cands, vt, _rules(res).tuples["line_endings"])
    kept = _chains(_tagged_chains(_with_sub_bodies(_confirmed(resolved, cands, vt, res), vt, res), vt, res), vt, res)
    kept = with_people_named_again(with_defined_short_forms(kept, vt, res), vt, res)
    # the codes of the text's places, gathered once (once per place made long texts of places quadratic)
    # and the codes of a chain's parts (南投县|鱼池乡 names the county a township's chain needs)
    nearby = frozenset(code for c in places for part in (c, *c.parts) if part.rule in _FULL_DIVISIONS
                       for code in part.attrs.get("codes", ()))
    return kept, nearby


def _no_body_after_each(cands: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """A body named by a kind's ending (found by the ending, or read by the tagger and ending so) right after
    各, 每家, 全市 … (``each_words``), or opened by one, is every body of that kind (各政策局, 各地方政府, 每家商业银行,
    全市公安局; 全|市人民医院 too, where the tagger starts inside the word), no name: dropped,
    unless a place or a proper noun names it (各|杭州银行网点, 各|浙江大学附属医院: every branch of one body). A
    name a lexicon knows stays (会见各|联合国机构代表), and so does a name the tagger read with no such ending
    (致函各|独联体国家元首)."""
    rules = _rules(res)
    return [c for c in cands if not (c.type in _BODY_TYPES and after_each_word(vt, c.a, rules)
                                     and (c.rule.startswith("suffix")
                                          or (c.rule in _GUESSES and vt.endswith(rules.endings, c.a, c.b)))
                                     and not _named_by_a_proper_noun(vt, c, res))]


def _named_by_a_proper_noun(vt: str, c: _Cand, res: Resources) -> bool:
    """Whether a word of a place, a person or a body's name (jieba's ns, nr, nt) stands in ``c``."""
    return any(t.flag.startswith(_ISSUER_FLAGS) for t in segmenter(res).pos_tokens(vt[c.a:c.b]))


#: the types of bodies and of the places and programmes they run, which 各 makes a kind
_BODY_TYPES = frozenset({"ORG", "LAB", "PLATFORM"})


#: the rules of the gazetteer's places named in full (a short name is no evidence of which division it is)
_FULL_DIVISIONS = frozenset({"gazetteer", "gazetteer chain"})
#: how far after a body's name its department's name may end (数据资源司, 宏观经济研究部, 慈善事业促进和社会工作司)
_SUB_BODY_REACH = 14
_SUB_BODY_BREAK = regex.compile(r"[^\p{Han}]")
#: an ordinal that may number a department (第一分院, 第二法庭)
_ORDINAL_WORD = regex.compile(r"第[一二三四五六七八九十]{1,3}")
#: a bare numeral that numbers a department of one character after the department's own words (装备工业|一|司;
#: not 北京大学|一|研究中心, where 一 is "a")
_BARE_NUMERAL = regex.compile(r"[一二三四五六七八九十]{1,2}")


def _with_sub_bodies(kept: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """A body's name followed by one of its departments or its legal form (工业和信息化部 + 办公厅, 国家数据局 +
    数据资源司, 某交易所 + 有限公司) is one name, the body its part (``_department_after``); so is a zone's
    name followed by one of its parts (某自由贸易试验区 + 杭州片区: zone_part_endings), and a division's name
    followed by an office named by its remit (臺北市 + 殯葬管理處, 某县 + 动植物防疫所: place_office_endings), an
    organisation holding the place."""
    rules = _rules(res)
    out: list[_Cand] = []
    i = 0
    while i < len(kept):
        c = kept[i]
        endings = _endings_after(c, vt, rules)
        found = _department_after(c, vt, res, rules, endings, _places_after(kept, i)) if endings else None
        if found is not None and found[1] in rules.tuples["channel_endings"] \
                and any(k in vt[c.b:found[0]] for k in rules.tuples["channel_kinds"]):
            found = None  # 某电视台|旗下所有|频道: a kind of its channels, no channel's name
        j = i + 1
        while found is not None and j < len(kept) and kept[j].a < found[0]:
            j += 1
        if found is None or kept[j - 1].b > found[0]:  # none, or a name crosses the department's end
            out.append(_zone_office(c, kept, i + 1, vt, res, rules) if _run_by_an_office(c) else c)
            i += 1
            continue
        end, ending = found
        if c.type == "PLACE" and end - len(ending) == c.b:
            out.append(c)  # 某市|处: a division's office is named by its remit too (某市殯葬管理處)
            i += 1
            continue
        parts = [c, *(k for k in kept[i + 1:j] if k.type in _PART_TYPES)]
        type_ = c.type if c.type == "PLATFORM" else _lab_or_org(vt[c.b:end - len(ending)], ending, rules)
        joined = _Cand(c.a, end, type_, "sub-body " + ending, c.confidence, c.rank, parts=parts)
        out.append(_zone_office(joined, kept, j, vt, res, rules) if type_ == "PLATFORM" else joined)
        i = j
    return out


def _endings_after(c: _Cand, vt: str, rules: _Rules) -> tuple[str, ...] | None:
    """The endings of the parts that may be named right after ``c``: a body's departments (and a broadcaster's
    channels: 某电视台都市频道), a zone's parts, a division's offices named by their remit."""
    if c.type == "ORG":
        broadcaster = vt.endswith(rules.tuples["broadcaster_endings"], c.a, c.b)
        return rules.department_endings + rules.tuples["channel_endings"] if broadcaster else rules.department_endings
    if c.type == "PLATFORM":
        return rules.tuples["zone_part_endings"]
    return rules.tuples["place_office_endings"] if c.type == "PLACE" and c.rule in _FULL_DIVISIONS else None


def _run_by_an_office(c: _Cand) -> bool:
    """Whether an office may be named after ``c``: a zone or a park, or a site found by its ending (某某风景区
    + 管理处); not a division, whose offices are its government's departments."""
    return c.type == "PLATFORM" or (c.type == "PLACE" and c.rule.startswith("suffix"))


def _places_after(kept: list[_Cand], i: int) -> list[tuple[int, int]]:
    """The spans of the places kept right after ``kept[i]`` within a department's reach: a regional office
    is named by its body, its region and its kind (某部调查局 + 某市 + 调查处, 某总局 + 某省 + 税务局)."""
    reach = kept[i].b + _SUB_BODY_REACH
    return [(k.a, k.b) for k in kept[i + 1:i + 4] if k.type == "PLACE" and k.a < reach]


def _zone_office(zone: _Cand, kept: list[_Cand], j: int, vt: str, res: Resources, rules: _Rules) -> _Cand:
    """A zone or a zone's part followed by an office that runs it (某自由贸易试验区某某片区 + 管委会, 某合作区 +
    经济发展局) is that office, an organisation holding the zone, when no kept name lies between; so is a
    site's (某某国家风景区 + 管理处)."""
    reach = vt[zone.b:zone.b + _SUB_BODY_REACH]
    if not any(office in reach for office in rules.tuples["zone_offices"]):
        return zone  # most zones: no office named after them, nothing to segment
    found = _department_after(zone, vt, res, rules, rules.tuples["zone_offices"])
    if found is None or (j < len(kept) and kept[j].a < found[0]):
        return zone
    return _Cand(zone.a, found[0], "ORG", "sub-body " + found[1], zone.confidence, zone.rank, parts=[zone])


def _department_after(c: _Cand, vt: str, res: Resources, rules: _Rules, endings: tuple[str, ...],
                      places: Sequence[tuple[int, int]] = ()) -> tuple[int, str] | None:
    """(end, ending) of a department named right after the body ``c``, if one is: nouns, set phrases, words of
    its remit (``remit_words``: 调查统计司, 执法一司) and ordinals (高等教育司, 第一分院, 装备工业一司: a bare numeral
    only after the department's own words and before a one-character ending; a conjunction may join two of them,
    not open them: 教育部与财政部办公厅 is two bodies), then an ending that closes a word
    (``_closes_a_department``) with no title after it (司长). No other verb (相关司局, 批准设立; one of two
    characters only before a ministry's department ending, ``verb_named_department_endings``: 会计司), word of acting
    together (会同), stop word, person, title or other body's name (not a remit's or a common noun's word with
    the ending: 建设司, 国防委员会) lies between; the words of a place in ``places`` may (某部调查局 + 某市 +
    调查处)."""
    hi = min(len(vt), c.b + _SUB_BODY_REACH)
    stop = _SUB_BODY_BREAK.search(vt, c.b, hi)
    hi = stop.start() if stop else hi
    if hi <= c.b:
        return None
    seg = segmenter(res)
    words = seg.pos_tokens(vt[c.b:min(len(vt), hi + 2)], c.b)
    verbs = False  # a verb of two characters read on the way: only a ministry's department may hold one
    for k, t in enumerate(words):
        if t.end > hi:
            return None
        numbered = k > 0 and _BARE_NUMERAL.fullmatch(t.word) is not None and k + 1 < len(words) \
            and words[k + 1].word in endings and len(words[k + 1].word) == 1
        ending = next((e for e in endings if t.word.endswith(e)), None) \
            if t.word.endswith(endings) else None  # most words end with none: one C call
        head = _ending_before_a_title(t.word, endings, rules) if ending is None else None
        if head is not None:  # 福利|组组长: jieba joins the department's ending to its head's title
            return None if verbs else (t.start + len(head), head)  # 召集|司局长: a verb, then the heads
        if ending is not None and _closes_a_department(t, ending, seg) \
                and (t.word == ending or ending not in rules.sets["own_word_department_endings"]) \
                and not opens_a_phrase(vt, c.a, t.end, rules, seg):  # 市委|中心工作
            titled = vt.startswith("长", t.end) or (t.flag == "nt" and t.word != ending
                                                    and not _a_remits_words(t.word[:-len(ending)], rules, seg))
            named = (not verbs or ending in rules.sets["verb_named_department_endings"]) \
                and not vt.startswith("局", t.end)  # 召集|司|局长: 司局 are a ministry's departments, no one's name
            return None if titled or t.word in rules.generic or not named else (t.end, ending)
        if t.word in rules.sets["name_conjunctions"]:
            if t.start == c.b:
                return None
        elif any(a <= t.start and t.end <= b for a, b in places):
            continue  # a word of a place the department is named by (新北市: 新 is an adjective)
        elif t.word in rules.sets["joint_action_words"]:
            if not _names_a_joint_team(words[k + 1:], endings, rules):
                return None  # 某局|协同|某市某委员会: a second body, named after the first acts with it
        elif t.word in rules.sets["remit_words"]:
            continue  # 调查统计司, 执法一司: the department's remit, not the body's predicate
        elif t.flag == "v" and len(t.word) >= 2 and t.word not in rules.stops and t.word not in rules.generic \
                and t.word not in rules.sets["predicate_verbs"]:
            verbs = True  # 会计|司, 支付|结算|司: judged at the ending
        elif t.word in rules.stops or (t.word in rules.generic and t.flag.startswith("v")) \
                or not (t.flag.startswith(("n", "j", "vn", "l", "b")) or _ORDINAL_WORD.fullmatch(t.word) or numbered) \
                or t.flag.startswith("nr") or (t.flag.startswith("nt") and t.word.endswith(rules.org_endings)) \
                or t.word in rules.titles_after:
            return None  # (jieba's nt with no body's ending, 太空科学, is a field: 太空科学与工程学系)
    return None


def _ending_before_a_title(word: str, endings: tuple[str, ...], rules: _Rules) -> str | None:
    """The department's ending that opens ``word`` when the rest of it is the title of its head (组|组长,
    处|处长), jieba having read them as one word; else None."""
    if not word.startswith(endings):
        return None  # most words open with none: one C call
    for ending in endings:
        rest = word[len(ending):]
        if word.startswith(ending) and rest and (rest in (ending + "长", "副" + ending + "长")
                                                 or rest in rules.closing_titles):
            return ending
    return None


def _a_remits_words(head: str, rules: _Rules, seg: Segmenter) -> bool:
    """Whether ``head``, the words jieba joins to a department's ending as one body's word (建设|司, 国防|委员会),
    says what the department does: a remit's word or a common noun, not the start of another body's name
    (中国科学|院: no word of its own)."""
    return head in rules.sets["remit_words"] or (seg.tags.get(head, "") in ("n", "vn") and head not in rules.generic)


def _names_a_joint_team(rest: list[Token], endings: tuple[str, ...], rules: _Rules) -> bool:
    """Whether the words after a word of acting together name a team the body formed (联合|调查组, 联合|督导组):
    words of a remit or common nouns, then a word with a team's ending (``joint_team_endings``); a place, a
    name or another body's ending there is a second body (联合|市|公安局, 协同|税务局)."""
    for t in rest:
        if t.word.endswith(endings):
            return t.word.endswith(rules.tuples["joint_team_endings"])
        if t.word.endswith(rules.org_endings) \
                or (len(t.word) >= 3 and t.word.endswith(rules.tuples["title_owner_endings"])):
            return False  # 联合|公安部|督查组: a second body, then its team
        if t.word not in rules.sets["remit_words"] and not (t.flag in ("n", "vn") and len(t.word) >= 2):
            return False
    return False


def _closes_a_department(t: Token, ending: str, seg: Segmenter) -> bool:
    """Whether the word ``t`` closes a department's name with ``ending``: the ending is the word, a noun ends
    with a two-character ending (发展研究部), or a rare word ends with a one-character one (发展署) that does
    not close a verb there (立案查处, 依法惩处)."""
    if t.word == ending:
        return True
    if len(ending) >= 2:
        return t.flag.startswith(("n", "l"))
    return (seg.freq.get(t.word) or 0) < _COMMON_WORD and not t.flag.startswith("v") \
        and not seg.tags.get(t.word[-2:], "").startswith("v")  # 立案查处: 查处 is a verb, no 处 (office)


def _confirmed(kept: list[_Cand], cands: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """A county's short name (大关, 新建, 阿里) is also a common word: with the tagger on, it stays only
    where the tagger read a place there too, or where it names a division of Taiwan or Hong Kong that jieba's
    dictionary lacks, no common word then (油尖旺, 观塘, 高雄: ``words_beyond_jieba``; not 离岛, which jieba has),
    or a city of theirs or a county of Taiwan (台中, 南投, 花莲: the short name was found where the text's words
    start and end, 在|台|中, not in 一台|中型)."""
    if not res.use_tagger:
        return kept
    tagged = {(c.a, c.b) for c in cands if c.rule == "tagger" and c.type == "PLACE"}
    learned = segmenter(res).learned_places
    return [k for k in kept if k.rule != "gazetteer short name" or (k.a, k.b) in tagged or vt[k.a:k.b] in learned
            or names_a_city_beyond_the_mainland(k.attrs.get("codes", ()), res)]


def _tagged_chains(kept: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """A place the tagger read that opens with a known place and ends as a division does (常熟市 + 梅李镇,
    山东 + 单县, 美国 + 加州; not 香港|特区, a kind of area: ``_names_a_division``) is a chain of the two, as the
    gazetteer's chains are: the rest a place of its own. One that opens with no known place is parted where
    one division's ending meets the next division's name (``_division_split``: 某某乡|某某村)."""
    rules = _rules(res)
    endings = rules.all_division_endings
    seg = segmenter(res)
    out: list[_Cand] = []
    for c in kept:
        tiling = _known_places_tiling(c) if c.rule == "tagger" and c.type == "PLACE" and len(c.parts) >= 2 else None
        if tiling is not None:
            out.append(_Cand(c.a, c.b, "PLACE", "place chain", c.confidence, c.rank, parts=tiling))
            continue
        head = c.parts[0] if c.rule == "tagger" and c.type == "PLACE" and len(c.parts) == 1 else None
        if head is None or head.type != "PLACE" or head.rule in _GUESSES or head.a != c.a or c.b - head.b < 2 \
                or not vt.endswith(endings, head.b, c.b) or not _names_a_division(vt[head.b:c.b], rules, seg):
            split = _division_split(vt, c, rules) if c.rule == "tagger" and c.type == "PLACE" and not c.parts else None
            if split is None:
                out.append(c)
                continue
            head = _Cand(c.a, split, "PLACE", "tagger", c.confidence, c.rank)
        tail = _Cand(_after_a_position(vt, head.b, c.b, seg), c.b, "PLACE", "tagger", c.confidence, c.rank)
        out.append(_Cand(c.a, c.b, "PLACE", "place chain", c.confidence, c.rank, parts=[head, tail]))
    return out


def _known_places_tiling(c: _Cand) -> list[_Cand] | None:
    """The places a rule found that fill the tagger's place ``c`` end to end, two or more (黄南藏族自治州 +
    泽库县: the gazetteer knows both, the tagger read them as one), or None. A county's short name is no
    evidence (偃师|商城 is a site, 商城 also a county's short name)."""
    by_start = {p.a: p for p in sorted(c.parts, key=lambda p: p.b - p.a)  # the longest part at each start wins
                if p.type == "PLACE" and p.rule not in _GUESSES and p.rule != "gazetteer short name"}
    tiling, at = [], c.a
    while at < c.b and at in by_start:
        tiling.append(by_start[at])
        at = by_start[at].b
    return tiling if at == c.b and len(tiling) >= 2 else None


def _after_a_position(vt: str, a: int, b: int, seg: Segmenter) -> int:
    """Where the division named in ``vt[a:b]`` starts: after a word of position that opens it (罗马尼亚|东南部|
    某某县), where a name of two or more characters is left (西部省 is a province's name)."""
    first = seg.pos_tokens(vt[a:b], a)[0]
    return first.end if first.flag == "f" and b - first.end >= 3 else a


def _names_a_division(name: str, rules: _Rules, seg: Segmenter) -> bool:
    """Whether ``name``, ending as a division does, names one: not a kind of area (特区, 新区, 市区, 辖区: a
    common word of jieba's dictionary that is no place name, or a generic word).

    >>> from zhnews.resources import Resources
    >>> rules, seg = _rules(Resources()), segmenter(Resources())
    >>> _names_a_division("泽库县", rules, seg), _names_a_division("特区", rules, seg)
    (True, False)
    """
    tag = seg.tags.get(name)
    return name not in rules.generic and ((seg.freq.get(name) or 0) < _COMMON_WORD or (tag or "").startswith("ns"))


def _division_split(vt: str, c: _Cand, rules: _Rules) -> int | None:
    """Where a place the tagger read whole parts into two divisions, each named with its ending: a prefecture
    or a county then a county or a town (黄南藏族自治州|泽库县, 某某县|某某镇), a town, a township or a
    subdistrict then a village (某某乡|某某村, 某某街道|某某村). Each part holds at least two characters before
    its ending (东乡族自治县 and 景德镇市 are one name), so 市中区 or 平乡县 are never parted."""
    upper, both = rules.sets["division_endings"], rules.all_division_endings
    for i in range(c.a + 3, c.b - 2):
        head = next((e for e in both if vt.endswith(e, c.a, i)), None)
        if head is None or i - len(head) - c.a < 2:
            continue
        tail_endings = both if head in upper else rules.tuples["village_endings"]
        ending = next((e for e in tail_endings if vt.endswith(e, i, c.b)), None)
        if ending is not None and c.b - len(ending) - i >= 2:
            return i
    return None


def _chains(kept: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """Places written one after another with nothing between (美国加州, 日本熊本) are one place, its
    parts the places named, as a chain of divisions is (杭州市余杭区); a line or a station stays a name of its own,
    and two countries stay two places (美国|加拿大: no country lies in another)."""
    out: list[_Cand] = []
    countries = _countries(res)
    for c in kept:
        prev = out[-1] if out else None
        if prev is not None and prev.type == c.type == "PLACE" and prev.b == c.a \
                and "station" not in (prev.rule, c.rule) and not prev.rule.startswith("suffix") \
                and not _two_countries(prev, c, vt, countries):
            # not after a line and a station (某地铁10号线|某区某某站), nor after a site or a landform found by its
            # ending (某某国家公园|某省片区: the park's part in the province)
            parts = [*(prev.parts if prev.rule == "place chain" else [prev]), c]
            codes = c.attrs.get("codes", [])
            if codes and prev.attrs.get("codes"):  # 南通市通州区|金沙镇: a town the gazetteer files elsewhere
                codes = [code for code in codes if _is_child(prev.attrs["codes"], code, res)]
            out[-1] = _Cand(prev.a, c.b, "PLACE", "place chain", min(prev.confidence, c.confidence), prev.rank,
                            parts=parts, attrs={"codes": codes} if codes else {})
            continue
        out.append(c)
    return out


def _two_countries(prev: _Cand, c: _Cand, vt: str, countries: frozenset[str]) -> bool:
    """Whether the last place of ``prev`` and the first of ``c`` are both countries."""
    last = prev.parts[-1] if prev.rule == "place chain" and prev.parts else prev
    first = c.parts[0] if c.rule == "place chain" and c.parts else c
    return vt[last.a:last.b] in countries and vt[first.a:first.b] in countries


def _credit_entities(article: Article) -> list[Entity]:
    text = article.credits_text
    out: list[Entity] = []
    pos = 0
    for credit in article.credits:
        at = text.find(credit.name, pos)
        if at < 0:
            continue
        pos = at + len(credit.name)
        out.append(Entity(text=credit.name, start=at, end=pos, type="PERSON", canonical=canonical_key(credit.name),
                          field="credits", rule=f"credit {credit.role}", confidence=0.95,
                          attrs=Attrs({"role": credit.role, "kind": credit.kind})))
    if article.source:
        at = text.find(article.source)
        if at >= 0:
            out.append(Entity(text=article.source, start=at, end=at + len(article.source), type="ORG",
                              canonical=canonical_key(article.source), field="credits", rule="source", confidence=0.9))
    return sorted(out, key=lambda e: e.start)


def _wanted_types(types: Iterable[str] | None) -> frozenset[str] | None:
    """The entity types to keep (None: all); anything but a collection of ENTITY_TYPES is an InputError."""
    if types is None:
        return None
    listed = list(types) if isinstance(types, Iterable) and not isinstance(types, str) else [types]
    unknown = [t for t in listed if t not in ENTITY_TYPES]
    if unknown:
        raise InputError(f"unknown entity types {unknown!r}; pass a list of {', '.join(ENTITY_TYPES)}")
    return frozenset(listed)


#: what ``lexicon`` may be: a :class:`Lexicon`, a TSV path or (name, type) records
LexiconSource = Lexicon | str | Path | Iterable[tuple[str, str]] | None


def extract_entities(source: Article | str, *, lexicon: LexiconSource = None,
                     types: Iterable[str] | None = None, recognizer: Recognizer | None = None,
                     resources: Resources | None = None) -> list[Entity]:
    """Entities of an article (title, body and credits; ``field`` says which, offsets index that text:
    ``article.title``, ``article.body`` or ``article.credits_text``) or of any text (``field="text"``).

    ``lexicon`` adds names (a :class:`Lexicon`, a TSV path or (name, type) records); ``types`` keeps only
    those types; ``recognizer`` is an optional model (e.g. :class:`zhnews.backends.hanlp.HanLPRecognizer`)
    called on the simplified view, whose spans are merged below the rules'.
    """
    return _entities_of_sources([source], lexicon, types, recognizer, resources)[0]


def extract_entities_many(sources: Iterable[Article | str], *,
                          lexicon: LexiconSource = None,
                          types: Iterable[str] | None = None, recognizer: Recognizer | None = None,
                          resources: Resources | None = None) -> list[list[Entity]]:
    """:func:`extract_entities` of each source, in order: the same entities, found faster for many short texts
    (their pieces share one search of the tagger). Sources are read together, so pass batches (a few dozen
    pages), not a whole corpus at once.

    >>> texts = ["国务院总理李强在北京会见马克龙。", "之江实验室发布新成果"]
    >>> for found in extract_entities_many(texts):
    ...     print(" ".join(e.text for e in found))
    国务院 李强 北京 马克龙
    之江实验室
    """
    return _entities_of_sources(list(sources), lexicon, types, recognizer, resources)


def _entities_of_sources(sources: list[Article | str], lexicon: LexiconSource, types: Iterable[str] | None,
                         recognizer: Recognizer | None, resources: Resources | None) -> list[list[Entity]]:
    wanted = _wanted_types(types)
    lex = load_lexicon(lexicon)
    res = resources or default_resources()
    texts: list[tuple[str, Field]] = []
    for source in sources:
        if isinstance(source, Article):
            texts += [(source.title, "title"), (source.body, "body")]
        elif isinstance(source, str):
            texts.append((source, "text"))
        else:
            raise InputError(f"extract_entities takes an Article or str, not {type(source).__name__}")
    found = iter(_extract_many(texts, lex, recognizer, res))
    out = [next(found) + next(found) + _credit_entities(source) if isinstance(source, Article) else next(found)
           for source in sources]
    return out if wanted is None else [[e for e in entities if e.type in wanted] for entities in out]
