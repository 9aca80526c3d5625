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

>>> [(e.text, e.type) for e in extract_entities("之江實驗室等13家單位獲浙江省科學技術獎")]
[('之江實驗室', 'LAB'), ('浙江省科學技術獎', 'AWARD')]
"""

from __future__ import annotations

import csv
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from ..errors import InputError, ResourceError
from ..page.credits import bare_name, surname_before
from ..resources import Resources, default_resources, read_rules
from ..script import TextView, normalise
from ..types import ENTITY_TYPES, Article, Attrs, Entity, Field, record_builder
from . import _rulefiles
from ._keys import KeyMatcher
from ._source import view_of
from ._words import Segmenter, Token, segmenter

# patterns used inside functions, compiled once (the regex module's cache lookup costs ~10 µs a call)
_QUOTED_PART = regex.compile(r"[“「]([^“”「」]+)[”」]")
_CLAUSE_MARK = regex.compile(r"[，。；、：]")
_HAN = regex.compile(r"\p{Han}")
_HAN_RUN = regex.compile(r"\p{Han}+")
#: a word at least this frequent in jieba's dictionary is a common word (关系, 部署, 公室 is not), no name's tail
_COMMON_WORD = 100

__all__ = ["ENTITY_TYPES", "Lexicon", "extract_entities", "load_lexicon"]

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
    before_re: regex.Pattern[str]
    after_re: regex.Pattern[str]
    sets: dict[str, frozenset[str]]        # the lists of entity_words.txt, for membership
    tuples: dict[str, tuple[str, ...]]     # the same lists, longest first, for str.endswith / startswith
    place_abbreviations: frozenset[str]    # one-character places (中 in 中美)
    japanese_surnames: frozenset[str]      # Japanese surnames of two or three characters (japanese_surnames.txt)
    research_centres: frozenset[str]       # endings of research centres: labs unless a think tank's (lab_endings.txt)
    lab_endings: tuple[str, ...]           # every ending that makes a lab, longest first
    platform_endings: tuple[str, ...]      # every ending that makes a park or a zone, longest first
    endings: tuple[str, ...]               # every ending, for str.endswith
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


def _build_rules(_res: Resources) -> _Rules:
    suffixes = _suffix_types()
    research_centres = _lab_endings("RESEARCH CENTRE")
    for ending in _lab_endings("STRONG") + research_centres:
        suffixes.setdefault(ending, "LAB")
    words = lambda name: frozenset(_rulefiles.words(name))  # noqa: E731
    titles = _rulefiles.longest_first("person_titles.txt")
    lists = _rulefiles.longest_first("entity_words.txt")
    for ending in lists["law_endings"]:
        suffixes.setdefault(ending, "POLICY")
    alternation = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    stops = words("entity_stops.txt")
    closing = _closing_titles(lists, titles)
    return _Rules(
        suffixes=suffixes, suffix_re=re.compile(alternation), generic=words("entity_generic.txt"),
        stops=stops, titles_before=titles["before"], titles_after=titles["after"],
        speech=titles["speech"],
        before_re=regex.compile(rf"(?:{'|'.join(map(regex.escape, titles['before']))})(?=\p{{Han}}{{2}})"),
        after_re=regex.compile("|".join(map(regex.escape, titles["after"] + titles["speech"]))),
        sets={k: frozenset(v) for k, v in lists.items()}, tuples=lists,
        place_abbreviations=words("place_abbreviations.txt"),
        japanese_surnames=words("japanese_surnames.txt"),
        research_centres=frozenset(research_centres),
        lab_endings=tuple(sorted((e for e, t in suffixes.items() if t == "LAB"), key=len, reverse=True)),
        platform_endings=tuple(sorted((e for e, t in suffixes.items() if t == "PLATFORM"), key=len, reverse=True)),
        endings=tuple(suffixes),
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
        """(start, end, type) of every entry in ``text`` (a simplified view), longest first at a point."""
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
        by_code[code] = _Division(code, name, level, province, city)
        for key in {name, short} - {""}:
            names.setdefault(key, []).append(code)
    return _Gazetteer(by_code=by_code, names=KeyMatcher({key: tuple(codes) for key, codes in names.items()}),
                      full_names=frozenset(d.name for d in by_code.values()))


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
_LATIN = regex.compile(r"[A-Za-z0-9]{2}")
_NAME_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9）)]")
_GRADE = regex.compile(r"[一二三四五特]等$|[金银铜]$")
_NAMED_EVENT = regex.compile(r"(?:第[\d一二三四五六七八九十百]+届|(?:19|20)\d{2}年度?)$")
# an ordinal opens an event's name: 第五届 数字中国建设峰会, 首届 中国（温州）数字经济博览会
_ORDINAL_EVENT = regex.compile(
    r"(?:第[\d一二三四五六七八九十百]+届|首届|(?:19|20)\d{2}年度?)(?P<name>[\p{Han}（）()A-Za-z\d—]{2,20})$"
)
_PROPER_FLAGS = ("ns", "nr", "nt", "nz")
_PLACE_FLAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz"})
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
        if suffix is None or ending is None or len(inner) <= len(ending) or _PUNCT_NO_DIGIT.search(inner):
            continue
        out.append(_Cand(a, b, rules.suffixes[ending], "quoted", 0.95, 4))
    for m in _BOOK.finditer(vt):
        inner = m.group(1)
        a, b = m.span(1)
        if _TRAILING_NOTE.sub("", inner).endswith(rules.tuples["doc_endings"]):  # …条例（草案）, …方案（2023－2035年）
            out.append(_Cand(a, b, "POLICY", "document title", 0.95, 4))
        elif inner.endswith(rules.tuples["newspaper_endings"]):
            out.append(_Cand(a, b, "ORG", "newspaper title", 0.9, 4))
    return out


def _longest_ending(text: str, rules: _Rules) -> str | None:
    """The longest ending ``text`` ends with (each length holds one candidate: ``text``'s own tail).

    >>> _longest_ending("之江实验室", _build_rules(None)), _longest_ending("春城英才", _build_rules(None))
    ('实验室', None)
    """
    return next((text[-n:] for n in rules.ending_lengths if n <= len(text) and text[-n:] in rules.suffixes), None)


_TRAILING_NOTE = regex.compile(r"[（(][^（）()]{1,16}[）)]$")


_BRACKETS = frozenset("（()）")
_BRACKET_INSIDE = regex.compile(r"\p{Han}{2,4}")


def _bracketed_place(vt: str, lo: int, res: Resources) -> tuple[int, int] | None:
    """The span of a bracketed place that ends right before ``lo`` inside a name (中国（浙江）自由贸易试验区,
    西部（重庆）科学城): 2-4 Han characters in brackets, with a name character before them."""
    if lo < 2 or vt[lo - 1] not in "）)":
        return None
    close = lo - 1
    opening = max(vt.rfind("（", max(0, close - 5), close), vt.rfind("(", max(0, close - 5), close))
    if opening < 1 or not _BRACKET_INSIDE.fullmatch(vt, opening + 1, close) or not _NAME_CHAR.match(vt[opening - 1]):
        return None
    if not _gazetteer(res).names.find(vt[opening + 1:close]):
        return None  # the brackets hold a place: （集团）, （试行） do not
    return opening, close + 1


def _joins_body_name(toks: list[Token], conj: Token, rules: _Rules, suffix: str) -> bool:
    """和 inside a government body's name (经济和信息化委员会) rather than between two names: the
    ending is a body's, and the word before 和 is a noun that is no complete name itself (a lab's field
    may be a term jieba reads as a proper noun or a set phrase: 集成电路与系统)."""
    if not suffix.endswith(rules.tuples["remit_endings"]):
        return False
    before = next((t for t in toks if t.end == conj.start), None)
    field = suffix in rules.lab_endings and before is not None and before.flag in ("nz", "l") \
        and _a_body_opens(toks, before.start, rules)  # 某大学集成电路与系统国家重点实验室 (not 腾讯和某实验室)
    return (before is not None and len(before.word) >= 2 and (before.flag.startswith(("n", "vn")) or field)
            and (field or not before.flag.startswith(_PROPER_FLAGS)) and rules.suffix_re.search(before.word) is None)


def _after_a_name(toks: list[Token], verb: Token, rules: _Rules) -> bool:
    """Whether the word before ``verb`` ends with a name ending (研究院, 大学, 局): the verb is that
    name's predicate, not part of the next name."""
    words_before = "".join(t.word for t in toks if t.end <= verb.start)
    return words_before.endswith(rules.endings)  # 香港科学园 设有: jieba may cut the name's ending (科学|园)


def _title_after(toks: list[Token], e: int, seg: Segmenter) -> bool:
    """The word holding the ending runs on into a word of its own (协会会长, 局局长, 集团股份): jieba
    joined them, but the name still ends at ``e``. 办公室 is no 办 + 公室 (a rare word: frequency 7)."""
    over = next((t for t in toks if t.start < e < t.end), None)
    if over is None:
        return False
    rest = over.word[e - over.start:]
    return len(rest) >= 2 and (seg.freq.get(rest) or 0) >= _COMMON_WORD  # a common word (公室 is a rare one)


def _names_a_document(body: list[Token], rules: _Rules) -> bool:
    """A policy named in running text (not in 《》) says whose or what it is: a proper noun (浙江省, 杭州),
    an issuing body (科技部), or 关于 (关于加快…的意见)."""
    org_endings = tuple(sfx for sfx, typ in rules.suffixes.items() if typ == "ORG")
    return any(t.flag.startswith(_PROPER_FLAGS) or t.word == "关于" or rules.suffix_re.fullmatch(t.word) is not None
               or (len(t.word) >= 2 and t.word.endswith(org_endings)) for t in body)


def _distinctive(tokens: list[Token], generic: frozenset[str]) -> bool:
    return any(t.word not in generic and not t.word.isdigit() and t.flag not in ("m", "q", "x", "uj", "p", "c")
               for t in tokens)


def _suffix_names(vt: str, res: Resources) -> list[_Cand]:
    """Names found from their ending: the longest run of words before it that a name can hold. An ending
    that does not close a word may hold a later one that does (科学园 in 屏东科学园区 holds 园区)."""
    rules = _rules(res)
    seg = segmenter(res)
    out: list[_Cand] = []
    breaks: list[int] | None = None
    windows: dict[str, list[Token]] = {}  # within this text: the same words segment the same
    pos = 0
    while (m := rules.suffix_re.search(vt, pos)) is not None:
        s, e = m.span()
        suffix = m.group(0)
        pos = e
        if _not_an_ending_here(vt, s, e, suffix, rules):
            continue
        if breaks is None:
            breaks = [b.start() for b in _HARD_BREAK.finditer(vt)]
        lo, bracket = _window(vt, s, breaks, rules.suffixes[suffix] == "PLATFORM", res)
        toks = _words_at(seg, vt[lo:e + 3], lo, windows)  # a little past the ending: does it close a word there?
        if _a_longer_ending_overlaps(vt, s, e, toks, rules):
            pos = s + 1  # 产业园|区: the name ends with 园区, which starts inside 产业园
            continue
        if not _ending_closes_a_word(toks, s, e, suffix, seg, rules):
            pos = s + 1
            continue
        if rules.suffixes[suffix] == "EVENT":
            opened = _ORDINAL_EVENT.search(vt, max(0, s - 24), s)
            if opened and not _CLAUSE_MARK.search(opened.group("name")) \
                    and not _two_events(opened.group("name"), rules):
                out.append(_Cand(opened.start("name"), e, "EVENT", "event after ordinal", 0.9, 3))
                continue
        body = _name_body(toks, s, bracket, rules, suffix)
        if suffix in rules.sets["legal_form_endings"]:
            body = _with_an_unknown_brand(toks, body, seg, rules)
        if _body_names_something(vt, body, suffix, seg, rules) and _named_before_its_word(toks, s, body, rules):
            type_ = _lab_or_org(vt[body[0].start:s], suffix, rules)
            version = _VERSION.match(vt, e) if type_ in ("PROGRAMME", "POLICY") else None
            out.append(_Cand(body[0].start, version.end() if version else e, type_, "suffix " + suffix, 0.85, 3))
    return out


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
    before its ending mark a think tank or an office (发展研究中心, 政策研究中心)."""
    type_ = rules.suffixes.get(ending, "ORG")
    if type_ == "LAB" and ending in rules.research_centres and any(w in head for w in rules.tuples["think_tank_heads"]):
        return "ORG"
    return type_


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
        and not _refused_where_it_stands(vt, e, later.end(), later.group(0), rules)


def _refused_where_it_stands(vt: str, s: int, e: int, suffix: str, rules: _Rules) -> bool:
    """A grade (二等奖), a title's second 局 (促进局局长), an ending that is a verb with its particle
    (为职工办了), a common noun holding the ending (市中心), a company's name before 计划 (某公司计划: it
    plans), nothing a name can end with right before it."""
    if suffix.endswith("奖") and _GRADE.search(vt, max(0, s - 2), s):
        return True
    if suffix[-1] in rules.sets["title_owner_endings"] and vt.startswith("长", e):
        return True
    if suffix in rules.sets["verb_endings"] and vt[e:e + 1] in rules.sets["verb_particles"]:
        return True
    if vt.endswith(rules.tuples["words_holding_endings"], 0, e):  # one C call for the whole list
        return True
    if rules.suffixes[suffix] == "PROGRAMME" and vt.endswith(rules.tuples["brand_endings"], 0, s):
        return True  # 某某有限公司计划: the company plans, no programme
    return s == 0 or not _NAME_CHAR.match(vt[s - 1]) or vt[s - 1] in rules.sets["never_before_ending"]


def _window(vt: str, s: int, breaks: list[int], zone: bool, res: Resources) -> tuple[int, tuple[int, int] | None]:
    """Where segmenting starts before an ending at ``s``, and a bracketed place inside a zone's name.

    The words before the ending stop at punctuation, and segmenting ends there: the window starts after
    the last punctuation mark, which gives the same words for less work. Zones name a place in brackets
    (中国（浙江）自由贸易试验区); companies do too (北新建材（昆明）有限公司), but the brand before the bracket is
    segmented too poorly to find its start: zones only."""
    k = bisect_left(breaks, s) - 1
    lo = max(0, s - 18, breaks[k] + 1 if k >= 0 else 0)
    while 0 < lo < s and _LATIN.match(vt, lo - 1, lo + 1):  # never from inside a Latin word: its start
        lo -= 1
    bracket = _bracketed_place(vt, lo, res) if zone else None
    if bracket is not None:  # the name goes on before the bracket
        k = bisect_left(breaks, bracket[0]) - 1
        lo = max(0, bracket[0] - 12, breaks[k] + 1 if k >= 0 else 0)
    return lo, bracket


def _ending_closes_a_word(toks: list[Token], s: int, e: int, suffix: str, seg: Segmenter, rules: _Rules) -> bool:
    """The ending must close a word, and start one unless the word holding it is a noun ending there:
    举办 ends with 办 but is a verb; 格局 ends with 局; 钱江/经济/开发区 holds 经济开发区. Of the endings that
    must be a word of their own, 局, 署 and 办 may close a noun of three characters or more, a body's word
    (旅游局, 招商办), never a two-character one (格局, 布局, 部署)."""
    if not any(t.end == e for t in toks) and not _title_after(toks, e, seg):
        return False
    holder = next(t for t in toks if t.start <= s < t.end)
    if holder.start == s or holder.flag == "nt":
        return True
    if suffix in rules.sets["exact_token_endings"]:  # a body's word (旅游局, 招商办), not 格局, 部署, 举办
        return suffix in rules.sets["body_word_endings"] and holder.flag.startswith("n") and holder.end == e \
            and len(holder.word) >= 3
    return holder.flag.startswith("n")


def _named_before_its_word(toks: list[Token], s: int, body: list[Token], rules: _Rules) -> bool:
    """An ending inside a body's word (旅游局, 管理局) names something only with a distinctive word before
    that word (某地旅游局, 新加坡某某管理局): 铁路局, 省电力局 and 政治局 alone are categories."""
    holder = next(t for t in toks if t.start <= s < t.end)
    ending_part = holder.word[s - holder.start:]
    if holder.start == s or holder.flag == "nt" or ending_part not in rules.sets["body_word_endings"]:
        return True  # only the endings that must be words of their own are judged here
    return any(t.start < holder.start and t.word not in rules.generic and t.flag.startswith(("n", "j", "eng", "vn"))
               for t in body)


def _name_body(toks: list[Token], s: int, bracket: tuple[int, int] | None, rules: _Rules, suffix: str) -> list[Token]:
    """The words before the ending that the name holds, walking left until a predicate, a conjunction
    between two names, punctuation, or the length a name can have."""
    body: list[Token] = []
    proper = False
    field = suffix in rules.lab_endings and _a_body_opens(toks, s, rules)
    field_from = _field_start(toks, s, rules) if field else None
    national_from = _national_start(toks, s, rules) if field_from is None and rules.suffixes[suffix] in (
        "ORG", "LAB") else None
    for t in reversed(toks):
        if t.start >= s:
            continue
        if national_from is not None and t.end <= national_from and t.flag != "ns":
            break  # before 国家 only the country's name goes on (某国国家航天局): 联合|国家某某中心 is a verb
        if field and t.flag == "l":  # a research field's set phrase (遥感信息) between a body and its lab's ending
            t = Token(t.word, "n", t.start, t.end)
        word = t.word if t.end <= s else t.word[: s - t.start]
        # （浙江）; 某大学|计算机辅助设计与图形学|国家重点实验室; 国家|超级计算某地|中心
        inside = (bracket is not None and bracket[0] <= t.start and t.end <= bracket[1]) \
            or (field_from is not None and t.start >= field_from) \
            or (national_from is not None and t.start >= national_from)
        joined = t.word in rules.sets["name_conjunctions"] and bool(body) and _joins_body_name(toks, t, rules, suffix)
        if not inside and not joined and _ends_the_body(t, word, body, proper, toks, s, rules):
            break
        body.insert(0, Token(word, t.flag, t.start, t.end if inside or joined else min(t.end, s)))
        proper = proper or (not joined and t.flag.startswith(_PROPER_FLAGS))
    while body and body[0].word == " ":  # a space kept between Latin words, with the word before it cut off
        body.pop(0)
    while len(body) > 1 and body[0].flag == "t" and body[1].flag == "v" \
            and body[0].word.endswith(rules.tuples["time_point_endings"]):
        body.pop(0)  # a time word opening a predicate: 赛后当选某某论坛 (当代 names things: 当代引领计划)
    while len(body) > 1 and body[0].flag == "v" and _after_a_function_word(toks, body[0]):
        body.pop(0)  # a predicate before the name: 并增加某某文化中心, 赛后获选某某大会 (not 集成芯片某某实验室)
    return body


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
    if len(pair) != 2 or any(len(t.word) != 1 or not _HAN.match(t.word) for t in pair):
        return body
    word = pair[0].word + pair[1].word
    before = toks[i - 3] if i >= 3 else None
    if seg.freq.get(word) or (before is not None and len(before.word) == 1 and _HAN.match(before.word)
                              and before.word not in rules.stops):
        return body  # a word of the dictionary, or a longer run of single characters (a clause, not a brand)
    return [Token(word, "nz", pair[0].start, pair[1].end), *body]


def _after_a_function_word(toks: list[Token], t: Token) -> bool:
    before = next((x for x in toks if x.end == t.start), None)
    return before is not None and before.flag in _BEFORE_A_PREDICATE


#: parts of speech a name's words never have: numerals (三季度), prepositions, conjunctions, particles, pronouns,
#: adverbs
_NEVER_IN_NAMES = frozenset({"m", "mq", "p", "c", "uj", "ul", "r", "d", "ad", "i", "l"})


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
    """Whether the words from ``a`` to the ending at ``s`` are a short run (2 to 12 characters) with no
    punctuation or stop word (a conjunction inside it aside, if ``joined``) that opens with no predicate,
    conjunction or function word."""
    if not 2 <= s - a <= _LONGEST_FIELD:
        return False
    gap = [t for t in toks if a <= t.start < s]
    joins = rules.sets["name_conjunctions"] if joined else frozenset()
    return bool(gap) and gap[0].flag not in _NO_FIELD_OPENERS and gap[0].word not in rules.sets["name_conjunctions"] \
        and gap[-1].word not in rules.sets["name_conjunctions"] \
        and not any(_PUNCT.search(t.word) or (t.word in rules.stops and t.word not in joins) for t in gap)


#: the longest research field written between a body and its lab's ending (计算机辅助设计与图形学: 11)
_LONGEST_FIELD = 12
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
            or t.flag in _NEVER_IN_NAMES or (len(t.word) == 1 and t.flag in ("v", "a")):
        return True
    if t.flag.startswith("v") and t.flag != "vn" and (proper or _after_a_name(toks, t, rules)) and t.end <= s:
        return True  # 认真贯彻 杭州市科技创新大会; 某某研究院 启用 某某计划
    words = sum(1 for b in body if b.word != " ")
    return words >= 7 or _reading_length([Token(word, t.flag, t.start, t.start + len(word)), *body]) > 16


def _reading_length(tokens: list[Token]) -> int:
    """Characters of the words, a Latin word counting as two and a space as none (Made in Zhejiang is no
    longer a name than 浙江制造)."""
    return sum(2 if t.flag == "eng" else 0 if t.word == " " else t.end - t.start for t in tokens)


def _between_latin_words(t: Token, body: list[Token], toks: list[Token]) -> bool:
    before = next((x for x in toks if x.end == t.start), None)
    return bool(body) and body[0].flag == "eng" and before is not None and before.flag == "eng"


def _body_names_something(vt: str, body: list[Token], suffix: str, seg: Segmenter, rules: _Rules) -> bool:
    """Whether the words before an ending make a name rather than a category or a phrase."""
    if all(t.flag in ("v", "vd", "f", "c") for t in body):
        return False  # 前往医院, 希望政府, 上政府, 比如奖: a verb or a direction word is no name
    if not body or body[-1].word in rules.sets["adjectives_before_ending"] or body[0].word in _BRACKETS \
            or body[0].word in rules.sets["brand_endings"]:
        return False  # nothing before the ending, an adjective, a bracket or a company's ending with no name before it
    if len(body) == 1 and len(body[0].word) == 1:
        return False  # one character before the ending: a word that holds it (颁奖典礼, 大奖赛), no name
    opened = _NAMED_EVENT.search(vt, max(0, body[0].start - 6), body[0].start)
    named = (suffix in rules.sets["relaxed_endings"] and len(body) >= 2) or bool(opened) \
        or (suffix in rules.sets["law_endings"] and _reading_length(body) >= 2) \
        or (rules.suffixes[suffix] == "ORG" and body[0].word in rules.sets["national"] and len(body) >= 2)
    if not named and not _distinctive(body, rules.generic):
        return False  # 第六届世界智能大会, 工业技术研究院: named by their ordinal or their kind
    if suffix in rules.sets["brand_endings"] and not any(_brand_like(t, seg) for t in body) \
            and not _named_by_a_legal_form(body, suffix, rules):
        return False  # 外资银行, 一家子公司, 四大国有银行: a company is named by a brand, a place or a name
    if suffix in rules.sets["designations"] and not any(t.flag.startswith(_PROPER_FLAGS) for t in body):
        return False  # 国家新一代人工智能创新发展试验区: a designation many places hold, unless a place names it
    # 解决办法, 优惠政策, 没有办法: a document's name has an issuer, a place or 关于 (《…》 aside); a law's
    # name is one by its ending (某某促进法)
    return rules.suffixes[suffix] != "POLICY" or suffix in rules.sets["law_endings"] or _names_a_document(body, rules)


def _named_by_a_legal_form(body: list[Token], suffix: str, rules: _Rules) -> bool:
    """A registered company's full name (星河数据科技有限公司) may open with a common word: its legal form
    says it is a name when two or more words stand before it and the first is a noun of its own."""
    first = body[0]
    return suffix in rules.sets["legal_form_endings"] and len(body) >= 2 and first.flag in _LEGAL_NAME_OPENERS \
        and len(first.word) >= 2 and first.word not in rules.generic


#: parts of speech that open a company's registered name: a noun, a short form, a Latin word
_LEGAL_NAME_OPENERS = frozenset({"n", "nz", "j", "eng", "nrt", "nt"})


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
        if full and b - a == 3:
            lo = max(0, a - _WORD_WINDOW)
            around = (vt[lo:b + _WORD_WINDOW], a - lo)  # what _is_word segments, and where the name is in it
            if around not in words:
                words[around] = _is_word(vt, a, b, seg)
            if not words[around]:
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
            if not seen[context] and not (_beyond_jiebas_dictionary(vt[a:b], codes, seg, res)
                                          and _is_word(vt, a, b, seg)):
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
    return merged


def _beyond_jiebas_dictionary(name: str, codes: Sequence[str], seg: Segmenter, res: Resources) -> bool:
    """A division of Taiwan, Hong Kong or Macau (codes 71, 81, 82) whose short name jieba's dictionary, built
    from mainland text, lacks (高雄, 新北, 油尖旺), or a city of theirs it files as a common word (台中 s):
    judged by where the words of the text start and end, not by jieba's tag. A district's short name that is
    a common word (将军, 淡水, 大树, 山上) is not."""
    if not _beyond_the_mainland(codes):
        return False
    tag = seg.tags.get(name)
    return tag is None or (not tag.startswith(tuple(_PLACE_FLAGS)) and _cities(codes, res))


def _beyond_the_mainland(codes: Sequence[str]) -> bool:
    """Whether every one of the division ``codes`` is Taiwan's, Hong Kong's or Macau's."""
    return bool(codes) and all(code.startswith(_OUTSIDE_THE_MAINLAND) for code in codes)


def _cities(codes: Sequence[str], res: Resources) -> bool:
    """Whether every one of the division ``codes`` is a province or a city (a prefecture)."""
    by_code = _gazetteer(res).by_code
    return all(by_code[code].level in _CITY_LEVELS for code in codes)


#: the gazetteer's levels of a province and a city (a prefecture), above the counties and districts
_CITY_LEVELS = frozenset({"province", "city"})


#: the gazetteer's codes of Taiwan, Hong Kong and Macau
_OUTSIDE_THE_MAINLAND = ("71", "81", "82")


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


def _chain(codes: Sequence[str], near: frozenset[str], res: Resources) -> list[str] | None:
    """The administrative chain of a division, when its codes (and ``near``, the codes of the text's
    places) make it unique."""
    gaz = _gazetteer(res).by_code
    if len(codes) > 1:
        narrowed = [c for c in codes if gaz[c].province in near or gaz[c].city in near]
        codes = narrowed or codes
        if len({gaz[c].name for c in codes}) == 1 and len(codes) > 1:
            codes = [min(codes, key=lambda c: ("province", "city", "county").index(gaz[c].level))]
    if len(codes) != 1:
        return None
    div = gaz[codes[0]]
    chain = [gaz[p].name for p in (div.province, div.city) if p and p in gaz and gaz[p].name != div.name]
    return [*chain, div.name]


_TITLE_NAME = regex.compile(r"\p{Han}{2,4}")


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


def _means_a_certain(vt: str, at: int, seg: Segmenter) -> bool:
    """Whether one 某 at ``at`` opens a phrase (某公司, 某市委, 某一, 某些) rather than ends a name."""
    words = seg.pos_tokens(vt[at:at + 5], at)
    if words[0].end > at + 1:
        return True  # 某些, 某种: one word with what follows
    after = words[1] if len(words) > 1 else None
    return after is not None and after.flag.startswith(("n", "m", "q"))


_ANONYMISED = regex.compile(r"(?<=\p{Han})(?<!某)某{1,2}(?!某)")


# ---------------------------------------------------------------- assembly


#: candidates of these types inside a kept name become its parts (浙江省 in 浙江省科技厅)
_PART_TYPES = frozenset({"PLACE", "ORG", "PERSON"})
#: a candidate this strong that holds every kept candidate it overlaps replaces them (its parts):
#: 中国科学院 (suffix rule) over 中国 (lexicon); a weaker one (a person rule) never swallows others
_OUTER_RANK = 2.5
_HELD_BY_TAGGER = frozenset({"PLACE", "PERSON"})
_JOINS = regex.compile(r"[与和及、同跟暨]")


def _resolve(cands: list[_Cand], vt: str) -> list[_Cand]:
    """Keep the strongest candidates that do not cross one another; one inside a kept one becomes its part.

    Candidates are taken strongest first (rank, then length, then the recogniser's order); each character
    records which kept candidate covers it, so a candidate is checked against the characters it spans
    alone: linear in the number of candidates times their length, whatever the text's length. The record
    is an array with a slot per character (4 bytes each), read and written a span at a time.
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
        if _may_hold(c, inner, vt):
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


def _may_hold(c: _Cand, inner: list[_Cand | None], vt: str) -> bool:
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
               for k in inner)


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


_NO_ATTRS = Attrs()  # immutable: every entity without attributes shares it
#: Entity from its values by position (a dense text has hundreds of thousands; see record_builder)
_new_entity = record_builder(Entity)


def _start_of(c: _Cand) -> int:
    return c.a


Recognizer = Callable[[str], Iterable[tuple[int, int, str]]]
#: a recogniser turns the simplified view into candidates; the resolver chooses among all of them
_Finder = Callable[[str, Resources], list[_Cand]]
_TAGGER_TYPES = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}


def _lexicon_names(vt: str, res: Resources) -> list[_Cand]:
    """Names of the built-in lexicons (national and international bodies, companies, media, world places),
    where they are words of the text: not 海地 in 沿海地区, 华为 in 董建华为首, 教育部 in 教育部门. A name
    that runs on into a title stays (行政院长, 外交部长: the body is named)."""
    rules = _rules(res)
    seg = segmenter(res)
    out = []
    titles = rules.titles_after + rules.tuples["title_ends"]
    for a, b, t in _builtin(res).matches(vt):
        if _in_a_dotted_name(vt, a, b) and not _dot_joins_places(vt, a, b, res):
            continue
        if b - a >= 4:  # long names rarely straddle words; checking them costs more than it finds
            out.append(_Cand(a, b, t, "built-in lexicon", 0.95, 3))
            continue
        titled = vt.startswith(titles, b)
        starts, ends = _word_edges(vt, a, b, seg)
        if starts and (titled or ends):
            out.append(_Cand(a, b, t, "built-in lexicon", 0.95, 3))
    return out


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


def _tagged_names(vt: str, res: Resources) -> list[_Cand]:
    """People, places and organisations from the statistical tagger. A clause mark it read into either end
    of a name is cut off (海尔·塞拉西，); one-character spans are kept only where they name something
    (``_one_character_name``: 中 in 中美, 胡 in 老胡)."""
    if not res.use_tagger:
        return []
    tagger = res.load("tagger", _build_tagger)
    hits = dictionary_hits(vt, res) if tagger.reads_hits else ()
    known = {ha: hb for ha, hb, cls in hits if cls in (0, 1)}  # where a known place or organisation starts: its end
    known_org_starts = {ha for ha, _hb, cls in hits if cls == 1}
    hit_spans = {(ha, hb) for ha, hb, _cls in hits}  # every known name found, places' short names too (福田)
    place_spans = {(ha, hb) for ha, hb, cls in hits if cls in (0, 3)}  # known places and their short names
    rules = _rules(res)
    seg = segmenter(res)
    out = []
    for a, b, t in _people_after_titles(vt, tagger.spans(vt, hits), rules, seg):
        while b - a > 1 and vt[b - 1] in _CLAUSE_MARKS:
            b -= 1
        while b - a > 1 and vt[a] in _CLAUSE_MARKS:
            a += 1
        if t == "PER" and vt[a:a + 2] not in rules.japanese_surnames \
                and _third_character_left_out(vt, a, b, rules, seg.freq):
            b += 1
        elif t == "PER":
            a, b = _japanese_name(vt, a, b, rules, seg, hit_spans)
        elif t != "PER" and a in known and known[a] < b:
            b = _end_of_known_name(vt, known[a], b, seg, rules)
            if b - known[a] == 1 and a in known_org_starts \
                    and (vt[known[a]] in rules.sets["after_name"] or vt[known[a]] in rules.sets["modal_verbs"]):
                b = known[a]  # 港府|会 (will): a body's name and the word its predicate opens with
        if t == "ORG":
            a = _after_a_firms_country(vt, a, b, res)
        if t != "PER":
            b = _before_a_closing_title(vt, a, b, rules, seg)
        if t == "ORG" and (unit := _trailing_unit(vt, a, b, rules)):
            b -= unit  # 某学院某科|团队: a team is no part of the body's name
            t = "LOC" if (a, b) in place_spans else t  # what is left may be a place (某市|团队)
        if t == "LOC" and (region := _trailing_region_word(vt, a, b, rules)) \
                and vt[a:b] not in _gazetteer(res).full_names:
            b -= region  # 某某地区: the place is 某某 (a prefecture named 某某地区 is the gazetteer's full name)
        if b - a >= 2:
            keep = _well_formed(vt[a:b]) and not _cuts_a_latin_word(vt, a, b) \
                and not (t != "PER" and _in_a_dotted_name(vt, a, b) and not _dot_joins_places(vt, a, b, res)) \
                and not (t == "ORG" and _counts_bodies(vt[a:b], rules)) \
                and not (t != "PER" and _holds_a_preposition(vt, a, b, seg, rules))
        else:
            keep = _one_character_name(vt, a, t, rules)
        if keep:
            out.append(_Cand(a, b, _tagged_type(vt, a, b, t, rules), "tagger", 0.8 if b - a >= 2 else 0.6, 2.5))
    return out


def _trailing_unit(vt: str, a: int, b: int, rules: _Rules) -> int:
    """The length of a group's word that ends ``vt[a:b]`` (团队, 课题组: rules' trailing_units), when two or
    more characters are left before it; else 0."""
    return _trailing_word(vt, a, b, rules.tuples["trailing_units"])


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


def _end_of_known_name(vt: str, k: int, b: int, seg: Segmenter, rules: _Rules) -> int:
    """Where a tagger span that opens with a known place or body (ending at ``k``) ends: at the known name's
    end when the rest of the span is a verb (商汤科技|签署, 某院|兴办) or the start of a stop word the span
    cuts (国家发展改革委|会 of 会同), else at its own end ``b``."""
    could_be_verb = b - k >= 2 and seg.tags.get(vt[k:b]) == "v"
    if not could_be_verb and not any(vt[k:k + n] in rules.stops for n in range(b - k + 1, rules.longest_stop + 1)):
        return b  # most spans: the rest is no verb word and starts no stop word, nothing to segment
    first = seg.pos_tokens(vt[k:min(len(vt), b + 4)], k)[0]
    verb = first.end == b and first.flag == "v" and len(first.word) >= 2 \
        and (seg.freq.get(first.word) or 0) >= _COMMON_WORD \
        and first.word not in rules.sets["verbs_ending_names"]  # a common verb, the span's last word
    return k if verb or (first.end > b and first.word in rules.stops) else b


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
    surname = next((n for n in (3, 2) if vt[a:a + n] in rules.japanese_surnames), 0)
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


def _single_characters(words: list[Token], a: int, e: int) -> bool:
    """Whether ``a`` to ``e`` is read as characters of their own, no word of the dictionary among them or
    running across either end (桥本|首相, 中山装 hold words: no given name)."""
    return all(t.end - t.start == 1 for t in words if t.end > a and t.start < e) \
        and any(t.start == a for t in words) and any(t.end == e for t in words)


def _is_a_word_there(vt: str, k: int, e: int, seg: Segmenter) -> bool:
    """Whether ``vt[k:e]`` is one word in a segmenting of a few characters around it."""
    lo = max(0, k - 4)
    return any(t.start == k and t.end == e for t in seg.pos_tokens(vt[lo:e + 3], lo))


def _a_name_ends_at(vt: str, e: int, rules: _Rules, seg: Segmenter) -> bool:
    """Whether a person's name can end at ``e``: the text ends, or a clause mark, a speech verb, a title, a
    word that follows names (还, 在, 说; not 和, which a given name may hold: 植田和男) or a verb of two or
    more characters follows."""
    if e >= len(vt) or vt[e] in _CLAUSE_MARKS or vt.startswith(rules.speech + rules.titles_after, e) \
            or (vt[e] in rules.sets["after_name"] and vt[e] not in rules.sets["name_conjunctions"]):
        return True
    first = seg.pos_tokens(vt[e:e + 4], e)[0]
    return first.flag.startswith("v") and len(first.word) >= 2


def _counts_bodies(name: str, rules: _Rules) -> bool:
    """A count of firms or bodies (多家, 三家, 几所) in an organisation the tagger read: a phrase (某地多家科技公司),
    not a name. Places keep theirs (五家渠, 八家子镇)."""
    return rules.body_counts.search(name) is not None


def _tagged_type(vt: str, a: int, b: int, label: str, rules: _Rules) -> str:
    """Our type of a tagger span: an organisation that ends as a lab does (国家同步辐射研究中心) is a lab; a
    place or an organisation that ends as a park or a zone does (某某产业园区, 某某小镇) is a platform."""
    name = vt[a:b]
    if label != "PER" and name.endswith(rules.platform_endings) \
            and any(name.endswith(e) and len(name) - len(e) >= 2 for e in rules.platform_endings):
        return "PLATFORM"
    if label != "ORG":
        return _TAGGER_TYPES[label]
    if not name.endswith(rules.lab_endings):  # most organisations: no lab ending to look for
        return "ORG"
    ending = next((e for e in rules.lab_endings if name.endswith(e) and len(name) - len(e) >= 2), None)
    return "ORG" if ending is None else _lab_or_org(name[:-len(ending)], ending, rules)


def _one_character_name(vt: str, a: int, typ: str, rules: _Rules) -> bool:
    """A one-character name the tagger read: a place's abbreviation (中 in 中美, 沪 in 沪深) or a surname
    with a title or a form of address (江主席, 陈某, 老胡)."""
    if typ == "LOC":
        return vt[a] in rules.place_abbreviations
    return typ == "PER" and (vt.startswith(rules.titles_after + rules.tuples["one_character_titles"], a + 1)
                             or (a > 0 and vt[a - 1] in rules.sets["one_character_before"]))


def _stations(cands: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """A station named by a known place and its quarter (杭州东站, 广州南站) is a place holding it, when its
    ending is words of its own there (not 北京东|站在)."""
    seg = segmenter(res)
    out = []
    for c in cands:
        if c.type != "PLACE" or c.rule == "tagger" or (m := _STATION.match(vt, c.b)) is None:
            continue
        words = seg.pos_tokens(vt[c.b:min(len(vt), m.end() + 3)], c.b)
        if any(t.end == m.end() for t in words):  # the ending is words of its own (not 线|上 of 线上)
            out.append(_Cand(c.a, m.end(), "PLACE", "station", 0.85, 3, parts=[c]))
    return out


#: the endings of a station named by its city and quarter (杭州东站); a bare 站 is as often a leg of a tour
#: (广州站总决赛), and a place's 线 a tour's route (泰国线, 欧洲线) as a railway line
_STATION = regex.compile(r"[东西南北]站")


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


def _a_city_beyond_the_mainland(c: _Cand, res: Resources) -> bool:
    """Whether the place ``c`` found by the gazetteer is a city or province of Taiwan, Hong Kong or Macau."""
    codes = c.attrs.get("codes", ())
    return _beyond_the_mainland(codes) and _cities(codes, res)


def _starts_outside_places(cands: list[_Cand]) -> None:
    """A name found by its ending starts at the start of a known place its walk stopped inside (高|雄软体园区:
    jieba has no 高雄 and cut it; the gazetteer has it): a name's start never cuts a place."""
    inside: dict[int, int] = {}  # a character inside a known place (not its first) -> the place's start
    for c in cands:
        if c.type == "PLACE" and c.rule != "tagger" and c.b - c.a >= 2:
            for k in range(c.a + 1, c.b):
                inside.setdefault(k, c.a)
    if not inside:
        return
    for c in cands:
        if c.rule.startswith("suffix") and c.a in inside:
            c.a = inside[c.a]


def _starts_from_tagger(cands: list[_Cand], vt: str, rules: _Rules) -> None:
    """Where a name found by its ending starts, judged with the other recognisers: at the start of a known
    name the rule's walk stopped inside (unless the tagger reads a body of its own after that name:
    中国工程院院士某某和中国科学院); else where the tagger's organisation ending at the same place
    starts, when that is later (the words a rule walks back over, 最大股东, 原, 大型, are the tagger's to
    judge), unless a place or the nation opens the name (东莞市松山湖管委会, 国家超级计算某地中心 are one body)."""
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
        if known is not None and known.a <= c.a and (t is None or t.a < known.b):
            c.a = known.a  # a known name opens it (比亚迪股份有限公司), unless the tagger reads a body after it
            continue
        if t is None or t.a <= c.a or vt.startswith(rules.tuples["national"], c.a):
            continue
        k = bisect_left(place_starts, c.a)
        if k < len(place_starts) and place_starts[k] < t.a:
            continue  # a place between the rule's start and the tagger's
        c.a = t.a


def _governments_named_by_places(cands: list[_Cand], rules: _Rules) -> list[_Cand]:
    """A government found from its ending starts at the first place in it (关键在于美国政府: 美国政府;
    清代英国政府: 英国政府); with no place in it, it is a description (地方政府, 年度政府) or one named by its
    leader, whose name the other recognisers give: dropped."""
    starts = sorted((c.a, c.b) for c in cands if c.type == "PLACE")
    out = []
    for c in cands:
        ending = c.rule.removeprefix("suffix ")
        if c.rule.startswith("suffix") and ending in rules.sets["government_endings"]:
            first = _first_place_within(starts, c.a, c.b - len(ending))
            if first is None:
                continue
            c.a = first
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
    then longest, not overlapping; (start, end, class) with the classes of ``tagger.HIT_CLASSES``."""
    gaz = _gazetteer(res)
    found = [(a, b, _HIT_CLASS.get(t, 2)) for a, b, t in _builtin(res).matches(vt)]
    for a, b, _codes in gaz.names.find(vt):
        found.append((a, b, 0 if vt[a:b] in gaz.full_names else 3))
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


def _well_formed(name: str) -> bool:
    """No punctuation at either end or clause punctuation inside, brackets balanced: （集团）有限公司 cut
    in half is no name."""
    if _EDGE_PUNCT.search(name) and not (name.endswith(("）", ")")) and ("（" in name or "(" in name)):
        return False
    return name.count("（") + name.count("(") == name.count("）") + name.count(")")


def _build_tagger(res: Resources) -> Any:
    from .tagger import load_tagger

    return load_tagger(res.tagger_path)


#: the recognisers every call runs, in order of trust where rank and length tie (rules before the tagger)
RECOGNISERS: tuple[_Finder, ...] = (_quoted_names, _suffix_names, _lexicon_names, _places, _people,
                                    _anonymised_people, _tagged_names)


def _extract(text: str, field_name: Field, user: Lexicon, recognizer: Recognizer | None,
             res: Resources) -> list[Entity]:
    if not text.strip():
        return []
    view = view_of(text)
    kept, nearby = _kept_candidates(view.text, user, recognizer, res)
    place_attrs = _PlaceAttrs(nearby, res)
    kept.reverse()
    out: list[Entity] = []
    while kept:  # each candidate is let go as its entity is made: a dense text's are not all held twice
        out.append(_entity(view, kept.pop(), field_name, place_attrs))
    return out


def _kept_candidates(vt: str, user: Lexicon, recognizer: Recognizer | None,
                     res: Resources) -> tuple[list[_Cand], frozenset[str]]:
    """The candidates every recogniser finds, resolved: the ones kept, and the codes of the text's places.
    The others are dropped on return, before the entities are built (a dense text has tens of thousands)."""
    cands = [_Cand(a, b, t, "lexicon", 1.0, 7) for a, b, t in user.matches(vt)]
    if recognizer is not None:
        # a model's spans rank below every rule: the rules win on the types they know
        cands += [_Cand(a, b, t, "model", 0.7, 1) for a, b, t in recognizer(vt) if t in ENTITY_TYPES and a < b]
    places: list[_Cand] = []
    for find in RECOGNISERS:
        found = find(vt, res)
        cands += found
        if find is _places:
            places = found
    cands = _no_person_named_as_a_city(cands, res)
    cands += _stations(cands, vt, res)
    _starts_outside_places(cands)
    _starts_from_tagger(cands, vt, _rules(res))
    cands = _governments_named_by_places(cands, _rules(res))
    kept = _chains(_with_sub_bodies(_confirmed(_resolve(cands, vt), cands, res), vt, res))
    # the codes of the text's places, gathered once (once per place made long texts of places quadratic)
    nearby = frozenset(code for c in places if c.rule != "gazetteer short name" for code in c.attrs["codes"])
    return kept, nearby


#: how far after a body's name its department's name may end (数据资源司, 宏观经济研究部)
_SUB_BODY_REACH = 10
_SUB_BODY_BREAK = regex.compile(r"[^\p{Han}]")
#: an ordinal that may number a department (第一分院, 第二法庭)
_ORDINAL_WORD = regex.compile(r"第[一二三四五六七八九十]{1,3}")


def _with_sub_bodies(kept: list[_Cand], vt: str, res: Resources) -> list[_Cand]:
    """A body's name followed by one of its departments or its legal form (工业和信息化部 + 办公厅, 国家数据局 +
    数据资源司, 某交易所 + 有限公司) is one name, the body its part (``_department_after``); so is a zone's
    name followed by one of its parts (某自由贸易试验区 + 杭州片区: zone_part_endings)."""
    rules = _rules(res)
    out: list[_Cand] = []
    i = 0
    while i < len(kept):
        c = kept[i]
        endings = rules.department_endings if c.type == "ORG" else \
            rules.tuples["zone_part_endings"] if c.type == "PLATFORM" else None
        found = _department_after(c, vt, res, rules, endings) if endings else None
        j = i + 1
        while found is not None and j < len(kept) and kept[j].a < found[0]:
            j += 1
        if found is None or kept[j - 1].b > found[0]:  # none, or a name crosses the department's end
            out.append(c)
            i += 1
            continue
        end, ending = found
        parts = [c, *(k for k in kept[i + 1:j] if k.type in _PART_TYPES)]
        type_ = c.type if c.type == "PLATFORM" else _lab_or_org(vt[c.b:end - len(ending)], ending, rules)
        joined = _Cand(c.a, end, type_, "sub-body " + ending, c.confidence, c.rank, parts=parts)
        out.append(_zone_office(joined, kept, j, vt, res, rules) if type_ == "PLATFORM" else joined)
        i = j
    return out


def _zone_office(zone: _Cand, kept: list[_Cand], j: int, vt: str, res: Resources, rules: _Rules) -> _Cand:
    """A zone's part followed by the office that runs it (某自由贸易试验区某某片区 + 管委会) is that office, an
    organisation holding the zone, when no kept name lies between."""
    reach = vt[zone.b:zone.b + _SUB_BODY_REACH]
    if not any(office in reach for office in rules.tuples["zone_offices"]):
        return zone  # most zones: no office named after them, nothing to segment
    found = _department_after(zone, vt, res, rules, rules.tuples["zone_offices"])
    if found is None or (j < len(kept) and kept[j].a < found[0]):
        return zone
    return _Cand(zone.a, found[0], "ORG", "sub-body " + found[1], zone.confidence, zone.rank, parts=[zone])


def _department_after(c: _Cand, vt: str, res: Resources, rules: _Rules,
                      endings: tuple[str, ...]) -> tuple[int, str] | None:
    """(end, ending) of a department named right after the body ``c``, if one is: nouns, set phrases and
    ordinals (高等教育司, 第一分院; a conjunction may join two of them, not open them: 教育部与财政部办公厅 is
    two bodies), then an ending that closes a word
    (``_closes_a_department``) with no title after it (司长). No verb (相关司局), stop word, person, title
    or other body's name lies between."""
    hi = min(len(vt), c.b + _SUB_BODY_REACH)
    stop = _SUB_BODY_BREAK.search(vt, c.b, hi)
    hi = stop.start() if stop else hi
    if hi <= c.b:
        return None
    seg = segmenter(res)
    for t in seg.pos_tokens(vt[c.b:min(len(vt), hi + 2)], c.b):
        if t.end > hi:
            return None
        ending = next((e for e in endings if t.word.endswith(e)), None) \
            if t.word.endswith(endings) else None  # most words end with none: one C call
        if ending is not None and _closes_a_department(t, ending, seg):
            titled = vt.startswith("长", t.end) or (t.flag == "nt" and t.word != ending)
            return None if titled or t.word in rules.generic else (t.end, ending)
        if t.word in rules.sets["name_conjunctions"]:
            if t.start == c.b:
                return None
        elif t.word in rules.stops or (t.word in rules.generic and t.flag.startswith("v")) \
                or not (t.flag.startswith(("n", "j", "vn", "l")) or _ORDINAL_WORD.fullmatch(t.word)) \
                or t.flag.startswith(("nr", "nt")) or t.word in rules.titles_after:
            return None
    return None


def _closes_a_department(t: Token, ending: str, seg: Segmenter) -> bool:
    """Whether the word ``t`` closes a department's name with ``ending``: the ending is the word, a noun ends
    with a two-character ending (发展研究部), or a rare word ends with a one-character one (发展署)."""
    if t.word == ending:
        return True
    if len(ending) >= 2:
        return t.flag.startswith(("n", "l"))
    return (seg.freq.get(t.word) or 0) < _COMMON_WORD and not t.flag.startswith("v")


def _confirmed(kept: list[_Cand], cands: list[_Cand], res: Resources) -> list[_Cand]:
    """A county's short name (大关, 新建, 阿里) is also a common word: with the tagger on, it stays only
    where the tagger read a place there too."""
    if not res.use_tagger:
        return kept
    tagged = {(c.a, c.b) for c in cands if c.rule == "tagger" and c.type == "PLACE"}
    return [k for k in kept if k.rule != "gazetteer short name" or (k.a, k.b) in tagged]


def _chains(kept: list[_Cand]) -> list[_Cand]:
    """Places written one after another with nothing between (美国加州, 日本熊本) are one place, its
    parts the places named, as a chain of divisions is (杭州市余杭区)."""
    out: list[_Cand] = []
    for c in kept:
        prev = out[-1] if out else None
        if prev is not None and prev.type == c.type == "PLACE" and prev.b == c.a:
            parts = [*(prev.parts if prev.rule == "place chain" else [prev]), c]
            codes = c.attrs.get("codes", [])
            out[-1] = _Cand(prev.a, c.b, "PLACE", "place chain", min(prev.confidence, c.confidence), prev.rank,
                            parts=parts, attrs={"codes": codes} if codes else {})
            continue
        out.append(c)
    return out


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


def extract_entities(source: Article | str, *, lexicon: Lexicon | str | Path | Iterable[tuple[str, str]] | None = None,
                     types: Iterable[str] | None = None, recognizer: Recognizer | None = None,
                     resources: Resources | None = None) -> list[Entity]:
    """Entities of an article (title, body and credits; ``field`` says which, offsets index that text:
    ``article.title``, ``article.body`` or ``article.credits_text``) or of any text (``field="text"``).

    ``lexicon`` adds names (a :class:`Lexicon`, a TSV path or (name, type) records); ``types`` keeps only
    those types; ``recognizer`` is an optional model (e.g. :class:`zhnews.backends.hanlp.HanLPRecognizer`)
    called on the simplified view, whose spans are merged below the rules'.
    """
    wanted = _wanted_types(types)
    lex = load_lexicon(lexicon)
    res = resources or default_resources()
    if isinstance(source, Article):
        found = (_extract(source.title, "title", lex, recognizer, res)
                 + _extract(source.body, "body", lex, recognizer, res) + _credit_entities(source))
    elif isinstance(source, str):
        found = _extract(source, "text", lex, recognizer, res)
    else:
        raise InputError(f"extract_entities takes an Article or str, not {type(source).__name__}")
    if wanted is not None:
        found = [e for e in found if e.type in wanted]
    return found
