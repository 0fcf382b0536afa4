"""A city's document asked about (赣州市…实施方案的文号) when the one stored document that
mentions the city is a notice of the province above it: that notice is the city's plan only if the
question's words name it, so a province's 粮食 notice listing the city does not answer the city's
营商环境 plan; asked by its own words, it still does."""

from __future__ import annotations

from pathlib import Path

from invented_plans import invented_plans_service

PROVINCE = """江西省人民政府关于2031年粮食安全责任制考核结果的通报
赣府字〔2032〕11号
各设区市人民政府,省政府各部门:
2031年各设区市粮食安全责任制考核全部合格,其中赣州市、吉安市、宜春市考核等次为优秀。
到2033年,全省粮食总产量稳定在430亿斤以上。(牵头单位:省粮食和储备局)
2032年底前完成全省高标准农田建设任务。(牵头单位:省农业农村厅)
江西省人民政府
2032年3月8日
"""


def test_the_province_notice_is_not_the_citys_plan(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PROVINCE) as service:
        answer = service.ask("赣州市优化营商环境的实施方案文号是什么?")
    assert "赣府字〔2032〕11号" not in answer.headline, answer.headline
    assert not answer.found


def test_the_notice_asked_by_its_words_is_found(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PROVINCE) as service:
        answer = service.ask("赣州市粮食安全责任制考核结果的通报文号是什么?")
    assert answer.found, answer.headline
    assert "赣府字〔2032〕11号" in answer.headline
