"""Bytes in the encodings Chinese pages use, with and without truthful declarations."""

from __future__ import annotations

import codecs

import pytest

import zhnews
from zhnews.errors import DecodeError
from zhnews.page.decode import declared_charset, decode_bytes, decode_page

BODY = "<html><body><h1>之江實驗室</h1><p>杭州市餘杭區，喆、镕、堃都在。</p></body></html>"
SIMPLE = "<html><body><h1>之江实验室</h1><p>杭州市余杭区，喆、镕、堃都在。</p></body></html>"


def test_bom_wins() -> None:
    text, enc = decode_bytes(codecs.BOM_UTF8 + BODY.encode("utf-8"))
    assert text == BODY and enc == "utf-8"
    text, enc = decode_bytes(BODY.encode("utf-16"))
    assert text == BODY and enc == "utf-16"


def test_gb2312_declared_gbk_used() -> None:
    # 喆 镕 堃 are outside GB2312: a decoder that trusts the declaration loses them
    raw = ('<meta charset="gb2312">' + SIMPLE).encode("gbk")
    text, enc = decode_bytes(raw)
    assert "喆、镕、堃" in text and enc == "gb18030"


def test_utf8_declared_as_gb2312() -> None:
    raw = ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' + SIMPLE).encode("utf-8")
    text, enc = decode_bytes(raw)
    assert "之江实验室" in text and enc == "utf-8"


def test_big5_declared() -> None:
    raw = ('<meta charset="big5">' + "<p>離岸風電第三階段開發，經濟部今天表示規劃已大致完成。</p>").encode("big5")
    text, enc = decode_bytes(raw)
    assert "離岸風電" in text and enc == "big5hkscs"


def test_undeclared_gbk_is_detected() -> None:
    raw = ("<p>" + "今年前三季度，全区实现数字经济核心产业增加值一千一百五十七亿元。" * 5 + "</p>").encode("gbk")
    text, _ = decode_bytes(raw)
    assert "数字经济核心产业" in text


@pytest.mark.parametrize(
    ("head", "name"),
    [(b"<meta charset=GBK>", "gb18030"), (b'<?xml version="1.0" encoding="utf-8"?>', "utf-8"),
     (b"<text id=x encoding=gb2312>", "gb18030"), (b"<meta charset=nonsense>", None)],
)
def test_declared_charset(head: bytes, name: str | None) -> None:
    assert declared_charset(head) == name


# ---------------------------------------------------------------- pages with a few bad bytes

STORY_HANS = "<p>西溪湿地今年新开放三条步道，游客可沿水岸一路走到五常老街。</p>"
STORY_HANT = "<p>淡水河畔今年新開放三條步道，遊客可沿著河岸一路走到老街。</p>"


def _cut_page(story: str, codec: str, declare: bool) -> tuple[bytes, str]:
    """A page in ``codec`` with one character cut in two inside (a CMS that cut a teaser by bytes)
    and the download cut mid-character at the end."""
    head = f'<html><head><meta charset="{codec}"></head><body>' if declare else "<html><body>"
    whole = story.encode(codec)
    teaser = whole[: len(b"<p>") + 5]  # 5 bytes: two GBK/Big5 characters and half of the third
    # the end cut 7 bytes before </p>: half a character left
    raw = head.encode("ascii") + teaser + b"...</p>" + whole * 6 + whole[:-11]
    return raw, story


@pytest.mark.parametrize("declare", [True, False])
@pytest.mark.parametrize(("story", "codec", "name"), [
    (STORY_HANS, "gbk", "gb18030"), (STORY_HANT, "big5", "big5hkscs"), (STORY_HANS, "utf-8", "utf-8"),
])
def test_a_cut_character_is_replaced_and_counted(story: str, codec: str, name: str, declare: bool) -> None:
    raw, story = _cut_page(story, codec, declare)
    decoded = decode_page(raw)
    assert decoded.encoding == name
    assert decoded.text.count(story) == 6  # every whole paragraph read right
    assert decoded.errors >= 2 and decoded.text.count("\ufffd") == decoded.errors


@pytest.mark.parametrize(("story", "codec"), [(STORY_HANS, "gbk"), (STORY_HANT, "big5"), (STORY_HANS, "utf-8")])
def test_strict_refuses_a_cut_character(story: str, codec: str) -> None:
    raw, _ = _cut_page(story, codec, True)
    with pytest.raises(DecodeError, match='errors="replace"'):
        decode_page(raw, errors="strict")


def test_parse_page_reports_the_bad_bytes() -> None:
    raw, story = _cut_page(STORY_HANS, "gbk", True)
    article = zhnews.parse_page(raw)
    assert article.decode_errors == decode_page(raw).errors > 0
    assert story[3:-4] in article.body
    assert zhnews.Article.from_dict(article.to_dict()).decode_errors == article.decode_errors
    with pytest.raises(DecodeError):
        zhnews.parse_page(raw, errors="strict")
    assert zhnews.parse_page(STORY_HANS.encode("gbk") * 3).decode_errors == 0


def test_mostly_not_text_is_still_an_error() -> None:
    noise = bytes((i * 151 + 7) % 256 for i in range(6000))
    with pytest.raises(DecodeError):
        decode_page(noise)
    # text with every tenth byte damaged is not "a few bad bytes"
    damaged = bytearray(("<p>" + "杭州余杭区新增众创空间。" * 200 + "</p>").encode("gbk"))
    damaged[5::10] = b"\xff" * len(damaged[5::10])
    with pytest.raises(DecodeError):
        decode_page(bytes(damaged))
