"""General rules for the failure classes first seen on batch 38's dev part and the open classes of
batch 37 (corpus/unseen/SOURCES.md, "Batch 38"; FAILURES.md "Batch 38"): a policy reading's field
table without colons ("解读单位 某市科学技术局 … 发布日期 2031-07-17") not read as its issuer, region and
date (B38-1); the sizes of the lists a 责任分解 notice splits up ("将《规划》中明确提出的9项具体建设任务和7项
重点建设项目进行责任分解", the heading "应急体系9个具体建设任务") read as goals (B38-2); "市直各有关单位" in a unit note kept as a unit by name
(B38-3); a promise written with 给与 ("对引资者给与奖励") not read, and a rule's principle ("对引进两类
项目的引资者按不同标准给予奖励") read as a reward (B38-4); in an action plan, "开工建设200部" not read (部
unknown as a measure word), "对2030年已达标的街镇" read as the deadline of the goal after it, and the size
of the counted work ("项目50个,约605万平方米,涉及居民6.2万户") read as goals (B38-5); two steps of one
schedule due the same month ("3月底前完成附属工程规划设计,3月底完成附属工程道路建设") read as one (B38-6); a sentence
widening a scope ("…的新增投资也适用本办法") read as a second scope (B38-7); the duty of a body
the text sets up, named after by its short form ("成立…领导组。…领导组协调工程中有关事宜"), not read (B38-8); a prize's sum per person in a headline ("奖金:每人100万提升至300万") read as goals (B38-9); the numbered conditions after
"同时符合以下条件的项目可以申报…奖励:" unread, and an item naming which projects the rules reach read
as `other` (B38-10).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

READING = (
    "解读单位 绍兴市科学技术局 解读类型 部门解读\n"
    "解读方式 图文方式 发布日期 2031-05-12\n"
    "《关于支持科技企业融资的若干措施》政策解读\n"
    "一、政策要点\n"
    "对符合条件的科技企业贷款,财政部门给予贷款利息1%的贴息支持。\n"
)


def test_a_policy_reading_is_issued_by_its_reading_unit_on_its_publication_day() -> None:
    """B38-1: the reading unit of a 解读 page's table is its issuer, the publication day its date."""
    document = extract_text(READING, "x.txt").document
    assert document.issuer == "绍兴市科学技术局"
    assert document.region == "绍兴市"
    assert document.issued == date(2031, 5, 12)


def test_a_publication_day_without_a_reading_unit_is_no_signing_date() -> None:
    """B38-1 guard: a page's "发布日期" alone stays chrome."""
    text = READING.replace("解读单位 绍兴市科学技术局 解读类型 部门解读\n", "")
    assert extract_text(text, "x.txt").document.issued is None


SPLIT_NOTICE = (
    "乙市人民政府办公厅关于印发乙市防灾体系建设规划责任分解的通知\n"
    "经市人民政府同意,现将《乙市防灾体系建设规划》中明确提出的8项具体建设任务和6项重点建设项目进行责任分解。\n"
    "防灾体系8个具体建设任务\n"
    "1.完善预案体系。加强预案管理,到2031年,建成12个重点建设项目。(责任单位:市应急局)\n"
)


def test_the_sizes_of_a_split_list_are_no_targets() -> None:
    """B38-2: "8项具体建设任务和6项重点建设项目进行责任分解" and the heading count the list."""
    values = {t.value for t in extract_text(SPLIT_NOTICE, "x.txt").targets}
    assert not values & {8, 6}


def test_a_count_of_projects_to_build_stays_a_target() -> None:
    """B38-2 guard: "到2031年,建成12个重点建设项目" is a goal."""
    values = {t.value for t in extract_text(SPLIT_NOTICE, "x.txt").targets}
    assert 12 in values


def test_the_bodies_of_a_level_concerned_are_no_unit_by_name() -> None:
    """B38-3: "市直各有关单位" leads the task it closes but names no unit; the governments do."""
    text = SPLIT_NOTICE.replace(
        "(责任单位:市应急局)", "(责任单位:市直各有关单位、各县(市、区)人民政府)"
    )
    extraction = extract_text(text, "x.txt")
    assert "市直各有关单位" not in extraction.units
    assert "各县(市、区)人民政府" in extraction.units
    (task,) = extraction.tasks
    assert "市直各有关单位" in task.lead_units


INVESTMENT_RULE = (
    "丙县招商引资奖励办法\n"
    "第一条 奖励对象\n"
    "对引资人引荐单个外来投资项目固定资产投入800万元以上的,对引资者给与奖励。\n"
    "第二条 奖励原则\n"
    "(一)分行业项目奖励原则。对引进两类行业项目的引资者按不同标准给予奖励。\n"
)


def test_a_promise_written_with_gei_yu_is_a_reward_and_a_principle_is_none() -> None:
    """B38-4: "给与奖励" promises a reward; "按不同标准给予奖励" says how rewards differ."""
    rewards = extract_text(INVESTMENT_RULE, "x.txt").rewards
    assert len(rewards) == 1
    assert rewards[0].amount_yuan is None
    assert "按不同标准" not in rewards[0].achievement


ACTION_PLAN = (
    "丁市宜居城市建设行动方案\n"
    "一、开展改造整治专项行动\n"
    "1.加大整治力度。对2030年已达标的街镇进行提档升级,提档升级街镇比例达到50%以上。\n"
    "2.加快老旧小区改造。到2031年,开工老旧小区改造项目40个,约320万平方米,涉及居民3.5万户。"
    "继续推进既有住宅增设电梯,开工建设150部。会同12部门开展联合检查。\n"
)


def test_an_action_plans_counts_and_descriptions() -> None:
    """B38-5: 部 counts lifts; a year of things already done dates nothing; the size of the
    counted projects and whom they reach are no goals."""
    targets = extract_text(ACTION_PLAN, "x.txt").targets
    by_value = {t.value: t for t in targets}
    assert {50, 40, 150} <= set(by_value)
    assert by_value[150].unit == "部"
    assert not {320, 3.5, 12} & set(by_value)
    assert by_value[50].deadline is None or by_value[50].deadline.year != 2030


SCHEDULE = (
    "体育公园工程实施方案\n"
    "根据县政府关于2031年实施20项民生工程的通知精神,制定本方案。\n"
    "工程具体计划:3月底前完成配套工程规划设计,3月底完成配套工程道路建设;6月份主体工程动工兴建。\n"
    "二、目标任务\n"
    "11月底前完成配套工程规划设计评审。\n"
)


def test_two_steps_due_the_same_month_are_two_milestones() -> None:
    """B38-6: neighbouring clauses due the same month name two steps."""
    milestones = extract_text(SCHEDULE, "x.txt").milestones
    march = [m for m in milestones if m.due == date(2031, 3, 31)]
    assert len(march) == 2


def test_one_step_stated_twice_stays_one_milestone() -> None:
    """B38-6: a step restated in another section joins it; the two March steps stay two."""
    text = SCHEDULE + "三、保障措施\n确保3月底前完成配套工程规划设计。\n"
    milestones = extract_text(text, "x.txt").milestones
    march = [m for m in milestones if m.due == date(2031, 3, 31)]
    assert len(march) == 2


SCOPE_RULE = (
    "戊县招商引资优惠办法(试行)\n"
    "第二条 本办法适用于来县投资经营的县外自然人、法人以及其他经济组织。"
    "县内投资者新建企业的新增投资也适用本办法。\n"
    "第三条 对固定资产投资1000万元以上的项目,给予一次性奖励10万元。\n"
    "第四条 房地产开发项目不适用本办法。\n"
)


def test_a_sentence_widening_a_scope_is_part_of_it() -> None:
    """B38-7: "…也适用本办法" right after "本办法适用于…" is one scope; a later exclusion is its own."""
    conditions = extract_text(SCOPE_RULE, "x.txt").conditions
    scopes = [c for c in conditions if c.kind == "scope"]
    assert len(scopes) == 2
    assert "也适用本办法" in scopes[0].text and "适用于" in scopes[0].text


LEADING_GROUP = (
    "体育公园工程实施方案\n"
    "三、组织领导\n"
    "为加强工程调度和质量,成立柯桥区体育公园建设领导组。组长:张三,副组长:李四。"
    "领导组协调工程中有关事宜,保证工程进度,并对工程质量进行监督。\n"
    "四、计划管理\n"
    "2031年3月底前完成配套工程规划设计。\n"
)


def test_a_set_up_bodys_duty_is_its_task() -> None:
    """B38-8: "领导组协调…" after "成立…领导组" is a task of the body by its full name."""
    extraction = extract_text(LEADING_GROUP, "x.txt")
    (task,) = extraction.tasks
    assert task.lead_units == ["柯桥区体育公园建设领导组"]
    assert "协调工程中有关事宜" in task.title
    assert "柯桥区体育公园建设领导组" in extraction.units


def test_a_body_set_up_without_a_duty_is_no_task() -> None:
    """B38-8 guard: a body only set up (its duty never stated) gives no task."""
    text = LEADING_GROUP.replace("领导组协调工程中有关事宜,保证工程进度,并对工程质量进行监督。", "")
    assert extract_text(text, "x.txt").tasks == []


PRIZE_NEWS = (
    "甲省科学技术奖奖金:每人80万提升至200万\n"
    "甲省人民政府决定修改《甲省科学技术奖励办法》。修改后规定:省科学技术最高奖的奖金为每人200万元。\n"
    "到2031年,全省研发经费投入达到900亿元。\n"
)


def test_a_prize_sum_per_person_is_no_target() -> None:
    """B38-9: "每人80万提升至200万" is what the prize pays each winner; a goal stays a goal."""
    values = {t.value for t in extract_text(PRIZE_NEWS, "x.txt").targets}
    assert not values & {80, 200}
    assert 900 in values


CLAIM_CONDITIONS = (
    "己县招商引资奖励办法\n"
    "第一条 对引资人引荐单个项目固定资产投入600万元以上的,给予一次性奖励5万元。\n"
    "第二条 奖励条件\n"
    "对引资人引进的同时符合以下条件的项目可以申报招商引资奖励:\n"
    "(一)引进县外投资者以独资、合资方式投资于本县的新建项目(不含增资扩股的续建项目)。\n"
    "(二)项目当年完成固定资产投资额的80%以上。\n"
)


def test_numbered_conditions_before_a_claim_are_read() -> None:
    """B38-10: the items after "…的项目可以申报…奖励:" are conditions; one naming which projects
    are reached is `scope`, the others `other`."""
    conditions = extract_text(CLAIM_CONDITIONS, "x.txt").conditions
    kinds = {c.text: c.kind for c in conditions}
    assert (
        kinds.get("引进县外投资者以独资、合资方式投资于本县的新建项目(不含增资扩股的续建项目)")
        == "scope"
    )
    assert kinds.get("项目当年完成固定资产投资额的80%以上") == "other"
