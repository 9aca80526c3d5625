"""parse_page on our own fixture pages, one per layout family, with exact expected fields."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

import zhnews
from zhnews import Article

CN = timezone(timedelta(hours=8))

EXPECTED = {
    "mainland_portal.html": dict(
        title="钱塘江畔新添一座科创园区", published=datetime(2023, 5, 18, 9, 36, 12, tzinfo=CN), precision="second",
        source="杭州日报", authors=["陈思远", "林晓"], editors=["周婉清"], reviewers=[],
        breadcrumb=("首页", "浙江", "杭州"), script="hans", kind="html", encoding="utf-8",
        url="https://zj.example-news.cn/2023-05/18/c_8812345.htm", headings=["孵化链条向前延伸"],
        first="5月17日上午，位于钱塘江南岸", last="目前已经拥有40多名研发人员。", paragraphs=5,
    ),
    "table_2005_gbk.html": dict(
        title="乡镇企业去年产值增长两成", published=datetime(2005, 3, 14, 9, 20, tzinfo=CN), precision="minute",
        source="示例日报", authors=["吴喆", "孙丽"], editors=[], reviewers=[], breadcrumb=(), script="hans",
        kind="html", encoding="gb18030", url=None, headings=[],
        first="本报讯（记者 吴喆 实习生 孙丽）", last="鼓励企业与高等院校开展合作。", paragraphs=3,
    ),
    "charset_lie_utf8.html": dict(
        title="无人机巡检覆盖全市主干电网", published=datetime(2021, 7, 2, 14, 5, tzinfo=CN), precision="minute",
        source=None, authors=[], editors=["kevinwu"], reviewers=[], breadcrumb=(), script="hans", kind="html",
        encoding="utf-8", url=None, headings=[], first="记者从市供电公司了解到", last="常态化巡检。", paragraphs=3,
    ),
    "taiwan_agency.html": dict(
        title="離岸風電第三階段開發 預計明年啟動招標", published=datetime(2022, 12, 2, 16, 40, tzinfo=CN),
        # the agency dateline names the outlet as well as the reporter
        precision="minute", source="示例通訊社", authors=["林育誠"], editors=["黃意涵"], reviewers=[], breadcrumb=(),
        script="hant", kind="html", encoding="utf-8", url="https://www.example-tw.com/news/202212020123.aspx",
        headings=[], first="（示例通訊社記者林育誠台北2日電）",
        last="讓投資評估更有依據。（編輯：黃意涵）1111202",
        paragraphs=3,
    ),
    "gov_notice.html": dict(
        title="示例市科技局关于组织申报2024年度科技计划项目的通知", published=datetime(2023, 11, 6, tzinfo=CN),
        precision="day", source="市科技局", authors=[], editors=[], reviewers=[],
        breadcrumb=("首页", "政务公开", "通知公告"), script="hans", kind="html", encoding="utf-8", url=None,
        headings=["一、申报范围", "二、申报时间"], first="各区县科技主管部门", last="逾期不予受理。", paragraphs=6,
    ),
    "text_dump_portal.txt": dict(
        title="半导体材料企业落户临港 新增就业岗位八百个", published=datetime(2024, 3, 21, 10, 15, tzinfo=CN),
        precision="minute", source="示例新闻网", authors=["郑凯文"], editors=["吴佳琪"], reviewers=["钱立"],
        breadcrumb=("首页", "科技", "创新"), script="hans", kind="text", encoding="utf-8", url=None,
        headings=["强化产业链配套"], first="3月20日，一家专注于第三代半导体材料", last="为企业员工提供保障。",
        paragraphs=4,
    ),
    "text_dump_evening.txt": dict(
        title="社区食堂开到家门口 老人吃饭更方便了", published=datetime(2023, 10, 9, 18, 42, tzinfo=CN),
        precision="minute", source="示例晚报", authors=["刘思琪"], editors=["赵一鸣"], reviewers=[], breadcrumb=(),
        script="hans", kind="text", encoding="utf-8", url=None, headings=[],
        first="社区食堂今年在全市新开了56家", last="为行动不便的老人提供送餐服务。", paragraphs=4,
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_page_fields(name: str, fixture_bytes) -> None:
    want = EXPECTED[name]
    a = zhnews.parse_page(fixture_bytes(name))
    assert a.title == want["title"]
    assert a.published == want["published"]
    assert a.published.utcoffset() == timedelta(hours=8)
    assert a.published_precision == want["precision"]
    assert a.source == want["source"]
    assert a.authors == want["authors"]
    assert a.editors == want["editors"]
    assert a.reviewers == want["reviewers"]
    assert a.breadcrumb == want["breadcrumb"]
    assert a.script == want["script"]
    assert a.input_kind == want["kind"]
    assert a.encoding == want["encoding"]
    assert a.url == want["url"]
    assert a.headings == want["headings"]
    assert len(a.paragraphs) == want["paragraphs"]
    assert a.paragraphs[0].text.startswith(want["first"])
    assert a.paragraphs[-1].text.endswith(want["last"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_paragraph_offsets_index_the_body(name: str, fixture_bytes) -> None:
    a = zhnews.parse_page(fixture_bytes(name))
    for p in a.paragraphs:
        assert a.body[p.start:p.end] == p.text
    assert "\n".join(p.text for p in a.paragraphs) == a.body


FURNITURE = ["分享到", "版权所有", "ICP", "相关新闻", "责任编辑", "责编", "打印本页", "关闭窗口", "您的位置", "A- A+",
             "新闻热线", "上一篇", "下一篇", "投稿邮箱", "延伸閱讀", "浏览次数", "登录", "發佈時間", "发布时间"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_furniture_in_body(name: str, fixture_bytes) -> None:
    body = zhnews.parse_page(fixture_bytes(name)).body
    leaked = [f for f in FURNITURE if f in body]
    assert leaked == []


def test_json_round_trip(fixture_bytes) -> None:
    a = zhnews.parse_page(fixture_bytes("mainland_portal.html"))
    text = json.dumps(a.to_dict(), ensure_ascii=False)
    back = Article.from_dict(json.loads(text))
    assert back == a
    assert "钱塘江畔" in text  # ensure_ascii=False keeps Chinese readable


def test_url_argument_is_recorded_and_dates_a_page_without_a_date() -> None:
    para = "<p>全市社区图书馆从下月起延长开放时间，每天开放至晚上九点，方便上班族借阅。</p>"
    page = "<html><body><h1>示例标题：社区图书馆延长开放</h1>" + para * 3 + "</body></html>"
    a = zhnews.parse_page(page, url="https://news.example.cn/2024-01/15/c_1.htm")
    assert a.url == "https://news.example.cn/2024-01/15/c_1.htm"
    assert a.published == datetime(2024, 1, 15, tzinfo=CN)
    assert a.published_precision == "day"


def test_date_in_a_related_link_is_not_the_publication_date() -> None:
    page = """<html><head><title>新能源汽车下乡活动启动_示例网</title></head><body>
    <div class="related"><a href="/a">往期：农机补贴政策发布 2019-05-01 08:00</a></div>
    <h1>新能源汽车下乡活动启动</h1>
    <div class="info">2024年6月3日 15:20 来源：示例网</div>
    <p>新能源汽车下乡活动今天在县城启动，二十余家车企参加展销，活动将持续到月底。</p>
    <p>县商务局表示，购车农户可以叠加享受县里发放的消费券，最高可减三千元。</p>
    </body></html>"""
    a = zhnews.parse_page(page)
    assert a.published == datetime(2024, 6, 3, 15, 20, tzinfo=CN)


def test_editor_is_not_returned_as_author() -> None:
    page = """<html><body><h1>老旧小区改造完成首批项目</h1><p>2023-09-01 来源：示例日报</p>
    <p>今年列入计划的老旧小区改造项目已完成首批十二个，涉及居民三千余户，外墙、管网和电梯同步更新。</p>
    <p>住建部门表示，第二批项目将在年底前开工，资金由市区两级共同承担。</p>
    <p>责任编辑：高雅</p></body></html>"""
    a = zhnews.parse_page(page)
    assert a.authors == []
    assert a.editors == ["高雅"]


def test_chinese_numeral_date_in_a_text_dump() -> None:
    page = (
        "示例县政府办公室关于做好春节期间安全生产工作的通知\n二〇二二年十二月二日\n"
        "各乡镇人民政府，县政府各部门：为切实做好春节期间安全生产工作，现将有关事项通知如下。\n"
        "一、压实安全责任，各单位主要负责人要亲自部署，层层落实到岗到人。"
    )
    a = zhnews.parse_page(page)
    assert a.published == datetime(2022, 12, 2, tzinfo=CN)
    assert a.title == "示例县政府办公室关于做好春节期间安全生产工作的通知"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_is_either_body_or_boilerplate(name: str, fixture_bytes) -> None:
    a = zhnews.parse_page(fixture_bytes(name))
    assert not set(a.boilerplate) & {p.text for p in a.paragraphs}
    joined = "\n".join(a.boilerplate)
    assert a.title in joined or a.title in a.body  # the headline line is kept somewhere, not lost
    for furniture in ("版权所有", "版權所有", "责编", "責任編輯", "责任编辑", "编辑", "編輯", "打印本页"):
        if furniture in fixture_bytes(name).decode(a.encoding or "utf-8", "replace") and furniture not in a.body:
            assert furniture in joined
