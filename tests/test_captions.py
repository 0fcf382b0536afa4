"""A document stored without a title or doc number is cited by a caption, never by its id."""

from __future__ import annotations

from policybot.knowledge.captions import untitled_caption


def test_a_chapter_heading_names_an_excerpt() -> None:
    text = "某县某章:专利奖励5万元\n第三章 示范专利创造奖励\n第九条 奖励对象为本县企业。"
    assert untitled_caption("某县", text) == "某县文件「示范专利创造奖励」"


def test_a_numbered_items_lead_phrase_names_an_excerpt() -> None:
    text = "5.加快示范中心建设。对新认定的示范中心,每家给予补助30万元。"
    assert untitled_caption("甲区", text) == "甲区文件「加快示范中心建设」"


def test_the_salutation_chrome_and_issuer_are_skipped_for_the_opening_words() -> None:
    text = (
        "信息索引号 | 0000/2020-1 |\n示范市人民政府\n2030年1月2日\n"
        "各区人民政府,市各委办局:为推进示范工作高质量发展,现提出如下意见。"
    )
    assert untitled_caption("示范市", text) == "示范市文件「为推进示范工作高质量发展,现提出如下…」"


def test_no_words_no_caption() -> None:
    assert untitled_caption(None, "各单位:\n") is None


def test_markup_and_punctuation_lines_are_never_the_opening() -> None:
    """User trial: a text copied from a web page was captioned 文件「<div class="conten…」."""
    html = '<div class="content">\n<p>&nbsp;&nbsp;对新认定的示范中心给予补助30万元。</p>\n'
    assert untitled_caption("示范市", html) == "示范市文件「对新认定的示范中心给予补助30万元」"
    for opening in ("======", "**", "——", "【】【】【】", "……", "* * *", "<br/>"):
        text = f"{opening}\n对新认定的示范中心给予补助。"
        assert untitled_caption("示范市", text) == "示范市文件「对新认定的示范中心给予补助」", (
            opening
        )


def test_markdown_marks_are_not_part_of_a_heading_or_an_opening() -> None:
    assert (
        untitled_caption("甲区", "# 第三章 示范专利创造奖励\n正文")
        == "甲区文件「示范专利创造奖励」"
    )
    bold = "**5.加快示范中心建设。**对新认定的示范中心,每家给予补助30万元。"
    assert untitled_caption("甲区", bold) == "甲区文件「加快示范中心建设」"
    assert untitled_caption("甲区", "### 对示范中心给予补助。") == "甲区文件「对示范中心给予补助」"


def test_a_short_salutation_is_skipped_too() -> None:
    assert untitled_caption("示范市", "各区:为推进示范工作,现提出如下意见。") == (
        "示范市文件「为推进示范工作,现提出如下意见」"
    )
