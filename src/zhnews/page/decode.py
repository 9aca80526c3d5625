"""Bytes to text: BOM, declared charsets (which Chinese pages often get wrong), then detection.

Order of evidence, strongest first:

1. a byte-order mark;
2. strict UTF-8 (GBK bytes almost never form valid UTF-8, so a page that decodes is UTF-8,
   whatever its ``<meta charset>`` says: pages declaring gb2312 while serving UTF-8 are common);
3. the declared charset (HTTP-style header line, ``<meta>``, XML prolog, a corpus wrapper's
   ``encoding=`` attribute), widened to its superset: GB2312 and GBK → GB18030, Big5 → Big5-HKSCS;
4. charset detection (charset-normalizer) restricted to plausible encodings;
5. when no codec reads every byte: the codec (of those above, then GB18030 and Big5-HKSCS) that leaves
   the fewest unreadable bytes and private-use characters, the unreadable bytes replaced by U+FFFD and
   counted (:class:`Decoded` ``.errors``), as long as they are a few; else :class:`DecodeError`.

>>> decode_bytes("杭州余杭".encode("gbk") + b"<meta charset=gb2312>")
('杭州余杭<meta charset=gb2312>', 'gb18030')
>>> decode_bytes(b'<meta charset="gb2312">' + "之江实验室".encode("utf-8"))[1]
'utf-8'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import DecodeError

__all__ = ["Decoded", "declared_charset", "decode_bytes", "decode_page"]

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


def _plausible(text: str, allow: int = 0) -> bool:
    """Text looks like a page: few control characters and replacement marks (``allow`` more marks
    for the bytes a tolerant decoding replaced)."""
    if not text:
        return False
    sample = text[:20000]
    bad = len(_BAD.findall(sample))
    return bad <= max(2, len(sample) // 200) + allow


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded page text, the codec that read it, and how many bytes it could not read
    (each replaced by U+FFFD)."""

    text: str
    encoding: str
    errors: int = 0


_ESCAPED = re.compile("[\udc80-\udcff]")  # one lone surrogate per undecodable byte (surrogateescape)
_PRIVATE = re.compile("[\ue000-\uf8ff]")  # private-use characters: Big5 read as GBK makes many


def _decode_counting(raw: bytes, codec: str) -> tuple[str, int]:
    """Decode with U+FFFD for each byte the codec cannot read; return (text, count of such bytes)."""
    try:
        text = raw.decode(codec, errors="surrogateescape")
    except UnicodeDecodeError:  # surrogateescape takes bytes >= 0x80 only: a UTF-16 page cut mid-character
        text = raw.decode(codec, errors="replace")
        return text, max(1, text.count("\ufffd"))
    bad = len(_ESCAPED.findall(text))
    return (_ESCAPED.sub("\ufffd", text) if bad else text), bad


def _strict(raw: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        text = raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _plausible(text) else None


def decode_page(raw: bytes, *, errors: str = "replace") -> Decoded:
    """Decode page bytes by evidence; with ``errors="replace"`` (the default) a few bytes that no
    plausible codec reads (a truncated download, a multi-byte character cut in two) become U+FFFD
    and are counted; ``errors="strict"`` raises :class:`DecodeError` on them instead.

    >>> d = decode_page(("<p>" + "杭州余杭区新增众创空间六家。" * 3).encode("gbk")[:-1])
    >>> d.encoding, d.errors, d.text[-3:]
    ('gb18030', 1, '六家\ufffd')
    """
    if errors not in ("replace", "strict"):
        raise ValueError(f'errors must be "replace" or "strict", not {errors!r}')
    for bom, name in _BOMS:
        if raw.startswith(bom):
            text, bad = _decode_counting(raw, name)
            if bad and errors == "strict":
                raise DecodeError(f"{bad} bytes are not valid {name} after its byte-order mark: {_HINT}")
            return Decoded(text, name.replace("-sig", ""), bad)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _plausible(text):
            return Decoded(text, "utf-8")
        raise DecodeError(
            "the bytes decode as UTF-8 but hold control characters, not text: "
            "pass the page's HTML or text, not a binary file"
        )
    declared = declared_charset(raw)
    text = _strict(raw, declared if declared != "utf-8" else None)
    if text is not None:
        return Decoded(text, declared or "")
    guess = _detect(raw)
    text = _strict(raw, guess)
    if text is not None and guess:
        return Decoded(text, codecs.lookup(guess).name)
    return _tolerant(raw, [c for c in ("utf-8", declared, guess) if c], errors)


_HINT = 'pass errors="replace" to read the page with replacement characters'


def _tolerant(raw: bytes, evidence: list[str], errors: str) -> Decoded:
    """Among the codecs the evidence names (then GB18030, Big5-HKSCS), the one that leaves the fewest
    unreadable bytes and private-use characters; ties go to the stronger evidence."""
    names = list(dict.fromkeys(codecs.lookup(c).name for c in [*evidence, "gb18030", "big5hkscs"]))
    tried = []
    for rank, name in enumerate(names):
        text, bad = _decode_counting(raw, name)
        tried.append((bad + len(_PRIVATE.findall(text[:20000])), rank, Decoded(text, name, bad)))
    best = min(tried, key=lambda t: t[:2])[2]
    if best.errors <= _tolerated(raw) and _plausible(best.text, allow=best.errors):
        if errors == "strict":
            raise DecodeError(f"{best.errors} bytes are not valid {best.encoding} (a cut or damaged page): {_HINT}")
        return best
    raise DecodeError(
        "the bytes are not text in UTF-8, GB18030/GBK, Big5 or a declared charset "
        "(binary data or a compressed file?): decompress or decode the page before parsing"
    )


def _tolerated(raw: bytes) -> int:
    """How many unreadable bytes a page may hold and still count as text: a few, or one in 50 of
    its non-ASCII bytes; beyond that the bytes are mostly not text in that codec."""
    non_ascii = len(raw) - len(raw.translate(None, bytes(range(128, 256))))
    return max(8, non_ascii // 50)


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode page bytes (replacing a few unreadable ones); return ``(text, codec_name)``.
    Raises :class:`DecodeError` on binary noise."""
    decoded = decode_page(raw)
    return decoded.text, decoded.encoding


def _detect(raw: bytes) -> str | None:
    """charset-normalizer's guess among plausible codecs, widened to its superset, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000], cp_isolation=list(_CANDIDATES)).best()
    if best is None or best.encoding is None:
        return None
    name = _SUPERSET.get(best.encoding.replace("_", "-"), best.encoding)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
