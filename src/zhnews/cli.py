"""Command line: ``zhnews parse|analyze PATH... | -``.

Inputs: files, directories (recursive), glob patterns, JSON Lines files (``.jsonl``, one page per line in
an ``html`` or ``text`` field, with an optional ``id`` and ``url``), and ``-`` for stdin (a page, or JSON
Lines). Each page becomes one JSON line on stdout or in ``-o FILE``. A page that cannot be read or holds no
article is reported on stderr and skipped. A summary (pages, ok, failed, pages/s) closes the run on stderr,
with a progress counter while it runs when stderr is a terminal.

Exit codes: 0 when the run finished (1 with ``--strict`` when some page failed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__

EXAMPLES = """examples:
  zhnews parse examples/pages/portal_page.html
  zhnews analyze pages/ -o analyses.jsonl --jobs 2      (every file below pages/)
  zhnews analyze 'crawl/*.html' --strict
  zhnews analyze dump.jsonl                             (lines with an "html" or "text" field)
  cat page.txt | zhnews parse -
"""


class _Counter:
    def __init__(self, err: TextIO) -> None:
        self.ok = 0
        self.failed = 0
        self.err = err
        self.live = err.isatty()
        self.started = time.perf_counter()

    def fail(self, name: Any, message: str) -> None:
        self.failed += 1
        self._clear()
        print(f"zhnews: {name}: {message}", file=self.err)

    def done(self) -> None:
        self.ok += 1
        if self.live and (self.ok + self.failed) % 10 == 0:
            print(f"\r{self.ok + self.failed} pages…", end="", file=self.err, flush=True)

    def _clear(self) -> None:
        if self.live:
            print("\r" + " " * 30 + "\r", end="", file=self.err)

    def summary(self) -> None:
        self._clear()
        total = self.ok + self.failed
        secs = time.perf_counter() - self.started
        rate = total / secs if secs > 0 else 0.0
        print(f"zhnews: {total} pages, {self.ok} ok, {self.failed} failed, {rate:.1f} pages/s", file=self.err)


def _expand(items: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    for item in items:
        if item == "-":
            yield "-", None
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield str(child), child
        elif not path.exists() and any(ch in item for ch in "*?["):
            for match in sorted(glob.glob(item, recursive=True)):
                if Path(match).is_file():
                    yield match, Path(match)
        else:
            yield item, path


def _pages(args: argparse.Namespace, counter: _Counter) -> Iterator[tuple[Any, dict[str, Any]]]:
    """(id, {"raw": …, "url": …}) for every page named on the command line."""
    output = Path(args.output).resolve() if args.output else None
    for name, path in _expand(args.paths):
        if path is not None and output is not None and path.resolve() == output:
            continue  # never read back the file being written
        try:
            data = sys.stdin.buffer.read() if path is None else path.read_bytes()
        except OSError as exc:
            counter.fail(name, f"cannot read: {exc.strerror or exc}")
            continue
        if name.endswith(".jsonl") or (path is None and data.lstrip().startswith(b"{")):
            yield from _jsonl(name, data, counter)
        else:
            yield name, {"raw": data, "url": args.url}


def _jsonl(name: str, data: bytes, counter: _Counter) -> Iterator[tuple[Any, dict[str, Any]]]:
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            counter.fail(where, f"not a JSON object: {exc}")
            continue
        raw = record.get("html") if isinstance(record, dict) else None
        raw = raw if raw is not None else (record.get("text") if isinstance(record, dict) else None)
        if not isinstance(raw, str):
            counter.fail(where, 'no "html" or "text" field holding the page')
            continue
        yield record.get("id", where), {"raw": raw, "url": record.get("url")}


def _run(args: argparse.Namespace, out: TextIO) -> int:
    from .compose import ErrorRecord, Pipeline, pipe, pipeline

    counter = _Counter(sys.stderr)
    run = Pipeline(stages=()) if args.command == "parse" else pipeline()
    for result in pipe(_pages(args, counter), n_process=args.jobs, on_error="record", run=run):
        if isinstance(result, ErrorRecord):
            counter.fail(result.id, f"{result.error}: {result.message}")
            continue
        record = result.article.to_dict() if args.command == "parse" else result.to_dict()
        if args.command == "parse" and args.with_path:
            record = {"path": result.id, **record}
        out.write(json.dumps(record, ensure_ascii=False, indent=2 if args.pretty else None) + "\n")
        counter.done()
    counter.summary()
    return 1 if (args.strict and counter.failed) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhnews", description="Chinese news pages to structured articles, entities, slogans and facts.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"zhnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (("parse", "pages (HTML or text dumps) to articles, one JSON line each"),
                            ("analyze", "pages to articles with entities, slogans and numeric facts")):
        p = sub.add_parser(name, help=help_text, epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("paths", nargs="+", help="files, directories (recursive), globs, .jsonl files, or - for stdin")
        p.add_argument("-o", "--output", help="write JSON lines here instead of stdout")
        p.add_argument("--url", help="the page's URL (recorded, and used as date evidence)")
        p.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
        p.add_argument("--strict", action="store_true", help="exit 1 when any page failed")
        p.add_argument("--pretty", action="store_true", help="indent the JSON")
        p.add_argument("--with-path", action="store_true", help="parse: add the input path to each record")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.jobs < 1:
        build_parser().error("--jobs must be at least 1")
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            return _run(args, fh)
    return _run(args, sys.stdout)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
