"""The kinds of page that untuned sets showed failing, one fixture page of our own per kind, with
exact fields and the rule that chose each (Article.evidence, Credit.rule)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

import zhnews

CN = timezone(timedelta(hours=8))

# name: (field values expected, evidence rules expected)
KINDS: dict[str, tuple[dict[str, Any], dict[str, str]]] = {
    # headlines
    "title_br_in_h1.html": (
        dict(title="湖滨街道试点“一刻钟便民圈” 社区菜场、理发、修补一站办齐"),
        dict(title="page heading confirmed by <title>/meta"),
    ),
    "title_pipe_parts.html": (dict(title="深读丨一座小县城的冷链物流账本", source=None), {}),
    "title_blog_post_list.html": (  # the <title> and the banner name the blog; the first post's title wins
        dict(title="旧书摊上淘到一本县志", published=datetime(2008, 11, 16, 21, 30, tzinfo=CN),
             first="周日去桥头的旧书市场", last="回家翻了一晚上。"),
        dict(title="first post's title on a page listing posts"),
    ),
    "title_forum_board_name.html": (  # the <title> and banner name the board; the post's title line wins
        dict(title="地铁三号线试运行第一天坐了一趟(原创)", first="今天地铁三号线开始试运行"), {},
    ),
    "title_dash_subtitle.html": (  # a dash-led subtitle under the author line is not the headline
        dict(title="山路十八弯", authors=["陆远舟"]),
        dict(title="scored headline line: above the date line or body"),
    ),
    "title_gov_notice.html": (
        dict(title="示例县农业农村局关于开展2023年春季农机安全检查的通知",
             published=datetime(2023, 3, 6, tzinfo=CN), precision="day"),  # 发布日期, not 成文日期
        dict(title="page heading nearest the body (the <title> names only the site)",
             published="labelled header line"),
    ),
    "text_dump_photo_caption.txt": (
        dict(title="志愿者沿河清理垃圾 半天捡出塑料瓶两千个", published=datetime(2023, 4, 12, 16, 30, tzinfo=CN),
             source="示例晚报", editors=["马悦"], first="12日上午，两百多名志愿者"),
        dict(title="scored headline line: above the date line or body, its words open the body"),
    ),
    # text dumps: the headline scored among navigation rows, ads, widgets and subtitles
    "text_dump_ad_over_body.txt": (  # a sign-up ad right over the text; the headline printed again at the top
        dict(title="再见了，老街口的修表铺(2)", authors=["宋知远"], published=None),
        dict(title="scored headline line: above the date line or body (1 header lines between), "
                   "printed again near the top, its words open the body"),
    ),
    "text_dump_subtitle_widgets.txt": (  # widgets over a headline and its subtitle
        dict(title="南湖湿地公园二期明年开园", published=datetime(2024, 6, 18, 10, 5, tzinfo=CN), source="示例晚报",
             editors=["顾晓"]),
        {},
    ),
    "text_dump_blog_title_in_body.txt": (  # a blog's post title is the first line of the run of text
        dict(title="学做第一锅腊八粥", published=None, first="腊八那天早上五点"),
        dict(title="scored headline line: above the date line or body, its words open the body"),
    ),
    "text_dump_flat_title_only.txt": (  # the headline only in the <title>, printed first; an SMS ad over the text
        dict(title="沿江风光带二期工程年底完工", published=None, first="记者昨日从市城建部门获悉"),
        dict(title="scored headline line: the page's title line without its site suffix, its words open the body"),
    ),
    "text_dump_flat_crumb.txt": (  # crumb separators on lines of their own, a media mark, an original-title note
        dict(title="湖边新建观鸟台 (图)", published=datetime(2022, 10, 15, 14, 2, tzinfo=CN), first="东湖湿地公园新建"),
        {},
    ),
    # flat dumps split a header line's pieces apart
    "text_dump_flat_poster.txt": (  # the poster's name on the line before 发表于
        dict(title="周末带娃去海边赶海的一点心得", authors=["lanmao_2009"],
             published=datetime(2012, 7, 8, 21, 16, 40, tzinfo=CN)),
        {"credit:lanmao_2009": "poster beside the post time"},
    ),
    "text_dump_flat_wire_name.txt": (  # 某報快訊／張三 apart from the date
        dict(title="鄉間小學開辦週末木工課", authors=["林書婷"], source="示例報"),
        {"credit:林書婷": "author/outlet line", "source": "outlet before the byline"},
    ),
    "text_dump_flat_source_label.txt": (  # 来源：[ / OUTLET / ] far above the text; 相关新闻 is no outlet
        dict(title="社区食堂开到家门口", source="示例晨报", authors=[]),
        {"source": "来源 label far above the body"},
    ),
    "text_dump_outlet_after_date.txt": (  # the outlet under the date line, share buttons before the text
        dict(title="老旧小区改造新增停车位八百个", source="示例晚报"), {"source": "outlet line under the headline"},
    ),
    "text_dump_name_over_date.txt": (  # the writer's name alone on the line over the date line
        dict(title="城市夜间经济调查：晚上九点后的消费去哪了", authors=["韩清远"],
             published=datetime(2019, 6, 21, 21, 5, 33, tzinfo=CN)),
        {"credit:韩清远": "name beside the date"},
    ),
    "text_dump_date_far_above.txt": (  # 30 widget lines between the header (headline, date, 来源) and the text
        dict(title="春季招聘会提供岗位一万二千个", published=datetime(2021, 3, 6, 9, 30, tzinfo=CN), source="示例晨报"),
        dict(published="date line far above the body"),
    ),
    "text_dump_no_heading.txt": (
        dict(title="", published=datetime(2023, 9, 1, 7, 45, tzinfo=CN), first="今天，全市四百多所中小学"), {},
    ),
    # bylines and sources
    "byline_tw_bracket_dateline.html": (
        dict(authors=["張家瑜"], published=datetime(2023, 2, 8, 6, 30, tzinfo=CN)),
        {"credit:張家瑜": "bracketed byline at the body's edge"},
    ),
    "byline_fullwidth_bar.html": (dict(authors=["韩雪松"]), {"credit:韩雪松": "labelled credit line"}),
    "byline_author_outlet_line.html": (
        dict(authors=["孟庆华"], source="江北农民日报"),
        {"credit:孟庆华": "author/outlet line", "source": "outlet line under the headline"},
    ),
    "byline_closing_two_names.html": (
        dict(authors=["胡思敏", "邓伟"], source="示例晚报", last="建设立体停车库。（胡思敏 邓伟）"),
        {"credit:邓伟": "closing parenthetical"},
    ),
    "byline_hk_wire_tag.html": (
        dict(authors=["曾詠琳"], source="東海報"), {"source": "wire tag opening the story"},
    ),
    "byline_agency_dateline.html": (
        dict(authors=["賴俊宏"], source="東方社", published=datetime(2024, 1, 21, 15, 2, tzinfo=CN)),
        {"source": "wire tag opening the story"},
    ),
    "byline_person_in_source.html": (
        dict(authors=["潘若溪"], source=None), {"credit:潘若溪": "person named in the 来源 field"},
    ),
    "byline_common_word_line.html": (dict(authors=[]), {}),  # 周末 over the body: a word, not a name
    "byline_name_line_over_body.html": (
        dict(authors=["宋知远"]), {"credit:宋知远": "name line over the body"},
    ),
    "editor_two_lines.html": (  # 编辑：two names, 责任编辑：one of them: the responsible editor is the editor
        dict(editors=["许明远"], source="示例日报网"), {},
    ),
    "source_clock_zone.html": (  # 京港台：… names the clock's zone, not an outlet
        dict(source=None, authors=[], published=datetime(2023, 9, 29, 10, 35, tzinfo=CN)), {},
    ),
    "source_fields_after_outlet.html": (  # 来源：OUTLET阅读：1024【字体…】 on one line
        dict(source="示例教育报", editors=["苗青"]), {"source": "来源 label"},
    ),
    "source_with_address.html": (  # an address beside the outlet, or in place of it, is no outlet
        dict(source="示例日报"), {"source": "来源 label"},
    ),
    "source_repost_label.html": (dict(source="示例周刊", authors=[]), {"source": "来源 label"}),
    "source_bare_outlet_line.html": (
        dict(authors=[], source="西岭日报"), {"source": "outlet line under the headline"},
    ),
    "byline_forum_poster.html": (
        dict(authors=["山间小路"], published=datetime(2008, 5, 3, 21, 17, 42, tzinfo=CN), precision="second",
             encoding="gb18030", first="五一假期和两个朋友骑车环湖"),
        {"credit:山间小路": "poster beside the post time"},
    ),
    "byline_user_card.html": (
        dict(authors=["radio_fan88"], published=datetime(2011, 3, 6, 14, 22, 9, tzinfo=CN)),
        {"credit:radio_fan88": "poster's user card"},
    ),
    "byline_pen_name.html": (
        dict(title="故乡的桥", authors=["青禾"], published=None, encoding="gb18030"),
        {"credit:青禾": "pen name under the headline"},
    ),
    "byline_blog_author_card.html": (
        dict(title="城市夜跑的第一个月", authors=["慢跑的阿哲"], published=datetime(2006, 10, 9, 21, 41, tzinfo=CN),
             precision="minute"),
        {"credit:慢跑的阿哲": "blog's author card", "published": "timed header line"},
    ),
    "byline_forum_repost.html": (  # a repost credits the original outlet and reporters, not the poster
        dict(authors=["周海燕", "何志强"], source="示例社", published=datetime(2016, 4, 12, 7, 58, tzinfo=CN)),
        {"credit:周海燕": "bracketed byline at the body's edge", "source": "dateline opening the story"},
    ),
    # bodies of blogs and forums: the post, not the comments or the next posts
    "body_blog_with_comments.html": (
        dict(title="搬家后的第一篇随笔", published=datetime(2006, 5, 20, 22, 15, tzinfo=CN),
             first="博客从原来的空间搬到这里", last="欢迎大家一起讨论。"),
        {},
    ),
    "body_blog_post_list.html": (
        dict(title="雨后的石板路", published=datetime(2009, 6, 21, 22, 8, 41, tzinfo=CN), authors=["山城小妹"],
             first="傍晚下了一场大雨", last="对岸的楼只剩下一排模糊的灯光。"),
        {"credit:山城小妹": "poster beside the post time"},
    ),
    # dates
    "date_us_order.html": (
        dict(published=datetime(2005, 9, 18, 20, 5, 31, tzinfo=CN), precision="second"),
        dict(published="labelled header line"),
    ),
    "date_english_month.html": (
        dict(published=datetime(2007, 3, 3, tzinfo=CN), precision="day", authors=["书虫阿宁"]), {},
    ),
    "date_away_from_headline.html": (
        dict(title="我县举办农民丰收节", published=datetime(2020, 9, 24, 16, 48, tzinfo=CN)),
        dict(published="labelled line away from the headline"),
    ),
    "date_edition_beside_online.html": (  # a print edition's date nearer the body; URL and metadata agree on the other
        dict(published=datetime(2023, 5, 4, tzinfo=CN), precision="day"),
        dict(published="header line (the URL names the same day; the metadata names the same day)"),
    ),
    "date_document_date_and_meta.html": (  # only a 成文日期 on the page: the metadata's publication time wins
        dict(published=datetime(2022, 11, 8, 15, 20, tzinfo=CN), precision="minute"),
        dict(published="meta/JSON-LD date"),
    ),
    "date_site_clock.html": (
        dict(published=datetime(2024, 11, 15, tzinfo=CN), precision="day"),
        dict(published="labelled line away from the headline"),
    ),
    "text_dump_forum_post_time.txt": (
        dict(title="[求助] 老房子墙面返潮怎么处理？", published=datetime(2010, 11, 2, 19, 46, tzinfo=CN),
             authors=["小院人家"]),
        {"credit:小院人家": "poster beside the post time"},
    ),
}


#: the address a page was fetched from, where its kind needs one
URLS = {"date_edition_beside_online.html": "http://news.example.cn/city/2023-05/04/c_1001.htm"}


def _value(article: zhnews.Article, key: str) -> Any:
    if key == "precision":
        return article.published_precision
    if key == "first":
        return article.paragraphs[0].text
    if key == "last":
        return article.paragraphs[-1].text
    return getattr(article, key)


@pytest.mark.parametrize("name", sorted(KINDS))
def test_page_kind_fields(name: str, fixture_bytes) -> None:
    fields, _ = KINDS[name]
    article = zhnews.parse_page(fixture_bytes(f"kinds/{name}"), url=URLS.get(name))
    for key, want in fields.items():
        got = _value(article, key)
        if key == "first":
            assert got.startswith(want), key
        elif key == "last":
            assert got.endswith(want), key
        else:
            assert got == want, key


@pytest.mark.parametrize("name", sorted(k for k, v in KINDS.items() if v[1]))
def test_page_kind_evidence(name: str, fixture_bytes) -> None:
    _, rules = KINDS[name]
    article = zhnews.parse_page(fixture_bytes(f"kinds/{name}"), url=URLS.get(name))
    for key, rule in rules.items():
        if key.startswith("credit:"):
            got = next(c.rule for c in article.credits if c.name == key.split(":", 1)[1])
        else:
            evidence = article.why(key)
            assert evidence is not None, key
            got = evidence.rule
        assert got == rule, key


def test_no_comment_text_in_a_blog_body(fixture_bytes) -> None:
    article = zhnews.parse_page(fixture_bytes("kinds/body_blog_with_comments.html"))
    assert len(article.paragraphs) == 3
    assert "慢查询" not in article.body and "re:" not in article.body


def test_evidence_text_is_what_the_page_printed(fixture_bytes) -> None:
    article = zhnews.parse_page(fixture_bytes("kinds/date_us_order.html"))
    assert article.why("published").text == "9/18/2005 8:05:31 PM"
    assert article.published_text == "9/18/2005 8:05:31 PM"
    back = zhnews.Article.from_dict(article.to_dict())
    assert back.evidence == article.evidence and back.credits == article.credits


@pytest.mark.parametrize(("line", "day"), [
    ("发布日期：7/5/2005 9:23:57 PM", "2005-07-05T21:23:57"),
    ("posted 13/7/2006", "2006-07-13T00:00:00"),  # a first number over 12 is the day
    ("Updated: Sep 2, 2019 7:05 am", "2019-09-02T07:05:00"),
    ("12 December 2012 10:41", "2012-12-12T10:41:00"),
])
def test_western_dates(line: str, day: str) -> None:
    from zhnews.page.dates import find_dates

    assert find_dates(line)[0].value.replace(tzinfo=None).isoformat() == day


def test_a_comment_time_under_the_post_is_not_the_date() -> None:
    page = (
        "社区新开一家共享书屋\n2022-04-23 10:00\n"
        "社区新开的共享书屋今天开门，居民可以用旧书换新书，也可以在店里免费阅读。\n"
        "书屋由社区和志愿者一起运营，每周一休息，其余时间从早九点开到晚八点。\n"
        "网友评论 2022-04-25 21:13 这个好，周末带孩子去看看。\n"
    )
    article = zhnews.parse_page(page)
    assert article.published == datetime(2022, 4, 23, 10, 0, tzinfo=CN)


def test_a_forum_error_page_holds_no_article() -> None:
    page = """<html><head><title>[原创]周末去哪儿 - 错误信息 - 示例论坛</title></head><body>
    <div class="nav"><a href="/">论坛首页</a> <a href="/f/3">同城交友</a></div>
    <table><tr><th>示例论坛 - 错误信息</th></tr>
    <tr><td>您在访问帖子的时候发生错误，共有1项，下面是错误的详细信息：</td></tr>
    <tr><td>该帖子不存在或已被管理员移动，请确认您是从有效的链接进入。</td></tr></table>
    </body></html>"""
    with pytest.raises(zhnews.NoArticleError, match="error page"):
        zhnews.parse_page(page)


def test_a_short_article_about_an_error_is_still_an_article() -> None:
    para = "<p>网传“明起全市停水”属于错误信息，供水公司表示近期没有停水计划，请市民以官方发布为准。</p>"
    title = "<title>网传停水属错误信息 供水公司：近期没有停水计划</title>"
    page = f"<html><head>{title}</head><body><h1>网传停水属错误信息</h1><p>2024-07-02 09:10</p>{para}</body></html>"
    assert "错误信息" in zhnews.parse_page(page).body


@pytest.mark.parametrize("between", ["导读", "2023-05-02", "打印本页"])
def test_no_pen_name_from_a_section_word_or_a_date(between: str) -> None:
    para = "<p>故乡的河上有三座桥，最老的那座是石拱桥，桥面被几代人的脚步磨得发亮，如今成了老人乘凉的地方。</p>"
    page = f"<html><body><p>故乡的桥</p><p>{between}</p>{para * 3}</body></html>"
    assert zhnews.parse_page(page).authors == []
    named = f"<html><body><p>故乡的桥</p><p>青禾</p>{para * 3}</body></html>"
    assert zhnews.parse_page(named).authors == ["青禾"]


def test_a_menu_under_a_word_is_no_user_card() -> None:
    text = (
        "首页 | 时事 | 生活\n贴图\n注册 | 登入 | 帮助\n2005-09-10 10:56\n周末农夫集市开张\n"
        "周末农夫集市今天在城北公园开张，三十多户农户带来了自家种的蔬菜水果，不少市民一早就来排队。\n"
        "主办方说，集市以后每个周六上午开放，摊位免费，只收本地农户自产的农产品。\n"
    )
    assert zhnews.parse_page(text).authors == []


def test_a_name_before_the_source_label_is_the_byline() -> None:
    text = (
        "首页 > 财经\n老字号茶庄开出第一家社区店\nBIZ.EXAMPLE.CN 2004年8月2日09:15\n[ 施佳妮 ] 来源：[ 示例商报 ]\n"
        "有着百年历史的老字号茶庄昨天在城东社区开出第一家社区店，店面不大，但常卖的二十多种茶叶都能买到。\n"
        "茶庄负责人说，社区店主要服务周边老顾客，今年还打算再开三家。\n"
    )
    article = zhnews.parse_page(text)
    assert article.authors == ["施佳妮"] and article.source == "示例商报"
    assert article.credits[0].rule == "name beside the 来源 label"
