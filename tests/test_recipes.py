"""The four "how to add" recipes of docs/architecture.md, each followed once: a tiny rule of each kind in a
rules folder of our own (``$ZHNEWS_RULES_DIR``, read through the one rules loader), seen in the output."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import zhnews
from zhnews import types
from zhnews.extract import _entity_data, entities
from zhnews.resources import RULES_DIR_ENV, read_rules, reset_resources

ROOT = Path(__file__).resolve().parents[1]
PAGE = ("园区新闻速递\n2024-01-05 09:00\n园区今年新增入驻企业45家，总投资约12亿元，带动就业超过三千人。\n"
        "本期园区快讯由示例小组整理完毕\n"
        "园区管委会表示，将继续优化营商环境，吸引更多企业入驻，新建标准厂房十万平方米。\n来源：示例日报")

AddRule = Callable[[str, str, str], None]


@pytest.fixture()
def add_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AddRule]:
    """``add_rule(part, file, line)``: the shipped rules file with ``line`` appended, in a rules folder of
    our own that replaces the shipped file; the loaded rules are dropped so the next call reads it."""
    monkeypatch.setenv(RULES_DIR_ENV, str(tmp_path))

    def add(part: str, name: str, line: str) -> None:
        path = tmp_path / part / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(read_rules(part, name) + line + "\n", encoding="utf-8")  # type: ignore[arg-type]
        reset_resources()

    yield add
    monkeypatch.delenv(RULES_DIR_ENV)
    reset_resources()


def test_a_furniture_rule(add_rule: AddRule) -> None:
    """(a) A line of page/rules/boilerplate.txt (a regex) takes such lines out of the body."""
    assert "示例小组" in zhnews.parse_page(PAGE).body
    add_rule("page", "boilerplate.txt", r"^本期.{0,10}快讯由.{0,20}整理")
    article = zhnews.parse_page(PAGE)
    assert "示例小组" not in article.body and "本期园区快讯由示例小组整理完毕" in article.boilerplate
    assert "新增入驻企业45家" in article.body


def test_an_entity_type(add_rule: AddRule, monkeypatch: pytest.MonkeyPatch) -> None:
    """(b) A new type in types.py (EntityType, whose values ENTITY_TYPES holds) and its name endings in
    extract/rules/entity_suffixes.tsv."""
    text = "市民走进中国丝绸博物馆参观"
    assert all(e.type != "MUSEUM" for e in zhnews.extract_entities(text))
    # the edit to EntityType in types.py, as the running process sees it (the entity modules import the tuple)
    with_museum = (*types.ENTITY_TYPES, "MUSEUM")
    for module in (types, entities, _entity_data):
        monkeypatch.setattr(module, "ENTITY_TYPES", with_museum)
    add_rule("extract", "entity_suffixes.tsv", "博物馆\tMUSEUM")
    found = zhnews.extract_entities(text)
    museum = next(e for e in found if e.type == "MUSEUM")
    assert (museum.text, museum.rule) == ("中国丝绸博物馆", "suffix 博物馆")
    assert [e.type for e in zhnews.extract_entities(text, types=["MUSEUM"])] == ["MUSEUM"]


def test_an_entity_type_the_types_module_does_not_define_is_refused(add_rule: AddRule) -> None:
    add_rule("extract", "entity_suffixes.tsv", "博物馆\tMUSEUM")
    with pytest.raises(zhnews.ResourceError, match="EntityType"):
        zhnews.extract_entities("市民走进中国丝绸博物馆参观")


def test_a_unit(add_rule: AddRule) -> None:
    """(c) A line ``unit<TAB>kind`` of extract/rules/units.tsv, the kind one of types.FactKind."""
    text = "全年完成飞行120架次，运送旅客3万人次。"
    assert "120架次" not in [f.text for f in zhnews.extract_numeric_facts(text)]
    add_rule("extract", "units.tsv", "架次\tcount")
    fact = zhnews.extract_numeric_facts(text)[0]
    assert (fact.text, fact.value, fact.unit, fact.kind) == ("120架次", 120.0, "架次", "count")
    add_rule("extract", "units.tsv", "架次\tsorties")  # a kind types.py does not define
    with pytest.raises(zhnews.ResourceError, match="sorties"):
        zhnews.extract_numeric_facts(text)


def test_an_output_format(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """(d) A name in FORMATS and a branch in render() and render_error() of zhnews/_cli/outputs.py (one
    rendered record per input, made in the worker; the Sink writes it)."""
    outputs = pytest.importorskip("zhnews._cli.outputs", reason="the CLI outputs module comes with the batch branch")
    from zhnews.cli import main

    def render(a: Any, how: Any) -> Any:
        if how.fmt == "tsv":
            return "\t".join([str(a.id), a.article.title, json.dumps(a.article.authors, ensure_ascii=False)]) + "\n"
        return original_render(a, how)

    def render_error(e: Any, how: Any) -> Any:
        return f"{e.id}\t\t{e.error}\n" if how.fmt == "tsv" else original_render_error(e, how)

    original_render, original_render_error = outputs.render, outputs.render_error
    monkeypatch.setattr(outputs, "FORMATS", (*outputs.FORMATS, "tsv"))
    monkeypatch.setattr(outputs, "render", render)
    monkeypatch.setattr(outputs, "render_error", render_error)
    page = ROOT / "examples" / "pages" / "portal_page.html"
    assert main(["parse", str(page), "--format", "tsv", "-q"]) == 0
    row = capsys.readouterr().out.splitlines()[0].split("\t")
    assert row[1] == "城西科创走廊今年新增省级重点实验室三家" and json.loads(row[2]) == ["沈嘉禾", "方可"]
