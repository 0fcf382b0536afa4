"""What a new user's trial found in the answers (stop 35): a homophone of a two-character word
(省明牌), a question asking two things of a document (文号是多少,什么时候发的), who may claim a
reward asked with no place named, and one target a body sentence and its task-table row both
state. The store holds an invented plan (示范市; made-up numbers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ASKED_AT, ask, city_plan, invented_plans_service
from policybot.handlers.formatting import PLAIN, page_chunks, render_pages
from policybot.knowledge.answers import Answer, AnswerKind, Citation, FactLine
from policybot.knowledge.question import Asks
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller

PLAN = city_plan(
    """一、主要目标
到2033年,全市省名牌产品不少于30个,打造一批知名品牌。各县(区)要按照省明确的要求抓好落实。
二、重点工作
(一)深化星火改革
1.全面推进星火标准化改革。推进企业标准管理制度改革,加强事中事后监管。2031—2033年,全市参与星火改革的企业不少于800家。各县(区)每年参与标准制修订数量不少于2项。(牵头单位:市示范局;配合单位:市工商联)
三、奖励政策
1.对新获得示范品牌称号的企业,给予一次性奖励50万元。
2.积极推荐企业申请示范品牌称号,各县(区)每年组织推荐申请的企业数不少于3家。
3.本奖励政策适用于示范市市级、东城区、西城区(不含中央驻示企业)。
4.本计划实施后,示政发〔2020〕5号同时停止执行。
附件
任务分解表
序号 工作任务 具体内容 牵头单位 配合单位 工作目标
1 全面推进星火标准化改革 推进企业标准管理制度改革。 市示范局 市工商联 力争到2033年底,全市参与星火改革的企业不少于800家。
"""
)

# The same plan without its notice: no 文号 anywhere in the text.
UNNUMBERED = """样板市人民政府关于加快样板品牌建设的意见
一、到2033年,全市样板品牌企业不少于40家。
样板市人民政府
2031年5月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("trial35")
    with invented_plans_service(folder, PLAN, UNNUMBERED, now=ASKED_AT) as service:
        yield service


def test_a_homophone_of_a_two_character_store_word_is_corrected(service: QueryService) -> None:
    """省明牌: 明牌 is no word of the store, 名牌 (same sound) is, and 明 makes no word with 省
    (although the plan writes 省明 in 省明确)."""
    out = ask(service, "示范市省明牌要几个")
    assert "30个" in out and "未找到" not in out


def test_a_two_character_homophone_keeps_what_the_store_writes() -> None:
    """实施后 keeps 实施 (a word of the store), although 施后 is written nowhere and 事后 sounds
    the same; 建设中要 keeps 中, since 要 of 中要 asks (重要 is no slip); 能奖多少 keeps 奖, a
    character the documents write more often than the 降 of their 能降."""
    speller = Speller(
        {"实施": 9, "事后": 2, "重要": 4, "建设": 8, "名牌": 5, "能降": 1},
        [
            "本意见实施后停止执行",
            "加强事中事后监管",
            "重要产品",
            "在品牌建设中",
            "省名牌产品",
            "知名品牌",
            "按照省明确的要求",
            "能降低成本",
            "给予奖励",
            "奖补资金",
        ],
        asking=["奖多少"],
    )
    assert speller.correct("意见实施后哪个文件停止执行") == "意见实施后哪个文件停止执行"
    assert speller.correct("品牌建设中要做什么") == "品牌建设中要做什么"
    assert speller.correct("主导制定标准能奖多少") == "主导制定标准能奖多少"
    assert speller.correct("南区省明牌要几个") == "南区省名牌要几个"


def test_two_fields_asked_of_a_document_are_both_answered(service: QueryService) -> None:
    answer = service.ask("示范市那个文件的文号是多少,什么时候发的")
    assert answer.found
    assert answer.headline.split("\n") == ["文号: 示政办发〔2031〕41号", "成文日期: 2031-03-02"]
    assert len(answer.facts) == 1  # the document cited once


def test_a_field_the_text_lacks_is_said_beside_the_one_it_gives(service: QueryService) -> None:
    answer = service.ask("样板市那个意见的文号是多少,什么时候发的")
    assert answer.found, answer.headline
    assert answer.headline.split("\n") == ["文号: 原文没有写明", "成文日期: 2031-05-06"]


def test_who_may_claim_a_reward_with_no_place_named_is_its_scope_clause(
    service: QueryService,
) -> None:
    """什么企业可以申请奖励: the clause saying where and to whom the rewards apply, not a
    sentence that merely says 推荐…申请."""
    answer = service.ask("什么企业可以申请奖励")
    assert answer.found and not answer.hedged
    assert "适用于" in answer.headline, answer.headline


def test_a_target_a_sentence_and_its_table_row_both_state_is_listed_once(
    service: QueryService,
) -> None:
    """2031—2033年,…不少于800家 and the row's 力争到2033年底,…不少于800家, each led by 市示范局:
    one statement, shown once — the row's sentence, which says by when."""
    answer = service.ask("示范市2033年标准化的目标是什么")
    said = [fact for fact in answer.facts if "800家" in fact.label]
    assert len(said) == 1, answer.facts
    assert said[0].due is not None and said[0].due.year == 2033, said


def test_a_fields_targets_of_a_year_are_a_list(service: QueryService) -> None:
    """标准化的目标 names a field and asks its targets: a list, as 要达到什么目标 is, so the
    per-year 标准制修订 target under the same heading is shown beside the 800家 one."""
    assert service.parse("示范市2033年标准化的目标").asks == Asks.LIST
    out = ask(service, "示范市2033年标准化的目标")
    assert "800家" in out and "标准制修订" in out, out


def _duty(number: int, document: str) -> FactLine:
    citation = Citation(
        document_id=number % 5, document=document, quote=f"每年开展第{number}项检查"
    )
    return FactLine(
        kind="recurring", fact_id=number, label=f"开展第{number}项检查", citation=citation
    )


def test_a_page_of_items_from_many_documents_fits_a_phone_screen() -> None:
    """每年要做什么 over five plans: 8 items and 5 出处 lines ran to 19 lines; a page holds fewer
    items instead, so that it stays within 15 lines, and no item is lost."""
    documents = [f"示范{name}品牌建设行动计划" for name in "甲乙丙丁戊"]
    facts = tuple(_duty(number, documents[number % 5]) for number in range(10))
    answer = Answer(
        found=True,
        kind=AnswerKind.DEADLINES,
        title="全部地区",
        headline="共 10 项",
        facts=facts,
        total=10,
        listing=True,
        question="每年要做什么",
    )
    pages = render_pages(answer, PLAIN)
    assert all(len(page.splitlines()) <= 15 for page in pages), pages
    assert sum(len(items) for _, items in page_chunks(answer, PLAIN)) == 10
    assert "出处: 《示范甲品牌建设行动计划》" in pages[0]
