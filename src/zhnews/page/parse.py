"""``parse_page``: a raw page (HTML or a text dump, bytes or str) to an :class:`~zhnews.types.Article`."""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from ..errors import EmptyInputError, InputError, InputTooLargeError, NoArticleError
from ..script import detect_script
from ..types import Article, Paragraph
from .body import BodyRegion, find_body, is_prose
from .dates import find_dates
from .decode import Decoded, decode_page
from .fields import label_only, read_metadata
from .html import HtmlPage, looks_like_html, read_html
from .lines import MAX_LINES, Line, cjk_count, too_many_lines, visible_len
from .wordlists import rule_lines

__all__ = ["DEFAULT_MAX_BYTES", "parse_page", "text_lines"]

#: Pages above this size are refused (a news page is rarely over 2 MB; 10 MB pages still parse).
DEFAULT_MAX_BYTES = 32 * 1024 * 1024

# stdlib re: on a whole page it scans a character class about ten times faster than the regex module
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_CHARS = tuple(chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))


def _has_control(text: str) -> bool:
    r"""Whether ``text`` holds a character of :data:`_CONTROL`: a substring search per character (C speed, no
    regex engine) is four times faster than one scan with the class on a page without any.

    >>> _has_control("杭州\t余杭\r\n"), _has_control("杭州\x0b")
    (False, True)
    """
    return any(c in text for c in _CONTROL_CHARS)


def _label_line(text: str) -> bool:
    """来源： (or 来源：[ ) alone on a line, its value on the next."""
    text = text.rstrip(" [【(（")
    return text[-1:] in ":：" and label_only(text)


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _without_lone_surrogates(text: str) -> str:
    """A str page with a lone surrogate (a broken ``\\ud800`` escape in a JSON dump) cannot be encoded: the
    HTML parser would cut the page there, and no JSON writer could write it. A surrogate pair becomes its
    character, a lone one U+FFFD.

    >>> _without_lone_surrogates("之江\\ud800实验室\\ud83d\\ude00")
    '之江�实验室😀'
    """
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def text_lines(text: str) -> list[Line]:
    """Lines of a plain-text dump, whitespace folded, empty lines dropped; a label line
    (来源：) is joined with the value on the next line, as the page showed them. More than
    :data:`~zhnews.page.lines.MAX_LINES` lines: :class:`~zhnews.errors.InputTooLargeError`."""
    out: list[Line] = []
    pending = ""
    for raw in text.splitlines():
        folded = " ".join(raw.split())
        if not folded:
            continue
        if len(out) >= MAX_LINES:
            raise InputTooLargeError(too_many_lines(len(out)))
        if pending:
            if len(folded) <= 40 and not _label_line(folded):
                folded = f"{pending} {folded}"
            else:
                out.append(Line(text=pending))
            pending = ""
        if _label_line(folded):
            pending = folded
            continue
        out.append(Line(text=folded))
    if pending:
        out.append(Line(text=pending))
    return out


def _heading_shape(line: Line) -> bool:
    text = line.text
    n = visible_len(text)
    if n == 0 or n > 40 or text[-1] in "。！？!?…；;，,：:":
        return False
    return line.heading or (not is_prose(text) and cjk_count(text) >= 4)


def _paragraphs(lines: Sequence[Line], region: BodyRegion) -> tuple[str, tuple[Paragraph, ...]]:
    kept = [lines[i] for i in region.kept]
    # a short line that leads prose, directly or through further subheadings, is a subheading
    heading = [False] * len(kept)
    for k in range(len(kept) - 1, -1, -1):
        if not _heading_shape(kept[k]):
            continue
        if kept[k].heading and kept[k].tag:
            heading[k] = True
        elif k + 1 < len(kept) and (heading[k + 1] or is_prose(kept[k + 1].text)):
            heading[k] = True
    parts: list[Paragraph] = []
    pieces: list[str] = []
    pos = 0
    for k, line in enumerate(kept):
        if pieces:
            pieces.append("\n")
            pos += 1
        pieces.append(line.text)
        parts.append(Paragraph(text=line.text, start=pos, end=pos + len(line.text), heading=heading[k]))
        pos += len(line.text)
    return "".join(pieces), tuple(parts)


def parse_page(
    raw: str | bytes, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, errors: str = "replace"
) -> Article:
    """Parse a raw scraped page into an :class:`Article`.

    ``raw`` is the page's HTML or a plain-text dump of it, as ``bytes`` in any Chinese or Unicode
    encoding or as ``str``; the kind is detected. ``url``, when given, is recorded and used as
    evidence for the date. ``errors="replace"`` (the default) reads a page holding a few bytes no
    codec can read (a cut download, a character cut in two) with U+FFFD in their place and counts
    them in ``Article.decode_errors``; ``errors="strict"`` raises :class:`~zhnews.errors.DecodeError`.

    Raises :class:`~zhnews.errors.EmptyInputError`, :class:`~zhnews.errors.InputTooLargeError` (over
    ``max_bytes``, or more than 100,000 lines of text), :class:`~zhnews.errors.DecodeError` (all
    :class:`~zhnews.errors.InputError`) for input that is
    not a page, and :class:`~zhnews.errors.NoArticleError` for a page without article text. All are
    :class:`~zhnews.errors.ZhnewsError` and ``ValueError``.

    >>> page = '''您的位置:首頁 > 浙江 > 杭州
    ... 余杭新增國家級眾創空間6家
    ... 發佈時間:2022-12-02 16:40:03
    ... 今年以來，余杭區新增國家級眾創空間6家、數量全省第一，新增孵化載體42個。
    ... 來源: 中國網 | 撰稿:通訊員 余文 | 責編:俞舒珺'''
    >>> a = parse_page(page)
    >>> a.title, a.published.isoformat(), a.source, a.authors, a.editors, a.script
    ('余杭新增國家級眾創空間6家', '2022-12-02T16:40:03+08:00', '中國網', ['余文'], ['俞舒珺'], 'hant')
    """
    if url is not None:
        if not isinstance(url, str):
            raise InputError(f"url must be a str or None, not {type(url).__name__}")
        url = _without_lone_surrogates(url)
    decoded = _read_input(raw, max_bytes, errors)
    text = decoded.text
    if _has_control(text):
        text = _CONTROL.sub(" ", text)
    html: HtmlPage | None = None
    if looks_like_html(text):
        html = read_html(text)
        lines = html.lines
    else:
        lines = text_lines(text)
    if not lines:
        raise NoArticleError("the page holds no text at all (markup only, or an image-only page)")
    region = find_body(lines)
    if region is None or not region.kept:
        raise NoArticleError(
            f"no article text: none of the page's {len(lines)} lines reads as running prose "
            "(a navigation-only, image-only or error page?)"
        )
    if html is not None and _error_page(html.title_tag or "", lines, region):
        raise NoArticleError(
            f"an error page, not an article: its title says so ({html.title_tag[:60]!r}) and it holds little text"
        )
    return _article(lines, region, html, url, decoded)


#: an error page's message is short; an article that merely mentions an error in its title is not
_ERROR_PAGE_TEXT = 400


def _error_page(title: str, lines: Sequence[Line], region: BodyRegion) -> bool:
    """A site's error page (a dead link, a deleted post): an error phrase in its <title>, little
    text and no date anywhere near it.

    >>> message, region = [Line("错误的版面参数！请确认您是从有效的连接进入。")], BodyRegion(0, 1, [0], [])
    >>> _error_page("帖子标题 错误信息", message, region), _error_page("帖子标题", message, region)
    (True, False)
    """
    if not any(mark in title for mark in rule_lines("error_marks")):
        return False
    if sum(visible_len(lines[i].text) for i in region.kept) >= _ERROR_PAGE_TEXT:
        return False
    nearby = range(max(0, region.start - 25), min(len(lines), region.end + 12))
    return not any(find_dates(lines[i].text) for i in nearby)


def _read_input(raw: str | bytes, max_bytes: int, errors: str) -> Decoded:
    """The page as text (decoded when bytes), after the size and emptiness checks."""
    if raw is None:
        raise EmptyInputError("parse_page got None: pass the page's HTML or text as str or bytes")
    if errors not in ("replace", "strict"):
        raise InputError(f'errors must be "replace" or "strict", not {errors!r}')
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 0:
        raise InputError(f"max_bytes must be a whole number of bytes, not {max_bytes!r}")
    if isinstance(raw, (bytes, bytearray, memoryview)):
        data = bytes(raw)
        if len(data) > max_bytes:
            raise InputTooLargeError(
                f"the page is {len(data):,} bytes, over the bound of {max_bytes:,}: raise max_bytes or split the input"
            )
        if not data.strip():
            raise EmptyInputError("the page is empty (no bytes other than whitespace)")
        decoded = decode_page(data, errors=errors)
    elif isinstance(raw, str):
        if len(raw) > max_bytes:
            raise InputTooLargeError(
                f"the page is {len(raw):,} characters, over the bound of {max_bytes:,}: raise max_bytes or split it"
            )
        decoded = Decoded(_without_lone_surrogates(raw), "", 0)
    else:
        raise InputError(f"parse_page takes str or bytes, not {type(raw).__name__}")
    if not decoded.text.strip():
        raise EmptyInputError("the page is empty (whitespace only)")
    return decoded


def _article(
    lines: Sequence[Line], region: BodyRegion, html: HtmlPage | None, url: str | None, decoded: Decoded
) -> Article:
    body, paragraphs = _paragraphs(lines, region)
    meta = read_metadata(lines, region, html, url)
    page_url = url
    if page_url is None and html is not None:
        page_url = html.canonical or html.meta.get("og:url")
    kept = set(region.kept)
    return Article(
        title=meta.title,
        body=body,
        paragraphs=paragraphs,
        published=meta.published,
        published_text=meta.published_text,
        published_precision=meta.precision,  # type: ignore[arg-type]
        source=meta.source,
        credits=meta.credits,
        breadcrumb=meta.breadcrumb,
        url=page_url,
        script=detect_script(meta.title + body),
        input_kind="html" if html is not None else "text",
        encoding=decoded.encoding or None,
        boilerplate=tuple(line.text for i, line in enumerate(lines) if i not in kept),
        decode_errors=decoded.errors,
        evidence=meta.evidence,
    )
