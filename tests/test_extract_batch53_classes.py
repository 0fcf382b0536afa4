"""General rules for the failure classes seen on batch 53's dev part (corpus/unseen/SOURCES.md,
"Batch 53"; FAILURES.md "Batch 53"), chosen for the document's region: a page's field set in a
table row ("发布机构: | 某区人民政府办公室 |") read with its cell bar, so the region became "|某区"
(B53-1); the next field of such a row ("| 公开方式: | 有效 |") beside the page's date read as a
milestone (B53-2); a note naming the official who heads the work before the bureau that carries it
out ("(某某常务副市长牵头,市甲局为主落实)") not read (B53-4); a grant notice paying in the clause
after the honour ("授予甲“某某贡献者”称号,颁发奖金3万元") read with the verb as the achievement
(B53-3); a zone's management committee ("某某经济技术开发区管委会") read as no region (B53-5).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place and personal names are invented, except the city a zone is named after (B53-5
asks the gazetteer that the zone's name opens on a real place).
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_TABLE_ROW_FIELDS = (
    "名 称: | 区人民政府办公室关于印发2031年重点工作分解方案的通知 | 发布机构: | 青禾区人民政府办公室 |\n"
    "文 号: | 青禾政办〔2031〕2号 | 索 引 号: | 000111/2031-00012 |\n"
    "公开日期: | 2031年03月02日 | 公开方式: | 有效 |\n"
    "区人民政府办公室关于印发2031年重点工作分解方案的通知\n"
    "各街道办事处,区人民政府各部门:\n"
    "各责任单位于2031年2月27日前将工作方案报区政府督查室。\n"
)


def test_a_table_row_field_is_read_without_its_cell_bar() -> None:
    """B53-1: "发布机构: | 青禾区人民政府办公室 |" is the issuer; the region is 青禾区, no bar."""
    document = extract_text(_TABLE_ROW_FIELDS, "x.txt").document
    assert document.issuer == "青禾区人民政府办公室"
    assert document.region == "青禾区"


def test_a_table_row_field_beside_the_page_date_is_no_milestone() -> None:
    """B53-2: "公开日期: | 2031年03月02日 | 公开方式: | 有效 |" is chrome; the report date stays."""
    dues = [m.due.isoformat() for m in extract_text(_TABLE_ROW_FIELDS, "x.txt").milestones if m.due]
    assert dues == ["2031-02-27"]


def test_a_field_with_a_plain_colon_still_reads() -> None:
    """B53-1 guard: "发布机构:青禾县人民政府" (no bar) is read as before."""
    text = (
        "发布机构:青禾县人民政府 发布日期:2031-04-01\n"
        "青禾县人民政府关于印发青禾县农业发展方案的通知\n"
        "到2033年,全县新建高标准农田5万亩。\n"
    )
    assert extract_text(text, "x.txt").document.region == "青禾县"


_OFFICIAL_NOTE = (
    "青禾市人民政府办公室关于印发2031年5月份市政府工作要点的通知\n"
    "各镇人民政府、各街道办事处,市政府各部门:\n"
    "现将《2031年5月份市政府工作要点》印发给你们,请认真抓好落实。\n"
    "青禾市人民政府办公室\n2031年5月2日\n"
    "二、综合方面\n"
    "(一)拟定今年经济运行监测工作制度,做好监测任务分解等工作。(林某某常务副市长牵头,市发改局为主落实)\n"
)


def test_the_bureau_after_the_heading_official_leads_the_task() -> None:
    """B53-4: "(林某某常务副市长牵头,市发改局为主落实)": the bureau leads; the official is no unit."""
    extraction = extract_text(_OFFICIAL_NOTE, "x.txt")
    assert [task.lead_units for task in extraction.tasks] == [["市发改局"]]
    assert "林某某常务副市长" not in extraction.units


def test_a_note_opening_on_a_non_unit_is_still_not_read() -> None:
    """B53-4 guard: a bracket that opens on words that are neither a unit nor an official stays
    unread ("(力争年底牵头完成)" names no unit)."""
    text = _OFFICIAL_NOTE.replace(
        "(林某某常务副市长牵头,市发改局为主落实)", "(力争年底完成,按月调度)"
    )
    assert extract_text(text, "x.txt").tasks == []


def test_the_honour_granted_before_the_paying_clause_is_the_achievement() -> None:
    """B53-3: "授予甲“某某突出贡献者”称号,颁发奖金人民币3万元" rewards that honour, not "颁发"."""
    text = (
        "青禾盟行政公署关于表彰奖励民间艺术传承突出贡献者的决定\n"
        "(青署发〔2031〕1号)\n"
        "各旗县市人民政府,盟直有关部门:\n"
        "经盟行署研究决定,授予林某某“民间艺术传承突出贡献者”称号,颁发奖金人民币3万元。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [(r.amount_yuan, r.achievement) for r in rewards] == [
        (30000, "林某某“民间艺术传承突出贡献者”称号")
    ]


def test_a_zone_committee_signing_gives_the_zone_as_region() -> None:
    """B53-5: a notice signed "青禾高新区管委会" under a 管委会 with no other place is the zone's;
    the committee is its issuer.  (The zone name opens on a real place's short name: the rule asks
    the gazetteer that it does.)"""
    text = (
        "关于印发企业上市挂牌奖励办法的通知\n各部门,各街道:\n现将办法印发给你们,请认真执行。\n"
        "娄底经济技术开发区管委会\n2031年3月1日\n"
        "对首次在主板上市的企业奖励200万元。\n"
    )
    document = extract_text(text, "x.txt").document
    assert document.issuer == "娄底经济技术开发区管委会"
    assert document.region == "娄底经济技术开发区"


def test_a_bare_zone_committee_names_no_region() -> None:
    """B53-5 guard: "开发区管委会" alone (no place before the zone word) gives no region."""
    text = (
        "关于印发企业上市挂牌奖励办法的通知\n各部门:\n现将办法印发给你们,请认真执行。\n"
        "开发区管委会\n2031年3月1日\n"
        "对首次在主板上市的企业奖励200万元。\n"
    )
    assert extract_text(text, "x.txt").document.region is None
