"""A glossary term some document writes itself is kept as typed by the question's reading, yet
another document writes it only in full: that document is still searched in its own words. The
store holds invented documents (范本省, 样例县, made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

GROWTH = """范本省科技创新三年行动方案
到2044年,高新技术企业营业收入达到900亿元,高新技术企业数量达到1500家。
范本省科学技术厅
2042年2月1日
"""

# Writes 营收 and 高企 itself, so the question's reading keeps them as typed.
SERVICES = """样例县服务业提质行动方案
到2043年,规上服务业营收达到120亿元,其他营利性服务业营收年均增长8%。
对新认定的高企给予奖励。
样例县发展和改革局
2042年3月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("glossary_term_used")
    with invented_plans_service(folder, GROWTH, SERVICES) as service:
        yield service


def test_a_term_another_document_uses_still_finds_the_full_form(service: QueryService) -> None:
    """营收 asked of a plan writing 营业收入 while another document writes 营收: the plan's
    figure answers, not the sentence holding the count of firms beside it (the facts were searched
    for 营收 only)."""
    reply = ask(service, "范本省高企营收2044年要到多少?")
    assert "900亿元" in reply and "1500家" not in reply
    assert "未找到" not in reply and "仅供参考" not in reply


# fu36: 规上 where one document writes 规上 itself was read as typed, and jieba's 规 / 上 were
# both dropped: 规上企业有啥要求 searched for 企业 alone. Invented: one county writes 规上, one
# city 规模以上, one province neither (规模工业); each also speaks of 企业 otherwise.
SHORT = """样例县工业提质行动方案
一、主要任务
鼓励企业参加质量培训,支持企业开展品牌宣传和企业文化建设。
到2044年,规上企业研发投入强度达到3%以上。
到2043年,新增品牌示范县1个。
样例县经济和信息化局
2042年3月1日
"""
FULL = """范本市品牌建设行动方案
一、主要任务
鼓励企业参加质量培训,支持企业开展品牌宣传和企业文化建设。
到2044年,规模以上企业全部建立首席质量官制度。
到2043年,新增品牌示范企业10家。
范本市市场监督管理局
2042年4月1日
"""
NEITHER = """范例省工业发展工作要点
一、主要目标
2043年,规模工业增加值增长7%。
范例省工业和信息化厅
2042年5月1日
"""


@pytest.fixture(scope="module")
def spellings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("glossary_term_cut")
    with invented_plans_service(folder, SHORT, FULL, NEITHER) as service:
        yield service


def test_a_term_jieba_cuts_is_searched_in_either_spelling(spellings: QueryService) -> None:
    short = ask(spellings, "样例县规上企业有啥要求")
    assert "研发投入强度" in short and "质量培训" not in short, short
    full = ask(spellings, "范本市规上企业有啥要求")
    assert "首席质量官" in full and "质量培训" not in full, full


def test_a_term_jieba_cuts_is_no_word_an_answer_must_say(spellings: QueryService) -> None:
    reply = ask(spellings, "范例省2043年规上工业增加值增长多少")
    assert "7%" in reply and "没有写" not in reply, reply
