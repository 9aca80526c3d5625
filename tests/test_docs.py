"""Every ```python block in docs/ and the README runs (```python-template blocks need the reader's data)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
FILES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
BLOCKS = [(path, i, code) for path in FILES for i, code in enumerate(BLOCK.findall(path.read_text("utf-8")))]


@pytest.mark.parametrize(("path", "index", "code"), BLOCKS, ids=[f"{p.name}#{i}" for p, i, _ in BLOCKS])
def test_doc_block_runs(path: Path, index: int, code: str) -> None:
    exec(compile(code, f"{path.name}#{index}", "exec"), {"__name__": "__doc_block__"})


def test_there_are_runnable_blocks() -> None:
    assert len(BLOCKS) >= 4
