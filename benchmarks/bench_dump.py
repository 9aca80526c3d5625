"""One ``analyze`` call on a text dump of any size: seconds and peak resident memory (issue 12's 31 MB bar).

    python benchmarks/bench_dump.py [--mb 31] [--src PATH ...] [--runs 1]

The text is ``hostile_inputs._dump`` of ``--mb`` megabytes, analysed in a fresh process after a warm-up call
(as hostile_inputs runs its inputs), so the peak is that call's. ``--src`` runs another checkout's ``src``
(``git archive REV | tar -x -C DIR``); several are run interleaved, ``--runs`` times each.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_stages import interleaved  # this folder, put on the path above when run from elsewhere

_CHILD = r"""
import resource, sys, time
sys.path.insert(0, {src!r})
sys.path.insert(0, {here!r})
import zhnews
from hostile_inputs import _dump
assert zhnews.__file__.startswith({src!r}), zhnews.__file__
raw = _dump({size})
mb = len(raw.encode("utf-8")) / 1e6
zhnews.analyze("园区新闻\n2024-01-05\n园区今年新增入驻企业45家，总投资约12亿元。")
wall, cpu = time.perf_counter(), time.process_time()
result = zhnews.analyze(raw)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{mb:.1f}} MB: wall {{wall:.1f}} s ({{wall / mb:.3f}} s/MB) cpu {{cpu:.1f}} s, peak {{peak:.0f}} MB; "
      f"{{len(result.entities)}} entities, {{len(result.facts)}} facts")
"""


def main(argv: list[str] | None = None) -> int:
    return interleaved(_CHILD, __doc__.split("\n")[0], 31.0, argv)


if __name__ == "__main__":
    raise SystemExit(main())
