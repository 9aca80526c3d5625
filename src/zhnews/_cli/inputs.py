"""The command line's inputs: paths, directories and globs filtered by extension, files read with their size
checked first, JSON Lines streamed line by line. Every input becomes one item, a page or a failure, in order."""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, InputTooLargeError

__all__ = ["DEFAULT_EXTENSIONS", "Failed", "Source", "UsageError", "expand", "items"]

#: The page kinds read from directories and globs unless ``--ext`` says otherwise.
DEFAULT_EXTENSIONS = (".html", ".htm", ".shtml", ".xhtml", ".txt", ".jsonl")
_GLOB_CHARS = "*?["


class UsageError(Exception):
    """A command line that names nothing to read (exit code 2)."""


@dataclass(frozen=True, slots=True)
class Source:
    """A file to read (``path``), or stdin (``path is None``); ``size`` is its size on disk, if known."""

    name: str
    path: Path | None
    size: int = 0


@dataclass(frozen=True, slots=True)
class Failed:
    """An input that failed before analysis; it is raised in the worker, so it takes its place in order."""

    error: InputError


def _wanted(path: Path, extensions: frozenset[str] | None) -> bool:
    return extensions is None or path.suffix.lower() in extensions


def _files_below(folder: Path, extensions: frozenset[str] | None) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and _wanted(p, extensions))


def expand(paths: Sequence[str], extensions: frozenset[str] | None, skip: Path | None = None) -> list[Source]:
    """Every input the command line names. A file named explicitly is read whatever its extension;
    directories (recursive) and globs give the files with a wanted extension. A missing path, or a glob,
    directory or whole command line with nothing to read, is a :class:`UsageError`."""
    out: list[Source] = []
    for item in paths:
        if item == "-":
            out.append(Source("-", None))
            continue
        path = Path(item)
        if path.is_dir():
            found = _files_below(path, extensions)
        elif path.exists():
            found = [path]
        elif any(ch in item for ch in _GLOB_CHARS):
            found = [Path(m) for m in sorted(glob.glob(item, recursive=True))
                     if Path(m).is_file() and _wanted(Path(m), extensions)]
            if not found:
                raise UsageError(f"no file matches {item}" + _ext_hint(extensions))
        else:
            raise UsageError(f"no such file or directory: {item}")
        if not found:
            raise UsageError(f"no page under {item}" + _ext_hint(extensions))
        out.extend(Source(str(p), p, _size(p)) for p in found if skip is None or p.resolve() != skip)
    if not out:
        raise UsageError("nothing to read")
    return out


def _ext_hint(extensions: frozenset[str] | None) -> str:
    return "" if extensions is None else f" with an extension of {' '.join(sorted(extensions))} (see --ext)"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def items(sources: Sequence[Source], url: str | None, max_bytes: int) -> Iterator[tuple[Any, Any, int]]:
    """(id, item for the pipeline, bytes consumed) for every page of every source, in order."""
    for source in sources:
        if source.path is None:
            yield from _stdin(url, max_bytes)
            continue
        if source.name.lower().endswith(".jsonl"):
            try:
                with open(source.path, "rb") as fh:
                    yield from _jsonl(source.name, fh, max_bytes)
            except OSError as exc:
                yield source.name, Failed(InputError(f"cannot read: {exc.strerror or exc}")), source.size
            continue
        yield source.name, _read(source.path, max_bytes, url), source.size


def _read(path: Path, max_bytes: int, url: str | None) -> Any:
    """The page's bytes, never more than ``max_bytes`` + 1 of them read (``/dev/zero`` is refused, not read)."""
    try:
        if path.stat().st_size > max_bytes:
            return Failed(_too_large(max_bytes))
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return Failed(InputError(f"cannot read: {exc.strerror or exc}"))
    if len(data) > max_bytes:
        return Failed(_too_large(max_bytes))
    return {"raw": data, "url": url}


def _too_large(max_bytes: int) -> InputTooLargeError:
    return InputTooLargeError(f"the page is over the bound of {max_bytes:,} bytes: raise --max-bytes or split it")


def _stdin(url: str | None, max_bytes: int) -> Iterator[tuple[Any, Any, int]]:
    stream = sys.stdin.buffer
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"{"):
        yield from _jsonl("-", stream, max_bytes)
        return
    data = stream.read(max_bytes + 1)
    item = Failed(_too_large(max_bytes)) if len(data) > max_bytes else {"raw": data, "url": url}
    yield "-", item, len(data)


def _jsonl(name: str, fh: IO[bytes], max_bytes: int) -> Iterator[tuple[Any, Any, int]]:
    """One item per non-blank line, each line read with a bound (a longer line is refused and skipped)."""
    number = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        where = f"{name}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            skipped = len(line) + _skip_line(fh)
            yield where, Failed(_too_large(max_bytes)), skipped
            continue
        if line.strip():
            item_id, item = _record(where, line)
            yield item_id, item, len(line)


def _skip_line(fh: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _record(where: str, line: bytes) -> tuple[Any, Any]:
    try:
        record = json.loads(line.decode("utf-8", errors="replace"))
    except ValueError as exc:
        return where, Failed(InputError(f"not a JSON object: {exc}"))
    if not isinstance(record, dict):
        return where, Failed(InputError("not a JSON object"))
    raw = record.get("html") if record.get("html") is not None else record.get("text")
    item_id = record.get("id", where)
    if not isinstance(item_id, (str, int, float)):
        item_id = where
    if not isinstance(raw, str):
        return item_id, Failed(InputError('no "html" or "text" field holding the page'))
    return item_id, {"raw": raw, "url": record.get("url")}  # a url that is no str is refused by parse_page
