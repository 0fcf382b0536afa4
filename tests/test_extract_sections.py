"""Section headings used in citations: real headings, numbered paragraphs, wrapped table titles."""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.structure import heading_title


def test_a_short_numbered_heading_is_kept_whole() -> None:
    assert heading_title("(三)加强组织领导,落实工作责任") == "(三)加强组织领导,落实工作责任"
    assert heading_title("2.质量提升计划。到2020年,新增…") == "2.质量提升计划"


def test_a_numbered_paragraph_is_cited_by_its_number() -> None:
    line = "12.对新获得国家级质量奖项的企业,给予一次性奖励;对新获得省级质量奖项的企业给予奖励。"
    assert heading_title(line) == "12"


def test_a_table_title_wrapped_before_its_period_is_rejoined() -> None:
    text = "\n".join(
        [
            "示例市品牌建设行动计划(2020—2021年)",
            "一、工作目标",
            "到2021年,新增示范企业10家。",
            "附件",
            "示例市品牌建设行动计划",
            "2020—2021年)任务分解表",
            "序号", "任务名称", "工作内容", "工作措施", "牵头单位", "配合单位", "2020年", "2021年",
            "1", "培育示范企业", "开展示范企业培育", "组织申报评审", "市标准局", "市财政局", "新增4家", "新增6家",
        ]
    )  # fmt: skip
    extraction = extract_text(text, "sample.txt")
    table_sections = {
        t.span.section for t in extraction.targets if "任务分解表" in (t.span.section or "")
    }
    assert table_sections == {"示例市品牌建设行动计划(2020—2021年)任务分解表 / 1"}
