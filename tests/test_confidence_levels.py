"""A level asked (国家级, 国际) that the sentence never says, while it says another level (省级,
全国), is another title's reward: 国家级示范区 is not answered by what 省级示范区 get."""

from __future__ import annotations

from policybot.knowledge.confidence import ANSWER, HEDGE, coverage


def _idf(word: str) -> float:
    # Level words are common in the documents, topic nouns rarer.
    return 0.3 if word in {"国家级", "省级", "国际", "全国"} else 1.0


def test_another_level_said_is_no_answer() -> None:
    # Invented: a county pays the 省级 tier only.
    sentence = "省级林业标准化示范区承担单位奖励3万元"
    said = coverage(["国家级", "林业", "标准化", "示范区", "承担"], sentence, _idf)
    assert HEDGE <= said.share < ANSWER, said


def test_international_is_not_national() -> None:
    sentence = "首次承担全国专业标准化技术委员会秘书处的单位,给予60万元的奖励"
    said = coverage(["首次", "国际", "标准化", "技术", "委员会", "秘书处"], sentence, _idf)
    assert said.share < ANSWER, said


def test_the_level_asked_said_among_others_answers() -> None:
    sentence = "国家级、省级林业标准化示范区承担单位分别奖励8万元、3万元"
    said = coverage(["国家级", "林业", "标准化", "示范区", "承担"], sentence, _idf)
    assert said.share >= ANSWER, said


def test_a_sentence_saying_no_level_keeps_its_share() -> None:
    # No level in the sentence: nothing contradicts the level asked.
    sentence = "林业标准化示范区承担单位奖励3万元"
    said = coverage(["国家级", "林业", "标准化", "示范区", "承担"], sentence, _idf)
    assert said.share >= ANSWER, said
