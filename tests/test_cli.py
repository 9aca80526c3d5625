"""The command line and the example script, run as a user would."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from zhnews.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "pages" / "portal_page.html"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zhnews.cli", *args], capture_output=True, env=ENV, check=False,
                          **kw)


def test_parse_prints_one_json_line(capsys) -> None:
    assert main(["parse", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    record = json.loads(out[0])
    assert record["title"] == "城西科创走廊今年新增省级重点实验室三家"
    assert record["published"] == "2023-11-27T08:45:10+08:00"
    assert [c["name"] for c in record["credits"] if c["kind"] == "author"] == ["沈嘉禾", "方可"]


def _folder(tmp_path: Path) -> Path:
    tmp_path.mkdir()
    (tmp_path / "a.html").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "empty.txt").write_text("   ")
    (tmp_path / "sub" / "nav.html").write_text("<html><body><a href='/'>首页</a><a href='/x'>新闻</a></body></html>")
    (tmp_path / "INDEX.tsv").write_text("a.html\t城西\n")
    (tmp_path / "meta.json").write_text('{"pages": 3}')
    return tmp_path


def test_one_record_per_input_in_order_errors_kept(tmp_path, capsys) -> None:
    folder = _folder(tmp_path / "in")
    out_file = tmp_path / "new" / "dir" / "out.jsonl"  # a missing output folder is created
    code = main(["parse", str(folder), "-o", str(out_file), "--with-path"])
    captured = capsys.readouterr()
    assert code == 1  # some input failed
    records = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["path"]).name for r in records] == ["a.html", "empty.txt", "nav.html"]  # no .tsv, no .json
    assert "title" in records[0] and records[1]["error"] == "EmptyInputError" and records[1]["index"] == 1
    assert records[2]["error"] == "NoArticleError"
    assert "EmptyInputError" in captured.err and "3 pages, 1 ok, 2 failed" in captured.err


def test_errors_file_takes_the_error_rows(tmp_path, capsys) -> None:
    folder = _folder(tmp_path / "in")
    out, errors = tmp_path / "ok.jsonl", tmp_path / "errors.jsonl"
    assert main(["parse", str(folder), "-o", str(out), "--errors", str(errors), "--ext", "*", "-q"]) == 1
    ok = out.read_text(encoding="utf-8").splitlines()
    bad = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert len(ok) + len(bad) == 5 and all("error" in r for r in bad)
    assert capsys.readouterr().err == ""  # --quiet


def test_exit_codes(tmp_path, capsys) -> None:
    assert main(["parse", str(EXAMPLE)]) == 0
    assert main(["parse", str(tmp_path / "nope.html")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert main(["parse", str(tmp_path / "*.html")]) == 2
    assert "no file matches" in capsys.readouterr().err
    (tmp_path / "notes.md").write_text("笔记")
    assert main(["parse", str(tmp_path)]) == 2
    assert "no page under" in capsys.readouterr().err
    (tmp_path / "blank.txt").write_text(" ")
    assert main(["parse", str(tmp_path / "blank.txt")]) == 1
    assert main(["analyze", str(EXAMPLE), "--types", "CITY"]) == 2
    assert "unknown entity type 'CITY'" in capsys.readouterr().err
    assert _cli("frobnicate").returncode == 2
    assert _cli("parse", "x", "--jobs", "0").returncode == 2


def test_analyze_jsonl_glob_and_jobs(tmp_path, capsys) -> None:
    page = EXAMPLE.read_text(encoding="utf-8")
    lines = [json.dumps({"id": "a", "html": page, "url": "https://x.example/2023-11/27/a.htm"}, ensure_ascii=False),
             "not json", json.dumps({"id": "b", "text": "   "}), json.dumps({"id": "c"}),
             json.dumps({"id": "d\ud800", "html": page.replace("记者", "记\ud800者")})]  # lone surrogate escapes
    (tmp_path / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "p1.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["analyze", str(tmp_path / "*.jsonl"), str(tmp_path / "p1.html"), "-o", str(out), "--jobs", "2"])
    err = capsys.readouterr().err
    assert code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", f"{tmp_path / 'dump.jsonl'}:2", "b", "c", "d\ud800",
                                          str(tmp_path / "p1.html")]
    assert records[1]["id"].endswith("dump.jsonl:2") and records[1]["error"] == "InputError"
    assert records[0]["article"]["url"] == "https://x.example/2023-11/27/a.htm"
    assert any(f["unit"] == "元" for f in records[0]["facts"])
    assert "\ufffd" in records[4]["article"]["body"]
    assert [f["text"] for f in records[4]["facts"]] == [f["text"] for f in records[0]["facts"]]
    assert "dump.jsonl:2: InputError: not a JSON object" in err and 'no "html" or "text" field' in err
    assert "6 pages, 3 ok, 3 failed" in err


def test_options_lexicon_types_max_bytes_and_formats(tmp_path, capsys) -> None:
    lexicon = tmp_path / "names.tsv"
    lexicon.write_text("城西科创走廊管委会\tORG\n", encoding="utf-8")
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"a" * 5000 + b"</p>")
    code = main(["analyze", str(EXAMPLE), str(big), "--types", "ORG", "--lexicon", str(lexicon), "--max-bytes", "4k"])
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert code == 1 and {e["type"] for e in first["entities"]} == {"ORG"}
    assert any(e["rule"] == "lexicon" for e in first["entities"])
    assert second["error"] == "InputTooLargeError" and "--max-bytes" in second["message"]
    assert main(["analyze", str(EXAMPLE), "--format", "csv"]) == 0
    csv_out = capsys.readouterr().out
    assert csv_out.splitlines()[0].startswith("id,title,published") and "城西科创走廊" in csv_out
    assert main(["parse", str(EXAMPLE), "--format", "txt"]) == 0
    assert capsys.readouterr().out.startswith(f"==> {EXAMPLE} <==\n城西")
    assert main(["parse", str(EXAMPLE), "--format", "markdown"]) == 0
    assert "### 创新平台向产业延伸" in capsys.readouterr().out


def test_parquet_folder(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "tables"
    assert main(["analyze", str(EXAMPLE), str(EXAMPLE), "--format", "parquet", "-o", str(folder), "-q"]) == 0
    assert pq.read_table(folder / "articles.parquet").num_rows == 2
    assert pq.read_table(folder / "entities.parquet").num_rows > 2


def test_dev_zero_is_refused_without_reading_it_whole(tmp_path) -> None:
    proc = _cli("parse", "/dev/zero", "--max-bytes", "1M")
    assert proc.returncode == 1 and b"InputTooLargeError" in proc.stdout and b"Traceback" not in proc.stderr


def test_stdin_page() -> None:
    proc = _cli("parse", "-", input=EXAMPLE.read_bytes())
    assert proc.returncode == 0
    assert json.loads(proc.stdout.decode("utf-8"))["source"] == "示例浙江日报"


def test_broken_pipe_is_quiet(tmp_path) -> None:
    dump = tmp_path / "many.jsonl"
    page = EXAMPLE.read_text(encoding="utf-8")
    dump.write_text("".join(json.dumps({"id": i, "html": page}) + "\n" for i in range(60)), encoding="utf-8")
    cmd = f"{sys.executable} -m zhnews.cli parse {dump} | head -n 2"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, env=ENV, check=False)
    assert len(proc.stdout.splitlines()) == 2
    assert proc.stderr == b"" and proc.returncode == 0


def test_full_disk_leaves_whole_lines_and_a_clear_error(tmp_path) -> None:
    import resource

    out = tmp_path / "out.jsonl"

    def small_disk() -> None:  # the file may not grow past 20 KB: writes fail as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    proc = subprocess.run([sys.executable, "-m", "zhnews.cli", "parse", str(EXAMPLE)] + [str(EXAMPLE)] * 20
                          + ["-o", str(out)], capture_output=True, env=ENV, check=False, preexec_fn=small_disk)
    assert proc.returncode == 1
    assert b"cannot write to" in proc.stderr and b"Traceback" not in proc.stderr
    data = out.read_bytes()
    assert data and data.endswith(b"\n") and len(data) <= 20_000
    assert all(json.loads(line)["title"] for line in data.decode("utf-8").splitlines())


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_flushes_finished_records_and_leaves_no_worker(tmp_path, signum) -> None:
    dump = tmp_path / "many.jsonl"
    page = EXAMPLE.read_text(encoding="utf-8")
    dump.write_text("".join(json.dumps({"id": i, "html": page}) + "\n" for i in range(3000)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "zhnews.cli", "analyze", str(dump), "-o", str(out), "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.1)
    workers = _children(proc.pid)
    assert len(workers) >= 2
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"(interrupted)" in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < 3000 and [json.loads(line)["id"] for line in lines] == list(range(len(lines)))
    assert f"{len(lines)} pages, {len(lines)} ok".encode() in err
    time.sleep(0.5)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()
                and "Z" not in Path(f"/proc/{pid}/stat").read_text().split(")")[1][:3]]


def test_a_signal_while_a_record_is_written_leaves_it_written_and_counted(tmp_path, capsys, monkeypatch) -> None:
    from zhnews._cli.outputs import Sink

    for i in range(3):
        (tmp_path / f"p{i}.html").write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    add = Sink.add

    def add_then_signal(self, outcome) -> None:  # SIGTERM arrives while the second record is being written
        add(self, outcome)
        if out.read_text(encoding="utf-8").count("\n") == 2:
            os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(Sink, "add", add_then_signal)
    assert main(["parse", str(tmp_path / "p*.html"), "-o", str(out)]) == 130
    assert out.read_text(encoding="utf-8").count("\n") == 2
    assert "2 pages, 2 ok" in capsys.readouterr().err


def test_example_script_runs() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "parse_one_page.py")], capture_output=True,
                          text=True, check=True, env=ENV)
    assert "title:     城西科创走廊今年新增省级重点实验室三家" in proc.stdout
    assert "## 创新平台向产业延伸" in proc.stdout
    assert "reviewers: 许文博" in proc.stdout


class _Terminal:
    """A stderr that says it is a terminal."""

    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def test_progress_bar_shows_rate_and_eta_on_a_terminal_only(monkeypatch) -> None:
    from zhnews._cli import progress

    clock = iter(x * 0.5 for x in range(100))
    monkeypatch.setattr(progress.time, "perf_counter", lambda: next(clock))
    term = _Terminal()
    bar = progress.Progress(total_bytes=1000, quiet=False, err=term)
    bar.step(True, 250)
    bar.step(False, 250)
    assert "[##########..........]  50%" in term.text and "pages/s" in term.text and "ETA 0:" in term.text
    quiet = _Terminal()
    progress.Progress(total_bytes=1000, quiet=True, err=quiet).step(True, 500)
    assert quiet.text == ""
