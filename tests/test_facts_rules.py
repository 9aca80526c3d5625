"""Kinds of numeric fact seen in real news, each on sentences written for this test, in both scripts."""

from __future__ import annotations

from datetime import date

import opencc
import pytest

from zhnews import extract_numeric_facts, find_quantities
from zhnews.script import to_simplified

_S2T = opencc.OpenCC("s2t")


def facts_of(text: str, **kw: object) -> dict[str, object]:
    return {f.text: f for f in extract_numeric_facts(text, **kw)}  # type: ignore[arg-type]


def both_scripts(text: str) -> list[str]:
    return [text, _S2T.convert(text)]


# ---------------------------------------------------------------- units and amounts

@pytest.mark.parametrize("text", both_scripts("夏令营共招募了12组家庭和8队志愿者，物资分两批送达。"))
def test_measure_words_for_groups_and_teams(text: str) -> None:
    facts = extract_numeric_facts(text)
    assert [(f.value, f.kind) for f in facts] == [(12, "count"), (8, "count"), (2, "count")]


@pytest.mark.parametrize("text", both_scripts("县里今年安排专项预算3亿，另有社会捐赠800万。"))
def test_amounts_in_wan_and_yi_without_a_currency_word(text: str) -> None:
    facts = extract_numeric_facts(text)
    assert [(f.value, f.unit, f.kind) for f in facts] == [(3e8, "", "currency"), (8e6, "", "amount")]


def test_a_bare_number_is_still_no_fact() -> None:
    assert extract_numeric_facts("这条公交线路编号是3，另一条是15。") == []


@pytest.mark.parametrize("text", both_scripts("书展迎来百余家出版社，上百个摊位排满了大厅。"))
def test_round_magnitudes_keep_their_qualifier(text: str) -> None:
    facts = extract_numeric_facts(text)
    assert [(f.value, f.qualifier) for f in facts] == [(100, "more than"), (100, "approximate")]


@pytest.mark.parametrize("text", both_scripts("新桥建成后，两岸往返由原来的50分钟缩短为15至25分钟。"))
def test_the_first_end_of_a_range_takes_the_unit_of_the_second(text: str) -> None:
    facts = extract_numeric_facts(text)
    got = [(f.text, f.value, to_simplified(f.unit)) for f in facts][1:]
    assert got == [("15", 15, "分钟"), ("25" + facts[2].unit, 25, "分钟")]


@pytest.mark.parametrize("text", both_scripts("恒生指数午间报19876.5点，较上日下跌143.2点。上午10点开市。"))
def test_index_values_in_points_but_not_times_of_day(text: str) -> None:
    facts = extract_numeric_facts(text)
    assert [(f.value, f.kind) for f in facts] == [(19876.5, "index"), (143.2, "index")]
    assert facts[1].qualifier == "decrease"


def test_spaces_between_a_number_and_its_unit() -> None:
    facts = facts_of("园区现有入驻团队 250 多个，孵化面积 3 万平方米。")
    assert facts["250 多个"].qualifier == "more than"
    assert facts["3 万平方米"].value == 30_000


# ---------------------------------------------------------------- calendars

@pytest.mark.parametrize("text", ["民國108年全縣觀光人次達到520萬人次。", "108年全縣觀光人次達到520萬人次。"])
def test_minguo_years_are_periods_not_durations(text: str) -> None:
    facts = extract_numeric_facts(text)
    assert [f.value for f in facts] == [5_200_000]
    assert (facts[0].period_start, facts[0].period_end) == ("2019-01-01", "2019-12-31")


def test_a_long_time_span_is_not_read_as_a_minguo_year() -> None:
    facts = facts_of("這座古橋已有120年的歷史。")
    assert facts["120年"].kind == "duration"


@pytest.mark.parametrize("text", both_scripts("政府预计2023/24年度的基建开支约为900亿元。"))
def test_fiscal_years_are_periods_not_fractions(text: str) -> None:
    assert [q.text for q in find_quantities(text)] == ["900亿元" if "亿" in text else "900億元"]
    (fact,) = extract_numeric_facts(text)
    assert (fact.period_start, fact.period_end) == ("2023-04-01", "2024-03-31")


@pytest.mark.parametrize("text", both_scripts("2025杭州马拉松吸引了3万名跑者。"))
def test_a_year_glued_to_a_place_is_no_quantity(text: str) -> None:
    assert [f.value for f in extract_numeric_facts(text)] == [30_000]


# ---------------------------------------------------------------- qualifiers

@pytest.mark.parametrize(("text", "qualifier"), [
    ("每家农场的补助以20万元为上限。", "at most"),
    ("单个项目的贷款上限为500万元。", "at most"),
    ("符合条件的创业者最高可申请50万元贴息贷款。", "at most"),
    ("展会观众人数冲破10万人次。", "more than"),
    ("全年共批出住房贷款1200笔。", "cumulative"),
    ("全市入境游客恢复到疫情前的八成以上。", "at least"),
    ("工业用水量降到100万吨以下。", "at most"),
])
def test_qualifier_words(text: str, qualifier: str) -> None:
    for t in both_scripts(text):
        (fact,) = extract_numeric_facts(t)
        assert fact.qualifier == qualifier, t


@pytest.mark.parametrize("text", both_scripts("今年景区客流预计增长约6%至9%。"))
def test_about_governs_both_ends_of_a_range(text: str) -> None:
    facts = extract_numeric_facts(text)
    assert [(f.value, f.qualifier) for f in facts] == [(6, "approximate"), (9, "approximate")]
    assert facts[0].measure == facts[1].measure


# ---------------------------------------------------------------- measures

@pytest.mark.parametrize("text", both_scripts("受寒潮影响，三个蔬菜基地的产量分别减少4%、9%和12%以上。"))
def test_a_list_shares_its_measure_and_qualifier(text: str) -> None:
    facts = [f for f in extract_numeric_facts(text) if f.unit == "%"]
    assert len(facts) == 3
    assert {f.measure for f in facts} == {facts[0].measure} and "产量" in facts[0].measure.replace("產", "产")
    assert [f.qualifier for f in facts] == ["decrease", "decrease", "at least"]


def test_a_rank_never_takes_the_measure_of_the_fact_before() -> None:
    facts = facts_of("园区去年引进企业36家，排名全市第二。")
    assert facts["第二"].measure is None


def test_ranked_words_before_the_ranking_are_the_measure() -> None:
    facts = facts_of("2023年该县粮食产量位居全省第三。")
    assert facts["第三"].measure == "粮食产量"


def test_an_age_has_no_measure_and_an_age_threshold_is_no_fact() -> None:
    facts = facts_of("今年72岁的老人说，村里80岁以上老人都领到了补贴2000元。")
    assert facts["72岁"].measure is None
    assert "80岁" not in facts and "80岁以上" not in facts


def test_a_span_of_time_after_a_copula_measures_the_noun_before() -> None:
    facts = facts_of("贴息贷款的期限为3年。")
    assert facts["3年"].measure == "贴息贷款的期限"


def test_a_bracket_does_not_end_the_measure() -> None:
    facts = facts_of("10月份非制造业商务活动指数（NMI）为51.2%。")
    assert facts["51.2%"].measure == "非制造业商务活动指数（NMI）"


# ---------------------------------------------------------------- periods

@pytest.mark.parametrize(("text", "published", "first", "last"), [
    ("2021年全县粮食产量达到30万吨。", None, "2021-01-01", "2021-12-31"),
    ("前三季度全县粮食产量达到30万吨。", date(2022, 12, 2), "2022-01-01", "2022-09-30"),
    ("1-11月全县粮食产量达到30万吨。", date(2023, 1, 10), "2022-01-01", "2022-11-30"),
    ("前年全县粮食产量达到30万吨。", date(2024, 6, 1), "2022-01-01", "2022-12-31"),
    ("今年以来全县新增企业300家。", date(2024, 6, 1), "2024-01-01", "2024-06-01"),
    ("截至9月底，全县累计建成基站3000个。", date(2024, 10, 8), "2024-09-30", "2024-09-30"),
    ("“十四五”期间全县新增企业3000家。", None, "2021-01-01", "2025-12-31"),
    ("上月全县新增企业30家。", date(2024, 3, 15), "2024-02-01", "2024-02-29"),
])
def test_periods_resolve_to_dates(text: str, published: date | None, first: str, last: str) -> None:
    for t in both_scripts(text):
        fact = extract_numeric_facts(t, published=published)[-1]
        assert (fact.period_start, fact.period_end) == (first, last), t


def test_a_relative_period_without_a_reference_date_is_kept_as_text_only() -> None:
    (fact,) = extract_numeric_facts("今年全县新增企业300家。")
    assert fact.period == "今年" and fact.period_start is None


def test_the_comparison_base_is_not_the_period() -> None:
    facts = facts_of("到2030年，全县森林覆盖率将达到65%，比2020年提高5个百分点。")
    assert facts["5个百分点"].period == "2030年"
    facts = facts_of("今年1-5月，全县税收增长8%，比一季度回落2个百分点。")
    assert facts["2个百分点"].period == "今年1-5月"


def test_a_value_of_another_year_takes_that_year() -> None:
    facts = facts_of("今年全县失业率为4.1%，低于2022年的4.6%。")
    assert facts["4.6%"].period == "2022年" and facts["4.1%"].period == "今年"


def test_an_articles_publication_date_is_the_reference() -> None:
    import zhnews

    article = zhnews.parse_page("县里新闻\n2023-07-20 08:00\n上半年，全县新增企业450家，同比增长12%。\n来源：县报")
    facts = extract_numeric_facts(article)
    assert facts[0].period_start == "2023-01-01" and facts[0].period_end == "2023-06-30"


def test_period_dates_survive_the_json_round_trip() -> None:
    from zhnews.types import NumericFact

    (fact,) = extract_numeric_facts("2021年全县粮食产量达到30万吨。")
    assert NumericFact.from_dict(fact.to_dict()) == fact
