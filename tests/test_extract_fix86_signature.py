"""A task table printed just before the 落款 is no issuer (trial49, helper fix86): the cells of
its last row, run together on one line or flattened one cell per line, stood above the signing
organ and were stored as 发文机关 ("1新增…个358县…局县…局"), then given as who issued the plan.
The issuer a 落款 gives is an organ's name, taken from the line(s) right above the date.

Every text is written for the test; places and units are invented.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

from invented_plans import ask, invented_plans_service, table_signed_plan
from policybot.knowledge import uploads
from policybot.knowledge.extract import extract_text

_HEADER = "序号 指标名称 单位 2031年 2032年 2033年 牵头单位 配合单位"
_ROW = "1 新增省级名牌产品 个 3 5 8 县市场监管局 县经信局"
_COUNTY = "样溪县"
_SIGNER = "样溪县人民政府办公室"


def _issuer_and_date(text: str) -> tuple[str | None, str]:
    document = extract_text(text, "plan.txt").document
    return document.issuer, str(document.issued)


def test_a_table_row_on_one_line_above_the_signer_is_no_co_signer() -> None:
    text = table_signed_plan(_COUNTY, f"{_HEADER}\n{_ROW}", _SIGNER)
    assert _issuer_and_date(text) == (_SIGNER, "2031-04-08")


def test_a_table_row_separated_by_tabs_above_the_signer_is_no_co_signer() -> None:
    table = "\n".join(line.replace(" ", "\t") for line in (_HEADER, _ROW))
    assert _issuer_and_date(table_signed_plan(_COUNTY, table, _SIGNER)) == (_SIGNER, "2031-04-08")


def test_a_table_flattened_one_cell_per_line_leaves_its_unit_cells_out_of_the_signature() -> None:
    """ "8" / "县市场监管局" / "县经信局" / the signer: the offices under a figure cell are the
    last row's cells, not organs signing with the county's office."""
    table = "\n".join([*_HEADER.split(), *_ROW.split()])
    assert _issuer_and_date(table_signed_plan(_COUNTY, table, _SIGNER)) == (_SIGNER, "2031-04-08")


def test_a_table_row_right_above_the_date_is_no_issuer_but_the_date_stays() -> None:
    """No organ line above the date: the row is not read as one; no other reader names the
    issuer here, so it stays empty, and the date is still the signing date."""
    text = table_signed_plan(_COUNTY, _HEADER, _ROW)
    assert _issuer_and_date(text) == (None, "2031-04-08")


def test_a_table_row_above_the_date_leaves_the_issuer_to_the_notice_title() -> None:
    notice = f"{_SIGNER}关于印发{_COUNTY}质量品牌提升三年行动方案的通知\n"
    text = notice + table_signed_plan(_COUNTY, _HEADER, _ROW)
    assert _issuer_and_date(text) == (_SIGNER, "2031-04-08")


def test_organs_signing_one_above_the_other_still_sign_together() -> None:
    """A real joint 落款 under the body's last sentence: the first organ still leads."""
    text = table_signed_plan(
        _COUNTY,
        f"{_HEADER}\n{_ROW}\n以上指标由各牵头单位负责落实。",
        f"中共{_COUNTY}委员会\n{_SIGNER}",
    )
    assert _issuer_and_date(text) == (f"中共{_COUNTY}委员会", "2031-04-08")


def test_the_upload_preview_shows_the_signing_office(sqlite_engine: Engine) -> None:
    text = table_signed_plan(_COUNTY, f"{_HEADER}\n{_ROW}", _SIGNER)
    preview = uploads.prepare_upload(sqlite_engine, text.encode(), "plan.txt", chat_id=1, user_id=1)
    assert preview.issuer == _SIGNER


def test_who_issued_the_plan_is_answered_with_the_signing_office(tmp_path: Path) -> None:
    text = table_signed_plan(_COUNTY, "\n".join([*_HEADER.split(), *_ROW.split()]), _SIGNER)
    with invented_plans_service(tmp_path, text) as service:
        reply = ask(service, f"{_COUNTY}质量品牌提升三年行动方案是哪个单位发的?")
    assert _SIGNER in reply and "358" not in reply and "县经信局" not in reply


def test_a_society_and_a_bureau_signing_side_by_side_on_one_line_still_sign() -> None:
    """ "某县科学技术协会 某县财政局" over the date: two bodies signing on one line, each a
    body's name, stay the issuer (a society ends in 协会, no office word)."""
    signers = f"{_COUNTY}科学技术协会 {_COUNTY}财政局"
    text = table_signed_plan(_COUNTY, f"{_HEADER}\n{_ROW}\n以上指标由各牵头单位负责落实。", signers)
    assert _issuer_and_date(text) == (signers.replace(" ", ""), "2031-04-08")
