"""The "对[achievement]…给予[treatment]" rule: one reward per achievement of a clause group.

Reads the rule (with or without 的, across clauses, at a rate or threshold), splits its
achievements and pairs them with their sums in order ("分别"), or gives all of them one sum.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.conditions import WHOLE_TOTAL
from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.achievements import split_achievements
from policybot.knowledge.extract.rewards.clauses import _clean_granted, _rule_quote
from policybot.knowledge.extract.rewards.levels import _level, _role
from policybot.knowledge.extract.rewards.rates import (
    _rate_rewards,
    _respective_rates,
    chained_rates,
    class_rates,
)
from policybot.knowledge.extract.rewards.vocabulary import (
    _CAP,
    _ITEM_NUMBER,
    _LEVEL_NAME,
    _NAMED_RECIPIENT_END,
    _PERSON_WHO,
    _RATE_PHRASE,
    _RECORDS_STATE,
    _REWARD_CUE,
    _STATED_SUM,
    fund_or_threshold,
)

_TREATMENT = (
    # "市政府另分别给予…": a further sum ("另", "再") by the payer named before it
    # "区财政另行奖励5万元": 另行 pays on top too, no achievement of its own (attack56 H5)
    r"(?:分别|均|各|另行|另|再|还|由[^,;。]{1,12}?|(?:省|市|县|区)级?财政|(?:省|市|县|区)(?:人民)?政府|"
    # "…,财政部门给予…的贴息支持": the paying department named before its verb (B37-2)
    r"(?:[\u4e00-\u9fff]{0,4}?)财政(?:部门|局)(?=给予|予以)|"
    # "通过“一事一议”另行安排相应经费进行奖励": the way of paying before the reward verb
    r"通过[^,;。]{1,24}?(?=进行(?:奖励|表彰|补助))|"
    # "可采取“一事一议”,补助比例最高不超过20%": a case-by-case subsidy, its rate capped
    r"(?:可|可以)?采取[“\"]一事一议[”\"](?:的?方式)?,(?=(?:补助|奖补|补贴|奖励)(?:比例|标准))|"
    # "…的企业,开发区管委会给予人民币8万元的奖励": the paying body named before its verb
    # "…的,高新区给予奖励200万元", "高新区先给予100万元奖励": a zone paying in its own name (B42-11)
    r"[\u4e00-\u9fff]{0,8}?(?:管委会|管理委员会|管理区|人民政府|办事处|高新区|开发区|新区|园区)"
    r"(?:先|再|另)?(?=给予|奖励|一次性)|"
    # "每生一次性资助5000元", "每亩补助300元", "每年每院补助5万元", "银牌每枚奖励1万元": a sum per
    # pupil, per medal, per unit of area or per facility, its measure word before the verb
    r"(?:每(?:年|月))?每(?:[件项家个次户名人生位所村院座台套亩辆床株头处枚篇]|平方米|吨)(?:每(?:月|年))?|"
    # "每项认证奖励2万元": the item's noun after the measure word
    r"每[项件](?:认证|标准|专利|成果|产品|品牌|商标)(?=(?:一次性)?(?:给予|奖励|补助|资助|补贴|奖补))|"
    # "对新认定的…企业,最高奖励100万元": a ceiling word before the verb (is_cap from _CAP)
    r"(?:最高|最多)(?=(?:可)?(?:给予|予以|奖励|补助|资助|补贴|奖补|一次性)))*"
    r"(?:可)?(?:给予|按照?|在[^,;。]{0,12}给予|予以|进行(?=奖励|表彰|补助)|奖励|补助|资助|补贴|奖补|一次性|优先|"
    # "对通过国家级验收的示范企业,每家15万元": a sum per recipient with no verb before it
    r"每[家个项件户](?=\s*(?:人民币)?\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元\s*(?:[;。]|$))|"
    # "每人每月发放生活补贴1000元": paid out as an allowance
    r"发放(?=[^,;。]{0,8}(?:补贴|补助|奖励|奖金|津贴))|"
    # "在20亿元基础上每突破10亿元,增加10万元奖励": a further sum per step, its noun after it (B57-7)
    r"(?:增加|追加)(?=\s*(?:人民币)?\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元的?(?:奖励|奖金|奖补)))"
)
# A short condition between achievement and reward: "经认定," "经市政府批准,"
# "由县政府颁发奖牌和证书,并给予…": a plaque handed over before the sum is no achievement either.
_CONDITION = (
    r"(?:(?:(?:经|按|在|凡|如)(?:(?!给予|予以)[^,;。::]){1,30}|"
    r"由[^,;。]{1,20}?(?:颁发|授予|颁授)[^,;。]{0,20}|"
    # "对月度新增的限上企业,企业统计报表基础资料完整,给予…": a state the claimant's records must be
    # in is a condition of the reward, not its achievement (B57-2)
    rf"[^,;。::]{{2,20}}?{_RECORDS_STATE}),\s*){{1,2}}"
    r"(?:再|另|还|并|同时)?"
)
# "对新建的家庭农场,经认定后给予2万元补助": the same condition with no comma before the grant
# (read as the achievement, "经认定后", the recipient was lost).
_BARE_CONDITION = (
    r"(?:(?:经|待|通过)[^,;。::]{1,16}?(?:后|合格|通过)"
    r"(?=(?:一次性)?(?:给予|予以|奖励|补助|资助|补贴|奖补)))?"
)
_RULE = re.compile(
    # a bracketed definition inside the achievement may hold commas ("同比(同比基数为…,…)净增…")
    rf"(?:(?<=[,;。:])|^){_ITEM_NUMBER}(?:对于?)?"
    # "…,给予每户不超过2万元的一次性创业补贴", "…,分别给予一定的奖补": a clause opened by the grant
    # is the treatment, never an achievement closed by 的
    # (nor one opened by the condition it is granted on: ",经认定后给予每家2万元的补助")
    r"(?!(?:分别|均|各)?(?:给予|予以))"
    r"(?!(?:经|待|通过)[^,;。::]{1,16}?(?:后|合格|通过)(?:一次性)?(?:给予|予以))"
    rf"(?P<achievement>(?:[^,;。()]|\([^()]*\)){{3,160}}?)\s*,?\s*的"
    r"(?:\([^()]{1,20}\))?"  # "参与制定国家标准的(排名前三),每项奖励…"
    r"(?P<recipient>(?:[\u4e00-\u9fff]{0,6}?(?:单位|企业|个人|机构|项目|团队|组织|人员|集体|权利人|人才|"
    r"研究生|毕业生|技师|技工|选手|学生|博士|教师|医生)"
    r"(?:或|和|及)?){0,2}"
    # "单个农业项目、第三产业项目(不含房地产开发)、教育卫生项目": a list of kinds of project
    r"(?:(?:\([^()]{1,12}\))?、[\u4e00-\u9fff]{1,8}?项目){0,4}(?:\([^()]{1,12}\))?"
    # "单个农业、第三产业项目": kinds sharing the one 项目 that closes them
    r"|(?:[\u4e00-\u9fff]{1,6}、){1,3}[\u4e00-\u9fff]{1,8}?项目"
    r"(?:(?:\([^()]{1,12}\))?、[\u4e00-\u9fff]{1,8}?项目){0,4}(?:\([^()]{1,12}\))?)"
    rf"(?P<list_tail>、[^,;。]{{2,80}}?的(?:单位|企业|个人|机构))?\s*,?\s*"
    # "连续两年保持规上的,再奖励2万元": a further sum for the same firm
    rf"(?:{_CONDITION})?{_BARE_CONDITION}(?:再|另|还|同时)?(?P<treatment>{_TREATMENT}[^;。]*)"
)
# "(一)企业年度区级财力贡献合计不低于50万元人民币,给予一次性10万元奖励": a tier whose
# achievement is a threshold sum, with neither 对 nor a closing 的.
_RULE_THRESHOLD = re.compile(
    rf"(?:(?<=[,;。:])|^){_ITEM_NUMBER}"
    r"(?P<achievement>[^,;。]{2,80}?(?:不低于|不少于|达到|超过|突破)\s*\d+(?:\.\d+)?\s*(?:万|亿)?元"
    r"(?:人民币)?(?:以上)?)\s*,\s*"
    rf"(?P<treatment>{_TREATMENT}[^;。]*)"
)
# "年销售额2亿元以上、1~2亿元且增速达30%及以上,分别给予3万元、1.5万元": bands of a measure
# closed by 以上, paid 分别 in the clause after them, with no 对 or closing 的 (R50-2).
_RULE_BANDS = re.compile(
    rf"(?:(?<=[,;。:])|^){_ITEM_NUMBER}"
    r"(?P<achievement>[^,;。:]{2,80}?\d(?:\.\d+)?\s*(?:万|亿)?(?:元|%|人|家|个|吨)?"
    r"(?:\([^()]{1,6}\))?(?:及|或)?以上)(?:\([^()]{1,60}\))?\s*,\s*"
    # ",企业统计报表资料完整,分别给予…": a qualifying clause with no figure between
    r"(?:[^,;。:\d()]{2,20},\s*)?"
    rf"(?P<treatment>分别{_TREATMENT}[^;。]*)"
)
# "企业研发投入,按其新增部分的10%给予补助,最高不超过50万元": what is subsidised, then a rate of
# it; neither 对 nor a closing 的 (an item's first clause, short).
_RULE_RATE = re.compile(
    rf"(?:(?<=[。:])|^){_ITEM_NUMBER}(?P<achievement>[^,;。:]{{3,30}}?)\s*,\s*"
    r"(?P<treatment>按(?:照)?[^,;。]{1,30}?\d+(?:\.\d+)?\s*[%‰][^,;。]{0,6}?(?:给予|予以)?"
    # "…符合上述奖励条件,按…投资的3‰计算奖金": a bonus reckoned at the rate (B46-3)
    r"(?:补助|贴息|补贴|奖励|资助|奖补|计算奖金|计发奖金|核定奖金)[^;。]*)"
)
# "3、对引进融资资金按融资金额的1.5%进行奖励": what is paid for after 对 and its rate with no comma
# between them (B46-13).
_RULE_RATE_AFTER_DUI = re.compile(
    rf"(?:(?<=[。:;])|^){_ITEM_NUMBER}对(?P<achievement>[^,;。:按]{{2,30}}?)"
    r"(?P<treatment>按(?:照)?[^,;。]{1,30}?\d+(?:\.\d+)?\s*[%‰][^,;。]{0,4}?(?:给予|予以|进行)?"
    r"(?:补助|贴息|补贴|奖励|资助|奖补)[^;。]*)"
)
# "对公建公营敬老院按照每年每院5万元的标准给予补助": what is paid for after 对, then the sum per
# unit as the standard it is paid by ("按每平方米100元给予补助"), with no comma between them.
_RULE_STANDARD_AFTER_DUI = re.compile(
    rf"(?:(?<=[。:;,])|^){_ITEM_NUMBER}对(?P<achievement>[^,;。:按]{{2,40}}?)"
    r"(?P<treatment>按(?:照)?[^,;。%‰]{0,16}?\d+(?:\.\d+)?\s*(?:万|亿|千)?元(?:/[人户家个亩])?的?"
    r"(?:(?:补助|奖励|补贴|资助|奖补)?标准)?(?:给予|予以|发放|进行)[^;。]*)"
)
# "对新认定的国家级企业技术中心,由市财政给予…": the achievement has no closing 的; without 对
# it must open with the verb of an achievement ("新认定市级品牌示范企业给予10万元").
_ACHIEVEMENT_VERB = (
    r"(?:新认定|认定|新获评|获评|新获得|获得|荣获|首次|新获|被评为|入选|列入|新引进|"
    # "每引进1个创新创业团队,给予最高10万元支持", "引进1名高层次人才,给予…": a sum per
    # recruit, counted right after the verb (B45-7)
    r"每(?:新)?引进|引进(?=\d+\s*(?:名|个|位|支|家))|"
    # "新建成的国家级、省级众创空间,分别给予…", "获批国家级…的": what was built or approved
    r"新建成|新获批|获批|新设立|成功创建|被认定为|被命名为|新晋|晋升为)"
)
# "对新入区供地项目,投资总额在1亿元以上,按照…原则,给予…": the size the project must reach, a
# clause of its own after the achievement, still names who is paid (B43-8).
_SIZE_CLAUSE = (
    r"(?:,\s*(?:单个项目)?(?:总投资|投资总额|投资额|固定资产投资额?|年(?:主营业务|销售)收入|营业收入)"
    r"[^,;。\d]{0,8}?(?:在|达到|达|超过)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?元(?:人民币)?(?:以上|及以上))"
)
_RULE_WITHOUT_DE = re.compile(
    # "当年认定为省级首版次软件的产品,一次性奖励企业50万元": a time word may open the achievement
    rf"(?:(?<=[,;。:])|^){_ITEM_NUMBER}(?:对|(?=(?:当年度?|年内|本年度)?{_ACHIEVEMENT_VERB}))"
    rf"(?P<achievement>[^,;。]{{3,80}}?{_SIZE_CLAUSE}?)"
    rf"(?:,\s*(?:{_CONDITION})?{_BARE_CONDITION}|(?=分别|给予))"
    rf"(?P<treatment>{_TREATMENT}[^;。]*)"
)
# "对覆盖产业园区、服务大中型企业,面向…开展创新应用,且日均流量超过30GB的新建5G基站,省财政给予
# 每个最高5000元补贴": one recipient ("的新建5G基站") whose qualifying clauses run over commas before
# the payer and the sum.  Read only when no comma-free form reads the clause, when the clause opens
# with 对 and when the treatment states a sum.
_RULE_ACROSS_CLAUSES = re.compile(
    rf"^{_ITEM_NUMBER}对于?(?P<achievement>[^;。]{{3,160}}?的[^,;。的]{{1,12}})\s*,\s*"
    rf"(?P<treatment>{_TREATMENT}[^;。]*)"
)
# A directive to others ("各地、各部门应…对成绩显著的企业予以奖励") names no rule of its own.
_DIRECTIVE = re.compile(
    r"^[^,;。]{0,12}(?:各地|各部门|各单位|各县|各区|各级)[^,;。]{0,12}(?:应|要)"
)
# "奖励办法", "奖励制度": a reward scheme to be written, not a treatment.
_SCHEME = re.compile(
    r"^(?:奖励|补助|补贴|扶持)(?:办法|制度|机制|政策|标准|细则|范围|对象|规则|资金管理)"
)
# The reward money as the subject of a direction on paying or using it, not a promise.
_MONEY_HANDLED = re.compile(r"^(?:奖励|补助|奖补|扶持|补贴)(?:资金|金额|经费)")
_LEVEL_PAIR = re.compile(
    rf"^(?P<verb>{_ACHIEVEMENT_VERB})?(?P<first>国家级|省级|市级|县级|区级)(?:及|和|、|或)"
    r"(?P<second>国家级|省级|市级|县级|区级)(?P<items>.+)$"
)
_VAGUE_MERIT = re.compile(
    r"(?:成绩|成效|贡献|表现|业绩)(?:显著|突出|明显|优异|较大)|先进(?:集体|个人)"
)


# "对引进两类行业项目的引资者按不同标准给予奖励": a principle of the rule (its rewards differ by
# kind), no reward of its own (B38-4).
_BY_DIFFERENT_STANDARDS = re.compile(r"(?:按照?|依照|根据)(?:不同|各自|相应)的?(?:标准|类别|档次)$")
# "对获得认定的组织(个人)按照以下方式和标准给予奖励:": the lead of the rule's list of rewards,
# none of its own (B40-5).
_BY_THE_LIST_BELOW = re.compile(
    r"^(?:按照?|依照|根据)(?:以下|下列|如下)的?(?:方式|办法|规定)?(?:和|及|与)?(?:标准|方式|办法|规定)"
    r"(?:给予|予以)(?:奖励|奖补|补助|补贴|扶持)\s*[::]?$"
)


# ",奖励额度为新增县级留成部分的30%": the rate of a reward whose rule gave no sum.
_SHARED_RATE = re.compile(
    r",\s*(?P<rate>(?:奖励|奖补|补助)(?:额度|标准|金额)?(?:为|按)[^,;。]{2,40})"
)


# "对在主板、创业板上市的:融资2亿元以下的,给予…": a class led in before a colon, then its bands (B42-12).
_COLON_LEAD = re.compile(r"^(?P<lead>[^::]{2,120}?的)\s*[::]\s*(?P<band>[^::]{2,60})$")


def _band_after_colon_lead(achievement: str) -> str:
    """The band a colon-led class is paid by ("…上市的:融资2亿元以下" -> "融资2亿元以下"): the list
    before the colon says which firms the bands are of, not achievements of their own."""
    match = _COLON_LEAD.match(achievement.strip())
    return match["band"].strip() if match else achievement


# "对在四板挂牌的企业,按照展示板和交易板分别给予一次性5万元和50万元的奖励": the classes the sums
# go to, named after 按照 before 分别 (B42-10).
_RESPECTIVE_CLASSES = re.compile(
    r"^\s*(?:按照?|依据|根据)(?P<classes>[^,;。]{2,40}?)(?:的不同)?\s*,?\s*分别(?:给予|予以|奖励|补助|资助|奖补)"
)


def _respective_classes(achievement: str, treatment: str, count: int) -> list[str] | None:
    """One achievement per class a 分别 sum list is paid by ("按照展示板和交易板分别给予5万元和50万元"
    -> "…(展示板)", "…(交易板)"), when the classes are as many as the sums."""
    match = _RESPECTIVE_CLASSES.match(treatment)
    if match is None:
        return None
    classes = [item.strip() for item in re.split(r"[、和及与]", match["classes"]) if item.strip()]
    if len(classes) != count or any(len(item) > 12 for item in classes):
        return None
    return [f"{achievement}({item})" for item in classes]


def _rewards_in_part(
    text: str, offset: int, ctx: DocContext, section: str | None, lead: str = ""
) -> list[RewardRecord]:
    """The rewards of one clause group: one per achievement, each with its own sum if any.

    ``lead`` is the start of the sentence before this group (a directive subject sits there).
    """
    rule = _read_rule(text, lead)
    if rule is None:
        return []
    rate: re.Match[str] | None = None
    match, achievement_text, treatment = rule
    banded = _bands_with_condition(text, match, achievement_text)
    achievement_text, rate_text = _rate_of_rule(achievement_text, treatment, match.re is _RULE)
    main = re.split(
        r",\s*(?=(?:每(?:个|家|户)?|单个|单一)(?:企业|单位)|累计|年度|同一|"
        # ",全年奖励资金总额不超过100万元": the year's total, a condition of the document
        rf"{WHOLE_TOTAL}[^,;。]{{0,8}}?(?:奖励|奖补|补助|扶持|资助)(?:资金|经费|金额)?(?:总额|合计|累计)|"
        # ",奖励资金年度总额不超过300万元": the yearly budget of all awards (attack51)
        r"(?:奖励|奖补|补助|扶持|资助)(?:资金|经费)(?:年度|全年|每年)(?:总额|总量))",
        treatment,
    )[0]
    if find_money(main) or not find_money(treatment):
        treatment = main  # a per-firm cap after the sum is a condition, not the sum
    other = _OTHER_RECIPIENT_SUM.search(treatment)
    if other is not None and find_money(treatment[: other.start()]):
        # "…给予奖励30万元,个人给予奖励3万元": the second sum is the individual's (B40-8)
        treatment = treatment[: other.start()]
    staff = _STAFF_SUM.search(treatment)
    staff_only = staff is not None and not find_money(treatment[: staff.start()])
    amounts = [
        amount for at, amount in find_money(treatment) if not fund_or_threshold(treatment, at)
    ]
    pair = _LEVEL_PAIR.match(achievement_text.strip())
    if pair and len(amounts) == 2 and "分别" in treatment:
        return _level_pair_rewards(pair, amounts, match, offset, treatment, ctx, section)
    achievement_text = _band_after_colon_lead(achievement_text)
    if not banded:
        achievement_text = _with_clause_before_qie(text, match, achievement_text)
    achievements = (
        banded or _bands_joined_by_he(achievement_text) or split_achievements(achievement_text)
    )
    if (
        len(achievements) > 1
        and len(set(amounts)) <= 1
        and "分别" not in treatment + achievement_text
        and _joint_thresholds(achievements)
    ):
        # "经营满一年、带动就业10人以上的返乡创业实体", "增长20%以上、且总额超过500万元的企业":
        # thresholds of different measures one recipient meets together, one reward
        achievements = [_clean_granted(achievement_text)]
    if match.re is _RULE_ACROSS_CLAUSES:
        # qualifying clauses of one recipient, not a list of achievements
        achievements = [_clean_granted(achievement_text)]
    if (
        len(achievements) > 1
        and len(set(amounts)) <= 1
        and _shares_one_sum(achievements, treatment)
    ):
        achievements = [_clean_granted(achievement_text)]
    if (
        len(achievements) > 1
        and len(set(amounts)) <= 1
        and "分别" not in treatment
        and _QUALITIES_OF_ONE.match(achievement_text.strip())
    ):
        # "对月度新增的、首次纳统的限上企业,…给予…4万元": qualities of one firm (attack50 M4)
        achievements = [_clean_granted(achievement_text)]
    if len(achievements) > 1 and not amounts and _BY_OTHER_RULES.match(treatment.strip(" ,")):
        # "对新获批的国家级、省级和市级研发中心的…企业,按照《某规划》规定予以奖励": the sums are
        # another document's; the listed levels are one class it points there
        achievements = [_clean_granted(achievement_text)]
    if len(achievements) > 1 and not amounts and "分别" in achievement_text:
        # "增幅分别达到30%以上、20%以上、15%以上的给予奖励,奖励额度为…的30%": bands (of the
        # tiers named before) that share one rate are one reward, its rate the treatment
        achievements = [_clean_granted(achievement_text)]
        rate = _SHARED_RATE.search(treatment)
    if len(achievements) == 1 and len(amounts) >= 2 and "分别" in treatment and not banded:
        # "年销售额2亿元以上、1~2亿元且增速达30%以上的企业,分别给予3万元、1.5万元": as many
        # bands as sums paid 分别, one reward each (R50-1)
        listed = split_achievements(achievement_text, respective=True)
        if len(listed) == len(amounts):
            head = re.match(r"[^\d]*", listed[0])
            measure = head.group(0) if head else ""
            achievements = [measure + item if re.match(r"\d", item) else item for item in listed]
    if len(achievements) == 1 and len(amounts) >= 2 and "分别" in treatment:
        # B60-10: "新评定为国家2—5星级的乡村旅游示范单位,分别给予2万元、4万元、8万元、15万元":
        # a range of grades, one per sum
        achievements = _grade_range(achievements[0], len(amounts)) or achievements
    if len(achievements) == 1 and len(amounts) >= 2 and "分别" in treatment:
        achievements = (
            _respective_classes(achievements[0], treatment, len(amounts))
            or _award_and_lesser_prizes(achievements[0])
            or achievements
        )
    if "分别" in treatment:
        achievements = _split_last_by_he(achievements, len(amounts))
    rates = _respective_rates(treatment) if not amounts else []
    chained = chained_rates(treatment.strip(" ,")) if not amounts and not rates else []
    if chained and len(achievements) == 1:
        # one achievement paid at a chain of rates (its bands lost): one reward per rate (B46-8)
        achievements = [f"{achievements[0]}({rate})" for rate, _ in chained]
        return _rate_rewards(achievements, chained, match, offset, ctx, section)
    if not rates and not amounts and len(achievements) == 1:
        classes = class_rates(treatment)
        if len(classes) >= 2:
            # "对…企业贷款,财政部门给予A贷款利息2%、B贷款利息1.5%的贴息支持": one reward per class
            achievements = [f"{achievements[0]}({who})" for who, _ in classes]
            return _rate_rewards(achievements, classes, match, offset, ctx, section)
    if rates:
        achievements = _split_last_by_he(achievements, len(rates))
        if len(achievements) == len(rates):
            return _rate_rewards(achievements, rates, match, offset, ctx, section)
    is_cap = bool(_CAP.search(treatment))
    levels = [_level(achievement) for achievement in achievements]
    distinguishes = (
        "分别" in treatment
        or len(set(amounts)) > 1
        or (len(levels) > 1 and None not in levels and len(set(levels)) == len(levels))
    )
    quote_start, quote_end, quote = _rule_quote(ctx.text, offset, match)
    sums = [_amount_for(index, len(achievements), amounts) for index in range(len(achievements))]
    records = [
        RewardRecord(
            region=ctx.region,
            achievement=achievement,
            quote=quote,
            role=_role(achievement),
            level=_level(achievement) if distinguishes else None,
            amount_yuan=amount,
            is_cap=is_cap and amount is not None,
            treatment=rate_text
            if amounts or rate_text
            else _treatment_text(treatment) + (f",{rate['rate']}" if rate else ""),
            span=Span(quote_start, quote_end, section),
        )
        for achievement, amount in zip(achievements, sums, strict=True)
    ]
    if staff_only and staff is not None:
        # "给予通报表扬,乡镇统计工作人员各奖励3000元": the sum goes to the staff named, not to
        # the recipient the rule opened on
        records = [
            replace(record, achievement=f"{record.achievement}({staff['who']})"[:120])
            for record in records
        ]
    other_sum = [value for _, value in find_money(other["amount"])] if other is not None else []
    if len(records) > 1 and other is not None and other_sum and other_sum[0] not in sums:
        # one reward per listed item for the individual too (a single item's second recipient is
        # read after the piece, headings._second_recipients)
        records += [
            replace(
                record,
                achievement=f"{record.achievement}({other['who']})"[:120],
                amount_yuan=other_sum[0],
                is_cap=False,
            )
            for record in records
        ]
    return records


# "月度新增的、首次纳统的限额以上商贸企业": qualities listed each with its 的, all of one
# recipient (not titles, each of which earns the sum: "获得A的、获得B的企业").
_QUALITY = (
    r"(?!获得|荣获|获评|新获|被评为|被认定|被命名|认定为|新认定|入选|列入|晋升)[^、的,;。]{2,16}的"
)
_QUALITIES_OF_ONE = re.compile(rf"^{_QUALITY}(?:、{_QUALITY})*、{_QUALITY}[^、,;。]{{2,24}}$")


# "…的组织,给予奖励30万元,个人给予奖励3万元": after the sum, another kind of recipient and its own sum.
_OTHER_RECIPIENT_SUM = re.compile(
    r"[,;]\s*(?P<who>个人|集体|团队)(?:每人)?(?:给予)?(?:一次性)?(?:奖励|奖金)(?:人民币)?\s*"
    r"(?P<amount>\d+(?:\.\d+)?\s*万?元)"
)
# "…的乡镇,给予通报表扬,乡镇统计工作人员各奖励3000元": the only sum is the staff's (attack50 M4).
_STAFF_SUM = re.compile(
    rf"[,;]\s*(?P<who>{_PERSON_WHO})(?:每人|各)?(?:给予)?(?:一次性)?(?:奖励|奖金)(?:人民币)?\s*"
    r"(?P<amount>\d+(?:\.\d+)?\s*万?元)"
)


# "且比上年度增幅达20%(含)以上的": a clause adding a condition to the bands of the clause before it.
_FURTHER_CONDITION = re.compile(r"^\s*(?:且|并且|同时)")
# "对单栋楼宇年度经济贡献500万元(含)以上、1000万元(含)以上": bands of one measure, listed.
_BANDS_BEFORE = re.compile(
    rf"^{_ITEM_NUMBER}(?:[^,;。:]{{0,16}}[。.]\s*)?对于?"
    r"(?P<bands>[^,;。]{2,40}?\d[^,;。]*?(?:、[^,;。、]{0,12}?\d[^,;。、]*?){1,6})$"
)


def _bands_with_condition(text: str, match: re.Match[str], achievement: str) -> list[str] | None:
    """ "对A500万元以上、1000万元以上,且增幅达20%以上的,分别给予…": the bands of the clause before a
    "且…" condition are what is rewarded, one achievement each, the condition applying to every
    band (B37-4); None when the achievement is not such a condition."""
    start = match.start("achievement")
    if not _FURTHER_CONDITION.match(achievement) or start < 2 or text[start - 1] not in ",,":
        return None
    clause_start = max(text.rfind(mark, 0, start - 1) for mark in ",,;。:") + 1
    before = _BANDS_BEFORE.match(text[clause_start : start - 1])
    if before is None:
        return None
    items = before["bands"].split("、")
    head = re.match(r"[^\d]*", items[0])
    measure = head.group(0) if head else ""
    condition = achievement.strip(" ,")
    return [
        f"{item if index == 0 else measure + item.strip()}{condition}"
        for index, item in enumerate(items)
    ]


# "按照《某规划》(某政〔2010〕14号)规定予以奖励", "参照《…》执行": paid by another document's rules
_BY_OTHER_RULES = re.compile(r"^(?:按照?|依照|参照)《[^》]{2,60}》[^,;。]{0,24}?(?:规定|标准|执行)")


def _split_last_by_he(achievements: list[str], count: int) -> list[str]:
    """ "先进市、标兵县和先进县分别奖励50万元、100万元和50万元": the last item of a list is
    joined by 和 (or 及), which splits only where one more item is what the sums ask for."""
    if not achievements or len(achievements) + 1 != count:
        return achievements
    # "省级及以上": a range of levels, not two items
    parts = re.split(
        r"(?<=[\u4e00-\u9fff])(?:和|及)(?=[\u4e00-\u9fff])(?![以]?[上下])", achievements[-1]
    )
    if len(parts) != 2 or min(len(part) for part in parts) < 2:
        return achievements
    return [*achievements[:-1], *parts]


def _shares_one_sum(achievements: list[str], treatment: str) -> bool:
    """ "对甲公司、乙公司等5家企业予以通报表彰,每家奖励10万元": one reward, its recipients listed;
    "获得二等奖的甲区、乙县分别奖励3万元" too ("分别" before one sum pays each named recipient it)."""
    shared = re.match(r"\s*(?:各|均|每(?:家|户|个|县|镇|乡|村))", treatment) or (
        re.match(r"\s*分别", treatment) and len(find_money(treatment)) == 1
    )
    return bool(
        shared
        and all(_NAMED_RECIPIENT_END.search(item) for item in achievements)
        and not any(_LEVEL_NAME.search(item) for item in achievements)
    )


def _rate_of_rule(achievement: str, treatment: str, closed_by_de: bool) -> tuple[str, str | None]:
    """(achievement, rate treatment): a rate written before the reward verb ("技术合同交易额按照
    交易额的3%给予奖补") is how the sum is reckoned, not what is rewarded; a rate in the treatment's
    first clause ("按设备投资额的10%给予补助,最高…") is kept as the treatment beside the ceiling."""
    first = re.split(r"[,,]", treatment.strip(" ,"), maxsplit=1)[0]
    rate = _RATE_PHRASE.search(achievement)
    if rate and rate.start() >= 2:
        joiner = "的" if closed_by_de else ""
        return achievement[: rate.start()].strip(" ,"), (
            rate.group(0) + achievement[rate.end() :] + joiner + first
        )[:80]
    if _RATE_PHRASE.search(first):
        return achievement, first[:80]
    return achievement, None


_THRESHOLD_WORD = re.compile(r"以上|以下|满|超过|达到|突破|不低于|不少于|增长|增幅")


def _joint_thresholds(achievements: list[str]) -> bool:
    """Whether listed items are thresholds of different measures (each writes a threshold word,
    and no two open with the same words), so one recipient must meet them all."""
    if not all(_THRESHOLD_WORD.search(item) for item in achievements):
        return False
    heads = [re.sub(r"^(?:且|并且|同时|对于?)", "", item)[:2] for item in achievements]
    if len(set(heads)) != len(heads) or any(re.match(r"\d", item) for item in achievements[1:]):
        return False  # bands of one measure ("首次达到1亿元、5亿元", "增幅达到25%以上、12%以上")
    joined = any(re.match(r"\s*(?:且|并且|同时)", item) for item in achievements[1:])
    return joined or not any(find_money(item) for item in achievements)


# "企业年缴纳税收500万元以上,且增幅在10%以上的,按…给予奖励": a "且…" achievement adds a condition
# to the clause before it, which is the achievement's first part.
_QIE = re.compile(r"\s*(?:且|并且)")


def _with_clause_before_qie(text: str, match: re.Match[str], achievement: str) -> str:
    start = match.start("achievement")
    if not _QIE.match(achievement) or start < 2 or text[start - 1] not in ",,":
        return achievement
    clause_start = max(text.rfind(mark, 0, start - 1) for mark in ",;。:") + 1
    before = re.sub(f"^{_ITEM_NUMBER}(?:对于?)?", "", text[clause_start : start - 1]).strip()
    if not 2 <= len(before) <= 40 or (find_money(before) and _REWARD_CUE.search(before)):
        return achievement
    return f"{before},{achievement.strip()}"


# "获得中国质量奖及提名奖", "获得某奖一等奖、二等奖": an award and its lesser prizes.
_LESSER_PRIZES = re.compile(
    r"^(?P<award>.+?奖)(?P<prizes>(?:(?:及|和|与|、)(?:提名奖|[一二三四]等奖|优秀奖|鼓励奖))+)$"
)


def _award_and_lesser_prizes(achievement: str) -> list[str] | None:
    """ "获得中国质量奖及提名奖" (分别…) -> the award and "获得中国质量奖提名奖": one reward each."""
    match = _LESSER_PRIZES.match(achievement)
    if match is None:
        return None
    award = match["award"]
    prizes = re.findall(r"提名奖|[一二三四]等奖|优秀奖|鼓励奖", match["prizes"])
    return [award, *(award + prize for prize in prizes)]


def _level_pair_rewards(
    pair: re.Match[str],
    amounts: list[float],
    match: re.Match[str],
    offset: int,
    treatment: str,
    ctx: DocContext,
    section: str | None,
) -> list[RewardRecord]:
    """ "对新认定国家级及省级A、B,分别给予50万元、20万元": one reward per level and item."""
    verb = pair["verb"] or ""
    items = split_achievements(pair["items"])
    quote_start, quote_end, quote = _rule_quote(ctx.text, offset, match)
    records: list[RewardRecord] = []
    for level_word, amount in zip((pair["first"], pair["second"]), amounts, strict=True):
        for item in items:
            achievement = f"{verb}{level_word}{item}"
            records.append(
                RewardRecord(
                    region=ctx.region,
                    achievement=achievement,
                    quote=quote,
                    role=_role(achievement),
                    level=_level(achievement),
                    amount_yuan=amount,
                    is_cap=bool(_CAP.search(treatment)),
                    span=Span(quote_start, quote_end, section),
                )
            )
    return records


_DUI = re.compile(r"(?<![绝相针面核应反比校])对(?![比接口外标象照])")
# An achievement that ends on a verb without its object ("当年新增", "企业实施", "重新认定"): the
# object is the noun after 的.
_OBJECT_AFTER_DE = re.compile(
    r"(?:新增|认定|引进|实施|新建|建设|评定|获批|创建|设立|组建|培育|落户|投产|入驻|招引|"
    r"评为|列入|入选|备案|登记)$"
)


def _verb_before_its_object(achievement: str) -> bool:
    """Whether the achievement ends on a verb whose object is the noun after its 的 ("当年新增"),
    or on a further quality of that noun after such a verb and its 的 ("月度新增的首次纳统",
    "月度新增的、首次纳统": the object carries two qualities, attack50 M4)."""
    return any(_OBJECT_AFTER_DE.search(part) for part in re.split(r"的、?", achievement))


# A noun after 的 that says more than the kind of recipient ("高新技术企业", not "企业").
_NAMED_RECIPIENT = re.compile(r"[\u4e00-\u9fff]{2,6}(?:企业|机构|项目|团队|组织|人才)")
# "同一企业同一年度获得多项奖励的,按最高额度奖励,不重复享受": how rewards combine, not a reward
# (a no_stacking condition).
_NO_STACKING_TREATMENT = re.compile(
    r"^(?:按|以|只按|仅按)(?:照)?(?:其中)?(?:最高|最高额度|最高标准|最高级别|单项最高|就高)|"
    r"^(?:就高|从高|择(?:高|优))|^不(?:再)?重复|^只(?:能|可)?享受"
)
# "单个企业每年享受的奖励总额最高不超过100万元": a ceiling over every rule for one firm (an
# overall_cap condition), not a reward of its own.
_WHOLE_FIRM = re.compile(
    r"^(?:同一|单个|单一|每个|每家|每户)(?:年度)?(?:企业|单位|项目|申报主体|主体)"
)
# "单个项目总投资在3000万元以上的新引进工业项目": a size the project must reach names who is
# rewarded; the ceiling in its treatment is that reward's, not a per-firm condition.
_SIZE_THRESHOLD = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万|亿)?元?\s*(?:以上|及以上)(?:\([^()]*\))?(?:的|\s*$)"
)


_PERSON_RECIPIENT = re.compile(r"(?:研究生|毕业生|技师|技工|选手|学生|博士|教师|医生)$")


# "…荣誉称号,分别给予20万元的奖励": what comes before "的奖励" is a grant and its sum, not an
# achievement closed by 的.
_GRANTED_SUM_END = re.compile(
    r"(?:给予|奖励|奖给|补助|资助)\s*(?:一次性)?\s*(?:人民币)?\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元"
    r"(?:\s*(?:、|和|及)\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元)*$"
)


# "分别奖励给招商引资牵头人或社会单位": a clause naming who is paid (the rules with sums follow).
_PAID_TO = re.compile(r"^(?:分别|均|统一)?(?:奖励|奖)给[^,;。%]{1,20}$")


# "按照…的原则,对符合条件和标准的企业给予奖励": who meets the document's own terms, no achievement.
_ONLY_THE_RULES_TERMS = re.compile(
    r"^(?:符合|满足|达到)(?:本办法|本政策|上述|以上|相关|规定)?(?:的)?(?:条件|标准|要求)"
    r"(?:(?:和|及|与|、)(?:条件|标准|要求))?$"
)


# "市政府质量奖是市政府对…的企业和组织在质量领域的最高奖励": what the award is, defined as the
# highest honour of its field; the bare "最高奖励/最高荣誉" closing it grants nothing (B58-2).
_AWARD_DEFINED = re.compile(r"^(?:最高|最重要)的?(?:质量)?(?:奖励|荣誉|奖项)$")


def _read_rule(text: str, lead: str = "") -> tuple[re.Match[str], str, str] | None:
    """(match, achievement text, treatment) of a reward rule, or None if this is not one."""
    if not _REWARD_CUE.search(text):
        return None
    match = (
        _RULE.search(text)
        or _RULE_STANDARD_AFTER_DUI.search(text)
        or _RULE_WITHOUT_DE.search(text)
        or _RULE_THRESHOLD.search(text)
        or _RULE_BANDS.search(text)
        or _RULE_RATE.search(text)
        or _RULE_RATE_AFTER_DUI.search(text)
        or _RULE_ACROSS_CLAUSES.search(text)
    )
    if match is None:
        return None
    if match.re is _RULE_ACROSS_CLAUSES and (
        "," not in match["achievement"] or not find_money(match["treatment"])
    ):
        return None
    # a bracketed definition with commas in it is a gloss, not part of the achievement
    achievement_text = re.sub(r"\([^()]*,[^()]*\)", "", match["achievement"])
    recipients = list(_DUI.finditer(achievement_text))
    if recipients:  # "…,对新认定的…": not the 对 of 绝对额, 针对, 对比
        achievement_text = achievement_text[recipients[-1].end() :]
    if match.groupdict().get("list_tail"):
        achievement_text += match["list_tail"]
    elif (
        _verb_before_its_object(achievement_text)
        and _NAMED_RECIPIENT.fullmatch(match.groupdict().get("recipient") or "")
    ) or _PERSON_RECIPIENT.search(match.groupdict().get("recipient") or ""):
        # "全职引进的博士研究生": the person is who the achievement is about, not a bare recipient
        # "对当年新增的高新技术企业", "对企业实施的技术改造项目": the verb's object is the noun
        # after 的, not a recipient to drop
        achievement_text += "的" + match["recipient"]
    elif match.groupdict().get("recipient") and _SIZE_THRESHOLD.search(achievement_text):
        # "总投资在3000万元以上的新引进工业项目": the threshold is of the project named after 的
        achievement_text += "的" + match["recipient"]
    treatment = match["treatment"].strip(" ,")
    if not _REWARD_CUE.search(treatment) and "给予" not in treatment:
        return None
    if _GRANTED_SUM_END.search(achievement_text):
        return None  # "分别给予20万元的奖励": the sum's own noun, read as a grant (_AWARD)
    if (_SCHEME.match(treatment) and not _STATED_SUM.match(treatment)) or (
        _NO_STACKING_TREATMENT.match(treatment)
    ):
        return None
    if (
        _WHOLE_FIRM.match(achievement_text.strip())
        and _CAP.search(treatment)
        and not _SIZE_THRESHOLD.search(achievement_text)
    ):
        return None  # "单个项目最高补助…": a per-firm ceiling, not a rule (but see _SIZE_THRESHOLD)
    if _PAID_TO.match(treatment) and not find_money(treatment):
        return None  # "…的,按该项目实际投资额,分别奖励给招商引资牵头人": to whom, not how much
    if _MONEY_HANDLED.match(treatment) and not find_money(treatment):
        return None  # "附表中的补助金额如数将资金下拨…", "各单位的补助资金应专项使用": paying out
    if _BY_DIFFERENT_STANDARDS.search(achievement_text) and not find_money(treatment):
        return None  # "对引进两类项目的引资者按不同标准给予奖励": how the rule's rewards differ
    if _AWARD_DEFINED.match(treatment.strip()) and "是" in text[: match.start("treatment")]:
        return None  # "…是…在质量领域的最高奖励": the award's definition, no reward (B58-2)
    if _BY_THE_LIST_BELOW.match(treatment.strip()):
        return None  # "…按照以下方式和标准给予奖励:": the lead of the list that follows (B40-5)
    if _ONLY_THE_RULES_TERMS.match(achievement_text.strip()) and not find_money(treatment):
        return None  # "对符合条件和标准的企业给予奖励": the purpose of a fund, no reward (B57-6)
    if _VAGUE_MERIT.search(achievement_text) and _DIRECTIVE.search(lead + text):
        return None  # "各地应…对成绩显著的企业予以奖励" directs others to reward; it names no rule
    return match, achievement_text, treatment


_GRADE_RANGE = re.compile(
    r"(?P<low>[1-9])\s*[—–\-~至到]\s*(?P<high>[1-9])(?P<grade>星级|星|A级|级)"
)


def _grade_range(achievement: str, count: int) -> list[str] | None:
    """ "国家2—5星级的乡村旅游示范单位" paid 分别 as many sums as grades: one achievement per grade."""
    match = _GRADE_RANGE.search(achievement)
    if match is None:
        return None
    low, high = int(match["low"]), int(match["high"])
    if high - low + 1 != count:
        return None
    head, tail = achievement[: match.start()], achievement[match.end() :]
    return [f"{head}{grade}{match['grade']}{tail}" for grade in range(low, high + 1)]


def _amount_for(index: int, count: int, amounts: list[float]) -> float | None:
    if not amounts:
        return None
    if len(amounts) == count:
        return amounts[index]
    return amounts[min(index, len(amounts) - 1)] if len(amounts) > 1 else amounts[0]


def _treatment_text(treatment: str) -> str:
    """The reward phrase itself: clauses after the one that promises the reward are the next
    measure ("给予奖励,加大“政府买服务”推进…" keeps "给予奖励")."""
    clauses = re.split(r"[,,]", re.sub(r"^分别", "", treatment).strip(" ,"))
    for end, clause in enumerate(clauses, start=1):
        if _REWARD_CUE.search(clause) or re.search(r"给予|予以", clause):
            return ",".join(clauses[:end]).strip(" ,")[:80]
    return ",".join(clauses).strip(" ,")[:80]


# "投资额在3000万元—1亿元的工业项目和投资额在1000万元—5000万元的…": two bands of projects
# under one rate, each with its own threshold.
_BANDS_BY_HE = re.compile(
    r"^(?P<first>[^和]*?\d[^和]*?的[\u4e00-\u9fff]{1,8}?项目)和(?P<second>[^和]*?\d[^和]*)$"
)


def _bands_joined_by_he(text: str) -> list[str] | None:
    """Two project bands joined by 和, each stating its own figures: one reward each."""
    match = _BANDS_BY_HE.match(text.strip(" ,"))
    return [match["first"], match["second"]] if match else None
