"""Where ``analyze`` spends its time on one long text: each stage's seconds and the garbage collector's share.

    python benchmarks/bench_stages.py [--mb 10] [--src PATH] [--runs 1]

The text is ``hostile_inputs._dump`` (a plain-text dump of our own sentences) of ``--mb`` megabytes. Each run
is a fresh process: a warm-up call, then ``parse_page`` and the entities, slogans and facts stages one after
another, as ``analyze`` runs them. ``gc.callbacks`` time every collection (full ones apart); wall and CPU
seconds are both printed, since a busy second core moves the wall time. ``--src`` runs another checkout's
``src`` (``git archive REV | tar -x -C DIR``) for a back-to-back comparison.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = r"""
import gc, sys, time
sys.path.insert(0, {src!r})
sys.path.insert(0, {here!r})
import zhnews
from zhnews import stages
from zhnews.types import Analysis
from hostile_inputs import _dump
assert zhnews.__file__.startswith({src!r}), zhnews.__file__
raw = _dump({size})
zhnews.analyze("园区新闻\n2024-01-05\n园区今年新增入驻企业45家，总投资约12亿元。")
spent = {{"all": 0.0, "full": 0.0}}
began = [0.0]

def clock(phase, info):
    if phase == "start":
        began[0] = time.perf_counter()
        return
    took = time.perf_counter() - began[0]
    spent["all"] += took
    spent["full"] += took if info["generation"] == 2 else 0.0

gc.callbacks.append(clock)
wall, cpu = time.perf_counter(), time.process_time()
rows = []
t, g = wall, 0.0
result = Analysis(article=zhnews.parse_page(raw))
rows.append(("parse", time.perf_counter() - t, spent["all"] - g))
for stage in (stages.entities, stages.slogans, stages.facts):
    t, g = time.perf_counter(), spent["all"]
    result = stage(result)
    rows.append((stage.name, time.perf_counter() - t, spent["all"] - g))
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
mb = len(raw.encode("utf-8")) / 1e6
print(f"wall {{wall:.2f}} s ({{wall / mb:.3f}} s/MB) cpu {{cpu:.2f}} s ({{cpu / mb:.3f}} s/MB) "
      f"gc {{spent['all']:.2f}} s (full {{spent['full']:.2f}}) | "
      + " ".join(f"{{name}} {{s:.2f}} (gc {{g:.2f}})" for name, s, g in rows))
"""


def run(child: str, src: Path, mb: float) -> str:
    """One fresh process's line of figures: ``child`` (a template of ``src``, ``here`` and ``size``) run with
    ``src`` on a dump of ``mb`` megabytes."""
    code = child.format(src=str(src.resolve()), here=str(HERE), size=int(mb * 1e6))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def interleaved(child: str, description: str, default_mb: float, argv: list[str] | None) -> int:
    """The command line of the dump benchmarks (--mb, --src repeated, --runs): each src's figures, interleaved."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--mb", type=float, default=default_mb, help="size of the dump in megabytes")
    parser.add_argument("--src", action="append", type=Path,
                        help="a src folder to run (repeat to interleave several; default this checkout's)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each src, interleaved")
    args = parser.parse_args(argv)
    sources = args.src or [HERE.parent / "src"]
    for _ in range(args.runs):
        for src in sources:
            print(f"{src}: {run(child, src, args.mb)}", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    return interleaved(_CHILD, __doc__.split("\n")[0], 10.0, argv)


if __name__ == "__main__":
    raise SystemExit(main())
