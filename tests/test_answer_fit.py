"""Which sentence may answer a value question (``answering``): one that states the value."""

from __future__ import annotations

from policybot.knowledge.fits import CAPPED, COUNTED, stops_at_topic


def test_a_sentence_cut_before_its_value_does_not_say_how_much() -> None:
    assert stops_at_topic("到2016年,总产值达到120亿元,年均增长", ("总产值", "年均", "增长"))
    assert not stops_at_topic("总产值达到120亿元,年均增长8%", ("年均", "增长"))


def test_a_cap_is_a_cap_only_with_its_sum() -> None:
    assert CAPPED.search("单个项目最高补助200万元")
    assert CAPPED.search("奖励不超过 50万元")
    assert not CAPPED.search("市长质量奖是市政府设立的最高质量奖项")


def test_a_treatment_answers_how_much_only_when_it_counts() -> None:
    assert COUNTED.search("增发一个月工资")
    assert not COUNTED.search("进行奖励")


def test_an_award_names_what_a_reward_question_is_about() -> None:
    from policybot.knowledge.measuring import _AWARD

    assert _AWARD.fullmatch("中国质量奖") and _AWARD.fullmatch("著名商标")
    assert not _AWARD.fullmatch("最高奖") and not _AWARD.fullmatch("一等奖")


def test_a_sentence_going_on_from_the_one_before() -> None:
    from policybot.knowledge.passage_candidates import _CONTINUES

    assert _CONTINUES.match("对各企业分别奖励人民币10万元")
    assert _CONTINUES.match("上述企业优先推荐")
    assert not _CONTINUES.match("对获得中国驰名商标的企业奖励50万元")
