"""Command line: ``zhnews parse|analyze PATH... | -``.

Inputs: files, directories (recursive) and glob patterns (of the page kinds, see ``--ext``), JSON Lines files
(``.jsonl``, one page per line in an ``html`` or ``text`` field, with an optional ``id`` and ``url``), and ``-``
for stdin (a page, or JSON Lines). Every input gives one output record, in input order: the article or analysis,
or an error row (``id``, ``index``, ``error``, ``message``; with ``--errors FILE`` the error rows go there).
Failures are also reported on stderr; a summary (pages, ok, failed, pages/s) closes the run, with a progress
bar while it runs when stderr is a terminal.

Exit codes: 0 every input was read; 1 some input failed (or the output could not be written); 2 a usage
error or nothing to do (a missing path, a glob or folder with no page); 130 interrupted (Ctrl-C, SIGTERM),
after writing every finished record and the summary.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import __version__

log = logging.getLogger("zhnews.cli")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EXAMPLES = """examples:
  zhnews parse examples/pages/portal_page.html
  zhnews analyze pages/ -o analyses.jsonl --jobs 2      (the page files below pages/)
  zhnews analyze 'crawl/*.html' --errors failed.jsonl --format csv -o out.csv
  zhnews analyze dump.jsonl --types ORG,LAB --lexicon names.tsv
  cat page.txt | zhnews parse -

exit codes: 0 all ok, 1 some input failed, 2 usage error or nothing to do, 130 interrupted
"""


class _Interrupts:
    """Ctrl-C and SIGTERM as KeyboardInterrupt, held back while a record is being written (so no record is
    left half-written)."""

    def __init__(self) -> None:
        self.holding = False
        self.pending = False

    def _handle(self, signum: int, frame: Any) -> None:
        if self.holding:
            self.pending = True
            return
        raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[None]:
        old = {s: signal.signal(s, self._handle) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for s, handler in old.items():
                signal.signal(s, handler)

    @contextmanager
    def held(self) -> Iterator[None]:
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
        if self.pending:
            raise KeyboardInterrupt


def _size(text: str) -> int:
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    text = text.strip().lower().removesuffix("b").removesuffix("i")
    scale = units.get(text[-1:], 1)
    try:
        value = float(text[:-1] if text[-1:] in units else text) * scale
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 32M, 500k, 1048576)") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the size must be at least 1 byte")
    return int(value)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def _extensions(text: str) -> frozenset[str] | None:
    parts = [p.strip().lower() for p in text.replace(",", " ").split() if p.strip()]
    if not parts or "*" in parts:
        return None
    return frozenset(p if p.startswith(".") else f".{p}" for p in parts)


def build_parser() -> argparse.ArgumentParser:
    from ._cli.inputs import DEFAULT_EXTENSIONS
    from ._cli.outputs import FORMATS
    from .page.parse import DEFAULT_MAX_BYTES

    parser = argparse.ArgumentParser(
        prog="zhnews", description="Chinese news pages to structured articles, entities, slogans and facts.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"zhnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (("parse", "pages (HTML or text dumps) to articles, one record each"),
                            ("analyze", "pages to articles with entities, slogans and numeric facts")):
        p = sub.add_parser(name, help=help_text, epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("paths", nargs="+", help="files, directories (recursive), globs, .jsonl files, or - for stdin")
        p.add_argument("-o", "--output", help="write here instead of stdout (its folder is created; for parquet, "
                                              "a folder of tables)")
        p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
        p.add_argument("--errors", metavar="FILE", help="write error rows here (JSON Lines), not in the output")
        p.add_argument("--ext", type=_extensions, default=frozenset(DEFAULT_EXTENSIONS),
                       help=f"file kinds read from folders and globs (default {','.join(DEFAULT_EXTENSIONS)}; "
                            "'*' for every file); a file named on the command line is always read")
        p.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES,
                       help=f"refuse pages larger than this (default {DEFAULT_MAX_BYTES >> 20}M; e.g. 64M)")
        p.add_argument("--url", help="the page's URL (recorded, and used as date evidence)")
        p.add_argument("--jobs", type=_positive, default=1, help="worker processes (default 1)")
        p.add_argument("--with-path", action="store_true", help="parse: add the input path to each record")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress, no per-page messages, no summary")
        p.add_argument("-v", "--verbose", action="store_true", help="debug messages")
        p.add_argument("--strict", action="store_true", help=argparse.SUPPRESS)  # exit 1 on failures is the default
        if name == "analyze":
            p.add_argument("--lexicon", metavar="TSV", help="your names, one 'name<TAB>TYPE' per line")
            p.add_argument("--types", help="keep only these entity types (e.g. ORG,LAB)")
    return parser


def _render(args: argparse.Namespace) -> Any:
    from ._cli.outputs import Render
    from .compose import Pipeline, pipeline
    from .stages import StageOptions

    if args.command == "parse":
        run = Pipeline(stages=(), options=StageOptions.build(max_bytes=args.max_bytes))
    else:
        run = pipeline(max_bytes=args.max_bytes, lexicon=args.lexicon, types=args.types)
    return Render(run=run, command=args.command, fmt=args.format, with_path=args.with_path)


def main(argv: Sequence[str] | None = None) -> int:
    from ._cli.inputs import UsageError, expand
    from ._cli.outputs import OutputError, open_sink
    from ._cli.progress import setup_logging
    from .errors import ZhnewsError

    args = build_parser().parse_args(argv)
    setup_logging(args.quiet, args.verbose)
    try:
        how = _render(args)
        skip = Path(args.output).resolve() if args.output else None
        sources = expand(args.paths, args.ext, skip)
        sink = open_sink(how, args.output, args.errors)
    except (UsageError, ZhnewsError, OutputError) as exc:
        log.error(str(exc))
        return EXIT_USAGE
    return _execute(args, how, sources, sink)


def _execute(args: argparse.Namespace, how: Any, sources: list[Any], sink: Any) -> int:
    from ._batch import run_stream
    from ._cli.inputs import items
    from ._cli.outputs import OutputClosed, OutputError
    from ._cli.progress import Progress
    from .types import ErrorRecord

    progress = Progress(sum(s.size for s in sources), args.quiet)
    sizes: deque[int] = deque()

    def stream() -> Iterator[tuple[Any, Any]]:
        for item_id, item, n_bytes in items(sources, args.url, args.max_bytes):
            sizes.append(n_bytes)
            yield item_id, item

    interrupts = _Interrupts()
    outcomes = run_stream(stream(), how, args.jobs, args.jobs * 8)
    code, note = EXIT_OK, ""
    try:
        with interrupts.installed():
            for outcome, _ in outcomes:
                failed = isinstance(outcome, ErrorRecord)
                if failed:
                    log.warning(f"{outcome.id}: {outcome.error}: {outcome.message}")
                with interrupts.held():  # a record written is a record counted: an interrupt waits for both
                    sink.add(outcome)
                    progress.step(not failed, sizes.popleft() if sizes else 0)
    except KeyboardInterrupt:
        code, note = EXIT_INTERRUPTED, " (interrupted)"
    except OutputClosed:
        code, note = EXIT_OK, None
    except OutputError as exc:
        log.error(str(exc))
        code, note = EXIT_FAILED, " (stopped: the output could not be written)"
    finally:
        outcomes.close()  # stops the workers
        try:
            sink.close()
        except OutputError as exc:
            log.error(str(exc))
            code = code or EXIT_FAILED
    if note is None:  # the reader of stdout left: no summary, nothing more on stdout
        _silence_stdout()
        return code
    progress.summary(note)
    if code == EXIT_OK and progress.failed:
        code = EXIT_FAILED
    return code


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
