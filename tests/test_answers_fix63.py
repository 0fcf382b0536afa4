"""fix63: Low defects of answers, each on invented plans (tests/invented_plans.py)."""

from __future__ import annotations

from pathlib import Path

from policybot.handlers.formatting import PLAIN, render_pages
from policybot.knowledge.answer_sizes import LIST_LIMIT
from policybot.knowledge.answering import _FIGURE
from policybot.knowledge.clipping import QUOTE_LIMIT, clip, clip_around
from policybot.knowledge.extract.pipeline import extract_text
from tests.invented_plans import ask, city_plan, invented_plans_service, task_table_plan

_STEMS = "甲乙丙丁戊己庚辛壬癸子丑"


def _many_targets(count: int) -> str:
    """An invented plan of ``count`` targets, one a sentence (培育甲乙类品牌企业N家)."""
    kinds = [a + b for a in _STEMS for b in _STEMS][:count]
    lines = [f"到2033年,培育{kind}类品牌企业{n + 5}家。" for n, kind in enumerate(kinds)]
    return city_plan("一、主要目标\n" + "\n".join(lines) + "\n")


def test_a_list_longer_than_its_pages_says_how_many_they_show_and_which_command_lists_all(
    tmp_path: Path,
) -> None:
    """共 111 项 over pages ending at the 60th item: the count and the pages disagreed, with no
    way to the rest but to guess at narrower questions."""
    with invented_plans_service(tmp_path, _many_targets(111)) as service:
        answer = service.ask("示范市品牌企业的目标有哪些")
        assert answer.total == 111 and len(answer.facts) == LIST_LIMIT
        last = render_pages(answer, PLAIN)[-1]
        assert f"这里只列出前 {LIST_LIMIT} 项" in last, last
        assert "全部请发 /targets 示范市 品牌 企业" in last, last
        every = service.targets("示范市", "品牌 企业")
        assert every.total == len(every.facts) == 111  # the command's pages hold them all


def test_a_list_its_pages_hold_whole_points_to_no_command(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, _many_targets(30)) as service:
        answer = service.ask("示范市品牌企业的目标有哪些")
        assert answer.total == len(answer.facts) == 30
        assert not any("全部请发" in note for note in answer.notes)


_WORK = (
    "围绕全市重点产业链,组织开展品牌培育、标准研制、质量攻关、计量服务、检验检测、认证认可等工作,"
    * 3
)


def test_a_quote_under_an_answer_keeps_the_clause_that_answers_in_view(tmp_path: Path) -> None:
    """A long sentence whose earlier clause says the question's words as well (推动企业建立品牌
    管理体系 beside …新增省级品牌企业20家): the 原文 window showed the earlier clause and was
    cut before the answer."""
    plan = city_plan(
        f"一、主要任务\n(一)实施品牌培育工程。{_WORK}推动企业建立品牌管理体系,"
        "到2033年底,全市新增省级品牌企业20家。\n"
    )
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "示范市品牌企业目标")
    quoted = next(line for line in reply.splitlines() if line.startswith("原文"))
    assert "新增省级品牌企业20家" in quoted, reply


def test_a_source_line_past_its_limit_keeps_the_figure_in_view() -> None:
    sentence = (
        "到2033年," + "品牌培育机制不断健全," * 40 + "全市新增省级品牌企业20家,品牌影响力提升。"
    )
    shown = clip_around(sentence, QUOTE_LIMIT, ["20家"])
    assert "全市新增省级品牌企业20家" in shown and len(shown) <= QUOTE_LIMIT
    assert shown.startswith("…品牌") and shown.endswith("…")
    assert clip_around(sentence, QUOTE_LIMIT, ["不在句中"]) == clip(sentence, QUOTE_LIMIT)


def _action_plan(funds: str = "") -> str:
    """An invented 示范市 action plan with a 合格率 target, a sentence on its funds and,
    with ``funds``, one more sentence of its own."""
    return f"""示范市人民政府关于印发示范市质量提升行动实施方案的通知
示政发〔2031〕7号
示范市人民政府
2031年4月2日
示范市质量提升行动实施方案
一、主要目标
到2033年,全市制造业产品质量合格率达到95%以上。
二、保障措施
市财政统筹安排质量提升专项资金,支持质量提升行动。
{funds}
"""


def test_a_sum_asked_that_no_line_states_is_not_found(tmp_path: Path) -> None:
    """一共投入多少亿元资金 was answered 部分相符 with the plan's 合格率 target."""
    with invented_plans_service(tmp_path, _action_plan()) as service:
        for question in (
            "示范市质量提升行动一共投入多少亿元资金",
            "示范市质量提升行动投入多少资金",
        ):
            reply = ask(service, question)
            assert reply.splitlines()[1].startswith("未找到"), reply
            assert "部分相符" not in reply and "95%" not in reply, reply


def test_a_sum_asked_that_a_line_states_is_the_answer(tmp_path: Path) -> None:
    plan = _action_plan("三年共投入质量提升行动资金3.5亿元。")
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "示范市质量提升行动一共投入多少亿元资金")
    assert "答: 3.5亿元" in reply, reply


def test_an_office_asked_by_its_other_name_says_which_name_the_plans_write(tmp_path: Path) -> None:
    """市场监管局负责哪些任务, of plans whose office is 市质监局: 质监局's items came back with
    nothing saying the office typed was read as another name."""
    plan = task_table_plan().replace("市市场监管局", "市质监局")
    with invented_plans_service(tmp_path, plan) as service:
        for question in ("样例市市场监管局负责哪些任务", "市场监督管理局牵头哪些事"):
            reply = ask(service, question)
            assert "建立培育企业库" in reply, reply
            assert "按文件里的“市质监局”查找" in reply, reply
        assert "按文件里的" not in ask(service, "市质监局负责哪些任务")


def test_a_clause_a_listed_sentence_says_whole_is_not_listed_again(tmp_path: Path) -> None:
    """规上企业要做什么 listed a goal sentence and then its task table's row repeating one of
    its clauses (推动500家规模以上企业实施技术改造): one clause read twice."""
    plan = city_plan(
        "一、主要目标\n2032年,全市推动500家规模以上企业实施技术改造,到2033年,全市60%以上"
        "规模以上制造业企业开展智能化改造,智能化程度明显提高,全市开展个性化定制的企业达30家以上。\n"
        "二、任务分解表\n序号 任务 牵头单位 完成时限\n"
        "1 推动500家规模以上企业实施技术改造 市经信局 2032年12月31日\n"
        "2 建设质量检测公共服务平台 市质监局 2033年12月31日\n"
    )
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "规上企业要做什么")
    assert reply.count("推动500家规模以上企业实施技术改造") == 1, reply


def test_one_of_a_thing_is_no_figure_that_hides_the_quote_under_a_refusal(tmp_path: Path) -> None:
    """建设一个平台 read as a figure, so the sentence the plans do say was left out of the 未找到."""
    plan = city_plan(
        "一、主要任务\n(一)建设服务平台。支持建设一个品牌培育服务平台,为企业提供品牌咨询服务。\n"
        "(二)到2033年,培育品牌企业20家。\n"
    )
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "品牌培育服务平台奖励多少")
    assert "没有写明" in reply and "原文:支持建设一个品牌培育服务平台" in reply, reply
    assert _FIGURE.search("十一个") and _FIGURE.search("一亿元") and _FIGURE.search("两个")


def test_a_split_cells_suburb_is_a_district_where_the_city_has_one() -> None:
    """郊区 and 矿区 name kinds of site in most plans, but a district in a city that has one
    (the gazetteer's): there its share is the district's goal (review45)."""
    table = (
        "项目 | 指标 | 总数 | 分解 | 责任单位\n"
        "认证工程 | 新增认证企业数(家) | 100 | 郊区40 甲山区30 乙水县30 | 市质监局\n"
    )
    body = "一、主要目标\n到2033年,全市品牌建设取得明显成效。\n二、目标任务分解表\n" + table
    for city, kept in (("铜陵市", True), ("示范市", False)):
        plan = city_plan(body).replace("示范市", city)
        found = {(t.district, t.value) for t in extract_text(plan, "plan.txt").targets}
        assert (None, 100) in found, found
        assert (("郊区", 40) in found) is kept, (city, found)


def test_a_task_table_row_of_negative_figures_is_a_figure_row() -> None:
    """单位产值能耗下降(%) | -5 | −5%: a row whose year cells hold a negative figure was read as
    a task in words, its goals lost (attack45)."""
    table = (
        "二、任务分解表\n序号 | 任务 | 2032年 | 2033年 | 牵头单位 | 配合单位\n"
        "1 | 单位产值能耗下降(%) | -5 | −5% | 市甲局 | 市乙局\n"
        "2 | 新增甲产品(个) | 18 | 22 | 市甲局 | 市乙局\n"
    )
    plan = city_plan("一、主要目标\n到2033年,全市品牌建设取得明显成效。\n" + table)
    found = {
        (t.subject, t.value, t.unit, t.deadline.year if t.deadline else None)
        for t in extract_text(plan, "plan.txt").targets
    }
    assert ("单位产值能耗下降", -5.0, "%", 2032) in found, found
    assert ("单位产值能耗下降", -5.0, "%", 2033) in found, found
    assert ("新增甲产品", 22.0, "个", 2033) in found, found
