"""A Word table of yearly figures is read row by row, or flagged; never dropped in silence (trial59).

An uploaded .docx with a real Word table (任务 | 单位 | 2027年 | 2028年, a row per goal) came out
one cell a line, which no table reader read without a serial column: the preview counted the
plan's targets as if the table were not there, with no ⚠️, and 确认入库 stored it without them.
The Word reader now writes such a table a row a line (cells parted by tabs), and a table one
cell a line under a name header (任务 / 指标 / 项目…, then 单位, year columns, unit columns) is
read all the same; a table-like block no reader reads is named in the preview's ⚠️ notes.
Every text here is invented (青石滩县).
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.models import Target
from policybot.knowledge.readers import read_upload
from test_admin_samples import admin_bot

NOTICE = """青石滩县人民政府办公室关于印发青石滩县计量能力提升行动方案(2026—2028年)的通知
石政办发〔2026〕9号
各乡镇人民政府,县政府各部门:
现将《青石滩县计量能力提升行动方案(2026—2028年)》印发给你们,请认真贯彻执行。
青石滩县人民政府办公室
2026年4月8日
青石滩县计量能力提升行动方案(2026—2028年)
一、主要目标
到2028年,全县建成社会公用计量标准10项。
二、重点任务
(一)提升计量服务能力。每年组织计量进企业活动2次以上。(牵头单位:县市场监管局)
"""
TAIL = """三、保障措施
各有关单位要加强协调配合,确保各项任务落到实处。
"""
SIGNATURE = "青石滩县人民政府办公室\n2026年4月8日印发\n"
TITLE = "青石滩县计量能力提升任务分解表"
ROWS = [
    ["新增能源计量示范单位", "家", "4", "6"],
    ["建设区域计量检定站", "个", "1", "3"],
    ["开展计量惠民服务", "次", "20", "25"],
    ["培养注册计量师", "名", "8", "12"],
]
# every row's two years, each due at its year's end, with the row's unit of measure
EXPECTED = sorted(
    (name, float(value), unit, date(year, 12, 31))
    for name, unit, *values in ROWS
    for year, value in zip((2027, 2028), values, strict=True)
)


def header(first: str) -> list[str]:
    return [first, "单位", "2027年", "2028年"]


def one_cell_a_line(first: str, *, annex: bool = False) -> str:
    cells = "\n".join(cell for row in [header(first), *ROWS] for cell in row)
    table = f"{TITLE}\n{cells}\n"
    if annex:  # after the 落款, as the plan's 附件
        return NOTICE + TAIL + SIGNATURE + "附件\n" + table
    return NOTICE + table + TAIL + SIGNATURE


def table_targets(text: str, source: str) -> list[tuple[str, float, str | None, date | None]]:
    extraction = extract_text(text, source)
    names = {row[0] for row in ROWS}
    return sorted(
        (t.subject, t.value, t.unit, t.deadline) for t in extraction.targets if t.subject in names
    )


@pytest.mark.parametrize("first", ["任务", "重点任务", "指标", "指标名称", "主要指标", "项目"])
@pytest.mark.parametrize("annex", [False, True], ids=["mid-text", "annex"])
def test_every_row_of_a_table_one_cell_a_line_is_read(first: str, annex: bool) -> None:
    text = one_cell_a_line(first, annex=annex)
    assert table_targets(text, "qingshitan.txt") == EXPECTED


def test_unit_columns_after_the_years_give_each_row_its_units() -> None:
    head = ["工作任务", "计量单位", "2027年目标", "2028年目标", "牵头单位", "配合单位"]
    rows = [
        [*ROWS[0], "县市场监管局", "县发展改革局"],
        [*ROWS[1], "县市场监管局", "县财政局"],
    ]
    text = NOTICE + TITLE + "\n" + "\n".join(c for row in [head, *rows] for c in row) + "\n"
    extraction = extract_text(text + TAIL + SIGNATURE, "qingshitan.txt")
    read = sorted(
        (t.subject, t.value, t.deadline, tuple(t.lead_units), tuple(t.support_units))
        for t in extraction.targets
        if t.subject in {ROWS[0][0], ROWS[1][0]}
    )
    assert read == [
        ("建设区域计量检定站", 1.0, date(2027, 12, 31), ("县市场监管局",), ("县财政局",)),
        ("建设区域计量检定站", 3.0, date(2028, 12, 31), ("县市场监管局",), ("县财政局",)),
        ("新增能源计量示范单位", 4.0, date(2027, 12, 31), ("县市场监管局",), ("县发展改革局",)),
        ("新增能源计量示范单位", 6.0, date(2028, 12, 31), ("县市场监管局",), ("县发展改革局",)),
    ]


def word_plan(first: str = "任务", *, annex: bool = False) -> bytes:
    import docx

    document = docx.Document()
    before = NOTICE + (TAIL + SIGNATURE + "附件\n" if annex else "") + TITLE
    for line in before.splitlines():
        document.add_paragraph(line)
    rows = [header(first), *ROWS]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    for line in ("" if annex else TAIL + SIGNATURE).splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("first", ["任务", "指标"])
@pytest.mark.parametrize("annex", [False, True], ids=["mid-text", "annex"])
def test_a_word_table_reads_every_row(first: str, annex: bool) -> None:
    text = read_upload(word_plan(first, annex=annex), "qingshitan.docx").text
    assert "新增能源计量示范单位\t家\t4\t6" in text  # a row a line, its cells parted by tabs
    assert table_targets(text, "qingshitan.docx") == EXPECTED


async def test_a_word_table_is_previewed_and_stored(engine: Engine) -> None:
    without = extract_text(NOTICE + TAIL + SIGNATURE, "qingshitan.txt")
    async with admin_bot(engine) as bot:
        (preview,) = await bot.upload(word_plan(), filename="青石滩县计量方案.docx")
        # the table's 8 goals counted beside the text's own
        assert f"目标 {len(without.targets) + len(EXPECTED)} 项" in preview.text, preview.text
        assert "⚠️" not in preview.text, preview.text
        (done,) = await bot.press("确认入库")
        assert "已入库" in done.text, done.text
    with Session(engine) as session:
        stored = sorted(
            (t.subject, t.value, t.unit, t.deadline)
            for t in session.exec(select(Target)).all()
            if t.subject in {row[0] for row in ROWS}
        )
    assert stored == EXPECTED


# a table whose cells run column by column (every row's name, then every row's figures): its
# rows cannot be told apart, so no goal is read from it, and the preview says so
UNREADABLE = """分年度安排表
类别
2027年
2028年
示范企业
试点乡镇
3
5
2
4
"""


def test_a_table_that_cannot_be_read_is_named_in_the_warnings() -> None:
    extraction = extract_text(NOTICE + UNREADABLE + TAIL + SIGNATURE, "qingshitan.txt")
    notes = [w for w in extraction.warnings if w.startswith("表格「")]
    assert len(notes) == 1 and "类别|2027年|2028年" in notes[0], extraction.warnings
    # a table that is read is not flagged
    read = extract_text(one_cell_a_line("任务"), "qingshitan.txt")
    assert not [w for w in read.warnings if w.startswith("表格「")], read.warnings


async def test_the_preview_flags_a_table_it_could_not_read(engine: Engine) -> None:
    text = NOTICE + UNREADABLE + TAIL + SIGNATURE
    async with admin_bot(engine) as bot:
        (preview,) = await bot.upload(text.encode(), filename="qingshitan.txt")
    warned = preview.text.split("⚠️", 1)[-1]
    assert "⚠️" in preview.text and "表格「分年度安排表|类别|2027年|2028年" in warned, preview.text


def test_a_row_whose_year_cell_was_dropped_is_flagged_not_guessed() -> None:
    # one cell a line, the row's empty 2027年 cell gone: its 6 cannot be given a year
    rows = [[*ROWS[0][:2], "6"], ROWS[1]]
    cells = "\n".join(c for row in [header("任务"), *rows] for c in row)
    extraction = extract_text(NOTICE + TITLE + "\n" + cells + "\n" + TAIL, "qingshitan.txt")
    assert not [t for t in extraction.targets if t.subject == ROWS[0][0]]
    assert sorted((t.value, t.deadline) for t in extraction.targets if t.subject == ROWS[1][0]) == [
        (1.0, date(2027, 12, 31)),
        (3.0, date(2028, 12, 31)),
    ]
    assert any(f"{TITLE}第1行" in w and "年份列" in w for w in extraction.warnings), (
        extraction.warnings
    )


def test_a_serial_column_one_cell_a_line_keeps_a_figure_equal_to_the_next_serial() -> None:
    # "建设区域计量检定站 / 个 / 1 / 3" then the serial "3": the first "3" is the row's 2028 figure
    head = ["序号", *header("任务")]
    rows = [[str(number), *row] for number, row in enumerate(ROWS, 1)]
    cells = "\n".join(c for row in [head, *rows] for c in row)
    text = NOTICE + TITLE + "\n" + cells + "\n" + TAIL + SIGNATURE
    assert table_targets(text, "qingshitan.txt") == EXPECTED


def test_a_word_reward_table_gives_each_row_its_achievement() -> None:
    import docx

    document = docx.Document()
    for line in (NOTICE + "三、奖励政策").splitlines():
        document.add_paragraph(line)
    rows = [
        ["奖励项目", "奖励标准"],
        ["获得省级计量标杆称号", "一次性奖励30万元"],
        ["主导制定国家计量技术规范", "每项奖励20万元"],
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_upload(buffer.getvalue(), "qingshitan.docx").text
    extraction = extract_text(text, "qingshitan.docx")
    read = sorted((r.achievement, r.amount_yuan) for r in extraction.rewards)
    # each row's words, no cell separator in them
    assert [amount for _, amount in read] == [200_000.0, 300_000.0], read
    assert all("\t" not in achievement for achievement, _ in read), read
    assert "主导制定国家计量技术规范" in read[0][0] and "获得省级计量标杆称号" in read[1][0], read
