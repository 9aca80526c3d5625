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

from functools import lru_cache
from importlib import resources

import regex

from ..types import CREDIT_KINDS, Credit

# patterns used inside functions, compiled once (the regex module's cache lookup costs ~10 µs a call)
_ALL_HAN = regex.compile(r"\p{Han}+")
_CMS_CODE = regex.compile(r"(?<=\p{Han})_[A-Za-z0-9]+$")
_NAME_VERB = regex.compile(r"(\p{Han}{2,3})(?:摄|攝|报道|報導|发|發)$")
_NO_LETTERS = regex.compile(r"[\d\W_]+")

__all__ = ["bare_name", "credits_in_line", "source_in_line"]

# Longest role words first so 责任编辑 wins over 编辑, 文/图 over 文.
_ROLE_WORDS = sorted((r for r in CREDIT_KINDS if r not in ("文", "图", "圖", "摄", "攝")), key=len, reverse=True)
_ROLE = "|".join(regex.escape(r) for r in _ROLE_WORDS)
_SOURCE_LABEL = (
    r"(?:来源于|來源於|本文来源|本文來源|文章来源|文章來源|新闻来源|新聞來源|稿件来源|稿件來源"
    r"|来源|來源|稿源|出处|出處|转自|轉自|转载自|轉載自)"
)

_ROLE_RE = regex.compile(
    rf"(?<!小|大|名|老|新|女|男|该|該|的)(?P<role>{_ROLE})(?!写信|寫信|部|们|們|会|會|站|组|組|室|处|處|节|節|证|證|团|團|协|協|学|學)(?:\s*[:：/／]\s*|\s+|(?=[\p{{Han}}A-Za-z]))"
    rf"|(?<![\p{{Han}}])(?P<role>文|图|圖)\s*[/／|｜:：]\s*"
    rf"|(?<![\p{{Han}}])(?P<role>文/图|文/圖|图/文|圖/文)\s*[:：]?\s*"
)
_STOP = regex.compile(
    rf"[|｜/／()（）【】\[\]<>《》]|{_SOURCE_LABEL}\s*[:：]|(?:发布|發佈|发表|發表|更新|日期|时间|時間|点击|點擊|浏览|瀏覽|字号|字號)"
    r"|\d{4}\s*[-年/.]"
)
_NAME_HAN = regex.compile(r"\p{Han}{2,4}|\p{Han}{1,6}[·•]\p{Han}{1,8}(?:[·•]\p{Han}{1,8})?")
_NAME_LATIN = regex.compile(r"[A-Za-z][A-Za-z_.]{1,24}")
_SEP = regex.compile(r"[\s、，,;；和及与與]+")

#: Words that follow a role word in prose and are never names (记者近日…, 编辑部…).
_NOT_NAMES = frozenset(
    "近日 日前 今天 昨天 昨日 今日 获悉 獲悉 了解 瞭解 发现 發現 注意 看到 采访 採訪 来到 來到 走访 走訪 从 從 在 "
    "部 团队 團隊 手记 手記 节 節 同志 表示 介绍 介紹 说 說 问 問 推荐 推薦 精选 精選 获得 獲得 整理 编译 編譯 "
    "综合 綜合 报道 報道 報導 连线 連線 观察 觀察 调查 調查 专访 專訪 本人 网友 網友 朋友 一行 等人 等 "
    "部门 部門 中心 委员会 委員會 单位 單位 小组 小組 现场 現場 实测 實測 体验 體驗 随机 隨機".split()
)
_BAD_CHARS = frozenset("的了是在和有也就都而及与與或从從对對向把被让讓给給这這那么麼个個们們年月日时時分秒号號")


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    text = resources.files("zhnews.page").joinpath("rules/surnames.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


def bare_name(text: str) -> bool:
    """True when ``text`` is shaped like a Chinese personal name (surname + 1-3 characters).

    >>> bare_name("張巨峰"), bare_name("陽光雨露"), bare_name("范姜佳鈺")
    (True, False, True)
    """
    if not 2 <= len(text) <= 4 or not _ALL_HAN.fullmatch(text):
        return False
    if text in _NOT_NAMES or any(ch in _BAD_CHARS for ch in text):
        return False
    single, double = _surnames()
    if text[:2] in double and len(text) >= 3:
        return True
    return text[0] in single and len(text) <= 3


def _names(segment: str, loose: bool) -> list[str]:
    stop = _STOP.search(segment)
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
        if name in _NOT_NAMES or any(ch in _BAD_CHARS for ch in name if "·" not in name):
            break
        if loose and not bare_name(name) and "·" not in name:
            break
        names.append(name)
    return names


def credits_in_line(line: str, *, loose: bool = False) -> list[Credit]:
    """Credits in one line. ``loose=True`` is for lines of prose: names must look like personal names."""
    line = line[:300]
    out: list[Credit] = []
    matches = list(_ROLE_RE.finditer(line))
    for i, m in enumerate(matches):
        role = m.group("role")
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        # a role word glued to the previous name (王建宏记者) is not a role here
        segment = line[m.end():end]
        for name in _names(segment, loose):
            out.append(Credit(name=name, role=role))
    return out


_SOURCE_RE = regex.compile(
    _SOURCE_LABEL
    + r"\s*[:：]\s*[\[【(（]?\s*(?P<src>[^\s|｜:：,，;；\]】)）]{2,30}(?:[·-][^\s|｜:：,，;；\]】)）]{1,20})?)"
)
_SOURCE_STOP = regex.compile(
    rf"(?:{_ROLE}|{_SOURCE_LABEL}|发布|發佈|时间|時間|日期|点击|點擊|浏览|瀏覽|字号|字號|\d{{4}}[-年/.]).*$"
)


def source_in_line(line: str) -> str | None:
    """The outlet named after 来源/來源/稿源 in a credit line, or None."""
    m = _SOURCE_RE.search(line[:300])
    if not m:
        return None
    src = _SOURCE_STOP.sub("", m.group("src")).strip(" -·.。")
    if len(src) < 2 or _NO_LETTERS.fullmatch(src):
        return None
    return src
