"""attack41: 失效 / 作废 are among the 停止执行 cues (Field.SUPERSEDES), and fix41's
``question._only_a_documents_act`` now reads a bare "什么时候失效" as a document question of that
field: the reply names the OLDER document this one stops (《…暂行办法》停止执行), stated as the
answer, when the asker wants the day this document itself stops being valid (有效期至2033年12月31日).
"本办法什么时候失效" is answered the same wrong way. Invented plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invented_plans import ask, invented_plans_service

MEASURES = """示范市人民政府关于印发示范市品牌建设奖励办法的通知
示政发〔2031〕12号
各县(区)人民政府,市政府各部门:
现将《示范市品牌建设奖励办法》印发给你们,请认真贯彻执行。
示范市人民政府
2031年3月2日
示范市品牌建设奖励办法
第一条 对新获得中国驰名商标的企业,给予100万元奖励。
第二条 2031年12月底前,完成首批品牌企业认定。
第三条 本办法自2031年4月1日起施行,有效期至2033年12月31日。《示范市品牌奖励暂行办法》(示政发〔2027〕5号)同时停止执行。
"""


@pytest.mark.parametrize(
    "question", ["什么时候失效", "什么时候作废", "本办法什么时候失效", "这个办法什么时候失效?"]
)
def test_when_it_expires_is_its_own_end_not_the_document_it_stops(
    tmp_path: Path, question: str
) -> None:
    with invented_plans_service(tmp_path, MEASURES) as service:
        reply = ask(service, question)
    first = reply.split("出处", 1)[0]
    assert "2033" in first, reply
    assert "暂行办法" not in first, reply
