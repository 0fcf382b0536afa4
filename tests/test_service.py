"""The query service over a synthetic store, on SQLite and PostgreSQL: answers, citations, 未找到."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from lookup_samples import ESCAPE_QUOTE, load_samples
from policybot.clock import FakeClock
from policybot.knowledge import store
from policybot.knowledge.answers import NOT_FOUND, AnswerKind
from policybot.knowledge.database import make_engine, session_scope, upgrade_database
from policybot.knowledge.extract.records import DocumentMeta, Extraction, Span, TargetRecord
from policybot.knowledge.hints import WHERE_TO_LOOK
from policybot.knowledge.models import ProgressReport, Target
from policybot.knowledge.service import QueryService, Route


@pytest.fixture
def service(engine: Engine) -> QueryService:
    load_samples(engine)
    return QueryService(engine, clock=FakeClock(datetime(2018, 6, 1, 1, 0, tzinfo=UTC)))


def test_a_district_year_question_answers_the_number_with_its_citation(
    service: QueryService,
) -> None:
    answer = service.ask("南海区2018年省名牌产品要多少个?")
    assert answer.found and answer.kind == AnswerKind.TARGETS
    assert answer.headline == "6个"
    best = answer.facts[0]
    assert best.region == "佛山市南海区" and best.due == date(2018, 12, 31)
    assert best.citation.quote == "南海区2018年新增省名牌产品6个"
    assert best.citation.document.startswith("佛山市工业产品质量提升三年行动计划")
    assert best.citation.section == "附件"


def test_a_reward_question_answers_the_amount_as_written(service: QueryService) -> None:
    answer = service.ask("衢州驰名商标奖励多少钱")
    assert answer.found and answer.kind == AnswerKind.REWARDS
    assert answer.headline == "100万元"
    assert answer.facts[0].region == "衢州市"


def test_a_reward_question_without_region_lists_every_region_offering_it(
    service: QueryService,
) -> None:
    answer = service.ask("驰名商标奖励多少钱")
    assert {fact.value for fact in answer.facts} >= {"50万元", "100万元"}
    # Two regions' rules disagree: the lead line gives each (#12 round 4), not one of them.
    assert set(answer.headline.split(";")) == {"佛山市 50万元", "衢州市 100万元"}


@pytest.mark.parametrize(
    "question", ["湖州市质监局负责哪些目标", "湖州市質監局負責哪些目標", "湖州质监局负责哪些目标"]
)
def test_an_abbreviated_unit_finds_what_it_leads(service: QueryService, question: str) -> None:
    answer = service.ask(question)
    assert answer.found and answer.kind == AnswerKind.UNITS
    assert "市质量技监局" in answer.title
    assert all("市质量技监局" in fact.lead_units + fact.support_units for fact in answer.facts)
    assert {fact.value for fact in answer.facts} == {"25项", "50家"}


def test_dates_show_iso_and_the_documents_own_words(service: QueryService) -> None:
    answer = service.ask("佛山通过省预验收什么时候")
    assert answer.found
    assert answer.headline.startswith("2017-06-30(2017年中)")
    assert "已过期" in answer.headline  # the fake clock is at 2018-06-01


def test_unknown_topics_say_not_found_and_suggest_what_is_known(service: QueryService) -> None:
    answer = service.ask("火星探测奖励多少钱")
    assert not answer.found and NOT_FOUND in answer.headline
    assert not any(ch.isdigit() for ch in answer.headline)
    # One short line and one short hint: where to look (every region and a dozen keywords
    # under every miss made two long lines).
    assert answer.suggestions == (WHERE_TO_LOOK,)


def test_a_near_miss_is_pointed_to_the_word_the_store_uses(service: QueryService) -> None:
    answer = service.targets(None, "驰明商标")
    assert not answer.found and answer.headline == "未找到“驰明商标”的相关内容"
    assert answer.suggestions == ("是不是“驰名商标”?",)


def test_an_unknown_region_is_not_found(service: QueryService) -> None:
    answer = service.targets("火星市")
    assert not answer.found and NOT_FOUND in answer.headline


def test_targets_by_region_alias_and_year(service: QueryService) -> None:
    everything = service.targets("湖州")
    assert everything.found and everything.total == 3
    assert {fact.value for fact in everything.facts} == {"25项", "50家", "65%"}
    nanhai = service.targets("南海", "2018")
    assert [fact.value for fact in nanhai.facts] == ["6个"]
    city = service.targets("佛山市")
    assert {fact.region for fact in city.facts} == {"佛山市南海区", "佛山市禅城区"}


def test_targets_by_keyword(service: QueryService) -> None:
    answer = service.targets("湖州", "卓越绩效")
    assert answer.headline == "50家"


def test_rewards_accept_a_topic_alone(service: QueryService) -> None:
    answer = service.rewards("驰名商标")
    assert answer.found and {fact.region for fact in answer.facts} == {"佛山市", "衢州市"}
    capped = service.rewards("佛山", "政府质量奖")
    assert capped.facts[0].value == "最高20万元"
    assert capped.facts[0].citation.quote == ESCAPE_QUOTE


def test_deadlines_are_soonest_first_and_past_ones_only_when_asked(
    service: QueryService,
) -> None:
    upcoming = service.deadlines("佛山")
    dues = [fact.due for fact in upcoming.facts]
    assert dues == sorted(dues) and all(due >= date(2018, 6, 1) for due in dues)
    everything = service.deadlines("佛山", include_past=True)
    overdue = [fact for fact in everything.facts if fact.overdue]
    assert [fact.due for fact in overdue] == [date(2017, 12, 31), date(2017, 6, 30)]
    assert everything.facts[-1].value == "2017-06-30(2017年中)"


def test_deadlines_with_nothing_upcoming_say_so_and_offer_all(service: QueryService) -> None:
    answer = service.deadlines("湖州", today=date(2020, 1, 1))
    assert not answer.found and NOT_FOUND in answer.headline
    assert any("全部" in line for line in answer.suggestions)


def test_deadlines_of_a_unit(service: QueryService) -> None:
    answer = service.deadlines("市质量强市办", include_past=True)
    assert answer.found
    assert all("市质量强市办" in fact.lead_units for fact in answer.facts)


def test_units_directory_and_one_unit(service: QueryService) -> None:
    directory = service.units()
    assert directory.found and "市质量技监局" in {fact.label for fact in directory.facts}
    one = service.units("湖州 经信委")
    # One line per task, as 经信委负责哪些任务 is answered; the headline counts the items.
    assert one.found and one.headline.startswith("目标/事项: 牵头 2 项, 配合 1 项;")
    # One count, defined once: the directory's line for the unit says the same.
    (line,) = [f for f in directory.facts if f.label == "市经信委" and f.region == "湖州市"]
    assert line.value == "牵头 2 项, 配合 1 项"
    assert len(one.facts) == 2
    assert not service.units("火星局").found


def test_documents_by_region_number_and_all(service: QueryService) -> None:
    assert service.document().total == 3
    huzhou = service.document("湖州")
    assert huzhou.facts[0].value == "湖政办发〔2016〕63号"
    assert "目标 3 项" in (huzhou.facts[0].note or "")
    assert service.document("〔2017〕23号").facts[0].region == "佛山市"
    assert not service.document("〔1999〕1号").found


def test_search_finds_any_kind_with_a_two_character_query(service: QueryService) -> None:
    answer = service.search("督查")
    assert answer.found and answer.facts[0].value == "每半年"


def test_traditional_quotes_are_searchable_in_simplified(service: QueryService) -> None:
    answer = service.search("行政途径")
    assert answer.found and answer.facts[0].region == "衢州市"


def test_progress_reports_appear_with_their_target(engine: Engine, service: QueryService) -> None:
    with Session(engine) as session:
        target = session.exec(select(Target).where(Target.value == 25)).one()
    with session_scope(engine) as session:
        session.add(
            ProgressReport(
                target_id=target.id or 0,
                value=10,
                reported_by=42,
                reported_at=datetime(2017, 12, 1, tzinfo=UTC),
            )
        )
    fact = next(f for f in service.targets("湖州").facts if f.value == "25项")
    assert fact.progress is not None
    assert (fact.progress.value, fact.progress.share_percent) == ("10项", 40)
    assert fact.progress.reported_on == date(2017, 12, 1)


def test_the_index_follows_the_store(engine: Engine, service: QueryService) -> None:
    assert not service.search("示例产品标准").found
    from test_store import sample_extraction

    store.ingest_extraction(engine, sample_extraction())
    assert service.search("示例产品标准").found


def test_a_when_question_without_topic_lists_deadlines_soonest_first(
    service: QueryService,
) -> None:
    answer = service.ask("佛山有哪些期限,什么时候到期")
    assert answer.found and answer.kind == AnswerKind.DEADLINES
    assert answer.facts[0].due == date(2018, 12, 31) and not answer.facts[0].overdue
    assert answer.facts[-1].overdue


def test_a_partial_match_is_shown_but_not_given_as_the_answer(service: QueryService) -> None:
    # 浙江制造 and 产品标准 match a target, 火星 nothing: between the two thresholds of the one
    # confidence rule the reply says it is unsure and offers the fact for reference only.
    answer = service.ask("湖州浙江制造火星产品标准多少项")
    assert not answer.found and answer.hedged
    assert NOT_FOUND in answer.headline and "仅供参考" in answer.headline
    assert "25" not in answer.headline
    assert answer.facts and answer.facts[0].value == "25项"


def test_a_topic_mostly_unknown_to_the_store_is_not_found(service: QueryService) -> None:
    answer = service.ask("湖州火星探测器登陆标准多少项")
    assert not answer.found and not answer.hedged and not answer.facts


def test_who_is_responsible_answers_with_the_units(service: QueryService) -> None:
    answer = service.ask("谁负责浙江制造产品标准")
    assert answer.found and answer.headline == "牵头: 市质量技监局、市经信委"


def test_a_question_about_documents_lists_the_plans(service: QueryService) -> None:
    answer = service.ask("湖州的政策文件是哪个")
    assert answer.found and answer.kind == AnswerKind.DOCUMENTS
    assert answer.facts[0].value == "湖政办发〔2016〕63号"


@pytest.mark.parametrize("question", ["", "  ", "?", "请问"])
def test_a_question_that_names_nothing_is_not_found(service: QueryService, question: str) -> None:
    answer = service.ask(question)
    assert not answer.found and answer.suggestions


def test_a_unit_named_with_its_district_is_found(service: QueryService) -> None:
    answer = service.ask("南海区政府负责哪些目标")
    assert answer.found and answer.kind == AnswerKind.UNITS
    assert {fact.value for fact in answer.facts} == {"5个", "6个"}


_WORDS = ["湖州", "南海", "2018年", "驰名商标", "奖励", "多少", "什么时候", "质监局", "负责", "<&>"]


@pytest.fixture(scope="module")
def sample_service(tmp_path_factory: pytest.TempPathFactory) -> QueryService:
    """One loaded store for the whole property test (hypothesis calls it many times)."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}")
    upgrade_database(engine)
    load_samples(engine)
    return QueryService(engine)


# How a reply asks back which document, region or year is meant (请说明是哪份文件的文号).
_ASKS_WHICH = "请说明"


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=6))
def test_any_question_gets_an_answer_that_never_invents_a_number(
    sample_service: QueryService, parts: list[str]
) -> None:
    answer = sample_service.ask("".join(parts))
    assert answer.headline
    if not answer.found:
        # 未找到, or a question back naming what is missing (第几号令: 请说明是哪份文件的文号,
        # of a store of several documents): never a number of its own.
        assert NOT_FOUND in answer.headline or _ASKS_WHICH in answer.headline
    elif answer.facts and answer.facts[0].value == answer.headline:
        number = re.search(r"\d+(?:\.\d+)?", answer.headline)
        assert number is None or number.group(0) in answer.facts[0].citation.quote


def test_targets_take_a_year_and_keywords_together(service: QueryService) -> None:
    answer = service.targets("佛山", "2018 省名牌产品")
    assert {fact.value for fact in answer.facts} == {"6个", "4个"}
    assert answer.title.startswith("佛山市 · 2018年")


def test_a_section_headed_with_the_plan_title_is_cited_without_repeating_it(
    sqlite_engine: Engine,
) -> None:
    title = "示例市标准化行动计划(2020—2021年)"
    quote = "示例区新增团体标准8项"
    text = f"{title}。{quote}。"
    extraction = Extraction(
        document=DocumentMeta(source="x.txt", region="示例市", title=f"关于印发{title}的通知", period=(2020, 2021)),
        text=text,
        targets=[
            TargetRecord(
                region="示例市", subject="新增团体标准", value=8, unit="项", deadline=date(2021, 12, 31),
                quote=quote, span=Span(text.index(quote), text.index(quote) + len(quote), f"{title}任务分解表 / 3"),
            )
        ],
    )  # fmt: skip
    store.ingest_extraction(sqlite_engine, extraction)
    answer = QueryService(sqlite_engine).targets("示例市", "团体标准")
    assert answer.found
    assert answer.facts[0].citation.document == title
    assert answer.facts[0].citation.section == "任务分解表 / 3"


def test_an_over_long_question_is_declined_before_it_is_read(service: QueryService) -> None:
    question = "驰名商标奖励多少" * 100
    assert service.route(question).route is Route.LOOKUP
    answer = service.ask(question)
    assert not answer.found and "问题太长(800 字)" in answer.headline


def test_an_empty_store_lists_no_documents_under_a_title_without_a_gap(
    sqlite_engine: Engine,
) -> None:
    """``/doc`` with nothing stored: the title named "全部", not " 的文件" from the empty query."""
    answer = QueryService(sqlite_engine).document()
    assert not answer.found and answer.title == "全部 · 文件"
