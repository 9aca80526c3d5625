"""Results out and back in: JSON Lines (written and read back as objects) and tables for pandas or Arrow.

>>> import io
>>> from zhnews import analyze
>>> a = analyze("園區新聞\\n2024-01-05 09:00\\n園區今年新增入駐企業45家，總投資約12億元。", id="p1")
>>> buf = io.StringIO()
>>> write_jsonl([a, ErrorRecord(id="p2", error="EmptyInputError", message="the page is empty", index=1)], buf)
2
>>> again, error = read_jsonl(io.StringIO(buf.getvalue()))
>>> again == a, error.error
(True, 'EmptyInputError')
>>> articles, entities, slogans, facts, errors = tables([again, error]).values()
>>> articles.pop()["published"].isoformat(), facts.pop()["value"], errors.pop()["index"]
('2024-01-05T09:00:00+08:00', 1200000000.0, 1)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .types import Analysis, Article, Entity, ErrorRecord

__all__ = ["json_line", "read_jsonl", "tables", "write_jsonl"]

Result = Analysis | ErrorRecord


def json_line(record: dict[str, Any]) -> str:
    """One JSON object on one line, Chinese as is; a record holding a lone surrogate (which no UTF-8 file can
    hold) is written with ``\\\\u`` escapes instead, so it still reads back.

    >>> json_line({"id": "页\\ud800"})
    '{"id": "\\\\u9875\\\\ud800"}'
    """
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record)
    return line


def write_jsonl(results: Iterable[Result], out: str | Path | IO[str]) -> int:
    """Write one JSON object per result (``ensure_ascii=False``); returns the number written."""
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8") as fh:
            return write_jsonl(results, fh)
    n = 0
    for r in results:
        out.write(json_line(r.to_dict()) + "\n")
        n += 1
    return n


def read_jsonl(source: str | Path | IO[str]) -> Iterator[Analysis | ErrorRecord | Article]:
    """The objects back from JSON Lines written by :func:`write_jsonl` or the command line: an
    :class:`Analysis` per analysis, an :class:`ErrorRecord` per error row, an :class:`Article` per
    ``zhnews parse`` record. A line that is none of these is an :class:`~zhnews.errors.InputError` naming it."""
    if isinstance(source, (str, Path)):
        with open(source, encoding="utf-8") as fh:
            yield from read_jsonl(fh)
        return
    for number, line in enumerate(source, 1):
        if line.strip():
            yield _from_record(line, number)


def _from_record(line: str, number: int) -> Analysis | ErrorRecord | Article:
    try:
        record = json.loads(line)
        if isinstance(record, dict):
            if "article" in record:
                return Analysis.from_dict(record)
            if "error" in record and "message" in record:
                return ErrorRecord.from_dict(record)
            if "title" in record and "body" in record:
                return Article.from_dict(record)
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"line {number} is not a zhnews record: {exc}") from exc
    raise InputError(f"line {number} is not a zhnews record (no 'article', 'error' or 'body')")


def tables(results: Iterable[Result]) -> dict[str, list[dict[str, Any]]]:
    """Rows per kind (articles, entities, slogans, facts, errors), each keyed by the page id: ready for
    ``pandas.DataFrame(rows)`` or ``pyarrow.Table.from_pylist(rows)``.

    Lists stay lists (authors, credits, paragraphs, members, qualifiers, an entity's parts), ``published`` is
    a timezone-aware ``datetime``, an entity's ``attrs`` a dict (``None`` when empty, so Arrow and Parquet
    can type the column)."""
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in ("articles", "entities", "slogans", "facts", "errors")}
    for r in results:
        if isinstance(r, ErrorRecord):
            out["errors"].append(r.to_dict())
            continue
        out["articles"].append(_article_row(r))
        out["entities"].extend({"id": r.id, **_entity_row(e)} for e in r.entities)
        out["slogans"].extend({"id": r.id, **s.to_dict()} for s in r.slogans)
        out["facts"].extend({"id": r.id, **f.to_dict()} for f in r.facts)
    return out


def _article_row(r: Analysis) -> dict[str, Any]:
    art = r.article
    return {
        "id": r.id, "title": art.title, "published": art.published, "published_text": art.published_text,
        "published_precision": art.published_precision, "source": art.source, "authors": art.authors,
        "editors": art.editors, "reviewers": art.reviewers, "credits": [c.to_dict() for c in art.credits],
        "breadcrumb": list(art.breadcrumb), "url": art.url, "script": art.script, "input_kind": art.input_kind,
        "encoding": art.encoding, "body": art.body, "paragraphs": [p.to_dict() for p in art.paragraphs],
        "entities": len(r.entities), "slogans": len(r.slogans), "facts": len(r.facts),
    }


def _entity_row(e: Entity) -> dict[str, Any]:
    return {"text": e.text, "type": e.type, "canonical": e.canonical, "field": e.field, "start": e.start,
            "end": e.end, "rule": e.rule, "confidence": e.confidence, "parts": [_entity_row(p) for p in e.parts],
            "attrs": e.to_dict()["attrs"] or None}
