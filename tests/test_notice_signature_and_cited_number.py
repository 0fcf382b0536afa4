"""A public notice (公告/公示) reads its region from the issuer that signs it after the body, and its
文号 is its own or none, never one its body quotes (attack52 M3, M4). Invented notices."""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text

TITLE = "关于2031年度第一批食品安全监督抽检情况的公告\n"
BODY = (
    "为保障公众饮食安全,组织开展了食品安全监督抽检工作,现将有关情况公告如下:\n"
    "一、本次共抽检食品样品320批次,合格样品312批次。\n"
    "二、对抽检发现的不合格产品,已责令生产经营者采取下架、召回等措施,"
    "并于2031年4月30日前完成核查处置。\n"
    "特此公告。\n"
)
SIGNED = "青萝市市场监督管理局\n2031年3月1日\n"


@pytest.mark.parametrize(
    "signature",
    [
        "青萝市市场监督管理局 2031年3月1日\n",  # the date set on the issuer's line
        "青萝市市场监督管理局 / 2031年3月1日\n",
        "青萝市市场监督管理局(青萝市知识产权局)\n2031年3月1日\n",  # its second name signed too
        SIGNED,
    ],
)
def test_a_notice_is_filed_under_the_place_of_the_issuer_signing_it(signature: str) -> None:
    document = extract_text(TITLE + BODY + signature, "notice.txt").document
    assert document.region == "青萝市"
    assert document.issuer is not None and document.issuer.startswith("青萝市市场监督管理局")
    assert str(document.issued) == "2031-03-01"
    assert document.doc_number is None


@pytest.mark.parametrize(
    "citing",
    [
        # the plan quoted by its name, without 《》: its 的通知 is not the notice's own title
        "根据青萝市人民政府关于印发食品安全抽检管理办法的通知(青府发〔2030〕3号),"
        "现将有关情况公告如下:\n",
        "根据青萝市人民政府关于印发食品安全抽检管理办法的通知(青府发〔2030〕3号)有关规定,"
        "现将有关情况公告如下:\n",
        # a copy that wrapped the citing sentence, or broke the quoted number itself
        "根据《青萝市食品安全抽检管理办法》\n(青府发〔2030〕3号)有关规定,现将有关情况公告如下:\n",
        "根据《青萝市食品安全抽检管理办法》(青府\n发〔2030〕3号)有关规定,现将有关情况公告如下:\n",
        "为规范抽检工作,依据《青萝市食品安全抽检管理办法》\n(青府发〔2030〕3号),现公告如下:\n",
        "根据《青萝市食品安全抽检管理办法》(青府发〔2030〕3号),现将有关情况公告如下:\n",
    ],
)
def test_a_number_the_notice_quotes_is_not_its_own(citing: str) -> None:
    text = TITLE + citing + BODY.split("\n", 1)[1] + SIGNED
    document = extract_text(text, "notice.txt").document
    assert document.doc_number is None
    assert document.region == "青萝市"


def test_the_notice_keeps_its_own_number_above_the_one_it_quotes() -> None:
    text = (
        TITLE
        + "青市监公告〔2031〕2号\n"
        + "根据《青萝市食品安全抽检管理办法》\n(青府发〔2030〕3号)有关规定,现将有关情况公告如下:\n"
        + BODY.split("\n", 1)[1]
        + SIGNED
    )
    assert extract_text(text, "notice.txt").document.doc_number == "青市监公告〔2031〕2号"


@pytest.mark.parametrize(
    "header",
    [
        # a notice's own number under its title, one that cites in its title, a rule's under its name
        "青萝市人民政府关于印发食品安全抽检管理办法的通知\n(青府发〔2031〕3号)\n",
        "青萝市人民政府关于贯彻落实食品安全抽检管理办法的通知(青府发〔2031〕3号)\n",
        "青萝市食品安全抽检管理办法\n(青府发〔2031〕3号)\n",
    ],
)
def test_a_number_in_the_header_is_still_the_documents_own(header: str) -> None:
    text = header + BODY + SIGNED
    assert extract_text(text, "plan.txt").document.doc_number == "青府发〔2031〕3号"
