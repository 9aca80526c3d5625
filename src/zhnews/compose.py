"""Composition: one call for a page, a pipeline of stages, and a stream of pages over worker processes.

Public as ``zhnews.analyze``, ``zhnews.pipeline``, ``zhnews.pipe`` (this module is ``zhnews.compose`` so that
``zhnews.pipeline`` stays the function).

A stage is a plain function ``Analysis -> Analysis``; the built-in ones wrap the extractors. A user's own
stage has the same shape and plugs in without subclassing:

>>> import dataclasses
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ._batch import as_error, run_stream
from .errors import InputError
from .output import json_line, read_jsonl, tables, write_jsonl
from .page.parse import parse_page
from .stages import STAGES, StageOptions, check_owners, entities, facts, resolve_stages, slogans
from .stages import BuiltinStage as _BuiltinStage
from .types import Analysis, ErrorRecord

__all__ = [
    "STAGES",
    "ErrorRecord",
    "Pipeline",
    "StageOptions",
    "analyze",
    "analyze_partition",
    "entities",
    "facts",
    "json_line",
    "pipe",
    "pipeline",
    "read_jsonl",
    "slogans",
    "tables",
    "write_jsonl",
]

Stage = Callable[[Analysis], Analysis]
#: a page as a pipeline runs it: (raw, url, id)
Page = tuple[str | bytes, str | None, Any]
OnError = Literal["raise", "skip", "record"]


@dataclass(frozen=True)
class Pipeline:
    """``parse_page`` followed by stages; calling it analyses one raw page. Picklable when its stages are
    module-level functions, so it travels to worker processes. ``options`` were validated when it was built
    (see :func:`pipeline`); each built-in stage gets the ones it reads."""

    stages: tuple[Stage, ...]
    options: StageOptions = field(default_factory=StageOptions)

    def __call__(self, raw: str | bytes, *, url: str | None = None, id: Any = None) -> Analysis:
        result = self._parsed(raw, url, id)
        for stage in self.stages:
            result = self._apply(stage, result)
        return result

    def run_many(self, pages: Sequence[Page]) -> list[Ran]:
        """(result, None) for each page, or (None, the exception that stopped it): what calling the pipeline on
        each page gives, faster. Pages are (raw, url, id). Every page is parsed, then each stage runs over every
        page still going before the next stage starts (a stage of yours sees the pages in order, stage by stage);
        a built-in stage reads them all at once (the entity tagger searches all their texts together) and, when
        that fails, runs again page by page, so that the failure is recorded for its own page alone. A subclass
        that defines its own ``__call__`` is called page by page."""
        if type(self).__call__ is not Pipeline.__call__:
            return [_ran(self, raw, url=url, id=item_id) for raw, url, item_id in pages]
        ran = [_ran(self._parsed, raw, url, item_id) for raw, url, item_id in pages]
        for stage in self.stages:
            going = [k for k, (_value, failure) in enumerate(ran) if failure is None]
            for k, outcome in zip(going, self._over(stage, [ran[k][0] for k in going]), strict=True):
                ran[k] = outcome
        return ran

    def _over(self, stage: Stage, values: list[Any]) -> list[Ran]:
        """``stage`` over ``values``: at once for a built-in stage, page by page otherwise or when that fails."""
        if isinstance(stage, _BuiltinStage) and len(values) > 1 and all(isinstance(v, Analysis) for v in values):
            try:
                return [(a, None) for a in stage.over(values, **self.options.for_stage(stage))]
            except Exception:  # run again page by page below, to record the failure for its own page
                pass
        return [_ran(self._apply, stage, value) for value in values]

    def _parsed(self, raw: str | bytes, url: str | None, item_id: Any) -> Analysis:
        return Analysis(article=parse_page(raw, url=url, max_bytes=self.options.max_bytes), id=item_id)

    def _apply(self, stage: Stage, value: Any) -> Any:
        return stage(value, **self.options.for_stage(stage)) if isinstance(stage, _BuiltinStage) else stage(value)


#: a page's outcome in a batch: (its result, None), or (None, the exception that stopped it)
Ran = tuple[Any, Exception | None]


def _ran(work: Callable[..., Any], *args: Any, **kwargs: Any) -> Ran:
    try:
        return work(*args, **kwargs), None
    except Exception as exc:  # recorded for this page; the others go on
        return None, exc


def pipeline(*stages: Stage | str, **options: Any) -> Pipeline:
    """A :class:`Pipeline` of ``stages`` (functions, or built-in names: default entities, slogans, facts).

    ``options`` are checked here, once: ``max_bytes`` bounds each page; ``lexicon``, ``types``,
    ``recognizer`` go to :data:`entities`; ``field`` (``"body"`` or ``"title"``) to :data:`slogans` and
    :data:`facts`. An unknown option, or one that no stage of this pipeline reads, is an
    :class:`~zhnews.errors.InputError` naming it.

    >>> pipeline("facts", lexicon=[("之江实验室", "LAB")])
    Traceback (most recent call last):
    ...
    zhnews.errors.InputError: option 'lexicon' is for the entities stage, which this pipeline lacks
    """
    chosen = resolve_stages(stages) if stages else (entities, slogans, facts)
    config = StageOptions.build(**options)
    check_owners(config, chosen)
    return Pipeline(stages=chosen, options=config)


def analyze(raw: str | bytes, *, url: str | None = None, id: Any = None, **options: Any) -> Analysis:
    """Everything zhnews extracts from one page: article, entities, slogans, facts.

    >>> a = analyze("園區新聞\\n2024-01-05\\n園區今年新增入駐企業45家，總投資約12億元。")
    >>> tuple((f.text, f.value) for f in a.facts)
    (('45家', 45.0), ('12億元', 1200000000.0))
    """
    return pipeline(**options)(raw, url=url, id=id)


Item = str | bytes | tuple[Any, str | bytes]


def pipe(
    items: Iterable[Item], *, n_process: int = 1, batch_size: int = 32, on_error: OnError = "raise",
    run: Pipeline | None = None,
) -> Iterator[Analysis | ErrorRecord]:
    """Analyse a stream of pages, lazily, in input order: exactly one result per item.

    Items are raw pages (their index is the id), (id, raw) pairs, or (id, {"raw": raw, "url": url}) when the
    URL is known. ``on_error``: "record" yields an :class:`ErrorRecord` (with the item's id and index) in place
    of an item that failed in any way (a malformed item, any exception of a stage, a worker process that
    died), "skip" drops it, "raise" yields every result before it and then raises its error (a
    :class:`~zhnews.errors.ZhnewsError` whose ``item_id`` and ``index`` say which item; ``StageError`` for an
    exception of another type, which is its ``__cause__``).

    In one process, items are read ``batch_size`` at a time and run together (:meth:`Pipeline.run_many`: the
    same results, faster); results come back when their batch is done (``batch_size=1``: one page at a time).
    With ``n_process > 1`` items go to worker processes (each loads the lexicons once) a few at a time (half of
    ``batch_size``, at most 8, run together), at most ``batch_size`` per worker ahead of the result being
    yielded; each result is yielded as soon as it and those before it are done. A worker that dies is replaced
    and the items it took down run again, alone."""
    if on_error not in ("raise", "skip", "record"):
        raise InputError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
    if not (isinstance(n_process, int) and isinstance(batch_size, int)) or n_process < 1 or batch_size < 1:
        raise InputError("n_process and batch_size must be ints of at least 1")
    if isinstance(items, (str, bytes, bytearray)) or not isinstance(items, Iterable):
        raise InputError(f"pipe takes an iterable of pages, not {type(items).__name__}: for one page, use analyze")
    return _pipe(items, n_process, n_process * batch_size, on_error, run or pipeline())


def _pipe(items: Iterable[Item], n_process: int, window: int, on_error: OnError,
          run: Pipeline) -> Iterator[Analysis | ErrorRecord]:
    for outcome, cause in run_stream(items, run, n_process, window):
        if isinstance(outcome, ErrorRecord):
            if on_error == "raise":
                raise as_error(outcome, cause)
            if on_error == "skip":
                continue
        yield outcome


def analyze_partition(items: Iterable[Item], *, run: Pipeline | None = None) -> list[dict[str, Any]]:
    """One partition of a Dask bag or a Spark RDD to plain records (results and error records as dicts):
    the function to hand to ``map_partitions`` / ``mapPartitions``. Bad pages become error records; the
    partition always completes. Each worker loads the lexicons once (they are cached per process). An error
    record's ``index`` is ``None`` here: a partition does not know its place in the whole (its ``id`` does)."""
    return [(dataclasses.replace(r, index=None) if isinstance(r, ErrorRecord) else r).to_dict()
            for r in pipe(items, on_error="record", run=run)]
