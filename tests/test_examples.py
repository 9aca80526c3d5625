"""Every example script runs, as a user would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}


def _run(script: str, *args: str, cwd: Path) -> str:
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / script), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, env=ENV)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_custom_lexicon(tmp_path) -> None:
    out = _run("custom_lexicon.py", cwd=tmp_path)
    assert "('先进封装厂', 'PLATFORM')" in out.splitlines()[1] and "先进封装厂" not in out.splitlines()[0]


def test_analyze_directory_writes_jsonl_and_parquet(tmp_path) -> None:
    pytest.importorskip("pyarrow")
    _run("analyze_directory.py", str(ROOT / "examples" / "pages"), str(tmp_path / "out"), cwd=tmp_path)
    import pandas as pd

    facts = pd.read_parquet(tmp_path / "out" / "facts.parquet")
    assert {"id", "value", "unit", "measure"} <= set(facts.columns) and len(facts) > 0
    assert (tmp_path / "out" / "analyses.jsonl").read_text(encoding="utf-8").count("\n") == 3


def test_pandas_walkthrough(tmp_path) -> None:
    pytest.importorskip("pandas")
    out = _run("pandas_walkthrough.py", cwd=tmp_path)
    assert "money stated:" in out


def test_dask_on_two_worker_processes(tmp_path) -> None:
    pytest.importorskip("distributed")
    out = _run("dask_run.py", cwd=tmp_path)
    assert "on 2 Dask workers" in out and "same as one process" in out
