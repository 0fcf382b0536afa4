"""trial62 (helper fix62): defects of a fresh-clone trial (M5, M6) on invented plans: a
reward asked with the asker's 首次 a county plan does not write, and a lookup of one rewarded
thing listing the things merely named in the same sentence. Every text is invented (made-up places and figures)."""

from __future__ import annotations

from invented_plans import ask, plans_fixture
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# A county plan rewarding a certification it writes 获得 (no 首次), beside support of another
# kind for the same certification.
COUNTY = """澄江县人民政府办公室关于推进品牌建设的实施意见
澄政办发〔2031〕5号
各乡镇人民政府,县政府各部门:
一、工作目标
到2033年,全县新增省名牌产品10个。
二、保障措施
(一)强化政策扶持。对获得“品字标”品牌认证的企业,给予12万元奖励;对参与制订“品字标”产品标准的企业,给予5万元奖励。强化金融支持,对通过“品字标”认证的企业,在融资上给予倾斜。
澄江县人民政府办公室
2031年5月8日
"""

# A city plan naming three rewarded things in one sentence, one of them a 名牌.
LISTED = """汀兰市人民政府关于加强品牌建设工作的意见
汀政发〔2031〕9号
各县(市、区)人民政府,市政府各部门:
五、完善奖励政策
16.对新获得中国驰名商标的企业,给予90万元的奖励;对新获得省名牌产品(含区域名牌)、省著名商标和首次通过“品字标”认证的企业,给予25万元的奖励。
17.对主导制定国际标准的单位,给予40万元的奖励。
汀兰市人民政府
2031年5月8日
"""

service = plans_fixture("trial62", COUNTY, LISTED)


def test_a_reward_asked_with_a_first_time_the_plan_does_not_write(service: QueryService) -> None:
    """trial M5: 首次通过…认证奖励多少 of a plan rewarding 获得…认证 said 未找到 (首次, the
    asker's own word for when, was read as the topic no document writes)."""
    reply = ask(service, "澄江县首次通过品字标认证奖励多少?")
    assert "12万元" in reply and "未找到“" not in reply, reply


def test_a_rewards_lookup_is_the_named_things_not_its_neighbours(service: QueryService) -> None:
    """trial M6: /rewards 省名牌 listed the 著名商标 and 品字标 rewards named in the same
    sentence as the 名牌's, found only through that sentence."""
    reply = render_plain(service.rewards(None, "省名牌"))
    assert "25万元" in reply and "名牌产品" in reply, reply
    assert "著名商标" not in reply and "品字标" not in reply, reply


def test_a_rewards_lookup_of_a_word_no_item_names_keeps_the_sentences(
    service: QueryService,
) -> None:
    """A word only the shared sentence writes (企业) leaves every item of it listed."""
    reply = render_plain(service.rewards("汀兰", "企业"))
    assert all(w in reply for w in ("名牌产品", "著名商标", "品字标")), reply
