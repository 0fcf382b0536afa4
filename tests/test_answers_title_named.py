"""A document question that writes a stored document's whole title gets that document, even when
the store filed it under another region than the place the question (and the title) names: a
city bureau's 青岭县…实施方案 asked as 青岭县…实施方案的文号 looked only at 青岭县's own documents
and answered that another one had no number. A title without the place asked about (another
county's plan of the same name) still needs the question's region."""

from __future__ import annotations

from pathlib import Path

from invented_plans import invented_plans_service

# A county's plan issued by the city's bureau: the store files it under the city.
BY_CITY = """示范市市场监督管理局关于印发青岭县示范品牌强县建设实施方案的通知
示市监发〔2031〕14号
各县(区)市场监督管理局,局机关各处室:
现将《青岭县示范品牌强县建设实施方案》印发给你们。
到2033年,青岭县新增示范品牌企业6家。(牵头单位:市示范局)
示范市市场监督管理局
2031年4月19日
"""
# The county's own document, which makes 青岭县 a region of the store.
BY_COUNTY = """青岭县人民政府办公室关于印发青岭县个体商户培育工作方案的通知
各乡镇人民政府,县政府各部门:
到2033年,全县新增个体商户300户。(牵头单位:县商务局)
青岭县人民政府办公室
2031年9月30日
"""
ASKED = "青岭县示范品牌强县建设实施方案的发文字号是多少?"


def test_the_title_the_question_writes_names_the_document(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, BY_CITY, BY_COUNTY) as service:
        answer = service.ask(ASKED)
    assert answer.found, answer.headline
    assert "示市监发〔2031〕14号" in answer.headline


def test_a_title_without_the_place_asked_is_another_places(tmp_path: Path) -> None:
    untitled_place = BY_CITY.replace("青岭县示范品牌", "示范品牌")
    with invented_plans_service(tmp_path, untitled_place, BY_COUNTY) as service:
        answer = service.ask(ASKED)
    assert "示市监发〔2031〕14号" not in answer.headline
