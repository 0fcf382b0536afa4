"""洞头区浙江制造品牌到2020年要达到什么 answered with the plan's preamble (为认真贯彻落实…特提出
如下实施意见): a preamble says why a plan exists, never what it is to reach, and the long
sentence naming the year asked ranked below the pool. Invented plan (样例县, made-up text)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

PLAN = """样例县人民政府办公室关于推进“样例精品”品牌建设的实施意见
样政办发〔2041〕12号
各乡镇人民政府,县政府直属各单位:
为认真贯彻落实《关于打造“样例精品”品牌的意见》(范政办发〔2040〕110号)等文件精神,推进我县“样例精品”品牌建设工作,特提出如下实施意见。
一、总体目标
到2044年,全县形成一批品质卓越、自主创新、管理先进、美誉度高、带动力大、竞争力强、占据国内市场话语权、产品远销海内外、能够比肩国际先进水平的“样例精品”品牌。
二、主要任务
(一)“样例精品”品牌建设立足于高标准。
(二)产业协同是“样例精品”品牌建设的基本要求。
(三)自主创新是“样例精品”品牌建设的必要条件。
(四)先进的质量管理是“样例精品”品牌建设的重要基础。
(五)加大对“样例精品”品牌建设的宣传力度。
(六)认真总结推广“样例精品”品牌建设的经验。
(七)“样例精品”品牌建设要注重实效。
(八)“样例精品”品牌建设要突出重点。
(九)“样例精品”品牌建设要分类指导。
(十)“样例精品”品牌建设要稳步推进。
1.“样例精品”品牌建设重在标准。
2.“样例精品”品牌建设重在质量。
3.“样例精品”品牌建设重在创新。
4.“样例精品”品牌建设重在服务。
5.“样例精品”品牌建设重在协同。
6.“样例精品”品牌建设重在宣传。
7.“样例精品”品牌建设重在人才。
8.“样例精品”品牌建设重在保障。
样例县人民政府办公室
2041年5月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("goal_preamble"), PLAN) as service:
        yield service


def test_the_goal_of_the_year_answers_and_the_preamble_does_not(service: QueryService) -> None:
    answer = service.ask("样例县样例精品品牌到2044年要达到什么")
    assert answer.found and answer.headline.startswith("到2044年"), answer.headline
    assert not any("特提出如下" in line.label for line in answer.facts)


def test_the_bundled_plans_goal_of_2020_is_no_preamble(seeded_engine: Engine) -> None:
    """The trial's question on the bundled 洞头区 plan: its 2020 sentence, no preamble."""
    service = QueryService(seeded_engine, clock=FakeClock(datetime(2018, 3, 1, 1, tzinfo=UTC)))
    answer = service.ask("洞头区浙江制造品牌到2020年要达到什么")
    assert answer.found and answer.headline.startswith("到2020年"), answer.headline
    assert not any("特提出如下" in line.label for line in answer.facts)
