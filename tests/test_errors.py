"""Bad input gets one typed error that says what was wrong."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

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


def test_errors_are_value_errors() -> None:
    for cls in (EmptyInputError, InputTooLargeError, DecodeError, NoArticleError, InputError):
        assert issubclass(cls, ZhnewsError)
        assert issubclass(cls, ValueError)


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
