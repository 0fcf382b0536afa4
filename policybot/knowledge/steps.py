"""The procedural steps a plan's milestones take a thing through (2032年6月底前完成…申报,2033年
底前通过省级验收), and which of them a question or a line names.

One sentence often dates several steps, each a milestone of its own, and a when-question naming
one (什么时候申报) asks for that step's date, never another's (attack52 H6). A step is named as a
word of its own: 预验收 is another step than the 验收 it holds, and a step word heading a noun
(评审专家库, 验收标准, 申报指南) names a thing, not the step.
"""

from __future__ import annotations

import re

from policybot.knowledge.question import ParsedQuestion

STEPS = (
    "预验收",
    "验收",
    "申报",
    "初审",
    "评审",
    "审核",
    "复核",
    "公示",
    "认定",
    "命名",
    "授牌",
    "挂牌",
    "立项",
)

# What a step word heads when it names a thing (评审专家库, 验收标准, 评审结果, 挂牌督办), or
# describes one (通过认定的企业), or is the moment another thing is done after (验收后拨付):
# the step is not the one named.
_NOUN_HEADS = re.compile(
    r"的|(?:之|以)?后|专家|委员会|小组|办法|标准|细则|指南|规程|规范"
    r"|机构|机制|制度|体系|平台|系统|结果|费用?|督办"
)
_STEP_WORDS = re.compile("|".join(sorted(STEPS, key=len, reverse=True)))


def steps_named(text: str) -> tuple[str, ...]:
    """The steps ``text`` names, in the order first named: each step word read longest first
    (预验收 is no 验收), none heading a noun (评审专家库 names no 评审), describing one
    (通过认定的企业 names no 认定) or dating another thing after it (验收后拨付 names no
    验收)."""
    named: list[str] = []
    for match in _STEP_WORDS.finditer(text):
        if _NOUN_HEADS.match(text, match.end()):
            continue
        if match.group() not in named:
            named.append(match.group())
    return tuple(named)


def names_step(text: str, step: str) -> bool:
    """Whether ``text`` names ``step`` as a step (完成示范园预验收 names no 验收)."""
    return step in steps_named(text)


def step_asked(parsed: ParsedQuestion) -> str | None:
    """The one step a question names (验收; 预验收, which is no 验收); None for none, or two
    (申报后多久验收 asks about both)."""
    named = steps_named(parsed.text)
    return named[0] if len(named) == 1 else None


def undated_step(step: str, texts: list[str]) -> str:
    """The headline of a partial match for a step no item found dates: which steps ``texts``
    (the items' labels, or the sentence found) do date (未找到“申报”的时间;文件写的是预验收、验收的
    时间,以下部分相符,仅供参考)."""
    said = dict.fromkeys(other for text in texts for other in steps_named(text) if other != step)
    what = f"文件写的是{'、'.join(said)}的时间," if said else ""
    return f"未找到“{step}”的时间;{what}以下部分相符,仅供参考"
