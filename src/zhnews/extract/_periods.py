"""Periods a numeric fact covers (今年前三季度, 1-10月, 2022年, 民國107年, 2019/20年度) and their dates.

A period is found in the normalised view; :func:`resolve` turns its text into a first and a last day,
with the page's publication date as the reference for words such as 今年 or a month without a year:

- a year (2021年, 二〇二一年) is 2021-01-01..2021-12-31; 今年, 去年, 前年, 明年 count from the
  reference year; a Minguo year (民國107年, 107年, 110年度) is 1911 + n;
- a fiscal year written with a slash (2019/20, 2019/20年度) runs from April 1 to March 31 (the
  fiscal year of Hong Kong, the UK, Japan and India); 2019-2020年 is the two calendar years;
- parts of a year: 上半年, 前三季度, 第二季度, 1-10月, 前8个月, 9月; 以来 runs up to the reference date;
- 截至/截止 … and 年底, 月底 are a point in time: first day == last day;
- a month or a part with no year takes the reference year, and the year before when it would end
  after the reference date (1-11月 in a page of January 2023 is 2022);
- a five-year plan (十四五) is its five years; spans such as 近三年 are not resolved.

>>> from datetime import date
>>> resolve("前三季度", date(2022, 12, 2))
(datetime.date(2022, 1, 1), datetime.date(2022, 9, 30))
>>> resolve("民国107年", None), resolve("2019/20年度", None)[0]
((datetime.date(2018, 1, 1), datetime.date(2018, 12, 31)), datetime.date(2019, 4, 1))
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from . import _rulefiles

__all__ = ["base_period", "period_pattern", "resolve"]

_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
_SMALL = {"一": 1, "二": 2, "三": 3, "四": 4, "两": 2, "1": 1, "2": 2, "3": 3, "4": 4}


_alt = _rulefiles.alternation


def _offsets(key: str) -> dict[str, int]:
    """A list of ``word=offset`` of periods.txt as {word: offset}."""
    return {w.split("=")[0]: int(w.split("=")[1]) for w in _rulefiles.keyed("periods.txt")[key]}


@lru_cache(maxsize=1)
def _relative_years() -> dict[str, int]:
    return _offsets("relative_years")


@lru_cache(maxsize=1)
def _relative_near() -> dict[str, tuple[str, int]]:
    """上月, 今日 …: {word: ("month" | "day", offset)}."""
    return {w: ("month", n) for w, n in _offsets("relative_months").items()} \
        | {w: ("day", n) for w, n in _offsets("relative_days").items()}


@lru_cache(maxsize=1)
def period_pattern() -> re.Pattern[str]:
    """Every period of a sentence, left to right (finditer)."""
    lists = _rulefiles.keyed("periods.txt")
    relative = _alt(list(_relative_years()) + list(lists["context_years"]))
    span_after = _alt(lists["span_after"])
    # a bare Minguo year (108年) only where a date can stand: opening a clause, or after 在/于/至/到/自/从
    minguo = (rf"(?:民国\d{{1,3}}年|(?<![^，。；：、\s（(在于至到自从])1(?:0[1-9]|[1-3]\d)年(?!{span_after})"
              rf"|(?<![\d.])\d{{2,3}}(?=年度)年)")
    fiscal = rf"(?:19|20)\d{{2}}/(?:19|20)?\d{{2}}(?![\d/])(?:{_alt(lists['fiscal_suffix'])})?" \
             rf"|(?:19|20)\d{{2}}(?:财年|财政年度)"
    year = rf"(?:(?:19|20)\d{{2}}[-—~至到](?:19|20)\d{{2}}年|(?:19|20)\d{{2}}年|(?:19|20)\d{{2}}(?=年底|年末)" \
           rf"|{minguo}|{relative})"
    part = (r"全年|上半年|下半年|前[一二三四1-4]季度|[一二三四](?:、[一二三四])+季度|第?[一二三四1-4]季度|"
            r"\d{1,2}[-—~至到]\d{1,2}月(?:份)?|前\d{1,2}个?月|1至\d{1,2}月|\d{1,2}月(?:份|底|末)?|年底|年末|以来")
    return re.compile(  # stdlib re: every lookbehind is one character wide, and it scans several times faster
        rf"(?:截至|截止)?(?:{fiscal})"
        rf"|(?:截至|截止)?{year}?(?:{part})"
        rf"|(?:19|20)\d{{2}}[-—~至到](?:19|20)\d{{2}}年(?:度)?|(?:19|20)\d{{2}}年(?:度)?|{minguo}(?:度)?"
        r"|今年以来|(?:近|过去|未来)[一二三四五六七八九十两\d]+年"
        rf"|(?:截至|截止)?(?:{_alt(list(_relative_near()))})"
        rf"|[〇○零一二三四五六七八九]{{4}}年(?:度)?|{relative}"
        r"|“?十[三四五六]五”?(?:期间|时期)?"
    )


@lru_cache(maxsize=1)
def _base_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(_rulefiles.keyed('periods.txt')['base_before'])})$")


def base_period(vt: str, start: int) -> bool:
    """A period at view offset ``start`` that follows a comparison word (比上年, 较2020年) is the base a
    change is measured against, not the period the fact covers."""
    return _base_before().search(vt, max(0, start - 4), start) is not None


# ---------------------------------------------------------------- resolution

_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})[-—~至到]((?:19|20)\d{2})年")
_FISCAL = re.compile(r"((?:19|20)\d{2})/((?:19|20)?\d{2})(?!\d)")
_FISCAL_ONE = re.compile(r"((?:19|20)\d{2})(?:财年|财政年度)")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})年")
_MINGUO = re.compile(r"(?:民国)?(\d{1,3})年")
_PLAN = re.compile(r"十([三四五六])五")
_MONTHS = re.compile(r"(\d{1,2})[-—~至到](\d{1,2})月")
_FIRST_MONTHS = re.compile(r"前(\d{1,2})个?月")
_MONTH = re.compile(r"(\d{1,2})月(份|底|末)?")
_QUARTERS = re.compile(r"前([一二三四1-4])季度")
_QUARTER = re.compile(r"([一二三四1-4])季度")
_QUARTER_LIST = re.compile(r"([一二三四])(?:、[一二三四])*、([一二三四])季度")


def _day(year: int, month: int, last: bool) -> date:
    return date(year, month, calendar.monthrange(year, month)[1] if last else 1)


def _months(text: str) -> tuple[int, int, bool] | None:
    """(first month, last month, a point at the end) of the part of a year the text names."""
    if "上半年" in text:
        return 1, 6, False
    if "下半年" in text:
        return 7, 12, False
    if (m := _QUARTERS.search(text)) is not None:
        return 1, 3 * _SMALL[m.group(1)], False
    if (m := _QUARTER_LIST.search(text)) is not None:  # 一、二、三季度
        return 3 * _SMALL[m.group(1)] - 2, 3 * _SMALL[m.group(2)], False
    if (m := _QUARTER.search(text)) is not None:
        q = _SMALL[m.group(1)]
        return 3 * q - 2, 3 * q, False
    if (m := _MONTHS.search(text)) is not None:
        first, last = int(m.group(1)), int(m.group(2))
        return (first, last, False) if 1 <= first <= last <= 12 else None
    if (m := _FIRST_MONTHS.search(text)) is not None:
        last = int(m.group(1))
        return (1, last, False) if 1 <= last <= 12 else None
    if (m := _MONTH.search(text)) is not None:
        month = int(m.group(1))
        return (month, month, bool(m.group(2)) and m.group(2) != "份") if 1 <= month <= 12 else None
    if "年底" in text or "年末" in text:
        return 12, 12, True
    return 1, 12, False


def _years(text: str, reference: date | None) -> tuple[int, int] | bool | None:
    """(first year, last year) the text names; False when it names none (the reference year applies);
    None when it names one that cannot be resolved."""
    if (m := _YEAR_RANGE.search(text)) is not None:
        return int(m.group(1)), int(m.group(2))
    if (m := _YEAR.search(text)) is not None:
        return int(m.group(1)), int(m.group(1))
    if (m := _CN_YEAR.search(text)) is not None:
        year = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
        return year, year
    if (m := _MINGUO.search(text)) is not None:
        return 1911 + int(m.group(1)), 1911 + int(m.group(1))
    if (m := _PLAN.search(text)) is not None:
        first = 1966 + 5 * ("三四五六".index(m.group(1)) + 13 - 3)
        return first, first + 4
    word = next((w for w in _relative_years() if w in text), None)
    if word is not None:
        return None if reference is None else (reference.year + _relative_years()[word],) * 2
    if any(w in text for w in _rulefiles.keyed("periods.txt")["context_years"]) \
            or text.startswith(_rulefiles.keyed("periods.txt")["open_ended_starts"]):
        return None
    return False


def _near(text: str, reference: date | None) -> tuple[date, date] | None:
    """上月, 今日 …: a month or a day counted from the reference date."""
    word = next(w for w in _relative_near() if w in text)
    unit, offset = _relative_near()[word]
    if reference is None:
        return None
    if unit == "day":
        day = date.fromordinal(reference.toordinal() + offset)
        return day, day
    months = reference.year * 12 + reference.month - 1 + offset
    year, month = divmod(months, 12)
    return _day(year, month + 1, False), _day(year, month + 1, True)


@lru_cache(maxsize=4096)
def resolve(text: str, reference: date | None) -> tuple[date, date] | None:
    """(first day, last day) of a period's text (simplified script), or None when it cannot be resolved.
    Remembered for the last few thousand (text, reference) pairs: the same few period words (今年, 前三季度,
    1-10月) come back in every sentence of a page and in every page of a day."""
    if any(w in text for w in _relative_near()):
        return _near(text, reference)
    if (m := _FISCAL.search(text)) is not None:
        first, second = int(m.group(1)), int(m.group(2)) % 100
        if second != (first + 1) % 100:
            return None
        return date(first, 4, 1), date(first + 1, 3, 31)
    if (m := _FISCAL_ONE.search(text)) is not None:
        year = int(m.group(1))
        return date(year - 1, 4, 1), date(year, 3, 31)
    years = _years(text, reference)
    months = _months(text)
    if years is None or months is None:
        return None
    first_month, last_month, point = months
    if years is False:
        if reference is None:
            return None
        year = reference.year
        if _day(year, last_month, True) > reference and "以来" not in text:
            year -= 1  # 1-11月 read in January: last year's
        years = (year, year)
    first = _day(years[0], first_month, False)
    last = _day(years[1], last_month, True)
    if "以来" in text:
        return (first, reference) if reference is not None and reference >= first else None
    if point or text.startswith(("截至", "截止")):
        return last, last
    return first, last
