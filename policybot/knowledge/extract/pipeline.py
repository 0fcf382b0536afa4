"""Decode, normalise, and run every rule module over a plan; the public entry points."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from policybot.knowledge.extract import milestones as milestone_rules
from policybot.knowledge.extract import recurring as recurring_rules
from policybot.knowledge.extract import targets as target_rules
from policybot.knowledge.extract import tasks as task_rules
from policybot.knowledge.extract.allocation_cells import (
    allocation_targets,
    allocation_tasks,
    within_allocation_rows,
)
from policybot.knowledge.extract.conditions import (
    clauses_in,
    conditions_in_paragraphs,
    eligibility_thresholds,
    listed_criteria,
    states_no_stacking,
)
from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.dates import TimeMention, find_time_mentions
from policybot.knowledge.extract.eligible_recipients import recipients_without_sums
from policybot.knowledge.extract.errors import (
    NO_PLAN,
    RAW_FACTS_PER_FACT,
    ExtractionError,
    TooManyFacts,
)
from policybot.knowledge.extract.indicator_columns import (
    INDICATOR_COLUMNS_TITLE,
    find_indicator_columns,
)
from policybot.knowledge.extract.metadata import extract_metadata, stated_term_end
from policybot.knowledge.extract.normalise import (
    decode_bytes,
    is_header_row,
    normalise_text,
    plain_label,
)
from policybot.knowledge.extract.participant_shares import (
    shares_of_items_before,
    works_of_rules_before,
)
from policybot.knowledge.extract.penalties import penalty_reward, penalty_target
from policybot.knowledge.extract.place_tables import find_place_tables
from policybot.knowledge.extract.prize_tables import drop_table_umbrellas, prize_table_rewards
from policybot.knowledge.extract.quota_splits import share_split_leads
from policybot.knowledge.extract.records import (
    DocumentMeta,
    Extraction,
    MilestoneRecord,
    RecurringRecord,
    RewardRecord,
    Span,
    TargetRecord,
    TaskRecord,
)
from policybot.knowledge.extract.region_forms import (
    full_region,
    official_region,
    qualified_region,
)
from policybot.knowledge.extract.rewards import (
    LISTED_BELOW_LINES,
    drop_headline_restatements,
    drop_umbrellas,
    expand_listed_below,
    rewards_in_piece,
    shared_totals,
    upper_ends_of_ranges,
    without_item_labels,
)
from policybot.knowledge.extract.rewards.class_sums import class_sums
from policybot.knowledge.extract.rewards.tier_lists import tiered_rewards
from policybot.knowledge.extract.similarity import containment
from policybot.knowledge.extract.structure import Paragraph, Piece, paragraphs
from policybot.knowledge.extract.tables import (
    Table,
    TableRow,
    columns_period,
    find_tables,
    table_blocks,
    unread_table_note,
)
from policybot.knowledge.extract.targets import Defaults
from policybot.knowledge.extract.tier_thresholds import is_tier_threshold
from policybot.knowledge.extract.units import (
    FIRST_UNIT_LEADS,
    UnitNote,
    is_level_bodies,
    label_brackets,
    looks_like_unit,
    notes_in_paragraph,
    parse_unit_note,
    split_unit_list,
    tidy_unit_name,
    trailing_note,
    units_in_prose,
    without_others_tail,
)
from policybot.knowledge.extract.verification import verification_tasks
from policybot.knowledge.extract.year_roles import drop_year_characterisations

_NOTE_LINE = re.compile(
    r"^[((]?\s*(?P<body>(?:主要)?(?:牵头|责任|主办|负责|实施|配合|协作|协办|参与|协同|协助){1,2}"
    r"(?:单位|部门)\s*[::].*?)[))]?\s*[。.]?$"
)
_NOTICE = re.compile(r"关于(?:印发|转发|颁发)|现(?:将|把)?[^。]{0,40}印发给你们")
_DATE_LINE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
_BACKGROUND_HEADING = re.compile(
    r"现状|工作基础|发展基础|现有基础|基本情况|主要成效|取得的成效|工作成效|成绩与问题|回顾|"
    r"面临的形势|形势分析|发展环境|存在的问题|主要问题|机遇与挑战|"
    # "一、2031年国民经济和社会发展计划执行情况": how a year's plan went (its figures are
    # results); only a heading naming a year and ending there reports ("强化计划执行情况监督",
    # "按时报告完成情况" do not)
    r"(?:19|20)\d{2}年[^,;。]{0,30}?(?:执行|完成)情况\s*[::。]?\s*$"
)
# Lines that belong to the wrapper of a document, never to its content.
_SKIP_LINE = re.compile(
    r"^(?:抄送|抄报|主送|附件[::]|发布时间|发文标题|发文文号|发文部门|发文时间|实施时间|法规类型|"
    r"所属行业|所属区域|来源|日期)"
)


# B60-8: a clause that grants "一事一议" (case-by-case support), and the clause before it that names
# what earns it ("…3亿元以上重大项目,在享受第1款投资支持基础上,实行“一事一议”")
_CASE_BY_CASE = re.compile(
    r"^(?:可|可以)?(?:实行|采取|实施|给予)[“\"]?一事一议[”\"]?(?:的?方式|政策|奖励|支持)?$"
)
_ON_TOP_OF = re.compile(r"^在[^,;。]{0,30}?基础上$")
_CLAUSE_LEAD = re.compile(
    r"^(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))?\s*(?:对于?)?"
)


def _case_by_case_rewards(text: str, region: str | None) -> list[RewardRecord]:
    """Rewards promised "一事一议" in a document that grants rewards: no sum, the treatment noted."""
    found: list[RewardRecord] = []
    for sentence in re.finditer(r"[^。;\n]+", text):
        clauses = [c.strip() for c in re.split(r"[,,]", sentence.group(0))]
        if len(clauses) < 2 or not _CASE_BY_CASE.match(clauses[-1].strip(" 。")):
            continue
        before = [c for c in clauses[:-1] if c and not _ON_TOP_OF.match(c)]
        if not before:
            continue
        achievement = _CLAUSE_LEAD.sub("", before[-1]).strip()
        achievement = re.sub(r"的$", "", achievement)
        if not 4 <= len(achievement) <= 60 or "一事一议" in achievement:
            continue
        found.append(
            RewardRecord(
                region=region,
                achievement=achievement,
                quote=sentence.group(0).strip()[:120],
                treatment="一事一议",
                span=Span(sentence.start(), sentence.end()),
            )
        )
    return found


# B60-4: "对各乡镇招商的项目,由各乡镇参照以上奖励支持政策执行": who else applies the rules above
_APPLIES_RULES_ABOVE = re.compile(r"参照(?:以上|上述|前述)[^。;,]{0,8}?政策执行")


def _stacking_rule(reward: RewardRecord) -> bool:
    """A reward read from a clause that only says how rewards combine (就高不重复) or who else
    applies them (参照以上政策执行): no sum, no treatment but the rule's own words."""
    return reward.amount_yuan is None and (
        states_no_stacking(reward.quote) or bool(_APPLIES_RULES_ABOVE.search(reward.quote))
    )


def extract_document(raw: bytes, source: str) -> Extraction:
    """Decode an uploaded file and extract its plan; ``ExtractionError`` if there is none."""
    return extract_text(decode_bytes(raw), source)


def extract_text(text: str, source: str, max_facts: int | None = None) -> Extraction:
    """Extract the plan from already-decoded text (normalised here).

    ``max_facts``: the most facts a plan may hold; a text found to hold far more is refused
    while it is read (``TooManyFacts``), not after. None reads every text to its end.
    """
    normalised = normalise_text(text)
    if not normalised.strip():
        raise ExtractionError(NO_PLAN)
    meta = extract_metadata(source, normalised)
    if _reads_as_noise(normalised):
        raise ExtractionError(
            f"{NO_PLAN}{_why_not_readable(meta, normalised) or ''}", document=meta
        )
    ctx = DocContext(text=normalised, meta=meta, paragraphs=paragraphs(normalised))
    extraction = Extraction(document=meta, text=normalised)
    task_tables = find_tables(normalised, ctx)
    tables = task_tables + find_place_tables(normalised, ctx)
    tables += [
        table
        for table in find_indicator_columns(normalised, ctx)
        if not any(other.start < table.end and table.start < other.end for other in tables)
    ]
    limit = _FactLimit(max_facts, meta)
    in_tables = sum(
        len(row.indicators) + len(row.target_cells) for table in tables for row in table.rows
    )
    limit.check(in_tables)
    body = _read_body(ctx, tables, limit, in_tables)
    targets, milestones, recurring, rewards, notes = (
        body.targets,
        body.milestones,
        body.recurring,
        body.rewards,
        body.notes,
    )
    table_targets, table_milestones, table_recurring = _read_tables(ctx, tables)
    targets = target_rules.drop_alike_restatements(share_split_leads(targets), normalised)
    table_read = list(table_targets)
    table_targets = target_rules.drop_restated_totals(table_targets, targets)
    extraction.targets = target_rules.split_paired_subjects(
        target_rules.deduplicate(targets + table_targets, normalised)
    )
    # B49-1: "新增认证企业数(家) | 120 | 甲镇30 乙乡15 …": a row's total and its places' shares
    allocated = allocation_targets(ctx)
    if allocated:
        extraction.targets = [
            t for t in extraction.targets if not within_allocation_rows(t, allocated)
        ] + allocated
    # B49-2: "…关于2031年实施12项民生实事的通知": a number in a notice's own headline counts what
    # the notice goes on to list, it is no goal of its own
    extraction.targets = [t for t in extraction.targets if not _on_a_headline(t, normalised)]
    extraction.milestones = [
        milestone
        for milestone in milestone_rules.deduplicate(
            drop_year_characterisations(
                milestones + table_milestones + milestone_rules.legal_milestones(ctx)
            ),
            from_tables=table_milestones,
        )
        if not _states_a_purpose(milestone, normalised)
    ]
    extraction.recurring = [
        duty
        for duty in recurring_rules.deduplicate(recurring + table_recurring)
        if not _CUT_DUTY.search(duty.title)
    ]
    _bound_by_term(extraction.recurring, stated_term_end(normalised, meta.effective or meta.issued))
    prizes = prize_table_rewards(normalised, ctx)
    extraction.targets = _outside_prize_rows(extraction.targets, prizes)
    rewards = upper_ends_of_ranges(drop_umbrellas(drop_table_umbrellas(rewards, prizes) + prizes))
    rewards = works_of_rules_before(shares_of_items_before(without_item_labels(rewards)))
    superseded = _superseded_spans(normalised)
    if superseded:
        # B32-5: "原先规定:…" beside "修改后规定:…" states terms an amendment replaced
        rewards = [r for r in rewards if not _within(r.span, superseded)]
        extraction.targets = [t for t in extraction.targets if not _within(t.span, superseded)]
        extraction.recurring = [d for d in extraction.recurring if not _within(d.span, superseded)]
    rewards = shared_totals(drop_headline_restatements(rewards, normalised))
    # B41-2: "<item>择优分三档给予补助资金:A、B和C": one reward per tier, unless read already
    rewards += [
        tier
        for tier in tiered_rewards(ctx)
        if not any(_overlaps(tier.span, reward.span) for reward in rewards)
    ]
    # B46-10: "原则上国内人才个人单次最高2万元,团队单次最高10万元": one reward per class
    rewards += [
        each
        for each in class_sums(ctx)
        if not any(_overlaps(each.span, reward.span) for reward in rewards)
    ]
    if not rewards and _REWARD_RULE_TITLE.search(meta.title or ""):
        # B36-5: a reward rule that names whom it rewards but (cut off) no sum
        rewards = recipients_without_sums(normalised, meta.region)
    # attack51: "扣减奖励资金10万元", "已发放的奖励资金…须全额退回": penalties, not rewards or goals
    rewards = [reward for reward in rewards if not penalty_reward(reward)]
    if rewards:
        # B60-8: "投资5000万元以上,实行“一事一议”": support settled case by case, a reward with no sum
        rewards += [
            each
            for each in _case_by_case_rewards(normalised, meta.region)
            if not any(_overlaps(each.span, reward.span) for reward in rewards)
        ]
    # B60-1: "本政策涉及同一内容的奖励与其他政策文件规定不一致的,按就高不重复原则办理" is the rewards'
    # no-stacking condition, not a reward with no sum of its own
    rewards = [reward for reward in rewards if not _stacking_rule(reward)]
    for reward in rewards:
        # "获得某奖\t一次性" read across a table row's cells: the cells' words, not the separator
        reward.achievement = _CELL_BREAK.sub(" ", reward.achievement).strip()
    extraction.targets = [t for t in extraction.targets if not penalty_target(t, normalised)]
    extraction.rewards = rewards
    if rewards:
        # B32-5: "某奖的奖金为每人300万元" is the prize's sum, read as a reward, no goal besides
        extraction.targets = [t for t in extraction.targets if not _a_rewards_sum(t, rewards)]
    extraction.tasks = body.tasks + _new_duties(task_rules.table_tasks(tables, ctx), body.tasks)
    if allocated:
        # B49-9: the project an allocation block serves ("品牌提升工程 | 推进…认证 | …")
        extraction.tasks += _new_duties(allocation_tasks(ctx), extraction.tasks)
    if rewards:
        # a reward notice's office receiving applications, and what applicants must meet
        extraction.tasks.extend(task_rules.acceptance_tasks(ctx.paragraphs, ctx))
        extraction.tasks.extend(verification_tasks(ctx.paragraphs, ctx))
    if (
        rewards
        or _reward_scheme(meta.title, normalised)
        or _ROUTED_REWARD.search(normalised)
        or _REWARDS_ON_ITS_TERMS.search(normalised)
        or _TERMS_SECTION.search(normalised)
    ):
        # B28-4: a prize's 管理办法 or a 奖补 notice cut before its sums still says who qualifies
        # and what is not paid twice; B30-6: "奖励兑付到所在单位", a rule on where rewards are
        # paid, is a reward rule and says who qualifies even when the copy is cut before its sums
        facts = len(extraction.fact_records())
        extraction.conditions = conditions_in_paragraphs(
            [p for p in ctx.paragraphs if not _is_wrapper(p, ctx) and not _in_tables(p, tables)],
            lambda conditions: limit.check(facts + conditions),
        )
    else:
        # who qualifies for what a plan without rewards sets up (入库条件: …2000万元以上)
        read = [p for p in ctx.paragraphs if not _is_wrapper(p, ctx) and not _in_tables(p, tables)]
        extraction.conditions = eligibility_thresholds(read)
        if _REWARD_RULE_TITLE.search(meta.title or ""):
            # B48-7: a document titled a reward rule ("…奖励暂行办法") cut before its sums still
            # lists whom its rewards reach ("同时符合以下条件的企业,可…获得奖励:")
            extraction.conditions.extend(listed_criteria(read))
    if superseded:
        extraction.conditions = [
            c for c in extraction.conditions if not _within(c.span, superseded)
        ]
    rule_conditions = [c for c in extraction.conditions if c.kind != "eligibility"]
    if rule_conditions:
        extraction.targets = [t for t in extraction.targets if not _honour_quota(t)]
    extraction.targets = [t for t in extraction.targets if not is_tier_threshold(t)]
    extraction.targets = target_rules.without_reward_criteria(
        extraction.targets, len(extraction.rewards)
    )
    task_notes = [UnitNote(task.lead_units, task.support_units) for task in extraction.tasks]
    # "市质量办每半年召开一次联席会议": the body a repeated duty names is a responsible unit too
    duty_notes = [UnitNote(duty.lead_units, duty.support_units) for duty in extraction.recurring]
    extraction.units = _all_units(ctx, notes + task_notes + duty_notes, tables)
    _mark_joint_units(extraction, notes, tables)
    _full_unit_names(extraction, ctx.text)
    duties = extraction.tasks
    extraction.tasks = [
        task
        for task in duties
        if not task_rules.is_jury_remit(task)
        and not task_rules.is_cut_duty(task)
        and not _restates_a_repeated_duty(task, extraction.recurring)
    ]
    if not (
        extraction.targets
        or extraction.milestones
        or extraction.recurring
        or rewards
        or duties  # a prize's rules that only set up its jury are still a text to keep
        or rule_conditions
    ):
        unreadable = _why_not_readable(meta, normalised)
        if unreadable:
            meta.region = official_region(meta.region)
            raise ExtractionError(f"{NO_PLAN}{unreadable}", document=meta)
        # An official document whose facts were not found (an excerpt cut before its goals, a
        # notice whose plan is an attachment) is still worth keeping: its text answers questions.
        extraction.warnings.append(TEXT_ONLY)
    # trial47: a task table's year columns give the period a plan that states none runs over
    # (set after its facts are read: no undated goal is put at the columns' last year)
    meta.period = meta.period or columns_period(task_tables, meta.issued)
    _fill_sections(ctx, extraction)
    _plain_labels(extraction)
    _units_of_records(extraction)
    _official_regions(extraction)
    plan_end = ctx.plan_end
    extraction.warnings.extend(
        _warnings(extraction, ctx.horizon, plan_end.year if plan_end else None)
    )
    extraction.warnings.extend(warning for table in tables for warning in table.warnings())
    extraction.warnings.extend(_unread_tables(extraction, table_read))
    extraction.read_lines = _table_lines_read(tables, table_read, extraction.targets, normalised)
    return extraction


# a table row's separator between two cells (a tab, a bar) inside a fact's words
_CELL_BREAK = re.compile(r"\s*[\t|│┃]\s*")


def _unread_tables(extraction: Extraction, table_read: list[TargetRecord]) -> list[str]:
    """A note for each table-like block of the text (a header of year columns, a run of short
    lines of figures) from which no record was read: a table no reader could read is flagged
    in the preview, never dropped in silence (trial59)."""
    starts = sorted(
        record.span.start
        for record in [*extraction.fact_records(), *extraction.conditions, *table_read]
    )
    notes: list[str] = []
    for block in table_blocks(extraction.text):
        first = bisect.bisect_left(starts, block.start)
        if first < len(starts) and starts[first] < block.end:
            continue
        notes.append(unread_table_note(block))
    return notes


def _line_of(text: str, offset: int) -> tuple[int, int]:
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def _table_lines_read(
    tables: list[Table], read: list[TargetRecord], kept: list[TargetRecord], text: str
) -> list[tuple[int, int]]:
    """The lines of the tables a goal was read from that no kept record spans (trial45): a
    table's header line (its year columns are no statement), and a row whose figure restated
    one the body states (the body's record, lent the row's units, is kept instead)."""
    kept_ids = {id(record) for record in kept}
    lines = [_line_of(text, record.span.start) for record in read if id(record) not in kept_ids]
    for table in tables:
        if table.rows and any(table.start <= r.span.start < table.end for r in read):
            lines.append((table.start, min(table.rows[0].start, _line_of(text, table.start)[1])))
    return lines


# "每年授奖人数不" (an excerpt cut inside the clause): a duty whose words stop at a negation or a
# modal before their verb says nothing yet (B32-8).
_CUT_DUTY = re.compile(r"(?:不|未|须|应|要|需)$")


# "《某办法》原先规定:…", "原规定:…", "修改前规定:…": a line stating the terms an amendment replaced.
_SUPERSEDED_LINE = re.compile(
    r"^\s*(?:《[^》\n]{2,60}》)?(?:原先|原来|原|修改前)(?:的)?规定\s*[::]", re.MULTILINE
)


def _bound_by_term(duties: list[RecurringRecord], lapses: date | None) -> None:
    """A notice stating a term ("有效期5年") lapses on its exact day, not at the end of that year:
    a duty with no window of its own is due no later (its own window, if any, stands)."""
    if lapses is None:
        return
    for duty in duties:
        if duty.window_end is None and (duty.window_start is None or duty.window_start <= lapses):
            duty.window_end = lapses


def _superseded_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _SUPERSEDED_LINE.finditer(text):
        end = text.find("\n", match.end())
        spans.append((match.start(), len(text) if end < 0 else end))
    return spans


# "为确保市政府下达的2031年工作目标任务的全面完成,现将…印发给你们": why the notice is sent, not
# a dated aim of its own (B36-8).
_PURPOSE_BEFORE = re.compile(r"(?:^|[。;:\n])\s*为(?:了)?$")
_PURPOSE_VERB = re.compile(r"^(?:确保|保证|保障)")


def _states_a_purpose(milestone: MilestoneRecord, text: str) -> bool:
    start = milestone.span.start
    return bool(
        start
        and _PURPOSE_BEFORE.search(text[max(0, start - 4) : start])
        and _PURPOSE_VERB.match(text[start : start + 2])
    )


# "市督查室负责每季度在门户网站向社会集中公开": a duty whose work is itself the repetition is the
# repeated duty read already, not a task besides it (B47-8).
_REPEATED_WORK = re.compile(r"^[^,,;;。]{0,12}?每(?:个)?(?:季度|月|半年|年度?|周|旬)")


def _restates_a_repeated_duty(task: TaskRecord, recurring: list[RecurringRecord]) -> bool:
    if not _REPEATED_WORK.search(task.title):
        return False
    return any(_overlaps(task.span, duty.span) for duty in recurring)


def _overlaps(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _within(span: Span | None, spans: list[tuple[int, int]]) -> bool:
    return span is not None and any(start <= span.start < end for start, end in spans)


def _a_rewards_sum(target: TargetRecord, rewards: list[RewardRecord]) -> bool:
    """A sum of money read as a goal where a reward was read over the same words."""
    if not target.unit or not target.unit.endswith("元") or target.span is None:
        return False
    return any(
        reward.span is not None
        and reward.amount_yuan is not None
        and reward.span.start <= target.span.start < reward.span.end
        for reward in rewards
    )


def _official_regions(extraction: Extraction) -> None:
    """An autonomous county or prefecture is written by its official name wherever a region is
    given ("石柱县", "重庆市石柱县" -> 石柱土家族自治县): one division, one region in the store."""
    written = extraction.document.region
    extraction.document.region = full_region(
        qualified_region(written, extraction.text), extraction.text
    )
    for record in extraction.fact_records():
        if record.region == written:
            record.region = extraction.document.region
        else:
            record.region = official_region(record.region)


def _outside_prize_rows(
    targets: list[TargetRecord], prizes: list[RewardRecord]
) -> list[TargetRecord]:
    """A prize or recipient table's sums are rewards, not goals: "单位名称 / 奖励金额(万元) / 甲公司 /
    30" is 30万元 to 甲公司, not a target "奖励金额 30万元"."""
    rows = [(prize.span.start, prize.span.end) for prize in prizes]
    return [
        t
        for t in targets
        if not any(t.span.start < end and start < t.span.end for start, end in rows)
    ]


def _plain_labels(extraction: Extraction) -> None:
    """Labels and titles without Markdown emphasis ("**省级品牌企业**" was a subject, a unit
    was named with and without it); quotes and the stored text keep what the file says."""

    def units(names: list[str]) -> list[str]:
        return list(
            dict.fromkeys(tidy_unit_name(without_others_tail(plain_label(name))) for name in names)
        )

    def section(span: Span) -> None:
        span.section = plain_label(span.section) if span.section else span.section

    for target in extraction.targets:
        target.subject = plain_label(target.subject)
        target.district = plain_label(target.district) if target.district else target.district
        target.lead_units, target.support_units = (
            units(target.lead_units),
            units(target.support_units),
        )
        section(target.span)
    for milestone in extraction.milestones:
        milestone.title = plain_label(milestone.title)
        milestone.lead_units = units(milestone.lead_units)
        milestone.support_units = units(milestone.support_units)
        section(milestone.span)
    for duty in extraction.recurring:
        duty.title = plain_label(duty.title)
        duty.lead_units = units(duty.lead_units)
        section(duty.span)
    for reward in extraction.rewards:
        reward.achievement = plain_label(reward.achievement)
        reward.treatment = plain_label(reward.treatment) if reward.treatment else reward.treatment
        section(reward.span)
    for task in extraction.tasks:
        task.title = plain_label(task.title)
        task.section = plain_label(task.section) if task.section else task.section
        task.lead_units, task.support_units = units(task.lead_units), units(task.support_units)
        section(task.span)
    for condition in extraction.conditions:
        condition.text = plain_label(condition.text)
        section(condition.span)
    extraction.units = units(extraction.units)


@dataclass(frozen=True)
class _FactLimit:
    """Stops the reading once it has found far more facts than a plan holds."""

    most: int | None
    document: DocumentMeta

    def check(self, found: int) -> None:
        if self.most is not None and found > RAW_FACTS_PER_FACT * self.most:
            raise TooManyFacts(found, self.most, self.document)


TEXT_ONLY = "未找到目标、时间节点、重复任务或奖励:本文件仅保存正文,可用于检索问答。"
# A run between sentence ends, and its end if it has one. Runs are found whole and the test for
# a Chinese character comes after: a pattern asking for one inside the run backtracked over
# every pair of positions of a line without an end (a 20,000-character line ran for hours).
_RUN = re.compile(r"[^。!?;\n]+[。!?;]?")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A line of prose cut before its full stop (an excerpt ending mid-sentence) still reads as a
# sentence: a comma between clauses and 30 Chinese characters; a heading or a name line has none.
_CUT_CHARACTERS = 30
# A page that lost its punctuation (a scrape dropping 、,。) still has prose: a line of 60
# Chinese characters with no mark at all is longer than a heading or a title line.
_UNPUNCTUATED_CHARACTERS = 60
_MARK = re.compile(r"[,、:;()《》“”]")


def _is_sentence(run: str) -> bool:
    if len(run) < 8 or not _HAN.search(run):
        return False
    if run[-1] in "。!?;":
        return True
    han = len(_HAN.findall(run))
    if "," in run and han >= _CUT_CHARACTERS:
        return True
    return han >= _UNPUNCTUATED_CHARACTERS and not _MARK.search(run)


# "某市市长质量奖管理办法", "关于开展…年度商标、广告奖补政策资金兑付工作的通知": a text about a
# prize or a 奖补 fund, by its title or its opening lines (a mirror's chrome may hide the title).
# Not every "奖励办法": on the val split that wider cue read one condition its gold leaves out.
_REWARD_SCHEME = re.compile(r"质量奖|奖补(?:政策|资金)")
# "设立奖励专项资金,…对符合条件和标准的企业给予奖励": a rule that rewards whoever meets its own
# terms; no reward of its own (B57-6), but its terms (奖励对象及条件) are the rewards' conditions.
_REWARDS_ON_ITS_TERMS = re.compile(
    r"对符合(?:本办法|本政策|上述|以上|相关|规定)?的?(?:条件|标准|要求)(?:(?:和|及|与|、)(?:条件|标准|要求))?"
    r"的[\u4e00-\u9fff]{0,8}(?:给予|予以)(?:奖励|奖补|补助|扶持|资助)"
)
# "二、扶持对象", "申报条件", "适用范围": a rule that says whom its support reaches (ext59: dev
# b20_02's scope was lost when its sums were not read); its terms are the conditions all the same.
_TERMS_SECTION = re.compile(r"申报条件|(?:奖励|补助|扶持|支持)对象|适用范围")
# "…扶持奖励办法", "…贡献奖励办法": a document whose title calls it a reward rule (B36-5).
_REWARD_RULE_TITLE = re.compile(
    r"(?:奖励|奖补|扶持|资助|补助)[^,。]{0,12}(?:办法|细则|意见|政策|规定|措施|方案|标准)"
)


# "每届受表彰的单位不超过5家", "市长质量奖不超过2家": how many an honour goes to per round (B28-6).
_HONOUR_WORD = re.compile(r"奖|表彰|名额")
_AT_MOST = re.compile(r"不超过|不多于|最多")


# A notice's headline on its own line, maybe after a page's 名称/标题 label and a 【…】 tag, maybe
# with the page's next field label ("文号:") glued after it: "关于…的通知/意见/决定/批复/函".
_HEADLINE = re.compile(
    r"^(?:(?:名称|标题|题名)\s*[::]\s*)?(?:【[^】\n]{1,12}】)?[^。;;\n]{0,40}关于[^。;;\n]{2,80}"
    r"的(?:通知|意见|决定|批复|函|通报)(?:\s*(?:文号|发文字号|索引号)\s*[::]?\s*)?$"
)


def _on_a_headline(target: TargetRecord, text: str) -> bool:
    start = text.rfind("\n", 0, target.span.start) + 1
    end = text.find("\n", target.span.start)
    line = text[start : end if end >= 0 else len(text)].strip()
    return bool(_HEADLINE.match(line))


def _honour_quota(target: TargetRecord) -> bool:
    """A count an honour may not exceed, in a reward scheme: a limit on the prize, no goal."""
    return bool(_HONOUR_WORD.search(target.subject) and _AT_MOST.search(target.quote))


def _reward_scheme(title: str | None, text: str) -> bool:
    return bool(_REWARD_SCHEME.search(title or "") or _REWARD_SCHEME.search(text[:300]))


def _why_not_readable(meta: DocumentMeta, text: str) -> str:
    """Why a text without facts is not kept as a document (a sentence for the user), or "".

    Kept: an official document (a doc number or an issuer, or a title with its place or date)
    with body sentences to search, at least two of them, 60 Chinese characters in all.  A diary
    line or a bare covering note is not one."""
    official = bool(meta.doc_number or meta.issuer or (meta.title and (meta.region or meta.issued)))
    sentences = [run for run in _RUN.findall(text) if _is_sentence(run)]
    characters = sum(len(_HAN.findall(sentence)) for sentence in sentences)
    if not official:
        return "它也不像一份正式文件(没有文号、发文机关,也没有带地区或日期的标题),因此未收录。"
    if len(sentences) < 2 or characters < 60:
        return (
            f"正文只有 {len(sentences)} 句话、{characters} 个汉字,像一份转发通知或只有标题的"
            "片段,没有可供检索的正文,因此未收录;如规划在附件中,请连同附件正文一起上传。"
        )
    return ""


def _fill_sections(ctx: DocContext, extraction: Extraction) -> None:
    """Records found by whole-text rules get the heading of the paragraph they sit in."""
    records = (
        extraction.targets
        + extraction.milestones
        + extraction.recurring
        + extraction.rewards
        + extraction.tasks
    )
    starts = [paragraph.start for paragraph in ctx.paragraphs]
    for record in records:
        if record.span.section is None and starts:
            index = max(0, bisect.bisect_right(starts, record.span.start) - 1)
            record.span.section = ctx.paragraphs[index].section


def _warnings(
    extraction: Extraction, horizon: int | None = None, own_year: int | None = None
) -> list[str]:
    """What a reviewer should check by hand (shown in upload previews); ``own_year`` is the
    year undated goals fall back to without a period or a horizon (its year's work, the one year
    it writes, else its signing year: D50-3)."""
    meta = extraction.document
    warnings: list[str] = []
    if meta.period is None and extraction.targets:
        if horizon:
            warnings.append(
                f"未找到规划期限,未写明期限的目标按文中所述目标年份({horizon}年)计,请核对。"
            )
        elif own_year:
            warnings.append(
                f"未找到规划期限,未写明期限的目标按文件所属年份({own_year}年)年底计,请核对。"
            )
        else:
            warnings.append("未找到规划期限,未写明期限的目标没有截止日期。")
    if meta.region is None:
        warnings.append("未识别出发文地区。")
    if meta.title is None:
        warnings.append("未识别出文件标题。")
    if meta.issued is None:
        warnings.append("未找到成文日期。")
    undated = sum(1 for target in extraction.targets if target.deadline is None)
    if undated:
        warnings.append(f"{undated}个目标没有截止日期。")
    return warnings


# "奖励兑付到所在单位", "奖金发放给…": where a reward rule's money is paid.
_ROUTED_REWARD = re.compile(r"(?:奖励|奖金)(?:资金)?(?:兑付|拨付|发放|支付)(?:到|至|给)")


def _in_tables(paragraph: Paragraph, tables: list[Table]) -> bool:
    return any(table.start <= paragraph.start <= table.end for table in tables)


@dataclass
class _Body:
    """What the body paragraphs (outside tables) state."""

    targets: list[TargetRecord] = field(default_factory=list)
    milestones: list[MilestoneRecord] = field(default_factory=list)
    recurring: list[RecurringRecord] = field(default_factory=list)
    rewards: list[RewardRecord] = field(default_factory=list)
    tasks: list[TaskRecord] = field(default_factory=list)
    notes: list[UnitNote] = field(default_factory=list)

    def facts(self) -> int:
        records = (self.targets, self.milestones, self.recurring, self.rewards, self.tasks)
        return sum(len(kind) for kind in records)


def _read_body(ctx: DocContext, tables: list[Table], limit: _FactLimit, in_tables: int) -> _Body:
    found = _Body()
    entries = _attach_notes(
        [
            p
            for p in ctx.paragraphs
            if not _in_tables(p, tables) and not _is_wrapper(p, ctx) and not is_header_row(p.text)
        ]
    )
    if FIRST_UNIT_LEADS.search(ctx.text):
        _first_unit_leads(entries)
    _qualify_bare_departments(entries, ctx)
    found.notes = [entry.note for entry in entries if entry.note is not None and entry.own_note]
    wrapper_end = _notice_wrapper_end(ctx)
    dated = _DatedHeadings(ctx)
    list_due: date | None = None  # the year-end of a year's list of numbered items
    opened: TimeMention | None = None  # the bare year opening the last paragraph ("2010年,…")
    clauses = 0  # condition clauses, read after the body (when there are rewards) but counted
    colon_lead: str | None = None  # the last line ending in ":" (what the lines below it list)
    list_leads = _ListLeadTime(ctx)  # "到2031年,实现以下目标:" dates the items listed below it
    criteria = _CriteriaList()  # "符合下列条件之一的企业…:" lists who qualifies, not goals
    wrapped: TimeMention | None = None  # the time of a line that breaks off at a comma
    schedule = milestone_rules.MonthSchedule()  # month lines running on into the next year
    for index, entry in enumerate(entries):
        limit.check(in_tables + found.facts() + clauses)
        clauses += clauses_in(entry.paragraph)
        if entry.is_note_line:
            continue
        paragraph, body, note = entry.paragraph, entry.body, entry.note
        lead = note.lead if note else []
        section = paragraph.section
        heading_time = dated.enter(paragraph)
        list_time = list_leads.enter(paragraph)
        is_criterion = criteria.enter(paragraph)
        wrapped_time, wrapped = wrapped, _wrapped_time(paragraph, wrapped, ctx)
        opened, continued = _year_opening(paragraph, opened, ctx)
        if paragraph.heading_level is None:
            list_due = milestone_rules.list_lead_due(paragraph, ctx)
        elif list_due is not None and heading_time is None and paragraph.start >= wrapper_end:
            found.milestones.extend(
                _noted_support(
                    milestone_rules.list_item_milestones(paragraph, ctx, list_due, lead), note
                )
            )
        following = entries[index + 1].body if index + 1 < len(entries) else None
        phase = milestone_rules.phase_milestone(paragraph, following, ctx, lead)
        if phase is not None:
            found.milestones.extend(_noted_support([phase], note))
        if _is_background(paragraph):
            continue
        # B56-1: a schedule's month line ("3-4月,甲项目开复工,乙项目完成开工手续。")
        month_steps = milestone_rules.month_step_milestones(paragraph, ctx, lead, schedule)
        step_targets_from = len(found.targets)
        if paragraph.start >= wrapper_end:
            has_items = index + 1 < len(entries) and _is_below(entries[index + 1], entry)
            targets_before = len(found.targets)
            opening = _paragraph_lead_year(paragraph) or _own_heading_time(paragraph, ctx)
            _read_tasks_and_targets(
                entry,
                ctx,
                found,
                has_items,
                opening or heading_time or list_time or wrapped_time or continued,
            )
            if is_criterion:
                del found.targets[targets_before:]
            if heading_time is not None and len(found.targets) == targets_before and phase is None:
                goal = milestone_rules.goal_item_milestone(paragraph, ctx, heading_time, lead)
                found.milestones.extend(_noted_support([goal] if goal else [], note))
        tasks_before = len(found.tasks)
        if (note is None or paragraph.start < wrapper_end) and not ctx.is_commendation:
            found.tasks.extend(_new_duties(task_rules.duties_in_prose(paragraph, ctx), found.tasks))
            opened_duty = task_rules.opening_unit_duty(paragraph, ctx)
            if opened_duty is not None and len(found.tasks) == tasks_before:
                found.tasks.extend(_new_duties([opened_duty], found.tasks))
        elif note is None and ctx.is_commendation:
            found.tasks.extend(_new_duties(task_rules.payment_duties(paragraph, ctx), found.tasks))
        if month_steps:
            # the counts of a month line's steps are the steps', no targets of their own; a count
            # in a clause that made no step ("全年新建就业驿站20个") stays a target
            found.targets[step_targets_from:] = [
                target
                for target in found.targets[step_targets_from:]
                if not any(
                    step.span.start <= target.span.start < step.span.end for step in month_steps
                )
            ]
            steps = month_steps
        else:
            reported = milestone_rules.is_month_report(paragraph)
            if reported:  # "1-5月,…完成全年目标的60%": results of months past, no goals
                found.targets[step_targets_from:] = [
                    target
                    for target in found.targets[step_targets_from:]
                    if not paragraph.start <= target.span.start < reported
                ]
            steps = milestone_rules.milestones_in_piece(body, ctx, section, lead)
        if phase is not None:
            steps = milestone_rules.deadlines_inside_phase(steps, phase, body, ctx)
        found.milestones.extend(
            _led_by_sentence(_noted_support(steps, note), found.tasks[tasks_before:])
        )
        duties = _noted_leads(recurring_rules.recurring_in_piece(body, ctx, section, lead), lead)
        found.recurring.extend(_noted_support(duties, note))
        if note is None and paragraph.start >= wrapper_end:
            opening_lead, _ = task_rules.opening_units(paragraph.text)
            _led_by_opening(found, paragraph, opening_lead)
        if paragraph.text.rstrip().endswith((":", ":")):
            colon_lead = paragraph.text
        elif paragraph.heading_level is not None and not _TIER_ITEM.match(paragraph.text):
            colon_lead = None  # "1.国家级:奖励50万元;" is an item of the lead, not a new heading
        for reward in rewards_in_piece(body, ctx, section, colon_lead):
            listed = expand_listed_below(reward, _paragraphs_below(entries, index))
            found.rewards.extend(listed or [reward])
    return found


# Words nearly every paragraph of a plan uses (its own vocabulary of work, bodies and goals).
_PLAN_WORDS = re.compile(
    r"建设|推进|发展|企业|工作|实施|加强|完善|提升|服务|管理|单位|部门|政府|标准|质量|品牌|目标|任务|"
    r"重点|项目|全面|进一步|创新|体系|机制|组织|开展|落实|责任|年度|资金|政策|支持|产业|经济|社会|"
    r"市场|技术|产品|要求|以上|鼓励|培育|制定|推动|保障|考核|奖励|规划|方案|通知|办法|相关|有关|"
    r"按照|根据|确保|积极|促进|加快|改革|公共|安全|环境|信息|数据|计划|情况|中心|领导|地区|全市|"
    r"全省|全县|全区|本市|各地|我市|我省|我县|我区|指导|监督|检查|评价|申报|认定|补助|奖补|万元|亿元"
)
# Paragraphs of at least this many Chinese characters are judged; a text with fewer is not.
_NOISE_PARAGRAPH_CHARS = 12
_NOISE_PARAGRAPHS = 20
_NOISE_SHARE = 0.5  # plans measured 0.96 and above; random text 0.1-0.3


def _reads_as_noise(text: str) -> bool:
    """A long text of random characters (an upload of 2,000 lines of them): its paragraphs of
    running Chinese hardly ever use a word every plan uses, and nothing is read from it (its
    chance runs of 局 or 两 read as bodies and sums)."""
    judged = [
        line
        for line in text.split("\n")
        if len(re.findall(r"[\u4e00-\u9fff]", line)) >= _NOISE_PARAGRAPH_CHARS
    ]
    if len(judged) < _NOISE_PARAGRAPHS:
        return False
    worded = sum(1 for line in judged if _PLAN_WORDS.search(line))
    return worded < _NOISE_SHARE * len(judged)


# A record a note's units are given to: a deadline or a recurring duty.
_Led = TypeVar("_Led", MilestoneRecord, RecurringRecord)


def _noted_leads(duties: list[RecurringRecord], lead: list[str]) -> list[RecurringRecord]:
    """ "各街道每月5日前向区质量办报送…(牵头单位:区质量办)": the unit its note names leads it, and
    the duty's subject does it (配合): both are its units, so a chat following either hears of
    each period (the note used to be dropped for the subject), but only the named one is 牵头."""
    for duty in duties:
        if lead and duty.lead_units != lead:
            subjects = [unit for unit in duty.lead_units if unit not in lead]
            duty.lead_units = list(lead)
            duty.support_units = [*subjects, *(u for u in duty.support_units if u not in subjects)]
    return duties


def _noted_support(records: list[_Led], note: UnitNote | None) -> list[_Led]:
    """A deadline or duty led by its note's lead ("…2031年12月底前完成…。(牵头单位:市甲局;
    配合单位:市乙局、市丙局)") has the note's 配合 units too: the lead alone was kept, and the
    card, /units and the reminders' followers left the supporting units out."""
    if note is None or not note.support:
        return records
    for record in records:
        if record.lead_units == note.lead:
            record.support_units += [
                unit
                for unit in note.support
                if unit not in record.support_units and unit not in record.lead_units
            ]
    return records


def _led_by_sentence(
    milestones: list[MilestoneRecord], tasks: list[TaskRecord]
) -> list[MilestoneRecord]:
    """ "由市甲局牵头,市乙局配合,2031年9月底前完成…": a dated step without a unit note is led
    by the body its own sentence names as the lead (the task read from that sentence), and
    supported by those it names as 配合."""
    for milestone in milestones:
        if milestone.lead_units:
            continue
        for task in tasks:
            if task.lead_units and task.span.start <= milestone.span.start < task.span.end:
                milestone.lead_units = list(task.lead_units)
                milestone.support_units = [
                    unit for unit in task.support_units if unit not in milestone.lead_units
                ]
                break
    return milestones


def _led_by_opening(found: _Body, paragraph: Paragraph, units: list[str]) -> None:
    """ "市经信局、市商务局:负责…。2032年6月底前出台…,每年组织…": a 职责分工 paragraph opening
    with its bodies and a colon; every goal, deadline and duty of it without units of its own is
    theirs (only the task of its first clause was, and /units listed none of the rest)."""
    if not units:
        return
    records: list[TargetRecord | MilestoneRecord | RecurringRecord] = [
        *found.targets,
        *found.milestones,
        *found.recurring,
    ]
    for record in records:
        if record.lead_units:
            continue
        if paragraph.start <= record.span.start < paragraph.end:
            record.lead_units = list(units)


# "2010年,全市…达到50%以上。" then "依托社区开展…培训,城市受训率达到90%以上": a paragraph of
# goals opened by a bare year, and the undated paragraph of goals right after it under the same
# heading, in a plan with no period of its own to date them.
_OPENING_YEAR = re.compile(r"^\s*(?:到|至)?(?:19|20)\d{2}年\s*[,,]")


# "到2031年,基本建成…。全社会研发投入占GDP比重达4.5%,…": a paragraph opened by a year to
# reach; every sentence of it that states no time of its own is a goal of that year.
_LEAD_YEAR = re.compile(r"^\s*(?:到|至)(?:19|20)\d{2}年(?:底|末)?\s*[,,]")


def _paragraph_lead_year(paragraph: Paragraph) -> TimeMention | None:
    """The year a paragraph opens with as the time its goals are to be reached by."""
    if paragraph.heading_level is not None or not _LEAD_YEAR.match(paragraph.text):
        return None
    first = find_time_mentions(paragraph.text[:14])
    return first[0] if first and first[0].kind == "point" and first[0].last else None


def _year_opening(
    paragraph: Paragraph, opened: TimeMention | None, ctx: DocContext
) -> tuple[TimeMention | None, TimeMention | None]:
    """(the year this paragraph opens with, or the one carried on; the year it continues)."""
    if paragraph.heading_level is not None or ctx.stated_plan_end is not None:
        return None, None
    if _OPENING_YEAR.match(paragraph.text):
        first = find_time_mentions(paragraph.text[:12])
        return (first[0] if first and first[0].kind == "point" else None), None
    if opened is not None and not find_time_mentions(paragraph.text):
        return None, opened  # one paragraph on: a second undated one is not carried
    return None, None


def _new_duties(duties: list[TaskRecord], known: list[TaskRecord]) -> list[TaskRecord]:
    """Duties stated in prose that no task already holds (same units, similar title)."""
    return [
        duty
        for duty in duties
        if not any(
            set(duty.lead_units) == set(task.lead_units)
            and containment(duty.title, task.title) >= 0.5
            for task in known
        )
    ]


def _first_unit_leads(entries: list[_Entry]) -> None:
    """Where the document says its first-named unit leads, a note that lists units without
    saying who leads has its first as lead and the others as support."""
    split: dict[int, UnitNote] = {}
    for entry in entries:
        note = entry.note
        if note is None or note.support or not note.lead or note.each_leads:
            continue
        if len(note.lead) < 2:
            if note.joint:  # (责任单位:市甲局) under the rule: the one unit named leads
                if id(note) not in split:
                    split[id(note)] = UnitNote(note.lead, [], note.start, note.end)
                entry.note = split[id(note)]
            continue
        if id(note) not in split:
            split[id(note)] = UnitNote(note.lead[:1], note.lead[1:], note.start, note.end)
        entry.note = split[id(note)]


def _is_below(entry: _Entry, heading: _Entry) -> bool:
    """Whether ``entry`` sits under ``heading`` (its heading path extends the heading's)."""
    above, below = heading.paragraph.headings, entry.paragraph.headings
    return (
        heading.paragraph.heading_level is not None
        and len(below) > len(above)
        and (below[: len(above)] == above)
    )


# "1.国家级:奖励50万元;", "(二)省级,奖励20万元": a numbered tier under a lead ending in ":".
_TIER_ITEM = re.compile(
    r"^\s*(?:\(?[一二三四五六七八九十\d]{1,2}[)、.])\s*(?:国家|省|市|县|区)级\s*[::,,]"
)


class _DatedHeadings:
    """The time a goal heading states ("(一)第一期目标从2002年到2005年,…", "二、到2020年,主要目标
    如下") governs the numbered items under it that state none of their own."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.stack: list[tuple[int, TimeMention | None]] = []

    def enter(self, paragraph: Paragraph) -> TimeMention | None:
        """The governing heading time of ``paragraph`` (from the headings above it)."""
        level = paragraph.heading_level
        if level is None:
            return self._innermost()
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        governing = self._innermost()
        self.stack.append((level, _goal_heading_time(paragraph.text, self.ctx)))
        return governing

    def _innermost(self) -> TimeMention | None:
        return next((time for _, time in reversed(self.stack) if time is not None), None)


_GOAL_HEADING = re.compile(r"目标|任务|指标|阶段|第[一二三四五六七八九十]+期")


def _wrapped_time(
    paragraph: Paragraph, carried: TimeMention | None, ctx: DocContext
) -> TimeMention | None:
    """ "到2033年,全县新建…120公里," / "改造…300户。": a line that breaks off at a comma goes on
    in the next one, which its time governs (the last future point it states, else the one it
    carried itself); None when the line ends a sentence or is a heading."""
    text = paragraph.text.rstrip()
    if paragraph.heading_level is not None or not text.endswith((",", ",", "、")):
        return None
    year = ctx.document_year
    points = [
        mention
        for mention in find_time_mentions(text)
        if mention.kind == "point"
        and mention.last is not None
        and (year is None or mention.last.year >= year)
    ]
    return points[-1] if points else carried


def _own_heading_time(paragraph: Paragraph, ctx: DocContext) -> TimeMention | None:
    """ "(一)近期目标(2031年)。全市新建…。改造…": the time a goal heading states in its first
    sentence dates the sentences after it in the same paragraph (as it dates the items below)."""
    if paragraph.heading_level is None or not re.search(r"[。;]\s*\S", paragraph.text):
        return None
    return _goal_heading_time(paragraph.text, ctx)


# A line that leads a list of goals and ends with a colon: "到2031年,实现以下目标:", "2031年底前,
# 要达到以下目标:", "到2031年,主要目标如下:".
_LIST_LEAD = re.compile(
    # "2031年:", "2031年度目标任务:": a bare year alone on its line heads that year's items
    r"^\s*(?:19|20)\d{2}\s*年度?(?:[\u4e00-\u9fff]{0,4}(?:目标|任务|指标|安排))?\s*[::]\s*$|"
    r"^\s*(?:(?:到|至)(?:19|20)\d{2}\s*年(?:底|末)?|(?:19|20)\d{2}\s*年(?:底|末)?(?:前|以前))\s*[,,]?"
    r"(?:[^。;]{0,24}?(?:以下|如下)[^。;]{0,8}|"
    # "到2031年:", "到2031年,全县实现:": the time and at most a short subject and verb
    r"(?:[\u4e00-\u9fff]{0,4}(?:要|力争|努力)?(?:实现|达到|完成|确保))?)[::]\s*$"
)


# A line that leads a list of the conditions a reward or a status asks for: "对符合下列条件之一的企业,
# 给予资金扶持:", "申报企业应具备以下条件:", "认定标准如下:".
_CRITERIA_LEAD = re.compile(
    r"(?:符合|具备|满足|达到|同时具备|须|应)(?:以下|下列|如下)[^。;::]{0,8}?(?:条件|标准|要求|情形)"
    r"|(?:申报|申请|认定|评选|奖励|补助|扶持|支持)(?:的)?(?:基本)?(?:条件|标准|范围)(?:如下|为)?\s*[::]\s*$"
)


class _CriteriaList:
    """Whether a paragraph is an item of a list of criteria (below a lead ending in a colon
    that announces conditions): its figures say who qualifies ("(一)年纳税额超过1000万元"),
    not what the plan will reach.  The list closes like a list lead's (``_ListLeadTime``)."""

    def __init__(self) -> None:
        self.active = False
        self.level: int | None = None
        self.plain = False

    def enter(self, paragraph: Paragraph) -> bool:
        text, level = paragraph.text, paragraph.heading_level
        if text.rstrip().endswith((":", ":")):
            self.active = bool(_CRITERIA_LEAD.search(text))
            self.level, self.plain = None, False
            return False
        if not self.active:
            return False
        if level is None:
            if self.level is None:
                self.plain = True
        elif self.level is None and not self.plain:
            self.level = level
        elif level != self.level:
            self.active = False
        return self.active


class _ListLeadTime:
    """The year a list lead states ("到2031年,实现以下目标:") governs the items listed under it
    that state none of their own: the numbered items of one level right below the lead, or the
    plain lines below it when no numbered item comes first; a heading of another level or the
    next line ending in a colon closes the list."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.time: TimeMention | None = None
        self.level: int | None = None
        self.plain = False  # plain lines were listed (no numbered item)

    def enter(self, paragraph: Paragraph) -> TimeMention | None:
        text, level = paragraph.text, paragraph.heading_level
        if level is None and _LIST_LEAD.match(text):
            self.time, self.level, self.plain = self._lead_time(text), None, False
            return None
        if self.time is None:
            return None
        if text.rstrip().endswith((":", ":")):
            self.time = None
        elif level is None:
            if self.level is None:
                self.plain = True
        elif self.level is None and not self.plain:
            self.level = level
        elif level != self.level:
            self.time = None
        return self.time

    def _lead_time(self, text: str) -> TimeMention | None:
        first = find_time_mentions(text)
        if not first or first[0].kind != "point" or first[0].last is None:
            return None
        year = self.ctx.document_year
        return first[0] if year is None or first[0].last.year >= year else None


# "到2031年:", "2031年底前:": a time alone, leading the list below a named goal heading.
_TIME_LEAD_AFTER_HEADING = re.compile(
    r"^\s*(?:到|至)?(?:19|20)\d{2}\s*年(?:底|末)?(?:前|以前)?\s*[::]\s*$"
)


def _goal_heading_time(text: str, ctx: DocContext) -> TimeMention | None:
    """A future point or range in the first sentence of a heading about goals, else None."""
    first, *rest = re.split(r"[。;]", text, maxsplit=1)
    if not _GOAL_HEADING.search(first):
        return None
    if rest and _TIME_LEAD_AFTER_HEADING.match(rest[0]) and not find_time_mentions(first):
        # "(一)近期目标。到2031年:": the heading's time follows its name, before the list
        first = rest[0]
    year = ctx.document_year
    for mention in find_time_mentions(first):
        if mention.kind in ("point", "range") and mention.last is not None:
            return mention if year is None or mention.last.year >= year else None
    return None


def _read_tasks_and_targets(
    entry: _Entry,
    ctx: DocContext,
    found: _Body,
    has_items: bool,
    heading_time: TimeMention | None = None,
) -> None:
    """Targets of each task piece (with that piece's units); a piece without one is a task.

    A heading with items below it is not a task itself (its items are).  ``heading_time`` is
    the time a goal heading above states; it dates the numbers that state no time themselves.
    """
    paragraph = entry.paragraph
    pieces = _task_pieces(entry)
    noted = sum(note is not None for _, note in pieces)
    for position, (piece, note) in enumerate(pieces):
        defaults = Defaults(
            section=paragraph.section,
            lead_units=note.lead if note else [],
            support_units=note.support if note else [],
            deadline=heading_time.last if heading_time else None,
            deadline_text=heading_time.text if heading_time else None,
        )
        targets = target_rules.targets_in_piece(piece, ctx, defaults)
        found.targets.extend(targets)
        if note is None or ctx.is_commendation or entry.continues_item:
            continue
        if targets and not _has_duty_without_number(piece):
            continue
        if _GOALS_NAMED.match(piece.text):
            continue  # B44-5: "一、2031年全市经济和社会发展的主要目标": the goals' name, no duty
        if has_items and task_rules.is_heading_only(paragraph, piece):
            continue
        runs_to_end = piece.start + len(piece.text.rstrip()) >= ctx.content_end
        if runs_to_end and not re.search(r"[。;!?)]\s*$", piece.text):
            continue  # the unfinished last sentence of a cut-off text names no task
        record = task_rules.task(
            paragraph, piece, note, ctx, first_piece=position == 0, split_item=noted > 1
        )
        if record is not None:
            found.tasks.append(record)


# B44-5: a heading or sentence that only names the goals below it ("今年我市经济社会发展的主要目标。")
_GOALS_NAMED = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]{1,2}[)、.])?"
    r"[^。;,,]{0,30}?(?:主要|预期|发展|总体|工作)目标(?:任务)?(?:是|为|如下)?\s*[。::]?\s*$"
)


def _has_duty_without_number(piece: Piece) -> bool:
    """A task paragraph that opens with a duty of its own before its numbers ("推广家庭医生签约
    服务。…实施16个卫生院改扩建项目"): the duty is a task, the numbers its targets."""
    text = re.sub(r"^\s*(?:\(?\d{1,2}[)、.]|\([一二三四五六七八九十]+\))", "", piece.text)
    sentences = [s for s in re.split(r"(?<=[。;])", text) if s.strip(" 。;")]
    if sentences:
        sentences[0] = re.sub(r"^\s*[一二三四五六七八九十]+、", "", sentences[0])
    if len(sentences) >= 2 and not re.search(r"\d", sentences[0]):
        return not _GOALS_NAMED.match(sentences[0])
    # "…开工建设甲、乙等重点项目。…": a numberless duty of its own among the numbered sentences;
    # "对地区生产总值增长5%以上、…等预期目标完成情况进行监测和督导": a duty whose objects are the
    # numbers (B34-1)
    return any(
        _MONITORING_DUTY.search(sentence)
        or (
            len(sentences) >= 2
            and not re.search(r"\d", sentence)
            and _ACTION_OPENING.match(sentence)
            and len(re.sub(r"[^\u4e00-\u9fff]", "", sentence)) >= 12
        )
        for sentence in sentences
    )


# "开工建设…", "加快推进…等重大项目": a sentence that opens with what is to be done (an indicator
# without its number, "城乡居民人均可支配收入与经济增长基本同步", is no duty)
_ACTION_OPENING = re.compile(
    r"^\s*(?:开工|加快|推进|推动|建设|建成|完善|实施|开展|加强|建立|健全|落实|启动|深化|组织|强化)"
)


_MONITORING_DUTY = re.compile(
    r"^\s*对[^。;]{6,}?(?:进行|开展|加强|实行)(?:跟踪)?(?:监测|督导|调度|督查|评估|考核)"
)


def _task_pieces(entry: _Entry) -> list[tuple[Piece, UnitNote | None]]:
    """A paragraph split at the unit notes inside it: each note closes the text before it."""
    paragraph = entry.paragraph
    inner = [note for note in notes_in_paragraph(paragraph.text) if note.end < len(entry.body.text)]
    if not inner:
        return [(entry.body, entry.note)]
    pieces: list[tuple[Piece, UnitNote | None]] = []
    start = 0
    for note in inner:
        pieces.append((Piece(paragraph.start + start, paragraph.text[start : note.start]), note))
        start = note.end
    rest = entry.body.text[start:]
    if rest.strip(" 。,;"):
        own = entry.note if entry.own_note else None
        pieces.append((Piece(paragraph.start + start, rest), own))
    return pieces


def _paragraphs_below(entries: list[_Entry], index: int) -> list[str]:
    """The paragraphs after one, up to the next numbered heading (what "以下" points at), at
    most the ``LISTED_BELOW_LINES`` a list is looked for in: every paragraph to the heading, for
    each of 3,000 reward lines without one, took 9 s."""
    below: list[str] = []
    for entry in entries[index + 1 : index + 1 + LISTED_BELOW_LINES]:
        if entry.paragraph.heading_level is not None and not re.match(
            r"^第[一二三四五六七八九十]+类", entry.paragraph.text
        ):
            break
        below.append(entry.paragraph.text)
    return below


@dataclass
class _Entry:
    """A body paragraph with the unit note that governs it (its own, a note line, a heading's)."""

    paragraph: Paragraph
    body: Piece
    note: UnitNote | None = None
    own_note: bool = False
    is_note_line: bool = False
    continues_item: bool = False  # a paragraph of a numbered item whose note line follows it


def _attach_notes(paragraphs: list[Paragraph]) -> list[_Entry]:
    """Find each paragraph's units: a trailing "(牵头单位:…)", a "责任单位:…" line after the
    task, or the note of an enclosing heading."""
    entries: list[_Entry] = []
    for paragraph in paragraphs:
        field = _FIELD_LINE.match(paragraph.text.strip())
        if (
            field is not None
            and entries
            and (
                entries[-1].is_note_line
                or field["person"]
                or (field["limit"] and entries[-1].note is not None)
            )
        ):
            # "责任领导:张三", "完成时限:2031年12月底" among an item's note lines, or after an item
            # closed by its own note "(牵头单位:…)": fields of the note (a leader by name is no
            # unit and no task; the time limit is the note's)
            note = entries[-1].note if entries[-1].is_note_line or field["limit"] else None
            if field["limit"] and note is not None and not note.when:
                note.when = paragraph.text.strip()
            continue
        line_note = _note_line(paragraph.text)
        if line_note is None and paragraph.heading_level is None and entries:
            above = entries[-1]
            if above.note is None and _under_item(entries):
                # "一、推进…" then "县农业农村局牵头负责,各乡镇人民政府具体落实。": the item's note;
                # "(一)开展…" then its body line, then "由区市场监管局牵头,区发改局配合。" (attack37)
                line_note = _unit_sentence_note(paragraph.text)
        if line_note is not None:
            previous = entries[-1] if entries else None
            if previous is not None and previous.is_note_line:
                # "牵头单位:A" then "责任单位:B": one note for the task above both lines.
                merged = parse_unit_note(f"{previous.paragraph.text};{paragraph.text}")
                if merged is not None:
                    _replace_note(entries, previous.note, merged)
                    line_note = merged
            entries.append(_Entry(paragraph, Piece(paragraph.start, ""), line_note, True, True))
            _give_note_backwards(entries, line_note)
            continue
        note = trailing_note(paragraph.text) or _heading_note(paragraph)
        body_text = paragraph.text[: note.start] if note and note.end else paragraph.text
        if note is not None and not body_text.strip() and _names_a_plan(entries):
            # "某县…专项行动方案" then "(县自然资源局牵头)": the unit leads the plan titled above
            entries[-1].note = note
            entries.append(_Entry(paragraph, Piece(paragraph.start, ""), note, True, True))
            continue
        entries.append(_Entry(paragraph, Piece(paragraph.start, body_text), note, note is not None))
    _add_standing_units(entries)
    _inherit_heading_notes(entries)
    return entries


def _under_item(entries: list[_Entry]) -> bool:
    """Whether the last entries run back to a heading with no unit note on the way: a line
    naming only units then closes that item (its heading, or its body lines below it)."""
    for entry in reversed(entries):
        if entry.note is not None or entry.is_note_line:
            return False
        if entry.paragraph.heading_level is not None:
            return True
    return False


# The title of one of the plans a notice issues, on a line of its own: "某县…专项行动方案".
_PLAN_TITLE_LINE = re.compile(
    r"^[^,,。;;::!?()()]{4,60}(?:行动方案|实施方案|工作方案|方案|行动计划|工作计划|工作要点)$"
)


def _names_a_plan(entries: list[_Entry]) -> bool:
    """Whether the paragraph above is a plan's title line that no unit note governs yet."""
    if not entries:
        return False
    above = entries[-1]
    return (
        above.note is None
        and above.paragraph.heading_level is None
        and bool(_PLAN_TITLE_LINE.match(above.paragraph.text.strip()))
    )


# "(市生态环境局牵头,…县(市、区)政府负责落实。以下均需县(市、区)政府落实,不再列出)": the bodies
# named so support every later item, though the later notes leave them out.
_STANDING_UNITS = re.compile(
    r"以下(?:均|都)?(?:需|须|由)(?P<units>[^,,。;]{2,40}?)(?:负责落实|落实|负责)[,,]?不再(?:一一)?列出"
)


def _add_standing_units(entries: list[_Entry]) -> None:
    standing: list[str] = []
    for entry in entries:
        note = entry.note
        if standing and note is not None and entry.own_note:
            missing = [u for u in standing if u not in note.lead and u not in note.support]
            if missing:
                entry.note = UnitNote(
                    note.lead, note.support + missing, note.start, note.end, note.when
                )
        stated = _STANDING_UNITS.search(entry.paragraph.text)
        if stated:
            standing = [u for u in split_unit_list(stated["units"]) if looks_like_unit(u)]


# A department named without its government ("财政局", "科工信局"), as a county's own notes
# write them: the document's level word (县, 区, 市) is what the name leaves out.
_BARE_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:局|委|办)$")
_BARE_PROVINCIAL = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:厅|局|委|办)$")
_LEVEL_START = re.compile(r"^(?:[省市县区州镇乡旗]|各|国家|中央|全国)")


# "区政府第38次常务会议", "区委全会", "县人民政府": the government a text calls its own.
_OWN_GOVERNMENT = re.compile(r"([县区市])(?:人民政府|政府|委(?![员托])|人大)")


def _own_level_word(text: str) -> str | None:
    """Without a region, the level word of the government the text keeps naming as its own
    (县, 区 or 市), when one is named at least twice as often as any other."""
    counts = {word: 0 for word in "县区市"}
    for match in _OWN_GOVERNMENT.finditer(text):
        counts[match.group(1)] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    top, runner = ranked[0], ranked[1]
    return top[0] if top[1] >= 2 and top[1] >= 2 * runner[1] else None


def _qualify_bare_departments(entries: list[_Entry], ctx: DocContext) -> None:
    region = ctx.region or ""
    level = region[-1:] if region[-1:] in ("县", "区", "市", "省") else None
    if level is None and not region:
        level = _own_level_word(ctx.text)
    if level is None:
        return
    prefixes = ctx.region_prefixes
    # "(财政厅牵头)" in a province's division of work: a 厅 is a provincial department
    bare = _BARE_PROVINCIAL if level == "省" else _BARE_DEPARTMENT
    seen: set[int] = set()
    for entry in entries:
        note = entry.note
        if note is None or id(note) in seen:
            continue
        seen.add(id(note))
        units = note.lead + note.support
        if not all(_bare(name, prefixes, bare) for name in units):
            continue  # "市质监局、工商局": a shared prefix is already spread over the list
        for names in (note.lead, note.support):
            for k, name in enumerate(names):
                names[k] = level + name


def _bare(name: str, prefixes: list[str], bare: re.Pattern[str] = _BARE_DEPARTMENT) -> bool:
    return (
        bool(bare.match(name))
        and not _LEVEL_START.match(name)
        and not any(name.startswith(prefix) for prefix in prefixes)
    )


def _replace_note(entries: list[_Entry], old: UnitNote | None, new: UnitNote) -> None:
    for entry in entries:
        if entry.note is old:
            entry.note = new


def _heading_note(paragraph: Paragraph) -> UnitNote | None:
    """ "一、县示范区管委会牵头工作(8项)": the unit of every item below the heading."""
    if paragraph.heading_level is None:
        return None
    named = task_rules.heading_units(paragraph.text)
    units = split_unit_list(named) if named else []
    if not units or not all(looks_like_unit(unit) for unit in units):
        return _body_heading(paragraph)
    return UnitNote(lead=units)


# "(一)县体育局" over "负责全民健身工作的统筹协调…": a division of labour whose headings are the
# bodies and whose paragraphs are their duties. Only a body of the document's own level (a level
# word first, or 各…) and a heading that holds nothing else; a group (领导小组, 指挥部) heads its
# membership, not its duties.
_BODY_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d{1,2}[.、])\s*"
    r"(?P<name>[省市县区镇乡各][^,。;::()]{2,28}?)\s*[。::]?\s*$"
)


def _body_heading(paragraph: Paragraph) -> UnitNote | None:
    match = _BODY_HEADING.match(paragraph.text.strip())
    if match is None:
        return None
    names = split_unit_list(match["name"])
    if not names or not all(
        looks_like_unit(name)
        and not re.search(r"小组|指挥部|委员会$", name)
        # "五、市政府": the issuer's own government heads a part of its plan, not a duty list
        and not re.fullmatch(r"[省市县区镇乡](?:人民)?政府", name)
        # "(三)市质量办每半年召开一次联席会议。": a duty sentence, not a body's name
        and not _DUTY_IN_NAME.search(name)
        for name in names
    ):
        return None
    return UnitNote(lead=names)


# Words of a duty or its cadence that no body's name holds.
_DUTY_IN_NAME = re.compile(r"每|召开|举办|开展|完成|推进|建立|\d")


# "责任单位及联系方式:区发改局22355770": a note line that adds how to reach the unit; the label's
# tail and the telephone number are no part of the unit (B37-7).
_CONTACT_LABEL = re.compile(r"(?<=单位|部门)及?联系(?:方式|电话)(?=\s*[::])")
_TELEPHONE = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:[((]?0\d{2,3}[))\-—]?)?\d{7,8}(?!\d)")


def _note_line(text: str) -> UnitNote | None:
    text = _TELEPHONE.sub("", _CONTACT_LABEL.sub("", text))
    match = _NOTE_LINE.match(label_brackets(text).strip())
    if match is None:
        return None
    return parse_unit_note(match["body"])


# A labelled field of an item's note block: its leader by name, its time limit.
_FIELD_LINE = re.compile(
    r"^(?:(?P<person>(?:责任|分管|牵头|联系)(?:[省市县区])?领导|责任人|联系人)"
    r"|(?P<limit>(?:完成|办结|工作)?(?:时限|时间|期限)(?:节点|要求)?|时间节点))\s*[::]\s*\S"
)
# A line that only says who does the item above it: "县农业农村局牵头负责,各乡镇人民政府具体落实。",
# "由县教育局负责。", "县发改局牵头,县财政局、县统计局配合。"
_UNIT_SENTENCE = re.compile(
    r"^(?:由)?(?P<lead>[^,,。;;::()()]{2,60}?)(?:牵头负责|牵头|负责落实|负责实施|负责)"
    r"(?:[,,;;](?:由)?(?P<support>[^,,。;;::()()]{2,80}?)(?:具体落实|负责落实|具体实施|"
    r"配合|参与|协助|协同|落实))?[。.]?\s*$"
)


# B44-5: "由市人民政府各相关部门,各县(市)、区人民政府负责落实。": lists a comma joins, one verb
_LISTS_SENTENCE = re.compile(
    r"^由(?P<lead>[^,,。;;::]{2,40}(?:[,,][^,,。;;::]{2,40}){1,3}?)"
    r"(?:负责落实|负责实施|负责)(?P<support>)[。.]?\s*$"
)


def _unit_sentence_note(text: str) -> UnitNote | None:
    """The units of a line that names them and nothing else, every name a unit's."""
    match = _UNIT_SENTENCE.match(text.strip()) or _LISTS_SENTENCE.match(text.strip())
    if match is None:
        return None
    lead = split_unit_list(match["lead"])
    support = split_unit_list(match["support"]) if match["support"] else []
    if not lead or not all(looks_like_unit(unit) for unit in lead + support):
        return None
    return UnitNote(lead, support)


def _give_note_backwards(entries: list[_Entry], note: UnitNote) -> None:
    """A note on its own line belongs to the task paragraphs just above it.

    When they run back to a numbered item that states a duty of its own ("(一)深入推进….加快….",
    then "推进….", then the note line), the item is ONE task: the paragraphs below its first are
    its continuation (hard-wrapped or split at a full stop), not tasks of their own."""
    given: list[_Entry] = []
    for entry in reversed(entries[:-1]):
        if entry.note is not None or entry.is_note_line:
            return
        entry.note = note
        if entry.paragraph.heading_level is not None:
            heading = entry.paragraph.headings[-1] if entry.paragraph.headings else ""
            if len(entry.body.text.strip()) > len(heading) + 8 or _DUTY_HEADING.match(heading):
                # "(一)开展质量品牌提升行动。", a body line, the note line: one item, one task
                for continued in given:
                    continued.continues_item = True
            return
        given.append(entry)


# "(一)开展…", "2.加强…": an item heading that states a duty (the task its note leads), not a
# chapter's name ("二、保障措施", whose body lines are the tasks)
_DUTY_HEADING = re.compile(
    r"^\s*(?:\(?[一二三四五六七八九十\d]{1,3}[)、.])\s*"
    r"(?:开展|加强|推进|推动|加快|建设|建成|建立|健全|完善|实施|落实|启动|深化|组织|强化|提升|"
    r"培育|打造|优化|扩大|促进|做好|抓好|提高|创建|发展|构建|筹建)"
)


def _inherit_heading_notes(entries: list[_Entry]) -> None:
    by_heading: dict[str, UnitNote] = {}
    for entry in entries:
        paragraph = entry.paragraph
        if entry.note is None:
            for depth in range(len(paragraph.headings) - 1, -1, -1):
                key = " / ".join(paragraph.headings[: depth + 1])
                if key in by_heading:
                    entry.note = by_heading[key]
                    break
        elif (
            paragraph.heading_level is not None
            and entry.own_note
            and paragraph.section
            and len(entry.body.text) <= len(paragraph.headings[-1]) + 2
        ):
            by_heading[paragraph.section] = entry.note


def _notice_wrapper_end(ctx: DocContext) -> int:
    """Where the plan starts inside a "关于印发…的通知": after the notice's signing date.

    Counts in the covering notice ("现将243项工作任务予以分解印发") describe the document, they
    are not goals of the plan. The text above the 落款 is such a wrapper only when it is one: a
    plan signed at its end, with only an annex (a table) after the 落款, holds its own goals and
    sections above it, and these are read; the annex adds to them (0: no wrapper).
    """
    wrapper = _NoticeWrapper()
    for paragraph in ctx.paragraphs[:40]:
        wrapper.enter(paragraph)
        if wrapper.seen_notice and _DATE_LINE.fullmatch(paragraph.text.strip()):
            if wrapper.holds_plan():
                return 0
            # Only a date early in the text closes a wrapper; a date at the end signs the plan.
            return paragraph.end if paragraph.end < 0.6 * len(ctx.text) else 0
    return 0


# "1.某县某专项行动方案" under "附件:": the annexed plans a notice lists, not sections of its own.
_ANNEXED_TITLE = re.compile(r"(?:方案|办法|计划|规划|意见|细则|要点|清单|表|规定|措施|通知)\)?$")
# A covering notice is short: its prose past this many characters is a plan of its own.
_WRAPPER_MAX_CHARS = 1500


@dataclass
class _NoticeWrapper:
    """What the text above a notice's 落款 holds, from the notice's first line on."""

    seen_notice: bool = False
    in_annex_list: bool = False  # after "附件:", the lines name the annexes
    headings: int = 0  # the plan's own section headings ("一、主要目标", "(一)…", "1.…")
    chars: int = 0

    def enter(self, paragraph: Paragraph) -> None:
        text = paragraph.text.strip()
        if not self.seen_notice:
            self.seen_notice = bool(_NOTICE.search(re.sub(r"《[^》]*》", "", text)))
            return
        if _ANNEX_LINE.match(text):
            self.in_annex_list = True
            return
        if self.in_annex_list:
            return
        if paragraph.heading_level is not None and not _ANNEXED_TITLE.search(text):
            self.headings += 1
        self.chars += len(text)

    def holds_plan(self) -> bool:
        """Sections or the length of a plan: the text is the plan, signed. A dated goal alone
        is not: a covering notice may restate its plan's headline goal ("确保到某年…")."""
        return self.headings >= 2 or self.chars > _WRAPPER_MAX_CHARS


def _is_background(paragraph: Paragraph) -> bool:
    """Sections about the past ("发展现状", "工作基础") state achievements, not commitments."""
    return any(_BACKGROUND_HEADING.search(heading) for heading in paragraph.headings)


def _is_wrapper(paragraph: Paragraph, ctx: DocContext) -> bool:
    return bool(_SKIP_LINE.match(paragraph.text)) or _is_title_or_signature(paragraph, ctx)


# "…现印发给你们,请认真贯彻执行。市政府将于年中、年末对…进行专项督查。": a sentence after the
# issuing one that states when the issuer will act is a duty of its own, not wrapper.
_DUTY_AFTER_ISSUING = re.compile(
    r"印发给你们[^。]*。[^。]*(?:将于|定于|于)(?:年中|年底|年末|年终|\d{1,2}月)[^。]{4,}。"
)


# The issuer line of a 落款 ("某县人民政府办公室", "某市发展和改革委员会  某市财政局") and the date
# line under it ("2031年2月1日", "二〇三一年二月一日").
_SIGNING_NAME = re.compile(
    r"(?:[\u4e00-\u9fff()()]{2,30}?(?:人民政府|政府|办公厅|办公室|委员会|管委会|管理委员会|局|厅|委|办)"
    r"\s*){1,4}"
)
_SIGNING_DATE = re.compile(
    r"(?:(?:19|20)\d{2}|[一二〇○零0]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日"
)


def _is_restated_headline(text: str, whole: str) -> bool:
    """ "2031年某区某奖励项目申报条件_某栏目" over "发布时间:…" and the same words again: a page's
    headline, set twice (once with the site's tag), names the document, not a dated fact (B34-8)."""
    core = re.sub(r"_[^_]{1,12}$", "", text.strip())
    if not 8 <= len(core) <= 60 or re.search(r"[,。;,::]", core):
        return False
    if not re.match(r"(?:19|20)\d{2}年", core):
        return False
    return whole.count(core) >= 2


def _is_title_or_signature(paragraph: Paragraph, ctx: DocContext) -> bool:
    """Titles, doc numbers and dates of the wrapper carry years that are not deadlines."""
    text = paragraph.text
    if re.fullmatch(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发)?", text):
        return True
    if (
        len(text) <= 150
        and ("关于印发" in text or "印发给你们" in text)
        and not _DUTY_AFTER_ISSUING.search(text)
    ) or re.search(r"\d{1,2}月\d{1,2}日印发$", text):
        return True
    title = ctx.meta.title or ""
    if title and (text == title or (len(text) <= 40 and text in title)):
        return True
    if _is_restated_headline(text, ctx.text):
        return True
    if _SIGNING_NAME.fullmatch(text.strip()) and _SIGNING_DATE.match(
        ctx.text[paragraph.end : paragraph.end + 40].lstrip()
    ):
        return True  # the 落款's issuer line, the signing date under it: never a task
    return bool(re.fullmatch(r"[\[(]?(?:19|20)\d{2}\s*[—\-–~]\s*(?:19|20)\d{2}年[)\]]?", text))


def _read_tables(
    ctx: DocContext, tables: list[Table]
) -> tuple[list[TargetRecord], list[MilestoneRecord], list[RecurringRecord]]:
    targets: list[TargetRecord] = []
    milestones: list[MilestoneRecord] = []
    recurring: list[RecurringRecord] = []
    for table in tables:
        for row in table.rows:
            for indicator in row.indicators:
                record = target_rules.indicator_target(indicator, ctx, row.section)
                if record is not None:
                    record.lead_units = list(row.lead_units)
                    record.support_units = list(row.support_units)
                    if table.title == INDICATOR_COLUMNS_TITLE:
                        record.table_row = (table.start, row.number)
                    targets.append(record)
                    continue
                # A goal cell in words: "每年提升2%左右…" (a sentence), "建成" (an event).
                targets.extend(target_rules.indicator_sentence_targets(indicator, ctx, row))
                done = milestone_rules.indicator_milestone(indicator, ctx, row)
                milestones.extend(_supported([done] if done else [], row))
            for offset, cell, deadline in row.target_cells:
                piece = Piece(offset, cell)
                defaults = Defaults(
                    section=row.section,
                    lead_units=row.lead_units,
                    support_units=row.support_units,
                    deadline=deadline,
                    deadline_text=(row.time_text or f"{deadline.year}年") if deadline else None,
                )
                # a row's steps: a count in one (建成1个) is what that year's step builds, no
                # goal whose subject is its bare verb (建成 1个; trial47)
                cell_targets = (
                    [] if row.steps_of_task else target_rules.targets_in_piece(piece, ctx, defaults)
                )
                targets.extend(cell_targets)
                dated = milestone_rules.milestones_in_piece(
                    piece, ctx, row.section, row.lead_units, deadline.year if deadline else None
                )
                if not dated and not cell_targets and deadline is not None:
                    read_cell = (
                        milestone_rules.step_milestone
                        if row.steps_of_task
                        else milestone_rules.cell_milestone
                    )
                    cell_milestone = read_cell(piece, ctx, row, deadline)
                    dated = [cell_milestone] if cell_milestone else []
                milestones.extend(_supported(dated, row))
                recurring.extend(
                    recurring_rules.recurring_in_piece(piece, ctx, row.section, row.lead_units)
                )
            duty = _row_duty(row, ctx)
            recurring.extend([duty] if duty else [])
    return targets, milestones, _windowed_by_headings(recurring, ctx)


def _windowed_by_headings(
    recurring: list[RecurringRecord], ctx: DocContext
) -> list[RecurringRecord]:
    """A table's duties have the table's title for a section, not the headings above it: a duty
    of a table under "(二)实施阶段(2032年3月—2033年6月)" is done in that phase as a sentence
    under it is (``recurring.window_from_headings``)."""
    starts = [paragraph.start for paragraph in ctx.paragraphs]
    windowed = []
    for record in recurring:
        index = bisect.bisect_right(starts, record.span.start) - 1
        windowed.append(recurring_rules.window_from_headings(record, _table_headings(ctx, index)))
    return windowed


_ANNEX_LINE = re.compile(r"^\s*附件")


def _table_headings(ctx: DocContext, index: int) -> list[str]:
    """The headings a table at paragraph ``index`` stands under: none when an annex begins
    between the innermost heading and it (a task table of 附件 after a closing phase belongs to
    the plan, not to that phase)."""
    if index < 0:
        return []
    for back in range(index, -1, -1):
        paragraph = ctx.paragraphs[back]
        if _ANNEX_LINE.match(paragraph.text):
            return []
        if paragraph.heading_level is not None:
            break
    return ctx.paragraphs[index].headings


def _supported(records: list[MilestoneRecord], row: TableRow) -> list[MilestoneRecord]:
    """A row's milestones with the row's 配合单位: the units a milestone's row names are its
    units, the supporting ones as well as the lead (a unit only supporting the row has it)."""
    for record in records:
        record.support_units = list(row.support_units)
    return records


def _row_duty(row: TableRow, ctx: DocContext) -> RecurringRecord | None:
    """ "培育品牌示范企业 | 市甲局 | 每年12月底前": a task row whose time cell recurs ("每年…",
    "每季度") is a duty repeated at that period, named by its task cell."""
    if row.every is None or not row.task or row.target_cells or row.indicators:
        return None
    offset = ctx.text.find(row.task, row.start)
    start = offset if offset >= 0 else row.start
    record = RecurringRecord(
        region=ctx.region,
        title=row.task[:60],
        every=row.every,
        quote=row.task[:120],
        lead_units=list(row.lead_units),
        support_units=list(row.support_units),
        span=Span(start, start + len(row.task), row.section),
    )
    # "每月10日前" in the time cell: the day it states, read as a sentence's is
    return recurring_rules.with_stated_day(record, row.every_text or "", row.task)


# "设立某市市长质量奖评审委员会(以下简称“评委会”)": a body named once in full and then by its
# short name is one unit under its full name (B28-7).
_UNIT_ALIAS = re.compile(
    r"(?:^|[,。;:、(\n])\s*(?P<full>[\u4e00-\u9fff]{2,30}?"
    r"(?:委员会|领导小组|工作小组|办公室|联席会议))\s*\(以下简称\s*[“\"]?(?P<short>[\u4e00-\u9fff]{2,10})[”\"]?\)"
)
# "秘书处设在市市场监督管理局", "办公室设在县发改局": the office a body sits in is a unit of it.
_SEAT = re.compile(
    r"(?:秘书处|办公室|办事机构)(?:\(?[^()]{0,12}\)?)?设在(?P<unit>[\u4e00-\u9fff]{2,20}?(?:局|委|办|厅|中心|部))"
    r"(?=[,。;)]|$)"
)


# "到高新区金融管理局进行备案…由金融管理局、财政局联合审核": a bureau named once with the zone or
# place it belongs to and then without it is one unit under the placed name (B42-14).
_PLACE_BEFORE_BUREAU = r"(?:高新区|开发区|新区|园区|示范区)"


def _placed_forms(extraction: Extraction, text: str) -> dict[str, str]:
    """Bare bureau names (no level word or place before them) that the text also writes with a
    zone before them, mapped to that placed form; only where the text writes one such form."""
    placed: dict[str, str] = {}
    names = set(extraction.units)
    for record in extraction.fact_records():
        names.update(getattr(record, "lead_units", []) or [])
        names.update(getattr(record, "support_units", []) or [])
    for name in names:
        if (
            len(name) < 3
            or name[0] in "省市县区镇乡州旗盟各"
            or not name.endswith(("局", "委", "办"))
        ):
            continue
        forms = {
            m.group(0)
            for m in re.finditer(rf"{_PLACE_BEFORE_BUREAU}{re.escape(name)}", text)
            if m.group(0) != name
        }
        if len(forms) == 1:
            placed[name] = forms.pop()
    return placed


def _full_unit_names(extraction: Extraction, text: str) -> None:
    """Short names defined by "(以下简称“…”)" read as the full name, and the office a body's
    secretariat sits in added to the units."""
    aliases = {
        m["short"]: name
        for m in _UNIT_ALIAS.finditer(text)
        if looks_like_unit(name := re.sub(r"^(?:设立|成立|组建|建立|由)", "", m["full"]))
    }
    seats = [m["unit"] for m in _SEAT.finditer(text) if looks_like_unit(m["unit"])]
    aliases |= _placed_forms(extraction, text)
    if not aliases and not seats:
        return

    def full(names: list[str]) -> list[str]:
        return list(dict.fromkeys(aliases.get(name, name) for name in names))

    for record in extraction.fact_records():
        # every record's units, a milestone's too ("牵头单位:市质量办" under a 以下简称 of it)
        if hasattr(record, "lead_units"):
            record.lead_units = full(record.lead_units)
        if hasattr(record, "support_units"):
            record.support_units = full(record.support_units)
    extraction.units = full(extraction.units + seats)


def _mark_joint_units(extraction: Extraction, notes: list[UnitNote], tables: list[Table]) -> None:
    """A fact whose units are the list of a note or table row that names them only as 责任单位
    ("(责任单位:A、B、C)") is marked ``units_joint``: the text says they answer for it together,
    not that A leads. A list the document also gives with a stated lead stays led (as before)."""
    joint: set[tuple[str, ...]] = set()
    led: set[tuple[str, ...]] = set()
    for note in notes:
        (joint if note.joint else led).add(tuple(note.lead))
    for table in tables:
        for row in table.rows:
            (joint if row.joint else led).add(tuple(row.lead_units))
    answerable = joint - led
    if not answerable:
        return
    for record in extraction.fact_records():
        if isinstance(record, RewardRecord):
            continue  # a reward rule names no units
        if not record.support_units and tuple(record.lead_units) in answerable:
            record.units_joint = True


def _units_of_records(extraction: Extraction) -> None:
    """The units the store will hold: those named on any item or task join the document's units,
    so the upload preview counts what confirming stores (a 配合 unit of a duty only)."""
    names = list(extraction.units)
    for record in extraction.fact_records():
        names.extend(getattr(record, "lead_units", []))
        names.extend(getattr(record, "support_units", []))
    # "市直各有关单位" leads the tasks it closes but names no unit of the document (B38-3)
    extraction.units = list(dict.fromkeys(n for n in names if n and not is_level_bodies(n)))


def _all_units(ctx: DocContext, notes: list[UnitNote], tables: list[Table]) -> list[str]:
    """Every distinct responsible unit: task notes, table cells, coordinating bodies in prose."""
    names: list[str] = []
    for note in notes:
        names.extend(note.lead + note.support)
    for table in tables:
        for row in table.rows:
            names.extend(row.lead_units + row.support_units)
    names.extend(units_in_prose(ctx.text, ctx.region_prefixes, ctx.region))
    seen: dict[str, None] = {}  # in order, each once (a list's ``in`` was quadratic)
    for name in names:
        name = name.strip()
        if name:
            seen.setdefault(name)
    return list(seen)
