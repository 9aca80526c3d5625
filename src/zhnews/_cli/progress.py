"""Progress and the closing summary of a command-line run, on stderr through :mod:`logging`; the live bar
(count, rate, share of the input read, ETA) only when stderr is a terminal."""

from __future__ import annotations

import logging
import sys
import time
from typing import TextIO

__all__ = ["Progress", "setup_logging"]

log = logging.getLogger("zhnews.cli")


class _BarAwareHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes log lines to stderr, clearing the live bar first."""

    progress: Progress | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.progress is not None:
            self.progress.clear()
        super().emit(record)


_handler: _BarAwareHandler | None = None


def setup_logging(quiet: bool, verbose: bool) -> None:
    """``zhnews: message`` lines on stderr: warnings (failed pages) and the summary; ``--quiet`` keeps errors
    only, ``--verbose`` adds debug lines."""
    global _handler
    logger = logging.getLogger("zhnews")
    if _handler is not None:
        logger.removeHandler(_handler)
    _handler = _BarAwareHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("zhnews: %(message)s"))
    logger.addHandler(_handler)
    logger.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False


class Progress:
    """Counts results; draws a bar on a terminal at most five times a second."""

    def __init__(self, total_bytes: int, quiet: bool, err: TextIO | None = None) -> None:
        self.err = err or sys.stderr
        self.live = not quiet and self.err.isatty()
        self.total = total_bytes
        self.done_bytes = 0
        self.ok = 0
        self.failed = 0
        self.started = time.perf_counter()
        self._drawn = 0.0
        self._width = 0
        if _handler is not None:
            _handler.progress = self

    def step(self, ok: bool, n_bytes: int) -> None:
        if ok:
            self.ok += 1
        else:
            self.failed += 1
        self.done_bytes += n_bytes
        now = time.perf_counter()
        if self.live and now - self._drawn > 0.2:
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        n = self.ok + self.failed
        rate = n / max(now - self.started, 1e-9)
        line = f"{n:,} pages, {self.failed:,} failed, {rate:.1f} pages/s"
        if self.total and self.done_bytes:
            share = min(self.done_bytes / self.total, 1.0)
            eta = (now - self.started) * (1 - share) / share
            bar = "#" * int(share * 20)
            line = f"[{bar:.<20}] {share:4.0%} {line}, ETA {int(eta) // 60}:{int(eta) % 60:02d}"
        self._width = max(self._width, len(line))
        print("\r" + line.ljust(self._width), end="", file=self.err, flush=True)

    def clear(self) -> None:
        if self.live and self._width:
            print("\r" + " " * self._width + "\r", end="", file=self.err, flush=True)
            self._width = 0

    def summary(self, note: str = "") -> None:
        self.clear()
        total = self.ok + self.failed
        secs = time.perf_counter() - self.started
        rate = total / secs if secs > 0 else 0.0
        log.info(f"{total} pages, {self.ok} ok, {self.failed} failed, {rate:.1f} pages/s{note}")
