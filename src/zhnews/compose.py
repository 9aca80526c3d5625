"""Composition: one call for a page, a pipeline of stages, and a stream of pages over worker processes.

Public as ``zhnews.analyze``, ``zhnews.pipeline``, ``zhnews.pipe`` (this module is ``zhnews.compose`` so that
``zhnews.pipeline`` stays the function).

A stage is a plain function ``Analysis -> Analysis``; the built-in ones wrap the extractors. A user's own
stage has the same shape and plugs in without subclassing:

>>> def count_chars(a: Analysis) -> Analysis:
...     return dataclasses.replace(a, id=(a.id, len(a.article.body)))
>>> run = pipeline(entities, count_chars)
>>> page = "之江實驗室合作再擴容\\n2024-01-05\\n之江實驗室今年新增合作單位12家，成果豐碩。"
>>> result = run(page, id="p1")
>>> [(e.text, e.field) for e in result.entities if e.type == "LAB"], result.id
([('之江實驗室', 'title'), ('之江實驗室', 'body')], ('p1', 22))
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any, Literal

from .errors import InputError, ZhnewsError
from .extract.entities import extract_entities
from .extract.facts import extract_numeric_facts
from .extract.slogans import extract_slogans
from .page.parse import parse_page
from .types import Analysis, ErrorRecord  # ErrorRecord lives in types (re-exported here)

__all__ = [
    "ErrorRecord",
    "Pipeline",
    "analyze",
    "analyze_partition",
    "entities",
    "facts",
    "pipe",
    "pipeline",
    "slogans",
    "tables",
    "write_jsonl",
]

Stage = Callable[[Analysis], Analysis]
OnError = Literal["raise", "skip", "record"]


def entities(a: Analysis, **options: Any) -> Analysis:
    """Stage: entities of the article (title, body, credits)."""
    return dataclasses.replace(a, entities=tuple(extract_entities(a.article, **options)))


def slogans(a: Analysis, **options: Any) -> Analysis:
    """Stage: slogans of the article's body."""
    return dataclasses.replace(a, slogans=tuple(extract_slogans(a.article, **options)))


def facts(a: Analysis, **options: Any) -> Analysis:
    """Stage: numeric facts of the article's body."""
    return dataclasses.replace(a, facts=tuple(extract_numeric_facts(a.article, **options)))


_OPTION_OWNERS = {"lexicon": entities, "types": entities, "recognizer": entities}


@dataclass(frozen=True)
class Pipeline:
    """``parse_page`` followed by stages; calling it analyses one raw page. Picklable when its stages are
    module-level functions, so it travels to worker processes."""

    stages: tuple[Stage, ...]
    options: dict[str, Any] = dataclasses.field(default_factory=dict)

    def __call__(self, raw: str | bytes, *, url: str | None = None, id: Any = None) -> Analysis:
        result = Analysis(article=parse_page(raw, url=url), id=id)
        for stage in self.stages:
            owned = {k: v for k, v in self.options.items() if _OPTION_OWNERS.get(k) is stage}
            result = stage(result, **owned) if owned else stage(result)
        return result


def pipeline(*stages: Stage, **options: Any) -> Pipeline:
    """A :class:`Pipeline` of ``stages`` (default: entities, slogans, facts). ``options`` go to the built-in
    stage that takes them (``lexicon=``, ``types=``, ``recognizer=`` to :func:`entities`)."""
    unknown = set(options) - set(_OPTION_OWNERS)
    if unknown:
        raise InputError(f"unknown pipeline options {sorted(unknown)}; known: {sorted(_OPTION_OWNERS)}")
    return Pipeline(stages=stages or (entities, slogans, facts), options=dict(options))


def analyze(raw: str | bytes, *, url: str | None = None, id: Any = None, **options: Any) -> Analysis:
    """Everything zhnews extracts from one page: article, entities, slogans, facts.

    >>> a = analyze("園區新聞\\n2024-01-05\\n園區今年新增入駐企業45家，總投資約12億元。")
    >>> [(f.text, f.value) for f in a.facts]
    [('45家', 45.0), ('12億元', 1200000000.0)]
    """
    return pipeline(**options)(raw, url=url, id=id)


Item = str | bytes | tuple[Any, str | bytes]


def _split_item(item: Item, index: int) -> tuple[Any, str | bytes]:
    if isinstance(item, tuple):
        if len(item) != 2:
            raise InputError(f"item {index} is a tuple of {len(item)}: pass raw pages or (id, raw) pairs")
        return item[0], item[1]
    return index, item


def _run_batch(run: Pipeline, on_error: OnError, batch: list[tuple[Any, Any]]) -> list[Analysis | ErrorRecord]:
    out: list[Analysis | ErrorRecord] = []
    for item_id, raw in batch:
        url = None
        if isinstance(raw, dict):  # {"raw": page, "url": …}
            url, raw = raw.get("url"), raw.get("raw")
        try:
            out.append(run(raw, url=url, id=item_id))
        except ZhnewsError as exc:
            if on_error == "raise":
                raise
            out.append(ErrorRecord(item_id, type(exc).__name__, str(exc)))
    return out


def _batches(items: Iterable[Item], size: int) -> Iterator[list[tuple[Any, Any]]]:
    batch: list[tuple[Any, Any]] = []
    for index, item in enumerate(items):
        batch.append(_split_item(item, index))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _warm(run: Pipeline) -> None:
    """Worker initializer: load rules, lexicons and jieba once per process."""
    run("预热\n2024-01-01\n之江实验室今年新增合作单位12家，增长11.7%，“打造创新创业新天堂”。")


def pipe(
    items: Iterable[Item], *, n_process: int = 1, batch_size: int = 32, on_error: OnError = "raise",
    run: Pipeline | None = None,
) -> Iterator[Analysis | ErrorRecord]:
    """Analyse a stream of pages, lazily, in input order.

    Items are raw pages (their index is the id), (id, raw) pairs, or (id, {"raw": raw, "url": url}) when the
    URL is known. ``on_error``: "raise" stops at the first bad page, "skip" drops it, "record" yields an
    :class:`ErrorRecord` in its place. With ``n_process > 1`` batches go to worker processes, each of which
    loads the lexicons once."""
    if on_error not in ("raise", "skip", "record"):
        raise InputError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
    if n_process < 1 or batch_size < 1:
        raise InputError("n_process and batch_size must be at least 1")
    return _pipe(items, n_process, batch_size, on_error, run or pipeline())


def _pipe(items: Iterable[Item], n_process: int, batch_size: int, on_error: OnError,
          run: Pipeline) -> Iterator[Analysis | ErrorRecord]:
    keep = "raise" if on_error == "raise" else "record"
    work = partial(_run_batch, run, keep)
    if n_process == 1:
        for batch in _batches(items, batch_size):
            yield from _filtered(work(batch), on_error)
        return
    with ProcessPoolExecutor(max_workers=n_process, initializer=_warm, initargs=(run,)) as pool:
        pending: list[Any] = []
        for batch in _batches(items, batch_size):
            pending.append(pool.submit(work, batch))
            if len(pending) >= 2 * n_process:  # bounded read-ahead: a stream of millions never piles up
                yield from _filtered(pending.pop(0).result(), on_error)
        for future in pending:
            yield from _filtered(future.result(), on_error)


def _filtered(results: list[Analysis | ErrorRecord], on_error: OnError) -> Iterator[Analysis | ErrorRecord]:
    for r in results:
        if on_error == "skip" and isinstance(r, ErrorRecord):
            continue
        yield r


def analyze_partition(items: Iterable[Item], *, run: Pipeline | None = None) -> list[dict[str, Any]]:
    """One partition of a Dask bag or a Spark RDD to plain records (results and error records as dicts):
    the function to hand to ``map_partitions`` / ``mapPartitions``. Bad pages become error records; the
    partition always completes. Each worker loads the lexicons once (they are cached per process)."""
    return [r.to_dict() for r in pipe(items, on_error="record", run=run)]


def write_jsonl(results: Iterable[Analysis | ErrorRecord], out: str | Path | IO[str]) -> int:
    """Write one JSON object per result (``ensure_ascii=False``); returns the number written."""
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8") as fh:
            return write_jsonl(results, fh)
    n = 0
    for r in results:
        out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def tables(results: Iterable[Analysis | ErrorRecord]) -> dict[str, list[dict[str, Any]]]:
    """Flat records per kind (articles, entities, slogans, facts, errors), each row keyed by the page id:
    ready for ``pandas.DataFrame(rows)`` or an Arrow table."""
    out: dict[str, list[dict[str, Any]]] = {"articles": [], "entities": [], "slogans": [], "facts": [],
                                           "errors": []}
    for r in results:
        if isinstance(r, ErrorRecord):
            out["errors"].append(r.to_dict())
            continue
        art = r.article.to_dict()
        out["articles"].append({
            "id": r.id, "title": art["title"], "published": art["published"], "source": art["source"],
            "authors": "、".join(r.article.authors), "editors": "、".join(r.article.editors), "url": art["url"],
            "script": art["script"], "body": art["body"],
        })
        for e in r.entities:
            out["entities"].append({"id": r.id, "text": e.text, "type": e.type, "canonical": e.canonical,
                                    "field": e.field, "start": e.start, "end": e.end, "rule": e.rule})
        for s in r.slogans:
            out["slogans"].append({"id": r.id, "text": s.text, "canonical": s.canonical, "kind": s.kind,
                                   "members": "、".join(s.members), "start": s.start, "end": s.end})
        for f in r.facts:
            out["facts"].append({"id": r.id, **{k: v for k, v in f.to_dict().items() if k != "qualifiers"},
                                 "qualifiers": "、".join(f.qualifiers)})
    return out

