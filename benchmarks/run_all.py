"""Regenerate benchmarks/RESULTS.md: every evaluation and benchmark script, each with --write.

    pip install -e ".[dev]" && python benchmarks/run_all.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["eval_pages.py", "bench_pages.py", "eval_numeric.py", "eval_facts.py", "eval_entities.py",
           "eval_real_entities.py", "eval_ner.py --anchors", "bench_extract.py", "bench_pipeline.py",
           "bench_resources.py", "bench_cli.py", "hostile_inputs.py", "bench_scaling.py", "bench_scaling_facts.py"]


def main() -> int:
    for script in SCRIPTS:
        print(f"== {script}", flush=True)
        name, *options = script.split()
        done = subprocess.run([sys.executable, str(HERE / name), *options, "--write"], check=False)
        if done.returncode:
            print(f"{script} exited {done.returncode}")
            return done.returncode
    print(f"wrote {HERE / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
