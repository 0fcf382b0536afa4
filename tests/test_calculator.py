"""The reward calculator on the bundled seed plans (extracted by the real extractor) and on two
small reward documents of our own that carry 就高不重复 and a fixed overall cap.

Every expected total below is worked out by hand from the document's sentences (quoted beside
each group), never read from the calculator.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.handlers.calc_format import (
    calculation_sources,
    render_calculation,
    render_calculation_plain,
)
from policybot.handlers.formatting import telegram_length
from policybot.knowledge.calculator import Calculation, LineStatus, RewardCalculator
from policybot.knowledge.database import make_engine
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import RewardCondition, RewardRule
from policybot.knowledge.reward_claims import looks_like_calculation, read_claims
from policybot.knowledge.reward_terms import ConditionKind, conditions_in_text
from policybot.knowledge.service import QueryService

W = 10_000  # 万元

# Two reward documents written for these tests: the seeds hold no 就高不重复 and no overall cap
# with a sum of its own.
NO_STACKING_PLAN = """示范市人民政府关于印发示范市品牌奖励办法的通知
示范市人民政府
2019年3月1日
一、奖励标准
1.对新获得中国驰名商标的企业,给予50万元的奖励;对新获得广东省著名商标的企业,给予20万元的奖励。
2.对主导制定国家标准的企业,给予30万元的奖励。
二、奖励规则
3.同一企业同一年度获得多项荣誉的,按就高不重复原则给予奖励。
"""
CAPPED_PLAN = """样板县人民政府关于印发样板县标准化奖励办法的通知
样板县人民政府
2019年5月1日
1.对主导制定国际标准的企业,给予50万元的奖励;对主导制定行业标准的企业,给予10万元的奖励。
2.每家企业每年获得的奖励资金总额最高不超过60万元。
"""


@pytest.fixture(scope="module")
def store(seeded_sqlite_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{seeded_sqlite_path}")
    for name, text in (("jiangli.txt", NO_STACKING_PLAN), ("yangban.txt", CAPPED_PLAN)):
        outcome = ingest_bytes(engine, text.encode(), name)
        assert outcome.error is None, outcome.error
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def calculator(store: Engine) -> RewardCalculator:
    return RewardCalculator(QueryService(store).index.current, store)


def run(calculator: RewardCalculator, text: str) -> Calculation:
    return calculator.from_text(text)[1]


# (request, certain total, upper total; None = no upper bound known)
CASES: list[tuple[str, float, float | None]] = [
    # 衢州 18: 主导…国际标准、国家标准、行业标准、省地方标准 分别 100、50、20、10万元
    ("衢州 国际标准 主导 1", 100 * W, 100 * W),
    ("衢州 国家标准 主导 2", 100 * W, 100 * W),
    ("衢州 行业标准 主导 1", 20 * W, 20 * W),
    ("衢州 省地方标准 主导 3", 30 * W, 30 * W),
    # 参与 … 分别 30、15、5、3万元; 参与制修订并出台上述标准的单位 最高不超过30万元
    ("衢州 国际标准 参与 1", 30 * W, 30 * W),
    ("衢州 国家标准 参与 1", 15 * W, 15 * W),
    ("衢州 行业标准 参与 2", 10 * W, 10 * W),
    ("衢州 省地方标准 参与 1", 3 * W, 3 * W),
    ("衢州 参与国际标准 1; 参与国家标准 2", 30 * W, 30 * W),  # 60 → capped at 30
    ("衢州 参与国家标准 2", 30 * W, 30 * W),  # exactly the cap
    ("衢州 主导国际标准 1; 参与国家标准 1; 参与行业标准 4", 130 * W, 130 * W),  # 15+20=35 → 30
    # 16: 驰名商标 100万元; 浙江名牌产品、浙江省著名商标、首次通过“浙江制造”品牌认证 30万元
    ("衢州 驰名商标 1", 100 * W, 100 * W),
    ("衢州 浙江名牌产品 2", 60 * W, 60 * W),
    ("衢州 浙江省著名商标 1", 30 * W, 30 * W),
    ("衢州 浙江制造品牌认证 1", 30 * W, 30 * W),
    # 17: 秘书处 分别 50、40、30万元
    ("衢州 全国专业标准化技术委员会秘书处 1", 50 * W, 50 * W),
    ("衢州 全国专业标准化分技术委员会秘书处 1", 40 * W, 40 * W),
    ("衢州 浙江省标准化技术委员会秘书处 1", 30 * W, 30 * W),
    # 19: 标准创新贡献奖 分别 最高30万元、10万元 (tiers by level; only the bound is known)
    ("衢州 中国标准创新贡献奖 1", 0, 30 * W),
    ("衢州 浙江省标准创新贡献奖 2", 0, 20 * W),
    # 19: 试点示范项目 按照要求做好经费配套 — no fixed sum
    ("衢州 国家级标准化试点示范项目 1", 0, None),
    # The question: 100 + 2×15 + 100
    (
        "我们公司今年主导制定了1项国际标准、参与制定2项国家标准,新获中国驰名商标1件,衢州能拿多少?",
        230 * W,
        230 * W,
    ),
    # 21: 涉企奖励资金总额不超过企业当期纳税总额地方留存部分
    ("衢州 主导国际标准 1; 驰名商标 1; 纳税地方留存 80万元", 80 * W, 80 * W),
    ("衢州 主导国际标准 1; 驰名商标 1; 纳税地方留存 500万元", 200 * W, 200 * W),
    ("衢州 中国标准创新贡献奖 1; 国家级标准化试点示范项目 1; 纳税地方留存 50万元", 0, 50 * W),
    # 湖州, 洞头: rewards promised without a sum
    ("湖州 浙江制造产品标准 主导 1", 0, None),
    ("洞头 浙江制造认证 1", 0, None),
    # Our documents: 就高不重复 keeps the highest (50) once; the overall cap of 60万元
    ("示范市 驰名商标 1; 著名商标 1; 主导国家标准 1", 50 * W, 50 * W),
    ("示范市 驰名商标 2", 50 * W, 50 * W),
    ("示范市 著名商标 1", 20 * W, 20 * W),
    ("样板县 主导国际标准 2", 60 * W, 60 * W),
    ("样板县 主导国际标准 1; 主导行业标准 1", 60 * W, 60 * W),
    ("样板县 主导行业标准 3", 30 * W, 30 * W),
]


@pytest.mark.parametrize(("request_text", "certain", "upper"), CASES)
def test_totals_from_the_documents_sentences(
    calculator: RewardCalculator, request_text: str, certain: float, upper: float | None
) -> None:
    calculation = run(calculator, request_text)
    assert calculation.found, calculation.message
    assert calculation.certain_total == pytest.approx(certain)
    if upper is None:
        assert calculation.upper_total is None
    else:
        assert calculation.upper_total == pytest.approx(upper)
    for line in calculation.lines:  # every priced line cites its rule's own sentence
        assert line.citation.quote and line.citation.document


def test_every_line_and_condition_is_shown_with_its_citation(calculator: RewardCalculator) -> None:
    calculation = run(calculator, CASES[21][0])
    text = render_calculation_plain(calculation)
    assert "合计: 230万元" in text
    for line in calculation.lines:
        assert line.citation.quote[:20] in text
    assert "#reward#" not in text  # internal ids are for admins' edits, not for staff
    assert "适用于衢州市级" in text and "纳税总额地方留存" in text
    assert "无法判断" in text  # the tax cap, without the firm's figure


def test_a_role_the_firm_did_not_say_is_asked_for_not_guessed(calculator: RewardCalculator) -> None:
    calculation = run(calculator, "衢州 国际标准 1")
    assert calculation.certain_total == 0 and not calculation.lines
    (undecided,) = calculation.undecided
    assert "主导" in undecided.reason and "参与" in undecided.reason
    assert len(undecided.candidates) == 2
    # The choices are the document's words; the ids behind them are for admins' edits.
    assert "#reward#" not in render_calculation_plain(calculation)


def test_no_fixed_sum_is_listed_as_such(calculator: RewardCalculator) -> None:
    calculation = run(calculator, "衢州 国家级标准化试点示范项目 1")
    (line,) = calculation.no_sum_lines
    assert line.status == LineStatus.NO_SUM and "经费配套" in (line.treatment or "")
    assert "原文没有固定金额" in render_calculation_plain(calculation)


def test_no_stacking_is_read_from_the_document_and_stated(calculator: RewardCalculator) -> None:
    calculation = run(calculator, "示范市 驰名商标 1; 著名商标 1")
    stacking = [c for c in calculation.conditions if c.kind == ConditionKind.NO_STACKING]
    assert stacking and stacking[0].applied and "就高不重复" in stacking[0].quote
    assert [line.status for line in calculation.lines].count(LineStatus.NOT_COUNTED) == 1


def test_unknown_region_achievement_and_empty_requests(calculator: RewardCalculator) -> None:
    assert not run(calculator, "佛山 驰名商标 1").found  # 佛山 has no reward policy
    assert not run(calculator, "衢州 高新技术企业认定 1").found
    empty = run(calculator, "衢州")
    assert not empty.found and "用法" in render_calculation_plain(empty)


def test_recalculating_changed_counts(calculator: RewardCalculator) -> None:
    region, first = calculator.from_text("衢州 主导国际标准 1")
    sheet = first.sheet
    doubled = type(sheet)((sheet.claims[0].with_count(2),), sheet.tax_retained_yuan)
    assert calculator.from_sheet(region, doubled).certain_total == 200 * W


def test_the_reply_fits_telegram_with_many_claims(calculator: RewardCalculator) -> None:
    request = "衢州 " + "; ".join(
        f"{role}{level} {n}"
        for n, (role, level) in enumerate(
            [
                (r, lv)
                for r in ("主导", "参与")
                for lv in ("国际标准", "国家标准", "行业标准", "省地方标准")
            ],
            1,
        )
    )
    calculation = run(calculator, request)
    text = render_calculation(calculation)
    # One line a claim and a condition: head (3), the 8 claims, 文件中的条件 and 3 conditions.
    assert telegram_length(text) <= 4096 and len(text.splitlines()) == 3 + 1 + 8 + 2 + 3
    sources = calculation_sources(calculation)
    assert telegram_length(sources) <= 4096 and "出处" in sources


def test_reading_claims() -> None:
    sheet = read_claims("2018年主导制定两项国家标准和一项行业标准，纳税地方留存80万元")
    assert [(c.words, c.role, c.count) for c in sheet.claims] == [
        ("国家标准", "主导", 2),
        ("行业标准", "主导", 1),
    ]
    assert sheet.tax_retained_yuan == 80 * W
    assert looks_like_calculation("新获中国驰名商标1件,衢州能拿多少?")
    assert not looks_like_calculation("驰名商标奖励多少钱")


def test_a_firms_joined_achievements_ask_for_their_sum() -> None:
    """Trial: 新拿了浙江制造认证和驰名商标,能拿多少奖励 got one 30万元 sentence, no 合计."""
    asked = "我们公司新拿了浙江制造认证和驰名商标,能拿多少奖励"
    assert looks_like_calculation(asked)
    assert [c.words for c in read_claims(asked).claims] == ["浙江制造认证", "驰名商标"]
    # Places joined are no firm's achievements: a lookup.
    assert not looks_like_calculation("湖州和衢州的驰名商标能拿多少")


def test_conditions_are_found_in_the_documents_words() -> None:
    found = conditions_in_text(NO_STACKING_PLAN + CAPPED_PLAN, document_id=1)
    kinds = {condition.kind: condition for condition in found}
    assert kinds[ConditionKind.NO_STACKING].quote.startswith("同一企业")
    assert kinds[ConditionKind.OVERALL_CAP].cap_yuan == 60 * W
    assert not kinds[ConditionKind.OVERALL_CAP].tax_tied


def test_stored_conditions_are_applied_with_those_only_the_text_states(
    store: Engine, tmp_path: Path
) -> None:
    """A condition the extractor stored (here a 就高不重复 added to 衢州's document) is applied;
    the tax cap it did not store is still read from the document's sentence, once."""
    copy = tmp_path / "with_conditions.db"
    with store.connect() as connection:
        connection.exec_driver_sql(f"VACUUM INTO '{copy}'")
    engine = make_engine(f"sqlite:///{copy}")
    with Session(engine) as session:
        rule = session.exec(
            select(RewardRule).where(RewardRule.region == "衢州市", RewardRule.amount_yuan == 1e6)
        ).first()
        assert rule is not None
        session.add(
            RewardCondition(
                document_id=rule.document_id,
                kind="no_stacking",
                text="同一企业获得多项奖励的,按就高不重复原则奖励",
                quote="同一企业获得多项奖励的,按就高不重复原则奖励。",
            )
        )
        session.commit()
    calculator = RewardCalculator(QueryService(engine).index.current, engine)
    calculation = run(calculator, "衢州 主导国际标准 1; 驰名商标 1")
    assert calculation.certain_total == 100 * W  # the highest one, once
    kinds = [condition.kind for condition in calculation.conditions]
    assert kinds.count(ConditionKind.NO_STACKING) == 1
    assert kinds.count(ConditionKind.SCOPE) == 1  # stored and read: the same clause, once
    assert kinds.count(ConditionKind.OVERALL_CAP) == 1  # the tax cap, read from the text
    engine.dispose()


def test_achievements_listed_with_spaces_are_each_priced(calculator: RewardCalculator) -> None:
    """ "示范市 主导制定国家标准2项 新获得中国驰名商标": spaces separate achievements here, while
    the structured form uses them inside one claim (国家标准 主导 1); read as one claim nothing
    matched and the user got 未找到 for two achievements the document rewards."""
    listed = run(calculator, "示范市 主导制定国家标准2项 新获得中国驰名商标")
    structured = run(calculator, "示范市 国家标准 主导 2; 驰名商标 1")
    assert listed.found and structured.found
    assert [(line.claim.count, line.unit_amount) for line in listed.lines] == [
        (2, 30 * W),
        (1, 50 * W),
    ]
    # 就高不重复 applies to the list as to the structured request: the higher sum alone.
    assert listed.certain_total == structured.certain_total == 50 * W
