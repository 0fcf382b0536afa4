"""Whom a reply or notice is addressed to (复函是给哪个单位的) is the office its address line
names (市科技局:), a document's own datum like its number. 复函 is a word of asking about
documents: never "corrected" to 府函, which the store writes in a number, though no stored text
says 复函 itself (a reply says 现函复如下)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a reply without its title line, only its number.
REPLY = """示政办函〔2031〕16号
市科技局:
《关于调整示范市科学技术奖奖励标准有关事宜的请示》收悉。经市政府同意,现函复如下:
示范市科学技术突出贡献奖40万元/人,每两年评审一次。
示范市人民政府办公室
2031年4月11日
"""

PLAIN = city_plan("一、主要目标\n到2033年,新增示范标准40项(示府函〔2031〕3号)。\n")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("addressee"), PLAIN, REPLY) as service:
        yield service


def test_a_reply_is_addressed_to_the_office_its_address_line_names(service: QueryService) -> None:
    question = "示范市调整科学技术奖奖励标准的复函是给哪个单位的?"
    assert "复函" in service.parse(question).reading
    answer = service.ask(question)
    out = render_plain(answer)
    assert answer.found and "答: 市科技局" in out, out
