"""A small synthetic store for the lookup tests: three plans shaped like the seeds.

Built through ``store.ingest_extraction`` so the tests do not depend on the extractor. The numbers
are made up; tests assert behaviour against these records, never answers hard-coded in the code.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from policybot.knowledge import store
from policybot.knowledge.extract.records import (
    DocumentMeta,
    Extraction,
    MilestoneRecord,
    RecurringRecord,
    RewardRecord,
    Span,
    TargetRecord,
)

ESCAPE_QUOTE = "对获得<政府质量奖>&提名的企业给予最高20万元"


def _spanned(text: str, quote: str, section: str | None = None) -> Span:
    start = text.find(quote)
    return Span(start, start + len(quote), section) if start >= 0 else Span(0, 0, section)


def huzhou() -> Extraction:
    quotes = [
        "到2018年,新增为主制定“浙江制造”产品标准25项",
        "全市50家列入“浙江制造”品牌培育企业实现导入卓越绩效管理全覆盖",
        "规模以上工业企业新产品产值率达到65%",
        "每半年进行一次工作督查",
    ]
    text = "湖州市“浙江制造”品牌建设三年行动计划。" + "。".join(quotes) + "。"
    return Extraction(
        document=DocumentMeta(
            source="huzhou.txt",
            region="湖州市",
            title="湖州市人民政府办公室关于印发湖州市“浙江制造”品牌建设三年行动计划(2016-2018年)的通知",
            doc_number="湖政办发〔2016〕63号",
            issuer="湖州市人民政府办公室",
            issued=date(2016, 7, 18),
            period=(2016, 2018),
        ),
        text=text,
        targets=[
            TargetRecord(
                region="湖州市",
                subject="新增为主制定“浙江制造”产品标准",
                value=25,
                unit="项",
                qualifier="新增",
                deadline=date(2018, 12, 31),
                deadline_text="到2018年",
                lead_units=["市质量技监局", "市经信委"],
                quote=quotes[0],
                span=_spanned(text, quotes[0], "二、主要目标"),
            ),
            TargetRecord(
                region="湖州市",
                subject="品牌培育企业导入卓越绩效管理",
                value=50,
                unit="家",
                deadline=date(2018, 12, 31),
                lead_units=["市质量技监局"],
                support_units=["市经信委"],
                quote=quotes[1],
                span=_spanned(text, quotes[1], "二、主要目标"),
            ),
            TargetRecord(
                region="湖州市",
                subject="规模以上工业企业新产品产值率",
                value=65,
                unit="%",
                qualifier="达到",
                deadline=date(2018, 12, 31),
                lead_units=["市经信委"],
                quote=quotes[2],
                span=_spanned(text, quotes[2]),
            ),
        ],
        recurring=[
            RecurringRecord(region="湖州市", title="工作督查", every="half-year", quote=quotes[3])
        ],
        units=["市质量技监局", "市经信委"],
    )


def foshan() -> Extraction:
    quotes = {
        "nanhai17": "南海区2017年新增省名牌产品5个",
        "nanhai18": "南海区2018年新增省名牌产品6个",
        "chancheng18": "禅城区2018年新增省名牌产品4个",
        "milestone": "确保2017年中通过省预验收",
        "reward": "对新获得中国驰名商标的企业给予50万元奖励",
        "escape": ESCAPE_QUOTE,
    }
    text = "佛山市工业产品质量提升三年行动计划。" + "。".join(quotes.values()) + "。"

    def district_target(key: str, district: str, year: int, value: int) -> TargetRecord:
        return TargetRecord(
            region="佛山市",
            district=district,
            subject="新增省名牌产品",
            value=value,
            unit="个",
            qualifier="新增",
            deadline=date(year, 12, 31),
            deadline_text=f"{year}年",
            lead_units=[f"{district}政府"],
            quote=quotes[key],
            span=_spanned(text, quotes[key], "附件"),
        )

    return Extraction(
        document=DocumentMeta(
            source="foshan.txt",
            region="佛山市",
            title="佛山市人民政府办公室关于印发佛山市工业产品质量提升三年行动计划(2017—2019年)的通知",
            doc_number="佛府办〔2017〕23号",
            issuer="佛山市人民政府办公室",
            issued=date(2017, 6, 28),
            period=(2017, 2019),
        ),
        text=text,
        targets=[
            district_target("nanhai17", "南海区", 2017, 5),
            district_target("nanhai18", "南海区", 2018, 6),
            district_target("chancheng18", "禅城区", 2018, 4),
        ],
        milestones=[
            MilestoneRecord(
                region="佛山市",
                title="通过省预验收(全国质量强市示范城市)",
                due=date(2017, 6, 30),
                due_text="2017年中",
                lead_units=["市质量强市办"],
                quote=quotes["milestone"],
                span=_spanned(text, quotes["milestone"], "三、工作步骤"),
            ),
            MilestoneRecord(
                region="佛山市",
                title="完成三年行动计划总结评估",
                due=date(2019, 12, 31),
                due_text="2019年底",
                lead_units=["市质量强市办"],
                quote="2019年底完成总结评估",
            ),
        ],
        rewards=[
            RewardRecord(
                region="佛山市",
                achievement="新获得中国驰名商标",
                amount_yuan=500000,
                quote=quotes["reward"],
                span=_spanned(text, quotes["reward"], "四、保障措施"),
            ),
            RewardRecord(
                region="佛山市",
                achievement="获得政府质量奖提名",
                amount_yuan=200000,
                is_cap=True,
                quote=quotes["escape"],
            ),
        ],
        units=["市质量强市办", "南海区政府", "禅城区政府"],
    )


def quzhou() -> Extraction:
    quote = "對通過行政途徑新獲得中國馳名商標的給予100萬元的獎勵"  # traditional on purpose
    text = "衢州市关于品牌建设的意见。" + quote + "。"
    return Extraction(
        document=DocumentMeta(
            source="quzhou.txt",
            region="衢州市",
            title="衢州市人民政府办公室关于进一步加强品牌建设工作的意见",
            issuer="衢州市人民政府办公室",
            issued=date(2017, 11, 27),
        ),
        text=text,
        rewards=[
            RewardRecord(
                region="衢州市",
                achievement="通过行政途径新获得中国驰名商标",
                amount_yuan=1_000_000,
                quote=quote,
                span=_spanned(text, quote),
            )
        ],
        units=["衢州市品牌推进联席会议"],
    )


def load_samples(engine: Engine) -> None:
    for extraction in (huzhou(), foshan(), quzhou()):
        store.ingest_extraction(engine, extraction)
