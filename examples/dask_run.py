"""Analyse pages on a local Dask cluster of two worker processes, and check the result against one process.

    pip install -e '.[dask]' && python examples/dask_run.py [DIR]

The same pattern scales out: point ``Client`` at a real scheduler, and read the pages from object storage
instead of a directory. Spark is the same idea: ``rdd.mapPartitions(zhnews.compose.analyze_partition)``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

from zhnews.compose import analyze_partition


def load(folder: Path) -> list[tuple[str, bytes]]:
    pages = [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.suffix in (".html", ".txt")]
    return [*pages, ("broken.html", b"\x00\x01 not a page")]


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "pages"
    items = load(folder) * 4
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        bag = db.from_sequence(items, npartitions=4)
        records = bag.map_partitions(analyze_partition).compute()
    local = analyze_partition(items)  # the same function over all items in this process
    assert records == local, "the cluster's results differ from one process"
    ok = sum(1 for r in records if "article" in r)
    print(f"{len(records)} pages on 2 Dask workers: {ok} analysed, {len(records) - ok} error records; "
          "same as one process")


if __name__ == "__main__":
    main()
