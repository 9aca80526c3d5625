"""Analyse every page in a directory into JSON Lines and Parquet tables.

    pip install -e '.[parquet]' && python examples/analyze_directory.py [DIR] [OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import zhnews


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "pages"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("zhnews-out")
    out.mkdir(parents=True, exist_ok=True)
    items = [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.suffix in (".html", ".txt")]
    results = list(zhnews.pipe(items, on_error="record"))
    n = zhnews.write_jsonl(results, out / "analyses.jsonl")
    for kind, rows in zhnews.tables(results).items():
        pd.DataFrame(rows).to_parquet(out / f"{kind}.parquet", index=False)
    print(f"{n} pages → {out}/analyses.jsonl and {', '.join(k + '.parquet' for k in zhnews.tables(results))}")


if __name__ == "__main__":
    main()
