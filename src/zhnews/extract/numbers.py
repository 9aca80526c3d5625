"""Numbers, percentages and money amounts in Chinese text, with exact offsets and resolved values.

Recognition runs on the normalised view (simplified script, full-width digits folded) and reports
spans of the original text. Chinese numerals (一千二百万, 两千四百五, 拾万零五十六), Arabic numbers with
万/亿 (1157.2亿, 4.78万亿), approximators inside a number (五百余万, 二十几万), decimals (百分之十一点七),
fractions (三分之一, 1/3, 三百五又三分之一), percentages (11.7%, 百分之十一点七, 两个百分点, 七成, 八五折)
and amounts of money (1157.2亿元, 1200亿美元, 1.95港元) are resolved.

Words that only contain numerals are left alone: 一流, 下一步, 统一, 四川 are not numbers.

>>> [(q.text, q.value) for q in find_numbers("实现增加值1157.2億元、约占全市的1/3")]
[('1157.2億', 115720000000.0), ('1/3', 0.3333333333333333)]
>>> [(q.text, q.value, q.kind) for q in find_quantities("增长百分之十一点七，引进人才5400余名")]
[('百分之十一点七', 11.7, 'percent'), ('5400', 5400.0, 'number')]
>>> [(q.text, q.value, q.currency) for q in find_quantities("累计兑现资金90.96亿元")]
[('90.96亿元', 9096000000.0, 'CNY')]
>>> find_numbers("下一步要建设一流大学")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache
from typing import NamedTuple

import regex

from ..errors import InputError, InputTooLargeError
from ..script import TextView, normalise
from ..types import Quantity, QuantityKind
from ._keys import KeyMatcher


def _compile(pattern: str) -> re.Pattern[str] | regex.Pattern[str]:
    """``pattern`` compiled with the standard re where it reads it (Python 3.11 and later read possessive
    quantifiers), else with the regex module: the same matches, and re runs these patterns of literal
    classes, digits and fixed-width lookarounds 1.5-2.5x faster. Only for patterns without \\s and \\p
    (whose classes the two modules draw a little differently)."""
    try:
        return re.compile(pattern)
    except re.error:  # pragma: no cover - Python 3.10
        return regex.compile(pattern)


# patterns used inside functions, compiled once (the regex module's cache lookup costs ~10 µs a call)
_SLASH_FRACTION = regex.compile(r"(?:(\d+)\s+)?(-?\d+)\s*/\s*(\d+)")
_COMMA_IN_DIGITS = regex.compile(r"(?<=\d)，(?=\d)")
_WS = regex.compile(r"\s+")
_POINTS = regex.compile(r"百\s*分\s*点$")

__all__ = ["Found", "FoundRow", "Quantity", "currencies", "find_numbers", "find_quantities", "number_view",
           "parse_chinese_number", "quantities_in_view", "quantity_rows"]

# ---------------------------------------------------------------- characters

_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10**4, "亿": 10**8, "兆": 10**12}
_APPROX = "余多几来"
# financial numerals that are common characters of ordinary words: never a number on their own
_WORDY = frozenset("陆拾肆伍柒捌玖佰仟")

_CN = "零〇○一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖"
_UNITS = "十拾百佰千仟万亿兆"
_DEC_CN = "零〇○一二三四五六七八九壹贰叁肆伍陆柒捌玖"  # 两 is never a decimal digit (两百点两 is 200 and 2)
_SP = r"[ \t]*"
# possessive digit runs: a run is never re-split between atoms, so long digit strings cannot backtrack
_AR = r"(?:\d{1,3}(?:[,，]\d{3})++(?!\d)|\d++)(?:\.\d++)?|(?<![.\d])\.\d++"
# 兆瓦, 千瓦时, 千克, 千米: there 兆 and 千 are unit prefixes, not numerals
_UNIT_ATOM = r"[十拾百佰仟万亿]|千(?![瓦克米帕卡焦])|兆(?![瓦赫字帕伏欧])"
_ATOM = rf"(?:{_AR}|[{_CN}]|{_UNIT_ATOM}|[{_APPROX}](?={_SP}[万亿兆]|{_SP}[十百千]))"
_SCI = rf"(?:{_AR})[eE][+-]?\d+"
_POW = rf"(?:{_AR})\^[+-]*\d+"
_KM = rf"(?:{_AR}){_SP}[kKM](?![A-Za-z])"


def _signed(possessive: bool) -> str:
    """A signed number. Possessive, a run of atoms is never given back: numbers alone need that (a
    long run of numerals backtracked quadratically); percentages need the give-back (百分之七十|百分位)."""
    integer = rf"(?:{_ATOM})(?:{_SP}(?:{_ATOM}))*{'+' if possessive else ''}"
    dec = rf"{integer}(?:{_SP}点(?:{_SP}[{_DEC_CN}\d])+)?"
    return rf"(?:负|(?<![\d-])-)?(?:{_SCI}|{_POW}|{_KM}|{dec})"


_SIGNED = _signed(possessive=False)
_SIGNED_RUN = _signed(possessive=True)
_FRACTION = (
    rf"(?:{_SIGNED_RUN}{_SP}又{_SP})?{_SIGNED_RUN}{_SP}分{_SP}之{_SP}{_SIGNED_RUN}"
    rf"|(?:\d+[ \t]+)?-?\d+{_SP}/{_SP}\d+(?!\d)"
)
_NUMBER_RE = _compile(rf"半百|(?:{_FRACTION})|{_SIGNED_RUN}(?:{_SP}打)?")

# ---------------------------------------------------------------- percent and money

_PCT_PREFIX = {"百": Decimal(1), "千": Decimal("0.1"), "万": Decimal("0.01"), "百万": Decimal("0.0001"),
               "千万": Decimal("0.00001"), "万万": Decimal("0.000001"), "百万万": Decimal("0.00000001")}
_PERCENT_RE = _compile(
    rf"(?<![{_CN}{_UNITS}\d])(?P<per>百万万|百万|千万|万万|[百佰千仟万]){_SP}分{_SP}之{_SP}(?P<n>{_SIGNED}|百)(?!{_SP}分)"
    rf"|(?P<n2>{_SIGNED}){_SP}[%‰]"
    rf"|(?P<n3>{_SIGNED}){_SP}个{_SP}百{_SP}分{_SP}点"
    rf"|(?P<n4>{_SIGNED}|半){_SP}成(?:{_SP}(?P<tail>[{_DEC_CN}半]))?"
    rf"|(?<![对])(?P<n5>(?:[{_CN}\d]{_SP}){{0,2}}[{_CN}\d](?:{_SP}点{_SP}[{_DEC_CN}\d])?|\d+\.\d+|半){_SP}折"
    rf"|(?<=打)对折"
)

@dataclass(frozen=True, slots=True)
class _Money:
    """The currencies of ``rules/currencies.tsv`` (each written once there) and the patterns built on them."""

    currencies: dict[str, tuple[str | None, str]]  # word or symbol -> (ISO code, English name)
    pattern: regex.Pattern[str]       # an amount: 人民币100元, 1157.2亿元, $5
    bare: regex.Pattern[str]          # a currency named on its own: 人民币升值
    start: re.Pattern[str]            # what an amount can begin with (see _windowed)
    anchor: re.Pattern[str]           # a numeral and a currency word: what every amount holds
    foreign: tuple[str, ...]          # words of currencies other than the yuan: 一美元 is no plain number


@lru_cache(maxsize=1)
def _money() -> _Money:
    from ._rulefiles import by_length, keyed, table

    rows = [(word, iso or None, name, flags.split()) for word, iso, name, flags in table("currencies.tsv")]
    currencies = {word: (iso, name) for word, iso, name, _ in rows}
    words = by_length([w for w, *_, flags in rows if "symbol" not in flags])
    symbols = "".join(re.escape(w) for w, *_, flags in rows if "symbol" in flags)
    prefix = "|".join(regex.escape(w) for w in by_length([w for w, *_, flags in rows if "prefix" in flags]))
    bare = "|".join(regex.escape(w) for w in by_length([w for w, *_, flags in rows if "bare" in flags]))
    alt = "|".join(regex.escape(w) for w in words)
    return _Money(
        currencies=currencies,
        pattern=regex.compile(
            rf"(?:(?P<pre>{prefix}){_SP})?(?P<n>{_SIGNED}){_SP}(?P<cur>{alt}|块(?!\p{{Han}}))"
            rf"(?:{_SP}(?P<jiao>[{_CN}\d])角)?(?:{_SP}(?P<fen>[{_CN}\d])分)?"
            rf"(?:{_SP}(?P<mao>[{_CN}\d])毛)?(?:{_SP}又{_SP}(?P<cents>[{_CN}\d]{{1,2}}){_SP}美分)?(?P<suffix>人民币)?"
            rf"|(?P<sym>[{symbols}])(?P<n2>{_AR})"),
        bare=regex.compile(bare),
        start=re.compile(rf"[\d.\-负半{_CN}{_UNITS}{_APPROX}{symbols}]|{prefix}"),
        anchor=re.compile(rf"{_NUMBER_END}(?:{alt}|块)|[{symbols}]"),
        foreign=tuple(w for w in words if not w.startswith((*keyed("facts.txt")["yuan_words"], "人民币"))),
    )


def currencies() -> dict[str, tuple[str | None, str]]:
    """Currency words (simplified script) and symbols -> (ISO code, English name), from rules/currencies.tsv.

    >>> currencies()["新台币"]
    ('TWD', 'New Taiwan dollar')
    """
    return dict(_money().currencies)


# ---------------------------------------------------------------- resolution

def _ar(token: str) -> Decimal:
    return Decimal(token.replace(",", "").replace("，", ""))


_TOKEN = _compile(rf"{_AR}|[{_CN}]|[{_UNITS}]|[{_APPROX}]")


def parse_chinese_number(text: str) -> Decimal | None:
    """Value of an integer-or-decimal expression in Chinese numerals, Arabic digits or a mix.

    >>> cases = ("两千四百五", "一百零一万一千", "四千万零六千", "4.78万亿", "拾万零五十六")
    >>> [int(parse_chinese_number(t)) for t in cases]
    [2450, 1011000, 40006000, 4780000000000, 100056]
    >>> parse_chinese_number("两两") is None, str(parse_chinese_number("十点二三三"))
    (True, '10.233')
    """
    text = "".join(text.split())
    if not text:
        return None
    sign = Decimal(1)
    if text[0] in "负-":
        sign, text = Decimal(-1), text[1:]
    head, _, decimals = text.partition("点")
    whole = _integer(head)
    if whole is None:
        return None
    if decimals:
        digits = "".join(str(_DIGITS[c]) if c in _DIGITS else c for c in decimals)
        if not digits.isdigit():
            return None
        whole += Decimal("0." + digits)
    return sign * whole


_HAS_NUMERAL = re.compile(rf"[\d{_CN}]")


class _IntegerReader:
    """Reads the tokens of an integer in Chinese numerals one by one (see :func:`_integer`)."""

    __slots__ = ("last_unit", "number", "prev_big", "prev_digit", "result", "section", "section_unit", "zero_gap")

    def __init__(self) -> None:
        self.result = Decimal(0)   # parts closed by a big unit (万, 亿, 兆)
        self.section = Decimal(0)  # the part below the current big unit
        self.number: Decimal | None = None
        self.last_unit = 0         # the unit just passed, for 两千四百五 → the 五 means 50
        self.zero_gap = False      # 零 seen since the last unit: no abbreviation (一千零五 is 1005)
        self.prev_big = False
        self.prev_digit = False
        self.section_unit = 10**5  # small units must fall within a section: 五十千 is no number

    def digit(self, value: Decimal) -> bool:
        """A numeral or an Arabic number; False when it cannot follow what came before (两两, 二三)."""
        if self.prev_digit:
            return False
        self.number = value
        self.prev_digit, self.prev_big = True, False
        return True

    def zero(self) -> None:
        self.zero_gap, self.prev_digit, self.number = True, False, None

    def small(self, unit: int) -> bool:
        """十, 百, 千: a unit within a section."""
        self.prev_digit = False
        if unit >= self.section_unit:
            return False
        self.section_unit = unit
        self.section += (self.number if self.number is not None else Decimal(1)) * unit
        self.number, self.last_unit, self.zero_gap, self.prev_big = None, unit, False, False
        return True

    def big(self, big: int) -> bool:
        """万, 亿, 兆: closes a section (万万, 万亿 multiply)."""
        self.prev_digit = False
        if self.prev_big and self.number is None and self.section == 0:
            self.result *= big
            self.last_unit = big
            return True
        self.section += self.number if self.number is not None else Decimal(0)
        self.number = None
        if self.section == 0 and self.result == 0:
            return False
        if 0 < self.result < big:
            self.result = (self.result + self.section) * big
        else:
            self.result += self.section * big
        self.section, self.last_unit, self.zero_gap, self.prev_big = Decimal(0), big, False, True
        self.section_unit = 10**5
        return True

    def value(self, n_tokens: int, last_token: str) -> Decimal:
        if self.number is not None:
            number = self.number
            # 两千四百五 / 一万三: a bare numeral after a unit counts in the next lower place
            if self.last_unit and not self.zero_gap and number == int(number) and number < 10 and n_tokens > 1 \
                    and last_token in _DIGITS:
                number *= Decimal(self.last_unit) / 10
            self.section += number
        return self.result + self.section


def _integer(text: str) -> Decimal | None:
    if text[:1] not in ("十", "拾") and not _HAS_NUMERAL.search(text):
        return None  # 万, 百千, 多万: units without a numeral (checked first: runs of them are long)
    # 万, 百 alone are not numbers; 十 and 十万 are. Tokens are read as they come, so that a string that
    # goes wrong early (两两…, 十十…) is given up at once: long runs of numerals must not cost much.
    reader = _IntegerReader()
    n_tokens, covered, last_token = 0, 0, ""
    for match in _TOKEN.finditer(text):
        if match.start() != covered:
            return None  # something between the tokens that is not part of a number
        covered, tok = match.end(), match.group()
        n_tokens, last_token = n_tokens + 1, tok
        if tok in _APPROX:
            continue
        if tok in _DIGITS and _DIGITS[tok] == 0:
            reader.zero()
            ok = True
        elif tok in _DIGITS:
            ok = reader.digit(Decimal(_DIGITS[tok]))
        elif tok[0].isdigit() or tok[0] == ".":
            ok = reader.digit(_ar(tok))
        elif tok in _SMALL:
            ok = reader.small(_SMALL[tok])
        else:
            ok = reader.big(_BIG[tok])
        if not ok:
            return None
    if covered != len(text) or not n_tokens:
        return None
    return reader.value(n_tokens, last_token)


_ARABIC_FORM = _compile(rf"(负|-)?({_AR})([eE][+-]?\d+|\^[+-]*\d+|[kKM])?")
_NUMERAL_RUN = _compile(rf"[{_CN}]{{2,}}")  # 九九, 二三: no number
_SPACED_NUMERALS = _compile(rf"[{_CN}]+(?:[ \t]+[{_CN}]+)+")  # 一 二 三: each part on its own
_NON_SPACE = regex.compile(r"[^ \t]+")
_NUMERAL_WORDS = regex.compile(rf"[{_CN}{_UNITS}{_APPROX} \t]+")
_SPACES = regex.compile(r"[ \t]+")


@lru_cache(maxsize=4096)
def _resolve_number(text: str) -> Decimal | None:
    """The value of a number's text (None when it reads as none), remembered for the last few thousand
    texts: news repeats its numbers (1, 10, 2023, 一, 两) and the same text is read again when a number is
    tried as money, as a percentage and as a plain number."""
    t = "".join(text.split())
    if len(t) == 1:  # the commonest case by far: 一, 两, 5
        if t in _DIGITS:
            return Decimal(_DIGITS[t])
        if t in "十拾":
            return Decimal(10)
        return Decimal(t) if t.isdecimal() else None
    if t.isdecimal():
        return Decimal(t)
    if t == "半百":
        return Decimal(50)
    if t.endswith("打"):
        base = _resolve_number(t[:-1])
        return None if base is None else base * 12
    if "/" in t:
        return _fraction(" ".join(text.split()))  # keep the space of a mixed number (1 3/5)
    if "分之" in t:
        return _fraction(t)
    m = _ARABIC_FORM.fullmatch(t)
    if m and m.group(3):
        base = _ar(m.group(2))
        suffix = m.group(3)
        if suffix in "kK":
            value = base * 1000
        elif suffix == "M":
            value = base * 1_000_000
        elif suffix[0] in "eE":
            value = base * Decimal(10) ** int(suffix[1:])
        else:
            exp = suffix[1:]
            sign = -1 if exp.count("-") % 2 else 1
            try:
                value = Decimal(float(base) ** (sign * int(exp.strip("+-"))))
            except (OverflowError, ZeroDivisionError):  # 9^999, 0^-1: no number
                return None
        return -value if m.group(1) else value
    return parse_chinese_number(t)


def _fraction(t: str) -> Decimal | None:
    whole = Decimal(0)
    if "又" in t:
        head, t = t.split("又", 1)
        w = parse_chinese_number(head)
        if w is None:
            return None
        whole = w
    if "分之" in t:
        den_s, num_s = t.split("分之", 1)
        den, num = parse_chinese_number(den_s), parse_chinese_number(num_s)
    else:
        m = _SLASH_FRACTION.fullmatch(t)
        if m is None:
            return None
        if m.group(1):
            whole = Decimal(m.group(1))
        num, den = Decimal(m.group(2)), Decimal(m.group(3))
    if den is None or num is None or den == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        value = num / den
    if whole < 0:
        return whole - value
    return whole + value


def _to_float(value: Decimal | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except (InvalidOperation, OverflowError):  # pragma: no cover - Decimal always converts
        return None


# ---------------------------------------------------------------- finding

@lru_cache(maxsize=1)
def _stopwords() -> KeyMatcher[None]:
    """The stopwords (normalised): one pass finds every occurrence, overlapping ones included."""
    from ._rulefiles import words

    return KeyMatcher({normalise(w).text: None for w in words("number_stopwords.txt")})


_URL = regex.compile(r"(?:https?://|www\.)[^\s\u4e00-\u9fff，。；）」』]+")


class _Marks:
    """Which characters of a text are marked: linear-time checks for overlap and cover."""

    __slots__ = ("mask",)

    def __init__(self, n: int) -> None:
        self.mask = bytearray(n)

    def mark(self, a: int, b: int) -> None:
        self.mask[a:b] = b"\x01" * (b - a)

    def covers(self, a: int, b: int) -> bool:
        return b > a and self.mask.find(0, a, b) == -1

    def touches(self, a: int, b: int) -> bool:
        return self.mask.find(1, a, b) != -1


def _blocked(view_text: str) -> _Marks:
    """Characters where no number is read: words made of numerals (一流, 四川) and URLs."""
    marks = _Marks(len(view_text))
    for a, b, _ in _stopwords().find(view_text):
        marks.mark(a, b)
    for m in _URL.finditer(view_text):
        marks.mark(*m.span())
    return marks


_UNIT_CHARS = frozenset(_UNITS)


def _split_at_spaces(view_text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spaces join numeral pieces (一百 五 十 二, 7 万5 千4 百) but not an Arabic number to what
    follows unless that is a unit: '1 234' and '667.123 五点八' are two numbers each."""
    if " " not in view_text[start:end] and "\t" not in view_text[start:end]:
        return [(start, end)]
    out, cur = [], start
    for m in _SPACES.finditer(view_text[start:end]):
        left, right = view_text[start + m.start() - 1], view_text[start + m.end()]
        if (left.isdigit() or left == ".") and right not in _UNIT_CHARS and right not in "kKM":
            out.append((cur, start + m.start()))
            cur = start + m.end()
    out.append((cur, end))
    return out


def _resolve_span(text: str, a: int, b: int) -> tuple[int, Decimal] | None:
    """Resolve ``text[a:b]``; when it does not, the longest short-cut prefix that does (五十千 → 五十).
    Returns (end, value) or None."""
    while b > a and text[b - 1] in _APPROX + " \t":  # 四百多 → 四百
        b -= 1
    for end in range(b, max(a, b - 8), -1):
        if text[end - 1] in " \t":
            continue
        value = _resolve_number(text[a:end])
        if value is not None:
            return end, value
    return None


_MAGNITUDES = {"百": 100, "千": 1000, "万": 10000, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12}


def _bare_magnitude(text: str, a: int, b: int) -> tuple[int, Decimal] | None:
    """逾千个, 近万人, 突破百亿元: a bare magnitude after a word of scale is that round number."""
    word = text[a:b]
    if word in _MAGNITUDES and ((a > 0 and text[a - 1] in _SCALE_WORDS) or text.startswith(("余", "多"), b)):
        return b, Decimal(_MAGNITUDES[word])  # … or before an approximator: 百余家, 千多人
    return None


# 2019/20, 2020/2021: a fiscal year (or a season), not a fraction (see _fiscal_year)
_FISCAL_YEAR = regex.compile(r"((?:19|20)\d{2})\s*/\s*((?:19|20)?\d{2})(?!\d)")


def _fiscal_year(whole: str) -> bool:
    """Whether a slash number is a year and the next one (2019/20, 2019/2020): a fiscal year."""
    m = _FISCAL_YEAR.fullmatch(whole)
    return m is not None and int(m.group(2)) % 100 == (int(m.group(1)) + 1) % 100


# a character a number can start with: the full pattern is tried only there (scanning every position
# of a long text with it is several times slower than this character class)
_NUMBER_START = re.compile(rf"[\d.\-负半{_CN}{_UNITS}{_APPROX}]")


# what can follow a numeral inside a number: more numerals, units, approximators, 点, 分之, 又, 打, spaces
_GOES_ON = frozenset(_CN + _UNITS + _APPROX + "点分又打 \t.0123456789")
_MAX_NUMBER = 64  # characters (the longest number in the spec cases has 31): a longer run is cut
_DIGIT_GOES_ON = _GOES_ON | frozenset(",，eE^kKM/")  # after ASCII digits: separators, exponents, k/M, 1/3
_ASCII_RUN = re.compile("[0-9]+")
# characters that start a number only when more of it follows: approximators, units other than 十,
# the decimal point, the minus sign and 半 (半百)
_NEVER_ALONE = frozenset(_APPROX + "百佰千仟万亿兆.-半")
_SCALE_WORDS = "逾近超约上数破过"  # before a bare magnitude: see _bare_magnitude
# the end of a number before its unit word (see _money and _PERCENT_ANCHOR)
_NUMBER_END = rf"[\d{_CN}{_UNITS}{_APPROX}半点kKM.][ \t]*"


_Span = tuple[int, int, Decimal, bool]  # (start, end, value, approximate)


def _number_spans(view: TextView, blocked: _Marks | None = None) -> Iterator[_Span]:
    """(start, end, value, approximate) of each plain number in the view, left to right; ``blocked``
    marks the characters no number is read in (numeral words, URLs). Every character is looked at a
    bounded number of times: the work grows linearly with the text (and a generator holds no list)."""
    text = view.text
    if blocked is None:
        blocked = _blocked(text)
    found: list[_Span] = []
    pos = 0
    while (start := _NUMBER_START.search(text, pos)) is not None:
        yield from found
        found.clear()
        p = start.start()
        quick = _fast_path(text, p, blocked, found)
        if quick is not None:
            pos = quick
            continue
        # bounded instead of timed: a timeout costs more than the match itself on these short calls
        m = _NUMBER_RE.match(text, p, min(len(text), p + _MAX_NUMBER))
        if m is None:
            pos = p + 1
            continue
        pieces = _pieces(text, m)
        advanced = m.end() if pieces is None else _read_pieces(text, pieces, blocked, found)
        if advanced is not None:
            pos = max(pos, advanced)
        elif m.end() - m.start() >= 16 and _NUMERAL_WORDS.fullmatch(m.group(0)):
            # a long run of numeral words that reads as no number (十十十…, 万万万…) is no number
            # anywhere inside either: skip it whole (trying every start in it was quadratic)
            pos = _NUMERAL_WORDS.match(text, m.start()).end()  # type: ignore[union-attr]
        else:
            pos = m.start() + 1  # nothing here resolved: look again from the next character
    yield from found


def _fast_path(text: str, p: int, blocked: _Marks, found: list[_Span]) -> int | None:
    """The commonest candidates, each read as the full pattern would read it: a lone numeral (一, 两),
    a bare run of ASCII digits (2024), and characters that start no number unless a numeral follows
    (多, 来, 百, ., -, 半). Returns where to look next, or None when the full pattern must decide."""
    c, n = text[p], len(text)
    if c in _CN or "0" <= c <= "9":
        end = p + 1 if c in _CN else _ASCII_RUN.match(text, p).end()  # type: ignore[union-attr]
        nxt = text[end] if end < n else ""
        if nxt and (nxt in (_GOES_ON if c in _CN else _DIGIT_GOES_ON) or nxt.isdecimal()):
            return None
        if not ((c in _WORDY and end == p + 1) or blocked.covers(p, end)):
            found.append((p, end, Decimal(_DIGITS[c]) if c in _CN else Decimal(text[p:end]), False))
        return end
    if c in _NEVER_ALONE:
        nxt = text[p + 1] if p + 1 < n else ""
        if (not nxt or (nxt not in _GOES_ON and not nxt.isdecimal())) \
                and not (c in "百千万" and ((p > 0 and text[p - 1] in _SCALE_WORDS) or nxt in "余多")):
            return p + 1  # (but 逾千, 近万, 百余 are round numbers)
    return None


def _pieces(text: str, m: regex.Match[str]) -> list[tuple[int, int]] | None:
    """The parts of a match that are read one by one; None for a fiscal year (2019/20), no number."""
    whole = m.group(0)
    if "/" in whole and _fiscal_year(whole):
        return None
    if "/" in whole or "分" in whole:
        return [m.span()]
    if _SPACED_NUMERALS.fullmatch(whole):
        # bare numerals with spaces between (一 二 三) make no number together: read each part alone
        # (one reading of the whole and its prefixes per start made long runs quadratic)
        return [(m.start() + x.start(), m.start() + x.end()) for x in _NON_SPACE.finditer(whole)]
    return _split_at_spaces(text, *m.span())


def _read_pieces(text: str, pieces: list[tuple[int, int]], blocked: _Marks, found: list[_Span]) -> int | None:
    """Resolve each piece, adding the numbers to ``found``; where reading got to, or None if nowhere."""
    advanced: int | None = None
    for a, b in pieces:
        if _NUMERAL_RUN.fullmatch(text[a:b]):
            advanced = max(advanced or 0, b)  # 九九, 二三: skip the whole run
            continue
        hit = _resolve_span(text, a, b) or _bare_magnitude(text, a, b)
        if hit is None:
            continue
        end, value = hit
        raw = text[a:end]
        core = raw.lstrip("负-")
        advanced = max(advanced or 0, end)
        if not ((len(core) == 1 and core in _WORDY) or blocked.covers(a, end)):
            found.append((a, end, value, any(ch in _APPROX for ch in raw)))
    return advanced


def number_view(text: str | TextView) -> TextView:
    """The normalised view, with one change for numbers: a full-width comma between digits that
    the original prints in ASCII is a list comma ($20，300美圆), not a thousands separator (it is
    one between full-width digits: ４，５６５). The change keeps the length, so offsets hold."""
    if not isinstance(text, (str, TextView)):
        raise InputError(f"numbers are found in a str or a TextView, not {type(text).__name__}")
    view = text if isinstance(text, TextView) else normalise(text)
    vt = view.text
    if "，" not in vt:
        return view
    lists = [m.start() for m in _COMMA_IN_DIGITS.finditer(vt) if view.original[view.starts[m.start() - 1]].isascii()]
    if not lists:
        return view
    chars = list(vt)
    for at in lists:
        chars[at] = "、"
    return TextView(view.original, "".join(chars), view.starts, view.ends)


def _quantity(view: TextView, a: int, b: int, value: Decimal | None, kind: QuantityKind, *,
              currency: str | None = None, unit: str | None = None, approximate: bool = False,
              word: str | None = None) -> Quantity:
    oa, ob = view.to_original(a, b)
    return Quantity(start=oa, end=ob, text=view.original[oa:ob], value=_to_float(value), kind=kind,
                    currency=currency, unit=unit, approximate=approximate, word=word)




def find_numbers(text: str | TextView) -> list[Quantity]:
    """Plain numbers, left to right, with original offsets. A number that is a foreign-currency
    amount (一美元), a discount (一折) or followed by a percent sign is left to find_quantities."""
    view = number_view(text)
    out = []
    for a, b, value, approx in _number_spans(view):
        after = view.text[b:b + 6].lstrip(" \t")
        if after.startswith(_money().foreign) or after.startswith(("折", "%", "‰")):
            continue
        out.append(_quantity(view, a, b, value, "number", approximate=approx))
    return out


def _percent_value(m: regex.Match[str]) -> Decimal | None:
    if m.group("per"):
        n = Decimal(100) if m.group("n") == "百" else _resolve_number(m.group("n"))
        return None if n is None else n * _PCT_PREFIX[_WS.sub("", m.group("per")).replace("佰", "百")
                                                      .replace("仟", "千")]
    if m.group("n2") is not None:
        n = _resolve_number(m.group("n2"))
        if n is not None and m.group(0).rstrip().endswith("‰"):
            n = n / 10
        return n
    if m.group("n3") is not None:
        return _resolve_number(m.group("n3"))
    if m.group("n4") is not None:
        n = Decimal("0.5") if m.group("n4") == "半" else _resolve_number(m.group("n4"))
        if n is None or n > 10:
            return None
        value = n * 10
        tail = m.group("tail")
        if tail:
            value += Decimal(5) if tail == "半" else Decimal(_DIGITS.get(tail, 0))
        return value
    if m.group("n5") is not None:
        raw = _WS.sub("", m.group("n5"))
        if raw == "半":
            return Decimal(50)
        if "点" in raw or "." in raw:
            n = _resolve_number(raw)
            return None if n is None or n >= 10 else n * 10
        digits = [(_DIGITS.get(c) if c in _DIGITS else int(c) if c.isdigit() else None) for c in raw]
        if any(d is None for d in digits) or not digits:
            return None
        if len(digits) == 1:
            return Decimal(digits[0] * 10) if digits[0] else None
        if len(digits) == 2:
            return Decimal(digits[0] * 10 + digits[1])
        return None
    if m.group(0).endswith("对折"):
        return Decimal(50)
    return None


# Characters a money amount or a percentage cannot do without. The full patterns run only in windows
# around them: scanning every position of a long text with them is what made extraction slow.
# characters inside a number (and its sign and spaces): see _windowed
_RUN = _DIGIT_GOES_ON | frozenset("负-半")
# characters a money amount or a percentage can begin with: a number's, a currency's written before it
# (人民币100元, $5), the 百/千/万 of 百分之, 半 (半成), 对 (对折)
_PERCENT_START = re.compile(rf"[\d.\-负半{_CN}{_UNITS}{_APPROX}]|对折")
# An anchor is the unit word together with the numeral before it: 元, 成 and 折 alone are common
# characters (单元, 完成, 转折) and windows around each of them cost more than the matching.
_PERCENT_ANCHOR = re.compile(
    rf"{_NUMBER_END}(?:[%‰]|成|折)|对折|[百佰千仟万][ \t]*分[ \t]*之|个[ \t]*百[ \t]*分[ \t]*点"
)


def _windowed(pattern: regex.Pattern[str], anchor: re.Pattern[str], start: re.Pattern[str], text: str,
              back: int = 60, ahead: int = 30) -> Iterator[regex.Match[str]]:
    """``pattern``'s matches, searched only near ``anchor``'s (windows merged, so none twice), and in
    a window tried only where ``start`` (a class of the characters every match begins with) finds a
    character: the same matches as ``pattern.finditer`` over each window, for a fraction of the work."""
    windows: list[list[int]] = []  # [first start, last start, end]: a match contains an anchor, so it
    for m in anchor.finditer(text):  # starts at or before the last anchor of its window
        # and it starts in the run of number characters that leads to the anchor, or at a currency
        # word (人民币, 新台币: three characters at most) right before that run
        run = m.start()
        while run > 0 and run > m.start() - back and (text[run - 1] in _RUN or text[run - 1].isdecimal()):
            run -= 1
        lo, hi = max(0, run - 3), min(len(text), m.end() + ahead)
        if windows and lo <= windows[-1][2]:
            windows[-1][1] = m.start()
            windows[-1][2] = max(windows[-1][2], hi)
        else:
            windows.append([lo, m.start(), hi])
    for lo, last, hi in windows:  # matches are yielded one by one: a flood of them is never held at once
        pos = lo
        while (c := start.search(text, pos, hi)) is not None and c.start() <= last:
            # bounded by length instead of a timeout (which costs more than these short matches): an
            # amount is a number of at most _MAX_NUMBER characters and a few words around it
            m = pattern.match(text, c.start(), min(hi, c.start() + _MAX_NUMBER + 40))
            if m is None or m.end() == m.start():
                pos = c.start() + 1
                continue
            yield m
            pos = m.end()


class Found(NamedTuple):
    """A quantity in view offsets, before it becomes a :class:`Quantity` (for extractors that read
    the view and keep only some of them)."""

    start: int
    end: int
    value: Decimal | None
    kind: QuantityKind
    currency: str | None = None
    unit: str | None = None
    approximate: bool = False
    word: str | None = None  # a percentage's word: "%" or "个百分点"
    word_span: tuple[int, int] | None = None  # view span of a currency's word (元, 美元, $)

    def printed_word(self, view: TextView) -> str | None:
        """The unit word as the original prints it (a currency's), or the percentage's word."""
        return view.original_text(*self.word_span) if self.word_span else self.word


#: a :class:`Found`'s fields, in order, as a plain tuple (see :func:`quantity_rows`)
FoundRow = tuple[int, int, Decimal | None, QuantityKind, str | None, str | None, bool, str | None,
                 tuple[int, int] | None]


def _row(start: int, end: int, value: Decimal | None, kind: QuantityKind, currency: str | None = None,
         unit: str | None = None, approximate: bool = False, word: str | None = None,
         word_span: tuple[int, int] | None = None) -> FoundRow:
    """A :class:`Found` as a plain tuple: ``Found._make(row)`` is the Found."""
    return (start, end, value, kind, currency, unit, approximate, word, word_span)


def find_quantities(text: str | TextView) -> list[Quantity]:
    """Percentages, money amounts and the remaining plain numbers, without overlaps, left to right."""
    view = number_view(text)
    found = quantities_in_view(view)
    found.reverse()
    out = []
    while found:  # each Found is let go as its Quantity is made: a long text's are not all held twice
        f = found.pop()
        out.append(_quantity(view, f.start, f.end, f.value, f.kind, currency=f.currency, unit=f.unit,
                             approximate=f.approximate, word=f.printed_word(view)))
    return out


def quantities_in_view(view: TextView) -> list[Found]:
    """What :func:`find_quantities` finds, in offsets of ``view`` (which must be a number view: see
    :func:`number_view`), left to right. Money is read first, then percentages, then plain numbers;
    a later reading never overlaps an earlier one."""
    return [Found._make(row) for row in quantity_rows(view)]


def quantity_rows(view: TextView) -> list[FoundRow]:
    """:func:`quantities_in_view` as plain tuples (``Found._make(row)`` gives each Found). A dense text holds
    hundreds of thousands: the garbage collector stops walking a plain tuple of untracked values after its
    first pass, but walks a NamedTuple on every full collection while the list lives."""
    vt = view.text
    taken = _Marks(len(vt))
    blocked = _blocked(vt)
    out: list[FoundRow] = []
    for found in (_money_amounts(vt, blocked), _currency_mentions(vt), _percentages(vt, blocked)):
        for f in found:
            if not taken.touches(f[0], f[1]):
                out.append(f)
                taken.mark(f[0], f[1])
                _within_bound(len(out))
    for a, b, value, approx in _number_spans(view, blocked):
        if not taken.touches(a, b):
            out.append(_row(a, b, value, "number", approximate=approx))
            taken.mark(a, b)
            _within_bound(len(out))
    out.sort(key=_row_start)
    return out


def _row_start(row: FoundRow) -> int:
    return row[0]


#: quantities one text may hold: a text past it (a flood of figures, not prose) is refused rather than
#: answered with millions of objects (each quantity holds a few hundred bytes until the call returns)
MAX_QUANTITIES = 1_000_000


def _within_bound(count: int) -> None:
    if count > MAX_QUANTITIES:
        raise InputTooLargeError(
            f"the text holds more than {MAX_QUANTITIES:,} numbers, money amounts and percentages; "
            "split it into smaller texts (a page, a table) and pass each on its own")


_SUBUNITS = (("jiao", Decimal("0.1")), ("mao", Decimal("0.1")), ("fen", Decimal("0.01")), ("cents", Decimal("0.01")))


def _money_amounts(vt: str, blocked: _Marks) -> Iterator[FoundRow]:
    """Amounts of money (1157.2亿元, 新台币300亿元, $5, 三块五毛), left to right, possibly overlapping."""
    money = _money()
    cur = money.currencies
    for m in _windowed(money.pattern, money.anchor, money.start, vt):
        if blocked.covers(*m.span()):
            continue
        if m.group("sym"):
            iso, unit = cur[m.group("sym")]
            value: Decimal | None = _ar(m.group("n2"))
        else:
            core = m.group("n").lstrip("负-")
            if len(core) == 1 and core in _WORDY:
                continue
            value = _resolve_number(m.group("n"))
            if value is None:
                bare = _bare_magnitude(vt, m.start("n"), m.end("n"))
                value = bare[1] if bare else None
            if value is None:
                continue
            iso, unit = cur.get(m.group("cur"), cur["元"])
            if m.group("pre") and m.group("cur") in _keyed_facts()["yuan_words"]:
                iso, unit = cur[m.group("pre")]  # 新台币300亿元 is in New Taiwan dollars
            for part, scale in _SUBUNITS:
                if m.group(part):
                    value += scale * (_resolve_number(m.group(part)) or 0)
        word_span = m.span("sym") if m.group("sym") else m.span("cur")
        yield _row(m.start(), m.end(), value, "currency", iso, unit, any(ch in _APPROX for ch in m.group(0)),
                   word_span=word_span)


def _currency_mentions(vt: str) -> Iterator[FoundRow]:
    """A currency named without an amount (人民币升值): a quantity with no value."""
    money = _money()
    for m in money.bare.finditer(vt):
        iso, unit = money.currencies[m.group(0)]
        yield _row(m.start(), m.end(), None, "currency", iso, unit)


def _percentages(vt: str, blocked: _Marks) -> Iterator[FoundRow]:
    """Percentages and percentage points (11.7%, 百分之十一点七, 2.5个百分点, 七成, 八五折)."""
    for m in _windowed(_PERCENT_RE, _PERCENT_ANCHOR, _PERCENT_START, vt):
        if blocked.covers(*m.span()):
            continue
        value = _percent_value(m)
        if value is None:
            continue
        word = "个百分点" if _POINTS.search(m.group(0)) else "%"
        yield _row(m.start(), m.end(), value, "percent", unit="%", word=word)


def _keyed_facts() -> dict[str, tuple[str, ...]]:
    from ._rulefiles import keyed

    return keyed("facts.txt")
