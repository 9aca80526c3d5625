"""Entities on passages we wrote: types, tight boundaries, offsets, both scripts, lexicons, bad input."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import opencc
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import zhnews
from zhnews import InputError, ZhnewsError, extract_entities, load_lexicon, parse_page
from zhnews.types import ENTITY_TYPES, Entity

PASSAGE = (
    "近日，紫金山实验室与东南大学联合发布一批成果，南京市江宁区新增国家级众创空间4家。"
    "省里实施“尖兵”“领雁”研发攻关计划和“鲲鹏行动”计划，出台人才新政“黄金20条”，"
    "并颁布《江苏省科技创新促进条例》。第三届中国数字经济大会在无锡市举办，市委书记杜小刚出席。"
    "苏州工业园区、南京江北新区等平台获评省科技创新鼎。"
)


def _types(text: str) -> dict[str, str]:
    return {e.text: e.type for e in extract_entities(text)}


def test_types_and_boundaries() -> None:
    found = _types(PASSAGE)
    assert found["紫金山实验室"] == "LAB"
    assert found["东南大学"] == "ORG"
    assert found["南京市江宁区"] == "PLACE"
    assert found["“尖兵”“领雁”研发攻关计划"] == "PROGRAMME"
    assert found["鲲鹏行动"] == "PROGRAMME"
    assert found["黄金20条"] == "POLICY"
    assert found["江苏省科技创新促进条例"] == "POLICY"
    assert found["中国数字经济大会"] == "EVENT"
    assert found["无锡市"] == "PLACE"
    assert found["杜小刚"] == "PERSON"
    assert found["苏州工业园区"] == "PLATFORM"
    assert found["南京江北新区"] == "PLATFORM"
    # categories are not names
    assert "国家级众创空间" not in found and "众创空间" not in found


def test_nested_programme_has_parts() -> None:
    nested = next(e for e in extract_entities(PASSAGE) if e.text == "“尖兵”“领雁”研发攻关计划")
    assert [p.text for p in nested.parts] == ["尖兵", "领雁"]


def test_place_chain() -> None:
    place = next(e for e in extract_entities("杭州市余杭区发布新政") if e.type == "PLACE")
    assert place.attrs["chain"] == ("浙江省", "杭州市", "余杭区")
    assert place.canonical == "杭州市余杭区"


def test_a_shared_county_name_takes_the_city_named_elsewhere_in_the_text() -> None:
    # the text's places are gathered once per text (once per place made long texts of places quadratic)
    text = "长春市召开会议。会上，朝阳区介绍了经验。" * 3
    counties = [e for e in extract_entities(text) if e.text == "朝阳区"]
    assert len(counties) == 3 and all(e.attrs["chain"] == ("吉林省", "长春市", "朝阳区") for e in counties)


def test_offsets_index_the_text() -> None:
    for text in (PASSAGE, opencc.OpenCC("s2t").convert(PASSAGE)):
        for e in extract_entities(text):
            assert text[e.start:e.end] == e.text
            for p in e.parts:
                assert text[p.start:p.end] == p.text


def test_both_scripts_give_the_same_keys_and_types() -> None:
    simplified = sorted((e.canonical, e.type) for e in extract_entities(PASSAGE))
    traditional = sorted((e.canonical, e.type) for e in extract_entities(opencc.OpenCC("s2t").convert(PASSAGE)))
    assert simplified == traditional


@pytest.mark.parametrize("word", ["荣获", "阳光雨露", "大满贯", "新天堂", "高素质", "惠企", "暨", "之城", "智慧"])
def test_common_words_are_never_names(word: str) -> None:
    text = f"该区{word}各方好评，打造创新活力之城新中心，在智慧城市建设中荣获大满贯。"
    assert all(e.text != word for e in extract_entities(text))


def test_list_members_are_split() -> None:
    found = _types("良渚实验室、湖畔实验室和之江实验室等单位参加。")
    assert found == {"良渚实验室": "LAB", "湖畔实验室": "LAB", "之江实验室": "LAB"}


def test_user_lexicon_from_records_and_file(tmp_path) -> None:
    text = "台积电在高雄扩建先进封装厂。"
    assert ("先进封装厂", "PLATFORM") not in _types(text).items()
    lex = load_lexicon([("先进封装厂", "PLATFORM")])
    assert {e.text: e.type for e in extract_entities(text, lexicon=lex)}["先进封装厂"] == "PLATFORM"
    path = tmp_path / "names.tsv"
    path.write_text("# my names\n先進封裝廠\tPLATFORM\n", encoding="utf-8")
    found = {e.text: (e.type, e.rule) for e in extract_entities(text, lexicon=path)}
    assert found["先进封装厂"] == ("PLATFORM", "lexicon")
    assert pickle.loads(pickle.dumps(lex)).entries == lex.entries


def test_lexicon_rejects_unknown_type() -> None:
    with pytest.raises(ZhnewsError, match="type"):
        load_lexicon([("某某", "THING")])


def test_article_fields() -> None:
    page = ("園區新聞\n2024-01-05 09:00\n之江實驗室今年新增合作單位12家，杭州市余杭區給予支持。\n"
            "來源：示例日報 | 責編：王小明")
    article = zhnews.parse_page(page)
    ents = extract_entities(article)
    sources = {"title": article.title, "body": article.body, "credits": article.credits_text}
    for e in ents:
        assert sources[e.field][e.start:e.end] == e.text
    assert ("王小明", "PERSON", "credits") in {(e.text, e.type, e.field) for e in ents}
    assert extract_entities(article, types=["LAB"])[0].text == "之江實驗室"


@pytest.mark.parametrize("bad", [None, 42, b"bytes"])
def test_bad_input_gets_a_typed_error(bad) -> None:
    with pytest.raises(ZhnewsError):
        extract_entities(bad)  # type: ignore[arg-type]


ODD_PIECES = st.one_of(
    st.sampled_from(["", "   ", "Hello world, 2024.", "\x00\x01", "实验室" * 50, "“”“”《》", "\u200b", "\ufeff", "\r\n",
                     "杭州市", "餘杭區", "之江實驗室", "（浙江）", "有限公司", "書記", "王明", "表示", "《條例》",
                     "ｱ", "①", "\U0002a6a5", "、", "和"]),
    st.text(max_size=6),
)


def _spans(entities: list[Entity]) -> list[Entity]:
    return [x for e in entities for x in (e, *_spans(list(e.parts)))]


@settings(max_examples=150, deadline=None)
@given(st.lists(ODD_PIECES, max_size=20).map("".join))
@example("   （浙江）（浙江）")  # a name cut before a bracket that reads as its short form kept a part inside it
def test_odd_text_gives_spans_that_index_it_exactly(text: str) -> None:
    found = extract_entities(text)
    for e in _spans(found):
        assert 0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.text, e
        assert e.type in ENTITY_TYPES and e.field == "text" and 0 < e.confidence <= 1 and e.rule
        assert all(e.start <= p.start and p.end <= e.end for p in e.parts)
    assert [e.start for e in found] == sorted(e.start for e in found)



PIECES = st.sampled_from(["之江", "实验室", "實驗室", "“", "”", "杭州市", "余杭区", "、", "和", "计划", "工程", "大会",
                          "第三届", "书记", "王明", "表示", "《", "》", "条例", "，", "。", "新区", "中心", "省",
                          "12家", "增长", "%"])


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=30).map("".join))
def test_fuzz_every_extractor_keeps_offsets(text: str) -> None:
    for e in extract_entities(text):
        assert text[e.start:e.end] == e.text
    for s in zhnews.extract_slogans(text):
        assert text[s.start:s.end] == s.text
    for f in zhnews.extract_numeric_facts(text):
        assert text[f.start:f.end] == f.text


def test_government_bodies_zones_and_designations() -> None:
    text = ("江苏省工业和信息化厅厅长出席。国家数据局发布数据。青岛胶州湾经济示范区新增企业30家，"
            "该县获批建设国家乡村振兴示范区。南京市科技局局长表示，浙江大学和复旦大学将合作。")
    found = {(e.text, e.type) for e in extract_entities(text)}
    assert ("江苏省工业和信息化厅", "ORG") in found  # 和 inside a body's name
    assert ("国家数据局", "ORG") in found  # a national body named by its remit
    assert ("青岛胶州湾经济示范区", "PLATFORM") in found  # a zone a place names
    assert not any(t.endswith("乡村振兴示范区") for t, _ in found)  # a designation many places hold
    assert ("南京市科技局", "ORG") in found and not any(t.endswith("局局") for t, _ in found)
    assert ("浙江大学", "ORG") in found and ("复旦大学", "ORG") in found  # 和 between two names splits


def test_a_zone_may_name_its_place_in_brackets() -> None:
    text = "中國（福建）自由貿易試驗區新設企業120家，東部（寧波）科學城同步推進；某某（集团）有限公司參與。"
    found = {(e.text, e.type) for e in extract_entities(text)}
    assert ("中國（福建）自由貿易試驗區", "PLATFORM") in found
    assert ("東部（寧波）科學城", "PLATFORM") in found
    # brackets that hold no place are no part of a zone (a company's name may hold them)
    assert not any("（集团）" in t for t, typ in found if typ == "PLATFORM")


def test_common_phrases_with_a_name_ending_are_not_names() -> None:
    text = ("他说没有办法，只能等待优惠政策和解决方案。患者被送往医院后，希望政府尽快出台新能源政策。"
            "浙江省出台《关于加快数字经济发展的意见》，杭州市人才新政同步实施。")
    found = {(e.text, e.type) for e in extract_entities(text)}
    for phrase in ("没有办法", "优惠政策", "解决方案", "送往医院", "希望政府", "新能源政策"):
        assert not any(phrase in t for t, _ in found), phrase
    assert ("关于加快数字经济发展的意见", "POLICY") in found  # a titled document stays


def test_people_and_bodies_in_general_news() -> None:
    text = ("市长李明还表示，要强调方式方法。院士钟南山说，疫情可防可控。上海市工商局办公室主任出席，"
            "巴西华人协会会长致辞，怎么办是大家关心的问题。")
    found = {(e.text, e.type) for e in extract_entities(text)}
    assert ("李明", "PERSON") in found and ("钟南山", "PERSON") in found
    assert not any(t in ("李明还", "强调", "方式") for t, _ in found)
    # the bureau, or its office as one name with it (a sub-body keeps its body's name): never cut at 局办
    assert found & {("上海市工商局", "ORG"), ("上海市工商局办公室", "ORG")} and ("巴西华人协会", "ORG") in found
    assert not any(t.endswith(("局办", "么办")) for t, _ in found)


def _model(spans: list[tuple[int, int, str]]) -> Callable[[str], list[tuple[int, int, str]]]:
    """A statistical model's recogniser, as ``recognizer=`` takes one, that returns the spans given."""
    return lambda _view: spans


def test_a_models_place_never_pulls_a_rules_name_over_a_verb() -> None:
    # a model's guess that 观了之江 is a place: the lab's name found by its ending still starts at 之江
    text = "张伟在上海参观了之江实验室。"
    found = {(e.text, e.type) for e in extract_entities(text, recognizer=_model([(6, 10, "PLACE")]))}
    assert ("之江实验室", "LAB") in found
    assert not any(name.startswith("观") for name, _ in found)


def test_a_models_span_of_punctuation_is_no_name() -> None:
    text = "张伟在上海参观了之江实验室。"
    ents = extract_entities(text, recognizer=_model([(13, 14, "PLACE"), (0, 2, "PERSON")]))
    assert "。" not in {e.text for e in ents}
    assert ("张伟", "PERSON") in {(e.text, e.type) for e in ents}


def test_a_division_name_several_places_share_gets_no_chain_without_its_parent() -> None:
    # 东区 is a district of 攀枝花, 香港, 台中, 台南, 新竹 and 嘉义: none is named here
    place = next(e for e in extract_entities("东区的居民反映了停车难的问题。") if e.text == "东区")
    assert "chain" not in place.attrs
    named = next(e for e in extract_entities("香港东区的居民反映了停车难的问题。") if e.type == "PLACE")
    assert named.attrs["chain"] == ("香港特别行政区", "东区")


def test_entities_of_many_sources_are_those_of_each_alone() -> None:
    from zhnews.extract.entities import extract_entities_many

    article = parse_page("科技日报\n2024-02-03\n中国科学院与华为公司在深圳联合成立人工智能实验室，院长侯建国出席。")
    sources = [article, "", "國家發展委員會主任委員龔明鑫今天在臺北表示，將推動亞洲矽谷計畫。",
               "广东省人民政府办公厅印发通知。", article]
    assert extract_entities_many(sources) == [extract_entities(s) for s in sources]
    assert extract_entities_many(sources, types=["PERSON"]) == [extract_entities(s, types=["PERSON"]) for s in sources]
    assert extract_entities_many([]) == []
    with pytest.raises(InputError):
        extract_entities_many(["北京", 3])  # type: ignore[list-item]
