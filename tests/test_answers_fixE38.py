"""fixE38: a year's list of a district's work, and other reply defects the round-38 trial and
attacker found, on invented plans."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.invented_plans import ask, invented_plans_service

# An invented district plan: stages, a monthly and a half-yearly duty, targets.
DISTRICT_PLAN = """岚山市岚北区人民政府办公室关于印发岚北区品质提升实施方案(2031—2033年)的通知
岚北府办发〔2031〕9号
各镇人民政府、街道办事处,区政府各部门:
《岚北区品质提升实施方案(2031—2033年)》已经区政府同意,现印发给你们,请认真组织实施。
岚山市岚北区人民政府办公室
2031年3月10日
岚北区品质提升实施方案(2031—2033年)
一、总体目标
到2033年底,全区新增主导制定团体标准6项,培育区级品质示范企业9家。
二、实施步骤
(一)动员准备阶段(2031年4月—2031年6月)。6月30日前完成全区品质现状调查。
(二)推进实施阶段(2031年7月—2032年12月)。各牵头单位每月5日前向区品质办报送上月工作进展。
(三)验收总结阶段(2033年1月—2033年12月)。2033年11月30日前完成自查。
三、保障措施
区品质办每半年通报一次工作进展。
"""


def test_this_years_list_has_stages_and_routine_occurrences(tmp_path: Path) -> None:
    now = datetime(2031, 4, 10, 2, tzinfo=UTC)
    with invented_plans_service(tmp_path, DISTRICT_PLAN, now=now) as service:
        reply = ask(service, "岚北区今年要干什么")
    lines = reply.splitlines()
    assert "动员准备阶段" in reply, reply
    assert "每半年" in reply, reply
    assert "每月5日前" in reply, reply
    # soonest first: the stage ending 06-30 ahead of the monthly duty's first occurrence
    first = next(i for i, line in enumerate(lines) if "动员准备阶段" in line)
    monthly = next(i for i, line in enumerate(lines) if "每月5日前" in line)
    assert first < monthly, reply
