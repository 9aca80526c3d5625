"""Bad input gets one typed error that says what was wrong."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zhnews
from zhnews import DecodeError, EmptyInputError, InputError, InputTooLargeError, NoArticleError, ZhnewsError


@pytest.mark.parametrize("raw", ["", "   \n\t ", b"", b"  \n"])
def test_empty_input(raw) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        zhnews.parse_page(raw)


def test_none_input() -> None:
    with pytest.raises(EmptyInputError, match="None"):
        zhnews.parse_page(None)  # type: ignore[arg-type]


def test_wrong_type() -> None:
    with pytest.raises(InputError, match="int"):
        zhnews.parse_page(42)  # type: ignore[arg-type]


def test_binary_noise() -> None:
    noise = bytes(range(256)) * 40 + os.urandom(2048)
    with pytest.raises(ZhnewsError) as info:
        zhnews.parse_page(noise)
    assert isinstance(info.value, (DecodeError, NoArticleError))
    assert isinstance(info.value, ValueError)


def test_nav_only_page() -> None:
    items = "".join(f"<li><a href='/{i}'>栏目{i}</a></li>" for i in range(40))
    page = f"<html><body><ul>{items}</ul></body></html>"
    with pytest.raises(NoArticleError, match="no article text"):
        zhnews.parse_page(page)


def test_image_only_page() -> None:
    page = "<html><head><title>图集</title></head><body><div><img src='a.jpg'><img src='b.jpg'></div></body></html>"
    with pytest.raises(NoArticleError):
        zhnews.parse_page(page)


def test_size_bound() -> None:
    with pytest.raises(InputTooLargeError, match="max_bytes"):
        zhnews.parse_page("新" * 2000, max_bytes=1000)


TEXT = "之江實驗室等13家單位聯合發布“五鏈”融合方案，投入約1.2億元。"
#: values of every shape a caller can pass by mistake
BAD = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), st.binary(max_size=30),
                st.lists(st.one_of(st.text(max_size=5), st.integers()), max_size=3),
                st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
                st.tuples(st.text(max_size=4), st.integers()), st.just(object()))
#: every public function, with the bad value as its input or as one of its options
CALLS: dict[str, Callable[[Any], object]] = {
    "parse_page": lambda x: zhnews.parse_page(x),
    "parse_page url": lambda x: zhnews.parse_page(TEXT, url=x),
    "parse_page max_bytes": lambda x: zhnews.parse_page(TEXT, max_bytes=x),
    "parse_page errors": lambda x: zhnews.parse_page(TEXT.encode(), errors=x),
    "analyze": lambda x: zhnews.analyze(x),
    "extract_entities": lambda x: zhnews.extract_entities(x),
    "extract_entities types": lambda x: zhnews.extract_entities(TEXT, types=x),
    "extract_entities lexicon": lambda x: zhnews.extract_entities(TEXT, lexicon=x),
    "extract_slogans": lambda x: zhnews.extract_slogans(x),
    "extract_slogans field": lambda x: zhnews.extract_slogans(TEXT, field=x),
    "extract_numeric_facts": lambda x: zhnews.extract_numeric_facts(x),
    "extract_numeric_facts published": lambda x: zhnews.extract_numeric_facts(TEXT, published=x),
    "extract_numeric_facts field": lambda x: zhnews.extract_numeric_facts(TEXT, field=x),
    "find_quantities": lambda x: zhnews.find_quantities(x),
    "normalise": lambda x: zhnews.normalise(x),
    "detect_script": lambda x: zhnews.detect_script(x),
    "load_lexicon": lambda x: zhnews.load_lexicon(x),
    "pipe": lambda x: list(zhnews.pipe([x])),
    "Article.from_dict": lambda x: zhnews.Article.from_dict(x),
    "Analysis.from_dict": lambda x: zhnews.Analysis.from_dict({"article": {"title": "t", "body": "b",
                                                                          "paragraphs": x}}),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_public_functions_raise_only_zhnews_errors_on_bad_input(name: str) -> None:
    """Whatever a caller passes, a public function returns or raises a ZhnewsError (what ``except
    zhnews.ZhnewsError`` and batch mode rely on), never a TypeError or a codec's error from inside."""

    @settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(BAD)
    def check(value: Any) -> None:
        try:
            CALLS[name](value)
        except ZhnewsError as exc:
            assert str(exc)  # a message that says what was wrong

    check()


def test_ten_megabyte_page_finishes() -> None:
    """A 10 MB page of deep nesting, long lines and near-date noise parses (run in a subprocess with
    a generous wall-clock guard, so a hang fails the test instead of stalling the suite)."""
    code = r"""
import zhnews
para = "<p>" + "今年前三季度，全区实现数字经济核心产业增加值1157.2亿元，增长11.7%。" * 40 + "</p>"
noise = "<div>" * 2000 + "2022-12-0" * 3000 + "</div>" * 2000
page = "<html><body><h1>标题</h1>" + noise + para * 2700 + "</body></html>"
assert len(page.encode()) > 10_000_000, len(page.encode())
a = zhnews.parse_page(page)
print(len(a.body))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert int(out.stdout.strip()) > 1_000_000
