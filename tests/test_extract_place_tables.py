"""Per-place quota tables and quota splits in the layouts attachments arrive in (round 17, tables).

A provincial or city plan hands one figure per subordinate place down in a table: bar rows,
Markdown (with bold heads), one cell per line, spaces, with the unit in the heads ("(万亩)",
"播种面积/万亩"), on a line of its own ("单位:万吨", "(单位:万亩)" after the title) or in a row
under the heads ("单位 | 万亩 | 万吨"), a total row, counties nested under their city ("其中:甲区").
Every place row is one target whose district is the place; the total row is the document's own
figure.  Invented figures; the row labels are real places of the gazetteer.
"""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import extract_text

_HEAD = (
    "浙江省人民政府办公厅关于下达2031年粮食生产目标任务的通知\n浙政办发〔2031〕5号\n"
    "各市人民政府:\n现将2031年粮食生产目标任务下达给你们。\n浙江省人民政府办公厅\n2031年3月1日\n"
    "附件\n2031年粮食生产目标任务分解表\n"
)
_END = date(2031, 12, 31)


def _rows(body: str) -> set[tuple[str | None, float, str | None]]:
    targets = extract_text(_HEAD + body, "quota.txt").targets
    assert all(t.deadline == _END for t in targets)
    return {(t.district, t.value, t.unit) for t in targets}


_EXPECTED = {
    (None, 1500, "万亩"),
    ("杭州市", 120, "万亩"),
    ("宁波市", 150, "万亩"),
}


@pytest.mark.parametrize(
    "body",
    [
        "| **地区** | **播种面积(万亩)** |\n| :--- | ---: |\n| **全省** | 1500 |\n"
        "| 杭州市 | 120 |\n| 宁波市 | 150 |\n",
        "(单位:万亩)\n设区市 | 播种面积 |\n全省 | 1500 |\n杭州市 | 120 |\n宁波市 | 150 |\n",
        "地区(单位:万亩) | 播种面积 |\n全省 | 1500 |\n杭州市 | 120 |\n宁波市 | 150 |\n",
        "地区 | 播种面积/万亩 |\n全省 | 1500 |\n杭州市 | 120 |\n宁波市 | 150 |\n",
        "地区 | 播种面积 |\n单位 | 万亩 |\n全省 | 1500 |\n杭州市 | 120 |\n宁波市 | 150 |\n",
        "单位:万亩\n地区\n播种面积\n全省\n1500\n杭州市\n120\n宁波市\n150\n",
        "地区 | 播种面积(万亩) |\n全省 | 1500 |\n杭州 | 120 |\n宁波 | 150 |\n",
    ],
    ids=[
        "markdown-bold",
        "bracketed-unit-line",
        "unit-in-place-head",
        "slash-unit",
        "unit-row",
        "flat-one-column",
        "short-names",
    ],
)
def test_a_place_table_in_each_layout_gives_one_target_per_place(body: str) -> None:
    assert _rows(body) == _EXPECTED


def test_the_title_closing_with_its_unit_gives_the_unit() -> None:
    body = (
        "附表1 各市粮食播种面积任务表(单位:万亩)\n设区市 | 播种面积 |\n全省 | 1500 |\n"
        "杭州市 | 120 |\n宁波市 | 150 |\n"
    )
    assert _rows(body) == _EXPECTED


def test_a_unit_row_under_the_heads_gives_each_column_its_measure() -> None:
    body = (
        "地区 | 播种面积 | 产量 |\n单位 | 万亩 | 万吨 |\n杭州市 | 120 | 50 |\n宁波市 | 150 | 60 |\n"
    )
    targets = extract_text(_HEAD + body, "quota.txt").targets
    assert {(t.district, t.subject, t.value, t.unit) for t in targets} == {
        ("杭州市", "播种面积", 120, "万亩"),
        ("杭州市", "产量", 50, "万吨"),
        ("宁波市", "播种面积", 150, "万亩"),
        ("宁波市", "产量", 60, "万吨"),
    }


def test_counties_nested_under_their_city_with_qizhong_are_named_without_it() -> None:
    body = (
        "单位:万亩\n地区 | 播种面积 |\n全省 | 1500 |\n杭州市 | 120 |\n其中:萧山区 | 30 |\n"
        "余杭区 | 20 |\n宁波市 | 150 |\n其中:慈溪市 | 40 |\n"
    )
    districts = {district for district, _, _ in _rows(body)}
    assert districts == {None, "杭州市", "萧山区", "余杭区", "宁波市", "慈溪市"}


def test_a_total_across_the_serial_and_place_columns_is_the_documents_figure() -> None:
    body = (
        "序号 | 地区 | 播种面积(万亩) |\n1 | 杭州市 | 120 |\n2 | 宁波市 | 150 |\n"
        "3 | 温州市 | 110 |\n合计 | | 380 |\n"
    )
    assert (None, 380, "万亩") in _rows(body)


def test_a_provinces_split_by_short_city_names_names_the_cities() -> None:
    """A province's "其中杭州120万亩" is 杭州市, not the 区 a city's list would imply."""
    text = (
        "浙江省人民政府办公厅关于印发浙江省粮食生产行动方案的通知\n浙政办发〔2031〕5号\n"
        "各市人民政府:\n浙江省人民政府办公厅\n2031年3月1日\n一、工作目标\n"
        "2031年全省粮食播种面积稳定在1500万亩以上,其中杭州120万亩、宁波150万亩、温州110万亩。\n"
    )
    targets = extract_text(text, "split.txt").targets
    assert {(t.district, t.value) for t in targets} == {
        (None, 1500),
        ("杭州市", 120),
        ("宁波市", 150),
        ("温州市", 110),
    }


def test_a_two_row_header_whose_group_cell_spans_the_last_columns() -> None:
    """ "地区 | 粮食生产 | |" over " | 播种面积(万亩) | 产量(万吨) |": the copy dropped the upper
    row's empty last cell; each column is still named, and measured, by its lower cell."""
    body = (
        "地区 | 粮食生产 | |\n | 播种面积(万亩) | 产量(万吨) |\n全省 | 1500 | 600 |\n"
        "杭州市 | 120 | 50 |\n宁波市 | 150 | 60 |\n"
    )
    assert _rows(body) == _EXPECTED | {
        (None, 600, "万吨"),
        ("杭州市", 50, "万吨"),
        ("宁波市", 60, "万吨"),
    }


def test_a_totals_split_among_places_in_the_bracket_after_it() -> None:
    text = (
        "浙江省人民政府办公厅关于印发浙江省高标准农田建设方案(2031-2033年)的通知\n"
        "浙政办发〔2031〕5号\n各市人民政府:\n浙江省人民政府办公厅\n2031年3月1日\n一、工作目标\n"
        "到2033年,全省新建高标准农田100万亩(杭州市10万亩、宁波市12万亩、温州市8万亩)。\n"
    )
    targets = extract_text(text, "split.txt").targets
    assert {(t.district, t.value, t.unit) for t in targets} == {
        (None, 100, "万亩"),
        ("杭州市", 10, "万亩"),
        ("宁波市", 12, "万亩"),
        ("温州市", 8, "万亩"),
    }
    assert {t.subject for t in targets if t.district} == {"全省新建高标准农田"}


@pytest.mark.parametrize(
    "body",
    [
        "表1 各市粮食播种面积任务分解表   单位:万亩\n地区 | 播种面积 |\n全省 | 1500 |\n"
        "杭州市 | 120 |\n宁波市 | 150 |\n",
        "地区 | 播种面积 |\n | (万亩) |\n全省 | 1500 |\n杭州市 | 120 |\n宁波市 | 150 |\n",
    ],
    ids=["unit-after-the-title", "unit-under-the-head"],
)
def test_a_unit_after_the_title_or_wrapped_under_the_head(body: str) -> None:
    targets = extract_text(_HEAD + body, "quota.txt").targets
    assert {(t.district, t.subject, t.value, t.unit) for t in targets} == {
        (None, "播种面积", 1500, "万亩"),
        ("杭州市", "播种面积", 120, "万亩"),
        ("宁波市", "播种面积", 150, "万亩"),
    }


@pytest.mark.parametrize(
    "lines",
    [
        "杭州市:120万亩\n宁波市:150万亩\n温州市:110万亩\n",
        "1.杭州市120万亩;\n2.宁波市150万亩;\n3.温州市110万亩。\n",
    ],
    ids=["colon", "numbered"],
)
def test_a_quota_list_one_place_per_line(lines: str) -> None:
    text = _HEAD + "各市粮食播种面积任务:\n" + lines
    targets = extract_text(text, "lines.txt").targets
    assert {(t.district, t.value, t.unit) for t in targets} == {
        ("杭州市", 120, "万亩"),
        ("宁波市", 150, "万亩"),
        ("温州市", 110, "万亩"),
    }


def test_a_line_of_the_own_place_or_a_year_or_more_words_names_no_district() -> None:
    text = (
        "杭州市人民政府办公厅关于印发杭州市粮食生产行动方案的通知\n杭政办〔2031〕5号\n"
        "杭州市人民政府办公厅\n2031年3月1日\n杭州市:120万亩\n"
        "宁波市2031年粮食播种面积达到150万亩。\n温州市110万亩粮田全部建成高标准农田,确保重要农产品供给安全。\n"
    )
    targets = extract_text(text, "own.txt").targets
    assert {t.district for t in targets if t.value == 120} == {None}
    assert {t.district for t in targets if t.value in (150, 110)} <= {None}


def test_counties_in_their_own_column_under_a_merged_city_cell() -> None:
    body = (
        "单位:万亩\n设区市 | 县(市、区) | 播种面积 |\n杭州市 | 萧山区 | 30 |\n | 余杭区 | 20 |\n"
        " | 小计 | 50 |\n宁波市 | 慈溪市 | 40 |\n | 余姚市 | 35 |\n"
    )
    assert _rows(body) == {
        ("萧山区", 30, "万亩"),
        ("余杭区", 20, "万亩"),
        ("杭州市", 50, "万亩"),
        ("慈溪市", 40, "万亩"),
        ("余姚市", 35, "万亩"),
    }


def test_a_flattened_head_wrapped_before_its_unit_keeps_its_name() -> None:
    body = "地区\n播种面积\n(万亩)\n杭州市\n120\n宁波市\n150\n温州市\n110\n"
    targets = extract_text(_HEAD + body, "quota.txt").targets
    assert {(t.district, t.subject, t.unit) for t in targets if t.district == "宁波市"} == {
        ("宁波市", "播种面积", "万亩")
    }


def test_a_tab_table_whose_place_head_was_left_empty() -> None:
    body = "\t播种面积(万亩)\t产量(万吨)\n杭州市\t120\t50\n宁波市\t150\t60\n"
    assert _rows(body) == {
        ("杭州市", 120, "万亩"),
        ("杭州市", 50, "万吨"),
        ("宁波市", 150, "万亩"),
        ("宁波市", 60, "万吨"),
    }


def test_places_as_columns_and_a_row_per_year_date_each_row_by_its_year() -> None:
    text = (
        "浙江省人民政府办公厅关于下达粮食生产目标任务的通知\n浙政办发〔2031〕5号\n各市人民政府:\n"
        "浙江省人民政府办公厅\n2031年3月1日\n附件\n粮食播种面积任务分解表\n单位:万亩\n"
        "年份 | 杭州市 | 宁波市 | 温州市 |\n2031年 | 120 | 150 | 110 |\n2032年 | 125 | 155 | 115 |\n"
    )
    targets = extract_text(text, "years.txt").targets
    found = {(t.district, t.value, t.unit, t.deadline) for t in targets}
    assert ("宁波市", 155, "万亩", date(2032, 12, 31)) in found
    assert ("杭州市", 120, "万亩", date(2031, 12, 31)) in found
    assert len(found) == 6
    assert not any(t.subject.startswith("20") for t in targets)


@pytest.mark.parametrize(
    "body",
    [
        "单位:万亩\n序号\n地区\n播种面积\n合计\n380\n1\n杭州市\n120\n2\n宁波市\n150\n3\n温州市\n110\n",
        "单位:万亩\n序号\n地区\n播种面积\n1\n杭州市\n120\n2\n宁波市\n150\n3\n温州市\n110\n合计\n380\n",
    ],
    ids=["total-first", "total-last"],
)
def test_a_flattened_serial_table_with_a_total_row_without_its_number(body: str) -> None:
    assert _rows(body) == {
        (None, 380, "万亩"),
        ("杭州市", 120, "万亩"),
        ("宁波市", 150, "万亩"),
        ("温州市", 110, "万亩"),
    }


def test_a_two_character_district_name_is_whole() -> None:
    """Second trial: 东区40家、西区30家 under 各区 was stored as 东区区 and 西区区."""
    text = (
        "示范市品牌建设行动计划(2031-2033年)\n示府办〔2031〕12号\n"
        "各区每年新增省名牌产品不少于:东区40家、西区30家、郊区20家。\n"
        "示范市人民政府办公室\n2031年3月1日\n"
    )
    districts = {t.district for t in extract_text(text, "plan.txt").targets}
    assert districts == {"东区", "西区", "郊区"}, districts


def test_a_flattened_two_row_header_whose_group_holds_the_factor_columns() -> None:
    """ "地区 / | 分配因素 / | 调整后任务 / | / 耕地面积(40%) / | 播种面积(60%) / |": the second
    row of heads (its first line opens without a bar) names the columns under the group head; the
    factor columns and the weighted column hand nothing down, the last column is the quota.  A
    head may carry its weight ("(40%)") or a range ("1000-3000亩") and still be a head."""
    body = (
        "单位:万亩\n地区\n| 分配因素\n| 按权重计算任务\n| 调整后任务\n|\n"
        "耕地面积(40%)\n| 连片1000-3000亩(60%)\n|\n"
        "杭州\n| 172.02\n| 3.06\n| 0.10\n| 0.12\n|\n"
        "宁波\n| 38.66\n| 11.99\n| 0.30\n| 0.28\n|\n"
        "合计\n| 210.68\n| 15.05\n| 0.40\n| 0.40\n|\n"
    )
    assert _rows(body) == {(None, 0.4, "万亩"), ("杭州市", 0.12, "万亩"), ("宁波市", 0.28, "万亩")}


def test_a_flattened_table_whose_heads_wrap_before_their_units() -> None:
    """ "行政区 / 补充耕地任务数 / (亩) / 高标准农田 / 建设任务数 / (亩)": each head runs up
    to the unit that closes it, so the wrapped lines make two columns, not five."""
    body = (
        "行政区\n造林任务数\n(亩)\n高标准农田\n建设任务数\n(亩)\n"
        "杭州市\n480\n500\n宁波市\n210\n200\n温州市\n330\n900\n"
    )
    targets = extract_text(_HEAD + body, "quota.txt").targets
    assert {(t.district, t.subject, t.value) for t in targets} == {
        ("杭州市", "造林任务数", 480),
        ("杭州市", "高标准农田建设任务数", 500),
        ("宁波市", "造林任务数", 210),
        ("宁波市", "高标准农田建设任务数", 200),
        ("温州市", "造林任务数", 330),
        ("温州市", "高标准农田建设任务数", 900),
    }
    assert {t.unit for t in targets} == {"亩"}
