"""Hostile markup keeps its text: deep nesting, huge attribute lists, link floods, late markup."""

from __future__ import annotations

import pytest

import zhnews
from zhnews.page.tame import MAX_ATTR_CHARS, MAX_DEPTH, tame

PARA = "<p>园区今年新增入驻企业四十五家，总投资约十二亿元，同比增长明显，创新活力持续增强。</p>"
TEXT = "园区今年新增入驻企业四十五家，总投资约十二亿元，同比增长明显，创新活力持续增强。"


def _page(body: str) -> str:
    return f"<html><head><title>园区新闻</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("tag", ["div", "b", "span", "table", "font"])
@pytest.mark.parametrize("depth", [2048, 5000])
def test_deep_nesting_keeps_its_text(tag: str, depth: int) -> None:
    page = _page(f"<{tag}>" * depth + PARA * 3 + f"</{tag}>" * depth)
    article = zhnews.parse_page(page)
    assert article.body.count(TEXT) == 3 and article.input_kind == "html"


def test_nesting_beyond_the_bound_keeps_lines_apart() -> None:
    page = _page("<div>" * (MAX_DEPTH + 50) + "".join(f"<div>第{i}段：{TEXT}</div>" for i in range(3)))
    assert zhnews.parse_page(page).paragraphs[1].text == f"第1段：{TEXT}"


def test_a_tag_with_too_many_attributes_keeps_those_the_reader_uses() -> None:
    junk = " ".join(f"data-x{i}='1'" for i in range(5000))
    tag = f"<div {junk} class='footer' hidden>"
    tamed = tame(tag + "版权所有</div>")
    assert tamed == "<div class='footer' hidden>版权所有</div>"
    page = _page(f"<div {junk} style='display:none'>隐藏的导航文字很长很长很长</div>" + PARA * 3)
    assert "隐藏" not in zhnews.parse_page(page).body


def test_short_attribute_lists_and_script_text_are_left_alone() -> None:
    page = _page("<div class='content' id='a'>" + PARA + "</div><script>if (a<b) {x='<div>'}</script>")
    assert tame(page) is page
    long_url = "<a href='/" + "x" * (MAX_ATTR_CHARS + 10) + "'>链接</a>"
    assert "href=" in tame(_page(long_url))


def test_a_paragraph_of_many_links_reads_as_links() -> None:
    links = "".join(f"<a href='/{i}'>链接{i}</a>" for i in range(20000))
    article = zhnews.parse_page(_page(f"<p>{links}</p>" + PARA * 3))
    assert article.body == "\n".join([TEXT] * 3)


@pytest.mark.parametrize("lead", [" " * 30000, "<!--" + "注" * 20000 + "-->", "\n" * 25000])
def test_markup_that_starts_late_is_still_html(lead: str) -> None:
    article = zhnews.parse_page(lead + _page("<h1>园区新闻</h1>" + PARA * 3))
    assert article.input_kind == "html" and "<p>" not in article.body and article.title == "园区新闻"


def test_a_text_dump_mentioning_a_tag_stays_text() -> None:
    dump = "园区新闻\n2024-01-05\n" + (TEXT + "\n") * 400 + "网页里用<p>标签分段。\n"
    assert zhnews.parse_page(dump).input_kind == "text"


def test_a_page_of_millions_of_lines_is_refused_with_a_documented_error() -> None:
    from zhnews.page.lines import MAX_LINES

    with pytest.raises(zhnews.InputTooLargeError, match="lines"):
        zhnews.parse_page("字\n" * (MAX_LINES + 1))
    with pytest.raises(zhnews.InputTooLargeError, match="lines"):
        zhnews.parse_page(_page("<p>字</p>" * (MAX_LINES + 1)))
    assert zhnews.parse_page("园区新闻\n" + (TEXT + "\n\n\n") * 1000).input_kind == "text"  # blank lines are free
