"""General rules for the failure classes first seen on batch 9 (corpus/unseen/FAILURES.md, "Batch 9
fresh").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.metadata import extract_metadata

# --- metadata ----------------------------------------------------------------------------------


def test_a_contact_address_above_the_signature_is_no_co_signer() -> None:
    text = (
        "为做好质量提升工作,我局起草了实施意见(征求意见稿),现公开征求意见。\n"
        "联系电话:0000-1234567\n"
        "地址:青州市城区某某街道某某路东20米青州市市场监督管理局\n"
        "青州市市场监督管理局\n"
        "2031年5月6日\n"
        "关于推进广东省质量强省建设纲要落实的实施意见\n"
    )
    meta = extract_metadata("x.txt", text)
    assert meta.issuer == "青州市市场监督管理局"
    assert meta.region == "青州市"


# --- targets -----------------------------------------------------------------------------------


def _targets(text: str) -> list[tuple[float, str | None]]:
    return [(target.value, target.unit) for target in extract_text(text, "x.txt").targets]


def test_a_distance_in_an_address_is_no_target() -> None:
    text = (
        "某市2031年质量工作要点\n到2031年底,全市新增标准化试点20个。\n"
        "地址:某市城区某某街道长安路东30米某市市场监督管理局\n"
    )
    assert _targets(text) == [(20, "个")]


def test_the_size_of_the_list_a_notice_publishes_is_no_target() -> None:
    text = (
        "经审核,现将符合条件的45家企业(详见附件)进行公示,公示期为5个工作日。\n"
        "经研究,现将2031年度获奖的12个项目予以公布。\n"
        "到2031年底,全市规模以上工业企业达到800家。\n"
    )
    assert _targets(text) == [(800, "家")]


# --- recurring duties --------------------------------------------------------------------------


def test_a_bare_period_opening_a_clause_with_once_is_a_duty() -> None:
    text = (
        "某县2031年重点工作任务分解\n"
        "县督查室要建立督查台账,综合运用明察暗访等手段,月开展一次督查督办,确保任务落实。\n"
        "县统计局要加强数据分析,季召开一次经济运行分析会。\n"
        "2031年5月完成项目验收,9月开展一次回头看。\n"
    )
    recurring = extract_text(text, "x.txt").recurring
    assert sorted((record.every, record.title) for record in recurring) == [
        ("month", "督查督办"),
        ("quarter", "召开经济运行分析会"),
    ]


# --- milestones --------------------------------------------------------------------------------


def _milestones(text: str) -> list[tuple[str, str | None]]:
    return [
        (record.title, record.due.isoformat() if record.due else None)
        for record in extract_text(text, "x.txt").milestones
    ]


def test_a_year_naming_a_list_in_a_run_on_sentence_is_no_deadline() -> None:
    text = (
        "某县人民政府关于印发《2031年县政府工作报告任务分解一览表》的通知\n"
        "各镇人民政府,县政府各部门:\n"
        "县人民代表大会审议通过的《政府工作报告》,全面安排部署了2031年全县各项目标任务,"
        "是推进政府工作的纲领性文件为确保各项年度目标任务落到实处,现将2031年县政府工作报告任务分解"
        "一览表》2031年十件民生实事任务一览表《创建任务一览表》印发给你们请认真贯彻执行\n"
        "全县各级各部门要把目标任务落实作为首要任务。\n"
        "2031年完成重点项目清单的编制和报送。\n"
    )
    assert _milestones(text) == [("完成重点项目清单的编制和报送", "2031-12-31")]


def test_stages_each_opened_by_a_bare_year_are_milestones() -> None:
    text = (
        "某省人民政府关于深化预算管理制度改革的实施意见\n某政发〔2031〕20号\n"
        "2.目标任务。2032年在预算管理改革上取得决定性进展,在优化财政支出结构上取得实质性突破。"
        "2033年基本完成深化预算管理改革的各项任务,在全省构建起全面规范、公开透明的预算制度。"
        "2034年,进一步深化预算公开。\n"
    )
    assert _milestones(text) == [
        ("在预算管理改革上取得决定性进展", "2032-12-31"),
        ("完成深化预算管理改革的各项任务", "2033-12-31"),
    ]


def test_an_objection_deadline_of_a_public_notice_is_a_milestone() -> None:
    text = (
        "拟对我市2031年新入库的工业企业进行奖励,每家企业奖励10万元。现将符合条件的30家企业进行公示,"
        "请有关单位和各界人士在2032年3月14日前通过以下方式提出意见:\n"
        "通过信函方式将意见寄至某市某路1号。\n"
        "某市工业和信息化局\n2032年3月1日\n"
    )
    assert _milestones(text) == [("提出意见", "2032-03-14")]


# --- rewards -----------------------------------------------------------------------------------


def test_one_sum_for_a_counted_list_is_a_total_not_a_sum_each() -> None:
    text = (
        "某市工业和信息化局关于下达2031年工业企业技术改造奖励项目的通知\n各有关单位:\n"
        "经初审、社会公示等环节,现下达奖励计划,对某某科技股份有限公司等120个项目,"
        "安排5600万元予以奖励(详见附件)。\n某市工业和信息化局\n2031年11月14日\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [(r.achievement, r.amount_yuan, r.treatment) for r in rewards] == [
        ("某某科技股份有限公司等120个项目", None, "共5600万元")
    ]


def test_a_report_handed_in_by_a_deadline_is_a_milestone_though_it_names_a_status() -> None:
    text = (
        "某省人民政府关于印发2031年重点工作分工方案的通知\n"
        "各责任单位要制定落实方案,并于2031年6月25日前向省政府报告重点工作进展情况,"
        "12月25日前报告全年落实情况。\n"
    )
    assert [due for _, due in _milestones(text)] == ["2031-06-25", "2031-12-25"]


def test_a_half_year_naming_the_status_reported_is_no_due_date() -> None:
    text = (
        "某省人民政府关于印发2031年重点工作分工方案的通知\n"
        "各责任单位于2031年7月10日前向省政府报告上半年进展情况。上半年完成全省规划编制。\n"
    )
    assert [due for _, due in _milestones(text)] == ["2031-07-10", "2031-06-30"]


# --- tasks -------------------------------------------------------------------------------------


def test_a_duty_then_ju_ti_you_a_body_lead_is_that_bodys_task() -> None:
    text = (
        "某市人民政府关于下达2031年政府工作任务的通知\n"
        "市政府将对各目标任务实施季度通报,具体由市统计局牵头负责。到2031年底,新增企业100家。\n"
    )
    tasks = extract_text(text, "x.txt").tasks
    assert [(task.lead_units, task.title) for task in tasks] == [
        (["市统计局"], "市政府将对各目标任务实施季度通报")
    ]


def _deadlines(text: str) -> list[tuple[float, str | None]]:
    return [
        (target.value, target.deadline.isoformat() if target.deadline else None)
        for target in extract_text(text, "x.txt").targets
    ]


def test_an_undated_paragraph_of_goals_continues_the_year_opening_the_one_before() -> None:
    text = (
        "某市人民政府关于加快学前教育发展的若干意见\n"
        "一、发展目标\n"
        "2031年,全市学前教育入园率达到98%以上。\n"
        "依托社区开展家长培训,城市受训率达到90%以上。\n"
        "农村受训率达到80%以上。\n"
        "二、保障措施\n"
        "全市新建幼儿园20所。\n"
        # a second year written (T49-1: a text writing one year only dates every figure by it)
        "继续执行2030年出台的学前教育条例。\n"
    )
    assert _deadlines(text) == [
        (98, "2031-12-31"),
        (90, "2031-12-31"),
        (80, None),
        (20, None),
    ]


def test_the_same_reward_stated_twice_is_one() -> None:
    text = (
        "某县第五章:专利奖励5万元\n某县第五章:专利奖励5万元\n"
        "第一条 当年获得中国专利奖的,奖励20万元。\n第二条 当年获得省级专利奖的,奖励10万元。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    amounts = sorted(r.amount_yuan or 0 for r in rewards)
    assert amounts == [50000, 100000, 200000]


# --- units -------------------------------------------------------------------------------------


def test_a_meeting_cited_for_what_it_asked_is_no_unit() -> None:
    text = (
        "吉林省人民政府关于2031年重点工作任务责任分工的通知\n"
        "按照省委经济工作会议的部署和省政府第一次常务会议的要求,现就重点工作提出分工意见如下:\n"
        "1.全省地区生产总值增长7%。(牵头单位:省发展改革委)\n"
    )
    assert extract_text(text, "x.txt").units == ["省发展改革委"]


def test_a_groups_office_is_named_not_the_group() -> None:
    text = (
        "吉林省人民政府关于2031年深化改革工作要点的通知\n"
        "1.全面实施清单管理,2031年10月底前编制并公布清单。"
        "(省政府办公厅、省审批制度改革工作领导小组办公室牵头,省级各有关部门按职责分工负责)\n"
    )
    units = extract_text(text, "x.txt").units
    assert "省审批制度改革工作领导小组" not in units
    assert "省审批制度改革工作领导小组办公室" in units


def test_a_kind_of_recipient_and_what_each_is_paid_is_a_reward() -> None:
    text = (
        "关于拨付2031年度专精特新企业奖补资金的通知\n各区工信局:\n"
        "经审核,安排甲公司等15家企业专精特新奖补资金共计300万元,其中国家级专精特新“小巨人”企业"
        "每家50万元,省级专精特新企业每家10万元。\n某市工业和信息化局\n2032年4月1日\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [(r.achievement, r.amount_yuan, r.treatment) for r in rewards] == [
        ("国家级专精特新“小巨人”企业", 500000, "每家"),
        ("省级专精特新企业", 100000, "每家"),
    ]


def test_a_bureaus_work_points_name_its_divisions_as_units() -> None:
    text = (
        "南平市市场监督管理局2031年工作要点\n一、质量强市\n"
        "1.新增省级质量奖企业2家。(牵头科室:质量发展科)\n"
        "2.全年组织质量提升培训4期。(牵头科室:质量发展科,配合科室:办公室)\n"
    )
    targets = extract_text(text, "x.txt").targets
    assert [(t.value, t.lead_units, t.support_units) for t in targets] == [
        (2, ["质量发展科"], []),
        (4, ["质量发展科"], ["办公室"]),
    ]
