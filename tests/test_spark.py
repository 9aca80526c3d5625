"""Spark for real: analyze_partition in PySpark local mode over the corpus pages gives pipe()'s records.

Skips cleanly when pyspark, a Java runtime or ../shared/corpus is absent (.ci/run installs the first two).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

import zhnews
from zhnews.compose import analyze_partition

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("ZHNEWS_CORPUS", ROOT.parent / "shared" / "corpus"))

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("no Java runtime (java) on PATH", allow_module_level=True)
if not (CORPUS / "pages").is_dir():
    pytest.skip("../shared/corpus is absent", allow_module_level=True)


def _items() -> list[tuple[str, bytes]]:
    pages = sorted(CORPUS.rglob("*.html"))[:40]
    return [(p.name, p.read_bytes()) for p in pages] + [("broken", b"\x00\x01 not a page"), ("blank", b"  ")]


def _where(_: object) -> list[str]:
    return [zhnews.__file__]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    saved = {k: os.environ.get(k) for k in ("PYTHONPATH", "PYSPARK_PYTHON")}
    # the executors' Python imports zhnews from this checkout, as the driver does
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("zhnews-test")
               .config("spark.ui.enabled", "false").config("spark.driver.memory", "1g").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def test_analyze_partition_on_spark_gives_the_records_of_pipe(spark) -> None:
    items = _items()
    rdd = spark.sparkContext.parallelize(items, numSlices=4)
    assert rdd.mapPartitions(_where).collect()[0].startswith(str(ROOT / "src"))
    records = rdd.mapPartitions(analyze_partition).collect()
    local = [r.to_dict() for r in zhnews.pipe(items, on_error="record")]
    for r in local:
        if "error" in r:
            r["index"] = None  # a partition does not know an item's place in the whole stream
    assert len(records) == len(items) and records == local
    assert sum("article" in r for r in records) >= 30 and records[-1]["error"] == "EmptyInputError"
