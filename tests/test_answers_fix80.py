"""trial48: where a body's office sits; yes/no on a reward's amount; 个 asked of 件 written;
百分之百 as 100% (invented plans only)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from policybot.handlers.formatting import render_plain
from policybot.knowledge.unnamed_places import unnamed_place_at_start
from tests.invented_plans import ask, city_plan, invented_plans_service, plans_fixture

_BODY = """一、主要目标
到2032年,全市新增中国驰名商标6件,质量标杆企业导入卓越绩效管理比例达到100%。
二、组织领导
成立示范市品牌提升工作领导小组,领导小组办公室设在市市场监管局。
三、奖励政策
对新获得中国驰名商标的企业,给予100万元的奖励;对主导制定国家标准的单位,给予30万元的奖励。
"""

if TYPE_CHECKING:
    from policybot.knowledge.search import KnowledgeIndex

service = plans_fixture("fix80", city_plan(_BODY))


def test_office_seat_is_the_unit_named(service) -> None:
    reply = ask(service, "示范市领导小组办公室设在哪")
    assert "答: 市市场监管局" in reply
    assert "领导小组办公室设在市市场监管局" in reply
    assert "人民政府办公室" not in reply


def test_office_seat_in_brackets(tmp_path: Path) -> None:
    body = "一、主要目标\n到2032年,全市新增中国驰名商标6件。\n二、组织领导\n成立示范市品牌提升工作领导小组,领导小组办公室(市经信局)负责日常工作。\n"
    with invented_plans_service(tmp_path, city_plan(body)) as bracketed:
        reply = ask(bracketed, "示范市领导小组办公室在哪里")
    assert "答: 市经信局" in reply


def test_office_seat_not_written_is_not_found(tmp_path: Path) -> None:
    body = "一、主要目标\n到2032年,全市新增中国驰名商标6件。\n二、组织领导\n成立示范市品牌提升工作领导小组,统筹推进各项工作。\n"
    with invented_plans_service(tmp_path, city_plan(body)) as unseated:
        reply = ask(unseated, "示范市领导小组办公室设在哪")
    assert "未找到" in reply
    assert "通知" not in reply and "答:" not in reply


def test_reward_over_a_sum_is_yes_with_the_reward_sum(service) -> None:
    reply = ask(service, "示范市驰名商标奖励是不是超过50万")
    assert "答: 是,100万元" in reply
    assert "国家标准" not in reply  # never the unrelated 30万元 rule


def test_reward_reached_in_chinese_numerals(service) -> None:
    for question in ("示范市驰名商标奖励是否达到三十万", "示范市驰名商标奖励是否达到三十万元"):
        assert "答: 是,100万元" in ask(service, question)


def test_reward_reached_in_digits_says_yes_or_no(service) -> None:
    assert "答: 是,100万元" in ask(service, "示范市驰名商标奖励是否达到30万元")
    assert "答: 不是,100万元" in ask(service, "示范市驰名商标奖励是不是超过200万元")


def test_reward_not_written_puts_no_other_sum_in_front(service) -> None:
    reply = ask(service, "示范市地理标志奖励是否达到30万元")
    assert "答: 是" not in reply and "答: 不是" not in reply
    assert not reply.splitlines()[1].startswith("答:") or "30万元" not in reply.splitlines()[1]


def test_ge_asked_of_jian_written_is_the_same_count(service) -> None:
    assert "答: 是,6件" in ask(service, "示范市2032年中国驰名商标是否达到6个")
    assert "答: 是,6件" in ask(service, "示范市2032年中国驰名商标是否达到5个")
    assert "答: 不是,6件" in ask(service, "示范市2032年中国驰名商标是否达到7个")


def test_ge_never_stands_for_a_share(service) -> None:
    reply = ask(service, "示范市2032年导入卓越绩效管理比例是不是达到100个")
    assert "答: 是" not in reply


def test_share_typed_in_words_is_weighed(service) -> None:
    asked = "示范市2032年导入卓越绩效管理比例"
    assert "答: 是,100%" in ask(service, f"{asked}是不是达到百分之百")
    assert "答: 是,100%" in ask(service, f"{asked}是不是达到100%")
    assert "答: 不是,100%" in ask(service, f"{asked}是不是百分之八十")


_DISTRICTS = """一、主要目标
到2032年,各区新增省名牌产品不少于:东澜区10个、西岭区10个。
到2032年,各区新增中国驰名商标不少于:东澜区5件、西岭区5件。
到2032年,各区新增质量标杆企业不少于:东澜区8家、西岭区3家。
到2032年,各区主导制定国家标准不少于:东澜区4项、西岭区4项。
"""


def test_compare_puts_rows_that_differ_first(tmp_path: Path) -> None:
    from policybot.knowledge.comparison import ComparisonRequest, compare, value_text

    with invented_plans_service(tmp_path, city_plan(_DISTRICTS)) as districts:
        comparison = compare(
            districts.index.current(), ComparisonRequest("东澜区", "西岭区", None, 2032)
        )
    paired = comparison.paired
    assert len(paired) == 4
    same = [value_text(row.left) == value_text(row.right) for row in paired]  # type: ignore[arg-type]
    assert same == sorted(same), [row.subject for row in paired]
    assert "质量标杆企业" in paired[0].subject


_OTHER_CITY = """一、主要目标
到2032年,全市创建省级示范区3个,培育示范项目12个,力争成为示范城市创建先行区。
二、奖励政策
对新获得中国驰名商标的企业,给予60万元的奖励。
"""


def test_a_city_no_plan_names_is_not_found_as_a_never_named_one(tmp_path: Path) -> None:
    other = city_plan("").replace("示范市", "样例市").replace("示政办发", "样政办发") + _OTHER_CITY
    with invented_plans_service(tmp_path, other) as store:
        for place in ("示范市", "南屿市"):
            reply = ask(store, f"{place}驰名商标奖励多少钱")
            assert reply.startswith(f"未找到:收录的文件没有{place}的内容"), reply
            listed = render_plain(store.targets(place))
            assert "示范区" not in listed and "示范项目" not in listed and "未找到" in listed
        assert "答: 60万元" in ask(store, "样例市驰名商标奖励多少钱")


class _NoPlaceWritten:
    """An index in which no plan writes the place typed (what ``unnamed_place_at_start`` asks)."""

    def occurrences(self, word: str) -> int:
        return 0


def test_a_region_of_several_places_typed_first_is_no_unnamed_place() -> None:
    """The merge's question-set run: 京津冀区域…-style questions (a region's name, then 区域)
    were read as a district no plan names and refused; a word 区 opens is no district."""
    index = cast("KnowledgeIndex", _NoPlaceWritten())
    assert unnamed_place_at_start("长三角区域协同标准在补助上多给多少?", index) is None
    assert unnamed_place_at_start("示范市驰名商标奖励多少钱", index) == "示范市"
