"""Command line: ``zhnews parse PATH... | -``.

Each page becomes one JSON line (``json.dumps(article.to_dict(), ensure_ascii=False)``) on stdout
or in ``-o FILE``. A page that cannot be read or holds no article is reported on stderr and
skipped; the exit code is 0 when every page parsed, 1 when some failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__

EXAMPLES = """examples:
  zhnews parse examples/portal_page.html
  zhnews parse --pretty page.html
  zhnews parse pages/ -o articles.jsonl        (every file below pages/)
  cat dump.txt | zhnews parse -
"""


def _paths(items: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    for item in items:
        if item == "-":
            yield "-", None
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield str(child), child
        else:
            yield item, path


def _parse(args: argparse.Namespace, out: TextIO) -> int:
    from .errors import ZhnewsError
    from .page.parse import parse_page

    ok = failed = 0
    output = Path(args.output).resolve() if args.output else None
    for name, path in _paths(args.paths):
        if path is not None and output is not None and path.resolve() == output:
            continue  # never read back the file being written
        try:
            raw = sys.stdin.buffer.read() if path is None else path.read_bytes()
            article = parse_page(raw, url=args.url)
        except (OSError, ZhnewsError) as exc:
            failed += 1
            print(f"zhnews: {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        ok += 1
        record = article.to_dict()
        if args.with_path:
            record = {"path": name, **record}
        out.write(json.dumps(record, ensure_ascii=False, indent=2 if args.pretty else None) + "\n")
    if failed:
        print(f"zhnews: {ok} parsed, {failed} failed", file=sys.stderr)
    return 0 if failed == 0 else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhnews", description="Chinese news pages to structured articles.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"zhnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse pages (HTML or text dumps) into articles, one JSON line each",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", help="files, directories (recursive) or - for stdin")
    p.add_argument("-o", "--output", help="write JSON lines here instead of stdout")
    p.add_argument("--url", help="the page's URL (recorded, and used as date evidence)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--with-path", action="store_true", help="add the input path to each record")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "parse":
        if args.output:
            with open(args.output, "w", encoding="utf-8") as fh:
                return _parse(args, fh)
        return _parse(args, sys.stdout)
    return 2  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
