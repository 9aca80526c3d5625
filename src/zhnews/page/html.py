"""HTML to lines: parse with lxml, drop what is never text, keep layout hints per line."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from ..errors import InputTooLargeError
from .body import is_furniture
from .lines import MAX_LINES, Line, too_many_lines, visible_len
from .tame import tame

__all__ = ["HtmlPage", "looks_like_html", "read_html"]

_DROP = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "select", "option", "button", "input", "textarea", "map", "audio", "video", "head", "link", "meta",
})
_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "tfoot",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside",
    "main", "blockquote", "pre", "dd", "dt", "dl", "center", "form", "figure", "figcaption", "hr",
    "address", "caption", "fieldset", "body", "html", "title",
})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD = frozenset({"strong", "b"})

# class/id words that mark navigation, footers, sharing, comments and link lists.
_NOISE_ATTR = re.compile(
    r"(?:^|[\s_\-])(?:nav|navbar|navigation|menu|footer|foot|copyright|sidebar|side|aside|"
    r"related|relate|relative|recommend|rec|recom|comment|comments|reply|share|sharing|bdshare|"
    r"breadcrumb|crumbs?|hot|hotnews|rank|ranking|ad|ads|advert|banner|topbar|toolbar|"
    r"login|subscribe|qrcode|ewm|erweima|xgxw|xgyd|tuijian|paihang|redian|bottom|dibu|pinglun|fenxiang|"
    r"friendlink|youlian|pagination|tags?|keyword|keywords|print|close)"
    r"(?:$|[\s_\-\d])",
    re.IGNORECASE,
)
# class/id words of the article's own container: the nearest such hint overrides an outer noise hint.
_CONTENT_ATTR = re.compile(
    r"(?:^|[\s_\-])(?:article|content|main|story|detail|text|post|entry|zhengwen|neirong|body|news_?txt|"
    r"left_?zw|con|cont|txt|artibody|article_?content|mainbody)(?:$|[\s_\-\d])",
    re.IGNORECASE,
)
_TITLE_ATTR = re.compile(r"title|headline|biaoti|bt\b|tit\b", re.IGNORECASE)
_CRUMB_ATTR = re.compile(r"crumb|position|location|weizhi|daohang|path\b|curpos|pos\b", re.IGNORECASE)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_MARKUP = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|meta|title|table|span|a\s|br|script|h[1-6])\b", re.IGNORECASE
)


_CLOSING = re.compile(r"</(?:html|body|div|p|table|td|span|a|h[1-6])\s*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the text is markup rather than a plain-text dump: two known tags in its first 20 KB, or,
    for a page that starts with something else (20 KB of whitespace, a long comment or inline style),
    two known tags further on and a closing tag.

    >>> looks_like_html("<html><body><p>杭州</p></body></html>"), looks_like_html("發佈時間:2022-12-02")
    (True, False)
    >>> looks_like_html(" " * 30000 + "<div><p>杭州</p></div>"), looks_like_html("x" * 30000 + "用<p>分段")
    (True, False)
    """
    if len(_MARKUP.findall(text[:20000])) >= 2:
        return True
    if len(text) <= 20000:
        return False
    markers = _MARKUP.finditer(text)
    return next(markers, None) is not None and next(markers, None) is not None and _CLOSING.search(text) is not None


@dataclass(slots=True)
class HtmlPage:
    """What the HTML reader hands on: lines of the body, and head metadata."""

    lines: list[Line]
    title_tag: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    canonical: str | None = None
    ld_dates: list[str] = field(default_factory=list)
    time_values: list[str] = field(default_factory=list)


def read_html(text: str) -> HtmlPage:
    """Parse HTML text into lines and head metadata."""
    text = tame(_strip_xml_prolog(text))
    try:
        # huge_tree lifts libxml2's depth limit: without it a page nested 256+ levels deep loses its text
        # a plain etree parser: lxml.html's element classes cost a Python lookup for every element touched
        root = etree.fromstring(text, parser=etree.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        return HtmlPage(lines=[])
    if root is None:  # nothing a parser could read (lxml.html calls this "Document is empty")
        return HtmlPage(lines=[])
    page = HtmlPage(lines=[])
    _read_head(root, page)
    builder = _LineBuilder()
    builder.walk(root)
    page.lines = builder.lines
    return page


def _strip_xml_prolog(text: str) -> str:
    # lxml refuses str input that carries an encoding declaration.
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)


def _attr_text(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


# the same four patterns without IGNORECASE, for ASCII class/id strings lower-cased first: on ASCII text the
# answers are the same, and the case-sensitive patterns run about twice as fast
_NOISE_LOWER, _CONTENT_LOWER, _TITLE_LOWER, _CRUMB_LOWER = (
    re.compile(p.pattern) for p in (_NOISE_ATTR, _CONTENT_ATTR, _TITLE_ATTR, _CRUMB_ATTR)
)


@lru_cache(maxsize=4096)
def _classify_attrs(attrs: str) -> tuple[bool | None, bool, bool]:
    """(noise: True/False/None for no say, title hint, breadcrumb hint) of a class/id string;
    class names repeat across a page, so the answer is cached.

    >>> _classify_attrs("Article-Content main"), _classify_attrs("NAV bar"), _classify_attrs("page_TIT")
    ((False, False, False), (True, False, False), (None, True, False))
    """
    if attrs.isascii():  # nearly every class and id
        text, noise_re, content_re, title_re, crumb_re = (
            attrs.lower(), _NOISE_LOWER, _CONTENT_LOWER, _TITLE_LOWER, _CRUMB_LOWER)
    else:
        text, noise_re, content_re, title_re, crumb_re = attrs, _NOISE_ATTR, _CONTENT_ATTR, _TITLE_ATTR, _CRUMB_ATTR
    noise = True if noise_re.search(text) else (False if content_re.search(text) else None)
    return noise, bool(title_re.search(text)), bool(crumb_re.search(text))


def _read_head(root: etree._Element, page: HtmlPage) -> None:
    for el in root.iter("title"):
        txt = " ".join("".join(el.itertext()).split())
        if txt:
            page.title_tag = txt
            break
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "")
        content = el.get("content")
        key = key.strip().lower()
        if key and content and key not in page.meta:
            page.meta[key] = " ".join(content.split())
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            page.canonical = el.get("href")
            break
    for el in root.iter("time"):
        value = el.get("datetime") or el.get("pubdate")
        if value:
            page.time_values.append(value)
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict) and isinstance(obj.get("datePublished"), str):
                page.ld_dates.append(obj["datePublished"])


Flags = tuple[bool, bool, bool]  # noise, title, breadcrumb hints inherited from enclosing elements


_ENTER, _LEAVE_BLOCK, _LEAVE_INLINE = 0, 1, 2


def _hidden(el: etree._Element) -> bool:
    """Hidden by its style or its ``hidden`` attribute."""
    style = el.get("style")
    return bool(style and _HIDDEN.search(style)) or el.get("hidden") is not None


def _flags_inside(el: etree._Element, tag: str, flags: Flags) -> Flags:
    """The hints an element passes to its text and children: its class/id's say, nav/footer/aside as
    noise, h1/h2 as a title."""
    noise, title, crumb = flags
    attrs = _attr_text(el)
    if attrs != " ":
        says_noise, says_title, says_crumb = _classify_attrs(attrs)
        if says_noise is not None:
            noise = says_noise
        title = title or says_title
        crumb = crumb or says_crumb
    if tag in ("nav", "footer", "aside"):
        noise = True
    if tag in ("h1", "h2"):
        title = True
    return noise, title, crumb


class _LineBuilder:
    """Walks the tree once, cutting a line at each block boundary."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._parts: list[str] = []
        self._link = 0
        self._bold = 0
        self._tag = ""
        self._flags = (False, False, False)
        self._has_text = False
        self._tail_from: int | None = None  # index in _parts where the link text that ends the line starts

    def walk(self, root: etree._Element) -> None:
        body = root.find("body")
        start = body if body is not None else root
        no_flags = (False, False, False)
        # (element, step, flags, inside a link, inside bold) of the element's parent context; step is
        # _ENTER, or _LEAVE_BLOCK / _LEAVE_INLINE once its children are done (its tail comes next)
        stack: list[tuple[etree._Element, int, Flags, bool, bool]] = [(start, _ENTER, no_flags, False, False)]
        add, flush, push, pop = self._add, self._flush, stack.append, stack.pop
        while stack:
            el, step, flags, in_link, in_bold = pop()
            if step != _ENTER:
                if step == _LEAVE_BLOCK:
                    flush()
                if (tail := el.tail) is not None:  # lxml builds a new str at each read: read once
                    add(tail, in_link, in_bold, flags)
                continue
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if not tag or tag in _DROP or _hidden(el):
                if (tail := el.tail) is not None:
                    add(tail, in_link, in_bold, flags)
                continue
            text = el.text
            if text is None and not len(el):  # empty (<br>, <p></p>): its hints never reach any text
                if tag in _BLOCK:
                    flush()
                    self._tag = tag
                if (tail := el.tail) is not None:
                    add(tail, in_link, in_bold, flags)
                continue
            new_flags = _flags_inside(el, tag, flags)
            block = tag in _BLOCK
            if block:
                flush()
                self._tag = tag
            child_link = in_link or tag == "a"
            child_bold = in_bold or tag in _BOLD
            push((el, _LEAVE_BLOCK if block else _LEAVE_INLINE, flags, in_link, in_bold))
            if text is not None:
                add(text, child_link, child_bold, new_flags)
            for child in el[::-1]:  # a slice is one call; reversed() builds an iterator that costs more
                push((child, _ENTER, new_flags, child_link, child_bold))
        flush()

    def _add(
        self, text: str | None, in_link: bool, in_bold: bool, flags: Flags
    ) -> None:
        if not text:
            return
        if text.isspace():  # the indentation between tags, most texts and tails of a page: nothing visible
            if self._parts:
                self._parts.append(text)
            return
        n = visible_len(text)
        if not self._has_text:
            self._flags = flags
            self._has_text = True
        if not in_link:
            self._tail_from = None
        elif self._tail_from is None:
            self._tail_from = len(self._parts)
        self._parts.append(text)
        if in_link:
            self._link += n
        if in_bold:
            self._bold += n

    def _flush(self) -> None:
        if not self._parts:  # nothing added since the last line: the counts are already reset
            return
        text = " ".join("".join(self._parts).split())
        if text:
            noise, title, crumb = self._flags
            n = visible_len(text)
            heading = self._tag in _HEADINGS or (self._bold >= n > 0)
            tail = "" if self._tail_from is None else " ".join("".join(self._parts[self._tail_from:]).split())
            if tail and tail != text and text.endswith(tail) and is_furniture(tail):
                # a furniture link glued to the end of a paragraph (返回搜狐，查看更多)
                text = text[: -len(tail)].rstrip()
                n = visible_len(text)
            if len(self.lines) >= MAX_LINES:
                raise InputTooLargeError(too_many_lines(len(self.lines)))
            self.lines.append(Line(
                text=text, link=min(self._link, n), tag=self._tag, noise=noise, heading=heading,
                title_hint=title, crumb_hint=crumb,
            ))
        self._parts = []
        self._link = 0
        self._bold = 0
        self._has_text = False
        self._tail_from = None
