"""General rules for the failure classes seen on batch 55's dev part (corpus/unseen/SOURCES.md,
"Batch 55"; FAILURES.md "Batch 55"), chosen for units and tasks assigned without a "(责任单位:X)"
note: the office that takes the problems met in carrying a document out named by "请及时反馈给"
and with a Latin code in its name (B55-1); "由甲部门会同乙部门审批" after the sentence's topic, and
"各级某某部门" charged by a rule (B55-2); a rule's article giving a level's bodies their duty by 应当
or 主管 (B55-3); a second "…是…的责任主体" clause after a comma (B55-4); "甲部门是…的综合部门,主要
负责…" (B55-5); a group named only as "…领导小组成员单位" in the addressees (B55-6); the office that
confirms an applicant's claim ("并报区某某中心确认") or takes the application (B55-7); the
signature block under a table flattened one cell a line read as its last row's next cell (B55-8);
a department's table naming its divisions in a "责任处室" or "牵头处室 | 配合处室" column (B55-9).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text


def _tasks(text: str) -> list[tuple[list[str], list[str], str]]:
    return [
        (task.lead_units, task.support_units, task.title)
        for task in extract_text(text, "x.txt").tasks
    ]


def test_the_office_taking_the_problems_met_is_a_unit() -> None:
    """B55-1: "执行中的问题,请及时反馈给省某某协调小组办公室": that office answers for the document,
    its Latin code (H7N9) part of its name."""
    text = (
        "关于印发青禾省应对禽流感应急预案的通知\n"
        "青禾卫发〔2031〕8号\n"
        "各市卫生局:\n"
        "到2032年底,全面完成某某体系建设,基本实现某某工作规范化。\n"
        "现将预案印发给你们,请认真贯彻执行。执行中的问题,请及时反馈给省应对H7N9禽流感联防联控"
        "协调小组办公室。\n"
        "青禾省卫生厅\n2031年5月1日\n"
    )
    assert "省应对H7N9禽流感联防联控协调小组办公室" in extract_text(text, "x.txt").units


def test_a_progress_report_office_is_still_no_unit() -> None:
    """B55-1 guard: a report sent to an office ("每月5日前反馈给市督查室") is no answering office."""
    text = (
        "青禾市人民政府办公室关于做好某某工作的通知\n"
        "各区人民政府:\n"
        "请各单位每月5日前将进展情况反馈给市督查室。\n"
    )
    assert "市督查室" not in extract_text(text, "x.txt").units


def test_a_body_approving_with_another_after_the_topic_is_a_task() -> None:
    """B55-2: "收费的项目、标准,除另有规定的外,由省甲部门会同省乙部门审批" is the first body's
    task, titled by the verb and what is approved; "由各级丙部门负责管理" charges each level's."""
    text = (
        "青禾省某某收费管理办法\n"
        "第五条 某某收费由各级价格部门负责管理和监督。\n"
        "第七条 某某收费的项目、标准,除国家另有规定的外,由省价格部门会同省财政部门审批。\n"
    )
    tasks = _tasks(text)
    assert (["省价格部门"], ["省财政部门"], "审批某某收费的项目、标准") in tasks
    assert any(lead == ["各级价格部门"] for lead, _, _ in tasks)


def test_bodies_of_all_levels_with_no_field_are_still_no_unit() -> None:
    """B55-2 guard: "各级有关部门负责…" names no body; only "各级<field>部门" is one."""
    text = (
        "青禾省人民政府关于印发某某管理办法的通知\n青禾政发〔2031〕3号\n"
        "到2032年底,全面完成某某体系建设,基本实现某某工作规范化。\n"
        "第五条 某某工作由各级有关部门负责管理和监督。\n青禾省人民政府\n2031年3月1日\n"
    )
    assert _tasks(text) == []


def test_a_rule_article_charges_by_should_and_by_in_charge() -> None:
    """B55-3: "旗县以上人民政府应当加强…", "旗县以上建设行政主管部门主管…" are duties of those bodies;
    "…主管部门" at the end of a name is no verb."""
    text = (
        "青禾自治区村庄规划管理实施办法\n"
        "第四条 旗县以上人民政府应当加强对村庄规划管理的组织领导。\n"
        "旗县以上建设行政主管部门主管本行政区域内的村庄规划管理工作。\n"
    )
    leads = [lead for lead, _, _ in _tasks(text)]
    assert ["旗县以上人民政府"] in leads
    assert ["旗县以上建设行政主管部门"] in leads
    assert ["旗县以上建设行政"] not in leads


def test_the_issuer_saying_what_it_should_do_is_no_task() -> None:
    """B55-3 guard: "市政府应当…" is the issuer itself, as "市政府将…" is."""
    text = (
        "青禾市人民政府关于某某工作的意见\n青禾政发〔2031〕4号\n"
        "到2032年底,全面完成某某体系建设,基本实现某某工作规范化。\n"
        "市政府应当加强对某某工作的组织领导。\n青禾市人民政府\n2031年4月1日\n"
    )
    assert _tasks(text) == []


def test_a_second_subject_clause_after_a_comma_is_read() -> None:
    """B55-4: "甲部门是市级项目的责任主体,乙政府和丙部门是县级项目的责任主体": two tasks."""
    text = (
        "青禾市某某项目管理办法\n"
        "第三条 市直行业主管部门是市级项目的责任主体,县区政府和市行业主管部门是县区级某某项目的"
        "责任主体。\n"
    )
    leads = [lead for lead, _, _ in _tasks(text)]
    assert ["县区政府", "市行业主管部门"] in leads


def test_a_body_placed_in_the_work_then_given_its_duty() -> None:
    """B55-5: "甲部门是…的综合部门,主要负责…,会同乙部门…": the duty is the first body's, the other
    body supports it."""
    text = (
        "青禾市某某项目管理办法\n"
        "第三条 发展改革部门是项目建设管理的综合部门,主要负责项目的申报、综合协调和计划下达,"
        "会同财政部门对项目进度进行调度。\n"
    )
    assert (
        ["发展改革部门"],
        ["财政部门"],
        "项目的申报、综合协调和计划下达",
    ) in _tasks(text)


def test_a_group_addressed_by_its_members_is_no_unit() -> None:
    """B55-6: "区委某某领导小组成员单位:" addresses the members; the group is no unit of it."""
    text = (
        "关于印发青禾区某某建设行动实施方案的通知\n"
        "青禾农办〔2031〕12号\n"
        "各街道办事处,区委实施某某战略领导小组成员单位:\n"
        "到2032年底,全面完成某某体系建设,基本实现某某工作规范化。\n"
        "现将方案印发给你们,请认真贯彻执行。执行中遇到的问题,请径向区农业农村局反映。\n"
    )
    units = extract_text(text, "x.txt").units
    assert "区委实施某某战略领导小组" not in units
    assert "区农业农村局" in units


def test_the_office_confirming_a_claim_is_a_unit() -> None:
    """B55-7: "引荐人需…并报区招商服务中心确认": the office that confirms the claim is a unit."""
    text = (
        "青禾区招商引资引荐人奖励办法\n"
        "第五条 对成功引荐项目落户的引荐人,按项目实际到位资金的1‰给予奖励,最高不超过50万元。"
        "引荐人需填写备案表并报区招商服务中心确认。\n"
    )
    assert "区招商服务中心" in extract_text(text, "x.txt").units


def test_an_office_receiving_a_report_is_still_no_unit() -> None:
    """B55-7 guard: "报送区督查室" sends a report on; only confirming verbs make the office a unit."""
    text = (
        "青禾区招商引资引荐人奖励办法\n"
        "第五条 对成功引荐项目落户的引荐人,按项目实际到位资金的1‰给予奖励,最高不超过50万元。"
        "各单位每季度将落实情况报送区督查室。\n"
    )
    assert "区督查室" not in extract_text(text, "x.txt").units


def test_the_signature_under_a_flattened_table_is_no_cell_of_its_last_row() -> None:
    """B55-8: a task table flattened one cell a line, then "青禾市人民政府办公室" and the date: the
    signature ends the table; the last row keeps its task and the office is no milestone."""
    text = (
        "青禾市人民政府办公室关于印发青禾市某某行动方案的通知\n青禾政办〔2031〕5号\n"
        "各区人民政府,市政府各部门:\n到2032年底,全面完成某某体系建设。\n"
        "序号\n工作任务\n牵头单位\n配合单位\n"
        "1\n建立某某工作机制\n市科技局\n市财政局、市人社局\n"
        "2\n完善某某服务平台\n市商务局\n市市场监管局\n"
        "青禾市人民政府办公室\n2031年5月1日\n"
    )
    extraction = extract_text(text, "x.txt")
    assert (["市商务局"], ["市市场监管局"], "完善某某服务平台") in _tasks(text)
    assert all("人民政府办公室" not in milestone.title for milestone in extraction.milestones)


def test_a_row_whose_time_cell_is_a_date_keeps_it() -> None:
    """B55-8 guard: under a 时限 column the date after the units is the row's due date."""
    text = (
        "青禾市人民政府办公室关于印发青禾市某某行动方案的通知\n青禾政办〔2031〕5号\n"
        "各区人民政府,市政府各部门:\n"
        "序号\n工作任务\n牵头单位\n完成时限\n"
        "1\n建立某某工作机制\n市科技局\n2031年6月30日\n"
        "2\n完善某某服务平台\n市商务局\n2031年9月30日\n"
    )
    dues = sorted(str(m.due) for m in extract_text(text, "x.txt").milestones)
    assert dues == ["2031-06-30", "2031-09-30"]


def test_a_departments_table_charges_its_divisions() -> None:
    """B55-9: "重点工作 | 责任领导 | 责任处室": the 处室 column holds each row's units; the person
    in the 责任领导 column is no unit."""
    text = (
        "青禾省某某厅关于印发2031年全省某某工作要点分工方案的通知\n青禾某厅发〔2031〕5号\n"
        "各市某某局,厅机关各处室:\n到2032年底,全面完成某某体系建设。\n"
        "序号\n重点工作\n责任领导\n责任处室\n"
        "1\n推进某某改革\n张某某\n综合处\n"
        "2\n完善某某监管制度\n李某某\n法规处、监督处\n"
        "五、保障措施\n各处室要加强协调配合。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert (["法规处", "监督处"], [], "完善某某监管制度") in _tasks(text)
    assert "张某某" not in extraction.units


def test_a_lead_and_a_support_division_column() -> None:
    """B55-9: "牵头处室 | 配合处室" split a row's divisions into lead and support."""
    text = (
        "青禾省某某厅关于印发2031年全省某某工作要点分工方案的通知\n青禾某厅发〔2031〕5号\n"
        "各市某某局,厅机关各处室:\n到2032年底,全面完成某某体系建设。\n"
        "序号\n重点工作\n牵头处室\n配合处室\n"
        "1\n推进某某改革\n综合处\n规划处\n"
        "2\n完善某某监管制度\n法规处\n监督处\n"
        "五、保障措施\n各处室要加强协调配合。\n"
    )
    assert (["综合处"], ["规划处"], "推进某某改革") in _tasks(text)
