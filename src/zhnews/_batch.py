"""Running a pipeline over a stream: one outcome per item, in order, whatever an item or a worker does.

Every item becomes an :class:`Analysis` or an :class:`ErrorRecord`: a malformed item (a 3-tuple, a page of
the wrong type), an error of a stage (a :class:`ZhnewsError` or anything else it raised) and a worker process
that died (killed by the OS, out of memory) are all recorded for that item, and the stream goes on. With
worker processes, items are sent a few at a time (at most 8, run together) and results come back in input
order as soon as they are ready, so one slow page holds back the stream for the time of its few only.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from . import errors
from .errors import InputError, StageError, ZhnewsError
from .types import Analysis, ErrorRecord

__all__ = ["as_error", "run_item", "run_stream"]

Outcome = Analysis | ErrorRecord
Run = Callable[..., Analysis]

_WARM_PAGE = "预热\n2024-01-01\n之江实验室今年新增合作单位12家，增长11.7%，“打造创新创业新天堂”。"


def split_item(item: Any, index: int) -> tuple[Any, Any, Any]:
    """(id, raw, url) of an item: a raw page, an (id, raw) pair or (id, {"raw": …, "url": …})."""
    if isinstance(item, tuple):
        if len(item) != 2:
            raise InputError(f"item {index} is a tuple of {len(item)}: pass raw pages or (id, raw) pairs")
        item_id, raw = item
    else:
        item_id, raw = index, item
    url = None
    if isinstance(raw, dict):
        url, raw = raw.get("url"), raw.get("raw")
    return item_id, raw, url


def run_item(run: Run, index: int, item: Any) -> tuple[Outcome, BaseException | None]:
    """The outcome of one item, and the exception behind it when it failed."""
    item_id: Any = index
    try:
        item_id, raw, url = split_item(item, index)
        return run(raw, url=url, id=item_id), None
    except Exception as exc:  # any failure of an item is recorded for it: the stream goes on
        return _recorded(item_id, index, exc)


def _plain_id(item_id: Any) -> Any:
    return item_id if isinstance(item_id, (str, int, float, bool, type(None), tuple)) else repr(item_id)


def _worker_chunk(run: Run, chunk: list[tuple[int, Any]]) -> list[Outcome]:
    """A worker's outcomes of a chunk of (index, item): run together when ``run`` can (``run_many``)."""
    if len(chunk) > 1 and getattr(run, "run_many", None) is not None:
        return [outcome for outcome, _cause in run_batch(run, chunk)]
    return [run_item(run, index, item)[0] for index, item in chunk]


def as_error(record: ErrorRecord, cause: BaseException | None = None) -> ZhnewsError:
    """The error to raise for a failed item: its own :mod:`zhnews.errors` class (``StageError`` for any
    other exception), saying which item failed."""
    cls = getattr(errors, record.error, None)
    if not (isinstance(cls, type) and issubclass(cls, ZhnewsError)):
        cls = StageError
    exc = cls(f"item {record.index} (id {record.id!r}) failed: {record.error}: {record.message}")
    exc.item_id, exc.index = record.id, record.index
    if cause is not None:
        exc.__cause__ = cause
    return exc


def run_stream(items: Iterable[Any], run: Run, n_process: int, window: int) -> Iterator[tuple[Outcome, Any]]:
    """(outcome, cause) per item in input order; ``cause`` is the exception when one is at hand.

    In one process, a ``run`` that has ``run_many`` (a :class:`~zhnews.compose.Pipeline`) gets the items
    ``window`` at a time, which it analyses faster together; its results are yielded when the batch is done. An
    exception the items' iterable raises is raised after the results of the items it gave before it."""
    if n_process > 1:
        yield from ((outcome, None) for outcome in _Pool(run, n_process, window).stream(items))
        return
    source = enumerate(items)
    if getattr(run, "run_many", None) is None or window < 2:
        for index, item in source:
            yield run_item(run, index, item)
        return
    while True:
        batch, failure, ended = _take(source, window)
        if batch:
            yield from run_batch(run, batch)
        if failure is not None:
            raise failure
        if ended:
            return


#: a batch of one process stops taking items once their pages hold this many characters or bytes (a stream of
#: large pages runs a few at a time, not ``batch_size`` of them held at once)
BATCH_BYTES = 4 << 20


def _take(source: Iterator[tuple[int, Any]], n: int) -> tuple[list[Any], Exception | None, bool]:
    """Up to ``n`` (index, item) of ``source``, fewer once they hold :data:`BATCH_BYTES`; the exception it raised
    while giving them (None: it did not); whether it has no more."""
    batch: list[Any] = []
    size = 0
    try:
        while len(batch) < n and size < BATCH_BYTES:
            index, item = next(source)
            batch.append((index, item))
            size += _size_of(item, index)
    except StopIteration:
        return batch, None, True
    except Exception as exc:  # the source's own: raised once the items before it are done
        return batch, exc, True
    return batch, None, False


def _size_of(item: Any, index: int) -> int:
    """The characters or bytes of an item's page; 0 when they cannot be told (the item's run records why)."""
    try:
        raw = split_item(item, index)[1]
        return len(raw) if isinstance(raw, (str, bytes, bytearray)) else 0
    except Exception:  # a malformed item, or a page whose len() raises: run_item records it
        return 0


def run_batch(run: Any, batch: Sequence[tuple[int, Any]]) -> list[tuple[Outcome, BaseException | None]]:
    """The outcome of each (index, item) of ``batch``, run together by ``run.run_many``: what :func:`run_item`
    gives for each, the failures recorded for their own items."""
    out: list[tuple[Outcome, BaseException | None] | None] = [None] * len(batch)
    pages, places = [], []
    for k, (index, item) in enumerate(batch):
        try:
            item_id, raw, url = split_item(item, index)
        except Exception as exc:  # a malformed item: recorded, the batch goes on
            out[k] = _recorded(index, index, exc)
            continue
        pages.append((raw, url, item_id))
        places.append((k, index, item_id))
    for (k, index, item_id), (result, failure) in zip(places, run.run_many(pages), strict=True):
        out[k] = (result, None) if failure is None else _recorded(item_id, index, failure)
    return [outcome for outcome in out if outcome is not None]


def _recorded(item_id: Any, index: int, exc: BaseException) -> tuple[ErrorRecord, BaseException]:
    return ErrorRecord(id=_plain_id(item_id), error=type(exc).__name__, message=str(exc), index=index), exc


def _warm(run: Run) -> None:
    """Load rules, lexicons and jieba by running one small page."""
    try:
        run(_WARM_PAGE)
    except Exception:  # warming is an optimisation; a stage that fails here fails again on its items
        pass


def _init_worker(run: Run, warmed: bool) -> None:
    """Worker start: Ctrl-C is the parent's to handle (no tracebacks from workers); rules, lexicons and
    jieba load once per process, unless the worker was forked from a parent that loaded them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler (the CLI's) is not the worker's
    if not warmed:
        _warm(run)


#: how often a wait for a worker's outcomes looks whether a worker died unnoticed, in seconds
_WATCH = 1.0
#: (index, item) pairs sent to a worker together, and the future of their outcomes
Chunk = list[tuple[int, Any]]
Pending = deque[tuple[Chunk, "Future[list[Outcome]]"]]


class _Pool:
    """Worker processes fed a few items at a time (a chunk, run together as one process runs a batch), at most
    ``window`` items ahead of the one yielded."""

    def __init__(self, run: Run, n_process: int, window: int) -> None:
        self.run, self.n_process, self.window = run, n_process, window
        # two chunks per worker in flight; at most 8 items a chunk, so one slow page holds back few others
        self.chunk = max(1, min(8, window // (2 * n_process)))
        self.pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        # Forked workers share what the parent loaded (copy-on-write): loading it once here, before the fork,
        # spares each worker its own start-up (about a second of CPU each), which a short run would feel.
        forked = multiprocessing.get_start_method() == "fork"
        if forked:
            _warm(self.run)
        self.pool = ProcessPoolExecutor(max_workers=self.n_process, initializer=_init_worker,
                                        initargs=(self.run, forked))
        return self.pool

    def stream(self, items: Iterable[Any]) -> Iterator[Outcome]:
        """Outcomes in input order; an exception of ``items`` is raised after the outcomes of the items before it.
        A chunk stops taking items once their pages hold :data:`BATCH_BYTES`, as a batch of one process does."""
        pending: Pending = deque()
        source = enumerate(items)
        finished = False
        try:
            ended, failure = False, None
            while not ended:
                chunk, failure, ended = _take(source, self.chunk)
                if chunk:
                    pending.append((chunk, self._submit(chunk)))
                while pending and (sum(len(c) for c, _f in pending) >= self.window or pending[0][1].done()):
                    yield from self._head(pending)
            while pending:
                yield from self._head(pending)
            finished = True
        finally:
            self._stop(graceful=finished)
        if failure is not None:
            raise failure

    def _submit(self, chunk: Chunk) -> Future[list[Outcome]]:
        try:
            return (self.pool or self._start()).submit(_worker_chunk, self.run, chunk)
        except BrokenProcessPool as exc:
            failed: Future[list[Outcome]] = Future()
            failed.set_exception(exc)
            return failed

    def _head(self, pending: Pending) -> list[Outcome]:
        if isinstance(self._wait(pending[0][1]), BrokenProcessPool):
            self._recover(pending)
        chunk, future = pending.popleft()
        exc = self._wait(future)
        if exc is not None and len(chunk) > 1:  # one of its items could not be sent or returned, or raised what
            # no outcome records (SystemExit): run each alone, so that the failure is that item's only
            pending.extendleft(reversed([([one], self._submit([one])) for one in chunk]))
            return self._head(pending)
        if exc is not None:
            return [_failed(index, item, exc) for index, item in chunk]
        return future.result()

    def _recover(self, pending: Pending) -> None:
        """A worker died: every item it took down is run again, alone, in a fresh pool, so the item that
        kills its worker again is recorded and the others get their results."""
        self._stop(graceful=False)
        redone: list[tuple[Chunk, Future[list[Outcome]]]] = []
        for chunk, future in pending:
            if not isinstance(self._wait(future), BrokenProcessPool):
                redone.append((chunk, future))
                continue
            for one in chunk:
                again = self._submit([one])
                if isinstance(self._wait(again), BrokenProcessPool):
                    self._stop(graceful=False)
                    again = Future()
                    again.set_exception(_WorkerDied("the worker process died while analysing this item "
                                                    "(killed by the OS, or out of memory?)"))
                redone.append(([one], again))
        pending.clear()
        pending.extend(redone)

    def _wait(self, future: Future[Any]) -> BaseException | None:
        """The future's exception (None: it has its outcomes), waiting for it to finish. An item cancelled when its
        pool was stopped counts as taken down with the pool (it runs again). A worker that died unnoticed (killed
        while sending a result: the pool's reader waits on the message cut short while the other workers keep
        the pipe open) makes the pool stop (``_kill_workers``), so that the future fails as taken down with it."""
        while True:
            try:
                return future.exception(timeout=_WATCH)
            except CancelledError:
                return BrokenProcessPool("the item was cancelled when its pool stopped")
            except FutureTimeout:
                if self.pool is not None and any(not p.is_alive() for p in _workers(self.pool)):
                    _kill_workers(self.pool)

    def _stop(self, *, graceful: bool) -> None:
        pool, self.pool = self.pool, None
        if pool is None:
            return
        if not graceful:  # interrupted or broken: workers stop now, not after their current page
            _kill_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers, and close the parent's end of the pipe they send results on: a worker killed
    while sending a result leaves a message cut short, which the pool's reader thread would wait on for ever
    (and shutdown with it) while a writer stays open; with every writer closed it reads the end of the pipe,
    finds the pool broken and stops. (The executor keeps both in private attributes; without them, the pool
    is shut down as before.)"""
    processes = _workers(pool)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(5)
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()


def _workers(pool: ProcessPoolExecutor) -> list[Any]:
    """The pool's worker processes (the executor keeps them in a private attribute; none when it is gone)."""
    return list((getattr(pool, "_processes", None) or {}).values())


class _WorkerDied(StageError):
    """Recorded as StageError: the worker running the item died twice."""


def _id_of(item: Any, index: int) -> Any:
    try:
        return split_item(item, index)[0]
    except InputError:
        return index


def _failed(index: int, item: Any, exc: BaseException) -> ErrorRecord:
    error = "StageError" if isinstance(exc, StageError) else type(exc).__name__
    return ErrorRecord(id=_plain_id(_id_of(item, index)), error=error, message=str(exc), index=index)
