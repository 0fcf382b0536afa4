"""What a new user's trial from a fresh clone found (offline chat, round 24): the short forms
staff type for a title a plan writes in full. The store holds an invented plan (示范市, made-up
numbers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.reward_claims import read_claims
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、工作目标
到2033年底,全市新增省级名牌产品17个,新增主导制定团体标准9项。(牵头单位:市示范监管局)
二、奖励政策
对新获得省级名牌产品的企业,给予23万元的奖励;对主导制定国家标准的企业,给予46万元的奖励。
三、评选表彰
市青石质量奖每3年评选一次,每次表彰不超过5家企业。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("new_user"), PLAN) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("示范市省名牌奖励多少", "23万元"),
        ("示范市拿了省名牌能奖多少钱", "23万元"),
        ("示范市2033年省名牌要新增几个", "17个"),
    ],
)
def test_sheng_mingpai_finds_a_plan_that_writes_shengji_mingpai(
    service: QueryService, question: str, expected: str
) -> None:
    """省名牌 is what staff call a 省级名牌产品: the plan's sum or count, not 未找到."""
    out = ask(service, question)
    assert "未找到" not in out
    assert f"答: {expected}" in out


@pytest.mark.parametrize(
    "question", ["示范市的文件叫啥", "示范市那个计划叫什么名字", "示范市文件名称"]
)
def test_the_name_of_a_regions_document_asked_plainly(service: QueryService, question: str) -> None:
    """衢州的文件叫啥 said 未找到相关内容: the title, as 有哪些文件 gives it."""
    out = ask(service, question)
    assert "未找到" not in out
    assert (
        out.splitlines()[1].startswith("答: ") and "示范市品牌提升行动计划" in out.splitlines()[1]
    )


@pytest.mark.parametrize(
    "request_text",
    [
        "我们公司主导制定1项国际标准又拿了示范商标 能拿多少钱",
        "主导制定1项国际标准还获得了示范商标能拿多少钱",
        "主导制定1项国际标准,同时新获示范商标,一共能拿多少",
    ],
)
def test_another_achievement_after_you_or_hai_is_a_claim_of_its_own(request_text: str) -> None:
    """又拿了驰名商标 ran into the standard's clause, and the calculator found no rule at all."""
    sheet = read_claims(request_text)
    assert [(claim.words, claim.role, claim.count) for claim in sheet.claims] == [
        ("国际标准", "主导", 1),
        (sheet.claims[1].words, None, 1),
    ]
    assert "示范商标" in sheet.claims[1].words and "国际标准" not in sheet.claims[1].words


def test_you_inside_a_word_does_not_split_a_claim() -> None:
    """又/还/并 split only before a verb of winning: 还原 or 并购 are words."""
    sheet = read_claims("主导制定2项并购重组标准")
    assert len(sheet.claims) == 1 and sheet.claims[0].count == 2


@pytest.mark.parametrize("question", ["示范市的任务", "示范市任务", "示范市工作"])
def test_a_region_with_only_a_general_kind_word_gets_its_overview(
    service: QueryService, question: str
) -> None:
    """三水区任务 said 未找到相关内容,请换个说法 while 三水区 and 三水区要干啥 gave the region's
    overview: 任务 and 工作 name no kind of fact."""
    out = ask(service, question)
    assert "未找到" not in out
    assert "收录了示范市的以下内容" in out and "/targets 示范市" in out


def test_a_list_of_a_regions_tasks_is_still_a_list(service: QueryService) -> None:
    out = ask(service, "示范市的任务有哪些")
    assert "收录了" not in out and "17个" in out


@pytest.mark.parametrize("question", ["示范市青石质量奖几年评一次", "青石质量奖几年一次"])
def test_how_many_years_between_awards_is_asked_as_how_often(
    service: QueryService, question: str
) -> None:
    """佛山质量奖几年评一次 said 未找到“质量奖 几年”; 多久评一次 was answered."""
    out = ask(service, question)
    assert "未找到" not in out and "每3年评选一次" in out


COUNTY_PLAN = """样板县人民政府办公室关于印发样板县标准化行动方案的通知
样政办发〔2031〕8号
样板县人民政府办公室
2031年5月6日
样板县标准化行动方案(2031—2032年)
一、工作目标
到2032年底,全县新增样板标准6项。
"""


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("new_user_two")
    with invented_plans_service(folder, PLAN, COUNTY_PLAN) as service:
        yield service


@pytest.mark.parametrize("question", ["文号是多少", "这个计划到哪年结束", "什么时候印发的"])
def test_a_documents_data_asked_of_no_document_lists_the_documents(
    two_plans: QueryService, question: str
) -> None:
    """文号是多少 with five plans in the store answered 湖州's number as if it were asked."""
    out = ask(two_plans, question)
    assert "答:" not in out and "请说明是哪份文件" in out
    assert "示政办发〔2031〕41号" in out and "样政办发〔2031〕8号" in out


def test_a_documents_data_asked_of_a_named_region_is_still_answered(
    two_plans: QueryService,
) -> None:
    out = ask(two_plans, "样板县的文号是多少")
    assert "答: 样政办发〔2031〕8号" in out


def test_what_is_due_next_month_asked_with_what_says_nothing_is_due_then(
    service: QueryService,
) -> None:
    """南海区下个月要交啥 said 未找到相关内容,请换个说法, while 下个月有啥要交的 said that nothing
    is due then and the nearest due dates."""
    out = ask(service, "示范市下个月要交啥")
    assert "下个月(2032-04-01至2032-04-30)没有到期" in out and "2033-12-31" in out
