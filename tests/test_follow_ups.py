"""那样板市呢 / 那2033年呢: a follow-up naming only a place or a year re-asks the question before
it with that place or year swapped in, in the chat and in ``policybot ask --jsonl`` alike; and a
pointer typed in traditional characters (這個文件) points at the last cited document too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from invented_plans import city_plan, invented_plans_service, task_table_plan
from policybot.bot.cli import answer_text
from policybot.knowledge.follow_ups import Conversation
from policybot.knowledge.service import QueryService
from test_admin_samples import admin_bot
from test_trialfix34 import _with_plans

# Invented: two cities' yearly figures for one topic; only the second pays for 驰誉商标.
FIRST = city_plan(
    "一、主要目标\n"
    "到2032年,新增示范牌产品30个。\n"
    "到2033年,新增示范牌产品45个。\n"
    "二、重点任务\n"
    "培育和指导企业申报全国驰誉商标。\n"
)
SECOND = """样板市人民政府办公室关于印发样板市品牌建设行动方案的通知
样政办发〔2031〕9号
一、主要目标
到2032年,新增示范牌产品12个。
到2033年,新增示范牌产品18个。
二、奖励政策
对新获得全国驰誉商标的企业,给予50万元的奖励。
样板市人民政府办公室
2031年6月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("follow_ups")
    with invented_plans_service(folder, FIRST, SECOND) as service:
        yield service


def _say(service: QueryService, chat: Conversation, text: str) -> str:
    return answer_text(service, text, conversation=chat)[0]


def test_a_place_or_a_year_alone_re_asks_the_last_question(service: QueryService) -> None:
    chat = Conversation({})
    assert "30个" in _say(service, chat, "示范市2032年新增示范牌产品多少个")
    place = _say(service, chat, "那样板市呢?")
    assert "12个" in place, place
    year = _say(service, chat, "那2033年呢")
    assert "18个" in year, year


def test_a_follow_up_to_a_reward_is_not_found_where_none_is_paid(service: QueryService) -> None:
    chat = Conversation({})
    assert "50万元" in _say(service, chat, "样板市驰誉商标奖多少")
    reply = _say(service, chat, "那示范市呢?")
    assert "未找到" in reply and "50万元" not in reply, reply


def test_a_follow_up_with_a_topic_of_its_own_is_read_as_typed(service: QueryService) -> None:
    chat = Conversation({})
    _say(service, chat, "示范市2032年新增示范牌产品多少个")
    reply = _say(service, chat, "那样板市的奖励呢")
    assert "12个" not in reply, reply


def test_a_traditional_pointer_means_the_last_cited_document(service: QueryService) -> None:
    chat = Conversation({})
    _say(service, chat, "样板市驰誉商标奖多少")
    reply = _say(service, chat, "這個文件什麼時候發的")
    assert "2031-06-02" in reply, reply


async def test_the_chat_reads_a_follow_up_as_the_cli_does(sqlite_engine: Engine) -> None:
    async with admin_bot(sqlite_engine) as harness:
        await _with_plans(harness, FIRST, SECOND)
        (first,) = await harness.say("示范市2032年新增示范牌产品多少个")
        assert "30个" in first.text, first.text
        (follow,) = await harness.say("那样板市呢?")
        assert "12个" in follow.text, follow.text


def test_a_follow_up_typed_with_an_ime_question_mark_is_a_follow_up(service: QueryService) -> None:
    # attack35: 那顺德呢？ (the full-width mark an IME types) was read as a place's overview
    chat = Conversation({})
    _say(service, chat, "示范市2032年新增示范牌产品多少个")
    reply = _say(service, chat, "那样板市呢？")
    assert "12个" in reply, reply


def test_a_follow_up_to_a_traditional_question_swaps_its_place(service: QueryService) -> None:
    # attack35: the old place was looked for in the traditional text and not found there, so the
    # new one was put in front of it (“顺德 南海区 省名牌产品”)
    chat = Conversation({})
    assert "30个" in _say(service, chat, "示範市2032年新增示範牌產品多少個")
    reply = _say(service, chat, "那樣板市呢")
    assert "12个" in reply and "30个" not in reply, reply


def test_a_list_citing_two_documents_leaves_no_document_to_point_at(
    service: QueryService,
) -> None:
    # attack35: 这个文件 after a list of two cities' documents named the one cited two replies
    # before; it now asks which document is meant
    chat = Conversation({})
    _say(service, chat, "样板市驰誉商标奖多少")
    listed = _say(service, chat, "2032年新增示范牌产品多少个")
    assert "30个" in listed and "12个" in listed, listed
    reply = _say(service, chat, "这个文件什么时候发的")
    assert "请说明是哪份文件" in reply and "答: 2031-06-02" not in reply, reply


def test_a_command_leaves_no_question_to_follow_up(service: QueryService) -> None:
    # attack35: 那样板市呢 after /targets 示范市 re-asked the question typed before the command;
    # ans36: it re-runs the command for 样板市 (it was 样板市's overview, pointing at it)
    chat = Conversation({})
    _say(service, chat, "示范市2032年新增示范牌产品多少个")
    _say(service, chat, "/targets 示范市")
    reply = _say(service, chat, "那样板市呢")
    assert "答: 12个" not in reply, reply
    assert reply.startswith("样板市 · 目标") and "12个" in reply and "30个" not in reply, reply


def test_a_place_after_a_command_re_runs_it_with_its_other_words(service: QueryService) -> None:
    chat = Conversation({})
    assert "50万元" in _say(service, chat, "/rewards 样板市 驰誉商标")
    reply = _say(service, chat, "那示范市呢")
    assert reply.startswith("示范市 · “驰誉商标” · 奖励"), reply
    assert "50万元" not in reply, reply


def test_a_topic_alone_keeps_the_last_place(service: QueryService) -> None:
    # 那奖励呢 after a question about 示范市 is about 示范市's rewards (it pays none), not every
    # region's (样板市's 50万元)
    chat = Conversation({})
    _say(service, chat, "示范市2032年新增示范牌产品多少个")
    reply = _say(service, chat, "那奖励呢")
    assert "50万元" not in reply and "示范市" in reply, reply
    chat = Conversation({})
    _say(service, chat, "/targets 样板市")
    assert "50万元" in _say(service, chat, "那奖励呢")


async def test_the_chat_re_runs_a_command_for_a_follow_up_place(sqlite_engine: Engine) -> None:
    async with admin_bot(sqlite_engine) as harness:
        await _with_plans(harness, FIRST, SECOND)
        await harness.say("/targets 示范市")
        (follow,) = await harness.say("那样板市呢")
        assert "样板市 · 目标" in follow.text and "12个" in follow.text, follow.text


# fu36: after an answer, 文号是多少 listed every document and 谁牵头 said 未找到: a question asking
# only of a document or of who leads is about what the last answer gave.
def test_a_bare_document_question_asks_of_the_document_just_cited(service: QueryService) -> None:
    chat = Conversation({})
    _say(service, chat, "样板市2033年新增示范牌产品多少个")
    number = _say(service, chat, "文号是多少")
    assert "样政办发〔2031〕9号" in number and "请说明" not in number, number
    issued = _say(service, chat, "什么时候发的")
    assert "2031-06-02" in issued and "请说明" not in issued, issued
    issuer = _say(service, chat, "谁发的")
    assert "样板市人民政府办公室" in issuer and "未找到" not in issuer, issuer


def test_a_bare_document_question_after_two_documents_asks_which(service: QueryService) -> None:
    chat = Conversation({})
    listed = _say(service, chat, "2032年新增示范牌产品多少个")
    assert "30个" in listed and "12个" in listed, listed
    reply = _say(service, chat, "文号是多少")
    assert "请说明是哪份文件" in reply, reply


def test_a_bare_document_question_opening_a_chat_is_read_as_typed(service: QueryService) -> None:
    reply = _say(service, Conversation({}), "文号是多少")
    assert "请说明是哪份文件" in reply, reply


def test_a_document_question_naming_its_place_is_its_own(service: QueryService) -> None:
    chat = Conversation({})
    _say(service, chat, "样板市2033年新增示范牌产品多少个")
    reply = _say(service, chat, "示范市的文号是多少")
    assert "示政办发〔2031〕41号" in reply and "样政办发" not in reply, reply


def test_who_leads_asks_of_the_item_just_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("who_leads")
    other = task_table_plan("范例市", "范")
    with invented_plans_service(folder, task_table_plan(), other) as service:
        chat = Conversation({})
        _say(service, chat, "样例市2018年底前要建立什么")
        _say(service, chat, "文号是多少")  # a question of the document leaves the item asked
        reply = _say(service, chat, "谁牵头")
        assert "市市场监管局" in reply and "未找到" not in reply, reply
        assert "范例市" not in reply, reply
        units = _say(service, chat, "哪些单位负责")
        assert "市商务局" in units and "市经信委" not in units, units
        opening = _say(service, Conversation({}), "谁牵头")
        assert "样例市" not in opening, opening


async def test_the_chat_asks_a_bare_document_question_of_the_cited_document(
    sqlite_engine: Engine,
) -> None:
    async with admin_bot(sqlite_engine) as harness:
        await _with_plans(harness, FIRST, SECOND)
        await harness.say("样板市2033年新增示范牌产品多少个")
        (number,) = await harness.say("文号是多少")
        assert "样政办发〔2031〕9号" in number.text and "请说明" not in number.text, number.text


def test_a_year_alone_after_a_command_re_runs_it_for_that_year(service: QueryService) -> None:
    # attack36 M3: 那2033年呢 after /targets 示范市 listed every region's 2033 items
    chat = Conversation({})
    _say(service, chat, "/targets 示范市")
    reply = _say(service, chat, "那2033年呢")
    assert reply.startswith("示范市 · 2033年 · 目标"), reply
    assert "45个" in reply and "18个" not in reply and "30个" not in reply, reply
    chat = Conversation({})
    _say(service, chat, "/rewards 样板市")
    reply = _say(service, chat, "那2032年的奖励呢")
    assert "样板市" in reply.splitlines()[0], reply


def test_a_place_replaces_a_place_the_store_does_not_hold(service: QueryService) -> None:
    # attack36 M4: the first question named a place with no plan (refused); 那样板市呢 kept it
    chat = Conversation({})
    assert "未找到" in _say(service, chat, "南京2032年新增示范牌产品多少个")
    assert chat.read("那样板市呢", service.parse) == "样板市2032年新增示范牌产品多少个"
    reply = _say(service, chat, "那样板市呢")
    assert "12个" in reply and "南京" not in reply, reply


def test_a_follow_up_ending_in_a_tone_mark_is_a_follow_up(service: QueryService) -> None:
    # attack36 L2: 那样板市呢～ was read as the region's overview
    for mark in ("～", "~", "…", "?～"):
        chat = Conversation({})
        _say(service, chat, "示范市2032年新增示范牌产品多少个")
        reply = _say(service, chat, f"那样板市呢{mark}")
        assert "12个" in reply and "30个" not in reply, (mark, reply)


@pytest.mark.parametrize("year", ["2033", "2033年", "2033年?"])
def test_a_bare_year_after_a_command_keeps_its_place(service: QueryService, year: str) -> None:
    # trial36: /targets 红枫区 then a bare 2028 listed every region's 2028 items
    chat = Conversation({})
    _say(service, chat, "/targets 示范市")
    reply = _say(service, chat, year)
    assert reply.startswith("示范市 · 2033年 · 目标"), reply
    assert "45个" in reply and "18个" not in reply, reply


def test_a_bare_year_opening_a_chat_is_every_region_s(service: QueryService) -> None:
    assert Conversation({}).read("2033", service.parse) == "2033"


@pytest.mark.parametrize("place", ["样板市", "样板"])
def test_a_bare_place_after_an_answer_re_asks_its_topic(service: QueryService, place: str) -> None:
    # trial37: 南海区2018年驰名商标要多少件 then a bare 顺德 gave 顺德's overview
    chat = Conversation({})
    _say(service, chat, "示范市2032年新增示范牌产品多少个")
    reply = _say(service, chat, place)
    assert "12个" in reply and "收录了" not in reply, reply


@pytest.mark.parametrize("year", ["2033", "2033年"])
def test_a_bare_year_after_an_answer_keeps_its_place_and_topic(
    service: QueryService, year: str
) -> None:
    chat = Conversation({})
    _say(service, chat, "示范市2032年新增示范牌产品多少个")
    reply = _say(service, chat, year)
    assert "45个" in reply and "18个" not in reply, reply


def test_a_bare_place_opening_a_chat_is_its_overview(service: QueryService) -> None:
    assert Conversation({}).read("样板市", service.parse) == "样板市"


def test_a_year_typed_without_its_character_is_swapped_in_the_heading(
    service: QueryService,
) -> None:
    # trial37: 顺德区2018省名牌产品 then 那2019年呢 titled “2018 省名牌产品”
    chat = Conversation({})
    _say(service, chat, "示范市2032新增示范牌产品多少个")
    reply = _say(service, chat, "示范市2033年呢")
    assert "45个" in reply and "2032" not in reply.splitlines()[0], reply


def test_a_bare_place_after_a_command_re_runs_it_there(service: QueryService) -> None:
    # trial37: /rewards 青川区 then a bare 衢州 gave 衢州's overview menu; a command that found
    # nothing (/deadlines 南海, all past) is still what a year or place goes on from
    chat = Conversation({})
    _say(service, chat, "示范市2032年新增示范牌产品多少个")
    assert "没有奖励" in _say(service, chat, "/rewards 示范市")
    reply = _say(service, chat, "样板市")
    assert reply.startswith("样板市 · 奖励") and "50万元" in reply, reply


# Invented: a city's rewards with a scope clause naming its districts (one no plan is of).
SCOPED = """远溪市人民政府关于印发远溪市品牌奖励办法的通知
远政发〔2031〕3号
一、奖励标准
对新获得全国驰誉商标的企业,给予60万元的奖励。
奖励政策适用于远溪市本级、东坪区(不含省属企业)。
远溪市人民政府
2031年4月2日
"""


def test_a_place_the_scope_clause_names_re_asks_the_reward_there(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # trial37: 衢州驰名商标奖励多少 then 那柯城区呢 gave the scope line alone
    with invented_plans_service(tmp_path_factory.mktemp("scoped"), SCOPED) as service:
        chat = Conversation({})
        assert "60万元" in _say(service, chat, "远溪市驰誉商标奖励多少")
        follow = _say(service, chat, "那东坪区呢")
        direct = _say(service, Conversation({}), "东坪区驰誉商标奖励多少")
        assert "60万元" in follow and follow == direct, (follow, direct)


# Invented: a district rewarding a work its task table gives a lead unit.
LED = """北岸区人民政府办公室关于印发北岸区标准化行动方案的通知
北政办发〔2031〕7号
北岸区人民政府办公室
2031年5月6日
一、奖励措施
主导制定行业标准的,给予20万元奖励。
二、任务分解表
序号 任务 责任单位 完成时限
1 推动企业主导制定行业标准 区市场监管局(牵头)、区科技局 2032年12月31日
"""


def test_who_leads_after_a_reward_asks_of_the_work_rewarded(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # trial37: 谁牵头 after 青川区主导国标奖多少 said no unit was written, though a task row
    # names the lead of that work
    with invented_plans_service(tmp_path_factory.mktemp("led"), LED) as service:
        chat = Conversation({})
        assert "20万元" in _say(service, chat, "北岸区主导行标奖多少")
        reply = _say(service, chat, "谁牵头")
        assert "区市场监管局" in reply and "未找到" not in reply, reply
