"""Outputs: tables with real lists, aware datetimes, parts and attrs; JSON Lines back to objects; short reprs."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest

import zhnews
from zhnews import Analysis, Article, ErrorRecord, InputError

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
NAMES = ["mainland_portal.html", "taiwan_agency.html", "text_dump_portal.txt"]


@pytest.fixture(scope="module")
def results() -> list[Analysis | ErrorRecord]:
    items = [(n, (FIXTURES / n).read_bytes()) for n in NAMES] + [("blank", b"  ")]
    return list(zhnews.pipe(items, on_error="record"))


def test_tables_keep_lists_datetimes_parts_and_attrs(results) -> None:
    t = zhnews.tables(results)
    portal = t["articles"][0]
    assert isinstance(portal["published"], datetime) and portal["published"].utcoffset() is not None
    assert portal["authors"] == results[0].article.authors and isinstance(portal["paragraphs"], list)
    assert portal["paragraphs"][0]["text"] == results[0].article.paragraphs[0].text
    assert portal["entities"] == len(results[0].entities)
    with_parts = [row for row in t["entities"] if row["parts"]]
    assert with_parts and all(p["text"] in row["text"] for row in with_parts for p in row["parts"])
    chains = [row for row in t["entities"] if row["attrs"] and "chain" in row["attrs"]]
    assert chains and all(isinstance(row["attrs"]["chain"], list) for row in chains)
    assert all(row["attrs"] is None or row["attrs"] for row in t["entities"])
    assert all(isinstance(row["qualifiers"], list) for row in t["facts"])
    assert t["errors"] == [{"id": "blank", "error": "EmptyInputError", "message": results[3].message, "index": 3}]


def test_tables_go_to_arrow_parquet_and_pandas(results, tmp_path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pd = pytest.importorskip("pandas")
    for kind, rows in zhnews.tables(results).items():
        table = pa.Table.from_pylist(rows)
        pq.write_table(table, tmp_path / f"{kind}.parquet")
        assert pq.read_table(tmp_path / f"{kind}.parquet").num_rows == len(rows)
    articles = pq.read_table(tmp_path / "articles.parquet")
    assert pa.types.is_timestamp(articles.schema.field("published").type)
    assert articles.schema.field("published").type.tz is not None
    assert pa.types.is_list(articles.schema.field("authors").type)
    assert pa.types.is_struct(pq.read_table(tmp_path / "entities.parquet").schema.field("attrs").type)
    frame = pd.DataFrame(zhnews.tables(results)["articles"][:1])
    assert str(frame["published"].dtype).startswith("datetime64") and frame["published"].dt.tz is not None


def test_read_jsonl_gives_the_objects_back(results, tmp_path) -> None:
    path = tmp_path / "out.jsonl"
    zhnews.write_jsonl(results, path)
    assert list(zhnews.read_jsonl(path)) == results
    article = results[0].article
    parsed = list(zhnews.read_jsonl(io.StringIO(json.dumps(article.to_dict(), ensure_ascii=False) + "\n\n")))
    assert parsed == [article]
    with pytest.raises(InputError, match="line 2"):
        list(zhnews.read_jsonl(io.StringIO('{"error": "X", "message": "m"}\n{"colour": "red"}\n')))


def test_reprs_are_short_and_to_dict_is_full(results) -> None:
    a = results[0]
    assert len(repr(a)) < 200 and a.article.title[:10] in repr(a) and f"facts={len(a.facts)}" in repr(a)
    assert len(repr(a.article)) < 200 and f"body={len(a.article.body):,} chars" in repr(a.article)
    assert a.to_dict()["article"]["body"] == a.article.body
    assert isinstance(Article.from_dict(a.article.to_dict()), Article)
