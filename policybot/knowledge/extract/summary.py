"""A human-readable rendering of an extraction, for ``policybot extract --format text``."""

from __future__ import annotations

from policybot.knowledge.extract.records import Extraction


def _units(names: list[str]) -> str:
    return "、".join(names) if names else "—"


def describe_extraction(extraction: Extraction) -> str:
    meta = extraction.document
    period = f"{meta.period[0]}—{meta.period[1]}" if meta.period else "—"
    lines = [
        f"标题: {meta.title or '—'}",
        f"文号: {meta.doc_number or '—'}   发文: {meta.issuer or '—'}   地区: {meta.region or '—'}",
        f"成文: {meta.issued or '—'}   施行: {meta.effective or '—'}   规划期: {period}",
        "",
        f"目标 {len(extraction.targets)} 项:",
    ]
    for target in extraction.targets:
        place = target.district or target.region or ""
        amount = f"{target.value:g}" + (f"—{target.value_max:g}" if target.value_max else "")
        lines.append(
            f"  - [{place}] {target.subject}: {amount}{target.unit or ''}"
            f"  截止 {target.deadline or '—'}  牵头 {_units(target.lead_units)}"
        )
    lines.append(f"时间节点 {len(extraction.milestones)} 项:")
    for milestone in extraction.milestones:
        when = milestone.due or (f"{milestone.start} 起" if milestone.start else "—")
        lines.append(f"  - {when} {milestone.title}  牵头 {_units(milestone.lead_units)}")
    lines.append(f"常规任务 {len(extraction.recurring)} 项:")
    for duty in extraction.recurring:
        lines.append(f"  - ({duty.every}) {duty.title}  牵头 {_units(duty.lead_units)}")
    lines.append(f"奖励 {len(extraction.rewards)} 项:")
    for reward in extraction.rewards:
        money = f"{reward.amount_yuan:g}元" if reward.amount_yuan else (reward.treatment or "—")
        cap = " (最高)" if reward.is_cap else ""
        lines.append(f"  - {reward.achievement}: {money}{cap}")
    for condition in extraction.conditions:
        lines.append(f"  注({condition.kind}): {condition.text}")
    lines.append(f"工作任务 {len(extraction.tasks)} 项:")
    for task in extraction.tasks:
        due = f"  截止 {task.due}" if task.due else ""
        lines.append(
            f"  - {task.title}{due}  牵头 {_units(task.lead_units)}  配合 {_units(task.support_units)}"
        )
    lines.append(f"责任单位 {len(extraction.units)} 个: {_units(extraction.units)}")
    if extraction.warnings:
        lines.append("未能识别: " + "; ".join(extraction.warnings))
    return "\n".join(lines)
