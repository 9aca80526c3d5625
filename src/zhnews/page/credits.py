"""Credits (byline, editor, reviewer …) and the source outlet, read from credit lines.

A role word is followed by one or more names; several roles share a line::

    >>> [(c.role, c.name) for c in credits_in_line("來源: 中國網 | 撰稿:通訊員 余文 | 責編:俞舒珺 審核:張淵")]
    [('通訊員', '余文'), ('責編', '俞舒珺'), ('審核', '張淵')]
    >>> source_in_line("來源: 中國網 | 撰稿:通訊員 余文")
    '中國網'
    >>> [c.name for c in credits_in_line("（记者 王建宏 张文攀）", loose=True)]
    ['王建宏', '张文攀']
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..types import Credit, credit_roles
from .wordlists import alternation, words

# patterns used inside functions, compiled once (the regex module's cache lookup costs ~10 µs a call)
_ALL_HAN = regex.compile(r"\p{Han}+")
_CMS_CODE = regex.compile(r"(?<=\p{Han})_[A-Za-z0-9]+$")
_NAME_VERB = regex.compile(r"(\p{Han}{2,3})(?:摄|攝|报道|報導|发|發)$")
_NO_LETTERS = regex.compile(r"[\d\W_]+")
_MARKUP = regex.compile(r"[=<>\"]")
_WEB_ADDRESS = regex.compile(
    r"(?:https?|www\.?|ftp)$|(?:https?|ftp)\b|www\.|[A-Za-z0-9-]+\.(?:com|cn|net|org)\b", regex.IGNORECASE
)
_NAME_HAN = regex.compile(r"\p{Han}{2,4}|\p{Han}{1,6}[·•]\p{Han}{1,8}(?:[·•]\p{Han}{1,8})?")
_NAME_LATIN = regex.compile(r"[A-Za-z][A-Za-z_.]{1,24}")
_SEP = regex.compile(r"[\s、，,;；和及与與]+")

__all__ = ["bare_name", "credited_names", "credits_in_line", "dictionary_word", "is_outlet", "person_name",
           "source_in_line", "surname_before"]

#: credit lines are read this far: a credit line is short, and the bound keeps the work linear
MAX_CREDIT_LINE = 300


@dataclass(frozen=True, slots=True)
class _Patterns:
    role: regex.Pattern[str]
    stop: regex.Pattern[str]
    source: regex.Pattern[str]
    source_stop: regex.Pattern[str]
    outlet: regex.Pattern[str]
    not_names: frozenset[str]
    bad_chars: frozenset[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The credit patterns, built from the role words (rules/credit_roles.txt) and the word lists in
    ``rules/`` on first use."""
    # longest role words first so 责任编辑 wins over 编辑, 文/图 over 文; 文 图 摄 alone only before a separator
    roles = "|".join(regex.escape(r) for r in sorted(
        (r for r in credit_roles() if r not in words("short_roles")), key=len, reverse=True))
    label = f"(?:{alternation('source_labels')})"
    not_before = "|".join(regex.escape(w) for w in words("role_not_before"))
    not_after = alternation("role_not_after")
    role = regex.compile(
        rf"(?<!{not_before})(?P<role>{roles})(?!{not_after})(?:\s*[:：/／︱｜|]\s*|\s+|(?=[\p{{Han}}A-Za-z]))"
        rf"|(?<![\p{{Han}}])(?P<role>文|图|圖)\s*[/／|｜︱:：]\s*"
        rf"|(?<![\p{{Han}}])(?P<role>文/图|文/圖|图/文|圖/文)\s*[:：]?\s*"
    )
    stop = regex.compile(
        rf"[|｜︱/／()（）【】〔〕\[\]<>《》]|{label}\s*[:：]|(?:{alternation('credit_stops')})|\d{{4}}\s*[-年/.]"
    )
    value = r"[^\s|｜:：,，;；\[\]【】(（)）]"
    repost = alternation("repost_labels")
    source = regex.compile(
        rf"(?:{label}\s*[:：]|^[\[【(（]?(?:{repost})(?![:：]))\s*[\[【(（]?\s*"
        rf"(?P<src>{value}{{2,30}}(?:[·-]{value}{{1,20}})?)"
    )
    source_stop = regex.compile(
        rf"(?:{roles}|{label}|{alternation('credit_stops')}|{alternation('time_zone_marks')}|\d{{4}}[-年/.]).*$"
    )
    outlet = regex.compile(rf"^(?P<head>\S{{1,12}}?)(?:{alternation('outlet_endings')})$")
    return _Patterns(role, stop, source, source_stop, outlet, frozenset(words("not_names")),
                     frozenset(words("name_bad_chars")))


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = words("surnames")
    return frozenset(w for w in names if len(w) == 1), frozenset(w for w in names if len(w) == 2)


def surname_before(text: str, end: int) -> int | None:
    """Where a surname ending at ``end`` in ``text`` starts (a two-character one first), or None.

    >>> surname_before("被告人欧阳某某", 5), surname_before("被告人张某", 4), surname_before("我们", 2)
    (3, 3, None)
    """
    single, double = _surnames()
    if end >= 2 and text[end - 2:end] in double:
        return end - 2
    if end >= 1 and text[end - 1] in single:
        return end - 1
    return None


def bare_name(text: str) -> bool:
    """True when ``text`` is shaped like a Chinese personal name (surname + 1-3 characters).

    >>> bare_name("張巨峰"), bare_name("陽光雨露"), bare_name("范姜佳鈺")
    (True, False, True)
    """
    if not 2 <= len(text) <= 4 or not _ALL_HAN.fullmatch(text):
        return False
    pats = _patterns()
    if text in pats.not_names or any(ch in pats.bad_chars for ch in text):
        return False
    single, double = _surnames()
    if text[:2] in double and len(text) >= 3:
        return True
    return text[0] in single and len(text) <= 3


def dictionary_word(text: str) -> str | None:
    """The part-of-speech tag of ``text`` when jieba's dictionary holds it as one word, else None
    (loads the dictionary on first use: about 0.6 s once per process).

    >>> dictionary_word("周末"), dictionary_word("马上"), dictionary_word("宋知远")
    ('t', 'd', None)
    """
    from ..extract._words import pos_tokens

    tokens = pos_tokens(text)
    return tokens[0].flag if len(tokens) == 1 and tokens[0].word == text else None


def person_name(text: str) -> bool:
    """A personal name for steps that have no role word to back it (a name alone on a line, in a
    closing parenthetical, beside a date): name-shaped (:func:`bare_name`) and not a common word
    that merely starts with a surname character (周末, 马上, 江南, 黄金), which jieba's dictionary
    knows under another part of speech.

    >>> person_name("宋知远"), person_name("王平"), person_name("周末"), person_name("江南")
    (True, True, False, False)
    """
    if not bare_name(text):
        return False
    tag = dictionary_word(text)
    return tag is None or tag.startswith("nr")


def is_outlet(text: str) -> bool:
    """True when ``text`` is shaped like an outlet's name (人民日报, 中央社, 新浪網).

    >>> is_outlet("江南日报"), is_outlet("東海報"), is_outlet("王小明"), is_outlet("相关新闻")
    (True, True, False, False)
    """
    m = _patterns().outlet.match(text)
    return bool(m) and m.group("head") not in _section_words()


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    """相关 (新闻), 热点 (新闻), 图片 (新闻): a part of the page, not an outlet, whatever its ending."""
    return frozenset(words("section_words"))


def _names(segment: str, loose: bool) -> list[str]:
    pats = _patterns()
    stop = pats.stop.search(segment)
    if stop:
        segment = segment[: stop.start()]
    names: list[str] = []
    for token in _SEP.split(segment.strip()):
        token = _CMS_CODE.sub("", token)  # 李曦_NN2587: a CMS user code
        if not token:
            continue
        m = _NAME_HAN.fullmatch(token) or _NAME_LATIN.fullmatch(token)
        if not m:
            # 'NAME摄' or 'NAME报道' glued to the name: keep the name part when it is a clear name.
            head = _NAME_VERB.match(token)
            if head and bare_name(head.group(1)):
                names.append(head.group(1))
            break
        name = m.group(0)
        if name in pats.not_names or any(ch in pats.bad_chars for ch in name if "·" not in name):
            break
        if loose and not bare_name(name) and "·" not in name:
            break
        names.append(name)
    return names


def credits_in_line(line: str, *, loose: bool = False) -> list[Credit]:
    """Credits in one line (its first :data:`MAX_CREDIT_LINE` characters). ``loose=True`` is for
    lines of prose: names must look like personal names.

    >>> [(c.role, c.name) for c in credits_in_line("作者︱王小明")]
    [('作者', '王小明')]
    """
    out: list[Credit] = []
    for m, segment in _role_segments(line[:MAX_CREDIT_LINE]):
        for name in _names(segment, loose):
            out.append(Credit(name=name, role=m.group("role")))
    return out


def _role_segments(text: str) -> Iterator[tuple[regex.Match[str], str]]:
    """Each role word's match in ``text`` and the text after it up to the next role word, at most
    :data:`MAX_CREDIT_LINE` characters (the names it credits stand there; the bound keeps a body's walk linear)."""
    matches = list(_patterns().role.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        yield m, text[m.end():min(end, m.end() + MAX_CREDIT_LINE)]


#: the mark a photographer's credit ends with (记者某某摄)
_PHOTO_MARKS = ("摄", "攝")


def credited_names(text: str) -> list[tuple[int, int]]:
    r"""Where the people a credit names stand in ``text`` (a line or a whole body): the names after a role word
    (记者, 责任编辑, 摄影 …) up to the end of their line, each shaped like a personal name (:func:`person_name`),
    as loose mode reads prose. A role word glued to the words after it credits them only where they are names and
    nothing else up to a closing mark (（记者某某、某某）, 记者某某摄); glued to running text it credits no one
    (记者近日从某地获悉, 记者王芳说: a speech verb is no part of a name).

    >>> text = "（记者 张明远）本报讯\n责任编辑：李华、王小红\n（新华社记者刘宇摄）记者王芳说，产量创新高。"
    >>> [text[a:b] for a, b in credited_names(text)]
    ['张明远', '李华', '王小红', '刘宇']
    """
    out: list[tuple[int, int]] = []
    for m, segment in _role_segments(text):
        segment = segment.split("\n", 1)[0]  # a credit line ends with its line
        names = _names(segment, loose=True)
        if m.end() == m.end("role") and not _names_alone(segment, names):
            continue  # 记者王芳说，…: glued to a clause
        at = 0
        for name in names:
            at = segment.find(name, at)
            if name.endswith(_PHOTO_MARKS) and bare_name(name[:-1]):
                name = name[:-1]  # 记者某某摄: the photographer's mark, glued to a name that is one without it
            if person_name(name):
                out.append((m.end() + at, m.end() + at + len(name)))
            at += len(name)
    return out


def _names_alone(segment: str, names: list[str]) -> bool:
    """Whether ``names`` are every word of ``segment`` up to its first stop (a closing bracket, a separator of
    roles), nothing else standing among them."""
    stop = _patterns().stop.search(segment)
    words = [w for w in _SEP.split(segment[:stop.start() if stop else len(segment)].strip()) if w]
    return bool(names) and len(words) == len(names)


def source_in_line(line: str) -> str | None:
    """The outlet named after 来源/來源/稿源 in a credit line, or None."""
    pats = _patterns()
    m = pats.source.search(line[:MAX_CREDIT_LINE])
    if not m:
        return None
    src = pats.source_stop.sub("", m.group("src")).strip(" -·.。")
    if len(src) < 2 or _NO_LETTERS.fullmatch(src) or _MARKUP.search(src) or _WEB_ADDRESS.match(src):
        return None  # 来源： size="20": markup of a broken page; 来源：http://…: an address, not a name
    return src
