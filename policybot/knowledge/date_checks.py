"""西岭区是不是2032年底完成验收: a yes/no question guessing the year a thing falls due, answered
不是 beside the plan's own date when the plan puts it in another year.

Read as typed, the year guessed is the year the question is about, so the plan's item of that
year answered, whatever it was about (another county's milestone of 2032 for a county due in
2033), and the reply seemed to confirm the guess. Asked as when (哪年底完成验收), the plan's item
about what was asked is found as any when-question finds it; its year against the guess is the
answer. A guess the plan confirms is left to the question as typed (its reply already quotes the
item of that year).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, format_due
from policybot.knowledge.question import Asks, ParsedQuestion, parse_question
from policybot.knowledge.steps import names_step, step_asked

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# The yes/no asking right before the year guessed (是不是2032年底, 是否在2032年前, 是不是要到
# 2032年); the year's end or the words 前/以前 after it belong to the guess, and so does a
# month (是不是2032年6月底前: the month is guessed too). A plain 是 asks it too when the question
# ends 吗 (…办法是2027年12月底前出台吗).
_GUESSED_YEAR = re.compile(
    r"(?:是不是|是否|(?<![不还就])是(?=(?:要|就要|得)?(?:在|到)?(?:19|20)\d{2}年.*[吗么][??。]*$))"
    r"(?:要|就要|得)?(?:在|到)?(?P<year>(?:19|20)\d{2})年"
    r"(?:(?P<month>1[0-2]|0?[1-9])月(?:份)?)?(?:年?底|末)?(?:前|以前|之前)?"
)


def checked_date(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """不是,2033-12-31(2033年底) when the year a yes/no question guesses is not the year the
    plan's item about it falls due in; None when it guesses none, the item is not found for
    certain, or its year is the one guessed."""
    if parsed.asks != Asks.YESNO:
        return None
    guess = _GUESSED_YEAR.search(parsed.text)
    if guess is None:
        return None
    when = parsed.text[: guess.start()] + "哪年" + parsed.text[guess.end() :]
    plain = parse_question(when, answerer.index, answerer.today)
    if plain.year is not None:
        return None
    answer = answerer.answer(plain)
    if not answer.found or answer.hedged or not answer.facts:
        return None
    lead = answer.facts[0]
    if not _about_the_thing_asked(answerer, plain, answer):
        return None
    month = guess.group("month")
    if lead.due is None or (
        lead.due.year == int(guess.group("year"))
        and (month is None or lead.due.month == int(month))
    ):
        return None
    return replace(answer, headline=f"不是,{format_due(lead.due, lead.due_text)}")


def _about_the_thing_asked(
    answerer: QuestionAnswerer, plain: ParsedQuestion, answer: Answer
) -> bool:
    """Whether the item found is the one the guess is about: it names the step asked (验收, not
    another item's 申报 or a target with a year), and, with no place asked, one place's items
    answered (是不是2019年底前完成验收 of several cities' plans is no single item's date:
    attack52 H7, trial50 H3)."""
    lead = answer.facts[0]
    step = step_asked(plain)
    if step is not None and not (
        names_step(lead.label, step) or names_step(lead.citation.quote, step)
    ):
        return False
    return bool(plain.region_ids) or len({line.region for line in answer.facts}) == 1
