"""Bytes to text: BOM, declared charsets (which Chinese pages often get wrong), then detection.

Order of evidence, strongest first:

1. a byte-order mark;
2. strict UTF-8 (GBK bytes almost never form valid UTF-8, so a page that decodes is UTF-8,
   whatever its ``<meta charset>`` says: pages declaring gb2312 while serving UTF-8 are common);
3. the declared charset (HTTP-style header line, ``<meta>``, XML prolog, a corpus wrapper's
   ``encoding=`` attribute), widened to its superset: GB2312 and GBK → GB18030, Big5 → Big5-HKSCS;
4. charset detection (charset-normalizer) restricted to plausible encodings;
5. GB18030 with replacement, only when the result is still mostly CJK text.

>>> decode_bytes("杭州余杭".encode("gbk") + b"<meta charset=gb2312>")
('杭州余杭<meta charset=gb2312>', 'gb18030')
>>> decode_bytes(b'<meta charset="gb2312">' + "之江实验室".encode("utf-8"))[1]
'utf-8'
"""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError
from .lines import cjk_count, visible_len

__all__ = ["declared_charset", "decode_bytes"]

_DECLARED = re.compile(
    rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)

#: Declared names widened to the superset that real pages use.
_SUPERSET = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "euc-cn": "gb18030", "hz-gb-2312": "gb18030", "big5": "big5hkscs", "big5-hkscs": "big5hkscs",
    "cp950": "big5hkscs", "x-x-big5": "big5hkscs", "utf8": "utf-8", "unicode": "utf-8",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

_BAD = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_CANDIDATES = ("utf_8", "gb18030", "big5", "big5hkscs", "utf_16")


def declared_charset(head: bytes) -> str | None:
    """The first charset a page declares in its first 4 KiB, normalised to a Python codec name.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')
    'gb18030'
    >>> declared_charset(b"<html>") is None
    True
    """
    for match in _DECLARED.finditer(head[:4096]):
        name = match.group(1).decode("ascii", "ignore").strip().lower()
        name = _SUPERSET.get(name, name)
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def _plausible(text: str) -> bool:
    """Text looks like a page: few control characters and replacement marks."""
    if not text:
        return False
    sample = text[:20000]
    bad = len(_BAD.findall(sample))
    return bad <= max(2, len(sample) // 200)


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode page bytes; return ``(text, codec_name)``. Raises :class:`DecodeError` on binary noise."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError:
                break
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _plausible(text):
            return text, "utf-8"
        raise DecodeError(
            "the bytes decode as UTF-8 but hold control characters, not text: "
            "pass the page's HTML or text, not a binary file"
        )
    declared = declared_charset(raw)
    if declared and declared != "utf-8":
        try:
            text = raw.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if _plausible(text):
                return text, declared
    guess = _detect(raw)
    if guess is not None:
        return guess
    text = raw.decode("gb18030", errors="replace")
    if _plausible(text) and _cjk_share(text) > 0.2:
        return text, "gb18030"
    raise DecodeError(
        "the bytes are not text in UTF-8, GB18030/GBK, Big5 or a declared charset "
        "(binary data or a compressed file?): decompress or decode the page before parsing"
    )


def _cjk_share(text: str) -> float:
    sample = text[:20000]
    visible = visible_len(sample)
    return cjk_count(sample) / visible if visible else 0.0


def _detect(raw: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000], cp_isolation=list(_CANDIDATES)).best()
    if best is None or best.encoding is None:
        return None
    name = _SUPERSET.get(best.encoding.replace("_", "-"), best.encoding)
    try:
        text = raw.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None
    return (text, codecs.lookup(name).name) if _plausible(text) else None
