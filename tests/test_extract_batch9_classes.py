"""General rules for the failure classes first seen on batch 9 (corpus/unseen/FAILURES.md, "Batch 9
fresh").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract.metadata import extract_metadata

# --- metadata ----------------------------------------------------------------------------------


def test_a_contact_address_above_the_signature_is_no_co_signer() -> None:
    text = (
        "为做好质量提升工作,我局起草了实施意见(征求意见稿),现公开征求意见。\n"
        "联系电话:0000-1234567\n"
        "地址:青州市城区某某街道某某路东20米青州市市场监督管理局\n"
        "青州市市场监督管理局\n"
        "2031年5月6日\n"
        "关于推进广东省质量强省建设纲要落实的实施意见\n"
    )
    meta = extract_metadata("x.txt", text)
    assert meta.issuer == "青州市市场监督管理局"
    assert meta.region == "青州市"
