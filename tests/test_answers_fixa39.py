"""Trial 39 (an invented 区 plan, a fresh clone): ``policybot ask "／targets …"`` answered as a
question while the chat read it as the command; the /edit card of a reward labelled "40万元"
金额(元); ``/rewards`` with a slip in the place answered another place without saying so."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, col, select

from invented_plans import city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.editing import load_fact
from policybot.knowledge.models import FactKind, RewardRule

REWARD_PLAN = city_plan(
    "一、主要目标\n到2033年,全市新增主导制定国家标准12项。\n"
    "二、奖励政策\n对主导制定国际标准、国家标准的企业,分别给予80万元、40万元的奖励。\n"
)


def test_ask_reads_a_full_width_slash_as_the_command_the_chat_reads(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, REWARD_PLAN) as service:
        typed, code = answer_text(service, "／targets 示范市")
        half, _ = answer_text(service, "/targets 示范市")
    assert code == 0 and "未找到" not in typed, typed
    assert typed == half


def test_the_edit_card_of_a_reward_labels_its_sum_as_it_shows_it(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, REWARD_PLAN) as service:
        with Session(service.engine) as session:
            reward = session.exec(
                select(RewardRule).where(col(RewardRule.achievement).contains("国家标准"))
            ).first()
        assert reward is not None and reward.id is not None
        rows = dict(load_fact(service.engine, FactKind.REWARD, reward.id).rows)
    assert rows.get("金额") == "40万元", rows
    assert "金额(元)" not in rows, rows


SLIPPED_CITY_PLAN = REWARD_PLAN.replace("示范市", "澜州市").replace("示政办发", "澜政办发")


def test_rewards_and_targets_of_a_slipped_place_say_which_place_they_answer(
    tmp_path: Path,
) -> None:
    with invented_plans_service(tmp_path, SLIPPED_CITY_PLAN) as service:
        rewards, _ = answer_text(service, "/rewards 澜洲")
        targets, _ = answer_text(service, "/targets 澜洲")
        typed_right, _ = answer_text(service, "/rewards 澜州")
    assert rewards.splitlines()[0] == "澜州市(按澜州查) · 奖励", rewards
    assert "40万元" in rewards, rewards
    assert targets.splitlines()[0] == "澜州市(按澜州查) · 目标", targets
    assert typed_right.splitlines()[0] == "澜州市 · 奖励", typed_right


def test_the_old_label_with_its_unit_still_names_the_sum_field() -> None:
    from policybot.knowledge.editing import field_spec

    assert field_spec(FactKind.REWARD, "金额(元)").label == "金额"
    assert field_spec(FactKind.REWARD, "金额(元)").label == "金额"
