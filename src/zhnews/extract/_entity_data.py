"""The entity stage's knowledge, loaded once per :class:`~zhnews.resources.Resources`: the rules files,
the built-in lexicons, the gazetteer, a user's :class:`Lexicon`; the candidate every recogniser makes
(:class:`_Cand`) and the patterns the recognisers share. :mod:`zhnews.extract.entities` holds the flow."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from ..errors import InputError, ResourceError
from ..resources import Resources, read_rules
from ..script import normalise
from ..types import ENTITY_TYPES, Attrs
from . import _rulefiles
from ._keys import KeyMatcher

# patterns two or more recognisers use, compiled once (the regex module's cache lookup costs ~10 µs a call)
_HAN = regex.compile(r"\p{Han}")
_HAN_RUN = regex.compile(r"\p{Han}+")
_LATIN = regex.compile(r"[A-Za-z0-9]{2}")
_NAME_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9）)]")
#: a word at least this frequent in jieba's dictionary is a common word (关系, 部署, 公室 is not), no name's tail
_COMMON_WORD = 100
#: how far a name found once is looked for again (a short form after its definition, a person named again): an
#: article's length (a long text of many articles names them again where it uses them)
_USE_REACH = 5000


_KEY_STRIP = regex.compile(r"[\s“”「」『』\"'‘’《》]")


@lru_cache(maxsize=4096)
def _stripped(name: str) -> str:
    """``name`` without quotes and spaces, remembered: a text names the same few bodies and places again and
    again, and the pattern costs more than the lookup."""
    return _KEY_STRIP.sub("", name)


def canonical_key(text: str) -> str:
    """The key one entity has in both scripts: simplified, variants folded, no quotes or spaces.

    >>> canonical_key("餘杭區"), canonical_key("新產業"), canonical_key("新産業")
    ('余杭区', '新产业', '新产业')
    """
    folded = normalise(text).text  # OpenCC folds variants too: 産 and 產 both become 产
    return _KEY_STRIP.sub("", folded)


# ---------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class _Rules:
    suffixes: dict[str, str]
    suffix_re: re.Pattern[str]              # the endings, longest first (the standard re: 4x faster on literals)
    generic: frozenset[str]
    stops: frozenset[str]
    titles_before: tuple[str, ...]
    titles_after: tuple[str, ...]
    speech: tuple[str, ...]
    reporters: frozenset[str]              # the titles of a credit line's people (记者, 通讯员)
    before_re: regex.Pattern[str]
    after_re: regex.Pattern[str]
    sets: dict[str, frozenset[str]]        # the lists of entity_words.txt, for membership
    tuples: dict[str, tuple[str, ...]]     # the same lists, longest first, for str.endswith / startswith
    place_abbreviations: frozenset[str]    # one-character places (中 in 中美)
    japanese_surnames: frozenset[str]      # Japanese surnames of two or three characters (japanese_surnames.txt)
    research_centres: frozenset[str]       # endings of research centres: labs unless a think tank's (lab_endings.txt)
    lab_endings: tuple[str, ...]           # every ending that makes a lab, longest first
    platform_endings: tuple[str, ...]      # every ending that makes a park or a zone, longest first
    programme_endings: tuple[str, ...]     # every ending that makes a programme
    event_endings: tuple[str, ...]         # every ending that makes an event
    endings: tuple[str, ...]               # every ending, for str.endswith
    org_endings: tuple[str, ...]           # the endings of organisations (ORG in entity_suffixes.tsv)
    org_ending_heads: dict[str, tuple[str, ...]]  # their first one or two characters -> the endings, longest first
    designation_org_endings: tuple[str, ...]  # the designations (entity_words.txt) whose ending is typed ORG
    all_division_endings: tuple[str, ...]  # lower_division_endings then division_endings
    cited_law_re: re.Pattern[str]          # the cited_law_endings, longest first
    predicate_openers: tuple[str, ...]     # predicate_verbs, setting_up_verbs and joint_action_words but 联合
    predicate_verbs_re: re.Pattern[str]    # the predicate_verbs, found with one search
    body_counts: re.Pattern[str]           # the words of the body_counts list, found with one search
    department_endings: tuple[str, ...]    # sub_body_endings and the legal forms (brand_endings), longest first
    closing_titles: frozenset[str]         # titles after a name and titles_inside_names
    closing_title_lengths: tuple[int, ...]  # the lengths they have, longest first
    titles_inside: re.Pattern[str]         # titles_inside_names and the titles before a name, in one search
    ending_lengths: tuple[int, ...]        # the lengths the endings have, longest first
    ending_starts: frozenset[str]          # the characters the endings start with
    longest_stop: int                      # the length of the longest stop word


def _lab_endings(block_name: str) -> list[str]:
    """The endings of one block of ``lab_endings.txt`` (``STRONG``: a research unit wherever they occur;
    ``RESEARCH CENTRE``: one unless a think tank's words open the name)."""
    text = read_rules("extract", "lab_endings.txt")
    block = text.split(f"# == {block_name}\n", 1)[1].split("# == ", 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip() and not line.startswith("#")]


#: the built-in lexicons, matched on the simplified view (sources in each file's header)
_LEXICON_FILES = ("entity_lexicon.tsv", "organisations.tsv", "world_places.tsv", "world_divisions.tsv",
                  "world_regions.tsv")


def _rules(res: Resources) -> _Rules:
    return res.load("entity rules", _build_rules)


def _suffix_types() -> dict[str, str]:
    """ending -> entity type, from ``entity_suffixes.tsv``; a type that types.py does not define is an error."""
    suffixes: dict[str, str] = {}
    for line in _rulefiles.lines("entity_suffixes.tsv"):
        ending, _, type_ = line.partition("\t")
        type_ = type_.split("\t")[0].strip()
        if type_ not in ENTITY_TYPES:
            raise ResourceError(f"rules/entity_suffixes.tsv: {ending!r} has type {type_!r}; use one of "
                                f"{', '.join(ENTITY_TYPES)} (a new type is added to EntityType in zhnews/types.py)")
        suffixes[ending] = type_
    return suffixes


def _closing_titles(lists: dict[str, tuple[str, ...]], titles: dict[str, tuple[str, ...]]) -> set[str]:
    """The titles a body's or a place's name never ends with (某某局长 ends with 局长, no body)."""
    return set(titles["after"] + lists["titles_inside_names"])


def _heads(endings: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each ending's first character and first two characters (where it is longer) -> the endings that
    open so, longest first: where a name cut inside an ending may go on (大 -> 大学, 研究 -> 研究院)."""
    heads: dict[str, list[str]] = {}
    for ending in endings:
        for k in (1, 2):
            if len(ending) > k:
                heads.setdefault(ending[:k], []).append(ending)
    return {h: tuple(sorted(es, key=len, reverse=True)) for h, es in heads.items()}


#: lists of entity_words.txt that hold another's words and more, written there with the more alone: (list, the
#: list it extends)
_LISTS_EXTENDING = (("rule_issuers", "revising_words"), ("trailing_prepositions", "clause_prepositions"))


def _build_rules(_res: Resources) -> _Rules:
    suffixes = _suffix_types()
    research_centres = _lab_endings("RESEARCH CENTRE")
    for ending in _lab_endings("STRONG") + research_centres:
        suffixes.setdefault(ending, "LAB")
    words = lambda name: frozenset(_rulefiles.words(name))  # noqa: E731
    titles = _rulefiles.longest_first("person_titles.txt")
    lists = _rulefiles.longest_first("entity_words.txt")
    for name, base in _LISTS_EXTENDING:  # each word written once: the list it extends holds the rest
        lists[name] = tuple(_rulefiles.by_length(list(dict.fromkeys(lists[base] + lists[name]))))
    for ending in lists["law_endings"]:
        suffixes.setdefault(ending, "POLICY")
    alternation = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    stops = words("entity_stops.txt")
    closing = _closing_titles(lists, titles)
    opening_titles = _rulefiles.by_length(sorted(set(titles["before"] + titles["reporters"])))
    return _Rules(
        suffixes=suffixes, suffix_re=re.compile(alternation), generic=words("entity_generic.txt"),
        stops=stops, titles_before=titles["before"], titles_after=titles["after"],
        speech=titles["speech"], reporters=frozenset(titles["reporters"]),
        before_re=regex.compile(rf"(?:{'|'.join(map(regex.escape, opening_titles))})(?=\p{{Han}}{{2}})"),
        after_re=regex.compile("|".join(map(regex.escape, titles["after"] + titles["speech"]))),
        sets={k: frozenset(v) for k, v in lists.items()}, tuples=lists,
        place_abbreviations=words("place_abbreviations.txt"),
        japanese_surnames=words("japanese_surnames.txt"),
        research_centres=frozenset(research_centres),
        lab_endings=tuple(sorted((e for e, t in suffixes.items() if t == "LAB"), key=len, reverse=True)),
        platform_endings=tuple(sorted((e for e, t in suffixes.items() if t == "PLATFORM"), key=len, reverse=True)),
        programme_endings=tuple(e for e, t in suffixes.items() if t == "PROGRAMME"),
        event_endings=tuple(e for e, t in suffixes.items() if t == "EVENT"),
        endings=tuple(suffixes),
        org_endings=tuple(e for e, t in suffixes.items() if t == "ORG"),
        org_ending_heads=_heads(e for e, t in suffixes.items() if t == "ORG"),
        designation_org_endings=tuple(e for e in lists["designations"] if suffixes.get(e) == "ORG"),
        all_division_endings=lists["lower_division_endings"] + lists["division_endings"],
        predicate_openers=tuple(sorted(set(lists["predicate_verbs"] + lists["setting_up_verbs"]
                                           + tuple(w for w in lists["joint_action_words"] if w != "联合")))),
        predicate_verbs_re=re.compile("|".join(map(re.escape, lists["predicate_verbs"]))),
        cited_law_re=re.compile("|".join(map(re.escape, sorted(lists["cited_law_endings"], key=len, reverse=True)))),
        body_counts=re.compile("|".join(map(re.escape, lists["body_counts"])) or "(?!)"),  # (?!): none listed
        department_endings=tuple(sorted(set(lists["sub_body_endings"] + lists["brand_endings"]), key=len,
                                        reverse=True)),
        closing_titles=frozenset(closing),
        closing_title_lengths=tuple(sorted({len(t) for t in closing}, reverse=True)),
        titles_inside=re.compile("|".join(map(re.escape, sorted(set(lists["titles_inside_names"] + titles["before"]),
                                                                key=len, reverse=True)))),
        ending_lengths=tuple(sorted({len(e) for e in suffixes}, reverse=True)),
        ending_starts=frozenset(e[0] for e in suffixes),
        longest_stop=max(map(len, stops), default=0),
    )


@dataclass(frozen=True, slots=True)
class _Division:
    code: str
    name: str
    level: str
    province: str
    city: str
    short: str = ""


@dataclass(slots=True)
class Lexicon:
    """Names with their types, matched with Aho-Corasick on the simplified view.

    Build one with :func:`load_lexicon` from a TSV file (``name<TAB>TYPE``) or records, once, and pass it
    to every call; it pickles, so it travels to worker processes.
    """

    entries: dict[str, str] = field(default_factory=dict)  # simplified name -> type
    _matcher: Any = field(default=None, repr=False, compare=False)

    def add(self, name: str, type_: str) -> None:
        if type_ not in ENTITY_TYPES:
            raise InputError(f"lexicon entry {name!r} has type {type_!r}; use one of {', '.join(ENTITY_TYPES)}")
        key = canonical_key(name)
        if len(key) >= 2:
            self.entries[key] = type_
            self._matcher = None

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, type) of every entry in ``text`` (a simplified view), by end, then longest first."""
        if not self.entries:
            return []
        if self._matcher is None:
            self._matcher = KeyMatcher(self.entries)
        return self._matcher.find(text)

    def __getstate__(self) -> dict[str, str]:
        return dict(self.entries)

    def __setstate__(self, state: dict[str, str]) -> None:
        self.entries = dict(state)
        self._matcher = None


def load_lexicon(source: str | Path | Iterable[tuple[str, str]] | Lexicon | None) -> Lexicon:
    """A :class:`Lexicon` from a TSV path (``name<TAB>TYPE`` per line, ``#`` comments) or (name, type) records.

    >>> from zhnews import extract_entities
    >>> lex = load_lexicon([("之江实验室", "LAB")])
    >>> tuple((e.text, e.rule) for e in extract_entities("之江實驗室成立", lexicon=lex))
    (('之江實驗室', 'lexicon'),)
    """
    if isinstance(source, Lexicon):
        return source
    lexicon = Lexicon()
    if source is None:
        return lexicon
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, ValueError) as exc:  # ValueError: a path with a NUL character, a file not in UTF-8
            raise ResourceError(f"cannot read lexicon {path}: {getattr(exc, 'strerror', None) or exc}") from exc
        records: Iterable[tuple[str, str]] = (
            tuple(row[:2]) for row in csv.reader((ln for ln in lines if ln.strip() and not ln.startswith("#")),
                                                 delimiter="\t") if len(row) >= 2  # type: ignore[misc]
        )
    elif isinstance(source, Iterable):
        records = source
    else:
        raise InputError(f"load_lexicon takes a TSV path or (name, type) records, not {type(source).__name__}")
    for record in records:
        if not (isinstance(record, (tuple, list)) and len(record) == 2 and all(isinstance(x, str) for x in record)):
            raise InputError(f"lexicon record {record!r} is not a (name, type) pair of str, e.g. ('之江实验室', 'LAB')")
        lexicon.add(record[0].strip(), record[1].strip())
    return lexicon


def _builtin(res: Resources) -> Lexicon:
    return res.load("entity lexicon", _build_builtin)


def _countries(res: Resources) -> frozenset[str]:
    return res.load("countries", _build_countries)


def _build_countries(res: Resources) -> frozenset[str]:
    """Every name of world_places.tsv (its blocks open with ``# <ISO code> <English name>``) but those of the
    entries that belong to a country (``parts_of_countries``: Hong Kong, Greenland, Guam): the names of
    countries, no one of which lies in another (美国|加拿大 is two places).

    >>> from zhnews.resources import Resources
    >>> names = _build_countries(Resources())
    >>> "加拿大" in names, "法國" in names, "香港" in names, "格陵兰" in names
    (True, True, False, False)
    """
    parts = _rules(res).sets["parts_of_countries"]
    names: set[str] = set()
    code = ""
    for line in read_rules("extract", "world_places.tsv").splitlines():
        if regex.match(r"# [A-Z]{2} ", line):
            code = line[2:4]
        elif line.strip() and not line.startswith("#") and code not in parts:
            names.add(line.split("\t")[0])
    return frozenset(names)


def _build_builtin(_res: Resources) -> Lexicon:
    return load_lexicon([tuple(line.split("\t")[:2]) for name in _LEXICON_FILES  # type: ignore[misc]
                         for line in _rulefiles.lines(name)])


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    by_code: dict[str, _Division]
    # full and short names -> division codes; tuples, which the garbage collector stops tracking, so that the
    # attrs dict of each place found in a text ({"codes": codes}) is not tracked either
    names: KeyMatcher[tuple[str, ...]]
    full_names: frozenset[str]  # the divisions' full names: a key found is one when it is in here
    # the names only townships have (光复乡, 新城乡): no match the tagger reads, and a word of their own in a text
    townships_only: frozenset[str]


def _gazetteer(res: Resources) -> _Gazetteer:
    return res.load("gazetteer", _build_gazetteer)


def _build_gazetteer(_res: Resources) -> _Gazetteer:
    text = resources.files("zhnews.extract").joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    by_code: dict[str, _Division] = {}
    names: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, short, level, province, city = (line.split("\t") + [""] * 6)[:6]
        by_code[code] = _Division(code, name, level, province, city, short)
        for key in {name, short} - {""}:
            names.setdefault(key, []).append(code)
    return _Gazetteer(by_code=by_code, names=KeyMatcher({key: tuple(codes) for key, codes in names.items()}),
                      full_names=frozenset(d.name for d in by_code.values()),
                      townships_only=frozenset(key for key, codes in names.items()
                                               if all(by_code[c].level == TOWNSHIP for c in codes)))


#: the gazetteer's level of Taiwan's townships (scripts/data/taiwan_townships.tsv), below a county or a city
TOWNSHIP = "township"


#: the division codes of Taiwan, Hong Kong and Macau
OUTSIDE_THE_MAINLAND = ("71", "81", "82")


def words_beyond_jieba(res: Resources, known: Mapping[str, str]) -> list[str]:
    """The short names of Taiwan's cities and counties and Hong Kong's districts that jieba's dictionary,
    built from mainland text, lacks (高雄, 新北, 油尖旺, 观塘): the segmenter learns them as places. ``known``
    is jieba's tag of each word it has. The names it files as other words are left as they are (台中 s: 一台|中型
    is a count; 沙田 nr), and so are the districts of Taiwan's cities (将军, 淡水, 杨梅 are words too)."""
    by_code = _gazetteer(res).by_code
    return sorted({d.short for d in by_code.values() if len(d.short) >= 2 and d.code.startswith(OUTSIDE_THE_MAINLAND)
                   and (d.level in ("province", "city") or d.city not in by_code)  # not a city's district
                   and d.short not in known})


# ---------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Cand:
    a: int
    b: int
    type: str
    rule: str
    confidence: float
    rank: float  # higher wins an overlap
    # the candidates it holds; most hold none and share the empty tuple (a list each made 60,000 more objects
    # for the garbage collector to walk on a dense 2 MB text)
    parts: list[_Cand] | tuple[()] = ()
    attrs: dict[str, Any] = field(default_factory=dict)

    def add_part(self, part: _Cand) -> None:
        """Record ``part`` as one of the candidates this one holds."""
        if isinstance(self.parts, list):
            self.parts.append(part)
        else:
            self.parts = [part]


_NO_ATTRS = Attrs()  # immutable: every entity without attributes shares it


def after_each_word(vt: str, at: int, rules: _Rules) -> bool:
    """Whether ``at`` follows, opens or stands inside a word that makes what follows every body of a kind
    (``each_words``: 各|县委, 全市公安局, 全|市人民医院)."""
    each = rules.tuples["each_words"]
    return vt.endswith(each, 0, at) or vt.startswith(each, at) \
        or any(vt.startswith(w, at - k) for w in each for k in range(1, len(w)) if at >= k)
