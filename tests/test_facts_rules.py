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


# ---------------------------------------------------------------- slogans

from zhnews import extract_slogans  # noqa: E402


def slogans_of(text: str) -> dict[str, object]:
    return {s.canonical: s for s in extract_slogans(text)}


@pytest.mark.parametrize("text", both_scripts("全县围绕“4+3”产业体系，重点培育2+1产业，着力打造“天府粮仓”。"))
def test_formulas_with_a_plus(text: str) -> None:
    slogans = slogans_of(text)
    assert slogans["4+3"].kind == "formula" and slogans["2+1产业"].kind == "formula"


@pytest.mark.parametrize("text", both_scripts("各地学习推广“义乌经验”，并总结出一套“枫桥模式”。"))
def test_a_places_quoted_coinage_is_a_slogan(text: str) -> None:
    assert set(slogans_of(text)) == {"义乌经验", "枫桥模式"}


@pytest.mark.parametrize("text", both_scripts(
    "店主笑着说：“生意好了，心里踏实多了。”顾客也说：“东西实惠，服务周到。”她说“一定要再来”。"
    "村民连声道：「不吵了不吵了，事情说开就好了」。"))
def test_quoted_speech_is_never_a_slogan(text: str) -> None:
    assert extract_slogans(text) == []


def test_a_quoted_sentence_with_yi_is_no_numbered_slogan() -> None:
    assert extract_slogans("标语上写着“一定要把家乡建设好”，格外醒目。") == []


def test_a_known_formulas_members_are_its_own_parts() -> None:
    slogans = slogans_of("企业积极融入“一带一路”，出口额持续增长。")
    assert slogans["一带一路"].kind == "known" and slogans["一带一路"].members == ()


def test_counted_members_come_from_a_list_only() -> None:
    slogans = slogans_of("会议指出，要更好地推动全市发展“三大平台”建设。")
    assert slogans["三大平台"].members == () and slogans["三大平台"].kind == "numbered"
    slogans = slogans_of("全力建设科创走廊、数字港、人才港“三大平台”。")
    assert slogans["三大平台"].members == ("科创走廊", "数字港", "人才港")


def test_a_known_formula_that_labels_a_kind_of_firm_is_no_slogan() -> None:
    assert "专精特新" not in slogans_of("全市新增专精特新企业40家。")
    assert "双碳" in slogans_of("围绕双碳目标，全市推广光伏屋顶。")


def test_a_quoted_programme_name_is_an_entity_not_a_slogan_and_a_nickname_is_both() -> None:
    slogans = slogans_of("全区实施“雏鹰计划”，推进“领航工程”，出台“人才新政15条”。")
    assert "雏鹰计划" not in slogans and "领航工程" not in slogans
    assert slogans["人才新政15条"].entity == "人才新政15条"


def test_a_quoted_goal_after_a_lead_verb() -> None:
    assert slogans_of("全县持续推进“美丽庭院”创建。")["美丽庭院"].kind == "quoted"
    assert slogans_of("这位摄影师被称为“光影诗人”。") == {}


def test_slogans_on_large_text_are_bounded_work() -> None:
    # no wall clock: a long run of quotations and formulas gives one slogan per formula, no error
    text = "推动创新链、产业链“两链”融合，坚持“打造高地”，" * 2000
    slogans = extract_slogans(text)
    assert len([s for s in slogans if s.canonical == "两链"]) == 2000


def test_a_written_list_of_pledges_keeps_its_persons() -> None:
    slogans = slogans_of("政务大厅墙上写着“你来办事、我来服务”。")
    assert slogans["你来办事、我来服务"].kind == "parallel"


@pytest.mark.parametrize(("text", "fact", "measure"), [
    ("今年全县税收收入18亿元，较去年同期增长9%。", "9%", "税收收入"),
    ("两座水库的蓄水量分别减少4%和6%。", "6%", "蓄水量"),
    ("农户每户最高可领取补贴3000元。", "3000元", "补贴"),
    ("我国粮食产量达到6.9亿吨。", "6.9亿吨", "粮食产量"),
    ("上证指数今日收报3100.5点。", "3100.5点", "上证指数"),
    ("全县旅游收入达到90亿元，是2019年的1.8倍。", "1.8倍", "旅游收入"),
    ("全县完成固定资产投资1,250亿元。", "1,250亿元", "固定资产投资"),
    ("县里编列预算12亿元用于修路。", "12亿元", "预算"),
])
def test_measures_of_common_turns(text: str, fact: str, measure: str) -> None:
    assert facts_of(text)[fact].measure == measure


def test_a_named_place_before_the_measure_is_its_subject() -> None:
    f = facts_of("宁波市外贸进出口总额达到1.2万亿元。")["1.2万亿元"]
    assert (f.measure, f.subject) == ("外贸进出口总额", "宁波市")


def test_a_period_between_the_noun_and_its_verb_is_the_period() -> None:
    f = facts_of("上证指数今日收报3100.5点。", published=date(2024, 5, 6))["3100.5点"]
    assert (f.period, f.period_start) == ("今日", "2024-05-06")


def test_the_year_before_is_a_period_not_a_duration() -> None:
    facts = facts_of("全县财政收入12亿元，较上一年度增加一成。", published=date(2024, 3, 1))
    assert "一年" not in facts and facts["一成"].period is None
    (fact,) = extract_numeric_facts("上一年度全县税收增长5%。", published=date(2024, 3, 1))
    assert (fact.period_start, fact.period_end) == ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(("text", "measure"), [
    ("全市场交易额达到5000亿元。", "全市场交易额"),   # 全市 is a scope word, not the start of 全市场
    ("后续投资达到5亿元。", "后续投资"),            # 后 leads a measure, not inside 后续
    ("全市规上工业增加值增长5%。", "规上工业增加值"),
])
def test_a_measure_is_never_cut_mid_word(text: str, measure: str) -> None:
    for t in both_scripts(text):
        (fact,) = extract_numeric_facts(t)
        assert to_simplified(fact.measure) == measure, t


def test_a_publication_date_that_is_no_date_gets_a_typed_error() -> None:
    from zhnews import ZhnewsError

    with pytest.raises(ZhnewsError):
        extract_numeric_facts("今年全县新增企业300家。", published="2024-01-01")  # type: ignore[arg-type]


def test_analyze_resolves_periods_with_the_pages_date() -> None:
    import zhnews

    analysis = zhnews.analyze("县里新闻\n2023-07-20 08:00\n上半年，全县新增企业450家。\n来源：县报")
    (fact,) = analysis.facts
    assert (fact.period_start, fact.period_end) == ("2023-01-01", "2023-06-30")


def test_a_quoted_sentence_or_rhyme_is_no_parallel_formula() -> None:
    text = "孩子们唱着“小花猫上房顶，一年四季都开心”，老师说“这个问题，其实要慢慢来”。" \
           "墙上写着“一户一策，精准帮扶”。"
    assert set(slogans_of(text)) == {"一户一策，精准帮扶"}


def test_a_long_quotation_that_opens_with_a_numeral_is_no_nickname() -> None:
    assert slogans_of("报告写着“双侧肺野未见明显异常阴影”。") == {}
    assert slogans_of("全省深化“三个一批”建设。")["三个一批"].kind == "numbered"
