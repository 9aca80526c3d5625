"""The command line and the example script, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zhnews.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "pages" / "portal_page.html"


def test_parse_prints_one_json_line(capsys) -> None:
    assert main(["parse", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    record = json.loads(out[0])
    assert record["title"] == "城西科创走廊今年新增省级重点实验室三家"
    assert record["published"] == "2023-11-27T08:45:10+08:00"
    assert [c["name"] for c in record["credits"] if c["kind"] == "author"] == ["沈嘉禾", "方可"]


def test_directory_and_bad_files_are_reported_and_skipped(tmp_path, capsys) -> None:
    (tmp_path / "a.html").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "empty.txt").write_text("   ")
    (tmp_path / "sub" / "nav.html").write_text("<html><body><a href='/'>首页</a><a href='/x'>新闻</a></body></html>")
    out_file = tmp_path / "out.jsonl"
    code = main(["parse", str(tmp_path), "-o", str(out_file), "--with-path", "--strict"])
    captured = capsys.readouterr()
    assert code == 1
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["path"].endswith("a.html")
    assert "EmptyInputError" in captured.err and "NoArticleError" in captured.err
    assert "3 pages, 1 ok, 2 failed" in captured.err
    assert main(["parse", str(tmp_path), "-o", str(out_file)]) == 0  # without --strict the run succeeds


def test_missing_path_is_reported(tmp_path, capsys) -> None:
    assert main(["parse", str(tmp_path / "nope.html"), "--strict"]) == 1
    assert "nope.html: cannot read" in capsys.readouterr().err


def test_analyze_jsonl_glob_and_jobs(tmp_path, capsys) -> None:
    page = EXAMPLE.read_text(encoding="utf-8")
    lines = [json.dumps({"id": "a", "html": page, "url": "https://x.example/2023-11/27/a.htm"}, ensure_ascii=False),
             "not json", json.dumps({"id": "b", "text": "   "}), json.dumps({"id": "c"})]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "p1.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["analyze", str(tmp_path / "*.jsonl"), str(tmp_path / "p1.html"), "-o", str(out), "--jobs", "2",
                 "--strict"])
    err = capsys.readouterr().err
    assert code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", str(tmp_path / "p1.html")]
    assert records[0]["article"]["url"] == "https://x.example/2023-11/27/a.htm"
    assert any(e["type"] == "LAB" or e["type"] == "PLATFORM" for e in records[0]["entities"])
    assert any(f["unit"] == "元" for f in records[0]["facts"])
    assert "dump.jsonl:2: not a JSON object" in err and 'dump.jsonl:4: no "html" or "text" field' in err
    assert "b: EmptyInputError" in err
    assert "5 pages, 2 ok, 3 failed" in err


def test_stdin_and_usage_errors() -> None:
    proc = subprocess.run([sys.executable, "-m", "zhnews.cli", "parse", "-"], input=EXAMPLE.read_bytes(),
                          capture_output=True, check=False)
    assert proc.returncode == 0
    assert json.loads(proc.stdout.decode("utf-8"))["source"] == "示例浙江日报"
    usage = subprocess.run([sys.executable, "-m", "zhnews.cli", "frobnicate"], capture_output=True, check=False)
    assert usage.returncode == 2
    jobs = subprocess.run([sys.executable, "-m", "zhnews.cli", "parse", "x", "--jobs", "0"], capture_output=True,
                          check=False)
    assert jobs.returncode == 2


def test_example_script_runs() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "parse_one_page.py")], capture_output=True,
                          text=True, check=True)
    assert "title:     城西科创走廊今年新增省级重点实验室三家" in proc.stdout
    assert "## 创新平台向产业延伸" in proc.stdout
    assert "reviewers: 许文博" in proc.stdout
