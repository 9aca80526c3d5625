"""Every ```python block in docs/ and the README runs (```python-template blocks need the reader's data)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
FILES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
BLOCKS = [(path, i, code) for path in FILES for i, code in enumerate(BLOCK.findall(path.read_text("utf-8")))]


OPTIONAL = ("dask", "distributed", "pyspark")  # a script block that needs one of these skips without it


@pytest.mark.parametrize(("path", "index", "code"), BLOCKS, ids=[f"{p.name}#{i}" for p, i, _ in BLOCKS])
def test_doc_block_runs(path: Path, index: int, code: str, tmp_path: Path) -> None:
    if 'if __name__ == "__main__":' not in code:
        exec(compile(code, f"{path.name}#{index}", "exec"), {"__name__": "__doc_block__"})
        return
    # a script: saved to a file and run from the checkout's root, as the docs say
    needs = [m for m in OPTIONAL if f"import {m}" in code or f"from {m}" in code]
    for module in needs:
        pytest.importorskip(module)
    if "pyspark" in needs and shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime")
    script = tmp_path / f"{path.stem}_{index}.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]


def test_there_are_runnable_blocks() -> None:
    assert len(BLOCKS) >= 4


def _schema_fields() -> dict[str, list[str]]:
    """Field names per type, as the tables of docs/schema.md list them."""
    out: dict[str, list[str]] = {}
    current = None
    for line in (ROOT / "docs" / "schema.md").read_text("utf-8").splitlines():
        if line.startswith("#"):
            current = line.lstrip("#").strip()
        elif line.startswith("| `") and current:
            out.setdefault(current, []).append(line.split("`")[1])
    return out


def test_the_output_schema_lists_every_field_of_every_type() -> None:
    import dataclasses

    from zhnews.types import Analysis, Article, Credit, Entity, ErrorRecord, NumericFact, Paragraph, Slogan

    documented = _schema_fields()
    for cls in (Analysis, Article, Paragraph, Credit, Entity, Slogan, NumericFact, ErrorRecord):
        assert documented.get(cls.__name__) == [f.name for f in dataclasses.fields(cls)], cls.__name__
