"""Numeric facts and slogans on passages we wrote, in both scripts."""

from __future__ import annotations

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhnews
from zhnews import ZhnewsError, extract_numeric_facts, extract_slogans
from zhnews.types import FACT_KINDS, QUALIFIERS, SLOGAN_KINDS

PASSAGE = (
    "今年前三季度，新区实现规模以上工业增加值865.3亿元，同比增长7.9%；累计引进海外高层次人才1200余名，"
    "人才总量突破20万名。新区坚持创新引领、人才优先，围绕“打造长三角科创高地”的目标，推动教育链、人才链、"
    "创新链、产业链“四链”融合，出台人才新政“金鹰30条”，重点发展“三大产业集群”（集成电路、生物医药和智能装备），"
    "全力建设一流营商环境。下一步，新区将实施“揭榜挂帅”计划，新增省级重点实验室3家，研发投入强度达到4.2%，"
    "居全省第一。"
)


def _traditional(text: str) -> str:
    return opencc.OpenCC("s2t").convert(text)


def test_facts_of_the_passage() -> None:
    facts = {f.text: f for f in extract_numeric_facts(PASSAGE)}
    f = facts["865.3亿元"]
    assert (f.value, f.unit, f.kind, f.measure, f.period) == (86_530_000_000, "元", "currency", "规模以上工业增加值",
                                                              "今年前三季度")
    assert facts["7.9%"].qualifier == "increase" and facts["7.9%"].measure == "规模以上工业增加值"
    f = facts["1200余名"]
    assert (f.value, f.unit, f.qualifier, f.measure) == (1200, "名", "more than", "海外高层次人才")
    assert "cumulative" in f.qualifiers
    f = facts["20万名"]
    assert (f.value, f.qualifier, f.measure) == (200_000, "more than", "人才总量")
    assert facts["3家"].measure == "省级重点实验室"
    assert facts["4.2%"].measure == "研发投入强度"
    assert facts["第一"].qualifier == "rank"
    # a nickname's number and word-numerals are no facts
    assert not any("30" in t for t in facts)
    assert not any(t in ("一流", "一步") for t in facts)


def test_offsets_and_sentences() -> None:
    for f in extract_numeric_facts(PASSAGE):
        assert PASSAGE[f.start:f.end] == f.text
        assert f.text in f.sentence
    for s in extract_slogans(PASSAGE):
        assert PASSAGE[s.start:s.end] == s.text


def test_a_fact_that_opens_a_sentence_belongs_to_that_sentence() -> None:
    text = "园区去年接待游客十万人次。2.6万平方米的展馆于今年开放。一份套餐售价12元。"
    facts = {f.text: f for f in extract_numeric_facts(text)}
    assert facts["2.6万平方米"].sentence == "2.6万平方米的展馆于今年开放。"
    assert facts["一份"].sentence == "一份套餐售价12元。"
    assert facts["12元"].sentence == "一份套餐售价12元。"
    for f in facts.values():
        assert f.text in f.sentence


def test_a_shared_view_gives_what_the_text_gives() -> None:
    from zhnews.script import normalise

    text = _traditional(PASSAGE)
    view = normalise(text)
    assert [f.to_dict() for f in extract_numeric_facts(view)] == [f.to_dict() for f in extract_numeric_facts(text)]
    assert [s.to_dict() for s in extract_slogans(view)] == [s.to_dict() for s in extract_slogans(text)]
    for f in extract_numeric_facts(view):
        assert text[f.start:f.end] == f.text and f.field == "text"


def test_slogans_of_the_passage() -> None:
    slogans = {s.canonical: s for s in extract_slogans(PASSAGE)}
    assert slogans["打造长三角科创高地"].kind == "quoted"
    assert slogans["创新引领、人才优先"].kind == "parallel"
    four = slogans["四链"]
    assert four.kind == "counted" and four.members == ("教育链", "人才链", "创新链", "产业链")
    three = slogans["三大产业集群"]
    assert three.members == ("集成电路", "生物医药", "智能装备")
    assert slogans["金鹰30条"].entity == "金鹰30条"
    assert "揭榜挂帅" not in slogans  # a quoted programme name (…计划) is an entity, not a slogan
    assert not any(k in ("一流营商环境",) for k in slogans)


def test_both_scripts_give_the_same_facts_and_slogans() -> None:
    trad = _traditional(PASSAGE)
    a, b = extract_numeric_facts(PASSAGE), extract_numeric_facts(trad)
    assert [(f.value, f.kind, f.qualifier) for f in a] == [(f.value, f.kind, f.qualifier) for f in b]
    assert [zhnews.normalise(f.measure or "").text for f in a] == [zhnews.normalise(f.measure or "").text for f in b]
    for f in b:
        assert trad[f.start:f.end] == f.text
    assert [s.canonical for s in extract_slogans(PASSAGE)] == [s.canonical for s in extract_slogans(trad)]


def test_scare_quotes_and_speech_are_not_slogans() -> None:
    text = "企业获评“小巨人”，这是一次“大满贯”。他说：“我们会继续努力，把产品做好。”"
    assert extract_slogans(text) == []


def test_ambiguous_text_gives_no_facts() -> None:
    cases = ("一些企业第一时间响应", "第十二条规定的情形", "2023年3月15日召开", "三年行动计划正式发布",
             "第十九届亚运会")
    for text in cases:
        assert extract_numeric_facts(text) == [], text


def test_article_input_reports_body_offsets() -> None:
    page = "园区新闻\n2024-01-05 09:00\n园区今年新增入驻企业45家，总投资约12亿元。\n来源：示例日报"
    article = zhnews.parse_page(page)
    facts = extract_numeric_facts(article)
    assert [f.field for f in facts] == ["body", "body"]
    assert all(article.body[f.start:f.end] == f.text for f in facts)


@pytest.mark.parametrize("bad", [None, 42, b"bytes"])
def test_bad_input_gets_a_typed_error(bad) -> None:
    with pytest.raises(ZhnewsError):
        extract_numeric_facts(bad)  # type: ignore[arg-type]
    with pytest.raises(ZhnewsError):
        extract_slogans(bad)  # type: ignore[arg-type]


ODD_PIECES = st.one_of(
    st.sampled_from(["", "   ", "The quick brown fox, 3 dogs.", "\x00\x01\x02", "“”“”“", "第" * 300, "\u200b", "\r\n",
                     "增長１２％", "約1.2億元", "“五鏈”", "創新鏈、產業鏈", "三分之一", "同比下降3個百分點", "2023年",
                     "，", "。", "（", "）", "\ufeff", "\U0002a6a5", "ｱ", "①"]),
    st.text(max_size=6),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ODD_PIECES, max_size=20).map("".join))
def test_odd_text_gives_spans_that_index_it_exactly(text: str) -> None:
    for f in extract_numeric_facts(text):
        assert 0 <= f.start < f.end <= len(text) and text[f.start:f.end] == f.text and f.field == "text"
        assert f.kind in FACT_KINDS and set(f.qualifiers) <= set(QUALIFIERS)
        assert f.qualifier == (f.qualifiers[0] if f.qualifiers else None)
    for s in extract_slogans(text):
        assert 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == s.text and s.field == "text"
        assert s.kind in SLOGAN_KINDS and all(m in text for m in s.members)


def test_periods_are_not_facts_but_durations_are() -> None:
    text = "今年前8个月，全县新增市场主体5600户。近五年来，园区税收年均增长12%。"
    facts = {f.text: f for f in extract_numeric_facts(text)}
    assert "8个月" not in facts and "五年" not in facts
    assert facts["5600户"].period == "今年前8个月"
    # after a verb, the same words are a span of time: a fact
    assert "6年" in {f.text for f in extract_numeric_facts("他在海外工作了将近6年，去年回国创业。")}


def test_qualifiers_and_measures_of_common_turns() -> None:
    facts = {f.text: f for f in extract_numeric_facts(
        "对新引进的研发机构给予最高300万元补助。稽查部门共查办案件85件，罚没款约160万元。"
        "该集团年营业收入首次突破千亿元大关。")}
    assert facts["300万元"].qualifier == "at most"
    assert facts["85件"].qualifier == "cumulative" and facts["85件"].measure == "案件"
    assert facts["160万元"].measure == "罚没款"  # a jieba verb ending in 款 is a noun here
    assert facts["千亿元"].measure == "年营业收入"  # not 大关, not 首次


def test_words_that_open_with_a_numeral_are_no_quantities() -> None:
    facts = extract_numeric_facts("企业每年向客户提供价值2亿元的零件，零售额增长5%，实现零排放。")
    assert [f.text for f in facts] == ["2亿元", "5%"]


def test_yi_as_an_article_is_no_fact_but_a_counted_one_is() -> None:
    texts = [f.text for f in extract_numeric_facts(
        "该区将打造一个开放平台，并举办一场创新大赛。今年新引进一名院士，新建一个省级重点实验室。")]
    assert texts == ["一名", "一个"]
