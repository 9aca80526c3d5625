"""Public surface and type round trips."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import zhnews
from zhnews.types import Analysis, Article, Credit, Entity, NumericFact, Paragraph, Slogan, credit_kind


def test_public_api_is_pinned() -> None:
    assert sorted(zhnews.__all__) == sorted([
        "__version__", "parse_page", "analyze", "pipeline", "pipe", "write_jsonl", "tables", "ErrorRecord",
        "Pipeline", "extract_entities", "extract_entities_many", "load_lexicon", "Lexicon", "extract_numeric_facts",
        "extract_slogans", "find_quantities", "Quantity", "normalise", "detect_script", "TextView", "Article",
        "Paragraph", "Credit", "Entity", "Slogan", "NumericFact", "Analysis", "ZhnewsError", "InputError",
        "EmptyInputError", "InputTooLargeError", "DecodeError", "NoArticleError", "ResourceError",
        "Resources", "default_resources", "reset_resources", "StageError", "read_jsonl",
    ])
    for name in zhnews.__all__:
        assert getattr(zhnews, name) is not None


def test_import_loads_nothing_heavy() -> None:
    heavy = ("lxml", "jieba", "regex", "opencc", "charset_normalizer", "numpy")
    code = f"import sys, zhnews; print(','.join(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_credit_kinds() -> None:
    assert credit_kind("责任编辑") == "editor"
    assert credit_kind("審核") == "reviewer"
    assert credit_kind("通讯员") == "author"
    assert Credit("张淵", "審核").kind == "reviewer"
    assert credit_kind("主持人") == "other"


def test_credit_roles_file_names_only_known_kinds() -> None:
    # every kind in page/rules/credit_roles.txt is a CreditKind, each role word is listed once, both scripts
    from typing import get_args

    from zhnews.page.wordlists import rule_lines
    from zhnews.types import CreditKind, credit_roles

    listed = [w for line in rule_lines("credit_roles") for w in line.partition(":")[2].split()]
    assert len(listed) == len(set(listed)) == len(credit_roles())
    assert set(credit_roles().values()) <= set(get_args(CreditKind))
    assert credit_roles()["責任編輯"] == credit_roles()["责任编辑"] == "editor"


def test_article_round_trip_and_views() -> None:
    a = Article(
        title="标题", body="第一段。\n第二段。", paragraphs=(Paragraph("第一段。", 0, 4), Paragraph("第二段。", 5, 9)),
        published=datetime(2022, 12, 2, 16, 40, 3, tzinfo=timezone(timedelta(hours=8))),
        published_text="2022-12-02 16:40:03", published_precision="second", source="中國網",
        credits=(Credit("余文", "通訊員"), Credit("俞舒珺", "責編"), Credit("張淵", "審核")),
        breadcrumb=("首頁", "浙江"),
        script="hant", input_kind="text", boilerplate=("版權所有",),
    )
    assert a.authors == ["余文"] and a.editors == ["俞舒珺"] and a.reviewers == ["張淵"]
    data = json.loads(json.dumps(a.to_dict(), ensure_ascii=False))
    assert data["published"] == "2022-12-02T16:40:03+08:00"
    assert Article.from_dict(data) == a


def test_analysis_round_trip() -> None:
    body = "之江實驗室等13家單位"
    art = Article(title="t", body=body, paragraphs=(Paragraph(body, 0, 12),))
    part = Entity("之江", 0, 2, "PLACE", "之江")
    ent = Entity("之江實驗室", 0, 5, "LAB", "之江实验室", parts=(part,), rule="suffix")
    slo = Slogan("五鏈", 0, 2, "五链", "counted", members=("创新链", "产业链"))
    fact = NumericFact("13家", 6, 9, 13.0, "家", "count", measure="單位")
    an = Analysis(article=art, entities=(ent,), slogans=(slo,), facts=(fact,), id="p1")
    assert Analysis.from_dict(json.loads(json.dumps(an.to_dict(), ensure_ascii=False))) == an


def test_results_and_stages_pickle() -> None:
    """Dask and Spark ship stages and results between processes."""
    import pickle
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "examples" / "pages" / "portal_page.html").read_bytes()
    article = zhnews.parse_page(page)
    assert pickle.loads(pickle.dumps(article)) == article
    assert pickle.loads(pickle.dumps(zhnews.parse_page)) is zhnews.parse_page
    view = zhnews.normalise("餘杭區網際網路")
    again = pickle.loads(pickle.dumps(view))
    assert again.text == view.text and again.to_original(3, 6) == view.to_original(3, 6)
