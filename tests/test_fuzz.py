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


SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
URLS = st.one_of(st.none(), st.text(max_size=80), st.from_regex(r"https?://[a-z.]+/20\d\d-\d\d/\d\d/[a-z_0-9]+\.html?"),
                 st.integers(), st.binary(max_size=20), st.floats(), st.lists(st.text(max_size=3), max_size=2))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRAGMENTS, SURROGATES, st.text(max_size=20)), max_size=60).map("".join), URLS)
def test_fuzz_surrogates_and_any_url(raw: str, url: object) -> None:
    """Lone surrogates anywhere in a page and any value as its url: an Analysis or a ZhnewsError."""
    try:
        result = zhnews.analyze(raw, url=url)  # type: ignore[arg-type]
    except ZhnewsError as exc:
        assert str(exc)
        return
    assert isinstance(url, str) or url is None
    body = result.article.body
    assert not any("\ud800" <= ch <= "\udfff" for ch in body)  # kept whole, the surrogate as U+FFFD
    for e in result.entities:
        if e.field == "body":
            assert body[e.start:e.end] == e.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(SURROGATES, st.sampled_from(["之江实验室", "增长12%", "“五链”融合", "杭州市", "。"])),
                max_size=30).map("".join))
def test_fuzz_extractors_on_text_with_surrogates(text: str) -> None:
    for extract in (zhnews.extract_entities, zhnews.extract_numeric_facts, zhnews.extract_slogans,
                    zhnews.find_quantities, zhnews.normalise, zhnews.detect_script):
        extract(text)  # type: ignore[operator]


def test_wrong_types_are_input_errors() -> None:
    import pytest

    for call in (lambda: zhnews.normalise(5), lambda: zhnews.find_quantities(b"12%"),  # type: ignore[arg-type]
                 lambda: zhnews.detect_script(None), lambda: zhnews.load_lexicon([(1, "ORG")]),  # type: ignore[arg-type]
                 lambda: zhnews.load_lexicon(3), lambda: zhnews.parse_page("页面", url=b"x")):  # type: ignore[arg-type]
        with pytest.raises(zhnews.InputError):
            call()


def test_an_html_str_page_is_not_cut_at_a_lone_surrogate() -> None:
    page = ("<html><body><h1>园区新闻</h1><p>园区今年新增入驻企业八家，总投资约三亿元，同比增长明显。</p>"
            "<p>第二段\ud800在这里继续写园区的新闻，内容比较长，讲的是新的企业和新的项目。</p></body></html>")
    body = zhnews.parse_page(page).body
    assert body.endswith("第二段\ufffd在这里继续写园区的新闻，内容比较长，讲的是新的企业和新的项目。")
