"""Publication dates as pages print them, to timezone-aware datetimes.

>>> find_dates("發佈時間:2022-12-02 16:40:03")[0].value.isoformat()
'2022-12-02T16:40:03+08:00'
>>> d = find_dates("二〇二二年十二月二日")[0]
>>> d.value.date().isoformat(), d.precision
('2022-12-02', 'day')
>>> find_dates("2012年12月10日 10:41 GMT")[0].value.isoformat()
'2012-12-10T10:41:00+00:00'
>>> find_dates("更新时间 2012年12月10日, 格林尼治标准时间10:41")[0].value.isoformat()
'2012-12-10T10:41:00+00:00'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

import regex

from .wordlists import alternation

# patterns used inside functions, compiled once (the regex module's cache lookup costs ~10 µs a call)
_DIGIT = regex.compile(r"\d")
_URL_HOST = regex.compile(r"^[a-z]+://[^/]+")
_LETTERS = regex.compile(r"[A-Za-z]{3}")

__all__ = ["CHINA_TZ", "FoundDate", "date_from_url", "date_labels", "find_dates", "label_rank", "parse_iso"]

CHINA_TZ = timezone(timedelta(hours=8))

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_TIME = (
    r"(?:\s*[,，]?\s*(?P<tzp>格林尼治标准时间|格林尼治標準時間|北京时间|北京時間|GMT|UTC))?"
    r"(?:\s*(?:T|日|\s)\s*|\s*)(?P<h>[01]?\d|2[0-3])\s*[:：时時]\s*(?P<mi>[0-5]\d)(?!\d)"
    r"(?:\s*[:：分]\s*(?P<s>[0-5]\d)(?!\d)(?:\.\d+)?)?"
    r"(?:\s*(?P<tz>Z|GMT|UTC|[+-]\d{2}:?\d{2}|北京时间|北京時間))?"
)
_NUMERIC = regex.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<sep>[-/.年])\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.月]\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
    r"(?!\s*[日号號]?\s*(?:以前|之前|以后|以後|前|后|後|起|至|到))\s*[日号號]?"  # 18号以前 is no dateline
    r"(?:" + _TIME + r")?"
)
_COMPACT = regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])(?!\d)")
_CHINESE = regex.compile(
    r"(?P<y>[〇○零一二三四五六七八九]{4})年(?P<m>十[一二]?|[一二三四五六七八九])月"
    r"(?P<d>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日"
)
_AMPM = r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
_CLOCK = r"(?:\s*[,，]?\s+(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?" + _AMPM + r")?"
# 7/5/2005 9:23:57 PM: month first, as US-made sites print it (day first when the first number is over 12)
_SLASHED = regex.compile(
    r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d{2})(?![\d/])" + _CLOCK
)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTH = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# July 5, 2005 / 5 July 2005 / Jul 05 2005 9:23 PM
_ENGLISH = regex.compile(
    r"(?<![A-Za-z])(?:" + _MONTH + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{2})"
    r"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH.replace("mon", "mon2") + r",?\s+(?P<y2>(?:19|20)\d{2}))(?!\d)"
    + _CLOCK,
    regex.IGNORECASE,
)
_ISO = regex.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text: value, the text as printed, its span and precision."""

    value: datetime
    text: str
    start: int
    end: int
    precision: str  # day | minute | second


def _tz(token: str | None) -> timezone:
    if not token or token.startswith("北京"):
        return CHINA_TZ
    if token in ("Z", "GMT", "UTC"):
        return timezone.utc
    sign = 1 if token[0] == "+" else -1
    digits = token[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _cn_number(token: str) -> int:
    if len(token) == 4 and "十" not in token:  # a year written digit by digit
        return int("".join(str(_CN_DIGIT[c]) for c in token))
    if token.startswith("十"):
        return 10 + (_CN_DIGIT[token[1]] if len(token) > 1 else 0)
    if len(token) >= 2 and token[1] == "十":
        return _CN_DIGIT[token[0]] * 10 + (_CN_DIGIT[token[2]] if len(token) > 2 else 0)
    return _CN_DIGIT[token]


def _build(y: int, m: int, d: int, h: str | None, mi: str | None, s: str | None, tz: str | None) -> datetime | None:
    try:
        value = datetime(y, m, d, int(h or 0), int(mi or 0), int(s or 0), tzinfo=_tz(tz))
    except ValueError:
        return None
    if not 1990 <= y <= 2100:
        return None
    return value


def _precision(h: str | None, s: str | None) -> str:
    return "day" if h is None else ("second" if s is not None else "minute")


#: find_dates reads this many characters of its text: dates are looked for in page lines, and the
#: bound keeps the work linear in a line's length whatever a hostile page holds.
MAX_DATE_TEXT = 2000


def _hour(h: str | None, ampm: str | None) -> str | None:
    """The 24-hour clock hour of ``9`` ``PM`` (21), as text."""
    if h is None or not ampm:
        return h
    hour = int(h) % 12
    return str(hour + 12 if ampm[0] in "Pp" else hour)


def _western_dates(text: str) -> list[FoundDate]:
    """Dates in Western order: ``7/5/2005 9:23:57 PM`` (month first), ``July 5, 2005``, ``5 Jul 2005``."""
    found: list[FoundDate] = []
    for m in _SLASHED.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        month, day = (b, a) if a > 12 else (a, b)
        value = _build(int(m["y"]), month, day, _hour(m["h"], m["ampm"]), m["mi"], m["s"], None)
        if value is not None:
            found.append(FoundDate(value, m.group(0).strip(), m.start(), m.end(), _precision(m["h"], m["s"])))
    for m in _ENGLISH.finditer(text):
        month = _MONTHS[(m["mon"] or m["mon2"])[:3].lower()]
        day, year = int(m["d1"] or m["d2"]), int(m["y1"] or m["y2"])
        value = _build(year, month, day, _hour(m["h"], m["ampm"]), m["mi"], m["s"], None)
        if value is not None:
            found.append(FoundDate(value, m.group(0).strip(), m.start(), m.end(), _precision(m["h"], m["s"])))
    return found


def find_dates(text: str) -> list[FoundDate]:
    """Every plausible date in the first :data:`MAX_DATE_TEXT` characters of ``text``, in order of position.

    >>> [d.value.isoformat() for d in find_dates("发布日期： 7/5/2005 9:23:57 PM")]
    ['2005-07-05T21:23:57+08:00']
    >>> find_dates("Posted on July 5, 2005")[0].value.date().isoformat()
    '2005-07-05'
    """
    text = text[:MAX_DATE_TEXT]
    found: list[FoundDate] = []
    for m in _NUMERIC.finditer(text):
        if m.group("sep") == "." and m.group("h") is None and _DIGIT.match(text[m.end():m.end() + 1]):
            continue
        tz = m["tz"] or {"格林尼治标准时间": "GMT", "格林尼治標準時間": "GMT"}.get(m["tzp"] or "", m["tzp"])
        value = _build(int(m["y"]), int(m["m"]), int(m["d"]), m["h"], m["mi"], m["s"], tz)
        if value is not None:
            found.append(FoundDate(value, m.group(0).strip(), m.start(), m.end(), _precision(m["h"], m["s"])))
    for m in _CHINESE.finditer(text):
        value = _build(_cn_number(m["y"]), _cn_number(m["m"]), _cn_number(m["d"]), None, None, None, None)
        if value is not None:
            found.append(FoundDate(value, m.group(0), m.start(), m.end(), "day"))
    if "/" in text or _LETTERS.search(text):
        taken = [(f.start, f.end) for f in found]
        found += [f for f in _western_dates(text) if not any(a < f.end and f.start < b for a, b in taken)]
    found.sort(key=lambda f: f.start)
    return found


def parse_iso(value: str) -> FoundDate | None:
    """Parse a machine-readable date (meta tags, ``<time datetime>``, JSON-LD).

    >>> parse_iso("2017-03-01T06:27:02.000Z").value.astimezone(CHINA_TZ).isoformat()
    '2017-03-01T14:27:02+08:00'
    """
    value = value.strip()
    m = _ISO.match(value)
    if m:
        built = _build(int(m["y"]), int(m["m"]), int(m["d"]), m["h"], m["mi"], m["s"], m["tz"])
        if built is not None:
            return FoundDate(built, value, 0, len(value), _precision(m["h"], m["s"]))
    dates = find_dates(value)
    if dates:
        return dates[0]
    m = _COMPACT.fullmatch(value[:8]) if len(value) >= 8 else None
    if m:
        built = _build(int(m["y"]), int(m["m"]), int(m["d"]), None, None, None, None)
        if built is not None:
            return FoundDate(built, value, 0, len(value), "day")
    return None


@dataclass(frozen=True, slots=True)
class DateLabels:
    """Patterns of the words printed around dates, from ``rules/*.txt``."""

    any: regex.Pattern[str]
    publish: regex.Pattern[str]
    document: regex.Pattern[str]
    clock: regex.Pattern[str]
    weekday: regex.Pattern[str]


@lru_cache(maxsize=1)
def date_labels() -> DateLabels:
    """The date label patterns, built on first use."""
    return DateLabels(
        any=regex.compile(alternation("date_labels")),
        publish=regex.compile(alternation("publish_labels"), regex.IGNORECASE),
        document=regex.compile(alternation("document_date_labels")),
        clock=regex.compile(alternation("clock_words")),
        weekday=regex.compile(alternation("weekday_words")),
    )


def label_rank(text: str) -> int:
    """2 for a publication label (发布时间, 发表于), 1 for a bare one (日期, 时间), 0 for none, -1 for a
    document's other dates (成文日期, 实施日期): on a notice the publication date wins.

    >>> label_rank("成文日期：2023-03-01"), label_rank("发布日期：2023-03-06"), label_rank("日期：2023-03-06")
    (-1, 2, 1)
    """
    labels = date_labels()
    if labels.document.search(text):
        return -1
    if labels.publish.search(text):
        return 2
    return 1 if labels.any.search(text) else 0


def date_from_url(url: str) -> datetime | None:
    """The day a URL path names (``/2022-12/02/``, ``/20221202/``, ``/2020/01/21/``), if any.

    >>> date_from_url("http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm").date().isoformat()
    '2020-02-19'
    >>> date_from_url("https://news.example.cn/article/20200121/34046328.html").day
    21
    """
    path = _URL_HOST.sub("", url or "")
    m = regex.search(
        r"(?<!\d)((?:19|20)\d{2})[-/_]?(1[0-2]|0[1-9])[-/_]?(3[01]|[12]\d|0[1-9])(?!\d)", path
    )
    if m:
        return _build(int(m[1]), int(m[2]), int(m[3]), None, None, None, None)
    return None
