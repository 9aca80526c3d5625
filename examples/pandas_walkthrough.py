"""From pages to pandas: which numeric facts and entities a set of pages holds.

    pip install -e '.[pandas]' && python examples/pandas_walkthrough.py [DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import zhnews

folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "pages"
items = [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.suffix in (".html", ".txt")]
t = zhnews.tables(zhnews.pipe(items, on_error="record"))
facts = pd.DataFrame(t["facts"])
entities = pd.DataFrame(t["entities"])
print(facts[["id", "text", "value", "unit", "qualifier", "measure"]].to_string(index=False))
print()
print(entities.groupby("type")["canonical"].nunique().rename("distinct names").to_string())
money = facts[facts["kind"] == "currency"]
print(f"\nmoney stated: {money['value'].sum():,.0f} in {len(money)} facts")
