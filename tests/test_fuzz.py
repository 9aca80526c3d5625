"""Fuzz parse_page: any str or bytes gives an Article or a ZhnewsError, never another exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zhnews
from zhnews import Article, ZhnewsError

FRAGMENTS = st.sampled_from([
    "<p>", "</p>", "<div class='content'>", "</div>", "<a href='#'>", "</a>", "<h1>", "</h1>", "<br>",
    "来源：", "责任编辑：", "记者 ", "2022-12-02 16:40:03", "二〇二二年十二月二日", "（", "）", "，", "。",
    "杭州市余杭区", "之江实验室", "版权所有", "您的位置：首页 > 浙江", "\n", " ", "\u3000", "<meta charset=gb2312>",
    "<title>", "</title>", "<!--", "-->", "<script>", "</script>", "&nbsp;", "&#x8FD9;", "A- A+",
])


def _check(raw) -> None:
    try:
        result = zhnews.parse_page(raw)
    except ZhnewsError as exc:
        assert str(exc)
        return
    assert isinstance(result, Article)
    for p in result.paragraphs:
        assert result.body[p.start:p.end] == p.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=60).map("".join))
def test_fuzz_text(raw: str) -> None:
    _check(raw)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_fuzz_bytes(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS, max_size=80).map("".join), st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"]))
def test_fuzz_encoded(raw: str, encoding: str) -> None:
    _check(raw.encode(encoding, errors="ignore"))
