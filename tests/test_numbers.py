"""Number, percent and money recognition: values, offsets, words that are not numbers."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from itertools import pairwise

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import zhnews
from zhnews import find_quantities
from zhnews.extract.numbers import find_numbers, parse_chinese_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一千二百万", 12_000_000), ("1157.2亿", 115_720_000_000), ("35萬", 350_000), ("1.2万亿", 1.2e12),
        ("两千四百五", 2450), ("一万三", 13_000), ("五亿零六", 500_000_006), ("四万万", 400_000_000),
        ("百三", 130), ("负三十二", -32), ("十万零五十六", 100_056), ("１２３４", 1234),
        ("三千 八百 九十六 万", 38_960_000),
    ],
)
def test_values(text: str, value: float) -> None:
    found = find_numbers(text)
    assert len(found) == 1
    assert found[0].value == pytest.approx(value)
    assert found[0].text == text


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("增长11.7%", 11.7, "percent"), ("百分之十一点七", 11.7, "percent"), ("提高2.5个百分点", 2.5, "percent"),
        ("约占三分之一", 1 / 3, "number"), ("约占1/3", 1 / 3, "number"), ("七成", 70, "percent"),
        ("八五折", 85, "percent"), ("投资1200亿美元", 1.2e11, "currency"), ("每股1.95港元", 1.95, "currency"),
        ("资金90.96億元", 9.096e9, "currency"),
    ],
)
def test_quantities(text: str, value: float, kind: str) -> None:
    qs = find_quantities(text)
    assert [q.kind for q in qs] == [kind]
    assert qs[0].value == pytest.approx(value)
    assert text[qs[0].start:qs[0].end] == qs[0].text


@pytest.mark.parametrize(
    "text",
    ["建设一流大学", "下一步工作", "进一步加强", "统一部署", "四川盆地", "队伍建设", "一切为了群众", "大陆地区",
     "收拾行李", "这是唯一的办法", "万一出现问题", "三三两两地走来"],
)
def test_words_with_numerals_are_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


def test_full_width_and_thousands() -> None:
    qs = find_quantities("营收１，２００万元，增长１２．５％")
    assert [(q.text, q.value) for q in qs] == [("１，２００万元", 12_000_000), ("１２．５％", 12.5)]


def test_ascii_comma_after_full_width_digits_list() -> None:
    # a full-width comma between ASCII digits separates list items, not thousands
    assert [q.value for q in find_numbers("分别为20，300")] == [20, 300]


def test_parse_chinese_number_rejects_non_numbers() -> None:
    assert parse_chinese_number("万") is None
    assert parse_chinese_number("五十千") is None  # units must fall within a section
    assert int(parse_chinese_number("十")) == 10


def test_long_digit_runs_are_cut_into_bounded_numbers_and_the_amount_kept() -> None:
    # a long run of digits (an order number) is read in bounded pieces, and the money after it is found;
    # how long this takes is measured in benchmarks/bench_scaling.py, not asserted here
    text = "订单号A" + "2021072113213635885103672021" * 40 + "，金额" + "9" * 300 + "元"
    found = find_quantities(text)
    assert all(text[q.start:q.end] == q.text and 0 < q.end - q.start <= 65 for q in found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert found[-1].kind == "currency" and found[-1].end == len(text) and found[-1].currency == "CNY"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("一二两三十百千万亿点零负余多几0123456789.,，%元美亿个家分之/ 年月第")),
               max_size=40))
def test_fuzz_offsets_and_no_crash(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
        assert q.start < q.end


def test_powers_out_of_range_are_no_numbers_and_no_crash() -> None:
    from zhnews.extract.numbers import find_quantities

    texts = [q.text for q in find_quantities("增长9^99999倍，0^-1")]
    assert "9^99999" not in texts and "0^-1" not in texts


_PATTERNS = (type(re.compile("")), type(regex.compile("")))


def _regex_calls(call: Callable[[], object]) -> int:
    """How many times ``call`` asks a compiled pattern to match or search (counted with sys.setprofile:
    nothing of zhnews is patched)."""
    calls = 0

    def profile(_frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event == "c_call" and isinstance(getattr(arg, "__self__", None), _PATTERNS):
            calls += 1

    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("unit", ["万", "十", "千三", "一 ", "多万", "增长12%，"],
                         ids=["wan", "shi", "qian-san", "spaced-yi", "duo-wan", "many-facts"])
def test_runs_of_numeral_words_cost_regex_calls_in_proportion_to_the_text(unit: str) -> None:
    # a run of numeral words that reads as no number used to be tried from every character, each try
    # reading up to the whole run: quadratic, minutes on a long garbage page. Twice the text: at most
    # twice the pattern calls (plus a few), and far fewer than one per character where nothing is found.
    find_quantities("预热12%")
    small, large = ("前言" + unit * n + "。增长12%" for n in (1500, 3000))
    calls_small = _regex_calls(lambda: find_quantities(small))
    calls_large = _regex_calls(lambda: find_quantities(large))
    assert calls_large <= 2 * calls_small + 20
    found = find_quantities(large)
    assert found[-1].text == "12%" and all(large[q.start:q.end] == q.text for q in found)
    if not found[:-1]:
        assert calls_large <= len(large) // 20


def test_a_flood_of_figures_is_refused_while_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # the bound is checked as quantities are found, so a flood costs the bound's work, not the text's
    from zhnews.extract import numbers

    monkeypatch.setattr(numbers, "MAX_QUANTITIES", 20)
    assert len(find_quantities("增长5%，" * 20)) == 20
    with pytest.raises(zhnews.InputTooLargeError, match="more than 20"):
        find_quantities("增长5%，" * 21)
    with pytest.raises(zhnews.InputTooLargeError):
        zhnews.extract_numeric_facts("新增企业3家，" * 30)
