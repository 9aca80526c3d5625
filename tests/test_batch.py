"""Batch runs keep the error contract: one outcome per item, in order, whatever an item or a worker does."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal

import pytest

import zhnews
from zhnews import Analysis, ErrorRecord, InputError, NoArticleError, StageError, ZhnewsError


def _page(i: int) -> str:
    return f"园区新闻第{i}期\n2024-01-05\n园区今年新增入驻企业{i % 90 + 2}家，总投资约{i % 7 + 1}亿元，增长{i % 30}%。"


def troublesome(a: Analysis) -> Analysis:
    """A user's stage that fails on some pages: an unexpected exception, a TimeoutError, a dead worker."""
    body = a.article.body
    if "出错" in body:
        raise RuntimeError("a bug in the stage")
    if "超时" in body:
        raise TimeoutError("regex timed out")
    if "致命" in body and multiprocessing.parent_process() is not None:
        os.kill(os.getpid(), signal.SIGKILL)  # the OS kills the worker (out of memory …)
    return a


BAD_KINDS = {
    "three-tuple": lambda i: (f"t{i}", _page(i), "extra"),
    "none": lambda i: (f"n{i}", None),
    "int page": lambda i: (f"i{i}", 12345),
    "blank bytes": lambda i: (f"b{i}", b"  \n "),
    "nav only": lambda i: (f"v{i}", "<html><body><a href='/'>首页</a><a href='/n'>新闻</a></body></html>"),
    "too large": lambda i: (f"l{i}", "长" * 5000),
    "int url": lambda i: (f"u{i}", {"raw": _page(i), "url": 7}),
    "stage bug": lambda i: (f"s{i}", _page(i) + "这里出错了。"),
    "stage timeout": lambda i: (f"o{i}", _page(i) + "这里超时了。"),
    "kills its worker": lambda i: (f"k{i}", _page(i) + "这页是致命的。"),
}
EXPECTED_ERROR = {
    "three-tuple": "InputError", "none": "EmptyInputError", "int page": "InputError", "blank bytes": "EmptyInputError",
    "nav only": "NoArticleError", "too large": "InputTooLargeError", "int url": "InputError",
    "stage bug": "RuntimeError", "stage timeout": "TimeoutError", "kills its worker": "StageError",
}


def _items(n: int = 1000) -> tuple[list[object], dict[int, str]]:
    items: list[object] = []
    bad: dict[int, str] = {}
    kinds = list(BAD_KINDS)
    for i in range(n):
        if i % 37 == 5:
            kind = kinds[(i // 37) % len(kinds)]
            bad[i] = kind
            items.append(BAD_KINDS[kind](i))
        elif i % 101 == 50:
            surrogate = "园区新闻\n2024-01-05\n园区\ud800今年新增入驻企业8家，总投资约3亿元。"
            items.append((f"s{i}", surrogate))
        else:
            items.append((f"p{i}", _page(i)))
    return items, bad


RUN = zhnews.pipeline("entities", "facts", troublesome, max_bytes=4000)


def _check(out: list[object], items: list[object], bad: dict[int, str]) -> None:
    assert len(out) == len(items)
    for index, (item, result) in enumerate(zip(items, out, strict=True)):
        if index in bad:
            assert isinstance(result, ErrorRecord), (index, bad[index], result)
            assert result.index == index and result.error == EXPECTED_ERROR[bad[index]], (bad[index], result)
            assert result.id == (index if bad[index] == "three-tuple" else item[0])  # type: ignore[index]
            assert result.message
        else:
            assert isinstance(result, Analysis), (index, result)
            assert result.id == item[0]  # type: ignore[index]


def test_every_kind_of_bad_item_is_recorded_in_place() -> None:
    items, bad = _items(300)
    bad = {i: k for i, k in bad.items()}
    # one process: the killing page would kill the test itself, so it runs only with workers below
    items = [("safe", _page(0)) if bad.get(i) == "kills its worker" else item for i, item in enumerate(items)]
    bad = {i: k for i, k in bad.items() if k != "kills its worker"}
    out = list(zhnews.pipe(items, on_error="record", run=RUN))
    _check(out, items, bad)
    assert "\ufffd" in out[50].article.body  # type: ignore[union-attr]  # the surrogate page, kept whole


def test_a_thousand_items_over_workers_one_of_them_killed_midway() -> None:
    items, bad = _items(1000)
    assert set(bad.values()) == set(BAD_KINDS)

    def stream():
        for index, item in enumerate(items):
            if index == 500:  # the OS kills a busy worker midway through the stream
                children = multiprocessing.active_children()
                assert children
                os.kill(children[0].pid, signal.SIGKILL)
            yield item

    out = list(zhnews.pipe(stream(), n_process=2, batch_size=4, on_error="record", run=RUN))
    _check(out, items, bad)
    single = [r for i, r in enumerate(zhnews.pipe(items[:120], on_error="record", run=RUN)) if i not in bad]
    assert [r.to_dict() for r in single] == [r.to_dict() for i, r in enumerate(out[:120]) if i not in bad]


def test_raise_names_the_item_and_keeps_results_before_it() -> None:
    items = [("a", _page(1)), ("b", _page(2)), ("c", b"   "), ("d", _page(3))]
    seen: list[object] = []
    with pytest.raises(ZhnewsError) as info:
        for r in zhnews.pipe(items, on_error="raise"):
            seen.append(r.id)
    assert seen == ["a", "b"]
    assert info.value.item_id == "c" and info.value.index == 2 and "item 2 (id 'c')" in str(info.value)
    with pytest.raises(StageError) as bug:
        list(zhnews.pipe([("x", _page(1) + "出错")], on_error="raise", run=RUN))
    assert isinstance(bug.value.__cause__, RuntimeError) and bug.value.item_id == "x"
    with pytest.raises(NoArticleError, match="id 'v'"):
        list(zhnews.pipe([("v", "<html><body><a href='/'>首页</a></body></html>")], n_process=2, on_error="raise"))


def test_skip_drops_only_bad_items() -> None:
    items, bad = _items(120)
    items = [item for i, item in enumerate(items) if bad.get(i) != "kills its worker"]
    out = list(zhnews.pipe(items, on_error="skip", run=RUN))
    assert all(isinstance(r, Analysis) for r in out) and len(out) < len(items)


def test_options_are_validated_and_named() -> None:
    with pytest.raises(InputError, match="unknown option 'colour'"):
        zhnews.pipeline(colour="red")
    with pytest.raises(InputError, match="'lexicon' is for the entities stage"):
        zhnews.pipeline("facts", "slogans", lexicon=[("之江实验室", "LAB")])
    with pytest.raises(InputError, match="'field' is for the slogans and facts stage"):
        zhnews.pipeline("entities", field="title")
    with pytest.raises(InputError, match="unknown entity type 'CITY'"):
        zhnews.pipeline(types=["CITY"])
    with pytest.raises(InputError, match="no built-in stage 'nouns'"):
        zhnews.pipeline("nouns")
    with pytest.raises(InputError, match="field must be one of"):
        zhnews.pipeline(field="credits")
    run = zhnews.pipeline("facts", field="title")
    with pytest.raises(dataclasses.FrozenInstanceError):
        run.options.field = "body"  # type: ignore[misc]
    a = run("园区新增企业45家\n2024-01-05\n园区今年新增入驻企业12家，总投资约3亿元，增长明显。")
    assert [f.text for f in a.facts] == ["45家"] and all(f.field == "title" for f in a.facts)


def test_stages_are_importable_by_name() -> None:
    from zhnews.stages import STAGES, facts

    assert STAGES["facts"] is facts
    assert zhnews.pipeline("facts").stages == (facts,)
    assert zhnews.compose.facts is facts


def test_pipe_refuses_a_single_page_or_a_non_iterable() -> None:
    for items in ("园区新闻", b"page", 5):
        with pytest.raises(InputError, match="iterable of pages"):
            zhnews.pipe(items)  # type: ignore[arg-type]


def test_stages_are_reachable_after_a_bare_import() -> None:
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    code = "import zhnews; print(zhnews.stages.facts.name, zhnews.compose.entities.name)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split() == ["facts", "entities"]


PAGES_OF_KINDS = [
    "浙江新闻\n2024-03-02\n杭州市政府与之江实验室签署合作协议，市长姚高员出席签约仪式，双方将共建算力平台。",
    "<html><head><title>臺灣新聞</title></head><body><h1>工研院發表新一代電池技術</h1><p>2024-05-01</p>"
    "<p>工業技術研究院今天在新竹發表新一代電池技術，經濟部部長郭智輝出席並致詞，預計明年量產。</p></body></html>",
    "深圳发布\n2023年11月8日\n深圳市人民政府办公厅印发《关于加快发展新能源汽车产业的若干措施》，提出到2025年产值突破1万亿元。",
    "北京日报\n2024-06-18\n今天上午，北京大学与清华大学联合举办第三届数字经济论坛，来自美国、日本的学者参加。",
]


def _broken_model(text: str) -> list[tuple[int, int, str]]:
    """A user's recogniser with a bug that shows on one kind of text."""
    if "故障" in text:
        raise RuntimeError("the model broke")
    return []


def test_pages_run_together_in_one_process_give_what_each_gives_alone() -> None:
    items: list[object] = [(f"p{i}", page) for i, page in enumerate(PAGES_OF_KINDS * 3)]
    items[4] = ("bad", b"   ")
    items[7] = ("broken", PAGES_OF_KINDS[0] + "设备故障已排除。")
    run = zhnews.pipeline("entities", "slogans", "facts", recognizer=_broken_model)
    together = list(zhnews.pipe(items, batch_size=8, on_error="record", run=run))
    alone = list(zhnews.pipe(items, batch_size=1, on_error="record", run=run))  # one page at a time
    assert [r.to_dict() for r in together] == [r.to_dict() for r in alone]
    assert [r.error for r in together if isinstance(r, ErrorRecord)] == ["EmptyInputError", "RuntimeError"]
    assert together[7].id == "broken" and together[8].entities  # type: ignore[union-attr]


def test_a_batch_normalises_each_text_once_and_keeps_few_views(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhnews.extract import _source

    seen: list[str] = []
    real = _source.normalise

    def counting(text: str, **kw: object) -> object:
        seen.append(text)
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(_source, "normalise", counting)
    _source.forget_last_view()
    items = [(f"p{i}", page + f"第{i}期。") for i, page in enumerate(PAGES_OF_KINDS * 5)]
    out = list(zhnews.pipe(items, batch_size=20))
    bodies = [r.article.body for r in out]  # type: ignore[union-attr]
    assert len(seen) == len(set(map(id, seen))) and sorted(seen) == sorted(bodies + [r.article.title for r in out])
    many = ["园区" * (k % 7 + 1) + str(k) for k in range(500)]
    for text in many:
        _source.view_of(text)
    assert len(_source._recent) <= _source.RECENT_VIEWS
    _source.view_of("长" * (_source.RECENT_CHARS + 1))
    assert len(_source._recent) == 1  # a text over the bound is kept alone


def none_on_p1(a: Analysis) -> Analysis | None:
    """A user's stage that returns something other than an Analysis for one page."""
    return None if a.id == "p1" else a


def error_object_on_p2(a: Analysis) -> object:
    return ValueError("returned, not raised") if a.id == "p2" else a


@pytest.mark.parametrize("stages", [(none_on_p1,), (none_on_p1, "facts"), (error_object_on_p2,),
                                    (error_object_on_p2, "entities")])
def test_a_stage_returning_no_analysis_gives_in_a_batch_what_it_gives_alone(stages: tuple[object, ...]) -> None:
    items = [(f"p{i}", page) for i, page in enumerate(PAGES_OF_KINDS)]
    run = zhnews.pipeline(*stages)  # type: ignore[arg-type]

    def shown(results: list[object]) -> list[object]:
        return [(r.error, r.id) if isinstance(r, ErrorRecord) else (type(r).__name__, str(r)[:30])
                if not isinstance(r, Analysis) else r.to_dict() for r in results]

    alone = list(zhnews.pipe(items, batch_size=1, on_error="record", run=run))
    assert shown(list(zhnews.pipe(items, batch_size=4, on_error="record", run=run))) == shown(alone)


@pytest.mark.parametrize(("n_process", "batch_size"), [(1, 32), (1, 5), (2, 32), (2, 4)])
def test_the_results_before_a_failing_source_are_yielded_before_its_error(n_process: int, batch_size: int) -> None:
    def source():  # type: ignore[no-untyped-def]
        for i in range(5):
            yield (f"p{i}", PAGES_OF_KINDS[i % len(PAGES_OF_KINDS)])
        raise OSError("the disk failed at item 5")

    seen: list[object] = []
    with pytest.raises(OSError, match="item 5"):
        for r in zhnews.pipe(source(), n_process=n_process, batch_size=batch_size, on_error="record"):
            seen.append(r.id)
    assert seen == ["p0", "p1", "p2", "p3", "p4"]


class _NoLength(str):
    """A page whose length cannot be told."""

    def __len__(self) -> int:
        raise ValueError("no length")


def test_an_item_whose_size_cannot_be_told_fails_alone() -> None:
    items = [("a", PAGES_OF_KINDS[0]), ("b", _NoLength(PAGES_OF_KINDS[0])), ("c", PAGES_OF_KINDS[1])]
    out = list(zhnews.pipe(items, batch_size=32, on_error="record"))
    assert [type(r).__name__ for r in out] == ["Analysis", "ErrorRecord", "Analysis"]


class _Relabelled(zhnews.Pipeline):
    """A user's pipeline whose own call marks its results."""

    def __call__(self, raw, *, url=None, id=None):  # type: ignore[no-untyped-def]
        return dataclasses.replace(super().__call__(raw, url=url, id=id), id=("mine", id))


def test_a_pipeline_subclass_with_its_own_call_is_called_in_a_batch() -> None:
    run = _Relabelled(stages=zhnews.pipeline("facts").stages)
    items = [(f"p{i}", page) for i, page in enumerate(PAGES_OF_KINDS)]
    assert [r.id for r in zhnews.pipe(items, batch_size=8, run=run)] == [("mine", f"p{i}") for i in range(4)]


def test_an_item_that_cannot_reach_a_worker_fails_alone_in_its_chunk() -> None:
    import threading

    items: list[object] = [(f"p{i}", PAGES_OF_KINDS[i % len(PAGES_OF_KINDS)]) for i in range(8)]
    items[2] = ("locked", {"raw": PAGES_OF_KINDS[0], "lock": threading.Lock()})  # a lock cannot be pickled
    out = list(zhnews.pipe(items, n_process=2, batch_size=8, on_error="record", run=zhnews.pipeline("facts")))
    assert [type(r).__name__ for r in out] == ["Analysis"] * 2 + ["ErrorRecord"] + ["Analysis"] * 5
    assert out[2].id == "locked"  # type: ignore[union-attr]


def test_a_stream_of_large_pages_is_run_a_few_pages_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhnews import _batch

    held: list[int] = []

    class Counting:
        """A pipeline that notes how many pages each batch holds."""

        def __init__(self) -> None:
            self.run = zhnews.pipeline("facts")

        def __call__(self, raw, *, url=None, id=None):  # type: ignore[no-untyped-def]
            return self.run(raw, url=url, id=id)

        def run_many(self, pages):  # type: ignore[no-untyped-def]
            held.append(len(pages))
            return self.run.run_many(pages)

    page = PAGES_OF_KINDS[0] + "园区今年新增企业12家。" * 30  # about 400 characters
    monkeypatch.setattr(_batch, "BATCH_BYTES", 1000)
    out = list(zhnews.pipe([(i, page) for i in range(10)], batch_size=32, run=Counting()))  # type: ignore[arg-type]
    assert [r.id for r in out] == list(range(10)) and max(held) == 3 and sum(held) == 10
