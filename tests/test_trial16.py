"""What a new user's trial (round 16) found, on the five bundled plans and invented ones: the
section a task table's rows stand under, what a unit leads beside what it supports, a place a
plan's rules apply to, one rule for dating a recurring duty in a window, /progress hints for who
may report, reminder buttons left after all is done, small wordings, and the upload preview."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from emulator_fixtures import USER_ID, bot_settings, real_bot
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.handlers.admin_format import preview_html
from policybot.handlers.formatting import render_plain
from policybot.knowledge import uploads
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.lines import PASSAGE
from policybot.knowledge.service import QueryService
from test_reminders_digest import local, running, tick
from test_scheduler_support import ingest, milestone, plan

OWNER_ID = 10002
NOW = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


@pytest.fixture(scope="module")
def service(seeded: Engine) -> QueryService:
    return QueryService(seeded, clock=FakeClock(NOW))


# -- 1. a task table's rows ------------------------------------------------------------------------


def test_task_table_rows_are_listed_by_their_own_task_not_the_last_body_heading(
    service: QueryService,
) -> None:
    """/units 市工商局 showed 强化督查考核(佛山市 · 牵头: 培育和指导企业申报…): the annex table's
    rows stood under the last heading of the body above the table (三、保障措施 / (四)强化督查
    考核), which is no task of the unit's. The units are asked with their city: unplaced, their
    tasks in several cities fill more than a page, and the bot asks which city first."""
    for unit in ("佛山 市工商局", "佛山 市质监局"):
        answer = service.units(unit)
        labels = [line.label for line in answer.facts]
        assert labels and "强化督查考核" not in labels, unit
    lines = {line.label: line for line in service.units("佛山 市工商局").facts}
    row = lines["培育和指导企业申报“中国驰名商标”和“广东省著名商标”称号"]
    assert row.note is not None and "牵头" in row.note
    # A row's sentences cite the table they are in, by its caption and the row's number.
    passages = [line for line in service.units("佛山 市质监局").facts if line.kind == PASSAGE]
    cited = {line.citation.section or "" for line in passages}
    assert not any(section.endswith("强化督查考核") for section in cited)
    assert any("任务分解表 / " in section for section in cited)


def test_a_target_written_in_the_body_and_the_table_cites_the_body(service: QueryService) -> None:
    answer = service.ask("佛山全市培育细分行业龙头企业数量要达到多少")
    assert answer.found and answer.headline.startswith("350家")
    section = answer.facts[0].citation.section or ""
    assert "以质取胜" in section and "保障措施" not in section


# -- 2. 牵头 and 配合 ----------------------------------------------------------------------------------


def test_a_units_targets_are_marked_lead_or_support_and_counted_as_units_counts(
    service: QueryService,
) -> None:
    """市工商局负责哪些目标 gave one flat list of 42, lead and support mixed; /units marks them."""
    answer = service.ask("市工商局负责哪些目标")
    counts = re.fullmatch(r"目标: 牵头 (\d+) 项, 配合 (\d+) 项", answer.headline)
    assert counts, answer.headline
    led, supported = int(counts.group(1)), int(counts.group(2))
    assert supported > 0 and answer.total == led + supported
    roles = [(line.note or "").split(",")[0] for line in answer.facts]
    assert set(roles) == {"牵头", "配合"}
    assert roles == sorted(roles, key=lambda role: role == "配合")  # who leads comes first
    assert " · 牵头" in render_plain(answer) and " · 配合" in render_plain(answer)


def test_the_target_question_and_units_agree_on_how_many_targets(service: QueryService) -> None:
    """湖州市质监局负责哪些目标 said 共16项 while /units 市质量技监局 said 牵头17项: /units
    counts every item (a recurring duty too), the question only targets. Each now says both."""
    question = service.ask("湖州市质监局负责哪些目标")
    # A zero count is left out (配合 0 项 is not said).
    counts = re.fullmatch(r"目标: 牵头 (\d+) 项(?:, 配合 (\d+) 项)?", question.headline)
    assert counts, question.headline
    targets = int(counts.group(1)) + int(counts.group(2) or 0)
    assert question.total == targets
    units = service.units("市质量技监局")
    everything = re.search(r"牵头 (\d+) 项(?:, 配合 (\d+) 项)?", units.headline)
    assert everything
    if int(everything.group(1)) + int(everything.group(2) or 0) != targets:
        assert f"(其中目标 {targets} 项)" in units.headline


# -- 3. a place a plan's rules apply to ---------------------------------------------------------------


def test_a_district_named_in_a_plans_scope_gets_that_plans_rewards(service: QueryService) -> None:
    """柯城区驰名商标奖多少 said 未找到, though 衢州's rules say they apply to 柯城区."""
    district = service.ask("柯城区驰名商标奖多少")
    city = service.ask("衢州驰名商标奖多少")
    assert district.found and district.headline == city.headline
    assert "万元" in district.headline
    assert district.facts[0].citation.document == city.facts[0].citation.document


def test_a_district_named_in_a_plans_scope_lists_that_plans_rewards(
    service: QueryService,
) -> None:
    city = service.rewards("衢州")
    for answer in (service.rewards("柯城区"), service.ask("柯城区有哪些奖励")):
        assert answer.found and answer.total == city.total
        assert {line.citation.document for line in answer.facts} == {
            line.citation.document for line in city.facts
        }
    assert "适用衢州市" in service.rewards("柯城区").title
    assert service.rewards("驰名商标").found  # a topic stays a topic


# -- 4. a recurring duty in a window ----------------------------------------------------------------


def test_a_recurring_duty_in_a_years_deadlines_is_dated_by_its_next_occurrence(
    service: QueryService,
) -> None:
    """/deadlines 佛山 2018 on 2018-06-01 put a quarterly duty first as 2018-03-31 已过期, while
    今年底前有哪些任务要到期 dated it 2018-06-30: one rule now, the next occurrence."""
    listing = service.deadlines("佛山 2018")
    question = service.ask("今年底前有哪些任务要到期")
    recurring = [line for line in listing.facts if line.kind == "recurring"]
    assert recurring
    for line in recurring:
        assert line.due is not None and line.due >= date(2018, 6, 1) and not line.overdue
        same = [q for q in question.facts if q.kind == "recurring" and q.label == line.label]
        assert all(q.due == line.due for q in same)
    dues = [line.due for line in listing.facts if line.due is not None]
    upcoming = [due for due in dues if due >= date(2018, 6, 1)]
    assert dues[: len(upcoming)] == sorted(upcoming)  # upcoming first, soonest first
    assert not listing.facts[0].overdue


# -- 5. /progress and who may /report ----------------------------------------------------------------


@pytest.fixture
async def bot(seeded_engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with real_bot(
        seeded_engine,
        bot_settings(owners=(OWNER_ID,)),
        clock=FakeClock(NOW),
        private_chats=(USER_ID, OWNER_ID),
    ) as harness:
        yield harness


async def test_progress_points_only_those_who_may_report_to_report(bot: OfflineHarness) -> None:
    (user,) = await bot.say("/progress 南海区")
    assert "还没有报送进展" in user.text
    assert "/report" not in user.text and "目标编号" not in user.text
    (owner,) = await bot.say("/progress 南海区", chat_id=OWNER_ID, user_id=OWNER_ID)
    assert "用 /report 目标编号 数值 报送" in owner.text


# -- 6. a reminder with nothing left to press -------------------------------------------------------


async def test_a_one_item_digest_loses_its_buttons_once_done(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone("完成示范验收", due=date(2018, 12, 31))]))
    clock = FakeClock(local(2018, 11, 20))
    async for reminders in running(sqlite_engine, clock):
        await reminders.say("/subscribe 市质监局")
        (digest,) = await tick(reminders, clock, local(2018, 12, 1))
        assert digest.labels[:2] == ["已完成", "推迟7天"]
        (done,) = await reminders.press("已完成")
        # No 已完成/推迟 left to press; only 撤销 of the press just made.
        assert "✅已完成" in done.text and done.labels == ["撤销"]


async def test_a_page_keeps_paging_but_not_done_buttons_once_all_done(
    sqlite_engine: Engine,
) -> None:
    ingest(
        sqlite_engine,
        plan(milestones=[milestone(f"示范任务{n}", due=date(2018, 12, 31)) for n in range(1, 13)]),
    )
    clock = FakeClock(local(2018, 11, 20))
    async for reminders in running(sqlite_engine, clock):
        await reminders.say("/subscribe 市质监局")
        (digest,) = await tick(reminders, clock, local(2018, 12, 1))
        assert "第 1/2 页" in digest.text
        (done,) = await reminders.press("本页已完成")
        assert done.labels == ["下一页", "撤销"]  # 撤销 of the press just made
        (second,) = await reminders.press("下一页")
        assert "本页已完成" in second.labels  # its items are still to do


# -- 7. small wordings ------------------------------------------------------------------------------


def test_a_missing_doc_number_does_not_echo_the_word_for_the_document(
    service: QueryService,
) -> None:
    answer = service.ask("衢州意见的文号是什么")
    assert not answer.found
    assert "“意见”" not in answer.headline and "原文没有写明文号" in answer.headline


def test_a_list_of_documents_cites_none_of_them_as_its_source(service: QueryService) -> None:
    answer = service.document()
    assert answer.total >= 2
    # A replaced document's line is marked, so its label is not its citation's title.
    marked = replace(answer.facts[0], label=answer.facts[0].label + "(已被替代)")
    listed = replace(answer, facts=(marked, *answer.facts[1:]))
    assert "出处" not in render_plain(listed)


async def test_subscribing_to_a_place_no_plan_covers_says_so(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/subscribe 杭州")
    assert "没有覆盖杭州的" in reply.text and "/doc" in reply.text
    assert "您是不是要找" not in reply.text
    (province,) = await bot.say("/subscribe 浙江")  # a province holding stored cities
    assert "衢州市" in province.text and "没有覆盖" not in province.text


# -- 8. the upload preview --------------------------------------------------------------------------

ANNUAL_PLAN = """示范市人民政府办公室关于印发示范市品牌提升行动计划(2031—2033年)的通知
示政办发〔2031〕41号
示范市品牌提升行动计划(2031—2033年)
一、工作目标
2031—2033年,全市每年新增省级品牌企业20家以上。(牵头单位:市示范监管局)
到2033年底,全市累计培育示范企业60家。(牵头单位:市示范监管局)
二、重点任务
2031年底前完成品牌培育库建设。(牵头单位:市示范监管局)
各区每年组织品牌培训2次。(牵头单位:市示范经信局;配合单位:各区人民政府)
示范市人民政府办公室
2031年3月2日
"""


def test_the_upload_preview_fits_a_phone_and_says_each_year_for_annual_quotas(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'upload.db'}")
    upgrade_database(engine)
    try:
        preview = uploads.prepare_upload(
            engine, ANNUAL_PLAN.encode(), "plan.txt", chat_id=1, user_id=1
        )
    finally:
        engine.dispose()
    annual = [item for item in preview.first_items["target"] if "省级品牌企业" in item]
    assert annual and all("每年" in item and "截止" not in item for item in annual)
    once = [item for item in preview.first_items["target"] if "示范企业" in item]
    assert once and all("截止 2033-12-31" in item for item in once)
    # Many warnings and items still leave a screen's worth of lines.
    crowded = replace(
        preview,
        counts={**preview.counts, "target": 40},
        first_items={key: items * 5 for key, items in preview.first_items.items()},
        warnings=[f"第{n}处表格无法识别" for n in range(30)],
    )
    text = preview_html(crowded)
    assert len(text.splitlines()) <= 15, text
    assert "等 40 项" in text and "…另有 28 条" in text


async def test_the_itemised_view_offers_no_button_for_an_item_done(sqlite_engine: Engine) -> None:
    ingest(
        sqlite_engine,
        plan(milestones=[milestone(f"示范任务{n}", due=date(2018, 12, 31)) for n in range(1, 3)]),
    )
    clock = FakeClock(local(2018, 11, 20))
    async for reminders in running(sqlite_engine, clock):
        await reminders.say("/subscribe 市质监局")
        await tick(reminders, clock, local(2018, 12, 1))
        (itemised,) = await reminders.press("逐项处理")
        assert {"✅1 示范任务1", "✅2 示范任务2"} <= set(itemised.labels)
        (one_done,) = await reminders.press("✅1 示范任务1")
        assert "✅1 示范任务1" not in one_done.labels and "✅2 示范任务2" in one_done.labels
        (all_done,) = await reminders.press("✅2 示范任务2")
        assert not any(label.startswith(("✅", "⏸")) for label in all_done.labels)
        (page,) = await reminders.press("返回")
        assert "本页已完成" not in page.labels and "逐项处理" not in page.labels
