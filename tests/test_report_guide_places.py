"""/report <地区> lists that place's targets, as /targets <地区> does.

Found in a trial: after a plan of 青溪市 was stored, ``/targets 青溪`` listed its two targets but
``/report 青溪`` only the one whose subject happened to contain the name (全市新增“青溪精品”…),
so a unit could not find the number of 主导制定国家标准 by its city's name. A place is the
query service's region filter, as for /targets: words naming a region of the store narrow the
list to the targets filed there (a second place within the first narrows further); the other
words are looked for in the subjects, not in place names (市 would match every city's targets)
nor in document titles (``标准强市`` would match every target).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from invented_plans import city_plan, invented_plans_service
from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import Target
from policybot.knowledge.progress import report_guide
from test_admin_samples import OWNER

# 示范市's plan with a table of its districts' shares: two targets filed under 东湖区 and 西岭区
# whose subjects name no place.
DISTRICT_TABLE = """一、主要目标
到2033年,全市新增省级品牌企业30家,主导制定国家标准5项。
附表 各区新增省级品牌企业任务分解
地区 | 新增省级品牌企业(家) |
全市 | 30 |
东湖区 | 12 |
西岭区 | 10 |
"""


def target_ids(engine: Engine) -> list[int]:
    with Session(engine) as session:
        return sorted(t.id for t in session.exec(select(Target)) if t.id is not None)


async def test_report_with_a_place_lists_every_target_of_that_place(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    ids = target_ids(engine)
    assert len(ids) == 2  # 新增省级品牌企业, 主导制定国家标准: neither subject names the city
    (guide,) = await plan_bot.say("/report 示范市", chat_id=OWNER, user_id=OWNER)
    assert all(f"#{i} " in guide.text for i in ids), guide.text
    (narrowed,) = await plan_bot.say("/report 示范 标准", chat_id=OWNER, user_id=OWNER)
    listed = [i for i in ids if f"#{i} " in narrowed.text]
    assert len(listed) == 1 and "国家标准" in narrowed.text, narrowed.text


async def test_words_are_not_looked_for_in_document_titles(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    """The plan's title says 品牌建设; no target's subject or place does."""
    guide = report_guide(engine, 1, is_admin=True, words="品牌建设")
    assert guide.startswith("未找到与“品牌建设”有关的可报送的目标"), guide


def listed(guide: str) -> int:
    """How many targets a guide lists (0 for 未找到)."""
    return sum(1 for line in guide.splitlines() if line.startswith("#"))


def test_a_district_after_its_city_narrows_to_the_districts_targets(tmp_path: Path) -> None:
    """/report 示范 东湖区 found nothing: 东湖区 was looked for in the subject and the target's
    region (示范市), never in the district it is filed under."""
    with invented_plans_service(tmp_path, city_plan(DISTRICT_TABLE)) as service:
        city = service.report_guide(1, is_admin=True, words="示范")
        district = service.report_guide(1, is_admin=True, words="示范 东湖区")
        either_order = service.report_guide(1, is_admin=True, words="东湖区 示范")
    assert listed(city) == 4, city
    assert listed(district) == 1 and "东湖区的目标" in district and "(目标 12家)" in district
    assert either_order == district


def test_part_of_a_place_name_is_looked_for_in_subjects_only(tmp_path: Path) -> None:
    """/report 市 listed every target of 示范市 (its document's region holds 市): a word that
    names no region narrows by the subjects, as /targets' keywords do."""
    with invented_plans_service(tmp_path, city_plan(DISTRICT_TABLE)) as service:
        guide = service.report_guide(1, is_admin=True, words="市")
        apart = service.report_guide(1, is_admin=True, words="东湖区 西岭区")
    assert listed(guide) == 1 and "全市新增省级品牌企业" in guide, guide
    assert apart.startswith("未找到") and "东湖区" in apart and "西岭区" in apart, apart
