"""The result types: kinds defined once, nothing mutable inside a frozen record, one from_dict for all."""

from __future__ import annotations

import dataclasses
import json
import pickle
import typing
from datetime import datetime, timedelta, timezone

import pytest

import zhnews
from zhnews import compose, types
from zhnews.errors import InputError
from zhnews.extract import entities, numbers
from zhnews.extract._measure import lexicon
from zhnews.extract._rulefiles import table
from zhnews.types import (
    Analysis,
    Article,
    Attrs,
    Credit,
    Entity,
    ErrorRecord,
    Evidence,
    NumericFact,
    Paragraph,
    Quantity,
    Slogan,
)

BODY = ("杭州市余杭区发布方案，之江实验室等13家单位通过创新链、产业链、人才链“三链”融合发力，"
        "投入资金约1.2亿元，同比增长11.7%。")

RECORDS = [
    Paragraph("第一段。", 0, 4, heading=True),
    Credit("余文", "通訊員", rule="labelled credit"),
    Evidence("published", "labelled header line", "发布日期：2022-12-02"),
    Article(title="標題", body="第一段。", paragraphs=(Paragraph("第一段。", 0, 4),),
            published=datetime(2022, 12, 2, 16, 40, tzinfo=timezone(timedelta(hours=8))), published_precision="minute",
            credits=(Credit("余文", "通訊員"),), breadcrumb=("首頁",), evidence=(Evidence("title", "h1", "標題"),)),
    Entity("杭州市", 0, 3, "PLACE", "杭州市", parts=(Entity("杭州", 0, 2, "PLACE", "杭州"),),
           attrs={"chain": ["浙江省", "杭州市"], "codes": {"330100": ["杭州"]}}),
    Slogan("“五链”", 0, 4, "五链", "counted", members=("创新链", "产业链"), entity="五链"),
    NumericFact("约1.2亿元", 0, 6, 1.2e8, "元", "currency", qualifier="approximate", qualifiers=("approximate",),
                currency="CNY", period_start="2022-01-01"),
    Quantity(0, 3, "13家", 13.0, "number", approximate=True),
    ErrorRecord("p7", "EmptyInputError", "the page is empty"),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_every_result_type_round_trips_through_json_and_pickle(record: object) -> None:
    cls = type(record)
    data = json.loads(json.dumps(record.to_dict(), ensure_ascii=False))  # type: ignore[attr-defined]
    back = cls.from_dict(data)  # type: ignore[attr-defined]
    assert back == record and back.to_dict() == record.to_dict()  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(record)) == record


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_a_record_built_by_position_is_the_record(record: object) -> None:
    values = [getattr(record, f.name) for f in dataclasses.fields(record)]  # type: ignore[arg-type]
    built = types.record_builder(type(record))(*values)
    assert built == record and repr(built) == repr(record) and pickle.loads(pickle.dumps(built)) == record
    with pytest.raises(TypeError):
        types.record_builder(type(record))(*values[:-1])


def test_from_dict_ignores_unknown_keys_and_names_a_missing_field() -> None:
    assert Paragraph.from_dict({"text": "段", "start": 0, "end": 1, "added_later": 5}) == Paragraph("段", 0, 1)
    with pytest.raises(InputError, match="start"):
        Paragraph.from_dict({"text": "段", "end": 1})


def test_an_analysis_of_real_text_round_trips() -> None:
    an = zhnews.analyze("余杭新闻\n2023-05-01\n" + BODY)
    assert an.entities and an.facts and an.slogans
    assert Analysis.from_dict(json.loads(json.dumps(an.to_dict(), ensure_ascii=False))) == an
    assert all(Attrs(e.attrs) == Entity.from_dict(e.to_dict()).attrs for e in an.entities)


def test_entity_attrs_cannot_be_changed_and_still_read_like_a_dict() -> None:
    place = next(e for e in zhnews.extract_entities(BODY) if e.attrs.get("chain"))
    assert place.attrs["chain"][-1] == "余杭区" and "chain" in place.attrs and dict(place.attrs)
    with pytest.raises(TypeError):
        place.attrs["chain"] = ("改",)  # type: ignore[index]
    with pytest.raises(AttributeError):
        place.attrs["chain"].append("改")
    assert hash(place) == hash(dataclasses.replace(place))
    assert place.to_dict()["attrs"]["chain"] == list(place.attrs["chain"])  # JSON: lists


def test_no_result_field_is_mutable() -> None:
    mutable = (list, dict, set, bytearray)
    for cls in (Paragraph, Credit, Evidence, Article, Entity, Slogan, NumericFact, Quantity, ErrorRecord, Analysis):
        assert dataclasses.fields(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        for name, hint in typing.get_type_hints(cls).items():
            assert (typing.get_origin(hint) or hint) not in mutable, (cls.__name__, name)


def test_kinds_are_defined_once_in_types() -> None:
    assert entities.ENTITY_TYPES is types.ENTITY_TYPES
    assert types.ENTITY_TYPES == typing.get_args(typing.get_type_hints(Entity)["type"])
    assert typing.get_type_hints(NumericFact)["kind"] is types.FactKind
    assert typing.get_type_hints(Slogan)["kind"] is types.SloganKind
    assert typing.get_type_hints(Quantity)["kind"] is types.QuantityKind


def test_the_rule_files_use_only_the_defined_kinds() -> None:
    """The loader refuses a unit or qualifier word whose kind types.py does not define; these are the files."""
    lex = lexicon()
    assert set(lex.unit_kind.values()) <= set(types.FACT_KINDS)
    assert {row[1] for row in table("fact_words.tsv")} <= set(types.QUALIFIERS)
    assert {row[1] for row in table("units.tsv")} == set(lex.unit_kind.values())


def test_found_kinds_are_among_the_defined_ones() -> None:
    text = BODY + "占地120亩，排名全省第一，增加3个百分点，翻了两番，三分之一，年满60岁，今年以来下降5.2%。"
    facts = zhnews.extract_numeric_facts(text)
    quantities = zhnews.find_quantities(text)
    assert {f.kind for f in facts} <= set(types.FACT_KINDS) and len({f.kind for f in facts}) >= 4
    assert {q for f in facts for q in f.qualifiers} <= set(types.QUALIFIERS)
    assert {q.kind for q in quantities} == set(types.QUANTITY_KINDS)
    assert {s.kind for s in zhnews.extract_slogans(text)} <= set(types.SLOGAN_KINDS)


def test_moved_types_are_the_same_classes_at_their_old_addresses() -> None:
    assert numbers.Quantity is Quantity and compose.ErrorRecord is ErrorRecord
    assert zhnews.Quantity is Quantity and zhnews.ErrorRecord is ErrorRecord
    q = zhnews.find_quantities("增长11.7%")[0]
    assert pickle.loads(pickle.dumps(q)) == q and type(q) is Quantity
