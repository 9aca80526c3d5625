"""The common form of a page: a list of text lines with layout hints.

HTML pages and plain-text dumps are both reduced to lines; the body finder and the metadata
cascade then work on lines alone, so a page and its text dump are read by the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MAX_LINES", "Line", "cjk_count", "punct_count", "too_many_lines", "visible_len"]

#: Pages with more lines of text than this are refused (InputTooLargeError): a news page has hundreds, and
#: millions of tiny lines (a hostile page, a log file) would cost seconds and a gigabyte for nothing.
MAX_LINES = 100_000


def too_many_lines(n: int) -> str:
    """The message of the error for a page of more than :data:`MAX_LINES` lines."""
    return (f"the page has more than {MAX_LINES:,} lines of text ({n:,} read): it is not a news page; "
            "split it into pages")

#: Sentence and clause punctuation that marks running prose (both widths).
PROSE_PUNCT = frozenset("，。！？；：、,!?;…）“”「」『』")
SENTENCE_END = frozenset("。！？!?…”」』）)")


@dataclass(slots=True)
class Line:
    """One line of a page.

    ``link`` counts characters inside links; ``noise`` is set when an enclosing element's class or
    id names navigation, footer, sharing, comments or related links; ``tag`` is the block element
    that produced the line (``""`` for text dumps); ``heading`` marks h1-h6 or a paragraph whose
    text is entirely bold.
    """

    text: str
    link: int = 0
    tag: str = ""
    noise: bool = False
    heading: bool = False
    title_hint: bool = False
    crumb_hint: bool = False

    @property
    def link_density(self) -> float:
        n = visible_len(self.text)
        return self.link / n if n else 0.0


_CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
_CJK_RUN = re.compile(_CJK.pattern + "+")  # runs: a list of a few strings instead of one per character
_PUNCT = re.compile("[" + re.escape("".join(sorted(PROSE_PUNCT))) + "]")


def cjk_count(text: str) -> int:
    """Number of CJK ideographs.

    >>> cjk_count("R&D經費投入強度達到4.51%")
    8
    """
    return sum(map(len, _CJK_RUN.findall(text)))


def punct_count(text: str) -> int:
    return len(_PUNCT.findall(text))


def visible_len(text: str) -> int:
    """Characters other than white space.

    >>> visible_len(" 杭州　余杭 ")
    4
    """
    if _SPACE.search(text) is None:  # most lines of Chinese text: no space to drop, no list to build
        return len(text)
    return len("".join(text.split()))


_SPACE = re.compile(r"\s")
