"""A page's header fields copied without colons: the label is no part of the value it heads.

"发布机构 自治区人民政府" names the issuer by its level alone (the title names the place);
"文件编号 某区政办发〔2031〕3号" glues a label before the number; a number cited in the body
("根据某政〔2030〕6号文") is another document's, however it starts its clause.
"""

from __future__ import annotations

from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.extract.normalise import normalise_text


def test_a_field_label_before_a_level_only_issuer_is_no_region() -> None:
    text = (
        "当前位置: 首页/政务公开\n发布机构 自治区人民政府\n文  号 宁政发[2031]15号\n"
        "成文日期 2031-03-01\n"
        "宁夏回族自治区人民政府关于印发全区重点工作任务分工的通知\n"
        "各市、县(区)人民政府,自治区政府各部门:\n现将全区重点工作任务分工印发给你们。\n"
    )
    meta = extract_metadata("page.txt", normalise_text(text))
    assert meta.region == "宁夏回族自治区"
    assert meta.issuer == "宁夏回族自治区人民政府"
    assert meta.doc_number == "宁政发[2031]15号"


def test_a_number_label_glued_before_the_number_is_dropped() -> None:
    text = (
        "文件编号 鼓区政办发〔2031〕3号\n"
        "福州市鼓楼区人民政府办公室关于印发老旧小区改造方案的通知\n"
        "各街道办事处,区直各单位:\n现将方案印发给你们。\n"
    )
    assert extract_metadata("page.txt", normalise_text(text)).doc_number == "鼓区政办发〔2031〕3号"


def test_a_number_cited_at_a_clause_start_is_not_the_documents() -> None:
    text = (
        "示范区工业企业跨越发展奖励办法\n"
        "(一)对工业产值增长30%以上的企业予以奖励。\n"
        "(二)根据示海政[2030]6号文,申报奖励的企业,补助金额累计不超过区级税收留成。\n"
    )
    assert extract_metadata("page.txt", normalise_text(text)).doc_number is None


def test_a_headline_restating_the_title_with_its_place_gives_the_region() -> None:
    text = (
        "网站首页 中心动态 就业服务\n您所在的位置:首页 >> 文章内容\n"
        "白山市支持民营经济高质量发展若干措施--市财政局篇\n发布日期:2031-06-20\n"
        "市财政局支持民营经济高质量发展若干措施\n"
        "1.对新晋规模以上服务业企业给予10万元一次性奖励。\n"
    )
    assert extract_metadata("page.txt", normalise_text(text)).region == "白山市"


def test_a_rules_decree_number_without_a_year_bracket_is_its_number() -> None:
    under_title = (
        "示范省安全生产奖励办法\n(2031年3月1日示范省人民政府令第311号公布)\n"
        "第一条 为了鼓励安全生产,制定本办法。\n"
    )
    published = (
        "3月2日,省政府网站发布《示范省人民政府关于修改部分省政府规章的决定》(省政府令第340号),"
        "自公布之日起施行。\n"
    )
    cited = "第一条 根据《安全生产法》和《企业财务通则》(财政部令第41号),制定本办法。\n"
    assert extract_metadata("rule.txt", under_title).doc_number == "示范省人民政府令第311号"
    assert extract_metadata("news.txt", published).doc_number == "省政府令第340号"
    assert extract_metadata("cited.txt", cited).doc_number is None
