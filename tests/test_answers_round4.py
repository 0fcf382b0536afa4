"""Answers round 4 (#12): what a new user found, asked through ``policybot ask`` on the seeds."""

from __future__ import annotations

import re

import pytest

from policybot.bot import cli
from policybot.handlers.formatting import PLAIN, source_text
from policybot.knowledge.answer_layout import disagreement
from policybot.knowledge.answers import Answer, Citation, FactLine
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.hints import WHERE_TO_LOOK
from policybot.knowledge.store import SHORT_TITLE_LIMIT, short_title

NOW = "2018-06-01T09:00"


def ask(capsys: pytest.CaptureFixture[str], text: str, now: str = NOW) -> str:
    cli.main(["ask", "--now", now, text])
    return capsys.readouterr().out


def _due_dates(out: str) -> list[str]:
    return re.findall(r"(?<!\d)20\d{2}-\d{2}-\d{2}", out)


def test_this_month_lists_only_what_falls_due_this_month(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """本月 at 2018-06-01: the quarterly duty whose quarter ends 06-30, nothing due later."""
    out = ask(capsys, "佛山本月有啥要到期的任务?")
    assert "每季度" in out
    dates = _due_dates(out)
    assert dates and set(dates) == {"2018-06-30"}


def test_next_month_with_nothing_due_names_the_nearest_dates(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ask(capsys, "佛山下个月有啥要到期的任务?")
    assert "未找到" in out and "2018-07-01至2018-07-31" in out
    assert "最近的到期日" in out and "2018-09-30" in out
    out = ask(capsys, "佛山下个月底前有啥要到期的任务?")
    assert "未找到" not in out and set(_due_dates(out)) <= {"2018-06-30", "2018-07-31"}


def test_deadlines_list_a_recurring_duty_at_its_next_occurrence(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The quarterly duty's reminders are sent, so /deadlines lists it, dated to its next one."""
    out = ask(capsys, "/deadlines 佛山")
    first = next(line for line in out.splitlines() if line.startswith("1) "))
    assert "每季度" in first and "2018-06-30" in first
    assert "最近: 2018-06-30" in out


def _count(out: str) -> str:
    match = re.search(r"答: 共 (\d+) 项", out)
    assert match, out
    return match.group(1)


def test_this_year_with_a_district_lists_its_targets_of_the_year(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = _count(ask(capsys, "我们是南海区,2018年要完成哪些指标"))
    assert _count(ask(capsys, "南海区今年要完成什么?")) == listed
    assert _count(ask(capsys, "我们是南海区,今年要完成什么")) == listed


def test_our_district_unnamed_asks_which_district(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The query service has no subscriptions of the chat: it asks, it does not guess."""
    out = ask(capsys, "我们区今年要完成什么?")
    assert "答:" not in out and "哪个地区" in out
    assert "佛山市南海区" in out  # the store's districts to choose from


def _reward(region: str, document_id: int, value: str) -> FactLine:
    citation = Citation(document_id=document_id, document=f"文件{document_id}", quote="…")
    return FactLine(
        kind="reward",
        fact_id=document_id,
        label="驰名商标",
        citation=citation,
        value=value,
        region=region,
    )


def test_regions_that_disagree_lead_with_each_value() -> None:
    """Two regions' rules: the lead line gives both, not the first one as *the* amount."""
    both = [_reward("甲市", 1, "100万元"), _reward("乙区", 2, "50万元")]
    assert disagreement(both) == "甲市 100万元;乙区 50万元"
    many = [_reward(f"{n}市", n, f"{n}0万元") for n in range(1, 6)]
    assert disagreement(many) == "各地不同,见下"
    # One document's own tiers (主导 100万元, 参与 30万元) keep its first value in the lead.
    assert disagreement([_reward("甲市", 1, "100万元"), _reward("甲市", 1, "30万元")]) is None
    assert disagreement([_reward("甲市", 1, "100万元"), _reward("乙区", 2, "100万元")]) is None


def test_one_documents_tiers_lead_with_every_sum(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A single document's tiers (主导 100万元, 参与 30万元), the question naming neither, lead
    with both sums (trial49 M7: one of several sums led, the others left below), the region
    named first: no place was asked, and only that region's rules were found."""
    out = ask(capsys, "国际标准奖励多少钱")
    headline = out.splitlines()[1]
    assert headline.startswith("答: 衢州市 "), out
    assert "100万元" in headline and "30万元" in headline, out


@pytest.mark.parametrize("question", ["广东省名牌产品奖励多少钱", "广东的驰名商标奖励多少钱"])
def test_a_province_no_rule_is_written_for_is_not_answered_by_another_provinces_rule(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], question: str
) -> None:
    out = ask(capsys, question)
    assert "未找到" in out and "部分相符" not in out and "衢州" not in out.split("可查询")[0]
    # Where to see what the store holds instead: its documents, or (the Foshan plan names the
    # title, with no reward for it) the sentences that name it.
    assert WHERE_TO_LOOK in out or ("没有写明奖励金额" in out and "/search" in out)


def test_a_province_the_rules_are_written_in_still_scopes_to_them(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "答: 30万元" in ask(capsys, "浙江省著名商标奖励多少钱")


@pytest.mark.parametrize(
    ("question", "headline"),
    [
        ("2027年有哪些目标", "未找到:收录的文件没有2027年的内容"),
        ("/targets 湖州 2030", "未找到:湖州市没有2030年的目标"),
        ("武汉2019年有哪些节点", "未找到:武汉市的文件没有单独写2019年的内容"),
    ],
)
def test_not_found_without_a_topic_is_a_sentence(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], question: str, headline: str
) -> None:
    out = ask(capsys, question)
    # under the place's title, or first when no place is named (no generic 提问 over 未找到)
    lines = out.splitlines()
    assert headline in lines[1] or (headline in lines[0] and "提问" not in out)
    assert "未找到的" not in out and "全部地区" not in out


def _answer_of(lines: list[FactLine]) -> Answer:
    return Answer(
        found=True,
        kind="rewards",
        title="t",
        headline="h",
        facts=tuple(lines),
        total=len(lines),
        listing=True,
    )


def _line(n: int, document_id: int, quote: str) -> FactLine:
    citation = Citation(document_id=document_id, document=f"文件{document_id}", quote=quote)
    return FactLine(kind="reward", fact_id=n, label=f"事项{n}", citation=citation, value="1万元")


def test_the_source_view_shows_a_shared_sentence_once_with_its_item_numbers() -> None:
    lines = [_line(1, 1, "甲句"), *(_line(n, 1, "乙句") for n in (2, 3, 4)), _line(5, 2, "乙句")]
    text = source_text(_answer_of(lines), lines, PLAIN, show_ids=True)
    assert text.count("“乙句”") == 2  # once per document
    # Each document named once, above one line a sentence (the phone-sized 出处 view).
    assert "《文件1》\n1. “甲句”" in text and "\n2–4. “乙句”" in text
    assert "《文件2》\n5. “乙句”" in text and text.count("《文件1》") == 1
    assert "#reward#2 #reward#3 #reward#4" in text


def test_ask_prints_the_sources_once_after_the_whole_list(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # --all: every page (ask prints the chat's first page by default since answers round 31).
    cli.main(["ask", "--all", "--now", NOW, "/deadlines 武汉 全部"])
    out = capsys.readouterr().out
    assert out.count("出处:") == 1
    assert out.rstrip().splitlines()[-1].startswith("出处:") or "出处:" in out.split("\n\n")[1]
    items = re.findall(r"^(\d+)\) ", out, flags=re.M)
    assert len(items) > 8  # more than a page, still one source line


def test_a_short_title_keeps_the_issuers_place() -> None:
    assert (
        short_title("温州市洞头区人民政府办公室关于推进“浙江制造”品牌建设的实施意见")
        == "温州市洞头区推进“浙江制造”品牌建设的实施意见"
    )
    whole = short_title(
        "衢州市人民政府办公室关于进一步加强全市标准强市、质量强市、品牌强市和“浙江制造”品牌建设工作的意见"
    )
    assert whole == "衢州市进一步加强全市标准强市、质量强市、品牌强市和“浙江制造”品牌建设工作的意见"
    long = short_title("嘉兴市人民政府办公室关于" + "进一步加强" * 10 + "工作的意见")
    assert long is not None and long.startswith("嘉兴市进一步") and long.endswith("工作的意见")
    assert "…" in long and len(long) <= SHORT_TITLE_LIMIT
    # A plan whose own name already has its place keeps it as it was.
    assert (
        short_title("湖州市人民政府办公室关于印发湖州市品牌建设三年行动计划(2016-2018年)的通知")
        == "湖州市品牌建设三年行动计划(2016-2018年)"
    )


def test_a_title_on_the_first_lines_is_taken_when_no_field_gives_one() -> None:
    text = "文章播报\n某政办发〔2010〕34号\n永康市人民政府办公室\n关于表彰出口名牌企业的通报\n各镇人民政府:\n正文。"
    assert extract_metadata("a.txt", text).title == "永康市人民政府办公室关于表彰出口名牌企业的通报"
    text = "长丰县推动经济高质量发展若干政策\n为全面贯彻……精神,制定本政策。\n一、支持"
    assert extract_metadata("b.txt", text).title == "长丰县推动经济高质量发展若干政策"
    text = "全文\n以新时代思想为指导,坚持稳中求进。\n一、坚持系统集成"
    assert extract_metadata("c.txt", text).title is None
