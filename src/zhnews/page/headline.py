"""The headline of a page read as lines (a text dump, or an HTML page whose markup names none).

A text dump has no ``<title>``, no ``<h1>`` and no meta tags: the headline is one of the lines
above the body, among navigation rows, ads, login prompts, captions and outlet names. Each
candidate line is scored by kinds of evidence, and the best one wins (none when no line has
enough evidence):

- position: right above the date line (or the body), a few header lines (credits, labels, outlet
  names) between them allowed; right below the date line on blogs and forums;
- agreement: the same line printed again near the top of the page (the page's ``<title>``, a
  headline repeated), whole or before a site suffix (``标题_频道_站名``);
- the body's first paragraphs repeat the line's words;
- shape: length, no sentence end, no field label, not a list item whose next number follows;
- against: navigation rows (many short items between spaces, ``|``, ``│``, ``>``), a login, ad
  or comment widget's words (``rules/headline_not_words.txt``), a line that trails off (``……``).

>>> from zhnews.page.body import find_body
>>> page = '''首页 注册 登录 新闻 体育 财经 娱乐
... 城西公园新添三条健身步道_本地新闻_示例网
... 首页 > 本地新闻
... 立即注册会员，领取免费邮箱
... 城西公园新添三条健身步道
... 2023-05-06 09:12 来源：示例晚报
... 城西公园新添的三条健身步道今天向市民开放，步道全长四点二公里，沿途设有六处休息点。'''
>>> from zhnews.page.parse import text_lines
>>> lines = text_lines(page)
>>> headline_from_lines(lines, find_body(lines))[0]
'城西公园新添三条健身步道'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .body import BodyRegion, is_furniture, is_prose
from .credits import credits_in_line, is_outlet, source_in_line
from .dates import find_dates
from .lines import Line, cjk_count, visible_len
from .wordlists import alternation, words

__all__ = [
    "FAR_HEADER", "clean_text", "far_date_line", "headline_from_lines", "is_meta_line", "is_title_like",
    "near_date_line", "strip_site_suffix", "title_ok",
]

_URL = regex.compile(r"www\.|https?://")
_MENU_RUN = regex.compile(r"^(?:\S{1,5}\s+){4,}")  # 首页 要闻 科技 财经 …: a menu, not a headline
# [查看目录] [加入书签] …, 专栏/小说/连载/…: a row of bracketed links or a path, not a headline
_LINK_ROW = regex.compile(r"^(?:\s*[\[【][^\]】]{1,12}[\]】]){2,}\s*$|^(?:[^/\s]{1,8}/){3,}")
_IMAGE_NAME = regex.compile(r"\.(?:jpe?g|png|gif|webp|bmp)\b|^(?:IMG|DSC|图片)[_\-]?\d", regex.IGNORECASE)
_ITEM_SEP = regex.compile(r"\s*[|｜│┃/／>»·•：:]\s*|\s+")
_TITLE_SEP = regex.compile(r"\s*[_|｜]\s*|\s+[-–—]{1,2}\s+|\s*-{2,}\s*")
# a trailing "-频道-站名" chain of short parts after an unspaced hyphen
_HYPHEN_TAIL = regex.compile(r"(?:(?<![A-Za-z0-9])\s*-\s*[^-\s。，！？]{2,8}){1,3}\s*$|\s*-\s*$")
_TAG = regex.compile(r"<[^<>]{1,200}>")
_ORDINAL = regex.compile(r"^[\s\p{Co}]*[（(]?(\d{1,2}|[一二三四五六七八九十]{1,3})[)）]?\s*[、.．]")
_BIGRAM_TEXT = regex.compile(r"[\p{Han}A-Za-z0-9]+")
_WS = regex.compile(r"\s+")
_CRUMB_SEP_LINE = regex.compile(r"(?:-?>{1,2}|»|›|→|＞|/|\\|\|)(?:\s*(?:-?>{1,2}|»|›|→|＞))*")
_DASHES = ("——", "—", "--")
_SENTENCE_MARKS = regex.compile(r"[。；;、]|[，,].*[，,]|[，,!！…]$")
# (图) (组图) [视频]: a media mark after a headline, not an item of a menu
_MEDIA_MARK = regex.compile(r"\s*[(（\[【](?:组图|多图|附图|图|视频|音频|图文)[)）\]】]\s*")
_BRACKETED_LINE = regex.compile(r"^[(（\[【].*[)）\]】]$")

#: how far above the date line (or the body) headline candidates are looked for
_WINDOW = 15
#: the first lines of a dump, where scrapers print the page's <title> (and pages their banner)
_TOP = 3
#: a headline needs at least this much evidence; a page without one gets no headline
_MIN_SCORE = 1.5


@dataclass(frozen=True, slots=True)
class _LinePatterns:
    crumb_label: regex.Pattern[str]
    field_line: regex.Pattern[str]
    site_mark: regex.Pattern[str]
    not_words: regex.Pattern[str]


def crumb_label_pattern() -> regex.Pattern[str]:
    """A breadcrumb's label at the start of a line (当前位置：, 您的位置), written once for the page stage."""
    return _patterns().crumb_label


@lru_cache(maxsize=1)
def _patterns() -> _LinePatterns:
    return _LinePatterns(
        crumb_label=regex.compile(rf"^(?:{alternation('crumb_labels')})\s*[:：]?\s*"),
        field_line=regex.compile(rf"^(?:{alternation('field_labels')})\s*[:：]"),
        site_mark=regex.compile(alternation("site_marks")),
        not_words=regex.compile(alternation("headline_not_words")),
    )


def clean_text(text: str) -> str:
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
    parts = [p for p in _TITLE_SEP.split(clean_text(title)) if p]
    if not parts:
        return clean_text(title)
    head = _HYPHEN_TAIL.sub("", parts[0])
    if cjk_count(head) >= 6:
        parts[0] = head
    best = parts[0]
    if cjk_count(best) < 4:  # "新浪新闻 - headline" puts the site first
        longest = max(parts, key=cjk_count)
        if cjk_count(longest) >= 4:
            best = longest
    return best


def title_ok(text: str) -> bool:
    n = visible_len(text)
    return 4 <= n <= 120 and cjk_count(text) >= 2 and not is_furniture(text)


def near_date_line(lines: Sequence[Line], body_start: int) -> int | None:
    """Index of the date line closest above the body (or the body's first line), within the header."""
    for i in range(min(len(lines) - 1, body_start), max(-1, body_start - 16), -1):
        text = lines[i].text
        if len(text) <= 120 and find_dates(text) and (i < body_start or not is_prose(text)):
            return i
    return None


#: how far above the body a lone date line is still the header's (dumps printing each piece of
#: text on its own line put share buttons and widgets between it and the text)
FAR_HEADER = 45


def far_date_line(lines: Sequence[Line], body_start: int) -> int | None:
    """The nearest short date line 16 to :data:`FAR_HEADER` lines above the body that is not one of
    a list of dated items (no neighbour with a date of its own), or None."""
    for i in range(body_start - 17, max(-1, body_start - FAR_HEADER), -1):
        text = lines[i].text
        if len(text) <= 60 and lines[i].link_density <= 0.5 and find_dates(text) \
                and not any(find_dates(lines[k].text) for k in (i - 1, i + 1) if 0 <= k < len(lines)):
            return i
    return None


def is_meta_line(line: Line) -> bool:
    """Header furniture between a title and its date: outlet names, labels, credits, share buttons."""
    text = line.text
    return bool(
        is_furniture(text) or _patterns().field_line.match(text) or is_outlet(text) or source_in_line(text)
        or credits_in_line(text) or visible_len(text) <= 4 or (find_dates(text) and cjk_count(text) < 6)
        or _URL.search(text)
    )


def caption_or_sentence(text: str) -> bool:
    """A photo caption (图为…), an image's file name, or a sentence of the body (it ends in 。):
    text dumps put these where a headline could be.

    >>> caption_or_sentence("图为志愿者在河边清理垃圾"), caption_or_sentence("志愿者沿河清理垃圾")
    (True, False)
    """
    return text.endswith("。") or text.startswith(words("caption_marks")) or bool(_IMAGE_NAME.search(text))


def _headline_shape(line: Line, min_cjk: int) -> bool:
    """Shaped like a headline: not a label, crumb, menu, link row, URL, site name, date, caption or
    long sentence."""
    text = line.text
    pats = _patterns()
    return (
        title_ok(text) and cjk_count(text) >= min_cjk and line.link_density <= 0.5
        and not pats.crumb_label.search(text) and not _MENU_RUN.match(text) and not _LINK_ROW.match(text)
        and not _URL.search(text) and not pats.site_mark.search(text)
        and not (text[-1] in "。！？!?" and visible_len(text) > 40) and not find_dates(text)
        and not caption_or_sentence(text)
    )


def is_title_like(line: Line) -> bool:
    """A line that could be a headline on its own (six characters or more)."""
    return _headline_shape(line, 6)


def navigation_row(text: str) -> bool:
    """Three or more short items between spaces, bars or arrows: a menu or a list of links.

    >>> navigation_row("第一章│第二章│第三章"), navigation_row("我收藏的：图片 音乐")
    (True, True)
    >>> navigation_row("志愿者沿河清理垃圾 半天捡出塑料瓶")
    False
    """
    items = [t for t in _ITEM_SEP.split(text) if t]
    return len(items) >= 3 and all(visible_len(t) <= 5 for t in items)


def _ordinal(text: str) -> int | None:
    m = _ORDINAL.match(text)
    if not m:
        return None
    token = m.group(1)
    if token.isdigit():
        return int(token)
    digits = "一二三四五六七八九"
    if "十" not in token:
        return digits.index(token) + 1 if len(token) == 1 else None
    tens, _, ones = token.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def _list_item(lines: Sequence[Line], i: int) -> bool:
    """A numbered item (1. / 一、 / （二）) whose next number starts a later line: a subheading or a
    list entry, not the headline."""
    n = _ordinal(lines[i].text)
    if n is None:
        return False
    return any(_ordinal(lines[k].text) == n + 1 for k in range(i + 1, min(len(lines), i + 400)))


def _squash(text: str) -> str:
    return _WS.sub("", text)


def _references(lines: Sequence[Line], region: BodyRegion) -> list[tuple[int, str]]:
    """Lines near the top of the page and above the body that may repeat the headline, each also
    without a site suffix (标题_频道_站名 → 标题)."""
    out: list[tuple[int, str]] = []
    for i in {*range(min(_TOP, len(lines))), *range(max(0, region.start - _WINDOW - 4), region.start)}:
        text = lines[i].text
        out.append((i, _squash(text)))
        head = strip_site_suffix(text) if i < _TOP else text  # the <title>'s place: its site suffix dropped
        if head != text:
            out.append((i, _squash(head)))
    return out


def _page_title_line(lines: Sequence[Line], region: BodyRegion) -> tuple[int, str] | None:
    """The page's ``<title>`` printed as the dump's first line (标题_频道_站名): its headline part,
    a candidate of its own where the lines near the body do not print the headline."""
    if not lines or region.start == 0:
        return None
    text = lines[0].text
    head = strip_site_suffix(text)
    if head == text or not _headline_shape(Line(head), 6):
        return None
    return 0, head


def _bigrams(text: str) -> set[str]:
    return {run[k:k + 2] for run in _BIGRAM_TEXT.findall(text) for k in range(len(run) - 1)}


@dataclass(slots=True)
class _Candidate:
    index: int
    distance: int  # header lines other than credits and labels between it and the date line (or body)
    below_date: bool = False
    body_line: bool = False
    title_line: str = ""  # the headline part of the page's <title> line (index 0)


def _candidates(lines: Sequence[Line], region: BodyRegion) -> list[_Candidate]:
    """Lines above the date line (or the body) within the window, lines between the date line and
    the body, and the body's first line when it is short and ends in no sentence mark."""
    anchor = near_date_line(lines, region.start)
    top = anchor if anchor is not None else region.start
    out: list[_Candidate] = []
    between = 0
    for i in range(top - 1, max(-1, top - 1 - _WINDOW), -1):
        if _headline_shape(lines[i], 4):
            out.append(_Candidate(i, between))
        if not (is_meta_line(lines[i]) or lines[i].text.startswith(_DASHES)):
            between += 1
    if anchor is not None:
        for i in range(anchor + 1, min(region.start, anchor + 4)):
            if _headline_shape(lines[i], 4):
                out.append(_Candidate(i, i - anchor, below_date=True))
    far = far_date_line(lines, region.start) if anchor is None else None
    if far is not None:  # the header's date line far above the text: the headline sits over it
        out += [_Candidate(i, far - 1 - i) for i in range(far - 1, max(-1, far - 4), -1)
                if _headline_shape(lines[i], 4) and not any(c.index == i for c in out)]
    page_title = _page_title_line(lines, region)
    if page_title is not None:
        out.append(_Candidate(0, 0, title_line=page_title[1]))
    first = lines[region.start] if region.start < len(lines) else None
    if first is not None and visible_len(first.text) <= 40 and not _SENTENCE_MARKS.search(first.text) \
            and _headline_shape(first, 6) and len(region.kept) > 1 and anchor in (None, region.start - 1):
        out.append(_Candidate(region.start, 0, body_line=True))
    return out


def _score(c: _Candidate, lines: Sequence[Line], region: BodyRegion, refs: list[tuple[int, str]],
           body_grams: set[str]) -> tuple[float, list[str]]:
    """The evidence for one candidate, summed, with the names of the kinds that counted."""
    text = c.title_line or lines[c.index].text
    why: list[str] = []
    score = 1.0
    n = cjk_count(text)
    score += 1.0 if 8 <= n <= 32 else (-0.5 if n < 6 else 0.0)
    score += _position(c, why)
    key = _squash(text)
    repeats = {i for i, ref in refs if i != c.index and ref == key}
    confirmed = bool(repeats)
    if any(i < _TOP for i in repeats):
        score += 3.0
        why.append("printed again near the top")
    elif repeats:
        score += 1.0
        why.append("printed twice over the body")
    elif len(key) >= 8 and any(i != c.index and i < _TOP and key in ref for i, ref in refs):
        score += 1.5
        why.append("the page's title line holds it")
    grams = _bigrams(text)
    if grams:
        shared = len(grams & body_grams) / len(grams)
        score += 2.0 * shared
        if shared >= 0.3:
            why.append("its words open the body")
    score += _against(c, text, lines, confirmed, why)
    return score, why


def _position(c: _Candidate, why: list[str]) -> float:
    if c.title_line:
        why.append("the page's title line without its site suffix")
        return 0.0
    if c.body_line:
        why.append("the body's first line")
        return 0.5
    why.append("below the date line" if c.below_date else
               "above the date line or body" + (f" ({c.distance} header lines between)" if c.distance else ""))
    return (1.5, 0.75)[c.distance] if c.distance <= 1 else -0.25 * c.distance


def _against(c: _Candidate, text: str, lines: Sequence[Line], confirmed: bool, why: list[str]) -> float:
    """The evidence against a candidate: menus, widgets, notes, section numbers, subtitles."""
    score = 0.0
    if navigation_row(_MEDIA_MARK.sub(" ", text)):
        score -= 4.0
    if _patterns().not_words.search(text):
        score -= 2.0
    if text.endswith(("……", "...", "；", ";", "：", ":")):
        score -= 2.0
    if _BRACKETED_LINE.match(text):
        score -= 3.0  # （原标题：…）, [查看目录]: a note or a link in brackets
    if not c.title_line and len(_TITLE_SEP.split(text)) >= 2:
        score -= 1.5  # 标题 - 站名: the page's <title> with its site's name
    if not c.title_line and _crumb_item(lines, c.index):
        score -= 2.0
    if text.startswith(_DASHES):
        score -= 3.0  # the second half of a headline broken over two lines
    if not confirmed and _ordinal(text) is not None:
        score -= 3.0 if _list_item(lines, c.index) else 1.5  # a numbered section or list entry
    if _subtitle(lines, c):
        score -= 1.5
        why.append("a subtitle under a headline")
    return score


def _crumb_item(lines: Sequence[Line], i: int) -> bool:
    """An item of a breadcrumb or menu whose separators a dump printed on lines of their own
    (首页 / > / 军事技术)."""
    near = [lines[k].text.strip() for k in (i - 1, i + 1) if 0 <= k < len(lines)]
    return any(_CRUMB_SEP_LINE.fullmatch(t) for t in near)


def _subtitle(lines: Sequence[Line], c: _Candidate) -> bool:
    """The lower of two headline-shaped lines right above the date line: a subtitle under the
    headline (主题 over 副题)."""
    if c.body_line or c.below_date or c.index == 0:
        return False
    above = lines[c.index - 1]
    return is_title_like(above) and not navigation_row(above.text) and not _patterns().not_words.search(above.text) \
        and not above.text.startswith(_DASHES)


def headline_from_lines(lines: Sequence[Line], region: BodyRegion) -> tuple[str, str] | None:
    """The best-scored headline line and the evidence that chose it, or None when no line has enough."""
    candidates = _candidates(lines, region)
    if not candidates:
        return None
    refs = _references(lines, region)
    opening = region.kept[:4]
    opening_grams = _bigrams(" ".join(lines[i].text for i in opening)[:600])
    best: tuple[float, int, str, list[str]] | None = None
    for c in candidates:
        grams = opening_grams
        if c.index in opening:  # the body's first line: its words against the rest of the opening
            grams = _bigrams(" ".join(lines[i].text for i in opening if i != c.index)[:600])
        score, why = _score(c, lines, region, refs, grams)
        if best is None or score > best[0]:
            best = (score, c.index, c.title_line or lines[c.index].text, why)
    if best is None or best[0] < _MIN_SCORE:
        return None
    text = best[2] if best[2] != lines[best[1]].text else _continued(lines, best[1], best[2])
    return text, "scored headline line: " + ", ".join(best[3])


def _continued(lines: Sequence[Line], index: int, text: str) -> str:
    """A headline continued on the next line by its dash-led second half (——记某某)."""
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    if nxt is not None and nxt.text.startswith(_DASHES) and is_title_like(nxt):
        return text + nxt.text
    return text
