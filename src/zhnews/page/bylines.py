"""Credits (byline, editors, reviewers) and the source outlet of a page, from every place pages print them.

Each ``_step`` reads one kind of place (a labelled credit line, a bracketed byline at the body's start,
a dateline, a poster's name beside a post time, a lone name line over the body …) and returns what it
found; :func:`extract_credits` and :func:`extract_source` run the steps strongest first, and every
credit records the step that found it in ``Credit.rule``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..types import Credit, responsible_editor_roles
from .body import BodyRegion, is_furniture, is_prose
from .credits import bare_name, credits_in_line, dictionary_word, is_outlet, person_name, source_in_line
from .dates import date_labels, find_dates
from .headline import near_date_line
from .html import HtmlPage
from .lines import Line, visible_len
from .wordlists import alternation, words

__all__ = ["extract_credits", "extract_source"]

_OPEN, _CLOSE = "（(【\\[〔［", "）)】\\]〕］"
_BRACKETED = regex.compile(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]{{2,40}})[{_CLOSE}]")
# a closing （张三） or （张三 李四）: the reporters of the story
_NAME_CLOSER = regex.compile(r"[（(]\s*(\p{Han}{2,4}(?:\s+\p{Han}{2,4}){0,2})\s*[）)]\s*$")
_NAME_SEP = regex.compile(r"[\s/／|｜︱]+")
_DATELINE_NAME = regex.compile(r"(\p{Han}{2,4})(\d{1,2}日[电電])$")
_HAN_TAIL = regex.compile(r"\p{Han}{2,4}$")
_BRACKETS_COLONS = regex.compile(r"[()（）:：\[\]［］]")
_HAS_HAN = regex.compile(r"\p{Han}")
_NAME_OUTLET = regex.compile(r"^(\p{Han}{2,4})\s*[/／]\s*(\S{2,14})$")
_OUTLET_NAME = regex.compile(r"^(\S{2,14}?)\s*[/／]\s*(\p{Han}{2,4})$")  # 某報快訊／張三
_HANDLE = r"[\p{Han}A-Za-z0-9_.]{2,20}"
_HANDLE_LINE = regex.compile(_HANDLE)
_ALL_HAN = regex.compile(r"\p{Han}+")


@lru_cache(maxsize=1)
def _poster_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(NAME before a post mark: 张三 发表于 / 由张三张贴, NAME after 'by'), built on first use."""
    marks = alternation("poster_marks")
    before = regex.compile(rf"(?:^|[\s由@])(?P<name>{_HANDLE}?)\s*(?:{marks})", regex.IGNORECASE)
    after = regex.compile(rf"(?<![A-Za-z])(?:posted\s+)?by\s+(?P<name>{_HANDLE})", regex.IGNORECASE)
    return before, after


@dataclass(frozen=True, slots=True)
class _SourcePatterns:
    bracket: regex.Pattern[str]  # （来源：某某网）
    label: regex.Pattern[str]  # 来源 anywhere in a line
    wire_suffix: regex.Pattern[str]  # 上報快訊 → 上報
    own: tuple[str, ...]  # 本报, 本网 …


@lru_cache(maxsize=1)
def _source_patterns() -> _SourcePatterns:
    labels = alternation("source_labels")
    return _SourcePatterns(
        bracket=regex.compile(rf"[（(【\[]\s*(?:{labels})\s*[:：]\s*([^（()）【】\[\]]{{2,30}})[）)】\]]"),
        label=regex.compile(labels),
        wire_suffix=regex.compile(rf"(?<=\p{{Han}}{{2}})(?:{alternation('wire_tags')})$"),
        own=words("own_outlet_marks"),
    )


@lru_cache(maxsize=1)
def _time_zone_marks() -> regex.Pattern[str]:
    return regex.compile(alternation("time_zone_marks"))


@lru_cache(maxsize=1)
def _user_stat_pattern() -> regex.Pattern[str]:
    # a figure follows its label: 积分：235, 粉丝 23 (注册 | 登入 is a menu, not a card)
    return regex.compile(rf"^(?:{alternation('user_stat_labels')})\s*(?:[:：]\s*\S|\d)")


@lru_cache(maxsize=1)
def _profile_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^[\[【(（]?\s*(?:{alternation('author_profile_labels')})")


@lru_cache(maxsize=1)
def _wire_tag() -> regex.Pattern[str]:
    """【某報專訊】 / 〔某某網訊〕 opening a story: the outlet before the wire ending."""
    return regex.compile(rf"^[{_OPEN}]\s*(?P<outlet>\S{{2,12}}?)(?:{alternation('wire_tags')})\s*[{_CLOSE}]")


def _credit_zone(lines: Sequence[Line], region: BodyRegion) -> list[int]:
    """Indexes of lines where credits are printed: the header above the body, furniture stripped
    from the body, and the lines right after it."""
    zone = list(range(max(0, region.start - 12), region.start))
    zone += region.stripped
    zone += list(range(region.end, min(len(lines), region.end + 12)))
    return zone


def _author(name: str) -> Credit:
    return Credit(name=name, role="作者", kind="author")


# ---------------------------------------------------------------- credit steps


def _labelled_lines(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """Role words and names on credit lines around the body (记者 张三 通讯员 李四, 责任编辑：王五)."""
    out: list[Credit] = []
    for i in _credit_zone(lines, region):
        line = lines[i]
        if len(line.text) > 160:
            continue
        # credit lines separate roles with commas (记者 张三，通讯员 李四): ignore them when asking
        # whether the line is prose; prose lines are read strictly (names must look like names)
        credit_line = line.link_density <= 0.6 and not is_prose(line.text.replace("，", " "))
        out += credits_in_line(line.text, loose=not credit_line)
    return out


def _bracketed_bylines(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """Bylines in brackets or on short lines in the first and last paragraphs: （记者 张三）,
    〔記者林家豪／台北報導〕, （某社記者林家豪台北21日電）, 文/张三."""
    out: list[Credit] = []
    for i in region.kept[:6] + region.kept[-3:]:
        text = lines[i].text
        for m in _BRACKETED.finditer(text[:400]):
            out += credits_in_line(drop_dateline_place(m.group(1)))
        if visible_len(text) <= 40 and not is_prose(text):
            out += credits_in_line(text, loose=True)
    return out


def _closing_names(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """A lone （张三） or （张三 李四） closing the article names its reporters."""
    for i in [*region.kept[-1:], *range(region.end, min(len(lines), region.end + 2))]:
        m = _NAME_CLOSER.search(lines[i].text)
        if m:
            names = m.group(1).split()
            if all(person_name(n) for n in names):
                return [_author(n) for n in names]
    return []


def _person_as_source(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """来源：张三 with a person's name, not an outlet's: the author."""
    for i in _credit_zone(lines, region):
        src = source_in_line(lines[i].text)
        if src and person_name(src) and not is_outlet(src):
            return [_author(src)]
    return []


def _name_outlet_line(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """张三/江南日报 (or 某報快訊／張三) under the headline: author and outlet on one line."""
    for i in range(max(0, region.start - 8), min(len(lines), region.start + 1)):
        m = _NAME_OUTLET.match(lines[i].text)
        if m and bare_name(m.group(1)) and is_outlet(m.group(2)):
            return [_author(m.group(1))]
        outlet_name = _outlet_then_name(lines[i].text)
        if outlet_name:
            return [_author(outlet_name[1])]
    return []


def _outlet_then_name(text: str) -> tuple[str, str] | None:
    """(outlet, name) of a 某報快訊／張三 line: an outlet (its wire ending dropped), a slash, a name.

    >>> _outlet_then_name("示例報快訊／范姜佳鈺")
    ('示例報', '范姜佳鈺')
    """
    m = _OUTLET_NAME.match(text.strip())
    if not m:
        return None
    outlet = _source_patterns().wire_suffix.sub("", m.group(1))
    if is_outlet(outlet) and person_name(m.group(2)) and not outlet.startswith(_source_patterns().own):
        return outlet, m.group(2)
    return None


def _posters(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """A forum's or blog's poster beside the post time: 张三 发表于 2005-9-15, 由张三张贴 @ …,
    发布时间 2005/03/15 by zhang; the first such line from the header down (the first post). A
    dump that prints each piece of text on its own line puts the name on the line before the mark
    (张三 / 发表于 …) or after a closing ``by``."""
    before, after = _poster_patterns()
    for i in range(max(0, region.start - 12), min(len(lines), region.end + 12)):
        text = lines[i].text
        if len(text) > 120 or is_prose(text) or not find_dates(text):
            continue
        for m in (before.search(_with_neighbour(lines, i, text)), after.search(_with_neighbour(lines, i, text))):
            name = m.group("name") if m else ""
            name = name[1:] if name.startswith("由") else name
            if len(name) >= 2 and not name.isdigit() and not find_dates(name) and not date_labels().any.search(name):
                return [_author(name)]
    return []


_BY_END = regex.compile(r"(?<![A-Za-z])by\s*$", regex.IGNORECASE)


def _with_neighbour(lines: Sequence[Line], i: int, text: str) -> str:
    """A post-time line with the poster's name its dump split off: the line before when the line
    opens with the post mark, the line after when it ends with ``by``."""
    prev = lines[i - 1].text.strip() if i > 0 else ""
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    if prev and _HANDLE_LINE.fullmatch(prev) and _poster_mark_first(text):
        return f"{prev} {text}"
    if nxt and _HANDLE_LINE.fullmatch(nxt) and _BY_END.search(text):
        return f"{text} {nxt}"
    return text


@lru_cache(maxsize=1)
def _poster_mark_start() -> regex.Pattern[str]:
    return regex.compile(rf"^\s*(?:{alternation('poster_marks')})", regex.IGNORECASE)


def _poster_mark_first(text: str) -> bool:
    return bool(_poster_mark_start().match(text))


def _name_beside_date(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """A name printed beside the date under the title (谢若含 2017-03-01, 2004年7月16日 [ 黄宇 ] 来源：…)."""
    for i in range(region.start - 1, max(-1, region.start - 13), -1):
        rest = date_line_rest(lines[i].text)
        if rest is None:
            continue
        tokens = [t for t in _NAME_SEP.split(rest) if t and _HAS_HAN.search(t)]
        if len(tokens) <= 3:
            names = [t for t in tokens if person_name(t)][:1]
            if names:
                return [_author(names[0])]
        if not tokens:  # a dump that splits the line: the name alone on the line over the date
            above = lines[i - 1].text.strip() if i > 0 else ""
            if person_name(above) and not is_outlet(above) and lines[i - 1].link_density <= 0.5:
                return [_author(above)]
    return []


def _name_beside_source(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """A name printed before the 来源 label on a header line ([ 黄宇 ] 来源：[ 某某报 ])."""
    for i in range(region.start - 1, max(-1, region.start - 13), -1):
        text = lines[i].text
        label = _source_patterns().label.search(text) if len(text) <= 80 else None
        if not label or not source_in_line(text):
            continue
        head = _BRACKETS_COLONS.sub(" ", text[: label.start()])
        tokens = [t for t in _NAME_SEP.split(head) if t and _HAS_HAN.search(t)]
        if len(tokens) == 1 and person_name(tokens[0]):
            return [_author(tokens[0])]
    return []


def _name_line_over_body(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """An essay's or column's author printed alone on a line just over its text (茉莉)."""
    for i in range(region.start - 1, max(-1, region.start - 4), -1):
        text = lines[i].text.strip()
        if person_name(text) and lines[i].link_density <= 0.5:
            return [_author(text)]
    return []


def _user_card(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """A poster's user card over the post: a name (or handle) line followed by its figures
    (级别：…, 积分：…, 粉丝：23 文章：11)."""
    stats = _user_stat_pattern()
    for i in range(max(0, region.start - 12), region.start - 1):
        name = lines[i].text.strip()
        if _HANDLE_LINE.fullmatch(name) and not name.isdigit() and stats.match(lines[i + 1].text) \
                and name not in words("not_names"):
            return [_author(name)]
    return []


def _author_card(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """A blog's author card, wherever the page puts it: the blogger's name over [作者简介] …"""
    profile = _profile_pattern()
    for i in range(len(lines) - 1):
        name = lines[i].text.strip()
        if profile.match(lines[i + 1].text) and _HANDLE_LINE.fullmatch(name) and not name.isdigit() \
                and name not in words("not_names") and not is_furniture(name):
            return [_author(name)]
    return []


def _pen_name_under_headline(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """An essay's author under its headline, right over the text, whatever the name's shape (茉莉)."""
    k = region.start - 1
    if k < 1:
        return []
    name, above = lines[k].text.strip(), lines[k - 1]
    shaped = above.title_hint or above.heading or (4 <= visible_len(above.text) <= 40 and not is_prose(above.text))
    headline = shaped and not find_dates(above.text) and not is_furniture(above.text)
    if headline and _ALL_HAN.fullmatch(name) and 2 <= len(name) <= 4 and not is_outlet(name) \
            and not is_furniture(name) and name not in words("section_words") and name not in words("not_names") \
            and _pen_name_word(name):
        return [_author(name)]
    return []


#: parts of speech (jieba's tags) a pen name can have when the dictionary knows it as one word:
#: nouns and names (茉莉, 青禾), not time words, adverbs, verbs or places (周末, 马上, 江南)
_PEN_NAME_TAGS = ("n", "nr", "nrt", "nrfg", "nz", "ng")


def _pen_name_word(name: str) -> bool:
    tag = dictionary_word(name)
    return tag is None or tag in _PEN_NAME_TAGS


Step = Callable[[Sequence[Line], BodyRegion], list[Credit]]

#: (rule, step, runs only while no author is known)
CREDIT_STEPS: tuple[tuple[str, Step, bool], ...] = (
    ("labelled credit line", _labelled_lines, False),
    ("bracketed byline at the body's edge", _bracketed_bylines, False),
    ("closing parenthetical", _closing_names, False),
    ("person named in the 来源 field", _person_as_source, True),
    ("author/outlet line", _name_outlet_line, True),
    ("poster beside the post time", _posters, True),
    ("name beside the date", _name_beside_date, True),
    ("name beside the 来源 label", _name_beside_source, True),
    ("name line over the body", _name_line_over_body, True),
    ("poster's user card", _user_card, True),
    ("blog's author card", _author_card, True),
    ("pen name under the headline", _pen_name_under_headline, True),
)


def extract_credits(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """Byline, editors, reviewers, each with the rule that found it; the weaker steps (a poster, a
    name beside the date or over the body) only for pages that print no byline of their own."""
    credits: list[Credit] = []
    seen: set[tuple[str, str]] = set()
    for rule, step, only_without_author in CREDIT_STEPS:
        if only_without_author and any(c.kind == "author" for c in credits):
            continue
        if rule == "name beside the date" and credits:
            continue  # a page printing any credit line prints its byline there
        for c in step(lines, region):
            if (c.name, c.kind) not in seen:
                seen.add((c.name, c.kind))
                credits.append(dataclasses.replace(c, rule=rule))
            elif c.role in responsible_editor_roles():  # 编辑：A B then 责任编辑：A: A is the responsible editor
                k = next(k for k, old in enumerate(credits) if (old.name, old.kind) == (c.name, c.kind))
                credits[k] = dataclasses.replace(credits[k], role=c.role)
    return credits


def drop_dateline_place(inner: str) -> str:
    """(記者林育誠台北2日電): cut the place and day glued after the name, keeping a clear name.

    >>> drop_dateline_place("示例通訊社記者林育誠台北2日電")
    '示例通訊社記者林育誠'
    """
    m = _DATELINE_NAME.search(inner)
    if not m:
        return inner
    head = inner[: m.start(2)]
    for place_len in (2, 3):
        name = _HAN_TAIL.search(head[:-place_len])
        if name and bare_name(name.group(0)[-3:]):
            return head[:-place_len]
    return inner


def date_line_rest(text: str) -> str | None:
    """What a short header date line holds besides its date, labels and source, or None.

    >>> date_line_rest("2004年7月16日08:19 [ 黄宇 ] 来源：[ 江南日报 ]")
    '黄宇'
    >>> date_line_rest("京港台：2020-05-21 08:23")
    ''
    """
    if len(text) > 80:
        return None
    dates = find_dates(text)
    if not dates:
        return None
    rest = text
    for d in dates:
        rest = rest.replace(d.text, " ")
    cut = _source_patterns().label.search(rest)
    if cut and cut.start() > 0:
        rest = rest[: cut.start()]
    rest = date_labels().any.sub(" ", rest)
    rest = _time_zone_marks().sub(" ", rest)  # 京港台：2020-05-21 08:23 names a clock, not an outlet
    rest = _BRACKETS_COLONS.sub(" ", rest)
    return " ".join(rest.split())


# ---------------------------------------------------------------- source steps


def _labelled_source(lines: Sequence[Line], region: BodyRegion) -> str | None:
    for i in _credit_zone(lines, region):
        if len(lines[i].text) <= 200:
            src = source_in_line(lines[i].text)
            if src and not (person_name(src) and not is_outlet(src)):
                return src
    return None


def _bracketed_source(lines: Sequence[Line], region: BodyRegion) -> str | None:
    for i in region.kept[:2] + region.kept[-2:]:
        m = _source_patterns().bracket.search(lines[i].text)
        if m:
            return m.group(1).strip()
    return None


def _wire_tag_source(lines: Sequence[Line], region: BodyRegion) -> str | None:
    """【某報專訊】 or （某社記者某某台北21日電） opening the story: the outlet it names."""
    for i in region.kept[:2]:
        text = lines[i].text
        m = _wire_tag().match(text)
        if m and is_outlet(m.group("outlet")):
            return m.group("outlet")
        b = _BRACKETED.match(text)
        if b:
            inner = drop_dateline_place(b.group(1))
            credit = credits_in_line(inner)
            head = inner.split(credit[0].role)[0] if credit else ""
            if head and is_outlet(head) and not head.startswith(_source_patterns().own):
                return head
    return None


_DATELINE_OUTLET = regex.compile(
    r"^(?P<outlet>\S{1,8}?(?:社|网|網|报|報|台))(?:\p{Han}{2,6})?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)"
)


def _dateline_outlet(lines: Sequence[Line], region: BodyRegion) -> str | None:
    """新华社北京3月5日电, 中新网3月5日电 opening the story: the outlet that filed it (not 本报)."""
    for i in region.kept[:2]:
        m = _DATELINE_OUTLET.match(lines[i].text.lstrip("　 "))
        if m and not m.group("outlet").startswith(_source_patterns().own):
            return m.group("outlet")
    return None


def _outlet_line(lines: Sequence[Line], region: BodyRegion) -> str | None:
    """An outlet's name alone on a line under the headline (江南日报), or after an author (张三/江南日报),
    just over the body or right beside the date line (share buttons may stand between it and the body)."""
    anchor = near_date_line(lines, region.start)
    beside = [] if anchor is None else [k for k in (anchor + 1, anchor + 2, anchor - 1) if 0 <= k < region.start]
    for i in [*range(max(0, region.start - 6), region.start), *beside]:
        text = lines[i].text.strip()
        m = _NAME_OUTLET.match(text)
        if m and bare_name(m.group(1)) and is_outlet(m.group(2)):
            return m.group(2)
        short = len(text) <= 8  # an outlet's name, not a headline ending in 网 (覆盖全市主干电网)
        if short and is_outlet(text) and not text.startswith(_source_patterns().own) and lines[i].link_density <= 0.5:
            return text
    return None


def _outlet_beside_date(lines: Sequence[Line], region: BodyRegion) -> str | None:
    """北京新浪網 (2020-01-21 11:12), 2020-10-04 聯合報 記者…, 上報快訊／范姜佳鈺 2020年03月12日."""
    for i in range(max(0, region.start - 12), region.start):
        rest = date_line_rest(lines[i].text)
        if not rest:
            continue
        pats = _source_patterns()
        first = pats.wire_suffix.sub("", _NAME_SEP.split(rest)[0])
        if is_outlet(first) and not first.startswith(pats.own):
            return first
    return None


def _outlet_before_byline(lines: Sequence[Line], region: BodyRegion) -> str | None:
    """A header line naming the outlet before the reporter (聯合報 記者某某／即時報導) or before a
    slash and the name (某報快訊／張三), as dumps print them apart from the date."""
    for i in range(max(0, region.start - 8), region.start):
        text = lines[i].text.strip()
        outlet_name = _outlet_then_name(text)
        if outlet_name:
            return outlet_name[0]
        first, _, rest = text.partition(" ")
        credits = credits_in_line(rest) if rest and len(text) <= 60 else []
        own = first.startswith(_source_patterns().own)
        if credits and credits[0].kind == "author" and is_outlet(first) and not own:
            return first
    return None


#: a 来源 label further above the body than the credit zone: dumps printing each piece of text on a
#: line of their own spread the header over many lines
_FAR_HEADER = 40


def _labelled_source_far(lines: Sequence[Line], region: BodyRegion) -> str | None:
    for i in range(region.start - 1, max(-1, region.start - _FAR_HEADER), -1):
        text = lines[i].text
        if len(text) <= 80 and lines[i].link_density <= 0.5:
            src = source_in_line(text)
            if src and not (person_name(src) and not is_outlet(src)):
                return src
    return None


SOURCE_STEPS: tuple[tuple[str, Callable[[Sequence[Line], BodyRegion], str | None]], ...] = (
    ("来源 label", _labelled_source),
    ("bracketed 来源", _bracketed_source),
    ("wire tag opening the story", _wire_tag_source),
    ("dateline opening the story", _dateline_outlet),
    ("outlet beside the date", _outlet_beside_date),
    ("outlet before the byline", _outlet_before_byline),
    ("outlet line under the headline", _outlet_line),
    ("来源 label far above the body", _labelled_source_far),
)


def extract_source(
    lines: Sequence[Line], region: BodyRegion, html: HtmlPage | None, meta_keys: Sequence[str] = ()
) -> tuple[str | None, str]:
    """The outlet a story comes from and the rule that found it: a 来源 label, a bracketed 来源, a
    wire tag, an outlet beside the date or alone under the headline, then metadata."""
    for rule, step in SOURCE_STEPS:
        src = step(lines, region)
        if src:
            return src, rule
    if html is not None:
        for key in meta_keys:
            if key in html.meta and 2 <= len(html.meta[key]) <= 30:
                return html.meta[key], "meta source"
    return None, "none"
