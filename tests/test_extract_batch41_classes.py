"""General rules for the failure classes first seen on batch 41's dev part and the open dev class
b40_07 (corpus/unseen/SOURCES.md, "Batch 41"; FAILURES.md "Batch 41"): a progress table (a header
naming a 完成情况 / 进展情况 column beside the task and its goal) whose reported figures and states were
read as goals and dated steps, and whose rows were not read as the tasks of their units (B41-1); a rule paying by merit tier with the item named first
("国际标准择优分三档给予补助资金:80万元、40万元和20万元") unread (B41-2); the day a public consultation
closes ("公开征求意见时间截至2031年11月5日") not read as a dated step (B41-3).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

# one cell a line, the header's labels split over lines as web copies of Word tables do
_TOWN_PROGRESS = (
    "辛庄镇2031年度重点工作计划三季度执行情况\n\n序号\n\n重点工作\n\n责任\n\n领导\n\n责任\n\n科室\n\n"
    "攻坚目标\n\n任务\n\n工作任务安排\n\n第三季度\n\n完成情况\n\n"
    "1\n\n老街片区改造\n\n某某\n\n城建办\n\n完成老街片区立面改造。\n\n推进管线入地工作。\n\n"
    "管线入地进度达45%。\n\n"
    "2\n\n农文旅融合发展\n\n某某\n\n农业农村办\n\n建成省级农家乐集聚村。\n\n开展业态招引。\n\n"
    "本年度计划投资800万元的5个项目完成投资500万元。\n"
)


def test_a_progress_tables_reports_are_no_goals_nor_steps() -> None:
    """B41-1: the 完成情况 cells ("进度达45%", "完成投资500万元") report work done."""
    extraction = extract_text(_TOWN_PROGRESS, "x.txt")
    assert not extraction.targets
    assert not extraction.milestones


def test_a_progress_tables_rows_are_tasks_of_their_units() -> None:
    """B41-1: each row (重点工作, 责任科室) is a task its 科室 leads."""
    tasks = {t.title: t.lead_units for t in extract_text(_TOWN_PROGRESS, "x.txt").tasks}
    assert tasks == {"老街片区改造": ["城建办"], "农文旅融合发展": ["农业农村办"]}


def test_a_progress_tables_goal_figure_stays_a_target() -> None:
    """B41-1: "目标要求" beside "进展情况": the goal column's figure is the goal, the progress
    column's figures and the 完成进度 share are not."""
    text = (
        "序号 | 工作事项 | 工作内容及具体目标要求 | 进展情况(截至9月底) | 完成进度 |\n"
        "1 | 放心消费建设 | 推动放心消费建设,培育放心消费单位2000家以上 | "
        "已申报放心消费单位2150家,其中放心工厂300家。 | 90% |\n"
        "2 | 品牌培育 | 推进企业创牌,加快形成一批知名品牌 | 指导企业开展品牌认证15家。 | 95% |\n"
    )
    values = sorted(t.value for t in extract_text(text, "x.txt").targets)
    assert values == [2000]


def test_a_schedule_column_is_no_progress_column() -> None:
    """B41-1 guard: "进度安排" is the plan's own timetable; its table's goal cells stay goals."""
    text = (
        "庚市2031年质量工作任务分解表\n\n序号\n\n工作任务\n\n目标\n\n牵头单位\n\n进度安排\n\n"
        "1\n\n培育品牌\n\n新增省级品牌10个\n\n市甲局\n\n2031年12月底前\n"
    )
    values = [t.value for t in extract_text(text, "x.txt").targets]
    assert values == [10]


_TIER_RULE = (
    "庚市标准化资金管理办法\n"
    "第十一条 标准项目补助范围和额度如下:\n"
    "(一)国际标准择优分三档给予补助资金:80万元、40万元和20万元;\n"
    "(二)团体标准择优分两档给予补助资金:12万元和6万元。\n"
    "跨省协同标准在相应档次上增加补助资金3万元。\n"
)


def test_a_sum_per_merit_tier_is_a_reward_per_tier() -> None:
    """B41-2: "<item>择优分三档给予补助资金:A、B和C" pays one of the sums: a reward per tier."""
    rewards = extract_text(_TIER_RULE, "x.txt").rewards
    paid = {(r.achievement, r.amount_yuan) for r in rewards}
    assert paid == {
        ("国际标准", 200000),
        ("国际标准", 400000),
        ("国际标准", 800000),
        ("团体标准", 60000),
        ("团体标准", 120000),
        ("跨省协同标准", 30000),
    }
    assert all(r.treatment for r in rewards)


def test_tiers_without_as_many_sums_are_not_split() -> None:
    """B41-2 guard: "分三档" followed by two sums is not read as three tiers."""
    text = (
        "庚市标准化资金管理办法\n(一)国际标准择优分三档给予补助资金:80万元、40万元。\n"
        "(二)国家标准择优分两档给予补助资金:30万元和15万元。\n"
    )
    tiered = {r.achievement for r in extract_text(text, "x.txt").rewards}
    assert tiered == {"国家标准"}


def test_the_day_a_consultation_closes_is_a_milestone() -> None:
    """B41-3: "公开征求意见时间截至<day>" ends a dated phase, as a 公示's last day does."""
    text = (
        "庚市市场监督管理局关于征求《庚市质量强市建设实施方案》意见的通告\n"
        "为加快推进质量强市建设,我局组织起草了《庚市质量强市建设实施方案(征求意见稿)》,"
        "现向社会公开征求意见。公开征求意见时间截至2031年11月5日,公众可通过以下途径提出意见:\n"
        "一、发送邮件。\n庚市市场监督管理局\n2031年10月20日\n"
    )
    dues = [(m.title, m.due) for m in extract_text(text, "x.txt").milestones]
    assert dues == [("公开征求意见截止", date(2031, 11, 5))]


def test_a_consultation_date_without_a_closing_word_is_not_its_close() -> None:
    """B41-3 guard: "征求意见时间" before a day that no 截至/截止 makes its last is not read so."""
    text = (
        "庚市市场监督管理局关于征求意见的通告\n"
        "我局于2031年11月5日召开征求意见座谈会,2031年12月底前完成方案修订。\n"
        "庚市市场监督管理局\n2031年10月20日\n"
    )
    titles = [m.title for m in extract_text(text, "x.txt").milestones]
    assert not [t for t in titles if t.endswith("截止")]
