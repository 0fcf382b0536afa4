"""attack41: "本办法什么时候施行" in a store of TWO 办法 (and a 计划). fix41 (2c9f3483) says a store
of several asks which; with two 办法 the reply is the first 办法's 实施日期, stated as the answer
(2031-04-01), although the other 办法 takes effect 2031-05-01. The 本办法 kind picks one document
instead of asking (``document_answers`` / ``question.asks_the_field`` dropping 施行 leaves 办法
alone naming the document). Invented plans."""

from __future__ import annotations

from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service


def _measures(name: str, number: int, effective: str) -> str:
    return f"""示范市人民政府关于印发示范市{name}的通知
示政发〔2031〕{number}号
各县(区)人民政府,市政府各部门:
现将《示范市{name}》印发给你们,请认真贯彻执行。
示范市人民政府
2031年3月2日
示范市{name}
第一条 对新获得中国驰名商标的企业,给予100万元奖励。
第二条 本办法自{effective}起施行。
"""


BRAND = _measures("品牌建设奖励办法", 12, "2031年4月1日")
STANDARDS = _measures("标准化资助管理办法", 13, "2031年5月1日")
PLAN = city_plan("一、主要目标\n到2033年,新增示范标准40项。\n")


def test_this_measure_among_two_measures_asks_which(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, BRAND, STANDARDS, PLAN) as service:
        reply = ask(service, "本办法什么时候施行")
    assert "请说明是哪份文件" in reply, reply
    assert "答: 2031-04-01" not in reply, reply


def test_a_measure_named_by_a_fragment_of_its_title_is_answered(tmp_path: Path) -> None:
    """Guard: naming the 办法 by part of its title picks it."""
    with invented_plans_service(tmp_path, BRAND, STANDARDS, PLAN) as service:
        reply = ask(service, "标准化资助办法什么时候施行")
    assert "2031-05-01" in reply and "2031-04-01" not in reply, reply
