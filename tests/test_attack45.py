"""attack45: defects found in what stop 45 changed, each on invented 示范市 plans
(tests/invented_plans.py), none from the corpus or the seeds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.models import Document, Target
from policybot.knowledge.rereading import reread_stale_documents
from policybot.knowledge.stated_dates import own_date
from policybot.knowledge.store import content_hash
from test_scheduler_support import ingest

# --- a task table's 合计 row is no goal of its own --------------------------------------------


@pytest.mark.parametrize("name_column", ["任务", "指标"])
@pytest.mark.parametrize("total", ["合计", "总计", "小计", "全市合计"])
def test_a_figure_tables_total_row_is_no_goal_named_by_the_total(
    name_column: str, total: str
) -> None:
    table = (
        f"序号 | {name_column} | 2031年 | 2032年 | 牵头单位\n"
        "1 | 新增甲类产品(个) | 18 | 22 | 市甲局\n"
        "2 | 新增乙类产品(个) | 12 | 18 | 市乙局\n"
        f"3 | {total} | 30 | 40 | 市甲局\n"
    )
    plan = city_plan("一、主要目标\n到2033年,全市品牌建设取得明显成效。\n二、任务分解表\n" + table)
    targets = extract_text(plan, "plan.txt").targets
    subjects = {t.subject for t in targets}
    assert {"新增甲类产品", "新增乙类产品"} <= subjects, subjects
    assert not any(total in t.subject for t in targets), [(t.subject, t.value) for t in targets]


# --- a year a clause compares with is not the clause's own date ------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "与2031年相比,乙类产品产值增长15%",
        "同2031年相比,乙类产品产值增长15%",
        "2031年以来,累计新增甲类产品12个",
        "自2031年起每年新增甲类产品5个",
        "在2031年基础上,乙类产品产值翻一番",
    ],
)
def test_a_year_compared_with_or_counted_from_is_not_the_clauses_own_date(clause: str) -> None:
    assert own_date(clause) is None


def test_a_clause_opened_by_its_own_year_is_still_that_years() -> None:
    stated = own_date("2032年前新增22个")
    assert stated is not None and (stated.first, stated.last) == (2032, 2032)
    stated = own_date("力争2033年达到25个")
    assert stated is not None and stated.first == 2033


# --- the sentence quoted under a 未找到 holds no figure, in Chinese numerals either ----------


def test_a_not_found_quotes_no_sentence_with_a_figure_in_chinese_numerals(
    tmp_path: Path,
) -> None:
    plan = city_plan(
        "一、支持政策\n"
        "(一)对获评卓越绩效奖的企业,给予国家级品牌同等政策奖励。\n"
        "(二)甲类品牌培育项目总投资达到三千万元的,纳入重点项目库管理。\n"
    )
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "甲类品牌培育项目奖励多少钱?")
        assert reply.startswith("未找到"), reply
        assert "三千万元" not in reply, reply
        # a sentence without a figure is still quoted (trial45 L5)
        reply = ask(service, "卓越绩效奖奖励多少?")
        assert "原文:(一)对获评卓越绩效奖的企业,给予国家级品牌同等政策奖励" in reply, reply


# --- a split cell's items that are no place of the plan are no district's goal ---------------


def test_a_split_cells_sites_and_another_citys_places_are_no_districts_goals() -> None:
    table = (
        "项目 | 指标 | 总数 | 分解 | 责任单位\n"
        "停车设施工程 | 新建停车位(个) | 100 | 社区30 园区50 景区20 | 市住建局\n"
        "充电设施工程 | 新增充电桩(个) | 60 | 云州市南汀区20 碧川市北屿县20 示范市东区20 | 市发改委\n"
    )
    plan = city_plan(
        "一、主要目标\n到2033年,全市品牌建设取得明显成效。\n二、目标任务分解表\n" + table
    )
    targets = extract_text(plan, "plan.txt").targets
    found = {(t.subject, t.district, t.value) for t in targets}
    # each row's total stands
    assert ("新建停车位", None, 100) in found, found
    assert ("新增充电桩", None, 60) in found, found
    # the plan's own place keeps its share
    assert ("新增充电桩", "示范市东区", 20) in found, found
    districts = {t.district for t in targets if t.district}
    assert not districts & {"社区", "园区", "景区", "云州市南汀区", "碧川市北屿县"}, districts


# --- a bare verb repeats the nearest earlier part counting in its unit ------------------------


def test_a_bare_verb_takes_the_subject_of_the_nearest_part_in_its_unit() -> None:
    sentence = "2031年,全市新增甲类产品18个;2032年新增乙类企业9家;2033年新增12个。"
    targets = extract_text(city_plan("一、工作目标\n" + sentence + "\n"), "plan.txt").targets
    found = {t.value: t.subject for t in targets}
    assert found[9] == "新增乙类企业", found
    assert found[12] == "新增甲类产品", found


# --- a plan whose stored text the new normaliser writes otherwise is still read again ------------

_RUN_ON_SCHEDULE = (
    "二、实施步骤\n本方案分三个阶段实施,各阶段任务如下:第一阶段(2031年3月—2031年12月):制定工作方案,"
    "明确任务分工,建立工作台账,完成各项准备工作(已完成)。第二阶段(2032年1月—2032年12月):全面推进"
    "各项任务,完成甲类产品认证20个,组织开展中期评估,及时总结推广经验做法。第三阶段(2033年1月—2033年"
    "12月):全面总结验收,完成乙类企业培育15家。\n"
)


def test_a_plan_stored_under_the_older_normaliser_is_read_again(engine: Engine) -> None:
    """Migration 0029 forgets every fingerprint; a plan stored before B49-6 (a run-on schedule's
    第二阶段(…) opens a line) holds the schedule on one line, which the re-read's normaliser
    splits: the stored text no longer hashed as itself, the re-read skipped the plan at every
    start and its facts stayed stale. The plan now takes the new text, its fact ids kept."""
    extraction = extract_text(city_plan(_RUN_ON_SCHEDULE), "plan.txt")
    new_text = extraction.text
    assert "\n第二阶段(" in new_text and "\n第三阶段(" in new_text
    ingest(engine, extraction)
    joins = [at for at in range(len(new_text)) if new_text.startswith("\n第", at)]
    joins = [at for at in joins if new_text.startswith(("\n第二阶段", "\n第三阶段"), at)]
    old_text = new_text.replace("\n第二阶段", "第二阶段").replace("\n第三阶段", "第三阶段")
    with Session(engine) as session:
        targets = list(session.exec(select(Target)))
        before = {t.id: t.quote for t in targets}
        for target in targets:  # the offsets the older text had
            shift = sum(1 for at in joins if at < target.start_offset)
            target.start_offset -= shift
            target.end_offset -= shift
            session.add(target)
        (document,) = session.exec(select(Document))
        document.text, document.content_hash = old_text, content_hash(old_text)
        document.extraction_fingerprint = None
        session.add(document)
        session.commit()
    outcomes = reread_stale_documents(engine, now=datetime(2031, 6, 1, tzinfo=UTC))
    assert set(outcomes.values()) == {"updated"}, outcomes
    assert reread_stale_documents(engine) == {}  # read once, not at every start
    with Session(engine) as session:
        (document,) = session.exec(select(Document))
        assert document.text == new_text
        after = {t.id: t for t in session.exec(select(Target)) if t.deleted_at is None}
    assert set(after) == set(before)
    for target in after.values():
        head = target.quote.strip()[:10]
        assert new_text[target.start_offset :].startswith(head), (target.quote, target.start_offset)


# --- a district spared in other words is not reached -----------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "各区县(南汀区已建成的除外)建成质量提升示范区",
        "南汀区暂不实施,其余区县建成质量提升示范区",
        "各区县建成质量提升示范区,南汀区不作要求",
        "各区县建成质量提升示范区(南汀区另行安排)",
        "南汀区免于开展,各区县建成质量提升示范区",
        "非南汀区的区县建成质量提升示范区",
        "其他区县(不含已完成的南汀区)建成质量提升示范区",
    ],
)
def test_a_district_spared_in_other_words_is_not_reached(title: str) -> None:
    from test_attack47_district_reach import NANTING, reached

    assert NANTING not in reached(title)


def test_a_district_named_beside_such_words_is_still_reached() -> None:
    from test_attack47_district_reach import BEIYU, NANTING, reached

    assert reached("南汀区的除险加固工程年底前完工") == {NANTING}
    assert reached("在南汀区非遗保护中心建成展厅") == {NANTING}
    assert reached("南汀区暂不实施,北屿县建成示范区") == {BEIYU}


@pytest.mark.parametrize(
    "title",
    [
        "南汀区另行安排专项资金500万元用于示范区建设",
        "南汀区另行部署专项整治行动",
        "南汀区免于处罚的企业名单年底前公布",
        "南汀区不执行到位的问题年底前整改",
        "南汀区缓于2032年完成",
    ],
)
def test_a_districts_own_step_in_such_words_reaches_it(title: str) -> None:
    """review45: the words that spare a district (另行安排, 免于, 不执行…) spare it only as the
    whole of what is said of it or before a verb of doing; these are the district's own steps."""
    from test_attack47_district_reach import NANTING, reached

    assert reached(title) == {NANTING}, title


# --- a figure table's column of a year before the plan is no goal -----------------------------


def test_a_figure_tables_columns_of_years_before_the_plan_are_no_goals() -> None:
    table = (
        "序号 | 任务 | 2029年 | 2030年 | 2032年 | 2033年 | 牵头单位\n"
        "1 | 新增甲类产品(个) | 8 | 10 | 22 | 30 | 市甲局\n"
    )
    plan = city_plan("一、主要目标\n到2033年,全市品牌建设取得明显成效。\n二、任务分解表\n" + table)
    targets = extract_text(plan, "plan.txt").targets
    found = {
        t.deadline.year: t.value for t in targets if t.subject == "新增甲类产品" and t.deadline
    }
    assert found == {2032: 22, 2033: 30}, found


def test_each_districts_market_office_reaches_no_county_level_city() -> None:
    """review45: 各区市场监管局 read as 各区市 (the 市 of 市场) and reached the county-level city
    too; it is each district's office. 各县(市、区) still reaches every kind."""
    from policybot.knowledge.district_reach import child_names, districts_named

    regions = [
        (1, "碧川市", None),
        (2, "碧川市南汀区", 1),
        (3, "碧川市北屿县", 1),
        (5, "碧川市云岭市", 1),
    ]
    children = child_names(regions)
    assert districts_named(1, ["各区市场监管局年底前完成抽查"], children) == {2}
    assert districts_named(1, ["各县市场监管局年底前完成抽查"], children) == {3}
    assert districts_named(1, ["各县(市、区)年底前完成抽查"], children) == {2, 3, 5}


def test_adopting_the_new_text_keeps_what_each_span_covers(engine: Engine) -> None:
    """review45: the adopt step moved a span to where its quote's head now stands, keeping its
    length; a duty's quote opening its sentence before the span, or a task's quote being its
    span's tail, put the span on other characters (a hand-edited fact, never re-read, kept it).
    A text changed only in white space now maps every offset: each fact covers the same
    characters as before."""
    from policybot.knowledge.models import STORED_FACT_MODELS
    from policybot.knowledge.rereading import _adopt_text

    duty = "三、保障措施\n各区、各部门要加强协调,市质量办每季度末报送一次工作进展情况。\n"
    extraction = extract_text(city_plan(_RUN_ON_SCHEDULE + duty), "plan.txt")
    new_text = extraction.text
    ingest(engine, extraction)
    joins = [
        at for at in range(len(new_text)) if new_text.startswith(("\n第二阶段", "\n第三阶段"), at)
    ]
    old_text = new_text.replace("\n第二阶段", "第二阶段").replace("\n第三阶段", "第三阶段")

    def squeezed(text: str) -> str:
        return "".join(text.split())

    covered: dict[tuple[str, int], str] = {}
    with Session(engine) as session:
        for kind, model in STORED_FACT_MODELS.items():
            for fact in session.exec(select(model)):
                shift_start = sum(1 for at in joins if at < fact.start_offset)
                shift_end = sum(1 for at in joins if at < fact.end_offset)
                fact.start_offset -= shift_start
                fact.end_offset -= shift_end
                covered[(kind, fact.id)] = squeezed(old_text[fact.start_offset : fact.end_offset])
                session.add(fact)
        (document,) = session.exec(select(Document))
        document.text, document.content_hash = old_text, content_hash(old_text)
        session.add(document)
        session.commit()
        document_id = document.id
    assert len(covered) >= 3 and any(kind != "target" for kind, _ in covered), covered
    assert _adopt_text(engine, document_id or 0, new_text, content_hash(new_text))
    with Session(engine) as session:
        for kind, model in STORED_FACT_MODELS.items():
            for fact in session.exec(select(model)):
                now = squeezed(new_text[fact.start_offset : fact.end_offset])
                assert now == covered[(kind, fact.id)], (kind, fact.quote)
