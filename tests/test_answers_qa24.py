"""Questions round 24 (issue 12): a time window with nothing due in it. 下个月底前要完成什么 asked
of a plan by its name (精品制造) and a verb of doing, when nothing of the plan falls due by then,
is 未找到 — not the plan's later targets. A reward asked for a level of standard (企业标准) that
the rule does not pay for (it pays for 国际、国家、行业标准) is 未找到, not the rule's tiers. Every text is invented (made-up places and figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2032, 3, 1, 1, tzinfo=UTC)

PLAN = """示范区“精品制造”品牌建设行动计划
示政办发〔2031〕12号
各街道办事处、乡镇人民政府,区政府直属各单位:
一、工作目标
到2035年,全区通过“精品制造”认证的企业年营业收入总额超过5亿元。
全区通过“精品制造”认证的产品100%导入卓越绩效管理模式。
二、实施步骤
(一)宣传发动(2031年9月底前)。确定试点产业和培育企业名单。
(二)试点培育(2031年12月底前)。开展培育企业标准培训。
三、工作阶段
(一)启动阶段(2031年1月—2031年6月)。制定工作方案。
(二)推进阶段(2031年6月—2033年9月)。全面推进各项任务。
(三)总结阶段(2033年10月—2033年12月)。总结评估各项工作目标的完成情况。
示范区人民政府办公室
2031年8月18日
"""

RULES = """样板市标准化奖励办法
样政发〔2031〕4号
各县(市、区)人民政府,市政府各部门:
一、对主导制修订国际标准、国家标准、行业标准的单位,分别给予50万元、30万元、10万元的奖励。
二、对新获得省名牌产品的企业给予20万元的奖励。
样板市人民政府
2031年5月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa24")
    with invented_plans_service(Path(folder), PLAN, RULES, now=ASKED) as service:
        yield service


def test_nothing_due_next_month_is_not_the_plans_later_targets(service: QueryService) -> None:
    reply = _ask(service, "示范区精品制造下个月底前要完成什么?")
    assert "未找到" in reply and "5亿元" not in reply, reply


def test_the_plans_target_is_still_answered_without_the_window(service: QueryService) -> None:
    reply = _ask(service, "示范区精品制造认证企业年营业收入总额要达到多少?")
    assert "5亿元" in reply, reply


def test_a_standard_level_the_rule_does_not_pay_for_is_not_found(service: QueryService) -> None:
    reply = _ask(service, "样板市主导制定企业标准的奖励是多少?")
    assert "未找到" in reply and "50万元" not in reply, reply
    reply = _ask(service, "样板市主导制定行业标准奖多少?")
    assert "10万元" in reply and "未找到" not in reply, reply


def test_the_last_stage_is_the_last_of_the_plans_stages(service: QueryService) -> None:
    reply = _ask(service, "示范区精品制造行动计划最后一个阶段是什么?")
    assert "总结阶段" in reply and "启动阶段" not in reply and "推进阶段" not in reply, reply
