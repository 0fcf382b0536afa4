"""General task, unit and condition forms of stop 53 (corpus/unseen/FAILURES.md, "Stop 53"): rules
chosen from aggregate failure classes of the validation split (tasks and units with nothing
predicted, conditions with nothing predicted) and written against invented text of common forms
of Chinese plans and reward rules, not against one document.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_HEAD = (
    "青禾县人民政府办公室关于印发青禾县特色产业发展工作方案的通知\n"
    "各乡镇人民政府,县直各部门:\n"
    "一、工作目标\n"
    "到2032年,全县特色产业产值达到50亿元。\n"
    "二、工作任务\n"
)
_TAIL = "青禾县人民政府办公室\n2031年3月2日\n"


def _tasks(body: str) -> list[tuple[str, list[str], list[str]]]:
    extraction = extract_text(_HEAD + body + _TAIL, "x.txt")
    return [(task.title, task.lead_units, task.support_units) for task in extraction.tasks]


def _units(body: str) -> list[str]:
    return list(extract_text(_HEAD + body + _TAIL, "x.txt").units)


def test_a_time_opening_the_sentence_does_not_hide_the_body_given_the_duty() -> None:
    """T55-1: "2032年初,县农业局将在…基础上,组织开展…": the time before the body."""
    tasks = _tasks(
        "(一)2032年初,县农业局将在各单位自查的基础上,组织开展年度目标完成情况综合评价。\n"
    )
    assert tasks == [("在各单位自查的基础上,组织开展年度目标完成情况综合评价", ["县农业局"], [])]


def test_a_deadline_opening_the_sentence_is_left_to_the_dated_step() -> None:
    """T55-1 guard: "年底前,县甲局要完成…" is a dated step (a milestone), not read as a task by
    the time-opening rule."""
    tasks = _tasks("(一)年底前,县农机局要完成农机购置补贴资金兑付。\n")
    assert tasks == []


def test_the_body_after_you_is_the_doer_whatever_its_verb() -> None:
    """T55-2: "由<body><verb>…": 统筹, 审核 after a topic, 制定 closing the sentence."""
    tasks = _tasks(
        "(一)由县发改局统筹推进产业园区建设。\n"
        "(二)奖补资金的申报由县农业农村局审核。\n"
        "(三)具体实施方案由县林业局制定。\n"
    )
    assert tasks == [
        ("统筹推进产业园区建设", ["县发改局"], []),
        ("奖补资金的申报审核", ["县农业农村局"], []),
        ("具体实施方案制定", ["县林业局"], []),
    ]


def test_a_body_working_with_another_on_what_it_checks() -> None:
    """T55-2: "由甲局会同乙局对…进行验收": the lead, the body it works with, the check."""
    tasks = _tasks("(一)由县乡村振兴局会同县财政局对项目实施情况进行验收。\n")
    assert tasks == [("对项目实施情况进行验收", ["县乡村振兴局"], ["县财政局"])]


def test_an_audit_of_what_the_body_oversees() -> None:
    """T55-2: "由县审计局对资金使用情况进行审计监督"."""
    tasks = _tasks("(一)由县审计局对资金使用情况进行审计监督。\n")
    assert tasks == [("对资金使用情况进行审计监督", ["县审计局"], [])]


def test_a_verb_without_you_is_no_duty() -> None:
    """T55-2 guard: "县甲局审核…" without 由 (a heading, or what was done) is not read by the rule."""
    assert _tasks("(一)县农业农村局审核后报县政府。\n") == []


def test_departments_opening_a_sentence_with_directed_work() -> None:
    """T55-3: "县甲局、县乙局分别做好…", "县丙部加强…": the departments and their work."""
    tasks = _tasks(
        "(一)县市场监管局、县税务局分别做好市场主体登记和税收服务工作。\n"
        "(二)县委宣传部加强政策宣传,营造良好氛围。\n"
    )
    assert tasks == [
        ("做好市场主体登记和税收服务工作", ["县市场监管局", "县税务局"], []),
        ("加强政策宣传,营造良好氛围", ["县委宣传部"], []),
    ]
    assert {"县市场监管局", "县税务局", "县委宣传部"} <= set(
        _units(
            "(一)县市场监管局、县税务局分别做好市场主体登记和税收服务工作。\n"
            "(二)县委宣传部加强政策宣传,营造良好氛围。\n"
        )
    )


def test_a_verb_closed_by_de_or_le_is_no_directed_work() -> None:
    """T55-3 guards: "…是县政府建立的专项资金" describes a fund; "县甲局建立了台账" is done."""
    assert _tasks("(一)产业引导资金是县政府建立的用于促进产业发展的专项资金。\n") == []
    assert _tasks("(一)县商务局建立了重点项目台账。\n") == []


def test_a_government_opening_a_sentence_is_not_given_directed_work() -> None:
    """T55-3 guard: "县政府加强…" is the issuer announcing what it will do (as with 要)."""
    assert _tasks("(一)县人民政府加强对产业发展工作的领导。\n") == []


_RULES = (
    "青禾产业园管委会招商引资奖励办法\n"
    "一、奖励标准。1、引进项目固定资产投资1亿元以上的,按投资额的1%奖励给引荐人;"
    "2、对引进融资资金按融资金额的1.5%进行奖励。3、单个项目奖励金最高不超过100万元人民币。\n"
    "二、资金来源。省对新建园区每个补助20万元,不足部分由各园区自行解决。\n"
    "三、附则。本办法自发布之日起施行。\n"
)


def test_a_cap_numbered_with_a_dun_comma_is_a_condition() -> None:
    """C55-1: "3、单个项目奖励金最高不超过100万元" (an item numbered 3、 as 3. or (三) were)."""
    conditions = extract_text(_RULES, "x.txt").conditions
    assert ("overall_cap", "单个项目奖励金最高不超过100万元人民币") in [
        (condition.kind, condition.text) for condition in conditions
    ]


def test_who_pays_what_the_fixed_sums_leave_uncovered() -> None:
    """C55-2: "不足部分由各园区自行解决": a funding split (kind other)."""
    conditions = extract_text(_RULES, "x.txt").conditions
    assert any(
        condition.kind == "other" and "不足部分由各园区自行解决" in condition.text
        for condition in conditions
    )


def test_a_verb_inside_a_body_name_does_not_cut_the_name() -> None:
    """T55-2/3 guard: "县应急管理局", "县市场监督管理局", "县行政审批局" hold verbs of the rules
    (管理, 监督, 审批); the body is still read whole, with the duty after its name."""
    tasks = _tasks(
        "(一)县应急管理局负责全县安全生产监管工作。\n"
        "(二)由县市场监督管理局审核企业申报材料。\n"
        "(三)县城市管理局加强市容环境管理。\n"
    )
    assert tasks == [
        ("全县安全生产监管工作", ["县应急管理局"], []),
        ("审核企业申报材料", ["县市场监督管理局"], []),
        ("加强市容环境管理", ["县城市管理局"], []),
    ]


def test_ying_alone_gives_the_body_its_duty() -> None:
    """T55-4: "县教育局应建立…" as "应当": the body and its duty."""
    assert _tasks("(一)县教育局应建立学前教育督导制度。\n") == [
        ("建立学前教育督导制度", ["县教育局"], [])
    ]


def test_ying_inside_a_word_is_no_duty_verb() -> None:
    """T55-4 guard: 应急, 应用 are words of their own: "县科技局应用…" is no "应" duty, and a
    government's 应 is the issuer's (as with 要)."""
    assert _tasks("(一)县人民政府应加强对产业发展工作的领导。\n") == []
    assert _tasks("(一)县科技局应用新技术改造传统产业取得成效。\n") == []
