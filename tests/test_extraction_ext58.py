"""General unit, task and table forms of ext58 (issue 11): a lead-and-support trailer written
"由A牵头、B配合" (a 、 after the lead's verb), supporting bodies that share their part
(按职责分工配合, 配合落实), a level-less 市场监管局 giving no 市 to the names after it, and a task
table's row with one year cell left empty.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import extract_text
from test_extract_stop53_classes import _HEAD, _TAIL  # the same invented county's notice


def _read(body: str) -> tuple[list[str], list[tuple[str, list[str], list[str]]]]:
    extraction = extract_text(_HEAD + body + _TAIL, "x.txt")
    tasks = [(task.title, task.lead_units, task.support_units) for task in extraction.tasks]
    return list(extraction.units), tasks


@pytest.mark.parametrize("mark", ["、", ","])
def test_a_trailer_sentence_naming_the_lead_and_support_reads_both(mark: str) -> None:
    """ "…。由A牵头、B配合。": the 、 after the lead's verb closes its clause as a comma does;
    the lead leads the task before, the support supports it (one unit only was read)."""
    units, tasks = _read(f"(一)开展品牌培育行动。由县市场监管局牵头{mark}县商务局配合。\n")
    assert units == ["县市场监管局", "县商务局"]
    assert tasks == [("开展品牌培育行动", ["县市场监管局"], ["县商务局"])]


def test_a_trailer_with_several_supporting_bodies_after_the_mark() -> None:
    units, tasks = _read("(一)推进电商进村。由县商务局牵头、县邮政局、县供销社配合。\n")
    assert units == ["县商务局", "县邮政局", "县供销社"]
    assert tasks == [("推进电商进村", ["县商务局"], ["县邮政局", "县供销社"])]


def test_a_mark_after_the_lead_within_a_list_of_leads_is_untouched() -> None:
    """Guard: "A、B牵头" (the 、 before the verb) stays a list of leads."""
    units, _ = _read("(一)推进电商进村。由县商务局、县供销社牵头。\n")
    assert units == ["县商务局", "县供销社"]


def test_supporting_bodies_sharing_their_part_are_each_read() -> None:
    """ "B、C按职责分工配合": the way they share the work is no part of the last name."""
    units, tasks = _read("(一)开展品牌培育行动,由县商务局牵头,县统计局、县税务局按职责分工配合。\n")
    assert units == ["县商务局", "县统计局", "县税务局"]
    assert tasks == [("开展品牌培育行动", ["县商务局"], ["县统计局", "县税务局"])]


def test_a_supporting_body_with_the_work_it_helps_in() -> None:
    """ "由A牵头负责,B配合落实": the trailer, not a task titled 负责."""
    units, tasks = _read("(一)开展品牌培育行动,由县商务局牵头负责,县统计局配合落实。\n")
    assert units == ["县商务局", "县统计局"]
    assert tasks == [("开展品牌培育行动", ["县商务局"], ["县统计局"])]


def test_a_market_regulator_without_a_level_gives_none_to_the_names_after_it() -> None:
    """ "由市场监管局牵头,商务局配合": 市场 is the regulator's field, not the city level, so the
    support is 商务局 as written (it was read as 市商务局)."""
    units, tasks = _read("(一)开展品牌培育行动,由市场监管局牵头,商务局配合。\n")
    assert units == ["市场监管局", "商务局"]
    assert tasks == [("开展品牌培育行动", ["市场监管局"], ["商务局"])]


def test_a_city_level_still_passes_to_the_names_after_it() -> None:
    """Guard: "市市场监管局牵头,商务局配合" keeps the level given to 商务局."""
    units, _ = _read("(一)开展品牌培育行动,由市市场监管局牵头,商务局配合。\n")
    assert units == ["市市场监管局", "市商务局"]


_TABLE_HEAD = ["任务", "单位", "2031年", "2032年", "2033年", "牵头单位", "配合单位"]


def _table_plan(separator: str, empty: str) -> str:
    rows = [
        _TABLE_HEAD,
        ["新增示范牌产品", "个", "12", "14", "15", "县计量所", "县工信局"],
        ["培育示范企业", "家", "8", empty, "12", "县标准站", "县商务局"],
        ["建设质量基础站", "个", "2", "3", "4", "县质监站", "县财政局"],
    ]
    table = "\n".join(separator.join(row) for row in rows)
    return (
        "青禾县人民政府办公室关于印发青禾县品质提升行动方案(2031—2033年)的通知\n"
        "一、工作目标\n到2033年底,全县品质发展水平明显提升。\n"
        "二、任务分解表\n" + table + "\n三、保障措施\n(一)加强组织领导。\n" + _TAIL
    )


@pytest.mark.parametrize("empty", ["—", "-", "/", ""], ids=["dash", "hyphen", "slash", "blank"])
@pytest.mark.parametrize("separator", ["\t", " | ", " "], ids=["tab", "bars", "space"])
def test_a_table_row_with_an_empty_year_cell_keeps_its_other_years(
    separator: str, empty: str
) -> None:
    """ "培育示范企业 | 家 | 8 | — | 12": the empty year states nothing, the other years are read
    (the whole row was dropped), and the rows around it are read as before."""
    targets = extract_text(_table_plan(separator, empty), "plan.txt").targets
    found = {(t.subject, t.value, t.deadline, tuple(t.lead_units)) for t in targets}
    assert ("培育示范企业", 8, date(2031, 12, 31), ("县标准站",)) in found
    assert ("培育示范企业", 12, date(2033, 12, 31), ("县标准站",)) in found
    assert not any(
        subject == "培育示范企业" and d == date(2032, 12, 31) for subject, _, d, _ in found
    )
    assert ("建设质量基础站", 3, date(2032, 12, 31), ("县质监站",)) in found
    assert ("新增示范牌产品", 14, date(2032, 12, 31), ("县计量所",)) in found


def test_a_row_with_every_year_empty_states_no_figure() -> None:
    """Guard: a row whose year cells are all "—" is no indicator row."""
    text = _table_plan(" | ", "—").replace("| 8 |", "| — |").replace("| 12 |", "| — |")
    targets = extract_text(text, "plan.txt").targets
    assert not any(t.subject == "培育示范企业" for t in targets)


def test_a_zone_committee_named_by_a_place_with_a_prose_character_is_a_unit() -> None:
    """ "需向某州花都经济开发区管理委员会提交…": 都 of a place's name (the gazetteer's 花都) is no
    word of prose ("都" = all), so the committee the application goes to is read."""
    from policybot.knowledge.extract.units import looks_like_unit

    assert looks_like_unit("广州花都经济开发区管理委员会")
    assert not looks_like_unit("我们都来局")  # guard: prose is still no name
    assert not looks_like_unit("各部门都要局")


_REWARD_HEAD = "青禾县人民政府关于印发青禾县促进特色产业发展奖励办法的通知\n"
_REWARD = "对新认定的高新技术企业,奖励20万元。"


def _conditions(sentence: str) -> list[tuple[str, str]]:
    text = _REWARD_HEAD + _REWARD + sentence + "\n" + _TAIL
    return [(c.kind, c.text) for c in extract_text(text, "x.txt").conditions]


def test_the_no_stacking_words_listed_with_marks_between() -> None:
    """ "按照“从优、就高、不重复”的原则执行": 从优/就高/不重复 with 、 and quotes between them."""
    assert _conditions("本办法与其他政策有重叠的,按照“从优、就高、不重复”的原则执行。") == [
        ("no_stacking", "本办法与其他政策有重叠的,按照“从优、就高、不重复”的原则执行")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["以上奖励政策,适用对象为我县辖区内企业。", "享受上述奖励的企业,必须是规模以上工业企业。"],
)
def test_whom_the_rules_reach_said_after_them(sentence: str) -> None:
    assert _conditions(sentence) == [("scope", sentence.rstrip("。"))]


def test_a_firm_that_must_report_is_no_scope() -> None:
    """Guard: "享受…的企业" without 必须/须 before what it is (a sentence about the firms) is
    no scope by this rule."""
    assert _conditions("享受奖励的企业名单将在县政府网站公布。") == []


def _rewards(body: str) -> list[tuple[float | None, str]]:
    text = _REWARD_HEAD + body + "\n" + _TAIL
    return [(r.amount_yuan, r.achievement) for r in extract_text(text, "x.txt").rewards]


@pytest.mark.parametrize(
    "body",
    [
        "对新建的家庭农场,经认定后给予2万元补助。",
        "对新建的家庭农场,经认定后给予每家2万元的补助。",
        "对新建的家庭农场,通过验收合格后奖励2万元。",
    ],
)
def test_a_condition_before_the_grant_without_a_comma_is_no_achievement(body: str) -> None:
    """ "对X,经认定后给予…": the condition the sum is granted on sits between the recipient and
    the grant with no comma of its own; the achievement is still X (it was "经认定后")."""
    assert _rewards(body) == [(20000, "新建的家庭农场")]


def test_the_parts_a_sum_is_paid_in_after_qizhong() -> None:
    """ "…给予200万元奖励,其中:完成股改的奖励50万元": 其中 opens the parts, no achievement's word."""
    found = _rewards(
        "对成功上市的企业,给予200万元奖励,其中:完成股改的奖励50万元,辅导备案的奖励50万元,"
        "首发上市的奖励100万元。"
    )
    assert (500000, "完成股改") in found
    assert not any(achievement.startswith("其中") for _, achievement in found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the body after 由 receives the applications: the topic before 由 is what it receives
        ("(一)项目申报由县农业农村局受理。\n", [("项目申报受理", ["县农业农村局"], [])]),
        # bodies opening their sentence with 和 between them, doing the work together
        (
            "(一)县农业农村局和县财政局共同制定实施细则。\n",
            [("制定实施细则", ["县农业农村局", "县财政局"], [])],
        ),
        # the role the body is named in before its duty
        (
            "(一)县农业农村局作为主管部门,负责全县特色产业发展工作。\n",
            [("全县特色产业发展工作", ["县农业农村局"], [])],
        ),
    ],
)
def test_prose_duty_forms(body: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    _, tasks = _read(body)
    assert tasks == expected


def test_a_sentence_naming_who_takes_on_the_work_without_the_work_is_no_task() -> None:
    """Guard: "具体工作由县甲局承担。" names no work of its own."""
    _, tasks = _read("(一)具体工作由县农业农村局承担。\n")
    assert tasks == []


@pytest.mark.parametrize("name", ["县就业服务局", "市就业创业服务中心", "县政协", "县国有林场"])
def test_names_of_bodies_in_fields_with_prose_characters_or_new_suffixes(name: str) -> None:
    """就业 (employment) names a field, though 就 alone is a word of prose; 政协 and 林场 end names."""
    from policybot.knowledge.extract.units import looks_like_unit

    assert looks_like_unit(name)


@pytest.mark.parametrize(
    "body",
    [
        "(一)开展品牌培育行动,由县商务局牵头,县统计局配合,2032年6月底前完成。\n",
        "(一)开展品牌培育行动。由县商务局牵头,县统计局配合,2032年6月底前完成。\n",
        "(一)开展品牌培育行动。县商务局牵头、县统计局配合。2032年6月底前完成。\n",
    ],
)
def test_a_trailer_closed_by_its_time_limit(body: str) -> None:
    """ "…由A牵头,B配合,2032年6月底前完成": the time limit is the trailer's, as inside a bracket;
    the task is the work before, due then (it was titled "2032年6月底前完成", and a milestone
    "县统计局配合" was read)."""
    extraction = extract_text(_HEAD + body + _TAIL, "x.txt")
    assert [(t.title, t.lead_units, t.support_units, t.due) for t in extraction.tasks] == [
        ("开展品牌培育行动", ["县商务局"], ["县统计局"], date(2032, 6, 30))
    ]
    assert not any("配合" in m.title for m in extraction.milestones)


@pytest.mark.parametrize(
    "standard", ["奖励标准为:", "标准为:", "具体标准如下:", "奖励标准:"], ids=["a", "b", "c", "d"]
)
def test_tiers_after_a_named_standard_are_each_a_reward(standard: str) -> None:
    """ "…给予奖励,奖励标准为:一等奖10万元,二等奖5万元,三等奖2万元": one reward per tier (the
    first tier's sum was read for the whole honour)."""
    found = _rewards(
        f"对获得县科技进步奖的项目给予奖励,{standard}一等奖10万元,二等奖5万元,三等奖2万元。"
    )
    assert [amount for amount, _ in found] == [100000, 50000, 20000]
    assert [achievement[-4:-1] for _, achievement in found] == ["一等奖", "二等奖", "三等奖"]
    assert all("科技进步奖" in achievement for _, achievement in found)


def test_level_tiers_after_a_named_standard() -> None:
    found = _rewards("对认定的农业龙头企业给予奖励,标准为:国家级50万元,省级20万元,市级5万元。")
    assert found == [
        (500000, "认定的农业龙头企业(国家级)"),
        (200000, "认定的农业龙头企业(省级)"),
        (50000, "认定的农业龙头企业(市级)"),
    ]


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        ("高新区党工委和管委会", ["高新区党工委和管委会"]),
        ("高新区党工委、管委会", ["高新区党工委、管委会"]),
        ("县委宣传部和县融媒体中心", ["县委宣传部", "县融媒体中心"]),
        ("县发改委和县财政局", ["县发改委", "县财政局"]),
    ],
)
def test_names_joined_by_he_in_a_unit_note(listed: str, expected: list[str]) -> None:
    """A zone's 党工委 and 管委会 are one answerable party (as 党委和政府 is); two departments
    joined by 和 after a 部 or a 中心 are two units (they were read as one name)."""
    units, _ = _read(f"(一)加强水资源保护。(责任单位:{listed})\n")
    assert units == expected


def _water_plan(separator: str, columns: int) -> str:
    rows = [
        ["序号", "主要任务", "牵头单位", "参与单位", "责任单位"],
        [
            "1",
            "加强水资源保护,严守开发利用红线",
            "市水利局",
            "市发改委、市工信局",
            "各县(市、区)人民政府",
        ],
        [
            "2",
            "抓好工业节水,遏制用水浪费",
            "市工信局",
            "市水利局",
            "各县(市、区)人民政府、高新区管委会",
        ],
    ]
    table = "\n".join(separator.join(row[:columns]) for row in rows)
    return (
        "青禾市人民政府办公室关于印发青禾市水资源管理重点任务分解表的通知\n"
        "各县(市、区)人民政府,市直各部门:\n一、工作目标\n"
        "到2032年底,全市用水总量控制在12亿立方米以内。\n二、任务分解\n"
        + table
        + "\n青禾市人民政府办公室\n2031年3月2日\n"
    )


@pytest.mark.parametrize("separator", [" | ", "\t"], ids=["bars", "tab"])
def test_rows_apart_by_bars_without_a_frame_are_not_joined(separator: str) -> None:
    """ "1 | 加强…,严守… | 市水利局 | …" then "2 | 抓好… | …": a task cell with a comma made the row
    look like a broken sentence, and the normaliser joined the next row onto it (a milestone
    "市发改委、市工信局2" was read and the tasks lost)."""
    extraction = extract_text(_water_plan(separator, 4), "x.txt")
    assert [(t.title, t.lead_units, t.support_units) for t in extraction.tasks] == [
        ("加强水资源保护,严守开发利用红线", ["市水利局"], ["市发改委", "市工信局"]),
        ("抓好工业节水,遏制用水浪费", ["市工信局"], ["市水利局"]),
    ]
    assert extraction.milestones == []


@pytest.mark.parametrize("separator", [" | ", "\t"], ids=["bars", "tab"])
def test_a_third_column_of_units_named_by_their_level_supports(separator: str) -> None:
    """ "牵头单位 | 参与单位 | 责任单位": the bodies of the third unit column are units of the row
    (they were dropped)."""
    extraction = extract_text(_water_plan(separator, 5), "x.txt")
    assert "各县(市、区)人民政府" in extraction.units
    assert "高新区管委会" in extraction.units
    assert extraction.tasks[1].support_units == ["市水利局", "各县(市、区)人民政府", "高新区管委会"]


_YEAR_PLAN = "青禾县人民政府办公室关于印发青禾县2031年美丽乡村建设工作方案的通知\n各乡镇人民政府,县直各部门:\n"


def _steps(body: str) -> list[tuple[str, date | None, date | None]]:
    extraction = extract_text(_YEAR_PLAN + body + _TAIL, "x.txt")
    return [(m.title, m.start, m.due) for m in extraction.milestones]


def test_a_phase_from_the_signing_on() -> None:
    """ "宣传发动阶段(即日起至4月15日)": from the signing date to the day named (the phase was lost)."""
    steps = _steps(
        "三、实施步骤\n1.宣传发动阶段(即日起至4月15日):制定方案,广泛宣传。\n"
        "2.集中整治阶段(4月16日至9月30日):全面排查整治。\n"
    )
    assert steps[0] == ("宣传发动阶段(制定方案,广泛宣传)", date(2031, 3, 2), date(2031, 4, 15))
    assert steps[1][2] == date(2031, 9, 30)


def test_numbered_steps_named_without_the_word_phase() -> None:
    """ "(一)调查摸底(4月份)", "(二)整改落实(5-10月份)": numbered steps dated by months of a one-year
    plan (nothing was read, and the text was refused)."""
    assert _steps(
        "三、实施步骤\n(一)调查摸底(4月份)。对全县情况进行调查摸底。\n"
        "(二)整改落实(5-10月份)。对发现的问题进行整改。\n"
    ) == [
        ("调查摸底(对全县情况进行调查摸底)", date(2031, 4, 1), date(2031, 4, 30)),
        ("整改落实(对发现的问题进行整改)", date(2031, 5, 1), date(2031, 10, 31)),
    ]


def test_months_reported_on_are_no_step() -> None:
    """Guard: "一、上半年工作完成情况(1-6月)" names the months a report covers."""
    steps = _steps(
        "一、上半年工作完成情况(1-6月)\n全县完成投资10亿元。\n二、下步打算\n(一)加强组织领导。\n"
    )
    assert not any("情况" in title for title, _, _ in steps)


_ALLOCATION = (
    "青禾县财政局关于下达2031年度特色产业奖补资金的通知\n各乡镇人民政府:\n"
    "现将2031年度特色产业奖补资金下达给你们,请按规定使用。\n"
    "附件\n2031年度特色产业奖补资金分配表\n单位:万元\n"
    "乡镇 | 奖补资金\n青山镇 | 30\n绿水乡 | 20\n合计 | 50\n"
    "青禾县财政局\n2031年3月2日\n"
)


def test_a_grant_shared_among_places_is_one_reward_per_place() -> None:
    """ "…奖补资金分配表" / "单位:万元" / "乡镇 | 奖补资金": each place's row is a reward, its sum in
    the unit stated above the header; the total row is none (nothing was read)."""
    found = _rewards_of(_ALLOCATION)
    assert found == [
        (300000, "2031年度特色产业奖补资金分配(青山镇)"),
        (200000, "2031年度特色产业奖补资金分配(绿水乡)"),
    ]


def test_a_shared_table_without_a_grant_title_or_unit_is_no_reward() -> None:
    """Guard: without the title naming a grant, or without a unit, the figures are not sums."""
    assert _rewards_of(_ALLOCATION.replace("奖补资金分配表", "工作任务表")) == []
    assert _rewards_of(_ALLOCATION.replace("单位:万元\n", "")) == []


def _rewards_of(text: str) -> list[tuple[float | None, str]]:
    from policybot.knowledge.extract.errors import ExtractionError

    try:
        extraction = extract_text(text, "x.txt")
    except ExtractionError:  # a text with nothing read is refused
        return []
    return [(r.amount_yuan, r.achievement) for r in extraction.rewards]


def test_bare_tiers_after_the_sentence_naming_their_honour() -> None:
    """ "…给予奖励。其中:一等奖10万元,…": the sentence without a sum names the honour of the tiers
    after it; it is no reward of its own (a reward with no sum was kept beside bare tiers)."""
    found = _rewards(
        "对获得县科技进步奖的项目给予奖励。其中:一等奖10万元,二等奖5万元,三等奖2万元。"
    )
    assert found == [
        (100000, "获得县科技进步奖(一等奖)"),
        (50000, "获得县科技进步奖(二等奖)"),
        (20000, "获得县科技进步奖(三等奖)"),
    ]


def test_a_sentence_without_a_sum_far_from_any_tier_is_left_as_it_was() -> None:
    """Guard: an announcing sentence with no tiers after it keeps its reading."""
    found = _rewards("对获得县科技进步奖的项目给予奖励。\n对新认定的高新技术企业,奖励20万元。")
    assert (200000, "新认定的高新技术企业") in found
