"""An upload's preview names the lines with a figure or a date that gave no fact (robust36).

Trial: a 400-line plan previewed 394 targets without naming the six lines it did not read, so
the admin could not check them before 确认入库. The preview now says how many such lines there
are and quotes the first few (one short line each, with its line number); 全部条目 lists them
all. References are not figures: a cited title, a doc number, a plan period, an item's
ordinal, a dateline.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine

from policybot.handlers.admin_format import PREVIEW_UNREAD, UNREAD_CHARS, UNREAD_LABEL
from policybot.knowledge.reading import read_plan
from policybot.knowledge.unread_lines import unread_lines
from test_admin_samples import PLAN_V1, admin_bot

# Background figures the plan states but does not set as targets (invented).
BACKGROUND = [
    "2019年以来,全市累计培育品牌企业86家,为本计划打下基础。",
    "截至2023年底,全市拥有省级以上品牌127个,居全省第3位。",
    "2023年全市品牌企业实现产值约450亿元,同比增长12%,其中出口产品占比超过三成以上水平。",
    "全市已有32家企业参与制定各类标准,品牌意识普遍增强。",
]
REFERENCES = [
    "依据《示范市质量发展纲要(2021—2030年)》和示府发〔2023〕12号文件精神制定本计划。",
    "示范市人民政府办公室2024年3月18日印发",
    "1.加强组织领导。各区要建立工作机制。",
]
PLAN = PLAN_V1.replace("一、主要目标", "\n".join([*BACKGROUND, *REFERENCES, "一、主要目标"]))


def test_the_lines_with_figures_that_gave_no_fact_are_found_and_references_are_not() -> None:
    extraction = read_plan(PLAN.encode(), "plan.txt").extraction
    found = unread_lines(extraction)
    assert [line.text for line in found] == BACKGROUND
    lines = extraction.text.split("\n")
    assert all(lines[line.number - 1].strip() == line.text for line in found)
    # The plan's own targets, milestones and rewards are read: none of their lines is named.
    assert unread_lines(read_plan(PLAN_V1.encode(), "plan.txt").extraction) == []


def test_a_periodic_statement_that_gave_no_duty_is_named() -> None:
    """rem39: "按季度向…报送工作进展" has a period and a unit but no figure; the extractor reads no
    duty from it, and the preview said nothing, so it was never reminded nor checked. A line
    whose duty was read is not named."""
    missed = "各成员单位按季度向市质量强市办报送工作进展情况。"
    read = "市市场监管局要逐月跟踪各项任务推进情况。"
    plan = PLAN_V1.replace("一、主要目标", "\n".join([missed, read, "一、主要目标"]))
    extraction = read_plan(plan.encode(), "plan.txt").extraction
    assert any(read.rstrip("。") in duty.quote for duty in extraction.recurring)
    assert [line.text for line in unread_lines(extraction)] == [missed]


async def test_the_preview_counts_them_and_quotes_the_first_few(engine: Engine) -> None:
    async with admin_bot(engine) as bot:
        (preview,) = await bot.upload(PLAN.encode(), filename="plan.txt")
        text = preview.text
        assert f"{UNREAD_LABEL}:{len(BACKGROUND)} 行" in text, text
        quoted = [line for line in text.splitlines() if line.startswith(" • 第")]
        assert len(quoted) == PREVIEW_UNREAD, text
        assert all(len(line) <= UNREAD_CHARS + 12 for line in quoted), quoted
        assert "86家" in quoted[0] and "…" in quoted[2], quoted
        assert f"另有 {len(BACKGROUND) - PREVIEW_UNREAD} 行" in text, text
        assert "纲要" not in text and "印发" not in text.split(UNREAD_LABEL)[1], text

        (first,) = await bot.press("全部条目")
        assert f"{UNREAD_LABEL}(共 {len(BACKGROUND)} 行)" in first.text, first.text
        (last,) = await bot.press("下一页")
        assert "32家企业" in last.text, last.text
