"""attack40b: two more ways a city's rule excludes counties, which ``reward_conditions`` does not
read as exclusions: "醴陵市、攸县不执行本意见" and a bracketed "(醴陵市、攸县除外)" after
在全市范围内适用. 攸县 is answered with the city's 25万元 under 答: as sure; it should be 未找到
quoting the exclusion, as "本意见不适用于醴陵市、攸县" already is. Invented figures."""

from __future__ import annotations

import pytest

from tests.invented_plans import ask, invented_plans_service
from tests.test_attack40_scope import ASKED, CITY_RULES, PROVINCE_PLAN


@pytest.mark.parametrize(
    "scope",
    [
        "三、醴陵市、攸县不执行本意见。",
        "三、本意见在全市范围内适用(醴陵市、攸县除外)。",
    ],
)
def test_a_county_excluded_in_other_words_is_not_answered(
    tmp_path_factory: pytest.TempPathFactory, scope: str
) -> None:
    rules = CITY_RULES.replace("三、本意见不适用于醴陵市、攸县。", scope)
    folder = tmp_path_factory.mktemp("attack40b_scope")
    with invented_plans_service(folder, PROVINCE_PLAN, rules, now=ASKED) as service:
        reply = ask(service, "攸县新获湖南名牌产品奖励多少?")
    assert "未找到" in reply and "25万元" not in reply.split("\n", 1)[1][:60], reply
