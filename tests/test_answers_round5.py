"""Answers round 5 (issue 12): what a fresh batch of staff questions found — a town typed without
its city, thirds of a month, asking residue and slips that are no word of the documents, a
negating prefix."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.glossary import SYNONYMS
from policybot.knowledge.ingest import load_seeds_if_empty
from policybot.knowledge.question import Asks, _known_pieces
from policybot.knowledge.regions import region_aliases, split_region
from policybot.knowledge.service import QueryService
from policybot.knowledge.timewords import find_time_window
from tests.invented_plans import invented_plans_service


def test_a_town_is_typed_without_its_city_and_without_its_suffix() -> None:
    assert split_region("东莞市石龙镇") == ("东莞市", "东莞市石龙镇")
    assert {"石龙镇", "石龙"} <= region_aliases("东莞市石龙镇")
    assert region_aliases("某县城关街道") >= {"某县城关街道"}
    # A county keeps its old short forms; no single character is an alias.
    assert region_aliases("佛山市南海区") == {"佛山市南海区", "佛山市南海", "南海区", "南海"}
    assert all(len(alias) >= 2 for alias in region_aliases("东莞市石龙镇"))


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("下个月初要报啥", date(2010, 12, 1), date(2010, 12, 10)),
        ("下月中旬有什么到期", date(2010, 12, 11), date(2010, 12, 20)),
        ("下个月下旬前要完成什么", date(2010, 12, 21), date(2010, 12, 31)),
        ("本月下旬要报什么", date(2010, 11, 21), date(2010, 11, 30)),
    ],
)
def test_a_third_of_a_month_is_a_window_of_dates(question: str, start: date, end: date) -> None:
    window, rest = find_time_window(question, date(2010, 11, 20))
    assert window is not None and (window.start, window.end) == (start, end)
    assert "旬" not in rest and "月初" not in rest


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    path: Path = tmp_path_factory.mktemp("round5") / "seeds.db"
    engine: Engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    load_seeds_if_empty(engine)
    yield QueryService(engine, clock=FakeClock(datetime(2018, 3, 15, 1, tzinfo=UTC)))
    engine.dispose()


def test_asking_residue_no_document_writes_weighs_little(service: QueryService) -> None:
    # 搞多少项: 多少 is asking, and 搞 + 项 left over is no word of any plan. Since round 19
    # the gap 多少 leaves keeps 搞 and 项 apart, so no 搞项 is made; a 搞 kept weighs little.
    parsed = service.parse("湖州每年机器换人重点项目搞多少项?")
    assert "搞项" not in parsed.words
    assert all(word in parsed.weak for word in parsed.words if "搞" in word)
    answer = service.ask("湖州每年机器换人重点项目搞多少项?")
    assert answer.found and not answer.hedged and "100项" in answer.headline


def test_an_unknown_run_keeps_the_pieces_the_documents_write(service: QueryService) -> None:
    index = service.index.current()
    assert index.uses_word("卓越绩效") and not index.uses_word("卓越绩效搞")
    assert _known_pieces("卓越绩效搞", index) == ["卓越绩效"]
    assert _known_pieces("搞项", index) == []


def test_a_negating_prefix_stays_on_its_word(service: QueryService) -> None:
    parsed = service.parse("非工业类企业奖多少?")
    assert "非工业" in parsed.words and "工业" not in parsed.words


def test_a_sum_in_all_and_a_cap_are_the_documents_words() -> None:
    assert any({"一共", "合计"} <= set(group) for group in SYNONYMS)
    assert any({"封顶", "最高"} <= set(group) for group in SYNONYMS)


def test_a_reward_word_and_a_total_are_asking_not_topic(service: QueryService) -> None:
    # 奖补 names the kind of fact, like 奖励: a sentence ending on it (…给予20万元一次性奖补)
    # says how much; 一共 asks for a total the text may write any way.
    from policybot.knowledge.question import KIND_PHRASES

    assert "奖补" in KIND_PHRASES
    parsed = service.parse("衢州对新认定的企业一共奖补多少?")
    assert parsed.hints and not any("奖" in word for word in parsed.words)
    assert "一共" not in parsed.words and parsed.topic_kind == "reward"


@pytest.mark.parametrize(
    ("header", "validity"),
    [
        ("公文时效 | 失效 |", "失效"),
        ("【时效性】失效•【主题分类】基础教育", "失效"),
        ("有效性: 有效 发文日期: 2024年02月22日", "有效"),
        ("文 号 | 临政办发〔2022〕68号 | 成文日期 | 2022-10-19 | 公文时效 | 失效 |", "失效"),
    ],
)
def test_a_portals_validity_field_is_read(header: str, validity: str) -> None:
    from policybot.knowledge.document_answers import _VALIDITY, _VALIDITY_WORDS

    found = [m.group(1) for m in _VALIDITY.finditer(header)]
    found = [value for value in found if value.startswith(_VALIDITY_WORDS)]
    assert found[:1] == [validity]


def test_a_basis_is_another_document_than_the_plan_itself() -> None:
    from policybot.knowledge.document_answers import _cites_another
    from policybot.knowledge.queries import DocumentRow

    plan = DocumentRow(
        id=1,
        title="石柱县质量强县建设实施方案",
        short_title=None,
        doc_number=None,
        issuer=None,
        region=None,
        region_id=None,
        issued=None,
        period_start=None,
        period_end=None,
        status="active",
    )
    assert not _cites_another("《石柱县质量强县建设实施方案》已经县政府同意,现印发给你们", plan)
    assert _cites_another("根据《关于印发质量强市建设实施方案的通知》要求,制定本实施方案", plan)


def test_a_provinces_own_title_is_one_word(service: QueryService) -> None:
    parsed = service.parse("衢州企业拿到浙江省著名商标能奖多少钱?")
    assert "浙江省著名商标" in parsed.words
    answer = service.ask("衢州企业拿到浙江省著名商标能奖多少钱?")
    assert answer.found and "30万元" in answer.headline
    # Another province's title is another award: the plans reward 浙江省 ones only.
    assert not service.ask("衢州企业获得江苏省著名商标奖多少?").found
    # Only a province's full name joins: 多少个广东省… keeps 个 out of it.
    assert "广东省名牌" in service.parse("佛山要新增多少个广东省名牌产品?").words


def test_how_a_rule_works_is_no_question_of_a_sum(service: QueryService) -> None:
    parsed = service.parse("衢州获得多项奖励的单位,奖金怎么算?")
    assert parsed.asks == Asks.WHAT  # 奖金 is what the rule is about; 怎么算 asks the rule
    assert service.parse("衢州主导制定国际标准奖金多少?").asks == Asks.MONEY
    # 只有…才 asks whether a rule is that narrow; it is no topic word.
    answer = service.ask("衢州浙江制造认证奖励是不是只有首次通过才给?")
    assert answer.found and not answer.hedged and "首次通过" in answer.facts[0].label


def test_a_named_years_end_is_no_relative_time_word() -> None:
    window, rest = find_time_window("许昌2025年年底前要实现什么目标", date(2026, 12, 2))
    assert window is None and "2025年" in rest  # the year asked about, not this year's end
    window, _ = find_time_window("年底前还要完成啥", date(2026, 12, 2))
    assert window is not None and window.year == 2026


def test_how_long_a_thing_takes_is_a_number_not_how_often(service: QueryService) -> None:
    assert service.parse("衢州企业申请奖励要多久?").asks == Asks.NUMBER
    assert service.parse("湖州多久进行一次工作督查?").asks == Asks.FREQUENCY


# A made-up rule of a made-up city, in the layout such notices have: a reward list under its
# heading, a paragraph whose later sentence goes on from the first, a scope clause.
SYNTHETIC = """青山市人民政府关于印发青山市品牌建设奖励办法的通知
青政发〔2020〕7号
各县(区)人民政府,市政府各部门:
现将《青山市品牌建设奖励办法》印发给你们,请认真贯彻执行。
去年,青山恒远制衣有限公司“恒远”商标被认定为中国驰名商标,为全市争得了荣誉。
青山市人民政府
2020年3月2日
青山市品牌建设奖励办法
一、奖励范围
第一类:中国驰名商标、省著名商标。
第二类:国家地理标志证明商标、省名牌产品。
二、奖励标准
获得省级标准化示范企业称号的企业,由市政府通报表彰。对年产值10亿元以上的,各发奖金20万元。
三、品牌奖励
对获得中国驰名商标的企业一次性奖励50万元。对新获得省名牌产品的企业,给予30万元的奖励。
四、适用对象
在本市行政区域内登记注册、具有独立法人资格的企业,均适用本办法。
"""


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round5-synthetic")
    asked = datetime(2020, 6, 1, 1, tzinfo=UTC)
    with invented_plans_service(folder, SYNTHETIC, now=asked) as service:
        yield service


def test_a_sentence_under_a_reward_heading_answers_a_reward_question(
    synthetic: QueryService,
) -> None:
    # 第二类:… does not say 奖; its heading (一、奖励范围) does.
    answer = synthetic.ask("青山市第二类奖励包括哪些?")
    assert answer.found and "地理标志" in answer.facts[0].label


def test_a_sentence_is_read_with_its_paragraph_before_it(synthetic: QueryService) -> None:
    # Only the first sentence says which firms; the second says how much.
    answer = synthetic.ask("青山市省级标准化示范企业年产值10亿元以上的奖金多少?")
    assert answer.found and not answer.hedged
    assert any("20万元" in (line.value or line.label) for line in answer.facts)


def test_a_scope_clause_answers_who_may_apply(synthetic: QueryService) -> None:
    answer = synthetic.ask("青山市品牌奖励办法适用于哪些企业?")
    assert answer.found and "独立法人资格" in answer.headline


def test_a_word_of_the_paragraph_before_counts_almost_whole() -> None:
    from policybot.knowledge.confidence import ANSWER, CONTEXT, PARAGRAPH, coverage

    def idf(word: str) -> float:
        return 1.0

    sentence = "对种粮面积100至300万亩的各发奖金20万元"
    alone = coverage(["粮食", "先进"], sentence, idf)
    titled = coverage(["粮食", "先进"], sentence, idf, context="粮食工作先进单位")
    led = coverage(["粮食", "先进"], sentence, idf, paragraph="被评为粮食工作先进单位")
    assert alone.share < titled.share < led.share
    assert titled.share < ANSWER <= led.share and CONTEXT < PARAGRAPH < 1


def test_a_firm_named_where_it_achieved_something_gets_that_achievements_reward(
    synthetic: QueryService,
) -> None:
    # The firm is named in the notice's opening; the rule rewards 中国驰名商标 elsewhere.
    answer = synthetic.ask("青山市恒远制衣拿了多少奖金?")
    assert answer.found and answer.headline == "50万元"
    assert any("恒远" in line.label for line in answer.facts)
    # A firm no sentence names is no firm of the notice: no reward is guessed for it.
    assert not synthetic.ask("青山市某某公司拿了多少奖金?").found


def test_the_level_of_a_title_is_said_by_the_sentence_itself(synthetic: QueryService) -> None:
    # The sentence before speaks of 中国驰名商标; the one rewarding 省名牌产品 does not make
    # it a 中国名牌产品 reward.
    assert not synthetic.ask("青山市新获得中国名牌产品奖多少?").found
    answer = synthetic.ask("青山市新获得省名牌产品奖多少?")
    assert answer.found and "30万元" in answer.headline


def test_a_brand_named_after_a_province_is_no_region(service: QueryService) -> None:
    # 浙制 reads 浙江制造; its 浙江 is the brand's, and 宁波 (no plan's city) is still asked.
    parsed = service.parse("宁波浙制认证奖多少?")
    assert parsed.region_text is None and "浙江制造" in parsed.words
    answer = service.ask("宁波浙制认证奖多少?")
    assert not answer.found and "宁波" in answer.headline and "浙江制造" in answer.headline
