"""General rules for the failure classes first seen on batch 47's dev part (corpus/unseen/SOURCES.md,
"Batch 47"; FAILURES.md "Batch 47"): a page's posting time on the line under its label ("发布时间:"
/ "2031/05/06") read as the signing date (B47-1); a news headline naming the bodies and the work
they issued ("中共某省委 某省人民政府印发《…纲要》") not read as the title (B47-2); a slogan ("从“质量
立县”到“品牌兴县”") read as the county 兴县 (B47-3); a county naming itself by its short name only
once ("结合德清的实际") not placed (B47-4); "市、县政府是…的责任主体" read as no task (B47-7); "<unit>负责每季度…" read as a task besides the repeated duty (B47-8); a check stated to its verb at the end of a text without its full stop ("…进行督查") taken for a cut-off event (B47-9); "到YYYY年:…,创建省级旅游强县" not read as an aim (B47-10); "到YYYY年:" opening a paragraph not dating its later sentences (B47-11); sums per round or per month of each recipient class ("个人单次最高2万元", "本科生每人1500元/月") not read as rewards (B47-13); "(限…)" right after a sum not read as a scope (B47-14).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are used only where the gazetteer must place them.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.jurisdiction import _places_named
from policybot.knowledge.extract.metadata import extract_metadata

_REPOST = (
    "搜索\n"
    "新闻中心\n"
    "中共浙江省委 浙江省人民政府印发《浙江省标准强省建设纲要》\n"
    "文章来源:\n"
    "省政府门户网站\n"
    "发布时间:\n"
    "2031/05/06\n"
    "浏览量\n"
    "近日,中共浙江省委、浙江省人民政府印发了《浙江省标准强省建设纲要》,要求各地结合实际抓好落实。\n"
    "一、总体要求\n"
    "(一)指导思想。以提升标准化水平为主线,着力增强产业竞争力,为高质量发展提供标准支撑。\n"
)


def test_a_posting_time_under_its_label_is_not_the_signing_date() -> None:
    """B47-1: "发布时间:" on one line and the date on the next is when the page was posted."""
    meta = extract_metadata("x.txt", _REPOST)
    assert meta.issued is None


def test_a_signing_date_on_a_line_of_its_own_is_still_read() -> None:
    """B47-1 guard: a bare date line that follows no posting label is still the signing date."""
    text = (
        "某县人民政府关于印发标准化工作方案的通知\n"
        "各乡镇人民政府,县政府各部门:\n"
        "现将《标准化工作方案》印发给你们,请认真贯彻落实。\n"
        "2031年3月4日\n"
    )
    assert extract_metadata("x.txt", text).issued == date(2031, 3, 4)


def test_a_headline_naming_the_issued_work_gives_the_title_and_region() -> None:
    """B47-2: "<bodies>印发《<work>》" is the headline of a page carrying <work>."""
    meta = extract_metadata("x.txt", _REPOST)
    assert meta.title == "浙江省标准强省建设纲要"
    assert meta.region == "浙江省"


def test_a_headline_about_something_else_is_no_title() -> None:
    """B47-2 guard: a headline whose 《…》 is no document (no kind word at its end) gives nothing."""
    text = "某市市场监管局印发《学习手册》\n近日,某市市场监管局印发了学习手册,发至各基层所。\n"
    assert extract_metadata("x.txt", text).title is None


_SLOGAN_PLAN = (
    "关于加强品牌建设的意见\n"
    "结合德清的实际,对我县的品牌建设工作提出如下意见。\n"
    "一、指导思想\n"
    "实现从“质量立县”到“品牌兴县”的跨越,推动我县经济持续发展。\n"
    "二、工作目标\n"
    "在每个行业中重点培育1-2个知名度大、竞争力强的品牌。全县工业强县战略深入实施。\n"
)


def test_a_slogan_verb_and_county_is_no_county() -> None:
    """B47-3 and B47-4: "品牌兴县" is a slogan, not 兴县; "结合德清的实际" names the county."""
    found = extract_text(_SLOGAN_PLAN, "x.txt")
    assert found.document.region == "德清县"
    assert [t.region for t in found.targets] == ["德清县"]


def test_a_county_named_with_its_province_before_is_still_read() -> None:
    """B47-3 guard: "山西省兴县", "吕梁兴县" are the county (a place stands right before it)."""
    text = (
        "山西省兴县人民政府关于印发2031年农业工作要点的通知\n"
        "各乡镇人民政府:\n"
        "全年新建高标准农田2万亩。\n"
        "2031年2月3日\n"
    )
    assert extract_metadata("x.txt", text).region in ("兴县", "山西省兴县")
    body = "关于农业工作的安排\n吕梁兴县、临县、岚县要加强协作,我县全年新建高标准农田2万亩。\n"
    assert "兴县" in {place.name for place in _places_named(body, gazetteer())}


def test_a_short_name_in_a_cited_phrase_of_two_places_gives_nothing() -> None:
    """B47-4 guard: two different places named as "结合X实际" leave the region to other cues."""
    text = (
        "关于推进协作的意见\n"
        "结合德清实际,也结合安吉实际,我县提出如下意见。\n"
        "到2031年,新增协作项目5个。\n"
    )
    assert extract_metadata("x.txt", text).region is None


def test_bodies_named_as_the_subject_answering_for_work_hold_a_task() -> None:
    """B47-7: "<bodies>是<work>的责任主体" is a task of <work> led by them; governments named by
    their levels together ("市、县政府") are one subject, as written."""
    text = (
        "某市人民政府关于推进检验检测平台建设的实施意见\n"
        "某政发〔2031〕3号\n"
        "一、市、县政府是统筹推进检验检测平台建设的责任主体,要建立协同推进机制,确保目标按期完成。\n"
        "二、市市场监管局是质量强市工作的主体责任单位。\n"
        "某市人民政府\n"
        "2031年2月3日\n"
    )
    found = extract_text(text, "x.txt")
    tasks = {task.title: task.lead_units for task in found.tasks}
    assert tasks.get("统筹推进检验检测平台建设") == ["市、县政府"]
    assert tasks.get("质量强市") == ["市市场监管局"]
    assert "市、县政府" in found.units


def test_a_firm_as_the_subject_answering_for_safety_is_no_task() -> None:
    """B47-7 guard: "企业是质量安全的责任主体" names no responsible unit of the document."""
    text = (
        "某市人民政府关于加强质量安全工作的意见\n"
        "某政发〔2031〕4号\n"
        "一、企业是质量安全的责任主体,要落实主体责任。\n"
        "二、到2031年,全市新增省级以上名牌产品10个。\n"
        "某市人民政府\n"
        "2031年2月3日\n"
    )
    found = extract_text(text, "x.txt")
    assert not found.tasks


def test_a_duty_whose_work_is_the_repetition_is_no_task_besides_it() -> None:
    """B47-8: "<unit>负责每季度…公开" is the repeated duty (with its unit), not a task too."""
    text = (
        "某市人民政府办公室关于印发2031年重点工作分解的通知\n"
        "某政办〔2031〕2号\n"
        "一、全年新增就业5000人。\n"
        "二、市督查室负责每季度在市政府门户网站向社会集中公开重点工作进展情况。\n"
        "某市人民政府办公室\n"
        "2031年2月3日\n"
    )
    found = extract_text(text, "x.txt")
    assert [duty.every for duty in found.recurring] == ["quarter"]
    assert not any("每季度" in task.title for task in found.tasks)
    assert "市督查室" in found.units


def test_a_task_that_sets_up_a_meeting_held_regularly_stays_a_task() -> None:
    """B47-8 guard: "建立…制度,每半年召开一次会议" sets something up: the task stays beside the duty."""
    text = (
        "某市人民政府办公室关于印发质量工作方案的通知\n"
        "某政办〔2031〕3号\n"
        "一、建立质量工作联席会议制度,每半年召开一次会议。(牵头单位:市市场监管局)\n"
        "某市人民政府办公室\n"
        "2031年2月3日\n"
    )
    found = extract_text(text, "x.txt")
    assert [duty.every for duty in found.recurring] == ["half-year"]
    assert any(task.title.startswith("建立质量工作联席会议制度") for task in found.tasks)


_CLOSING_CHECK = (
    "某市人民政府办公室关于下达2031年就业目标的通知\n"
    "某政办〔2031〕9号\n"
    "一、全年新增就业5000人。\n"
    "二、各县要于2032年3月中旬组织自查。市政府将于2032年3月下旬对各地2031年度就业目标落实情况"
)


def test_a_check_stated_to_its_verb_at_the_texts_end_is_a_milestone() -> None:
    """B47-9: a text closing on "…进行督查" without its full stop still states the check."""
    found = extract_text(_CLOSING_CHECK + "进行督查", "x.txt")
    assert (date(2032, 3, 31)) in {m.due for m in found.milestones}


def test_an_event_cut_off_mid_clause_at_the_texts_end_is_not_read() -> None:
    """B47-9 guard: a text cut before the event's verb ("…落实情况") keeps the event unread."""
    found = extract_text(_CLOSING_CHECK, "x.txt")
    assert date(2032, 3, 31) not in {m.due for m in found.milestones}


def test_a_title_to_win_in_a_lead_phrases_list_is_a_milestone() -> None:
    """B47-10: "到YYYY年:…,创建省级旅游强县" - the title the place is to win by then."""
    text = (
        "某县人民政府办公室关于印发全域旅游发展方案的通知\n"
        "某政办〔2031〕4号\n"
        "到2033年:新增旅游投资8亿元,建成3个成熟景区,创建省级旅游强县。\n"
        "某县人民政府办公室\n"
        "2031年2月3日\n"
    )
    found = extract_text(text, "x.txt")
    assert ("创建省级旅游强县", date(2033, 12, 31)) in {(m.title, m.due) for m in found.milestones}


def test_creating_a_mechanism_in_a_lead_phrases_list_is_no_milestone() -> None:
    """B47-10 guard: "创建…工作机制" names no title won; it stays unread as an aim."""
    text = (
        "某县人民政府办公室关于印发全域旅游发展方案的通知\n"
        "某政办〔2031〕4号\n"
        "到2033年:新增旅游投资8亿元,建成3个成熟景区,创建旅游协调工作机制。\n"
        "某县人民政府办公室\n"
        "2031年2月3日\n"
    )
    found = extract_text(text, "x.txt")
    assert not any(m.title.startswith("创建") for m in found.milestones)


def test_a_year_and_colon_opening_a_paragraph_dates_its_later_sentences() -> None:
    """B47-11: "到YYYY年:…。…,基本建成旅游城市。" - the later sentence's end state is due then too."""
    text = (
        "某县人民政府办公室关于印发全域旅游发展方案的通知\n"
        "某政办〔2031〕4号\n"
        "到2034年:新增旅游投资12亿元,建成4个景区。完善县城服务功能,基本建成旅游城市。\n"
        "某县人民政府办公室\n"
        "2031年2月3日\n"
    )
    found = extract_text(text, "x.txt")
    assert date(2034, 12, 31) in {m.due for m in found.milestones if "旅游城市" in m.title}


def test_a_year_and_comma_opening_a_sentence_does_not_date_the_next_one() -> None:
    """B47-11 guard: "到YYYY年,…。" ends with its sentence; a later sentence is not dated by it."""
    text = (
        "某县人民政府办公室关于印发全域旅游发展方案的通知\n"
        "某政办〔2031〕4号\n"
        "到2034年,新增旅游投资12亿元,建成4个景区。完善县城服务功能,基本建成旅游城市。\n"
        "某县人民政府办公室\n"
        "2031年2月3日\n"
    )
    found = extract_text(text, "x.txt")
    assert not any("旅游城市" in m.title for m in found.milestones)


def test_sums_per_round_and_per_month_of_each_recipient_class_are_rewards() -> None:
    """B47-13: "甲类人才个人单次最高2万元,团队单次最高10万元" and "本科生每人1500元/月" in a paragraph
    that grants support: one reward per class, capped per round or paid per month."""
    text = (
        "某区人才支持办法\n"
        "一、考察支持。为前来考察交流的人才发放考察支持。原则上甲类人才个人单次最高2万元,"
        "团队单次最高10万元。\n"
        "二、实习支持。按照本科生每人1500元/月,硕士生每人2500元/月给予实习补贴。\n"
    )
    found = extract_text(text, "x.txt")
    # (read by B46-10's class_sums since the merge of batches 46 and 47: one rule, the item named)
    sums = {(r.amount_yuan, r.is_cap): r.achievement for r in found.rewards}
    assert "甲类人才个人" in sums[(20000, True)] and "团队" in sums[(100000, True)]
    assert "本科生" in sums[(1500, False)] and "硕士生" in sums[(2500, False)]
    assert len(found.rewards) == 4
    assert not found.targets


def test_a_sum_per_head_outside_a_grant_is_no_reward() -> None:
    """B47-13 guard: a paragraph that grants nothing ("…标准为每人800元/月") gives no reward."""
    text = (
        "某市民生工作方案\n"
        "某政办〔2031〕6号\n"
        "一、城乡低保标准提高到每人800元/月。\n"
        "二、到2031年,新增就业岗位5000个。\n"
        "某市人民政府办公室\n"
        "2031年2月3日\n"
    )
    found = extract_text(text, "x.txt")
    assert not found.rewards


def test_a_limit_in_brackets_right_after_a_sum_is_a_scope() -> None:
    """B47-14: "本科生每人1500元/月(限本市院校应届生)" limits whom the sum is paid to."""
    text = (
        "某区人才支持办法\n"
        "一、实习支持。按照本科生每人1500元/月(限本市院校应届生),硕士生每人2500元/月给予实习补贴。\n"
    )
    found = extract_text(text, "x.txt")
    assert [(c.kind, c.text) for c in found.conditions] == [("scope", "限本市院校应届生")]


def test_a_statistical_limit_in_brackets_is_no_scope() -> None:
    """B47-14 guard: "(限额以上)" after a figure, or a bracket not right after a sum, is no scope."""
    text = (
        "某区商贸支持办法\n"
        "一、对年销售额增长的商贸企业(限额以上)给予奖励,每家奖励5万元(限额以上),"
        "新入库企业奖励2万元。\n"
    )
    found = extract_text(text, "x.txt")
    assert not [c for c in found.conditions if c.kind == "scope" and "限额" in (c.text or "")]
