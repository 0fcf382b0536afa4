"""Answers after the fresh batch qa49 (helper fix85): 什么时候失效 of a page whose header
states the day it lapses (文件失效时间2031-12-31) is answered with that day. Every text is
invented."""

from __future__ import annotations

from invented_plans import ask, plans_fixture

LAPSING_PAGE = """青枫区政府欢迎您!
无障碍 | 长者版 | 繁体中文 |
| 邮箱 | 智能问答
• 文章标题青枫区人民政府办公室关于印发《青枫区鼓励服务业发展办法》的通知
• 制发机关青枫区人民政府办公室
• 成文日期2027-07-24
• 文件字号青枫政办发〔2027〕4号
• 生效日期2027-08-25
• 文件失效时间2029-12-31
• 有效性有效

青枫区人民政府办公室关于印发《青枫区鼓励服务业发展办法》的通知
各街道办事处、区政府各部门:
《青枫区鼓励服务业发展办法》已经区政府同意,现印发给你们,请认真贯彻执行。
青枫区鼓励服务业发展办法
第一条 为提升全区服务业规模,制定本办法。
第二条 对年营业收入首次突破1亿元的服务业企业,给予10万元奖励。
"""

service = plans_fixture("fix85", LAPSING_PAGE)


def test_when_a_page_lapses_is_its_header_lapse_day(service) -> None:  # type: ignore[no-untyped-def]
    reply = ask(service, "青枫区鼓励服务业发展的办法什么时候失效?")
    assert "2029-12-31" in reply, reply
