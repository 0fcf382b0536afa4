"""Questions round 22 (issue 12): how staff ask on a phone — 头一回, 一回, 一年一次, 交税, 能耗 —
read in the documents' words. The store holds an invented document (样板县, made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.glossary import Glossary
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
HEDGE = "部分相符"

RULES = """样板县人民政府关于印发样板县促进工业发展奖励办法的通知
样政发〔2032〕5号
各乡镇人民政府,县政府各部门:
现将《样板县促进工业发展奖励办法》印发给你们,请认真贯彻执行。
样板县人民政府
2032年3月2日
样板县促进工业发展奖励办法
一、对入规企业设立"进位奖",年内首次上缴税收达300万元、800万元的企业分别奖励6万元、12万元。
二、每季度对全县重点农产品的质量状况进行分析研判,形成分析报告。
三、每年开展一次样板县优质农产品评选及满意度调查活动。
四、每年对80家企业开展品牌价值评估活动。
五、上述涉企奖励资金总额不超过企业当年缴纳税收县级留成部分。
六、商标品牌奖励对象为注册或登记在本县辖区内的企业、事业单位和社会团体。
八、对产值增长奖的企业奖励8万元,以上奖金40%奖给企业法定代表人,另60%奖给企业。
七、先进乡镇政府、合作社联合会奖励奖金3万元,先进服务所(站)奖励奖金
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa22")
    with invented_plans_service(Path(folder), RULES, now=ASKED) as service:
        yield service


def test_touyihui_is_the_documents_shouci_and_jiaoshui_their_shangjiao_shuishou(
    service: QueryService,
) -> None:
    reply = _ask(service, "我们厂头一回交税过了300万,样板县进位奖给多少?")
    assert "6万元" in reply and HEDGE not in reply


def test_yihui_asks_how_often(service: QueryService) -> None:
    reply = _ask(service, "样板县优质农产品评选和满意度调查多长时间开展一回?")
    assert "每年" in reply and HEDGE not in reply


def test_yinian_before_a_verb_is_every_year(service: QueryService) -> None:
    reply = _ask(service, "样板县品牌价值评估一年评几家企业?")
    assert "80家" in reply and HEDGE not in reply


def test_once_a_year_or_once_a_quarter_is_asked_as_each(service: QueryService) -> None:
    reply = _ask(service, "样板县重点农产品质量状况的分析研判是一年一次还是一季度一次?")
    assert "每季度" in reply and HEDGE not in reply


def test_who_may_apply_is_the_clause_naming_whom_the_reward_is_for(service: QueryService) -> None:
    # 奖励对象为…: whom the reward is for answers 哪些单位能申请 / 谁可以申报
    for question in ("样板县商标品牌奖励哪些单位能申请?", "样板县的商标品牌奖励谁可以申报?"):
        reply = _ask(service, question)
        assert "注册或登记在本县辖区内" in reply and HEDGE not in reply, reply


def test_whether_a_cap_exists_is_answered_by_a_cap_without_a_sum(service: QueryService) -> None:
    # 有没有封顶,最多拿多少: the rule states its cap in words, not as a sum of money
    reply = _ask(service, "样板县这些涉企奖励有没有封顶,最多拿多少?")
    assert "县级留成部分" in reply and HEDGE not in reply, reply


def test_a_sentence_cut_before_its_last_sum_does_not_give_it(service: QueryService) -> None:
    # the page stops at 先进服务所(站)奖励奖金: the 3万元 before is the 先进乡镇's, not its sum
    reply = _ask(service, "样板县评上先进服务所的能拿多少奖金?")
    assert "3万元" not in reply, reply
    assert "3万元" in _ask(service, "样板县评上先进乡镇的,奖金给多少?")


def test_to_the_firm_or_to_the_boss_is_the_sentence_dividing_the_sum(
    service: QueryService,
) -> None:
    # 给企业还是给老板: the sentence dividing the prize answers, 老板 being its 法定代表人
    reply = _ask(service, "样板县产值增长奖的奖金给企业还是给老板?")
    assert "40%奖给企业法定代表人" in reply and HEDGE not in reply, reply


def test_nenghao_is_the_documents_nengyuan_xiaohao() -> None:
    # 单位GDP能耗: a plan writes 单位地区生产总值能源消耗; the word counts whole in its sentence
    assert "能源消耗" in Glossary().alternatives("能耗")
