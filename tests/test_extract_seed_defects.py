"""Defects found by trying the bot on the bundled seeds, each fixed by a general rule."""

from __future__ import annotations

from pathlib import Path

from policybot.knowledge.extract.conditions import balanced_trim
from policybot.knowledge.extract.pipeline import extract_document, extract_text
from policybot.knowledge.extract.units import leading_units

SEEDS = Path(__file__).resolve().parents[1] / "policybot" / "seeds"


def _seed(prefix: str) -> dict:
    path = next(SEEDS.glob(f"{prefix}*.txt"))
    return extract_document(path.read_bytes(), path.name).to_schema_dict()


def test_a_condition_keeps_a_closing_bracket_whose_opening_bracket_it_holds() -> None:
    conditions = _seed("001_")["conditions"]
    scope = next(c for c in conditions if c["kind"] == "scope")
    assert scope["text"].endswith("(不含驻衢部、省属企业)")


def test_trimming_drops_only_stray_brackets() -> None:
    assert balanced_trim("适用于甲区(不含乙企业)。") == "适用于甲区(不含乙企业)"
    assert balanced_trim("(适用于甲区,") == "适用于甲区"
    assert balanced_trim("适用于甲区)") == "适用于甲区"


def test_a_table_cell_read_with_the_units_cell_keeps_only_the_duty_as_milestone_title() -> None:
    titles = [m["title"] for m in _seed("004_")["milestones"]]
    assert any(
        t.startswith("积极申请国家级和省级质量技术机构,完成省生态纺织品质检站验收") for t in titles
    )
    assert any(t.startswith("启动实施“佛山制造”品牌建设理论研究") for t in titles)
    assert not any(t.startswith(("市科技局", "市发展改革局")) for t in titles)


def test_leading_unit_names_split_off_a_clause() -> None:
    units, rest = leading_units("县财政局、县统计局,各乡镇人民政府开展专项调查")
    assert units == ["县财政局", "县统计局", "各乡镇人民政府"]
    assert rest == "开展专项调查"
    assert leading_units("县财政局开展专项调查") == ([], "县财政局开展专项调查")


def test_a_reward_without_a_sum_keeps_the_reward_phrase_as_its_treatment() -> None:
    rewards = _seed("000_")["rewards"]
    assert rewards and all(
        r["treatment"] == "给予奖励" for r in rewards if r["amount_yuan"] is None
    )


def test_the_clause_after_a_promise_is_not_part_of_the_treatment() -> None:
    text = (
        "某县质量强县工作方案\n对新认定为省级名牌产品的企业给予一次性补助,加快推进县域品牌建设。\n"
    )
    rewards = extract_text(text, "x.txt").to_schema_dict()["rewards"]
    assert [r["treatment"] for r in rewards] == ["给予一次性补助"]
