"""Names a text uses again: short forms it defines in brackets right after a name (行政院公共工程委員會（工程會）,
国际标准化组织（ISO）, 某某工程（简称“某某工程”）): each is a second entity of the name's type, and so is each later
use of it in the text (工程會 again), as news writes a long name once and its short form after; and a person's
name, or a part of a foreign one, that stands again as a word where nothing else was read (劳伦斯·某某 …
劳伦斯 again), as an article names a person in full once and then again and again."""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..resources import Resources
from ._entity_data import _COMMON_WORD, _HAN, _USE_REACH, _builtin, _Cand, _gazetteer, _Rules, _rules
from ._entity_endings import _KnownNames
from ._entity_places import _is_word
from ._entity_tagged import _NAME_DOTS
from ._words import Segmenter, segmenter

#: a bracketed short form right after a name: an optional word saying so (简称, 下称), optional quotes, then a
#: run of two to eight Chinese characters or a Latin name
_ALIAS = regex.compile(r"[（(](?:以下简称|简称|下称|以下称)?[“「\"']?"
                       r"(?P<alias>\p{Han}{2,8}|(?=\p{Latin})\p{Lu}[\p{Latin}0-9&.\-]{1,15}"
                       r"(?: (?=\p{Latin})\p{Lu}[\p{Latin}0-9&.\-]*){0,3})"
                       r"[”」\"']?[）)]")
#: a person's name in Latin letters: two to four words, each a capital and small letters (Santiago Peña, not
#: Harvard, MIT, Tesla CEO: a body or a title in brackets after a person)
_PERSONS_LATIN_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}")
#: the types a short form may take (a place's other name in brackets is a place of its own, found as one); a
#: person's name in Latin letters after the Chinese one (某某（Bernardo Arévalo）) is the person too
_ALIAS_TYPES = frozenset({"ORG", "LAB", "PLATFORM", "PROGRAMME", "POLICY", "EVENT", "AWARD", "PERSON"})


def with_defined_short_forms(kept: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """``kept`` (sorted by start) with the short forms defined in brackets after its names and their later
    uses, each where no kept name lies but places and bodies inside it, which it replaces (``_names_inside``). A
    Chinese short form is the name's when its characters stand in the name in order (工程會 in
    行政院公共工程委員會) or it ends as the name does (广交会 for 中国进出口商品交易会), and it names no kind
    (（以下简称“公司”）, （本院）, （市政府）: ``_a_kinds_word``); a bracket of other words (某公司（上市）) defines
    none. Each short form's uses are sought once, within ``_USE_REACH`` of where it is defined, and the owner of
    each character (``_owners``) tells where a name lies: linear in the text.

    >>> vt = "行政院公共工程委员会（工程会）今日公布，工程会表示。"
    >>> [vt[c.a:c.b] for c in with_defined_short_forms([_Cand(0, 10, "ORG", "suffix", 0.85, 3)], vt, Resources())]
    ['行政院公共工程委员会', '工程会', '工程会']
    """
    if "（" not in vt and "(" not in vt:
        return kept
    kept = [_without_its_short_form(c, vt) for c in kept]
    rules = _rules(res)
    owners: list[int] | None = None  # built at the first short form: most texts define none
    dropped: set[int] = set()  # kept names a short form's use replaced
    sought: dict[str, int] = {}  # short form -> how far its uses have been sought
    added: list[_Cand] = []
    for c in kept:
        m = _ALIAS.match(vt, c.b) if c.type in _ALIAS_TYPES else None
        if m is None or m.start("alias") < sought.get(m.group("alias"), -1):
            continue
        alias = m.group("alias")
        if not _abbreviates(alias, vt[c.a:c.b]) or _a_kinds_word(alias, rules) \
                or (c.type == "PERSON" and not _PERSONS_LATIN_NAME.fullmatch(alias)):
            continue
        if owners is None:
            owners = _owners(kept, len(vt))
        sought[alias] = m.start("alias") + _USE_REACH
        for at in _uses(vt, alias, m.start("alias"), res):
            inside = _names_inside(kept, owners, at, at + len(alias))
            if inside is not None:
                dropped.update(inside)
                added.append(_Cand(at, at + len(alias), c.type, "short form", c.confidence, c.rank))
                owners[at:at + len(alias)] = [len(kept)] * len(alias)  # the use's own: no later use lies there
    if not added:
        return kept
    return sorted([*(k for i, k in enumerate(kept) if i not in dropped), *added], key=lambda c: c.a)


def _owners(kept: list[_Cand], n: int) -> list[int]:
    """For each character of the text, the index in ``kept`` of the name that holds it; -1 where none does."""
    owners = [-1] * n
    for i, k in enumerate(kept):
        owners[k.a:k.b] = [i] * (k.b - k.a)
    return owners


def _names_inside(kept: list[_Cand], owners: list[int], a: int, b: int) -> set[int] | None:
    """The kept names a use of a short form at ``a``..``b`` would replace: none where no name lies there, the
    places and bodies lying wholly inside it, shorter, that its first characters or its words read alone
    (某某股份有限公司（中国|通号）: 中国; （宝钢|包装）: 宝钢); None where another name lies there (the use is that
    name's)."""
    held = {i for i in owners[a:b] if i >= 0}
    if any(i >= len(kept) or kept[i].a < a or kept[i].b > b or kept[i].b - kept[i].a >= b - a
           or kept[i].type not in _READ_INSIDE_A_SHORT_FORM for i in held):
        return None
    return held


#: the types of the names a short form's use replaces where they lie inside it (a place or a body it opens with)
_READ_INSIDE_A_SHORT_FORM = frozenset({"PLACE", "ORG"})


def with_people_named_again(kept: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """``kept`` (sorted by start) with the other places where a person it holds is named again, each where no
    kept name lies: the whole name (two to four Chinese characters, no common word of another kind: 高峰 is a
    peak first) and each part of two characters or more of a foreign name its dots join (劳伦斯·某某 gives 劳伦斯),
    where it is a word of its own (not 王明 in 王明亮) and stands in no book's title (《某某传》). Each name is
    sought once, within ``_USE_REACH`` around where it was found, and a mask of the characters taken tells where a
    name lies: linear in the text. The tagger's place or organisation that is exactly such a name is the person.

    >>> vt = "副市长王明远介绍，王明远还表示，《王明远传》出版。"
    >>> [vt[c.a:c.b] for c in with_people_named_again([_Cand(3, 6, "PERSON", "tagger", 0.8, 2)], vt, Resources())]
    ['王明远', '王明远']
    """
    people = [c for c in kept if c.type == "PERSON"]
    if not people:
        return kept
    seg = segmenter(res)
    places = _known_places(res)
    taken = bytearray(len(vt))
    for k in kept:
        taken[k.a:k.b] = b"\x01" * (k.b - k.a)
    sought: set[str] = set()
    added: list[_Cand] = []
    for c in people:
        for name in _names_of(vt[c.a:c.b], seg, declared=c.rule == "pseudonym"):
            if name in sought or places(name):
                continue  # 武威, 金山: a person named by a place the lexicons know is not spread over the place
            sought.add(name)
            for at in _words_named(vt, name, max(0, c.a - _USE_REACH), c.b + _USE_REACH, seg, taken):
                added.append(_Cand(at, at + len(name), "PERSON", "named again", c.confidence, c.rank))
                taken[at:at + len(name)] = b"\x01" * len(name)
    kept = [_as_the_person(c, vt, sought) for c in kept]  # sought holds no place's name
    if not added:
        return kept
    return sorted([*kept, *added], key=lambda c: c.a)


def _known_places(res: Resources) -> Callable[[str], bool]:
    """Whether a name is a place the built-in lexicons or the gazetteer know by it."""
    known = _KnownNames(_builtin(res).entries, _gazetteer(res))
    return lambda name: known.get(name) == "PLACE"


def _as_the_person(c: _Cand, vt: str, names: set[str]) -> _Cand:
    """The tagger's place or organisation that is exactly a name the text gives a person elsewhere is that person
    (劳伦斯·某某 … 在|劳伦斯|成年之前, read as a place there)."""
    if c.rule != "tagger" or c.type == "PERSON" or vt[c.a:c.b] not in names:
        return c
    return _Cand(c.a, c.b, "PERSON", "named again", c.confidence, c.rank)


def _names_of(person: str, seg: Segmenter, *, declared: bool = False) -> list[str]:
    """The names a person found as ``person`` may be named again by: the whole name, when it is two to four
    Chinese characters and no common word of another kind (高峰, 周末) unless the text ``declared`` it a name and it
    is a noun (小花（化名）; not 平安（化名）, an adjective), and the parts of two Chinese characters or more of a name
    its dots join (劳伦斯·某某)."""
    if _DOTTED_NAME.fullmatch(person):
        return [p for p in _DOT.split(person) if len(p) >= 2]
    if not _CHINESE_NAME.fullmatch(person) or person.endswith("姓"):
        return []
    tag = seg.tags.get(person, "")
    common = (seg.freq.get(person) or 0) >= _COMMON_WORD and not tag.startswith("nr")
    return [] if common and not (declared and tag.startswith("n")) else [person]


def _words_named(vt: str, name: str, lo: int, hi: int, seg: Segmenter, taken: bytearray) -> list[int]:
    """Where ``name`` stands in ``vt[lo:hi]`` as a word of its own where no name was taken, outside a title in
    《》."""
    out = []
    at = vt.find(name, lo, hi)
    while at >= 0:
        end = at + len(name)
        if not any(taken[at:end]) and vt[end:end + 1] not in _NAME_DOTS and vt[at - 1:at] not in _NAME_DOTS \
                and not _in_a_title(vt, at) and _is_word(vt, at, end, seg):
            out.append(at)
        at = vt.find(name, end, hi)
    return out


def _in_a_title(vt: str, at: int) -> bool:
    """Whether ``at`` stands inside 《…》 (a book's or a work's title), judged from the line before it."""
    opened = vt.rfind("《", max(0, at - _TITLE_REACH), at)
    return opened >= 0 and vt.find("》", opened, at) < 0


#: the dots that join a foreign name's parts; a name whose parts they join; a Chinese name of two to four characters
_DOT = regex.compile(f"[{''.join(sorted(_NAME_DOTS))}]")
_DOTTED_NAME = regex.compile(rf"\p{{Han}}+(?:{_DOT.pattern}\p{{Han}}+)+")
_CHINESE_NAME = regex.compile(r"\p{Han}{2,4}")
#: how far back a title's opening mark is looked for
_TITLE_REACH = 40


def _a_kinds_word(alias: str, rules: _Rules) -> bool:
    """Whether a short form names a kind rather than the body (公司, 本院, 该局, 市政府, 本行): a generic word, an
    ending alone, a demonstrative before an ending, or a level before one."""
    rest = alias[1:]
    return alias in rules.generic or alias in rules.suffixes or alias in rules.sets["government_endings"] \
        or (alias[0] in rules.sets["demonstratives"] and len(alias) <= 3) \
        or (alias[0] in rules.sets["level_prefixes"]
            and (rest in rules.suffixes or rest in rules.generic or rest in rules.sets["government_endings"]))


def _without_its_short_form(c: _Cand, vt: str) -> _Cand:
    """The tagger's name without a bracketed short form it read at its end (中华全国归国华侨联合会（中国侨联）)."""
    if c.rule != "tagger" or c.type not in _ALIAS_TYPES or vt[c.b - 1] not in "）)":
        return c
    opened = max(vt.rfind("（", c.a, c.b), vt.rfind("(", c.a, c.b))
    m = _ALIAS.match(vt, opened) if opened > c.a else None
    if m is None or m.end() != c.b or not _abbreviates(m.group("alias"), vt[c.a:opened]):
        return c
    parts = [p for p in c.parts if p.b <= opened]  # a part read inside the bracket goes with it
    return _Cand(c.a, opened, c.type, c.rule, c.confidence, c.rank, parts=parts, attrs=c.attrs)


def _abbreviates(alias: str, name: str) -> bool:
    """Whether ``alias`` may be the short form of ``name``: a Latin one always; a Chinese one whose characters
    stand in the name in order, or that ends with the name's last character."""
    if not _HAN.match(alias):
        return True
    if alias[-1] == name[-1]:
        return True
    rest = iter(name)
    return all(ch in rest for ch in alias)


def _uses(vt: str, alias: str, defined_at: int, res: Resources) -> list[int]:
    """Where ``alias`` stands in ``vt``: where it is defined, and after that, within ``_USE_REACH``
    characters, where it is a word of its own (工程会 again; not inside 工程会议)."""
    out = [defined_at]
    seg = segmenter(res)
    han = _HAN.match(alias) is not None
    reach = defined_at + _USE_REACH
    at = vt.find(alias, defined_at + len(alias), reach)
    while at >= 0:
        end = at + len(alias)
        if _is_word(vt, at, end, seg) if han else _latin_word(vt, at, end):
            out.append(at)
        at = vt.find(alias, end, reach)
    return out


def _latin_word(vt: str, a: int, b: int) -> bool:
    """Whether no letter or digit runs on from either end of ``vt[a:b]`` (ISO, not ISO9001 or ISOC)."""
    return not (a > 0 and _LATIN_CHAR.match(vt, a - 1)) and not _LATIN_CHAR.match(vt, b)


#: a character a Latin short form does not run on into
_LATIN_CHAR = regex.compile(r"[A-Za-z0-9]")
