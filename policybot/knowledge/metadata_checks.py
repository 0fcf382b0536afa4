"""What no real plan looks like: said out loud at upload and ingest, never silently stored.

A title of thousands of characters is a misread (a whole paragraph taken for the title) or a
hostile file. Messages clip it wherever it is shown (``knowledge.clipping``), but the admin who
confirms the upload, and whoever runs ``policybot ingest``, should know before it is stored.

A file whose only facts are dates (a meeting notice, a news item) is likely not a plan: its
dated sentences would become deadlines and be reminded, so the admin is told first. (A file
with no fact at all says so itself: ``extract.pipeline.TEXT_ONLY``.) Nor is a file whose lines
are mostly questions (a list of what staff asked, sent to the bot by mistake): its first words
become a region, its years milestones.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.records import DocumentMeta, Extraction

# Far above real plans (titles run 20-60 characters, doc numbers 10-20, issuers 4-30).
ABSURD_LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("title", "标题", 200),
    ("doc_number", "文号", 40),
    ("issuer", "发文机关", 60),
    ("region", "地区", 30),
)


def absurd_metadata(meta: DocumentMeta) -> list[str]:
    """One warning per metadata field longer than any real plan's."""
    warnings = []
    for name, label, limit in ABSURD_LENGTHS:
        value = getattr(meta, name) or ""
        if len(value) > limit:
            warnings.append(
                f"{label}长达 {len(value)} 字(通常不超过 {limit} 字),可能识别有误,请核对;"
                "消息中只显示开头部分。"
            )
    return warnings


NOTHING_TO_ACT_ON = (
    "只识别到时间节点,没有目标、奖励、常态工作或任务:这份文件可能不是规划或奖励办法"
    "(如会议通知),入库后其中的日期会成为提醒,请核对。"
)


def nothing_to_act_on(extraction: Extraction) -> list[str]:
    """A warning when the file's only facts are dated events: empty when it holds a target,
    reward, recurring duty or task, or no fact at all."""
    commitments = extraction.targets or extraction.rewards or extraction.recurring
    if commitments or extraction.tasks or not extraction.milestones:
        return []
    return [NOTHING_TO_ACT_ON]


# The words a plan, a reward rule or any document of government work writes somewhere (规划,
# 目标, 任务, 奖励, 推进…, an office: 市场监管局, 人民政府); a dinner or holiday notice of a
# section's 办公室 writes none of them.
_PLAN_WORDS = re.compile(
    r"规划|计划|方案|办法|意见|细则|措施|纲要|要点|战略|政策|规定|条例|目标|任务|指标|奖励|"
    r"奖补|补助|资助|扶持|考核|行动|建设|提升|培育|推进|推动|实施|发展|创建|质量|品牌|标准|"
    r"政府|局|厅|委员会|管委会"
)
# The most dated events and figures a file of no plan's words may hold and still be taken for
# a notice of an event (a date, a deadline for names, a headcount), not a plan.
_TRIVIAL_FACTS = 3

NOT_A_PLAN = (
    "这份文件没有找到规划承诺(目标、任务、奖励或常态工作),只读到几处日期或人数,"
    "不像规划或奖励办法(如会议、活动通知),未生成预览,不能入库。"
    "如确是规划,请上传含目标、任务或奖励条款的正文。"
)


def not_a_plan(extraction: Extraction) -> str | None:
    """Why a file is refused as no plan: it writes none of a plan's words (``_PLAN_WORDS``), has
    no doc number, names no office, and gives nothing but a few dated events or figures (年终聚餐的通知: a date,
    a deadline for names, 参加人数约60人); None for any other file (a real plan, however small,
    writes 目标, 任务, 推进…; a file of no fact at all is the extractor's to judge)."""
    facts = len(extraction.targets) + len(extraction.milestones)
    if (
        facts == 0
        or facts > _TRIVIAL_FACTS
        or extraction.rewards
        or extraction.recurring
        or extraction.tasks
        or extraction.conditions
        or extraction.units
        or extraction.document.doc_number
        or _PLAN_WORDS.search(extraction.text)
    ):
        return None
    return NOT_A_PLAN


# A line that asks: ends with a question mark, or says a word of asking (要多少个, 要几件,
# 什么时候, 哪些, 是否…); only short lines count (a plan's long sentence may say 多少 in passing).
_ASKING_LINE = re.compile(
    r"[??]\s*$|吗|呢|多少|几[个家项件期次名条所位年]|什么时候|哪些|哪个|哪一|是否|怎么|谁"
    r"|咋|啥|能否|可否|有没有|是不是|如何\s*$"
)
# A line that is only an item's number (Word's numbering kept as text: "1." then the question
# on the next line) neither asks nor states.
_NUMBER_ONLY = re.compile(r"[((]?[0-9一二三四五六七八九十]+[))]?[.、.]?")
_QUESTION_LENGTH = 60
# The share of non-empty lines that must ask, and how many lines at least, before a file is
# taken for a list of questions (a plan's FAQ annex asks a few, under many stating lines).
_ASKING_SHARE = 0.5
_ASKING_LINES = 5


def mostly_questions(text: str) -> list[str]:
    """A warning when most of the file's lines are questions: empty otherwise."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not _NUMBER_ONLY.fullmatch(line)]
    asking = sum(1 for line in lines if len(line) <= _QUESTION_LENGTH and _ASKING_LINE.search(line))
    if asking < _ASKING_LINES or asking < _ASKING_SHARE * len(lines):
        return []
    return [
        f"文件 {len(lines)} 行中有 {asking} 行是问句:这份文件可能不是规划或奖励办法"
        "(如一份问题清单),请核对后再入库。"
    ]
