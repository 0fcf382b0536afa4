"""/report <地区> lists that place's targets, as /targets <地区> does.

Found in a trial: after a plan of 青溪市 was stored, ``/targets 青溪`` listed its two targets but
``/report 青溪`` only the one whose subject happened to contain the name (全市新增“青溪精品”…),
so a unit could not find the number of 主导制定国家标准 by its city's name. The words of
``/report`` are looked for in the target's subject and in its place (the target's district and
its document's region), not in document titles (``标准强市`` would match every target).
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import Target
from policybot.knowledge.progress import report_guide
from test_admin_samples import OWNER


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
