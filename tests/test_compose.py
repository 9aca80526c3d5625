"""analyze, pipeline with a user's stage, pipe over a stream (order, ids, errors, two processes)."""

from __future__ import annotations

import dataclasses
import io
import json
import pickle
from pathlib import Path

import pytest

import zhnews
from zhnews import Analysis, ErrorRecord, NoArticleError, ZhnewsError

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
PAGES = sorted(p for p in FIXTURES.iterdir() if p.is_file())  # kinds/ holds the per-kind pages


def test_analyze_runs_every_stage() -> None:
    a = zhnews.analyze((FIXTURES / "mainland_portal.html").read_bytes(), id="x")
    assert a.id == "x" and a.article.title == "钱塘江畔新添一座科创园区"
    assert any(f.text == "28家" for f in a.facts)
    assert any(e.type == "PLACE" for e in a.entities)
    assert Analysis.from_dict(json.loads(json.dumps(a.to_dict(), ensure_ascii=False))) == a


def shout(a: Analysis) -> Analysis:
    """A user's own stage: same shape as the built-in ones."""
    return dataclasses.replace(a, id=f"{a.id}!")


def test_pipeline_with_a_user_stage_and_options() -> None:
    run = zhnews.pipeline(zhnews.compose.entities, shout, lexicon=[("钱塘江", "PLACE")], types=["PLACE"])
    a = run((FIXTURES / "mainland_portal.html").read_bytes(), id="p")
    assert a.id == "p!"
    assert a.facts == () and a.slogans == ()
    assert {e.type for e in a.entities} == {"PLACE"}
    assert pickle.loads(pickle.dumps(run)).stages == run.stages
    with pytest.raises(ZhnewsError, match="unknown option 'colour'"):
        zhnews.pipeline(colour="red")


def _stream() -> list[tuple[str, bytes]]:
    items = [(p.name, p.read_bytes()) for p in PAGES]
    items.insert(2, ("empty", b"   "))
    items.insert(5, ("nav", b"<html><body><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></body></html>"))
    return items


def test_pipe_keeps_order_and_records_errors() -> None:
    items = _stream()
    out = list(zhnews.pipe(items, on_error="record", batch_size=3))
    assert [r.id for r in out] == [i for i, _ in items]
    errors = {r.id: r for r in out if isinstance(r, ErrorRecord)}
    assert set(errors) == {"empty", "nav"}
    assert errors["empty"].error == "EmptyInputError" and "empty" in errors["empty"].message


def test_pipe_skip_and_raise() -> None:
    items = _stream()
    skipped = list(zhnews.pipe(items, on_error="skip"))
    assert len(skipped) == len(items) - 2 and not any(isinstance(r, ErrorRecord) for r in skipped)
    with pytest.raises(ZhnewsError):
        list(zhnews.pipe(items, on_error="raise"))
    with pytest.raises(ZhnewsError, match="on_error"):
        zhnews.pipe(items, on_error="ignore")  # type: ignore[arg-type]


def test_raw_items_get_their_index_as_id() -> None:
    raws = [p.read_bytes() for p in PAGES[:3]]
    assert [r.id for r in zhnews.pipe(raws)] == [0, 1, 2]


def test_two_processes_give_the_same_results() -> None:
    items = _stream() * 2
    one = [r.to_dict() for r in zhnews.pipe(items, on_error="record", batch_size=4)]
    two = [r.to_dict() for r in zhnews.pipe(items, on_error="record", batch_size=4, n_process=2)]
    assert one == two


def test_jsonl_and_tables() -> None:
    results = list(zhnews.pipe(_stream(), on_error="record"))
    buf = io.StringIO()
    assert zhnews.write_jsonl(results, buf) == len(results)
    lines = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert lines[2] == {"id": "empty", "index": 2, "error": "EmptyInputError", "message": lines[2]["message"]}
    t = zhnews.tables(results)
    assert len(t["articles"]) == len(results) - 2 and len(t["errors"]) == 2
    assert all({"id", "text", "type", "canonical"} <= row.keys() for row in t["entities"])
    assert all(isinstance(row["value"], float) for row in t["facts"])


def test_single_page_errors_are_typed() -> None:
    with pytest.raises(NoArticleError):
        zhnews.analyze("<html><body><a href='/'>首页</a></body></html>")
