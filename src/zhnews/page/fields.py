"""Metadata cascade: title, publication date, credits, source, breadcrumb.

Each ``extract_*`` function reads the page's lines (and head metadata for HTML) and returns one
field; the strongest evidence is tried first, the weaker only when it found nothing, in the way of
trafilatura's metadata functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import regex

from ..types import Credit, Evidence
from .body import BodyRegion, is_furniture, is_prose
from .credits import bare_name, credits_in_line, source_in_line
from .dates import CHINA_TZ, FoundDate, date_from_url, find_dates, parse_iso
from .html import HtmlPage
from .lines import Line, cjk_count, visible_len

# patterns used inside functions, compiled once (the regex module's cache lookup costs ~10 µs a call)
_TAG = regex.compile(r"<[^<>]{1,200}>")
_SITE_MARK = regex.compile(r"网站|網站|>|»|›")
_WS = regex.compile(r"\s+")
_BRACKETED = regex.compile(r"[（(【\[]([^（()）【】\[\]]{2,40})[）)】\]]")
_NAME_CLOSER = regex.compile(r"[（(]\s*(\p{Han}{2,4})\s*[）)]\s*$")
_NAME_SEP = regex.compile(r"[\s/／|｜]+")
_DATELINE_NAME = regex.compile(r"(\p{Han}{2,4})(\d{1,2}日[电電])$")
_HAN_TAIL = regex.compile(r"\p{Han}{2,4}$")
_BRACKETS_COLONS = regex.compile(r"[()（）:：]")
_SOURCE_BRACKET = regex.compile(r"[（(【\[]\s*(?:来源|來源|稿源)\s*[:：]\s*([^（()）【】\[\]]{2,30})[）)】\]]")
_WIRE_SUFFIX = regex.compile(r"(?<=\p{Han}{2})(?:快讯|快訊|讯|訊|电|電)$")
_FONT_SIZE = regex.compile(r"^[Aa][-+]")

__all__ = [
    "PageMeta", "extract_breadcrumb", "extract_credits", "extract_date", "extract_source", "extract_title",
    "read_metadata",
]

_TITLE_SPLIT = regex.compile(r"\s*[_|｜]\s*|\s+[-–—]{1,2}\s+|\s*-{2,}\s*")
# a trailing "-频道-站名" chain of short parts after an unspaced hyphen
_HYPHEN_TAIL = regex.compile(r"(?:(?<![A-Za-z0-9])\s*-\s*[^-\s。，！？]{2,8}){1,3}\s*$|\s*-\s*$")
_DATE_LABEL = regex.compile(
    r"发布时间|發佈時間|發布時間|发表时间|發表時間|发布日期|發佈日期|发稿时间|时间|時間|日期|发表于|發表於|发布于|發佈於|更新"
)
_CRUMB_LABEL = regex.compile(
    r"^(?:您的位置|您所在的位置|您现在的位置|您現在的位置|当前位置|當前位置|所在位置|现在位置|位置)\s*[:：]?\s*"
)
_URL = regex.compile(r"www\.|https?://")
_MENU_RUN = regex.compile(r"^(?:\S{1,5}\s+){4,}")  # 首页 要闻 科技 财经 …: a menu, not a headline
_CRUMB_SEP = regex.compile(r"\s*(?:>>|>|»|›|→|＞|/|\\|-&gt;)\s*")
_META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "article:published", "og:published_time",
    "datepublished", "publishdate", "publish_date", "publish-date", "pubdate", "pubtime", "publishtime",
    "og:release_date", "release_date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
    "weibo: article:create_at", "article:create_at", "date", "created", "firstpublishedtime",
)
_META_TITLE_KEYS = ("og:title", "twitter:title", "headline", "articletitle", "title", "dc.title")
_META_SOURCE_KEYS = ("source", "article:source")


def _clean(text: str) -> str:
    return " ".join(_TAG.sub("", text).split()).strip()


def strip_site_suffix(title: str) -> str:
    """The headline part of a ``<title>``: drop the site name after _, |, or a spaced dash.

    >>> strip_site_suffix("海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网")
    '海外留学生看两会：出国前后关注点大不同'
    >>> strip_site_suffix("稱「憂鬱症是不知足」挨轟 吳宗憲：鼓勵患者別只往負面想 | 上報 | 娛樂")
    '稱「憂鬱症是不知足」挨轟 吳宗憲：鼓勵患者別只往負面想'
    >>> strip_site_suffix("9年來第1次戰勝詹姆斯!NBA歷史第二差紀錄終結-體育新聞-新浪新聞中心")
    '9年來第1次戰勝詹姆斯!NBA歷史第二差紀錄終結'
    >>> strip_site_suffix("工商部门初定SK-II广告属于虚假宣传")
    '工商部门初定SK-II广告属于虚假宣传'
    """
    parts = [p for p in _TITLE_SPLIT.split(_clean(title)) if p]
    if not parts:
        return _clean(title)
    head = _HYPHEN_TAIL.sub("", parts[0])
    if cjk_count(head) >= 6:
        parts[0] = head
    best = parts[0]
    if cjk_count(best) < 4:  # "新浪新闻 - headline" puts the site first
        longest = max(parts, key=cjk_count)
        if cjk_count(longest) >= 4:
            best = longest
    return best


def _title_ok(text: str) -> bool:
    n = visible_len(text)
    return 4 <= n <= 120 and cjk_count(text) >= 2 and not is_furniture(text)


def _near_date_line(lines: Sequence[Line], body_start: int) -> int | None:
    """Index of the date line closest above the body (or the body's first line), within the header."""
    for i in range(min(len(lines) - 1, body_start), max(-1, body_start - 16), -1):
        text = lines[i].text
        if len(text) <= 120 and find_dates(text) and (i < body_start or not is_prose(text)):
            return i
    return None


_LABEL_ONLY = regex.compile(
    r"^(?:来源|來源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|責編|发布时间|發佈時間|时间|時間|日期|字号|字號)\s*[:：]?\s*$"
)


def _is_meta_line(line: Line) -> bool:
    """Header furniture between a title and its date: outlet names, labels, credits, share buttons."""
    text = line.text
    return bool(
        is_furniture(text) or _LABEL_ONLY.match(text) or _OUTLET.match(text) or source_in_line(text)
        or credits_in_line(text) or visible_len(text) <= 4 or (find_dates(text) and cjk_count(text) < 6)
        or _URL.search(text)
    )


def _is_title_like(line: Line) -> bool:
    text = line.text
    return (
        _title_ok(text) and cjk_count(text) >= 6 and line.link_density <= 0.5 and not _CRUMB_LABEL.search(text)
        and not _MENU_RUN.match(text) and not _URL.search(text) and not _SITE_MARK.search(text)
        and not (text[-1] in "。！？!?" and visible_len(text) > 40) and not find_dates(text)
    )


def _title_from_lines(lines: Sequence[Line], body_start: int) -> str | None:
    """The headline of a page read as lines: the title block above the date line (skipping outlet,
    label and share lines between them), its first line when a subtitle follows; else the line
    that follows the date."""
    anchor = _near_date_line(lines, body_start)
    top = anchor if anchor is not None else body_start
    block: list[str] = []
    skipped = 0
    for i in range(top - 1, max(-1, top - 12), -1):
        line = lines[i]
        if _is_title_like(line) and not _is_meta_line(line):
            block.append(line.text)
            if len(block) == 2:
                break
            continue
        if block:
            break
        if _is_meta_line(line) and skipped < 8:
            skipped += 1
            continue
        break
    if block:
        if len(block) == 2 and block[0].startswith(("——", "—", "--")):
            return block[1] + block[0]  # a headline continued by its dash-led second half
        return block[-1]  # the upper line when a subtitle follows the headline
    if anchor is not None and anchor + 1 < len(lines) and _is_title_like(lines[anchor + 1]):
        return lines[anchor + 1].text
    return None


def extract_title(lines: Sequence[Line], region: BodyRegion, html: HtmlPage | None) -> tuple[str, str]:
    """Headline and the rule that chose it: an on-page heading that the ``<title>`` confirms, then
    og:title, then the line above the date line, then the ``<title>`` without its site suffix."""
    from_lines = _title_from_lines(lines, region.start)
    if html is None:
        return (from_lines, "title block above the date line") if from_lines else ("", "none")
    tag = _clean(html.title_tag or "")
    on_page: list[str] = []
    for line in lines[: region.start + 1]:
        if (line.title_hint or line.tag in ("h1", "h2", "h3")) and _title_ok(line.text):
            on_page.append(line.text)
    if from_lines:
        on_page.append(from_lines)
    meta = [strip_site_suffix(_clean(html.meta[k])) for k in _META_TITLE_KEYS if k in html.meta]
    stripped_tag = strip_site_suffix(tag) if tag else ""
    confirmed = _confirmed_heading(on_page, [_squash(tag), *(_squash(m) for m in meta)], _squash(stripped_tag))
    if confirmed:
        return confirmed
    for m in meta:
        if _title_ok(m):
            return m, "meta title"
    if _title_ok(stripped_tag):
        return stripped_tag, "<title> without site suffix"
    if from_lines:
        return from_lines, "title block above the date line"
    return (on_page[0], "page heading") if on_page else (tag, "<title>")


def _confirmed_heading(on_page: list[str], refs: list[str], key: str) -> tuple[str, str] | None:
    """An on-page heading that the <title> or a meta title repeats (the longest such), else one that
    starts with the <title>'s headline (a truncated <title>)."""
    for ref in refs:
        confirmed = [c for c in on_page if ref and _squash(c) in ref]
        if confirmed:
            return max(confirmed, key=visible_len), "page heading confirmed by <title>/meta"
    for c in on_page:
        if key and len(key) >= 6 and _squash(c).startswith(key):
            return c, "page heading extending a truncated <title>"
    return None


def _squash(text: str) -> str:
    return _WS.sub("", text)


_PUBLISH_LABEL = regex.compile(
    r"发布|發佈|發布|发表|發表|发稿|發稿|刊登|出版|张贴|張貼|posted|published", regex.IGNORECASE
)
_DOCUMENT_LABEL = regex.compile(r"成文|印发|印發|签发|簽發|生效|实施|實施|施行|截止|有效期|出生|成立")
_CLOCK_LINE = regex.compile(r"星期[一二三四五六日天]|週[一二三四五六日]|礼拜|禮拜|今天是|今日是")


def _label_rank(text: str) -> int:
    """2 for a publication label (发布时间, 发表于), 1 for a bare one (日期, 时间), 0 for none, -1 for a
    document's other dates (成文日期, 实施日期): on a notice the publication date wins."""
    if _DOCUMENT_LABEL.search(text):
        return -1
    if _PUBLISH_LABEL.search(text):
        return 2
    return 1 if _DATE_LABEL.search(text) else 0


def _header_dates(lines: Sequence[Line], region: BodyRegion) -> list[tuple[FoundDate, int, str]]:
    """(date, label rank, line) for dates in the header above the body (and its first line when
    that is not prose). Dates in links, in long lines and on a site's clock line are left out."""
    out: list[tuple[FoundDate, int, str]] = []
    for i in range(max(0, region.start - 25), min(len(lines), region.start + 1)):
        line = lines[i]
        if line.link_density > 0.5 or len(line.text) > 160:
            continue
        rank = _label_rank(line.text)
        if i == region.start and is_prose(line.text) and rank <= 0:
            continue
        if rank <= 0 and _CLOCK_LINE.search(line.text) and i < region.start - 3:
            continue  # 2023年5月4日 星期四 at the top of the page: the site's clock
        out.extend((d, rank, line.text) for d in find_dates(line.text))
    return out


def _pick_header(header: list[tuple[FoundDate, int, str]]) -> tuple[FoundDate | None, str]:
    """The header date nearest the body: publication-labelled first, then any with a time of day,
    then a labelled one, then any; a document's other dates only when nothing else is there."""
    usable = [h for h in header if h[1] >= 0] or header
    for rule, keep in (
        ("labelled header line", lambda h: h[1] == 2 and h[0].precision != "day"),
        ("timed header line", lambda h: h[0].precision != "day"),
        ("labelled header line", lambda h: h[1] >= 1),
        ("header line", lambda h: True),
    ):
        chosen = [h[0] for h in usable if keep(h)]
        if chosen:
            return chosen[-1], rule
    return None, "none"


def _labelled_elsewhere(lines: Sequence[Line], region: BodyRegion) -> FoundDate | None:
    """A date on a publication-labelled line away from the headline: inside the body region (a
    forum post's signature), after the body, in a table cell or footer; the first one after the
    body starts, else the last one above it."""
    after = range(region.start, len(lines))
    before = range(region.start - 1, -1, -1)
    for indexes in (after, before):
        for i in indexes:
            line = lines[i]
            text = line.text
            if len(text) > 160 or line.link_density > 0.5 or is_prose(text) or _label_rank(text) != 2:
                continue
            dates = find_dates(text)
            if dates:
                return dates[0]
    return None


def _timed_same_day(
    pick: FoundDate, lines: Sequence[Line], region: BodyRegion, meta: FoundDate | None
) -> FoundDate | None:
    """A date with a time of day for the day already chosen: metadata, a labelled line anywhere
    outside the body's prose, or a header line (even one that is mostly a link)."""
    day = pick.value.date()
    if meta is not None and meta.precision != "day" and meta.value.astimezone(CHINA_TZ).date() == day:
        return meta
    header = range(max(0, region.start - 25), region.start)
    for i in [*header, *range(region.end, len(lines))]:
        text = lines[i].text
        if len(text) > 160 or is_prose(text) or (i >= region.end and _label_rank(text) != 2):
            continue
        for d in find_dates(text):
            if d.precision != "day" and d.value.date() == day:
                return d
    return None


def extract_date(
    lines: Sequence[Line], region: BodyRegion, html: HtmlPage | None, url: str | None
) -> tuple[FoundDate | None, str]:
    """Publication date and the rule that chose it: header lines near the title (publication
    labels and times first), machine-readable metadata, a publication-labelled line elsewhere on
    the page, short lines after the body, then the URL. A day is completed by a time of day printed
    for the same day elsewhere. Dates inside the body's prose and inside links are never taken."""
    meta = _meta_date(html)
    pick, rule = _pick_header(_header_dates(lines, region))
    if pick is None and meta is not None:
        pick, rule = meta, "meta/JSON-LD date"
    if pick is None:
        pick, rule = _labelled_elsewhere(lines, region), "labelled line away from the headline"
    if pick is None:
        pick, rule = _after_body_date(lines, region), "short line after the body"
    if pick is None:
        pick, rule = _url_date(url, html)
    if pick is not None and pick.precision == "day":
        timed = _timed_same_day(pick, lines, region, meta)
        if timed is not None:
            pick, rule = timed, rule + " + time of day printed for that day"
    return pick, rule


def _after_body_date(lines: Sequence[Line], region: BodyRegion) -> FoundDate | None:
    """The first date on a short line after the body, unless it is one of a list of dated items
    (related articles: consecutive lines each with a date); else one on furniture inside the body."""
    window = range(region.end, min(len(lines), region.end + 12))
    dated = {i: find_dates(lines[i].text) for i in window
             if len(lines[i].text) <= 80 and lines[i].link_density <= 0.5}
    for i, dates in dated.items():
        if dates and not (dated.get(i - 1) or dated.get(i + 1)):
            return dates[0]
    for i in region.stripped:
        dates = find_dates(lines[i].text)
        if dates:
            return dates[0]
    return None


def _url_date(url: str | None, html: HtmlPage | None) -> tuple[FoundDate | None, str]:
    for candidate in (url, html.canonical if html else None, html.meta.get("og:url") if html else None):
        value = date_from_url(candidate) if candidate else None
        if value is not None:
            return FoundDate(value, candidate or "", 0, 0, "day"), "URL"
    return None, "none"


def _meta_date(html: HtmlPage | None) -> FoundDate | None:
    if html is None:
        return None
    values = [html.meta[k] for k in _META_DATE_KEYS if k in html.meta] + html.ld_dates + html.time_values
    for value in values:
        found = parse_iso(value)
        if found is not None:
            return found
    return None


def _credit_zone(lines: Sequence[Line], region: BodyRegion) -> list[int]:
    """Indexes of lines where credits are printed: the header above the body, furniture stripped
    from the body, and the lines right after it."""
    zone = list(range(max(0, region.start - 12), region.start))
    zone += region.stripped
    zone += list(range(region.end, min(len(lines), region.end + 12)))
    return zone


def extract_credits(lines: Sequence[Line], region: BodyRegion) -> list[Credit]:
    """Byline, editors, reviewers: labelled credit lines around the body, then bracketed bylines
    ((记者 X Y), 文/X, a lone (X) closing the article) in the first and last paragraphs."""
    credits: list[Credit] = []
    seen: set[tuple[str, str]] = set()

    def add(found: list[Credit]) -> None:
        for c in found:
            key = (c.name, c.kind)
            if key not in seen:
                seen.add(key)
                credits.append(c)

    for i in _credit_zone(lines, region):
        line = lines[i]
        if len(line.text) > 160:
            continue
        # credit lines separate roles with commas (记者 张三，通讯员 李四): ignore them when asking
        # whether the line is prose; prose lines are read strictly (names must look like names)
        credit_line = line.link_density <= 0.6 and not is_prose(line.text.replace("，", " "))
        add(credits_in_line(line.text, loose=not credit_line))
    kept = region.kept
    head, tail = kept[:6], kept[-3:]
    for i in head + tail:
        text = lines[i].text
        for m in _BRACKETED.finditer(text[:400]):
            add(credits_in_line(_drop_dateline_place(m.group(1))))
        if visible_len(text) <= 40 and not is_prose(text):
            add(credits_in_line(text, loose=True))
    # a lone (NAME) closing the article is its byline
    for i in [*kept[-1:], *range(region.end, min(len(lines), region.end + 2))]:
        m = _NAME_CLOSER.search(lines[i].text)
        if m and bare_name(m.group(1)):
            add([Credit(name=m.group(1), role="作者", kind="author")])
            break
    # a name printed beside the date under the title (谢若含 2017-03-01, 上報快訊／范姜佳鈺 2020年…)
    for i in range(region.start - 1, max(-1, region.start - 13), -1):
        if credits:  # only for pages that print no labelled credit at all
            break
        rest = _date_line_rest(lines[i].text)
        if rest is None:
            continue
        tokens = [t for t in _NAME_SEP.split(rest) if t]
        if len(tokens) <= 3:
            add([Credit(name=t, role="作者", kind="author") for t in tokens if bare_name(t)][:1])
    return credits


def _drop_dateline_place(inner: str) -> str:
    """(記者林育誠台北2日電): cut the place and day glued after the name, keeping a clear name.

    >>> _drop_dateline_place("示例通訊社記者林育誠台北2日電")
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


_OUTLET = regex.compile(r"^\S{1,12}(?:网|網|报|報|社|台|站|刊|新闻|新聞|客户端|客戶端|频道|頻道)$")


def _date_line_rest(text: str) -> str | None:
    """What a short header date line holds besides its date and labels, or None."""
    if len(text) > 60:
        return None
    dates = find_dates(text)
    if not dates:
        return None
    rest = text
    for d in dates:
        rest = rest.replace(d.text, " ")
    rest = _DATE_LABEL.sub(" ", rest)
    rest = _BRACKETS_COLONS.sub(" ", rest)
    return " ".join(rest.split())


def extract_source(lines: Sequence[Line], region: BodyRegion, html: HtmlPage | None) -> tuple[str | None, str]:
    """The outlet after 来源/來源: header lines first, then lines after the body, then metadata."""
    for i in _credit_zone(lines, region):
        if len(lines[i].text) <= 200:
            src = source_in_line(lines[i].text)
            if src:
                return src, "来源 label"
    for i in region.kept[:2] + region.kept[-2:]:
        m = _SOURCE_BRACKET.search(lines[i].text)
        if m:
            return m.group(1).strip(), "bracketed 来源"
    # an outlet printed beside the date: 北京新浪網 (2020-01-21 11:12), 2020-10-04 聯合報 記者…,
    # 上報快訊／范姜佳鈺 2020年03月12日
    for i in range(max(0, region.start - 12), region.start):
        rest = _date_line_rest(lines[i].text)
        if not rest:
            continue
        first = _NAME_SEP.split(rest)[0]
        first = _WIRE_SUFFIX.sub("", first)
        if _OUTLET.match(first) and not first.startswith(("本报", "本報", "本刊", "本网", "本網")):
            return first, "outlet beside the date"
    if html is not None:
        for key in _META_SOURCE_KEYS:
            if key in html.meta and 2 <= len(html.meta[key]) <= 30:
                return html.meta[key], "meta source"
    return None, "none"


def extract_breadcrumb(lines: Sequence[Line], region: BodyRegion) -> list[str]:
    """Sections from a 您的位置 line or a breadcrumb element above the body."""
    for i in range(max(0, region.start - 30), region.start):
        line = lines[i]
        text = line.text
        labelled = _CRUMB_LABEL.search(text)
        if not (labelled or line.crumb_hint) or not _CRUMB_SEP.search(text):
            continue
        body = text[labelled.end():] if labelled else text
        parts = [p.strip() for p in _CRUMB_SEP.split(body) if p.strip()]
        # drop trailing page widgets (新聞詳情, A- A+) after the last section
        cleaned: list[str] = []
        for p in parts:
            p = _WS.split(p)[0]
            if 1 <= len(p) <= 12 and not _FONT_SIZE.match(p):
                cleaned.append(p)
        if len(cleaned) >= 2:
            return cleaned
    return []


@dataclass(frozen=True, slots=True)
class PageMeta:
    """The metadata of a page with the evidence for each field."""

    title: str
    published: datetime | None
    published_text: str | None
    precision: str | None
    source: str | None
    credits: tuple[Credit, ...]
    breadcrumb: tuple[str, ...]
    evidence: tuple[Evidence, ...]


def read_metadata(
    lines: Sequence[Line], region: BodyRegion, html: HtmlPage | None, url: str | None
) -> PageMeta:
    """Run the cascade: each field from its own ``extract_*`` function, with its evidence."""
    title, title_rule = extract_title(lines, region, html)
    found, date_rule = extract_date(lines, region, html, url)
    source, source_rule = extract_source(lines, region, html)
    credits = extract_credits(lines, region)
    evidence = [Evidence("title", title_rule, title)]
    if found is not None:
        evidence.append(Evidence("published", date_rule, found.text))
    if source:
        evidence.append(Evidence("source", source_rule, source))
    return PageMeta(
        title=title,
        published=found.value if found else None,
        published_text=found.text if found else None,
        precision=found.precision if found else None,
        source=source,
        credits=tuple(credits),
        breadcrumb=tuple(extract_breadcrumb(lines, region)),
        evidence=tuple(evidence),
    )
