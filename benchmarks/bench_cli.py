"""The command line over 540 pages: ``--jobs 2`` against ``--jobs 1`` (wall time, speed-up, same output).

    python benchmarks/bench_cli.py [--pages 540] [--jobs 2] [--write]

Pages: the shared corpus's HTML pages (skips when ../shared/corpus is absent), repeated to ``--pages`` files
in a temporary folder (the corpus is read by path, never copied into the repository). Each run is
``python -m zhnews.cli analyze FOLDER -o OUT -q --jobs N`` in a fresh process, start-up included.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
sys.path.insert(0, str(HERE))

from eval_pages import corpus_dir, write_section  # noqa: E402


def _pages(n: int, folder: Path) -> int:
    corpus = corpus_dir()
    pages = sorted(corpus.rglob("*.html")) if corpus else []
    if not pages:
        return 0
    for i in range(n):
        source = pages[i % len(pages)]
        shutil.copyfile(source, folder / f"{i:04d}_{source.name}")
    return len(pages)


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the run and its workers)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    cpu, started = _cpu(), time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "zhnews.cli", "analyze", str(folder), "-o", str(out), "-q",
                           "--jobs", str(jobs)], env=env, check=False, capture_output=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"zhnews exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return seconds, _cpu() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=540)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        distinct = _pages(args.pages, folder)
        if not distinct:
            print("skipped: ../shared/corpus is absent")
            return 0
        load = os.getloadavg()[0]
        one, one_cpu = _run(folder, Path(tmp) / "one.jsonl", 1)
        many, many_cpu = _run(folder, Path(tmp) / "many.jsonl", args.jobs)
        same = (Path(tmp) / "one.jsonl").read_bytes() == (Path(tmp) / "many.jsonl").read_bytes()
    text = (f"{args.pages} pages ({distinct} distinct corpus pages repeated), {os.cpu_count()} cores, load "
            f"average {load:.1f} before the runs: --jobs 1 {one:.2f} s ({args.pages / one:.1f} pages/s, "
            f"{one_cpu:.1f} CPU s), --jobs {args.jobs} {many:.2f} s ({args.pages / many:.1f} pages/s, {many_cpu:.1f} "
            f"CPU s, {many_cpu / many:.2f} cores busy): speed-up {one / many:.2f}x; same output: {same}")
    print(text)
    if args.write:
        write_section("cli", "Command line, --jobs", f"`python benchmarks/bench_cli.py --write`\n\n{text}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
