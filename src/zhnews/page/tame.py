"""Hostile markup made safe for libxml2 before it is parsed, in one linear pass over the tags.

libxml2 is fast on real pages but has two weak spots on hostile ones: its duplicate-attribute check is
quadratic in the attributes of one tag (80,000 attributes on a tag took 8 s), and past about 2,000 levels of
nesting it drops everything below (a page nested 2,048 levels deep lost all its text). So:

- a start tag whose attributes run over :data:`MAX_ATTR_CHARS` keeps only the attributes the reader uses
  (class, id, style, hidden, and the ones of meta, link, time and script);
- elements nested deeper than :data:`MAX_DEPTH` lose their tags but keep their text (a block tag becomes a
  ``<br>``, so its text still starts a line).

Pages that need neither come back as the same str object.

>>> tame("<div " + "x " * 2000 + 'class="content">正文</div>')
'<div class="content">正文</div>'
>>> deep = "<div>" * 3000 + "正文" + "</div>" * 3000
>>> tamed = tame(deep)
>>> tamed.count("<div>"), "正文" in tamed
(400, True)
"""

from __future__ import annotations

import re
from itertools import accumulate

__all__ = ["MAX_ATTR_CHARS", "MAX_DEPTH", "tame"]

#: A start tag's attribute text above this many characters is cut to the attributes the reader uses.
MAX_ATTR_CHARS = 1024
#: Elements nested deeper than this lose their tags (their text stays).
MAX_DEPTH = 400

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:_-]*)([^<>]*)>")
_USED_ATTR = re.compile(
    r"""\s(class|id|style|hidden|property|name|itemprop|http-equiv|content|charset|rel|href|datetime|pubdate|type)"""
    r"""(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""",
    re.IGNORECASE,
)
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "basefont", "frame", "isindex", "keygen",
})
_SELF_CLOSING = frozenset({"p", "li", "td", "th", "tr", "dt", "dd", "option"})  # a second one closes the first
_INLINE = frozenset({
    "a", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sub", "sup", "code", "label",
    "abbr", "cite", "q", "mark", "time", "tt", "var", "kbd", "samp", "dfn", "ins", "del", "bdi", "bdo", "nobr",
})
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp"})


def _used_attrs(attrs: str) -> str:
    """The first of each attribute the reader uses, in their order; the rest dropped."""
    seen: set[str] = set()
    kept: list[str] = []
    for m in _USED_ATTR.finditer(attrs):
        name = m.group(1).lower()
        if name not in seen:
            seen.add(name)
            kept.append(m.group(0))
    return "".join(kept)


class _Depth:
    """Open elements as a stack of (name, kept?); says what to do with each tag."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, bool]] = []

    def open(self, name: str) -> bool:
        """Push an element; False when it is too deep to keep its tag."""
        if name in _SELF_CLOSING and self.stack and self.stack[-1][0] == name:
            self.stack.pop()
        keep = len(self.stack) < MAX_DEPTH
        self.stack.append((name, keep))
        return keep

    def close(self, name: str) -> bool:
        """Pop to the element ``name`` closes; False when its open tag was dropped."""
        for k in range(len(self.stack) - 1, max(-1, len(self.stack) - 64), -1):
            if self.stack[k][0] == name:
                keep = self.stack[k][1]
                del self.stack[k:]
                return keep
        return True  # a stray close tag: libxml2 ignores it


def _flat(name: str) -> str:
    return "" if name in _INLINE else "<br>"


_LONG_TAG = re.compile(rf"<[a-zA-Z][^<>]{{{MAX_ATTR_CHARS},}}>")
# open and close tags, void elements left out: the running count bounds the nesting depth from above
# (unclosed <p> and <li> only raise it), so a page whose count stays low needs no scan in Python
_OPEN_OR_CLOSE = re.compile(
    r"<(/?)(?!(?:br|img|input|meta|link|hr|area|base|col|embed|param|source|track|wbr)[\s/>])[a-zA-Z]",
    re.IGNORECASE,
)


def _needs_taming(text: str) -> bool:
    """True when the page may hold an overlong tag or nest deeper than :data:`MAX_DEPTH` (C-speed checks)."""
    return _LONG_TAG.search(text) is not None or _may_nest_deep(text)


def _may_nest_deep(text: str) -> bool:
    steps = [-1 if slash else 1 for slash in _OPEN_OR_CLOSE.findall(text)]
    return len(steps) > MAX_DEPTH and max(accumulate(steps), default=0) > MAX_DEPTH


def _shorten_long_tags(text: str) -> str:
    """Only overlong tags to cut (a data URI or inline JSON in an attribute: common on real pages): each
    loses the attributes the reader does not use, found at C speed with no scan of every tag."""
    def short(m: re.Match[str]) -> str:
        tag = _TAG.fullmatch(m.group(0))
        if tag is None or tag.group(1) or len(tag.group(3)) <= MAX_ATTR_CHARS:
            return m.group(0)
        return f"<{tag.group(2)}{_used_attrs(tag.group(3))}>"

    return _LONG_TAG.sub(short, text)


def tame(text: str) -> str:
    """``text`` with overlong attribute lists cut and excess nesting flattened (see the module doc)."""
    if not _may_nest_deep(text):
        return _shorten_long_tags(text) if _LONG_TAG.search(text) is not None else text
    edits: list[tuple[int, int, str]] = []
    depth = _Depth()
    raw_until: str | None = None  # inside <script> or <style>: tags there are text
    for m in _TAG.finditer(text):
        closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if raw_until is not None:
            if closing and name == raw_until:
                raw_until = None
            continue
        if closing:
            if not depth.close(name):
                edits.append((m.start(), m.end(), _flat(name)))
            continue
        if len(attrs) > MAX_ATTR_CHARS:
            edits.append((m.start(), m.end(), f"<{m.group(2)}{_used_attrs(attrs)}>"))
        if name in _RAW_TEXT:  # kept at any depth (its text is code), and closed before any other tag
            raw_until = name
            continue
        if name in _VOID or attrs.endswith("/"):
            continue
        if not depth.open(name):
            edits.append((m.start(), m.end(), _flat(name)))
    return _apply(text, edits)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    if not edits:
        return text
    pieces: list[str] = []
    pos = 0
    for start, end, replacement in edits:
        if start < pos:  # a tag both cut and dropped: the drop (the later edit) wins
            pieces[-1] = replacement
            continue
        pieces.append(text[pos:start])
        pieces.append(replacement)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
