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
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from ..errors import InputError, ResourceError
from ..page.credits import bare_name
from ..script import TextView, normalise
from ..types import Article, Entity
from ._keys import KeyMatcher
from ._source import view_of
from ._words import Token, _dictionary, pos_tokens, word_spans

# patterns used inside functions, compiled once (the regex module's cache lookup costs ~10 µs a call)
_QUOTED_PART = regex.compile(r"[“「]([^“”「」]+)[”」]")
_CLAUSE_MARK = regex.compile(r"[，。；、：]")

__all__ = ["ENTITY_TYPES", "Lexicon", "extract_entities", "load_lexicon"]

ENTITY_TYPES = ("LAB", "PROGRAMME", "POLICY", "AWARD", "ORG", "PLATFORM", "PLACE", "PERSON", "EVENT")

_KEY_STRIP = regex.compile(r"[\s“”「」『』\"'‘’《》]")


def canonical_key(text: str) -> str:
    """The key one entity has in both scripts: simplified, variants folded, no quotes or spaces.

    >>> canonical_key("餘杭區"), canonical_key("新產業"), canonical_key("新産業")
    ('余杭区', '新产业', '新产业')
    """
    folded = normalise(text).text  # OpenCC folds variants too: 産 and 產 both become 产
    return _KEY_STRIP.sub("", folded)


# ---------------------------------------------------------------- data


def _rule_lines(name: str) -> list[str]:
    text = resources.files("zhnews.extract").joinpath(f"rules/{name}").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class _Rules:
    suffixes: dict[str, str]
    suffix_re: regex.Pattern[str]
    generic: frozenset[str]
    stops: frozenset[str]
    titles_before: tuple[str, ...]
    titles_after: tuple[str, ...]
    speech: tuple[str, ...]
    before_re: regex.Pattern[str]
    after_re: regex.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    suffixes = dict(line.split("\t")[:2] for line in _rule_lines("entity_suffixes.tsv"))
    words = lambda name: frozenset(w for line in _rule_lines(name) for w in line.split())  # noqa: E731
    titles: dict[str, tuple[str, ...]] = {}
    for line in _rule_lines("person_titles.txt"):
        key, _, rest = line.partition(":")
        titles[key.strip()] = tuple(sorted(rest.split(), key=len, reverse=True))
    alternation = "|".join(regex.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return _Rules(
        suffixes=suffixes, suffix_re=regex.compile(alternation), generic=words("entity_generic.txt"),
        stops=words("entity_stops.txt"), titles_before=titles["before"], titles_after=titles["after"],
        speech=titles["speech"],
        before_re=regex.compile(rf"(?:{'|'.join(map(regex.escape, titles['before']))})(?=\p{{Han}}{{2}})"),
        after_re=regex.compile("|".join(map(regex.escape, titles["after"] + titles["speech"]))),
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
        except OSError as exc:
            raise ResourceError(f"cannot read lexicon {path}: {exc.strerror}") from exc
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


@lru_cache(maxsize=1)
def _builtin() -> Lexicon:
    return load_lexicon([tuple(line.split("\t")[:2]) for line in _rule_lines("entity_lexicon.tsv")])  # type: ignore[misc]


def _with_builtin(user: Lexicon) -> Lexicon:
    """The built-in lexicon with the user's entries on top (a user's type wins)."""
    if not user.entries:
        return _builtin()
    merged = Lexicon(dict(_builtin().entries))
    merged.entries.update(user.entries)
    return merged


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    by_code: dict[str, _Division]
    names: KeyMatcher[list[str]]  # full and short names -> division codes


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
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
    return _Gazetteer(by_code=by_code, names=KeyMatcher(names))


# ---------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Cand:
    a: int
    b: int
    type: str
    rule: str
    confidence: float
    rank: int  # higher wins an overlap
    parts: list[_Cand] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)


_QUOTED = regex.compile(r"[“「『]([^“”「」『』\n]{2,24})[”」』]")
_NESTED = regex.compile(r"(?P<lead>[省市区县]|国家)?(?P<quotes>(?:[“「][^“”「」\n]{1,8}[”」]){2,4})"
                        r"(?P<tail>[^\P{Han}等和及与]{0,8}?)(?P<suffix>计划|工程|专项|行动)")
_BOOK = regex.compile(r"《([^《》\n]{2,40})》")
_DOC_ENDINGS = ("办法", "意见", "条例", "规定", "规划", "方案", "通知", "决定", "法", "纲要", "细则", "措施", "政策",
                "若干政策", "计划", "指南", "标准", "规范", "实施意见", "行动方案")
_NUMBERED_POLICY = regex.compile(r"\p{Han}{0,6}?[\d一二三四五六七八九十百]+条")
_PUNCT = regex.compile(r"[\p{P}\s\d]")
# punctuation and spaces that also end jieba's blocks (it keeps . % # & _ - inside words like 5.8%)
_HARD_BREAK = regex.compile(r"(?![.%#&_\-])[\p{P}\s]")
_PUNCT_NO_DIGIT = regex.compile(r"[\p{P}\s]")
_NAME_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9）)]")
_NEVER_BEFORE_SUFFIX = frozenset("的等在对把被向从是了着将已并于")
_GRADE = regex.compile(r"[一二三四五特]等$|[金银铜]$")
_NAMED_EVENT = regex.compile(r"(?:第[\d一二三四五六七八九十百]+届|(?:19|20)\d{2}年?)$")
# an ordinal opens an event's name: 第五届 数字中国建设峰会, 首届 中国（温州）数字经济博览会
_ORDINAL_EVENT = regex.compile(
    r"(?:第[\d一二三四五六七八九十百]+届|首届|(?:19|20)\d{2}年?)(?P<name>[\p{Han}（）()A-Za-z\d]{2,20})$"
)
_RELAXED = frozenset({"研究院", "研究所", "大学", "学院", "协会", "学会", "博览会", "论坛", "大会", "峰会"})
_EXACT_TOKEN_SUFFIXES = frozenset({"局", "厅", "馆", "办", "鼎"})
_PROPER_FLAGS = ("ns", "nr", "nt", "nz")
_PLACE_FLAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz"})
_ADJ_BEFORE_SUFFIX = frozenset({"新", "大", "小", "好", "老", "强", "美", "之城", "总"})
_LEVEL_WORDS = ("国家级", "省级", "市级", "区级", "县级", "首批", "首家", "一批", "全国", "新增", "各类", "多家")


def _quoted_names(vt: str) -> list[_Cand]:
    rules = _rules()
    out: list[_Cand] = []
    for m in _NESTED.finditer(vt):
        cand = _Cand(m.start("lead") if m.group("lead") else m.start("quotes"), m.end("suffix"), "PROGRAMME",
                     "quoted nested", 0.95, 5)
        for q in _QUOTED_PART.finditer(vt[m.start("quotes"):m.end("quotes")]):
            a = m.start("quotes") + q.start(1)
            cand.parts.append(_Cand(a, a + len(q.group(1)), "PROGRAMME", "quoted part", 0.9, 1))
        out.append(cand)
    for m in _QUOTED.finditer(vt):
        inner = m.group(1)
        a, b = m.span(1)
        if _NUMBERED_POLICY.fullmatch(inner):
            out.append(_Cand(a, b, "POLICY", "quoted nickname", 0.95, 4))
            continue
        suffix = rules.suffix_re.search(inner)
        ending = next((s for s in sorted(rules.suffixes, key=len, reverse=True) if inner.endswith(s)), None)
        after = vt[m.end():m.end() + 2]
        if after in ("计划", "工程", "行动", "专项") and not _PUNCT_NO_DIGIT.search(inner):
            out.append(_Cand(a, b, "PROGRAMME", "quoted before " + after, 0.9, 4))  # “春城英才”计划
            continue
        if suffix is None or ending is None or len(inner) <= len(ending) or _PUNCT_NO_DIGIT.search(inner):
            continue
        out.append(_Cand(a, b, rules.suffixes[ending], "quoted", 0.95, 4))
    for m in _BOOK.finditer(vt):
        inner = m.group(1)
        a, b = m.span(1)
        if inner.endswith(_DOC_ENDINGS):
            out.append(_Cand(a, b, "POLICY", "document title", 0.95, 4))
        elif inner.endswith(("报", "日报", "晚报", "杂志", "周刊")):
            out.append(_Cand(a, b, "ORG", "newspaper title", 0.9, 4))
    return out


# a government body named by its remit alone is still a name when it is the nation's: 国家发展委员会,
# 国家统计局 (市科技局 without a place is a category)
_NATIONAL = frozenset({"国家", "中央", "国务院", "中共中央"})
# zones granted by a programme: a name only with a proper noun in it (郑州航空港经济综合实验区)
_DESIGNATIONS = frozenset({"试验区", "实验区", "示范区", "产业园"})
# suffixes of government bodies whose names join two remits with 和: 工业和信息化部, 住房和城乡建设局
_REMIT_SUFFIXES = ("委员会", "局", "厅", "部", "委", "办公室")


_BRACKETS = frozenset("（()）")
_BRACKET_INSIDE = regex.compile(r"\p{Han}{2,4}")


def _bracketed_place(vt: str, lo: int) -> tuple[int, int] | None:
    """The span of a bracketed place that ends right before ``lo`` inside a name (中国（浙江）自由贸易试验区,
    西部（重庆）科学城): 2-4 Han characters in brackets, with a name character before them."""
    if lo < 2 or vt[lo - 1] not in "）)":
        return None
    close = lo - 1
    opening = max(vt.rfind("（", max(0, close - 5), close), vt.rfind("(", max(0, close - 5), close))
    if opening < 1 or not _BRACKET_INSIDE.fullmatch(vt, opening + 1, close) or not _NAME_CHAR.match(vt[opening - 1]):
        return None
    if not _gazetteer().names.find(vt[opening + 1:close]):
        return None  # the brackets hold a place: （集团）, （试行） do not
    return opening, close + 1


def _joins_body_name(toks: list[Token], conj: Token, rules: _Rules, suffix: str) -> bool:
    """和 inside a government body's name (经济和信息化委员会) rather than between two names: the
    ending is a body's, and the word before 和 is a noun that is no complete name itself."""
    if not suffix.endswith(_REMIT_SUFFIXES):
        return False
    before = next((t for t in toks if t.end == conj.start), None)
    return (before is not None and len(before.word) >= 2 and before.flag.startswith(("n", "vn"))
            and not before.flag.startswith(_PROPER_FLAGS) and rules.suffix_re.search(before.word) is None)


def _title_after(toks: list[Token], e: int) -> bool:
    """The word holding the ending runs on into a word of its own (协会会长, 局局长, 集团股份): jieba
    joined them, but the name still ends at ``e``. 办公室 is no 办 + 公室 (a rare word: frequency 7)."""
    over = next((t for t in toks if t.start < e < t.end), None)
    if over is None:
        return False
    rest = over.word[e - over.start:]
    return len(rest) >= 2 and (_dictionary()[0].get(rest) or 0) >= 100  # a common word (公室 is a rare one)


def _names_a_document(body: list[Token], rules: _Rules) -> bool:
    """A policy named in running text (not in 《》) says whose or what it is: a proper noun (浙江省, 杭州),
    an issuing body (科技部), or 关于 (关于加快…的意见)."""
    org_endings = tuple(sfx for sfx, typ in rules.suffixes.items() if typ == "ORG")
    return any(t.flag.startswith(_PROPER_FLAGS) or t.word == "关于" or rules.suffix_re.fullmatch(t.word) is not None
               or (len(t.word) >= 2 and t.word.endswith(org_endings)) for t in body)


def _distinctive(tokens: list[Token], generic: frozenset[str]) -> bool:
    return any(t.word not in generic and not t.word.isdigit() and t.flag not in ("m", "q", "x", "uj", "p", "c")
               for t in tokens)


def _suffix_names(vt: str) -> list[_Cand]:
    """Names found from their ending: the longest run of words before it that a name can hold."""
    rules = _rules()
    out: list[_Cand] = []
    breaks: list[int] | None = None
    for m in rules.suffix_re.finditer(vt):
        s, e = m.span()
        suffix = m.group(0)
        if suffix.endswith("奖") and _GRADE.search(vt, max(0, s - 2), s):
            continue  # 二等奖 grades the award before it
        if suffix[-1] in "局厅部办处" and vt.startswith("长", e):
            continue  # 促进局局长: the second 局 is a title's, the body's name ends at the first
        if s == 0 or not _NAME_CHAR.match(vt[s - 1]) or vt[s - 1] in _NEVER_BEFORE_SUFFIX:
            continue  # nothing a name can end with right before the ending: no need to segment
        if breaks is None:
            breaks = [b.start() for b in _HARD_BREAK.finditer(vt)]
        # the words before the ending stop at punctuation (see below), and segmenting ends there: start the
        # window after the last punctuation mark, which gives the same words for less work
        k = bisect_left(breaks, s) - 1
        lo = max(0, s - 18, breaks[k] + 1 if k >= 0 else 0)
        # zones name a place in brackets (中国（浙江）自由贸易试验区); companies do too (北新建材（昆明）有限公司),
        # but the brand before the bracket is segmented too poorly to find its start: zones only
        bracket = _bracketed_place(vt, lo) if rules.suffixes[suffix] == "PLATFORM" else None
        if bracket is not None:  # the name goes on before the bracket
            k = bisect_left(breaks, bracket[0]) - 1
            lo = max(0, bracket[0] - 12, breaks[k] + 1 if k >= 0 else 0)
        toks = pos_tokens(vt[lo:e + 3], lo)  # a little past the ending: does it close a word there?
        # the ending must close a word, and start one unless the word holding it is a noun ending there:
        # 举办 ends with 办 but is a verb; 格局 ends with 局; 钱江/经济/开发区 holds 经济开发区
        if not any(t.end == e for t in toks) and not _title_after(toks, e):
            continue
        holder = next(t for t in toks if t.start <= s < t.end)
        if holder.start != s and holder.flag != "nt" and (suffix in _EXACT_TOKEN_SUFFIXES
                                                         or not holder.flag.startswith("n")):
            continue
        if rules.suffixes[suffix] == "EVENT":
            opened = _ORDINAL_EVENT.search(vt, max(0, s - 24), s)
            if opened and not _CLAUSE_MARK.search(opened.group("name")):
                out.append(_Cand(opened.start("name"), e, "EVENT", "event after ordinal", 0.9, 3))
                continue
        body: list[Token] = []
        proper = False
        for t in reversed(toks):
            if t.start >= s:
                continue
            word = t.word if t.end <= s else t.word[: s - t.start]
            if bracket is not None and bracket[0] <= t.start and t.end <= bracket[1]:
                body.insert(0, Token(word, t.flag, t.start, t.end))  # （浙江）
                proper = proper or t.flag.startswith(_PROPER_FLAGS)
                continue
            if t.word == "和" and body and _joins_body_name(toks, t, rules, suffix):
                body.insert(0, Token(word, t.flag, t.start, t.end))  # 经济和信息化委员会: one body's name
                continue
            if t.word in rules.stops or t.word in _LEVEL_WORDS or _PUNCT.search(word) \
                    or t.flag in ("m", "p", "c", "uj", "ul", "r", "d", "ad", "i", "l") \
                    or (len(t.word) == 1 and t.flag in ("v", "a")):  # 做优做强, 认真贯彻: predicates
                break
            if t.flag.startswith("v") and proper and t.end <= s:
                break  # 认真贯彻 杭州市科技创新大会: a verb before a complete name
            if len(body) >= 7 or s - t.start > 16:
                break
            body.insert(0, Token(word, t.flag, t.start, min(t.end, s)))
            proper = proper or t.flag.startswith(_PROPER_FLAGS)
        if all(t.flag in ("v", "vd", "f", "c") for t in body):
            continue  # 前往医院, 希望政府, 上政府, 比如奖: a verb or a direction word is no name
        if not body or body[-1].word in _ADJ_BEFORE_SUFFIX or body[0].word in _BRACKETS:
            continue  # nothing before the ending, an adjective, or a bracket with no name before it
        named = (suffix in _RELAXED and len(body) >= 2) or bool(_NAMED_EVENT.search(vt, max(0, body[0].start - 6),
                                                                                      body[0].start)) \
            or (rules.suffixes[suffix] == "ORG" and body[0].word in _NATIONAL and len(body) >= 2)
        if not named and not _distinctive(body, rules.generic):
            continue  # 第六届世界智能大会, 工业技术研究院: named by their ordinal or their kind
        if suffix in _DESIGNATIONS and not any(t.flag.startswith(_PROPER_FLAGS) for t in body):
            continue  # 国家新一代人工智能创新发展试验区: a designation many places hold, unless a place names it
        if rules.suffixes[suffix] == "POLICY" and not _names_a_document(body, rules):
            continue  # 解决办法, 优惠政策, 没有办法: a document's name has an issuer, a place or 关于 (《…》 aside)
        out.append(_Cand(body[0].start, e, rules.suffixes[suffix], "suffix " + suffix, 0.85, 3))
    return out


def _places(vt: str) -> list[_Cand]:
    gaz = _gazetteer()
    out: list[_Cand] = []
    seen: dict[str, bool] = {}  # within this text: a short name in the same surroundings reads the same
    for a, b, codes in gaz.names.find(vt):
        key = vt[a:b]
        divs = [gaz.by_code[c] for c in codes]
        full = any(d.name == key for d in divs)
        if not full and (b < len(vt) and vt[b] in "省市区县州盟旗"):
            continue  # 杭州 inside 杭州市: the full name is matched too
        if not full:
            # a short name must be a word of its own that reads as a name: not 新平 inside 创新平台,
            # not 合作 or 光明 used as words
            lo = max(0, a - 4)
            context = vt[lo:b + 4]
            if context not in seen:
                # jieba tags many county names as names (余杭 nr, 德清 nr, 淳安 nz): proper-noun flags all count,
                # common-word flags (合作 vn, 光明 n) do not
                seen[context] = any(t.start == a - lo and t.end == b - lo and t.flag in _PLACE_FLAGS
                                    for t in pos_tokens(context))
            if not seen[context]:
                continue
        out.append(_Cand(a, b, "PLACE", "gazetteer" if full else "gazetteer short name", 0.95 if full else 0.8,
                         2, attrs={"codes": codes}))
    # merge a chain written out (杭州市余杭区): a division right after its parent
    merged: list[_Cand] = []
    for c in sorted(out, key=lambda c: (c.a, -(c.b - c.a))):
        prev = merged[-1] if merged else None
        if prev and c.a == prev.b and _parent_of(prev.attrs["codes"], c.attrs["codes"]):
            child = [code for code in c.attrs["codes"] if _is_child(prev.attrs["codes"], code)]
            merged[-1] = _Cand(prev.a, c.b, "PLACE", "gazetteer chain", 0.95, 2, attrs={"codes": child})
            continue
        merged.append(c)
    return merged


def _is_word(vt: str, a: int, b: int, *, need_start: bool = True, need_end: bool = True) -> bool:
    """Whether ``vt[a:b]`` starts and ends on word boundaries, judged by segmenting a few characters
    around it (segmenting whole texts made entity extraction slow)."""
    lo, hi = max(0, a - 6), min(len(vt), b + 6)
    starts, ends = set(), set()
    for _word, x, y in word_spans(vt[lo:hi]):
        starts.add(lo + x)
        ends.add(lo + y)
    return (not need_start or a in starts) and (not need_end or b in ends)


def _is_child(parents: list[str], code: str) -> bool:
    gaz = _gazetteer().by_code
    div = gaz.get(code)
    return div is not None and any(p in (div.province, div.city) for p in parents)


def _parent_of(parents: list[str], children: list[str]) -> bool:
    return any(_is_child(parents, c) for c in children)


def _chain(codes: list[str], context: list[list[str]]) -> list[str] | None:
    """The administrative chain of a division, when its codes (and the places around it) make it unique."""
    gaz = _gazetteer().by_code
    if len(codes) > 1:
        near = {c for cs in context for c in cs}
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


def _people(vt: str) -> list[_Cand]:
    """Names next to a title (书记王某, 王某院士) or before a speech verb (王某表示); the name ends where a
    word ends, so 记者张涛报道 gives 张涛."""
    rules = _rules()
    out: list[_Cand] = []
    _freq, tags, _logtotal = _dictionary()

    def plausible(name: str) -> bool:
        # 王某还, 王某说: the name is the two characters before; a common word of the dictionary is no
        # name: 强调, 方面, 查验, 党工委 (surname-shaped); proper nouns may be (钟南山 is tagged a place)
        if len(name) == 3 and name[-1] in _AFTER_NAME:
            return False
        tag = tags.get(name)
        return bare_name(name) and (tag is None or tag.startswith(("nr", "ns", "nz")))

    for m in rules.before_re.finditer(vt):
        if not _is_word(vt, m.start(), m.end(), need_start=False):
            continue  # 湖南省长沙市 holds 省长 across two words (市委书记 ends a word with 书记: fine)
        a = m.end()
        for n in (3, 2):
            name = vt[a:a + n]
            if len(name) == n and plausible(name) and _is_word(vt, a, a + n, need_start=False):
                out.append(_Cand(a, a + n, "PERSON", "after title", 0.85, 3))
                break
    for m in rules.after_re.finditer(vt):
        b = m.start()
        for n in (3, 2):
            name = vt[max(0, b - n):b]
            if len(name) == n and plausible(name) and _is_word(vt, b - n, b):
                out.append(_Cand(b - n, b, "PERSON", "before title", 0.8, 3))
                break
    return out


# characters that follow a name as words of their own: 王某还表示, 王某说, 王某也
_AFTER_NAME = frozenset("还说也都就又曾称等在将和与及")


# ---------------------------------------------------------------- assembly


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Keep the strongest non-overlapping candidates; one lying inside a kept one becomes its part."""
    kept: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-c.rank, -(c.b - c.a), c.a)):
        clash = [k for k in kept if c.a < k.b and k.a < c.b]
        if not clash:
            kept.append(c)
            continue
        for k in clash:
            if k.a <= c.a and c.b <= k.b and (c.b - c.a) < (k.b - k.a) and c.type in ("PLACE", "ORG", "PERSON"):
                if not any(p.a == c.a and p.b == c.b for p in k.parts):
                    k.parts.append(c)
    return sorted(kept, key=lambda c: c.a)


def _entity(view: TextView, c: _Cand, field_name: str, places_nearby: list[list[str]]) -> Entity:
    oa, ob = view.to_original(c.a, c.b)
    attrs: dict[str, Any] = {}
    if c.type == "PLACE":
        chain = _chain(c.attrs.get("codes", []), places_nearby)
        if chain:
            attrs["chain"] = chain
    return Entity(
        text=view.original[oa:ob], start=oa, end=ob, type=c.type, canonical=_KEY_STRIP.sub("", view.text[c.a:c.b]),
        field=field_name,  # type: ignore[arg-type]
        parts=tuple(_entity(view, p, field_name, places_nearby) for p in sorted(c.parts, key=lambda p: p.a)),
        rule=c.rule, confidence=c.confidence, attrs=attrs,
    )


Recognizer = Callable[[str], Iterable[tuple[int, int, str]]]


def _extract(text: str, field_name: str, lexicon: Lexicon, recognizer: Recognizer | None = None) -> list[Entity]:
    if not text.strip():
        return []
    view = view_of(text)
    vt = view.text
    cands = [_Cand(a, b, t, "lexicon", 1.0, 6) for a, b, t in lexicon.matches(vt)]
    if recognizer is not None:
        # a model's spans rank below every rule: the rules win on the types they know
        cands += [_Cand(a, b, t, "model", 0.7, 1) for a, b, t in recognizer(vt) if t in ENTITY_TYPES and a < b]
    cands += _quoted_names(vt)
    cands += _suffix_names(vt)
    places = _places(vt)
    cands += places
    cands += _people(vt)
    kept = _resolve(cands)
    nearby = [c.attrs["codes"] for c in places if c.rule != "gazetteer short name"]
    return [_entity(view, c, field_name, nearby) for c in kept]


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
                          attrs={"role": credit.role, "kind": credit.kind}))
    if article.source:
        at = text.find(article.source)
        if at >= 0:
            out.append(Entity(text=article.source, start=at, end=at + len(article.source), type="ORG",
                              canonical=canonical_key(article.source), field="credits", rule="source", confidence=0.9))
    return sorted(out, key=lambda e: e.start)


def extract_entities(source: Article | str, *, lexicon: Lexicon | str | Path | Iterable[tuple[str, str]] | None = None,
                     types: Iterable[str] | None = None, recognizer: Recognizer | None = None) -> list[Entity]:
    """Entities of an article (title, body and credits; ``field`` says which, offsets index that text:
    ``article.title``, ``article.body`` or ``article.credits_text``) or of any text (``field="text"``).

    ``lexicon`` adds names (a :class:`Lexicon`, a TSV path or (name, type) records); ``types`` keeps only
    those types; ``recognizer`` is an optional model (e.g. :class:`zhnews.backends.hanlp.HanLPRecognizer`)
    called on the simplified view, whose spans are merged below the rules'.
    """
    lex = _with_builtin(load_lexicon(lexicon))
    if isinstance(source, Article):
        found = (_extract(source.title, "title", lex, recognizer) + _extract(source.body, "body", lex, recognizer)
                 + _credit_entities(source))
    elif isinstance(source, str):
        found = _extract(source, "text", lex, recognizer)
    else:
        raise InputError(f"extract_entities takes an Article or str, not {type(source).__name__}")
    if types is not None:
        wanted = set(types)
        unknown = wanted - set(ENTITY_TYPES)
        if unknown:
            raise InputError(f"unknown entity types {sorted(unknown)}; use {', '.join(ENTITY_TYPES)}")
        found = [e for e in found if e.type in wanted]
    return found
