"""Quantities: a number as written plus its measure word (25项, 10,000人次, 8—10个, 65%).

Only Arabic numerals count as commitments.  Chinese numerals in plans are almost always names
("七项重点计划", "四个一批", "三年行动") or recurrences ("每年一次"), never quotas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policybot.knowledge.chinese import CHINESE_COUNTS
from policybot.knowledge.extract.series import shared_unit_members

# Longest first, so 万人次 wins over 万 and 人次 over 人.
MEASURE_WORDS: tuple[str, ...] = (
    "个百分点",
    "个工作日",
    "工作日",
    "微克每立方米",
    "微克/立方米",
    "毫克/升",
    "亿人次",
    "亿人",
    "百分点",
    "平方公里",
    "平方米",
    "万平方米",
    "万人次",
    "人次",
    "万剂次",
    "剂次",
    "家次",
    "户次",
    "万亿元",
    "亿美元",
    "万美元",
    "亿元",
    "万元",
    "千元",
    "元",
    "万人",
    "万户",
    "万对",
    # B49-3: energy per output, "0.9吨标煤/万元" (the per-万元 form before the bare ton)
    "吨标准煤/万元",
    "吨标煤/万元",
    "万吨标准煤",
    "吨标准煤",
    "吨标煤",
    "万吨",
    "万千瓦",
    # "风电装机1.5GW", "新建高速公路120km": power and length in Latin letters (兆瓦 was tried:
    # it added one val target outside the gold, so it stays out)
    "GW",
    "MW",
    "km",
    # "举办培训80场次", "高标准农田8万标准亩"
    "场次",
    "万标准亩",
    "标准亩",
    "万家",
    "万个",
    "万件",
    "万名",
    "万项",
    "万台",
    "万套",
    "万亩",
    "万公顷",
    "千公顷",
    "公顷",
    "亿株",
    "万株",
    "株",
    "亿立方米",
    "万立方米",
    "立方米",
    "亿千瓦时",
    "万千瓦时",
    "千瓦时",
    "千瓦",
    "万标箱",
    "标箱",
    "万头",
    "万只",
    "亿公斤",
    "万公斤",
    "万千克",
    "亿斤",
    "万斤",
    "万担",
    "万辆",
    "万册",
    "万张",
    "公斤",
    "千克",
    "头",
    "只",
    "岁",
    "米",
    "公里",
    "千米",
    "小时",
    "项",
    "家",
    "个",
    "件",
    "名",
    "期",
    "次",
    "条",
    "所",
    "座",
    "种",
    "批次",
    "批",
    "支",
    "台",
    "套",
    "户",
    "人",
    "处",
    "类",
    "场",
    "篇",
    "份",
    "款",
    "位",
    "张",
    "辆",
    "艘",
    "倍",
    "亩",
    "吨",
    "天",
    "万",
    "亿",
    "%",
    "‰",
)
# "研发人员达到209人年以上": person-years, only where no word of its own follows (not "300人年底前",
# "500人年内"); first, so that 人 does not take the number.
_UNIT_PATTERN = r"人年(?=[,。;、)\s]|以上|以内|左右|$)|"
_UNIT_PATTERN += "|".join(re.escape(word) for word in sorted(MEASURE_WORDS, key=len, reverse=True))
# "满意度达到92分", "得分90分以上": points of a score, only where the word ends there (never 分别,
# 分类, 分钟 or 分局)
_UNIT_PATTERN += r"|分(?=[,。;、)\s]|以上|以内|左右|$)"
# "取得军工资质8本以上", "出版专著3本": 本 counts books or certificates only where no word of its
# own follows ("本市", "本级", "本科" are other words).
_UNIT_PATTERN += r"|本(?=[,。;、)\s]|以上|左右|$)"
# "增设电梯…开工建设200部": 部 counts machines or works only where no word of its own follows
# ("12部门", "3部委" are other words) (B38-5).
_UNIT_PATTERN += r"|部(?=[,。;、)\s]|以上|左右|$)"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_QUANTITY = re.compile(
    rf"(?<![\d.·/A-Za-z])(?<!\d,)(?P<value>{_NUMBER})"
    rf"(?:\s*(?P<unit1>%)?\s*[—\-–~～至到]\s*(?P<value_max>{_NUMBER}))?"
    rf"\s*(?P<approx>余|多)?(?P<unit>{_UNIT_PATTERN})?"
    r"(?:(?<=[\u4e00-\u9fff%])(?P<per>/(?:万人|千人|百人|10万|人|户|家|年|月|日|天|床|平方米|平方公里|公里|亩|吨)))?"
)
# "65万以上贫困人口", "30万农村劳动力": the 万 counts people named after it.
_PEOPLE_AFTER = re.compile(
    r"(?:以上|左右|多|余)?(?:贫困|农村|城镇|城乡|困难)?(?:人口|群众|农民|劳动力|居民|职工)"
)
# A bare number is a target only after a verb of reaching ("达到1.3"); "收入比缩小至1.9以内": a
# ratio narrowed to a bare number (B51-7).
_BARE_NUMBER_CUE = re.compile(
    r"(?:达到|达|超过|不低于|不少于|提高到|提升到|提高至|提升至|上升到|上升至|增长到|增长至|控制在|"
    r"保持在|稳定在|维持在|降低到|降低至|下降到|下降至|降至|增至|突破|缩小到|缩小至)\s*$"
)
# What follows a number that makes it a date, an ordinal, a code or a name, not a quantity.
_NOT_QUANTITY_AFTER = re.compile(
    r"^(?:年|月|日|号|届|中全会|大|周年|·|\+|\.\d|:\d|级|星|型|代|G\b)"
)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    text: str


# "农村贫困人口减少60万以上", "转移农村劳动力达到20万": people named before the number (a
# bare 万 is then ten thousand people, as "65万以上贫困人口" after it).
_PEOPLE_BEFORE = re.compile(
    r"(?:人口|人数|劳动力|农民工)(?:数量?|总数)?(?:减少|增加|新增|达到|达|超过|突破|实现|转移|控制在)?$"
)
# "接游人次超过280万", "游客人次达到500万": the count named before the number is of visits.
_VISITS_BEFORE = re.compile(r"人次数?(?:超过|达到|突破|达|为|实现|增至|增加到|力争)?$")


# "劳动年龄人口平均受教育年限12.5年": after a word naming a span of years (年限) the 年 that follows
# the number counts years; it is no date (B59-1).
_SPAN_OF_YEARS_BEFORE = re.compile(
    r"年限(?:达到|达|提高到|提升到|提高至|提升至|增加到|超过|不低于|不少于|为|保持在)?\s*$"
)


def _is_years_of_a_span(text: str, match: re.Match[str]) -> bool:
    return (
        text.startswith("年", match.end())
        and match["value_max"] is None
        and parse_number(match["value"]) < 100
        and _SPAN_OF_YEARS_BEFORE.search(text, max(0, match.start() - 10), match.start())
        is not None
    )


def parse_number(text: str) -> float:
    return float(text.replace(",", ""))


def find_quantities(text: str) -> list[Quantity]:
    """Every Arabic number with a measure word (or after a verb of reaching) in ``text``."""
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        unit = match["unit"] or match["unit1"]
        if unit and match["per"]:
            unit += match["per"]  # "22万元/人": a rate per person
        if unit == "万" and _PEOPLE_AFTER.match(text, match.end()):
            unit = "万人"  # "65万以上贫困人口脱贫": ten thousands of people
        elif unit == "万" and _PEOPLE_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            unit = "万人"  # "农村贫困人口减少60万以上": the people are counted before the number
        elif unit == "万" and _VISITS_BEFORE.search(
            text, max(0, match.start() - 10), match.start()
        ):
            unit = "万人次"  # "接游人次超过280万": ten thousands of visits (batch 23)
        end = match.end()
        if unit in ("万", "亿") and not match["per"]:
            unit, end = _large_unit_with_classifier(text, unit, end)
        if unit is None and _is_years_of_a_span(text, match):
            unit, end = "年", end + 1  # "平均受教育年限12.5年": a number of years, not a date
        elif (unit is None and not _is_bare_target(text, match)) or _is_code_or_date(text, match):
            continue
        value = parse_number(match["value"])
        value_max = parse_number(match["value_max"]) if match["value_max"] else None
        if value_max is not None and value_max <= value:
            value_max = None
        found.append(
            Quantity(match.start(), end, value, value_max, unit, text[match.start() : end].strip())
        )
    found.extend(_chinese_quotas(text))
    found.extend(
        shared_unit_members(
            text,
            found,
            lambda start, end, value, unit, shown: Quantity(start, end, value, None, unit, shown),
        )
    )
    return sorted(found, key=lambda quantity: quantity.start)


# "6万根", "40万套", "3亿棵": a measure word written after 万/亿 that the unit list lacks.
_CLASSIFIER_AFTER = re.compile(
    r"(?:根|套|辆|台|座|个|家|户|张|册|头|只|株|棵|盏|间|块|口|眼|部|艘|架|本|枚|箱|袋|瓶|份|件|名|项|条|"
    r"所|处|次|宗|笔|单|批|栋|幢|孔|片|尾|羽|匹|亩|吨)(?![\u4e00-\u9fff]{0,1}(?:元|米|公里|立方))"
)


def _large_unit_with_classifier(text: str, unit: str, end: int) -> tuple[str, int]:
    """ "新增充电桩6万根": the unit is 万根, not 万 followed by a stray 根."""
    # "植树造林3万余亩": 余/多 between 万 and the measure word (more than 3万亩)
    approx = 1 if text[end : end + 1] in ("余", "多") else 0
    classifier = _CLASSIFIER_AFTER.match(text, end + approx)
    if classifier is None:
        return unit, end
    return unit + classifier[0], classifier.end()


_CN_QUOTA = re.compile(
    r"(?<=新增|培育|建成|建设|打造|创建|引进|组建|形成|制定|认定|扶持|设立|选树|争创|完成|新建|培养)"
    # "创建一个以上帮扶车间": 一 is a quota only as a floor (一个以上 = at least one); bare
    # "建设一个平台" is the article, not a count
    r"(?P<value>[两二三四五六七八九十]|一(?=(?:个|家|项|所|座|条|支|名|件|处)以上))"
    r"(?P<unit>个|家|项|所|座|条|支|名|件|处)"
)
# A Chinese numeral before these words names a programme ("打造三个平台体系"), not a quota.
_PROGRAMME_WORDS = re.compile(
    r"^.{0,3}?(?:工程|行动|计划|战略|任务|机制|体系|原则|重点|方面|环节|阶段|结合|统一|转变|升级|"
    r"一批|全覆盖|目标|基地建设)"
)


def _chinese_quotas(text: str) -> list[Quantity]:
    """Small quotas written in Chinese right after a verb of building ("建设两个检测中心")."""
    found: list[Quantity] = []
    for match in _CN_QUOTA.finditer(text):
        before = text[: match.start()]
        if before.count("“") > before.count("”") or _PROGRAMME_WORDS.match(text[match.end() :]):
            continue
        value = float(CHINESE_COUNTS[match["value"]])
        found.append(
            Quantity(match.start(), match.end(), value, None, match["unit"], match.group(0))
        )
    return found


def _is_bare_target(text: str, match: re.Match[str]) -> bool:
    """A number without a measure word: a target only after 达到-like verbs, before a pause."""
    before = text[max(0, match.start() - 6) : match.start()]
    after = text[match.end() : match.end() + 4]
    if not _BARE_NUMBER_CUE.search(before) or _NOT_QUANTITY_AFTER.match(after):
        return False
    return not re.match(r"\s*[\u4e00-\u9fff]", after) or bool(
        re.match(r"\s*(?:以上|左右|以内)", after)
    )


def _is_code_or_date(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 1) : match.start()]
    after = text[match.end() : match.end() + 2]
    if before in ("第", "〔", "[", "【"):
        return True
    # "前10名" is a rank; "目前90%的水平", "当前80%" name the present, and the number counts
    if before == "前" and text[max(0, match.start() - 2) : match.start() - 1] not in ("目", "当"):
        return True
    if match["unit"] is None and _NOT_QUANTITY_AFTER.match(after):
        return True
    value_text = match["value"]
    # "…/2031-00042": a number written with leading zeros is a serial (an index number's tail, a
    # file's sequence), never a count (B52-1)
    if re.fullmatch(r"0\d+", value_text):
        return True
    return bool(re.fullmatch(r"(?:19|20)\d{2}", value_text) and after.startswith("年"))


_MONEY = re.compile(rf"(?P<value>{_NUMBER})\s*(?P<unit>亿元|万元|千元|元)")
_MONEY_FACTORS = {"亿元": 100_000_000, "万元": 10_000, "千元": 1_000, "元": 1}


# a sum's figure: one before its unit ("80万元", "另奖10—50万") or a range's lower end before the dash
_SUM_FIGURE = re.compile(
    rf"(?P<value>{_NUMBER})(?=\s*(?:(?:亿|万|千)?元|万|亿|千)|\s*[—–~至到-]\s*\d)"
)


def scaled_sums(text: str, share: float) -> str:
    """``text`` with each sum it states at ``share`` of itself, in the unit written: a share of
    "50万元至80万元" at a half is "25万元至40万元" (a participant's half of a leader's range)."""
    return _SUM_FIGURE.sub(lambda match: f"{parse_number(match['value']) * share:g}", text)


def find_money(text: str) -> list[tuple[int, float]]:
    """Sums of money in yuan, with their offsets: 50万元 -> 500000."""
    return [
        (match.start(), parse_number(match["value"]) * _MONEY_FACTORS[match["unit"]])
        for match in _MONEY.finditer(text)
    ]
