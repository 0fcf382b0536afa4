"""Words and patterns that several reward readers share.

A rule's item numbering, its reward cue and verbs, its cap words, level words and sum shapes are
used by more than one of the readers in this package; keeping them here lets each reader module
import them without importing another reader.
"""

from __future__ import annotations

import re

# "一、对…给予…", "(二)…的,奖励…", "第六条 对…": the number of a listed item or of an article
# is not part of the achievement.
_ITEM_NUMBER = (
    r"(?:\s*(?:[一二三四五六七八九十]{1,3}、|\(?[一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|"
    r"第[一二三四五六七八九十百零〇\d]{1,4}条)\s*)?"
)
# "奖励标准为10万元", "奖励金额:每家10万元": the sum of the rule, not a scheme still to be written.
_STATED_SUM = re.compile(
    r"^(?:奖励|奖补|补助|资助|补贴)(?:标准|金额|额度)\s*(?:为|是|:)\s*(?:每(?:家|个|项|户|件|人))?\s*"
    r"(?:人民币)?\s*(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)
_REWARD_CUE = re.compile(
    r"奖励|重奖|奖金|奖补|以奖代补|补助|资助|补贴|倾斜|配套|同等政策|扶持资金|资金(?:扶持|支持)|"
    # "给予贷款贴息", "优先安排县级专项资金": money promised without a sum
    r"贴息|安排[^,;。]{0,6}?专项资金|"
    # "分别给予企业20万元、10万元一次性" (the page cut the noun off): a sum granted
    r"给予[^,;。\d]{0,6}?\d+(?:\.\d+)?\s*(?:万|亿|千)?元|"
    # "市财政给予重点扶持", "优先推荐参评市长质量奖": promises with no sum (amount null); "符合
    # 条件的优先推荐省级技术中心" recommends for a status, no award or grant applied for
    r"(?:给予|予以)(?:重点|政策|适当|一定)?扶持|优先推荐(?:参评|申报|申请)|"
    # "给予经营单位或运营主体(含非法人企业)最高150万元一次性扶持": a sum of support (B34-4)
    r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元的?(?:一次性)?扶持(?!资金)|"
    # "给予人才或团队最高450万元支持": a sum of support granted to a payee named first (B45-9)
    r"给予[^,;。\d]{0,12}?\d+(?:\.\d+)?\s*(?:万|亿|千)?元的?(?:一次性)?支持(?!资金)|"
    # "对通过国家级验收的示范企业,每家15万元": a sum per recipient closing the clause, no verb
    r"(?:^|,)每[家个项件户]\s*(?:人民币)?\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元$"
)
_VERBS = (
    "主导",
    "参与",
    "承担",
    "牵头",
    "新获得",
    "获得",
    "首次通过",
    "通过",
    "首次",
    "新认定",
    "认定",
    "获批",
    "制修订",
    "制定",
    "制订",
    "修订",
    "创建",
    "评为",
    "列入",
    "入选",
    "荣获",
    "取得",
)
_CAP = re.compile(r"最高|不超过|最多|以内|封顶")


_LEVEL_WORD = r"(?:国家级|省级|市级|县级|区级|国际|国家|全国|中国|行业|省|市|县|区)"
_SUM = r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元"


# "(四)科技进步奖。一等奖奖励10万元", "三、技术中心奖励" then "国家级奖励100万元": a grade or a
# level alone names a tier of the honour its heading names ("科技进步奖一等奖", "国家级技术中心").
_BARE_TIER = re.compile(
    r"^(?:对于?|其中\s*,?\s*)?(?P<verb>(?:新|首次)?(?:获得|获评|荣获|被评为|评为|被认定为|认定为))?"
    r"(?P<tier>(?:国家|省|市|县|区)级|国际|国家|全国|[一二三四五六七1-7]星级|"
    r"[特一二三四五]等奖|提名奖|优秀奖|鼓励奖|[金银铜]奖)的?"
    r"(?:项目|单位|企业|个人|获得者|获奖者)?$"
)
_HONOUR = re.compile(r"奖|商标|标准|名牌|品牌|称号|认证|示范|标杆|专利|地理标志|荣誉")


# "按设备投资额的10%", "按照技术交易额给予不超过5‰": the rate a sum is reckoned by
_RATE_PHRASE = re.compile(r"按(?:照)?[^,;。]{0,24}?\d+(?:\.\d+)?\s*[%‰]")


# Named recipients ("甲公司", "乙县", "丙镇人民政府"): a list of them with 各/每家 shares one sum.
_NAMED_RECIPIENT_END = re.compile(
    r"(?:公司|集团|厂|合作社|人民政府|政府|[县镇乡村区市]|街道)(?:等\s*\d*\s*[家个名户]?[\u4e00-\u9fff]{0,6})?"
    r"(?:予以(?:通报)?表彰)?$"
)
_LEVEL_NAME = re.compile(r"(?:国家|省|市|县|区)级")
# "企业统计报表基础资料完整", "…资料齐全、真实" (attack50 M4: two states): the state a claimant's
# records must be in, a condition between the achievement and the sum (B57-2).
_RECORDS_STATE_WORD = r"(?:齐全|完整|完备|健全|规范|真实|准确|及时)"
_RECORDS_STATE = rf"(?:资料|材料|报表|手续|制度){_RECORDS_STATE_WORD}(?:(?:、|和|且|及|并)?{_RECORDS_STATE_WORD})*"
# "获得市长质量奖的组织奖励20万元,个人奖励5万元": people named by their place in the firm or the
# work, paid a second sum beside the recipient's.
_PERSON_WHO = (
    r"(?:企业)?(?:主要)?负责人|(?:企业)?法定代表人|主要完成人|项目负责人|团队负责人|经营者|"
    r"经营管理团队|管理团队|核心团队|(?:经营|领导)班子|"
    # "同时给予企业统计报表报送人员奖励5000元": a member of the firm's staff named by duty (B57-3)
    r"企业[\u4e00-\u9fff]{2,8}?人员|"
    # "乡镇统计工作人员各奖励3000元": the staff doing the work (attack50 M4)
    r"[\u4e00-\u9fff]{0,8}?工作人员|"
    # "…的考生每人奖励5000元,其班主任奖励2000元,任课教师每人奖励1000元": who taught or coached
    # the achiever, and the school or unit they belong to (R49-2)
    r"班主任|(?:任课|指导|科任|带队|辅导)?(?:教师|老师)|(?:主)?教练员?|校长|(?:所在)?学校|所在单位"
)


# "奖励资金从市财政安排的500万元专项资金中列支", "年销售收入达到5000万元以上": the fund a reward
# is paid from, a budget or a threshold, never the reward's own sum.
_FUND_BEFORE = re.compile(
    r"(?:安排|列支|预算|资金总额|总规模|销售收入|营业收入|主营业务收入|产值|达到)(?:为|了|的|达)?\s*$|"
    # "奖励经费由市财政安排,年度总额不超过500万元": the yearly budget of all awards, an overall
    # cap, not what one recipient is paid (attack51)
    r"(?:年度|每年|全年|年)(?:奖励)?(?:总额|总量)\s*(?:不超过|不高于|最高|最多|控制在|上限为?|为)?\s*$"
)
_FUND_AFTER = re.compile(
    r"^\s*(?:以上|的?专项资金|(?:的|专项)?资金中|中列支|"
    # "按实际投资额1000万元以下(…)部分,按3‰比例进行奖励": the band a rate is paid on (B46-9)
    r"(?:以下|以上|以内)?\s*(?:\([^()]*\))?\s*(?:的)?部分)"
)
_SUM_AT = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元")


def fund_or_threshold(text: str, start: int) -> bool:
    """Whether the sum at ``start`` of ``text`` is a fund, a budget or a threshold (the 500万元
    of 从…安排的500万元专项资金中列支, the 5000万元 of 达到5000万元以上), not a reward's sum."""
    found = _SUM_AT.match(text, start)
    end = found.end() if found else start
    return bool(_FUND_BEFORE.search(text[max(0, start - 12) : start])) or bool(
        _FUND_AFTER.match(text[end:])
    )
