"""Page metadata: title and breadcrumb here; the date in published.py (a scored choice among every
date the page states); a text dump's headline in headline.py (a scored choice among its lines);
credits and source in bylines.py.

Each ``extract_*`` function reads the page's lines (and head metadata for HTML) and returns one
field with the rule that chose it (:func:`read_metadata` turns the rules into ``Article.evidence``).
On HTML pages a heading counts when the ``<title>`` or a meta title agrees with it; a blog page
listing posts takes its first post's title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import regex

from ..types import Credit, Evidence
from .body import BodyRegion
from .bylines import extract_credits, extract_source
from .headline import (
    clean_text,
    crumb_label_pattern,
    headline_from_lines,
    strip_site_suffix,
    title_ok,
)
from .html import HtmlPage
from .lines import Line, visible_len
from .published import extract_date
from .wordlists import alternation, rule_lines

# patterns used inside functions, compiled once (the regex module's cache lookup costs ~10 µs a call)
_WS = regex.compile(r"\s+")
_FONT_SIZE = regex.compile(r"^[Aa][-+]")

__all__ = [
    "PageMeta", "extract_breadcrumb", "extract_credits", "extract_date", "extract_source", "extract_title",
    "label_only", "read_metadata",
]

_CRUMB_SEP = regex.compile(r"\s*(?:>>|>|»|›|→|＞|/|\\|-&gt;)\s*")


@dataclass(frozen=True, slots=True)
class _FieldPatterns:
    label_only: regex.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _FieldPatterns:
    """Patterns built from the word lists in ``rules/`` on first use."""
    return _FieldPatterns(
        label_only=regex.compile(rf"^(?:{alternation('field_labels')})\s*[:：]?\s*$"),
    )


def label_only(text: str) -> bool:
    """True for a line that is only a field label (来源：, 发布时间).

    >>> label_only("來源："), label_only("來源：中國網")
    (True, False)
    """
    return bool(_patterns().label_only.match(text))


def _page_headings(lines: Sequence[Line], region: BodyRegion) -> list[str]:
    """Headings above the body (h1-h3, a title class), a heading broken by ``<br>`` joined again."""
    out: list[str] = []
    for k, line in enumerate(lines[: region.start + 1]):
        if not (line.title_hint or line.tag in ("h1", "h2", "h3")) or not title_ok(line.text):
            continue
        out.append(line.text)
        before = lines[k - 1] if k else None
        if line.tag == "br" and before is not None and before.title_hint and out[:-1] and out[-2] == before.text:
            out.append(f"{before.text} {line.text}")  # the two halves of <h1>A<br>B</h1>
    return out


def _site_name_only(title: str, lines: Sequence[Line], region: BodyRegion) -> bool:
    """The <title> (or a meta title) holds only the site's name: the banner at the top of the page
    prints it too (示例县人民政府), far above the body."""
    key = _squash(title)
    top = lines[: max(0, min(5, region.start - 3))]
    return bool(key) and any(key in _squash(line.text) for line in top)


def extract_title(lines: Sequence[Line], region: BodyRegion, html: HtmlPage | None) -> tuple[str, str]:
    """Headline and the rule that chose it: on a blog page listing posts the first post's title; an
    on-page heading (or the best-scored headline line) that the ``<title>`` or a meta title confirms;
    then a meta title, then the ``<title>`` without its site suffix (neither when it holds only the
    site's name), then the heading nearest the body, then the best-scored headline line."""
    if html is None:
        return headline_from_lines(lines, region) or ("", "none")
    scored = headline_from_lines(lines, region)
    from_lines = scored[0] if scored else None
    tag = clean_text(html.title_tag or "")
    headings = _page_headings(lines, region)
    on_page = headings + ([from_lines] if from_lines else [])
    meta = [strip_site_suffix(clean_text(html.meta[k])) for k in rule_lines("meta_title_keys") if k in html.meta]
    stripped_tag = strip_site_suffix(tag) if tag else ""
    site_only = bool(on_page) and _site_name_only(stripped_tag, lines, region)
    confirmed = _confirmed_heading(on_page, [tag, *meta], "" if site_only else _squash(stripped_tag))
    post = _first_post_title(lines, region)
    if post and (confirmed is None or confirmed[0] != post):
        return post, "first post's title on a page listing posts"
    if confirmed:
        return confirmed
    for m in meta:
        if title_ok(m) and not (on_page and _site_name_only(m, lines, region)):
            return m, "meta title"
    if title_ok(stripped_tag) and not site_only:
        return stripped_tag, "<title> without site suffix"
    if headings:
        return headings[-1], "page heading nearest the body (the <title> names only the site)"
    if scored:
        return scored
    return tag, "<title>"


def _first_post_title(lines: Sequence[Line], region: BodyRegion) -> str | None:
    """On a blog page listing several posts, the title of the first post: the heading right above
    the body when a heading of the same element follows the body (the next post's title). The
    ``<title>`` of such a page names the blog, and its banner heading repeats it.

    >>> L = [Line("我的小站", tag="h1", title_hint=True), Line("第一篇日记", tag="h2", title_hint=True),
    ...      Line("正文。"), Line("第二篇日记", tag="h2", title_hint=True)]
    >>> _first_post_title(L, BodyRegion(2, 3, [2], []))
    '第一篇日记'
    """
    above = [k for k in range(max(0, region.start - 3), region.start + 1)
             if lines[k].title_hint and title_ok(lines[k].text)]
    if not above:
        return None
    head = lines[above[-1]]
    if head.tag not in ("h1", "h2", "h3", "h4", "td", "div", "p", "span", "a"):
        return None
    for j in range(region.end, min(len(lines), region.end + 40)):
        line = lines[j]
        if line.title_hint and line.tag == head.tag and title_ok(line.text) and line.text != head.text:
            return head.text
    return None


def _confirmed_heading(on_page: list[str], refs: list[str], key: str) -> tuple[str, str] | None:
    """An on-page heading that the <title> or a meta title repeats (the longest such), else one that
    starts with the <title>'s headline (a truncated <title>)."""
    for ref in refs:
        key_ref = _squash(ref)
        confirmed = [c for c in on_page if key_ref and _squash(c) in key_ref]
        if confirmed:
            best = max(confirmed, key=visible_len)
            if " " in best and best.replace(" ", "") in ref:
                best = best.replace(" ", "")  # halves joined without a space where the <title> has none
            return best, "page heading confirmed by <title>/meta"
    for c in on_page:
        if key and len(key) >= 6 and _squash(c).startswith(key):
            return c, "page heading extending a truncated <title>"
    return None


def _squash(text: str) -> str:
    return _WS.sub("", text)


def extract_breadcrumb(lines: Sequence[Line], region: BodyRegion) -> list[str]:
    """Sections from a 您的位置 line or a breadcrumb element above the body."""
    for i in range(max(0, region.start - 30), region.start):
        line = lines[i]
        text = line.text
        labelled = crumb_label_pattern().search(text)
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
    source, source_rule = extract_source(lines, region, html, rule_lines("meta_source_keys"))
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
