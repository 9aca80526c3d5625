"""The command line's outputs: each result rendered in the worker that made it, written whole by the parent.

Formats: ``jsonl`` (one JSON object per input), ``csv`` (one row per input, lists as JSON), ``txt`` and
``markdown`` (readable blocks), ``parquet`` (the :func:`zhnews.tables` tables, one file each, in a folder).
A failed input is a row of its own (``error``, ``message``) unless ``--errors FILE`` takes the error rows.
A record is written whole or not at all: when the disk fills up, the file is cut back to its last full record.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..compose import Pipeline, json_line, tables
from ..types import Analysis, ErrorRecord
from .inputs import Failed

__all__ = ["FORMATS", "OutputClosed", "OutputError", "Render", "Sink", "open_sink"]

FORMATS = ("jsonl", "csv", "parquet", "txt", "markdown")
_CSV_ARTICLE = ["id", "title", "published", "source", "authors", "editors", "url", "script", "input_kind", "body"]
_CSV_ANALYSIS = ["entities", "slogans", "facts"]
_CSV_ERROR = ["error", "message"]


class OutputError(Exception):
    """The output cannot be written (disk full, no permission): the run stops with a message."""


class OutputClosed(Exception):
    """The reader of stdout went away (``| head``): the run stops quietly."""


@dataclass(frozen=True)
class Render:
    """Worker side: analyse one page and render it in the output format (so the parent only writes)."""

    run: Pipeline
    command: str
    fmt: str
    with_path: bool = False

    def __call__(self, raw: Any, *, url: Any = None, id: Any = None) -> Any:
        if isinstance(raw, Failed):
            raise raw.error
        return render(self.run(raw, url=url, id=id), self)

    def run_many(self, pages: list[tuple[Any, Any, Any]]) -> list[tuple[Any, Exception | None]]:
        """Each page rendered, or the exception that stopped it (``Pipeline.run_many``, then rendering)."""
        readable = [page for page in pages if not isinstance(page[0], Failed)]
        analysed = iter(self.run.run_many(readable))
        out: list[tuple[Any, Exception | None]] = []
        for raw, _url, _id in pages:
            result, failure = (None, raw.error) if isinstance(raw, Failed) else next(analysed)
            if failure is None:
                try:
                    result = render(result, self)
                except Exception as exc:  # a page that cannot be rendered is recorded; the others go on
                    failure = exc
            out.append((None, failure) if failure is not None else (result, None))
        return out


def _record(a: Analysis, how: Render) -> dict[str, Any]:
    if how.command == "analyze":
        return a.to_dict()
    record = a.article.to_dict()
    return {"path": a.id, **record} if how.with_path else record


def render(a: Analysis, how: Render) -> Any:
    """The output of one analysed page: text for jsonl/txt/markdown, a row for csv, tables for parquet."""
    if how.fmt == "jsonl":
        return json_line(_record(a, how)) + "\n"
    if how.fmt == "csv":
        return _csv_row(a, how.command)
    if how.fmt == "parquet":
        return tables([a])
    return (_markdown if how.fmt == "markdown" else _text)(a, how.command)


def _csv_row(a: Analysis, command: str) -> dict[str, Any]:
    art = a.article
    row = {"id": a.id, "title": art.title, "published": art.published.isoformat() if art.published else None,
           "source": art.source, "authors": json.dumps(art.authors, ensure_ascii=False),
           "editors": json.dumps(art.editors, ensure_ascii=False), "url": art.url, "script": art.script,
           "input_kind": art.input_kind, "body": art.body}
    if command == "analyze":
        for name in _CSV_ANALYSIS:
            row[name] = json.dumps([x.to_dict() for x in getattr(a, name)], ensure_ascii=False)
    return row


def _text(a: Analysis, command: str) -> str:
    art = a.article
    head = [f"==> {a.id} <==", art.title, art.published.isoformat() if art.published else "", ""]
    tail = [""]
    if command == "analyze":
        tail = ["", "entities: " + "、".join(f"{e.text}({e.type})" for e in a.entities),
                "slogans: " + "、".join(s.text for s in a.slogans),
                "facts: " + "、".join(f.text for f in a.facts), ""]
    return "\n".join([*head, art.body, *tail]) + "\n"


def _markdown(a: Analysis, command: str) -> str:
    art = a.article
    lines = [f"## {art.title or a.id}", "", f"- id: {a.id}"]
    for label, value in (("published", art.published.isoformat() if art.published else None),
                         ("source", art.source), ("authors", "、".join(art.authors)),
                         ("editors", "、".join(art.editors)), ("url", art.url)):
        if value:
            lines.append(f"- {label}: {value}")
    lines.append("")
    for p in art.paragraphs:
        lines += [f"### {p.text}" if p.heading else p.text, ""]
    if command == "analyze":
        lines += ["| entity | type |", "|---|---|", *(f"| {e.text} | {e.type} |" for e in a.entities), ""]
        lines += [f"- fact: {f.text} ({f.kind}, {f.value:g} {f.unit})" for f in a.facts]
        lines += [f"- slogan: {s.text}" for s in a.slogans]
        lines.append("")
    return "\n".join(lines) + "\n"


def render_error(e: ErrorRecord, how: Render) -> Any:
    """The output of a failed input, in the main output's format."""
    if how.fmt == "jsonl":
        record = e.to_dict()
        return json_line({"path": e.id, **record} if how.with_path and how.command == "parse" else record) + "\n"
    if how.fmt == "csv":
        return {"id": e.id, "error": e.error, "message": e.message}
    if how.fmt == "parquet":
        return tables([e])
    if how.fmt == "markdown":
        return f"## {e.id}\n\n- error: {e.error}: {e.message}\n\n"
    return f"==> {e.id} <==\nerror: {e.error}: {e.message}\n\n"


class _LineFile:
    """A byte stream written one whole record at a time; on a write error a file is cut back to its last
    whole record, so no half-written line is left."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.fd: int | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        self.good = 0

    def write(self, text: str) -> None:
        data = text.encode("utf-8", errors="backslashreplace")
        try:
            self._write(data)
        except BrokenPipeError as exc:
            raise OutputClosed() from exc
        except OSError as exc:
            self._cut_back()
            raise OutputError(f"cannot write to {self.path or 'stdout'}: {exc.strerror or exc}") from exc
        except BaseException:
            self._cut_back()
            raise
        self.good += len(data)

    def _write(self, data: bytes) -> None:
        if self.fd is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]

    def _cut_back(self) -> None:
        if self.fd is not None:
            try:
                os.ftruncate(self.fd, self.good)
                os.lseek(self.fd, self.good, os.SEEK_SET)
            except OSError:
                pass

    def close(self) -> None:
        try:
            if self.fd is None:
                sys.stdout.buffer.flush()
            else:
                os.close(self.fd)
        except OSError:
            pass


class Sink:
    """Where results go: the main output and, with ``--errors``, the error rows."""

    def __init__(self, how: Render, out: Path | None, errors: Path | None) -> None:
        self.how = how
        self.errors = _LineFile(errors) if errors else None
        self.parquet: dict[str, list[dict[str, Any]]] | None = None
        self.out_dir = out
        self.main: _LineFile | None = None
        self.csv_header = False
        if how.fmt == "parquet":
            self.parquet = {}
        else:
            self.main = _LineFile(out)

    def add(self, outcome: Any) -> None:
        if isinstance(outcome, ErrorRecord):
            if self.errors is not None:
                self.errors.write(json_line(outcome.to_dict()) + "\n")
                return
            outcome = render_error(outcome, self.how)
        self._write(outcome)

    def _write(self, rendered: Any) -> None:
        if self.parquet is not None:
            for kind, rows in rendered.items():
                self.parquet.setdefault(kind, []).extend(rows)
            return
        assert self.main is not None
        if self.how.fmt == "csv":
            rendered = self._csv(rendered)
        self.main.write(rendered)

    def _csv(self, row: dict[str, Any]) -> str:
        columns = _CSV_ARTICLE + (_CSV_ANALYSIS if self.how.command == "analyze" else []) + _CSV_ERROR
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
        if not self.csv_header:
            writer.writeheader()
            self.csv_header = True
        writer.writerow(row)
        return buf.getvalue()

    def close(self) -> None:
        for f in (self.main, self.errors):
            if f is not None:
                f.close()
        if self.parquet is not None:
            _write_parquet(self.parquet, self.out_dir)


def _write_parquet(found: dict[str, list[dict[str, Any]]], folder: Path | None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    assert folder is not None
    folder.mkdir(parents=True, exist_ok=True)
    for kind in ("articles", "entities", "slogans", "facts", "errors"):
        rows = found.get(kind, [])
        try:
            pq.write_table(pa.Table.from_pylist(rows), folder / f"{kind}.parquet")
        except OSError as exc:
            raise OutputError(f"cannot write {folder / kind}.parquet: {exc.strerror or exc}") from exc


def open_sink(how: Render, out: str | None, errors: str | None) -> Sink:
    """The sink for ``-o``/``--errors`` (stdout when ``out`` is None); parquet needs ``-o FOLDER`` and pyarrow."""
    if how.fmt == "parquet":
        if not out:
            raise OutputError("--format parquet writes a folder of tables: give it with -o FOLDER")
        _need("pyarrow", "parquet")
    try:
        return Sink(how, Path(out) if out else None, Path(errors) if errors else None)
    except OSError as exc:
        raise OutputError(f"cannot open the output: {exc.strerror or exc}: {exc.filename or out}") from exc


def _need(module: str, extra: str) -> None:
    try:
        __import__(module)
    except ImportError as exc:
        raise OutputError(f"{module} is not installed: pip install 'zhnews[{extra}]' "
                          f"(from a checkout: pip install -e '.[{extra}]')") from exc

