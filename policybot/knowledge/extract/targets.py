"""Quantitative targets: every number a plan commits to, with its deadline, place and units.

A sentence is read left to right.  The latest time expression before a number governs it
("到2018年,新增…25项,…20项"); a 每年 in between makes it a per-year duty whose deadline is the
end of the range or of the plan.  Numbers that describe the past (在目前76项…的基础上), rewards,
numbers left undecided (待省明确) and once-a-year meetings (每年至少1次) are not targets.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from policybot.knowledge.chinese import CHINESE_COUNTS
from policybot.knowledge.extract.comparisons import (
    COMPARISON_HEAD,
    compared_subjects,
    is_compared_figure,
)
from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.dates import (
    TimeMention,
    find_time_mentions,
    relative_time_mentions,
)
from policybot.knowledge.extract.districts import (
    UNNAMED_LIST,
    district_names,
    list_lead,
    list_lead_start,
    shared_places,
)
from policybot.knowledge.extract.eligibility import ELIGIBILITY, ELIGIBILITY_HEADING
from policybot.knowledge.extract.numbers import MEASURE_WORDS, Quantity, find_quantities
from policybot.knowledge.extract.records import Span, TargetRecord
from policybot.knowledge.extract.respective import respective_subjects
from policybot.knowledge.extract.shares import is_members_threshold, is_share_of_members
from policybot.knowledge.extract.similarity import bigrams, containment
from policybot.knowledge.extract.structure import Piece, full_sentences
from policybot.knowledge.extract.tables import Indicator, TableRow
from policybot.knowledge.regions import without_whole_place

_BASELINE_BEFORE = re.compile(
    r"目前|现有|已有|已经|已建成|已达|共有|原有|现已|去年|上年|累计已|"
    # T49-3: "已完成农村改厕1.5万户", "完成了农村改厕1.5万户": a verb of doing marked done
    r"已(?:完成|实现|累计|投入|培育|创建|引进|新增|新建|开工|竣工|改造|获得|认定|通过)|"
    r"(?:完成|建成|实现|达到|新增|新建|培育|引进|创建|开工|改造|投入|获得|认定)了"
)
# "去年以来,…共建成…", "近年来,…累计完成…": a sentence opened on a past period counts what was
# done in it (B57-10; T49-3: whatever its figure, "今年以来,全县新建…30公里" too); "到2030年,全县
# 共建成…" stays a goal.  A list marker may stand before the
# lead ("(一)自2030年以来,…"); a future marker between the lead and the count ("到2033年底",
# "力争", "确保", "要", "全年") makes the clause a goal again.
_SINCE_LEAD = re.compile(
    r"^\s*(?:[((]\s*[一二三四五六七八九十\d]{1,3}\s*[))]|[一二三四五六七八九十\d]{1,3}\s*[、.．])?"
    r"\s*(?:(?:去年|今年|近年|近几年|多年|上年|自[^,;。]{1,16}?)以?来|"
    # T49-3: "过去三年,", "近三年来,": a span looked back on
    r"过去[一二三四五六七八九十两\d]{1,2}年|近[一二三四五六七八九十两\d]{1,2}年来?|"
    # T49-3: "目前,全县…为60%": where things stand now, a sentence's opening
    r"目前|当前|现阶段|截至目前)\s*,"
)
# T50-4 (b35_07): a sentence opened on a day ("2031年11月1日,县里统筹整合资金300万元") reports
# what happened that day; the clause right after the day is no goal ("…日前" is a deadline).
_DAY_LEAD = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*,\s*$")
_SINCE_GOAL = re.compile(
    r"到\s*\d{4}\s*年|\d{4}\s*年(?:底|末)?(?:前|以前)|力争|确保|争取|计划|预计|目标|全年|今后|未来|届时|"
    r"(?<![主重需必纪概])要(?![求素点闻])|将"
)
# T50-1 (attack51 M3): a span looked back on inside a sentence ("全县今年以来新增…2件",
# "…,近三年来累计培育…40家") dates what follows it to the past, as at the sentence's opening
# (_SINCE_LEAD), until a future marker (_SINCE_GOAL) stands between it and the figure.
_SINCE_INSIDE = re.compile(
    r"(?:去年|今年|近年|近几年|多年|上年|自[^,;。]{1,16}?)以?来|"
    r"近[一二三四五六七八九十两\d]{1,2}年来|过去[一二三四五六七八九十两\d]{1,2}年(?:来|里|间|中)?"
)
# T50-2 (attack51 M4): a 已-word under a future marker that the figure then reaches
# ("力争…已有规上企业中80%以上达到…", "确保已认定的示范企业达到50家") names the things the
# goal is about, not a result: the sentence commits (力争/确保/争取/到<year>) before the 已-word,
# and a verb of reaching stands between the 已-word and the figure or right after the figure.
_FUTURE_BEFORE_DONE = re.compile(r"力争|确保|争取|到\s*(?:19|20)\d{2}\s*年")
_REACHING_VERB = re.compile(
    r"达到|提高到|提升到|提高至|提升至|增加到|增至|通过|实现|不少于|不低于|超过"
)
# T50-3 (attack51 M3): a 已-word of a result earlier in the sentence ("全县已累计培育国家级品牌5个、
# 省级品牌20个", "…建成示范基地12个,其中省级3个"), or a count of what there is ("截至目前…共有A98件,
# B456件", b48_10), governs the figures listed after it, until a future marker (_SINCE_GOAL)
# stands between.
_DONE_IN_SENTENCE = re.compile(
    r"已有|已经|已建成|已达|现已|累计已|共有|现有|原有|截至目前|"
    r"已(?:完成|实现|累计|投入|培育|创建|引进|新增|新建|开工|竣工|改造|获得|认定|通过)"
)
_GOVERNING_REACH = 200
_DAY_LEAD_LENGTH = 24
_ATTRIBUTIVE_DONE = re.compile(r"[^,;。、]{0,8}?的")
_SHARE_OF_NOW = re.compile(
    r"(?:降|减少|压减|下降|控制|提高|提升|增加|增长|上升)(?:至|到|在)\s*(?:目前|现有|现在)(?:水平)?的?\s*$"
)
# "以…为重点/为主线/为突破口": what a plan centres on, not a count it commits to.
_FOCUS_OPEN = re.compile(r"(?:^|[,;:])\s*以(?!上|下|内|来|前|后)[^,;。]{0,40}$")
_FOCUS_CLOSE = re.compile(
    r"^[^,;。以]{0,30}?为(?:重点|主线|核心|抓手|突破口|依托|载体|龙头|引领|纽带)"
)
# "聚焦国家“十四五”规划102项重大工程": a count in a higher level's programme that the document
# refers to is that programme's size, no goal of the document's own.
_HIGHER_PROGRAMME = re.compile(
    r"(?:聚焦|围绕|对接|承接|紧扣|依托)(?:国家|中央|国务院|全国)[^,;。]{0,20}$"
)
# "较上年增长10%", "比去年同期下降3%": last year is what the change is measured from, the change
# itself is the goal (a "上年完成…" figure stays the past).
_COMPARED_WITH_LAST_YEAR = re.compile(
    r"(?:比|较|同比|与|相比)(?:上年|去年|上一年)(?:度)?(?:同期)?(?:相比)?\s*,?\s*"
    r"(?=(?:增长|下降|提高|降低|增加|减少|上升|提升|分别)[^,;。]{0,6}$)"
)
_FROM_VALUE = re.compile(r"[由从]\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?的)?\s*$")
_TO_VALUE = re.compile(
    r"^[^,;。]{0,12}?(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大)(?:到|至)|^[^,;。]{0,4}?(?:增至|降至|升至)"
)
_BASELINE_SPAN = re.compile(r"(?:在|以)[^,;。]{0,40}?基础上")
# A goal not set yet (待省明确…后再定, 另行下达): no figure is due. One pattern for a target's
# clause, a table cell under a year column (milestones) and the answers' count refusal.
UNDECIDED = re.compile(r"待[^,。;]{0,16}(?:明确|确定|再定|另定|下达)|另行(?:制定|下达|确定)")
_REWARD_RULE = re.compile(
    r"(?:给予|予以|奖励|补助|补贴|奖补|资助)[^,;。]{0,20}?(?:奖励|补助|补贴|奖补|资助|贴息|\d+(?:\.\d+)?万?元)|"
    r"奖励[^,;。]{0,8}?\d+(?:\.\d+)?(?:万|亿)?元|"
    # "…10亿元以上的另奖50万元", "…的再奖10—50万": a further sum on top of a reward rate
    r"(?:另|再)奖\s*\d|"
    # "前三年按其税收地方所得部分60%、第四年起按10%的标准奖励给引进乡镇": the rates a reward is
    # paid at (the share of a tax handed back), not goals
    r"按(?:照)?[^,;。]{0,30}?\d+(?:\.\d+)?\s*[%‰][^,;。]{0,8}?(?:奖励|补助|奖补|补贴|资助|返还)给|"
    # "按项目实际投入且形成固定资产投资的3‰计算奖金": the rate a reward is reckoned at (B46-3)
    r"按(?:照)?[^,;。]{0,30}?\d+(?:\.\d+)?\s*[%‰][^,;。]{0,4}?(?:计算|核定|计发|核发)"
    r"(?:奖金|奖励|补助|奖补|补贴|资助)|"
    # "某区80万奖驰名著名商标" (a headline: 奖 the verb), "4家企业共获得区政府80万元的奖励": the
    # money a reward pays or paid, and the sentence reporting it, set no goal (B48-8)
    r"\d+(?:\.\d+)?\s*(?:万|亿)元?\s*(?:重)?奖(?![励金项品状杯章牌])|"
    r"获得[^,;。]{0,20}?\d+(?:\.\d+)?\s*(?:万|亿)?元(?:的)?(?:奖励|奖金|奖补)|"
    # "投资达到3000万元方能申报奖励": the entry threshold of a reward, no goal
    r"(?:方能|方可|才能|才可)申报(?:奖励|补助|资助|奖补)|"
    # "财政部门给予首贷企业贷款利息2%、其他企业1.5%的贴息支持": rates a subsidy is paid at (B37-2)
    r"给予[^,;。]{0,40}?\d+(?:\.\d+)?\s*[%‰][^,;。]{0,6}?(?:贴息|补助|奖励|补贴|奖补|资助)|"
    # B60-3: "给予企业引进成本不低于10%的资金支持", "奖励投资额度的5%—20%": the rate a reward is paid
    # at (a share of the cost or of the investment), and the sentence's sizes are its criteria
    r"给予[^,;。]{0,40}?\d+(?:\.\d+)?\s*[%‰][^,;。]{0,4}?资金(?:支持|扶持)|"
    r"奖励[^,;。\d]{0,4}?(?:额度|金额|总额)的\s*\d+(?:\.\d+)?\s*[%‰]|"
    # B60-7: "土地价款三星级按60%奖励返还", "对年组织游客…达到1万人次以上的旅行社进行奖励": a share
    # handed back and the threshold of a reward paid to whoever reaches it
    r"按\s*\d+(?:\.\d+)?\s*[%‰](?:的比例)?(?:奖励|补助|奖补)?返还|"
    r"对[^。;]{2,60}?的[^。;,]{0,20}?进行(?:奖励|补助|奖补|表彰奖励)|"
    # "…项目,两年内按所得税县级留存部分的同等比例,由县财政补助给企业": the treasury pays the firm
    # back; the project's size and the share are criteria of the reward (B37-2)
    r"由(?:省|市|县|区)?(?:级)?财政(?:部门|局)?(?:奖励|补助|奖补|补贴|资助|返还|扶持)给|"
    # "…供货总金额超过10万元后,生产主体填报《…申报验收表》": when to apply for a reward, a criterion
    r"填报[^。;]{0,30}?(?:申报|申请)[^。;]{0,16}?表"
)
# "根据县政府关于2031年实施20项民生工程的通知精神": a number inside the title of the document a text
# follows (written without 《》) names that document, not a goal of this one (B37-1).
_CITED_NOTICE_BEFORE = re.compile(
    r"(?:根据|按照|依据|依照|贯彻|落实)[^。;]{0,30}?关于[^,;。()《》“”]{0,40}$"
)
_CITED_NOTICE_AFTER = re.compile(r"^[^,;。()《》]{0,40}?的(?:通知|意见|决定|批复|方案|办法|规定)")
# "明确133项具体任务,涉及34个牵头单位": sizes of the document's own lists.
_LIST_SIZE = re.compile(
    r"^(?:具体|重点|目标|主要)?(?:工作)?(?:任务|事项|实事|工作)(?![\u4e00-\u9fff]{0,2}(?:完成|达到))|"
    r"^(?:个)?(?:牵头|责任|配合|协办|成员)单位|"
    # "现将…6个方面243项工作任务予以分解": the headings of the list and its items
    r"^方面\s*\d+\s*(?:项|个|条)"
)
_SUPPORT_CAP = re.compile(
    r"(?:奖励|奖金|补助|奖补|扶持|资助|补贴|支持|贴息)(?:资金|金额|总额|额度|经费)?[^,;。]{0,8}?"
    # "奖金最高达20万元", "奖励最高可达50万元": what a prize may pay at most
    r"(?:不超过|不高于|最高|最多|封顶)(?:可达|达到|达|为)?\s*$"
)
# "设立4个奖项", "设立四个“绿化”奖项": the number of prizes a scheme sets up, no goal.
_PRIZES_AFTER = re.compile(r"^[^,;。]{0,10}?奖项")
# "奖励资金分两年兑付,第一年兑付60%", "补助资金按进度拨付50%": shares of the money as it is paid,
# "奖励总额不超过其当年对县级财政贡献的50%": a cap set as a share (conditions of a reward).
_PAYMENT_SHARE = re.compile(
    r"(?:兑付|拨付|兑现|发放|支付|拨付到位)\s*(?:其中|剩余|余下|的)?\s*$|"
    r"(?:奖励|补助|奖补|扶持|资助|补贴)(?:资金|金额|总额|额度|经费)?[^;。]{0,40}?"
    r"(?:不超过|不得超过|不高于|最高为?)[^;。]{0,30}?(?:贡献|税收|地方留成|留成|实缴)[^;。]{0,12}?$"
)
# "可采取“一事一议”,补助比例最高不超过20%", "奖补标准为30%": the rate of a subsidy.
_SUBSIDY_RATE = re.compile(
    r"(?:奖励|补助|奖补|扶持|资助|补贴)(?:资金)?(?:比例|比率|标准)[^,;。\d]{0,8}$"
)
# "最高科学技术奖100万元/人", "一等奖奖金为20万元": the sum a prize pays.
# "国内人才个人单次最高2万元", "本科生每人1500元/月": a sum paid per person, per trip or per
# month (a cap or a rate of a support), never a figure the plan commits to (B45-8).
_PAID_PER_HEAD_BEFORE = re.compile(
    r"(?:(?:个人|团队|单位|企业|项目)?(?:单次|每次|每年|每月)最高|每(?:人|名|户)(?:每月)?)\s*$"
)
# "其中智造新城承担20万元", "柯城区财政承担51万元": the part of money paid out that a place or a
# level's finances bears, never a figure the plan commits to (B58-6; not 负担, a noun as often:
# "减轻企业各类负担200亿元" is a goal).
_COST_BORNE_BEFORE = re.compile(
    r"(?:^|其中\s*[::]?\s*|[,,;;]\s*)[\u4e00-\u9fff]{1,10}?(?:财政)?(?:承担|分担)\s*(?:人民币)?\s*$"
)
_PRIZE_BEFORE = re.compile(r"奖\s*(?:奖金|奖励金?)?\s*(?:为|:)?\s*(?:人民币)?\s*$")
# "每次不超过2人", "每届评选不超过10项": a cap per round (how many a prize goes to).
_AWARD_QUOTA = re.compile(
    # "每届命名不超过5个", "每批次授予最多10名": any short verb of naming between
    r"每(?:次|届|轮|批次?)[\u4e00-\u9fff]{0,4}?(?:不超过|不多于|最多|限|名额)(?:为)?\s*$"
    # "每届质量奖获奖企业(组织)的数量不超过2家" (B39-1): the winners counted, a longer subject
    r"|每(?:次|届|轮|批次?)[^,;。\d]{0,16}?(?:获奖|授奖|受表彰|表彰|评选|命名)[^,;。\d]{0,14}?"
    r"(?:不超过|不多于|最多|限|名额)(?:为)?\s*$"
    # B58-1: "年度名额不超过2个", "名额分别不超过3个、6个" (the second of a list too): the seats an
    # honour has; "每届共奖励3名获奖组织": how many one round honours
    r"|名额(?:分别)?(?:为|是)?(?:不超过|不多于|最多|限)\s*(?:\d+\s*(?:个|名|家|人)\s*[、和及]\s*)*$"
    r"|每(?:次|届|轮|年|批次?)(?:共|各)?(?:奖励|表彰|授予|评选|评出|命名)\s*$"
)
# B58-1: "名额分别不超过3个、6个": the later seats of a listed quota (the clause starts after 、)
_AWARD_SEATS_LISTED = re.compile(
    r"名额(?:分别(?:为|是)?|(?:分别)?(?:不超过|不多于|最多|限))\s*(?:\d+\s*(?:个|名|家|人)\s*[、和及]\s*)+$"
)
# "设立4个奖项", "共设三类奖项", "等5个奖种": how many honours a reward rule sets up.
_HONOUR_COUNT_AFTER = re.compile(  # matched at the number's end (no slice of the rest)
    r"\s*(?:个|项|类|种)?[^,;。\d]{0,10}?(?:奖项|奖种|奖励类别|荣誉称号|等次|奖级)(?![\u4e00-\u9fff]{0,2}(?:数|量))"
)
# "奖金最高达20万元", "奖励金额最高可达50万元", "单项奖金最多为10万元": a prize's ceiling.
_PRIZE_CEILING_BEFORE = re.compile(
    # "…补助资金最高100万" (a reprint's headline, B42-16): the ceiling of a subsidy too
    r"(?:奖金|奖励金额?|奖励资金|奖励额度|奖额|(?:补助|资助|扶持|补贴|奖补)(?:资金|金额|额度))"
    r"[^,;。\d]{0,4}?(?:最高|最多|上限)(?:可)?(?:达到?|为|至|是)?"
    r"(?:人民币)?\s*$"
)
# "工作任务分解为7大方面、80项", "目标细化为20项": a list's size where the list is split up.
_LIST_SPLIT_BEFORE = re.compile(
    r"(?:任务|工作|事项|指标|目标|措施)[^,;。]{0,6}?(?:分解|细化|梳理|归纳|整合|划分|分)(?:为|成)"
    r"[^,;。]{0,12}$"
)
_LIST_ANNOUNCED = re.compile(
    r"^[\u4e00-\u9fff]{0,14}?(?:任务|指标|目标|措施|工作)\s*(?:分别(?:为|是)|如下|包括|是\s*:|为\s*:|:)"
)
_LIST_FOLLOWS = re.compile(r"^\s*[,,]?\s*(?:分别(?:为|是)|具体(?:为|是|如下)|如下|包括)\s*[::]")
_SHARE_GIVEN = re.compile(r"^\s*(?:奖给|发给|分配给|奖励给|归)")
# "受奖企业所得奖金按法人代表和班子其他成员各50%的比例分配" (B39-2): how a prize is shared out
_SHARE_RATIO_AFTER = re.compile(
    r"^(?:\s*[、和]\s*\d+(?:\.\d+)?\s*%)*\s*的?比例(?:分配|分成|发放|奖给)"
)
_PRIZE_MONEY = re.compile(r"奖金|奖励资金|奖励金|奖补资金")
# "产值过1000亿元的企业实现“破零”": a sum that picks out a kind of firm or project, not a goal.
_THRESHOLD_OF_A_KIND = re.compile(
    r"^(?:及)?以上?的(?:[\u4e00-\u9fff]{0,6})(?:企业|项目|单位|园区)|^的(?:[\u4e00-\u9fff]{0,4})(?:企业|项目|单位|园区)"
)
# "一、县示范区管委会牵头工作(8项)", "受表彰的单位名单(17个)": a count of the items below.
_HEADING_COUNT = re.compile(r"^\)\s*$|^\)[\u4e00-\u9fff]{0,12}(?:名单|附件)|^\)\s*\d{1,2}\s*[.、]")
# "现将符合条件的72家企业(详见附件)进行公示": the size of the list a notice publishes.
_PUBLISHED_LIST_BEFORE = re.compile(r"(?:现将|现对|现予|特将)[^,;。]{0,24}$")
_PUBLISHED_LIST_AFTER = re.compile(
    r"^[^,;。]{0,24}?(?:进行公示|予以公示|公示如下|予以公布|公布如下|予以表彰|予以通报|名单)"
)
# "地址:某市某路西50米", "某某街东100米": a distance in an address, not a goal.
_ADDRESS_BEFORE = re.compile(r"地址\s*[::]|(?:路|街|巷|大道|桥)\s*[东西南北]\s*(?:侧)?\s*$")
# T49-4: "总面积1200平方公里", "户籍人口为50万人": the size of the place, never a goal (a goal
# says what it is brought to: "常住人口控制在50万人以内").
_PLACE_SIZE_BEFORE = re.compile(
    r"(?:总面积|国土面积|辖区面积|行政区域面积|区域面积|总人口|户籍人口|常住人口|人口总数)"
    r"\s*(?:为|是|约|约为|共|共有)?\s*$"
)
# "2家通过了著名商标复审", "3个项目获得了省级立项": a count followed by a verb of what was done,
# with 了, reports a result.
_DONE_AFTER = re.compile(
    r"\s*(?:个|件|项|名)?(?:企业|单位|项目|产品|商标)?\s*(?:已|均|都)?"
    r"(?:通过|获得|取得|完成|实现|荣获|被认定|被评为|获评)了"
)
# "向县财政局、县司法局等11个单位征求了意见": the bodies a draft was sent to, counted.
_CONSULTED_AFTER = re.compile(
    r"\s*(?:个)?(?:单位|部门|机构)\s*(?:书面)?(?:征求|听取|征询)(?:了)?(?:意见|建议)"
)
# "公示期为5个工作日", "征求意见时间为30天": how long a procedure runs, not a goal.
_PROCEDURE_SPAN_BEFORE = re.compile(
    r"(?:公示|公告|公布|征求意见|异议|受理|申报|报名)(?:期|时间|期限)\s*(?:为|是|:|:)?\s*"
    # "公示期为自公示之日起5个工作日": counted from a day the sentence names
    r"(?:自[^,;。]{0,12}?起(?:算)?\s*)?$|"
    # "…事项进行公示不少于5个工作日": how long the 公示 lasts at least (B48-4)
    r"公示\s*(?:时间|期)?\s*(?:不少于|不得少于|不低于|至少)\s*$"
)
# "2031年重点工作任务共120项": the size of the document's own list of tasks.
_ENUMERATED_KINDS_BEFORE = re.compile(r"、[^,;。]{1,60}等\s*$")
_LIST_TOTAL_BEFORE = re.compile(r"(?:任务|事项|实事|工作)\s*(?:共|总计|合计|一共)(?:有|计)?\s*$")
# "任务分解意见分为十二部分,共171项。内容包括:一是主要发展指标,10项。二是…,12项。": a
# document describing its own parts counts their items; neither the total nor a part's count is a
# goal (B43-1). A part's count closes a sentence that is nothing but "(…包括:)X是<heading>,N项".
_PARTS_TOTAL_BEFORE = re.compile(
    r"(?:分为|分成)[^。;;\n]{0,8}?(?:部分|方面|板块|篇|章)\s*[,,]\s*(?:共|共计|合计)\s*$"
)
_PART_ITEMS_SENTENCE = re.compile(
    r"(?:^|[。;;\n])\s*(?:[^。;;:\n\d]{0,12}[::])?\s*[一二三四五六七八九十]{1,3}是"
    r"[^。;;:\n\d]{2,60}?[,,]\s*$"
)
# "本方案的实施范围为某镇行政辖区(辖区内有甲村、乙村等7个村委会),总面积为104平方公里": the
# sentence saying where a plan applies describes that place; its counts are no goals (B43-2).
_SCOPE_STATED_BEFORE = re.compile(
    r"(?:实施|适用|覆盖|创建)范围(?:为|是|包括)[^。;;\n]*$|辖区内?(?:有|共有|共辖|下辖)[^。;;\n]*$"
)
_PART_ITEMS_END = re.compile(r"^\s*(?:[。;;]|$)")
# "全面启动10项重点任务、34项主要工作举措,实施144个重大建设项目", "本方案共安排20项任务": the
# counts of the plan's own tasks and projects (listed in it), not goals it sets.
_OWN_PLAN_BEFORE = re.compile(
    r"本(?:方案|计划|规划|意见|办法|纲要|行动)[^,;。]{0,6}?(?:共|共计|总共|一共)?"
    r"(?:安排|部署|提出|列出|明确|梳理|确定|包括|包含|涵盖|设置)了?\s*$"
)
_OWN_TASK_COUNT = re.compile(r"\d+\s*项(?:重点|主要|重大)?(?:工作)?(?:任务|举措|措施)")
_PLAN_ITEM_AFTER = re.compile(
    r"^(?:大)?(?:重大|重点|主要)?(?:工作|建设)?(?:项目|任务|工程|举措|措施|行动)"
)
_PACKAGE_NOUN = re.compile(r"^(?:措施|政策|举措|意见|规定|细则|硬措施|新政)")
_MAKING_VERB = re.compile(r"出台|制定|推出|研究|起草|形成|新增")
_PROJECT_NAME = re.compile(r"等(?:重点)?项目|项目建设")
# "加快推进300个省级重大项目、6000个亿元以上项目建设", "安排58亿元财政资金保障…项目建设" (B35-7): a count
# of the projects themselves, or the money set aside for them, is a goal, not a project's capacity.
_PROJECTS_COUNTED = re.compile(r"^[^,;。、]{0,12}?项目")
_FUNDS_SET_ASIDE = re.compile(r"(?:安排|投入|筹集|统筹)\s*$")


def _counts_or_funds_projects(text: str, quantity: Quantity, before: str) -> bool:
    if quantity.unit in ("个", "项", "批"):
        return bool(_PROJECTS_COUNTED.match(text[quantity.end :]))
    return (quantity.unit or "").endswith("元") and bool(_FUNDS_SET_ASIDE.search(before))


# "抓好80万吨乙烯改扩建项目": a capacity followed by what is made and "项目" names the project.
_CAPACITY_UNIT = re.compile(r"(?:吨|瓦|立方米)$")
_CAPACITY_PROJECT = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:改扩建|扩建|新建|技改|改造)?(?:工程)?项目(?:建设)?$"
)
_EACH_YEAR = re.compile(r"每年|年均|每一年")
_QUALIFIERS = (
    "力争",
    "确保",
    "新增",
    "累计",
    "平均达到",
    "达到",
    "不少于",
    "不低于",
    "不超过",
    "超过",
    "至少",
    "增长",
    "提高到",
    "突破",
    "稳定在",
    "保持在",
    "高于",
    "控制在",
    "下降",
    "全覆盖",
)
_TRAILING_VERB = re.compile(
    r"(?:年均|平均|均)?(?:达到|达|超过|不少于|不低于|增长|稳定在|保持在|高于|低于|控制在|提高到|提升到|"
    r"下降|降低|突破|缩小到|缩小至|为)$"
)
_AFTER_QUALIFIERS = ("以上", "左右", "以内", "以下")
_PLAN_SPAN = re.compile(
    r"(?:通过)?[三五十两二]年(?:的)?(?:努力|内|时间)|到(?:本)?(?:计划|规划)期末"
)
_CLAUSE_BREAK = re.compile(r"[,;:]")


@dataclass
class Defaults:
    """What a piece of text inherits from where it sits: units, section, a column's year."""

    section: str | None
    lead_units: list[str]
    support_units: list[str]
    deadline: date | None = None
    deadline_text: str | None = None


# "(二)总体目标。到2031年,全市质量效益明显提高。…合格率达到98%以上。到2040年,…": a paragraph's
# sentence opening "到YYYY年," sets the horizon of the sentences after it that name no year, up to
# the next such opening (B40-4).
_HORIZON_OPENING = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十]{1,3}[))][^。,]{0,10}?。)?\s*(?:到|至)\s*"
    r"(?P<year>(?:19|20)\d{2})\s*年(?:底|末)?\s*[,,]"
)


def _carried_horizon(sentence: str, defaults: Defaults, carried: Defaults) -> Defaults:
    if defaults.deadline is not None:
        return defaults
    opening = _HORIZON_OPENING.match(sentence)
    if opening is None:
        return carried
    year = int(opening["year"])
    return replace(
        defaults,
        deadline=date(year, 12, 31),
        deadline_text=re.sub(r"[,,\s]+$", "", opening.group(0)).strip(),
    )


def targets_in_piece(piece: Piece, ctx: DocContext, defaults: Defaults) -> list[TargetRecord]:
    if ctx.sets_no_goals and not _under_goal_heading(defaults.section):
        return []
    if ELIGIBILITY_HEADING.search(defaults.section or ""):
        return []  # "一、入库条件 / 企业年主营业务收入2000万元以上": who qualifies, not a goal
    records: list[TargetRecord] = []
    carried = defaults
    for position, sentence in enumerate(full_sentences(piece)):
        carried = _carried_horizon(sentence.text, defaults, carried)
        found = _targets_in_sentence(sentence, ctx, carried)
        if position == 0 and found and _is_heading_count(sentence.text, piece.text):
            continue  # "(二)建设两个中心。建成A中心1个、B中心1个": the heading counts the items
        records.extend(_subjects_of_a_bare_verb(found))
    if _lists_money_sources(defaults.section):
        records = [record for record in records if not _is_raised_sum(record)]
    return _split_joint_rates(_subjects_after_a_year(_share_total_subject(records)))


# "一、目标", "(二)发展目标", "三、目标任务": a heading naming the goals below it. Reward rules
# (a 奖励办法 sets no goals) may still state goals of their own under one (attack37).
_GOAL_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d{1,2}[.、])?\s*"
    r"[\u4e00-\u9fff]{0,4}目标(?:任务|要求)?\s*[。::]?\s*$"
)


def _under_goal_heading(section: str | None) -> bool:
    return any(_GOAL_HEADING.match(part) for part in (section or "").split(" / "))


# T49-2: a text that pays three or more rewards is a reward rule, whatever its title says.
_REWARD_RULE_SIZE = 3
# "每年设立800万元专项资金", "县财政安排300万元": money a reward rule sets aside is its own promise.
_MONEY_SET_ASIDE = re.compile(r"(?:设立|安排|筹集|筹措|统筹|投入|整合)[^,;。\d]{0,4}\d|资金|经费")


def without_reward_criteria(records: list[TargetRecord], rewards: int) -> list[TargetRecord]:
    """In a reward rule (T49-2), a figure with no time at all (none of its own and no plan period
    to fall back on), outside a goals heading and setting no money aside, says who earns a reward
    ("年销售收入首次突破1亿元的企业", "每年评选10名"), not what the document commits to."""
    if rewards < _REWARD_RULE_SIZE:
        return records
    return [
        record
        for record in records
        if record.deadline is not None
        or _under_goal_heading(record.span.section)
        or _MONEY_SET_ASIDE.search(record.quote)
    ]


# "一、资金来源 / 1.2018年新增地方政府专项债券项目资金2069.98万元。…以上资金合计2101.9万元。" (B35-2):
# under a heading that lists where money comes from, a sum stated with no verb of its own says what
# was raised, not a goal; "安排/筹集/争取…" there still commits to a sum.
_SOURCES_HEADING = re.compile(r"(?:^|/ )[^/]*资金(?:来源|构成)(?:情况)?\s*(?:/|$)")
_FUND_VERB = re.compile(r"安排|投入|筹集|筹措|争取|落实|统筹|整合|确保|力争|计划|拟|达到|新增投入")


def _lists_money_sources(section: str | None) -> bool:
    return bool(section and _SOURCES_HEADING.search(section))


def _is_raised_sum(record: TargetRecord) -> bool:
    return (record.unit or "").endswith("元") and not _FUND_VERB.search(record.quote)


# "2031年,全市服务业增加值增长8%;2032年,增长9%": a part that names only its year counts what the
# part before it counts.
_ONLY_A_TIME = re.compile(r"^(?:到|至|在)?(?:19|20)\d{2}\s*年(?:度|底|末|前)?$")


# "鹭汀区2027年达到30家、2028年达到45家": a part that is only a later year and its figure
# (quoted alone) counts what the part before it counts, for the same place.
_ONLY_A_YEARS_FIGURE = re.compile(
    r"^(?:到|至|在)?(?:19|20)\d{2}\s*年(?:度|底|末|前)?\s*[,,]?\s*"
    r"(?:要|再|将|力争|确保)?(?:达到|达|增至|增加到|提高到|提升到|超过|突破|不少于|不低于)?\s*\d"
)


def _subjects_after_a_year(records: list[TargetRecord]) -> list[TargetRecord]:
    for previous, record in itertools.pairwise(records):
        only_a_time = _ONLY_A_TIME.match(record.subject.strip()) and record.unit == previous.unit
        years_figure = (
            _ONLY_A_YEARS_FIGURE.match(record.quote)
            and record.unit == previous.unit
            and record.deadline != previous.deadline
        )
        if only_a_time or years_figure or _is_stretch_of(record, previous):
            record.subject = previous.subject
            record.district = record.district or previous.district
    return records


# "2031年,全市新增甲类产品18个;2032年新增22个": a later part of the sentence whose subject is
# only a verb its part before wrote ("新增") counts what that part counts, from the verb on
# ("新增甲类产品") (trial45).
_BARE_VERB = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _subjects_of_a_bare_verb(records: list[TargetRecord]) -> list[TargetRecord]:
    """The nearest earlier part counting in the same unit is the one a bare verb repeats:
    "2031年新增甲类产品18个;2032年新增乙类企业9家;2033年新增12个" counts 甲类产品 in 2033 (a
    part between counting something else, in 家, left the subject "新增", attack45)."""
    for index, record in enumerate(records):
        verb = record.subject.strip()
        if not _BARE_VERB.match(verb):
            continue
        previous = next(
            (
                other
                for other in reversed(records[:index])
                if other.unit == record.unit and other.district == record.district
            ),
            None,
        )
        at = previous.subject.find(verb) if previous is not None else -1
        if previous is not None and at >= 0 and len(previous.subject) - at > len(verb):
            record.subject = previous.subject[at:]
        elif previous is not None and verb in _RUNNING_TOTAL:
            # "…到2029年培育专精特新企业40家,累计达到90家": the running total of what the part
            # before counts, never a goal named 累计 alone (attack59 H8)
            counted = without_whole_place(previous.subject)
            record.subject = verb + re.sub(r"^(?:每年|年均|每一年)", "", counted)
    return records


# Words of a running total a part may be named by alone (累计达到90家); the total's name
# leaves out the whole place a subject may open with (全市培育…) and its 每年.
_RUNNING_TOTAL = frozenset({"累计", "合计", "共计", "总计"})


# "…年均浓度保持在30微克/立方米以下,力争保持在25微克/立方米以下": a second figure of the same
# measure whose subject is the first clause whole (its figure included) stretches the first goal.
def _is_stretch_of(record: TargetRecord, previous: TargetRecord) -> bool:
    subject, first = record.subject, previous.subject
    return (
        record.unit == previous.unit
        and bool(first)
        and subject.startswith(first)
        and bool(re.search(r"\d", subject[len(first) :]))
    )


# "(二)建设两个中心。", "三、实施“五大行动”": a short heading sentence whose only number is a
# count in words of the items its paragraph then states with figures.
_HEADING_SENTENCE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d{1,2}[.、])\s*[^,;。\d]{2,18}[。:]?\s*$"
)


def _is_heading_count(sentence: str, paragraph: str) -> bool:
    if not _HEADING_SENTENCE.match(sentence) or not re.search(
        r"[两二三四五六七八九十]\s*(?:个|大|项|类|条|张|批)", sentence
    ):
        return False
    rest = paragraph[paragraph.find(sentence.strip()) + len(sentence.strip()) :]
    return len(re.findall(r"\d+(?:\.\d+)?", rest)) >= 2


# "农产品例行监测合格率和食品安全抽检合格率达到98%以上": two rates, each of which must reach the
# one figure, are one goal each (B40-7). Only measures that name a rate or an index on both sides.
_JOINT_RATES = re.compile(
    r"^(?P<first>[\u4e00-\u9fff]{2,24}?(?:率|指数))(?:和|及|以及|与|、)"
    r"(?P<second>[\u4e00-\u9fff]{2,24}?(?:率|指数))$"
)


def _split_joint_rates(records: list[TargetRecord]) -> list[TargetRecord]:
    out: list[TargetRecord] = []
    for record in records:
        joint = _JOINT_RATES.match(record.subject) if record.unit == "%" else None
        if joint is None or record.district is not None:
            out.append(record)
            continue
        out.append(replace(record, subject=joint["first"]))
        out.append(replace(record, subject=joint["second"], span=replace(record.span)))
    return out


def _share_total_subject(records: list[TargetRecord]) -> list[TargetRecord]:
    """ "全省新建农村公路5000公里。各设区市分别为:甲市1200公里,…": per-place figures whose list
    names no subject of its own count what the total just before them counts."""
    total: TargetRecord | None = None
    for record in records:
        place = _PLACE_ALONE.match(record.subject)
        if (
            place is not None
            and record.district is None
            and total is not None
            and total.unit == record.unit
            and "其中" in record.quote
        ):
            # "全市数字化车间达到200家,其中鹭汀区2027年达到30家": the place's share of what the
            # total counts, not a goal named by the place alone
            record.subject = place["place"] + without_whole_place(total.subject)
            continue
        if record.district is None:
            total = record
        elif record.subject == UNNAMED_LIST and total is not None and total.unit == record.unit:
            record.subject = total.subject
    return records


# A subject that is only a place (其中鹭汀区): a share of the total before it.
_PLACE_ALONE = re.compile(
    r"^(?:其中)?(?P<place>[\u4e00-\u9fff]{2,8}?(?:新区|开发区|区|县|市|镇|乡|街道))$"
)


_INDICATOR_VALUE = re.compile(
    r"^(?P<base>(?:较|比)(?:19|20)\d{2}年(?:底|末)?)?"
    r"(?P<words>[\u4e00-\u9fff]{0,6}?(?:增长|下降|提高|降低|减少))?"
    # "力争达到95" under a year column: the words of aiming at the year's figure (trial47)
    r"(?P<aim>力争|确保|争取)?"
    r"(?P<cmp>≥|>|≤|<|不低于|不少于|不高于|不超过|达到|超过|控制在)?\s*"
    # "-5", "−5%": a fall written as a negative figure (attack45)
    r"(?P<sign>[-−])?(?P<value>\d+(?:\.\d+)?)\s*"
    r"(?:[—\-~～]\s*(?P<value_max>\d+(?:\.\d+)?))?\s*(?P<unit>%|(?!以上|左右)[\u4e00-\u9fff]{1,3})?\s*"
    r"(?P<tail>以上|左右)?"
    # "增长5.5%(市下达指标)": a note on where the figure comes from (no number in it)
    r"(?:\((?P<note>[^()\d]{2,20})\))?$"
)
_COMPARATORS = {"≥": "不低于", ">": "超过", "≤": "不高于", "<": "低于"}
# "确保94、力争96" under a year column (attack49 M7): the floor the year must reach and the figure
# aimed at beyond it, in one cell. One goal, the floor's; the aim is kept in its qualifier.
_FLOOR_AND_AIM = re.compile(
    r"^(?:确保|保底)(?P<floor>[^、,;/]{1,16}?)\s*[、,;/]\s*(?:力争|争取)(?P<aim>[^、,;/]{1,16})$"
    r"|^(?:力争|争取)(?P<aim_first>[^、,;/]{1,16}?)\s*[、,;/]\s*(?:确保|保底)"
    r"(?P<floor_last>[^、,;/]{1,16})$"
)


def floor_and_aim(cell: str) -> tuple[str, str] | None:
    """ "确保94、力争96" -> ("确保94", "96"): the cell's floor (with its 确保) and the figure aimed
    at, when both are figures; None for any other cell."""
    both = _FLOOR_AND_AIM.match(cell.strip())
    if both is None:
        return None
    floor = both["floor"] if both["floor"] is not None else both["floor_last"]
    aim = both["aim"] if both["aim"] is not None else both["aim_first"]
    floor_value = _INDICATOR_VALUE.match(floor.strip())
    aim_value = _INDICATOR_VALUE.match(aim.strip())
    if floor_value is None or aim_value is None or floor_value["aim"] or aim_value["aim"]:
        return None
    return "确保" + floor.strip(), aim.strip()


def indicator_target(
    indicator: Indicator, ctx: DocContext, section: str | None
) -> TargetRecord | None:
    """A goal cell of an indicator table ("≥94" under "2020年目标", unit "%")."""
    cell = indicator.value_text.strip()
    floor_aim = floor_and_aim(cell)
    aim_match = None
    if floor_aim is not None:
        cell = floor_aim[0]
        aim_match = _INDICATOR_VALUE.match(floor_aim[1])
    match = _INDICATOR_VALUE.match(cell)
    if match is None or not indicator.name:
        return None
    unit = indicator.unit if indicator.unit and indicator.unit not in ("—", "-", "/") else None
    name = indicator.name
    if unit and re.search(r"\((?:%|‰)\)", unit):
        # "增幅(%)": the unit in brackets, the words before it belong to the indicator.
        name += re.sub(r"\(.*?\)", "", unit)
        unit = re.search(r"\((%|‰)\)", unit).group(1)  # type: ignore[union-attr]  # the branch matched it
    if match["unit"] == "%" or match["words"]:
        unit = match["unit"] or unit  # the cell's own unit ("同口径增长5%") wins over the column's
        name += match["words"] or ""
    unit = unit or match["unit"]
    words = [
        match["aim"] or "",
        match["base"] or "",
        _COMPARATORS.get(match["cmp"] or "", match["cmp"] or ""),
        match["tail"] or "",
        match["note"] or "",
    ]
    if aim_match is not None:
        # "力争96%": the figure aimed at beyond the floor, with the floor's unit unless its own
        aimed = aim_match["value"] + (aim_match["unit"] or unit or "") + (aim_match["tail"] or "")
        words.append("力争" + ("-" if aim_match["sign"] else "") + aimed)
    qualifier = ";".join(word for word in words if word) or None
    end = indicator.offset + len(indicator.value_text)
    return TargetRecord(
        region=ctx.region,
        district=indicator.district,
        subject=name,
        value=-float(match["value"]) if match["sign"] else float(match["value"]),
        value_max=float(match["value_max"]) if match["value_max"] else None,
        unit=unit,
        qualifier=qualifier,
        deadline=indicator.deadline,
        deadline_text=f"{indicator.deadline.year}年" if indicator.deadline else None,
        quote=ctx.text[indicator.name_offset : end],
        span=Span(indicator.name_offset, end, section),
    )


def indicator_sentence_targets(
    indicator: Indicator, ctx: DocContext, row: TableRow
) -> list[TargetRecord]:
    """A goal cell written as a phrase ("每年提升2%左右或不低于全省平均水平"): read as a sentence
    about the row's indicator; a per-year duty is due at the plan's end, else the table's last
    year (one target, whichever year column states it)."""
    if not re.search(r"\d", indicator.value_text):
        return []
    defaults = Defaults(
        section=row.section,
        lead_units=row.lead_units,
        support_units=row.support_units,
        deadline=indicator.deadline,
        deadline_text=f"{indicator.deadline.year}年" if indicator.deadline else None,
    )
    records = targets_in_piece(Piece(indicator.offset, indicator.value_text), ctx, defaults)
    last_column = max((i.deadline for i in row.indicators if i.deadline), default=None)
    plan_end = ctx.stated_plan_end or last_column or ctx.plan_end
    for record in records:
        record.subject = indicator.name + record.subject
        if record.per_year and plan_end:
            record.deadline, record.deadline_text = plan_end, None
    return records


@dataclass
class _Sentence:
    """One sentence being read, with what every number in it shares."""

    piece: Piece
    times: list[TimeMention]
    districts: dict[int, tuple[str, int]]
    left_out: list[str]  # the words of time mentions a subject leaves out (``_times_left_out``)

    @property
    def text(self) -> str:
        return self.piece.text


def _uncovered(extra: list[TimeMention], times: list[TimeMention]) -> list[TimeMention]:
    return [m for m in extra if not any(t.start <= m.start < t.end for t in times)]


def _targets_in_sentence(
    sentence: Piece, ctx: DocContext, defaults: Defaults
) -> list[TargetRecord]:
    """Every committed number of one sentence (a sentence left undecided commits to none)."""
    text = sentence.text
    undecided = [
        (m.start(), m.end()) for m in re.finditer(r"[^;]+", text) if UNDECIDED.search(m[0])
    ]
    titles = _BookTitles(text)
    times = [m for m in find_time_mentions(text) if not titles.inside(m.start)]
    times = sorted(
        times + _uncovered(relative_time_mentions(text, ctx.document_year), times),
        key=lambda m: m.start,
    )
    reading = _Sentence(sentence, times, district_names(text, ctx), _times_left_out(text, times))
    records: list[TargetRecord] = []
    for quantity in find_quantities(text):
        if titles.inside(quantity.start) or _is_excluded(text, quantity):
            continue
        if any(start <= quantity.start < end for start, end in undecided):
            continue
        record = _target(reading, quantity, ctx, defaults)
        if record is not None:
            governing = _governing_time(reading.times, quantity, text)
            for listed in _per_listed_year(record, governing):
                records.extend(_per_shared_place(listed, text, quantity, ctx))
    _share_verbs(records)
    return respective_subjects(_split_shared_subjects(records))


_SHARED_SUBJECTS = re.compile(
    r"(?:^|[,;:。)])(?:\([一二三四五六七八九十\d]+\))?(?:其中)?"
    r"(?P<items>[^、,;:。()]{2,24}(?:、[^、,;:。()]{2,24}?)+)(?:均|都)(?P<verb>[\u4e00-\u9fff]{0,4}?)"
    r"(?:达到|超过|不低于|不少于|高于)?\s*\d[^,;。]*$"
)


# "食用农产品监测合格率、食品药品监督抽查合格率达到98%以上": rates listed before one number are
# each held to it, 均 or not (each item a rate of its own, B28-2).
_SHARED_RATES = re.compile(
    r"(?:^|[,;:。)—])(?P<items>[^、,;:。()—]{2,24}?(?:率|比重|占比)"
    r"(?:、[^、,;:。()—]{2,24}?(?:率|比重|占比))+)(?P<verb>)"
    r"(?:达到|达|超过|不低于|不少于|高于|保持在|稳定在|提高到|提升到)\s*\d[^,;。、]*$"
)


def _split_shared_subjects(records: list[TargetRecord]) -> list[TargetRecord]:
    """ "城镇居民收入、农民收入均增长12%": one number, one target per subject."""
    result: list[TargetRecord] = []
    for record in records:
        shared = _SHARED_SUBJECTS.search(record.quote) or _SHARED_RATES.search(record.quote)
        compared = compared_subjects(record.quote) if record.district is None else None
        if compared and shared is None:
            result.extend(replace(record, subject=subject) for subject in compared)
            continue
        if shared is None or record.district is not None or _COUNTED_ITEMS.match(shared["items"]):
            result.append(record)
            continue
        for subject in shared["items"].split("、"):
            result.append(replace(record, subject=subject + shared["verb"]))
    return result


# "…、4个结构性指标均实现10%以上增长": the last item counts what shares the goal, so the list
# before it is a clause of its own, not subjects of the same number.
_COUNTED_ITEMS = re.compile(r".*、\d{1,3}(?:个|项|类|大)[^、]*$")
# "4个结构性指标均实现10%以上": the count says how many items the goal after 均 applies to.
_COUNT_OF_SHARERS = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:均|都)[^,;。]{0,12}\d")


# Verbs of counting only: 建设/发展/通过 also occur inside names ("中国建设工程鲁班奖").
_COUNTING_VERB = re.compile(
    r"新增|培育|制定|制修订|建成|打造|创建|引进|推动|组织|开展|完成|培训|认定|获得|申报|选树|"
    r"扶持|帮扶|举办|转化|采用|导入"
)


_RATIO = re.compile(r"(?:率|比|比重|比例|占比)$")
# An item that opens with a verb of its own ("新建…", "改造…", "节约…", "减少…"): no bare noun.
_OWN_VERB = re.compile(
    r"^(?:全年|年内)?(?:新建|新改建|改建|扩建|改造|建设|节约|减少|降低|接种|安装|种植|植树|实施|开展|"
    r"推进|提升|提高|招引|举办|发放|救助|资助|筹集|供应|完成|改善|治理|整治|修复|清理)"
)


def _per_shared_place(
    record: TargetRecord, text: str, quantity: Quantity, ctx: DocContext
) -> list[TargetRecord]:
    """ "确保甲区、乙区、丙区50%的社区建成…": one target per place the list names."""
    if record.district is not None:
        return [record]
    places = shared_places(text, quantity.start, ctx)
    if not places:
        return [record]
    after = re.split(r"[,;。]", text[quantity.end :], maxsplit=1)[0]
    subject = re.sub(r"^(?:以上|左右)?(?:的)?", "", after).strip() or record.subject
    return [replace(record, district=place, subject=subject) for place in places]


_LISTED_YEARS = re.compile(r"^((?:19|20)\d{2})年(?:和|、|及)((?:19|20)\d{2})年$")


def _per_listed_year(record: TargetRecord, governing: TimeMention | None) -> list[TargetRecord]:
    """ "2017年和2019年,各区每年…1家以上": one target for each year named, not a span."""
    listed = _LISTED_YEARS.match(governing.text) if governing else None
    if listed is None or int(listed.group(2)) - int(listed.group(1)) < 2:
        return [record]
    qualifier = ";".join(w for w in (record.qualifier or "").split(";") if w != "每年") or None
    return [
        replace(
            record,
            deadline=date(int(year), 12, 31),
            deadline_text=f"{year}年",
            per_year=False,
            qualifier=qualifier,
        )
        for year in listed.groups()
    ]


# How far into an item its verb may stand and still lead it (全市新增, 每年培育, 累计新增).
_LEADING_VERB_AT = 4
_REACHED = re.compile(r"达到|提高到|提升到|提高至|提升至|保持在|稳定在|控制在")


def _share_verbs(records: list[TargetRecord]) -> None:
    """ "新增A 7个、B 28个": B is "新增B" - a bare noun item takes the verb of the item before."""
    verb_phrase = counted = ""
    leading = False
    for record in records:
        if (
            record.district is not None
            or record.unit in ("%", "个百分点")
            or _RATIO.search(record.subject)
            or _ONLY_A_TIME.match(record.subject)  # "2032年22个": the part before's subject
        ):
            continue
        verbs = list(_COUNTING_VERB.finditer(record.subject))
        if verbs:
            verb_phrase = record.subject[: verbs[-1].end()]
            counted = record.subject[verbs[-1].end() :]
            leading = verbs[-1].start() <= _LEADING_VERB_AT
        elif _OWN_VERB.match(record.subject):
            verb_phrase = ""  # "新建公共停车泊位": an item with a verb of its own shares none
        elif _REACHED.search(record.qualifier or ""):
            continue  # "…研发人员达到209人年以上": a level reached, not a thing made
        elif verb_phrase and len(record.subject) <= 12 and _shares_verb(leading, counted, record):
            record.subject = verb_phrase + record.subject


def _shares_verb(leading: bool, counted: str, record: TargetRecord) -> bool:
    """Whether a bare item takes the verb before: one that leads its item (新增, 全市新增) is
    shared; one deep in it (参与制定国家标准20项、行业标准30项) only with an item of the same
    kind (标准 … 标准). 山东省高端品牌培育企业60家、“泰山品质”产品认证证书3张: 培育 is inside a
    name, and the certificates are no firms."""
    return leading or (bool(counted) and counted[-1] == record.subject[-1])


def _target(
    reading: _Sentence, quantity: Quantity, ctx: DocContext, defaults: Defaults
) -> TargetRecord | None:
    """The target one number states, or None when it reports the past or a routine."""
    text = reading.text
    governing = _governing_time(reading.times, quantity, text)
    if _is_past(governing, ctx):
        return None
    per_year = _is_per_year(text, quantity, governing)
    if per_year and quantity.unit == "次" and quantity.value <= 1:
        return None  # "每年至少1次" is a recurring duty
    deadline, deadline_text = _deadline(governing, per_year, ctx, defaults, text)
    month = _month_of_one_year_plan(text, quantity, governing, ctx)
    if month is not None:
        deadline, deadline_text = month
    clause = _clause_around(text, quantity.start, quantity.end)
    district = reading.districts.get(quantity.start)
    # "全县新建村级道路(2032年)…": the bracket a figure's own year leaves empty
    subject = re.sub(
        r"[((]\s*(?:完成|建成|前|底前)?\s*[))]",
        "",
        _subject(text, clause, quantity, reading.left_out),
    )
    if district is not None and district[1] >= 0:
        clause = (list_lead_start(text, district[1]), clause[1])
        subject = list_lead(text, district[1], reading.times)
    elif district is not None and "分别" in subject:
        # "甲、乙两市新建农田分别为120万亩、100万亩": what the list counts, not the figures before
        subject = subject[: subject.index("分别")].strip(" ,、") or subject
    return TargetRecord(
        region=ctx.region,
        subject=subject,
        value=quantity.value,
        value_max=quantity.value_max,
        unit=quantity.unit
        or _bracketed_unit(text[clause[0] : quantity.start])
        or _rate_unit(subject, quantity),
        qualifier=_qualifier(text, clause, quantity, per_year),
        deadline=deadline,
        deadline_text=deadline_text,
        per_year=per_year,
        district=district[0] if district else None,
        lead_units=list(defaults.lead_units),
        support_units=list(defaults.support_units),
        quote=_quote(text, clause, governing, quantity),
        span=_span(reading.piece, clause, governing, quantity, defaults.section),
    )


# "农业科技进步贡献率达到68", "森林覆盖率45": a rate or share written without its % sign.
_RATE_SUBJECT = re.compile(
    r"(?:率|比重|占比|比例)(?:达到|达|提高到|提升到|保持在|稳定在|超过|不低于)?$"
)


# "人均公园绿地面积(平方米)达到16", "森林覆盖率(%)达到46": an indicator's measure in brackets
# after its name, the number after it bare.
_BRACKETED_MEASURE = re.compile(r"[((](?P<unit>[^()()]{1,10})[))][^()()]{0,12}$")


def _bracketed_unit(before: str) -> str | None:
    match = _BRACKETED_MEASURE.search(before)
    if match is None or find_quantities(before[match.end() :]):
        return None
    unit = match["unit"].strip()
    parts = unit.split("/")
    return unit if unit in MEASURE_WORDS or all(part in MEASURE_WORDS for part in parts) else None


def _rate_unit(subject: str, quantity: Quantity) -> str | None:
    if _RATE_SUBJECT.search(subject) and 0 < quantity.value <= 100 and quantity.value_max is None:
        return "%"
    return None


class _BookTitles:
    """Whether a position is inside 《…》 or a short “…” name ("“4个城市目标”"): a title, not a
    commitment. The marks are found once per sentence; counting them again before every number
    and date made a sentence of n numbers cost n passes over it."""

    def __init__(self, text: str) -> None:
        self.marks: dict[str, list[int]] = {mark: [] for mark in "《》“”"}
        for match in _TITLE_MARK.finditer(text):
            self.marks[match.group(0)].append(match.start())

    def _before(self, mark: str, position: int) -> int:
        return bisect.bisect_left(self.marks[mark], position)

    def inside(self, position: int) -> bool:
        if self._before("《", position) > self._before("》", position):
            return True
        opens, closes = self.marks["“"], self.marks["”"]
        opened_count, closed_count = self._before("“", position), self._before("”", position)
        if not opened_count:
            return False
        opened = opens[opened_count - 1]
        if closed_count and closes[closed_count - 1] > opened:
            return False
        after = bisect.bisect_left(closes, position)
        return after < len(closes) and closes[after] - opened <= 20


def _is_own_plan_count(text: str, quantity: Quantity, before: str) -> bool:
    """A count of the plan's own tasks or projects: "本方案共安排20项任务", or a count of
    projects in the sentence that counts the plan's tasks ("启动10项重点任务、…,实施144个重大
    建设项目")."""
    if not _PLAN_ITEM_AFTER.match(text[quantity.end :]):
        return False
    if _OWN_PLAN_BEFORE.search(before):
        return True
    sentence_start = max(text.rfind("。", 0, quantity.start), text.rfind("\n", 0, quantity.start))
    return bool(_OWN_TASK_COUNT.search(text[sentence_start + 1 : quantity.start]))


# "奖金:每人100万提升至300万" (B38-9): a sum per person in a clause that opens with it is what a
# prize or grant pays each, no goal.
_PER_HEAD_SUM = re.compile(r"^\s*每(?:人|名|位)(?:\s*\d+(?:\.\d+)?\s*(?:万|亿)?元?[^,;。]{0,6})?$")
# "开工老旧小区改造项目50个,约605万平方米,涉及居民6.2万户" (B38-5): whom the counted work
# reaches ("涉及居民…户") and its size, in a clause of its own after the count ("约…"), describe
# the count before them; they are no goals of their own.
_REACHES = re.compile(r"涉及[\u4e00-\u9fff]{0,6}$")
_ABOUT_THE_COUNTED = re.compile(r"^\s*(?:约|共约|总计约?|合计约?)\s*$")
_COUNT_ENDS = re.compile(r"\d\s*(?:个|项|家|处|条|栋|幢|座|所)\s*[,,]\s*$")


# "现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解", and the heading
# "“十三五”应急体系9个具体建设任务" over the list (B38-2): the sizes of the list a notice splits up.
_LISTED_ITEM = re.compile(
    r"^(?:大)?(?P<kind>具体|重大|重点|主要)?(?:工作|建设)?(?:项目|任务|工程|举措|措施|行动|事项)"
)
_SPLIT_LATER = re.compile(r"^[^。;\n]{0,40}?(?:(?:进行|予以)(?:责任)?分解|分解(?:落实|下达|如下))")


def _is_split_list_count(text: str, quantity: Quantity) -> bool:
    after = text[quantity.end :]
    item = _LISTED_ITEM.match(after)
    if item is None:
        return False
    if _SPLIT_LATER.match(after):
        return True
    line_end = text.find("\n", quantity.end)
    rest = after[: (line_end if line_end >= 0 else len(text)) - quantity.end]
    return item["kind"] is not None and rest.strip() == item.group(0)


# "应在3个月内提出具体创建计划,并在24个月内完成": a time limit ("在N个月内/N年内/N日内") is how
# long the work may take, not a count the plan commits to (B40-2).
_TIME_LIMIT_AFTER = re.compile(
    r"^(?:月|个月|年|日|天|周|工作日|个工作日)?(?:以内|之内|内)(?![容部外地])"
)
_TIME_LIMIT_UNITS = ("个", "个月", "年", "日", "天", "周", "工作日", "个工作日", None)


# "(应)在…内" opens a time limit; "控制在/压缩至/缩短到…个工作日内" and "开办企业0.5个工作日内完成"
# state how fast a service must be, a goal of its own.
_WITHIN_LEAD = re.compile(r"(?<!控制)(?<!压缩)(?<!压减)(?<!缩短)(?<!限定)(?<!保持)在$")


def _is_time_limit(text: str, quantity: Quantity) -> bool:
    after = text[quantity.end : quantity.end + 6]
    if quantity.unit not in _TIME_LIMIT_UNITS or not _TIME_LIMIT_AFTER.match(after):
        return False
    if not _WITHIN_LEAD.search(text[max(0, quantity.start - 4) : quantity.start]):
        return False
    # "3个月内": 个 needs 月 after it; a bare number needs a time word ("3年内", "30日内")
    if quantity.unit in ("个", None):
        return bool(re.match(r"^(?:月|个月|年|日|天|周|工作日|个工作日)", after))
    return True


# "经审核,批准甲市等11个市(县)开展首批示范城市创建活动": a count after the names of a list a
# decision approves (批准/同意/确定/命名/授予 … 等) is the size of that list (B40-3).
_APPROVED_LIST_BEFORE = re.compile(r"(?:批准|同意|确定|命名|授予)[^。;,:\n]{1,30}?等$")
_COUNTED_MEASURES = ("个", "家", "件", "项", "名", "所", "户", "座")


_TITLE_MARK = re.compile("[《》“”]")


# B44-7: a figure right before the facility being built ("200万只蛋鸡标准化养殖基地建设",
# "5万吨冷链物流园项目建设") sizes that one facility (its capacity), unless it counts facilities
_SIZED_FACILITY_AFTER = re.compile(
    r"^(?:(?!保障|用于|支持|投入|带动|覆盖)[\u4e00-\u9fff“”]){0,14}?"
    r"(?:基地|养殖场|园区|产业园|物流园|项目|工程|厂)(?:的)?(?:建设|项目建设)"
    r"(?:[,,;;。]|$)"
)
_COUNTED_FACILITIES = frozenset({"个", "家", "座", "处", "所", "项", "条", "批", None})


# "20亿级项目", "百亿级产业集群", "千万元级企业": a size that names a class of projects or firms
# ("亿级/亿元级" after the figure), never a figure the plan commits to (B45-3).
_SIZE_CLASS_AFTER = re.compile(r"量?级")


def _is_excluded(text: str, quantity: Quantity) -> bool:
    clause_start, clause_end = _clause_around(text, quantity.start, quantity.end)
    if quantity.unit == "岁" and not re.search(
        r"(?:达到|达|提高到|提升到|超过|增加到)\s*$", text[clause_start : quantity.start]
    ):
        return True  # "0-6岁儿童": an age names a group; only "寿命达到79岁" is a goal
    if any(start <= quantity.start < end for start, end in _baseline_spans(text)):
        return True
    if (
        quantity.unit not in _COUNTED_FACILITIES
        and "元" not in (quantity.unit or "")  # "安排58亿元…保障…项目建设": money, no capacity
        and _SIZED_FACILITY_AFTER.match(text[quantity.end : clause_end + 1])
    ):
        return True  # B44-7: "完成200万只蛋鸡标准化养殖基地建设": the size of one facility
    if re.search(r"[亿万千百]", quantity.unit or "") and _SIZE_CLASS_AFTER.match(
        text, quantity.end
    ):
        return True  # B45-3: "引进20亿级项目不少于12个": "20亿级" names a class of projects
    before = text[clause_start : quantity.start]
    before = before[before.rfind("基础上") + 3 :] if "基础上" in before else before
    # "用水总量下降至目前80%的水平": the goal is a share OF the current level, not the past
    before = _SHARE_OF_NOW.sub("", before)
    sentence_start = max(text.rfind(mark, 0, clause_start) for mark in "。;\n") + 1
    done = _BASELINE_BEFORE.search(_COMPARED_WITH_LAST_YEAR.sub("", before))
    if done is not None and not _done_names_the_goals_things(
        text, sentence_start, quantity, done.group()
    ):
        return True
    since = _SINCE_LEAD.match(text[sentence_start:clause_start])
    if since is not None and not _SINCE_GOAL.search(
        text, sentence_start + since.end(), quantity.start
    ):
        return True  # B57-10: "去年以来,…共建成示范村54个": what was built since, not a goal
    # a look back or a result word governs its own sentence's next clauses, not a long line's
    # whole run (bounded so that a 20,000-character table line stays linear)
    near_start = max(sentence_start, clause_start - _GOVERNING_REACH)
    looked_back = list(_SINCE_INSIDE.finditer(text, near_start, quantity.start))
    if looked_back and not _SINCE_GOAL.search(text, looked_back[-1].end(), quantity.start):
        return True  # T50-1: "全县今年以来新增驰名商标2件": a result, not a goal
    if (
        clause_start - sentence_start <= _DAY_LEAD_LENGTH
        and _DAY_LEAD.match(text[sentence_start:clause_start])
        and not _SINCE_GOAL.search(text, clause_start, quantity.start)
    ):
        return True  # T50-4: "2031年11月1日,县里统筹整合资金300万元": a day's event
    earlier = [
        found
        for found in _DONE_IN_SENTENCE.finditer(text, near_start, clause_start)
        # "对已达标的街镇进行提档升级": a 已-phrase closed by 的 names things, states no result
        if not _ATTRIBUTIVE_DONE.match(text, found.end())
    ]
    if (
        earlier
        and not _SINCE_GOAL.search(text, earlier[-1].end(), quantity.start)
        and not _done_names_the_goals_things(text, sentence_start, quantity, earlier[-1].group())
    ):
        return True  # T50-3: "已累计培育国家级品牌5个、省级品牌20个": both are results
    if _is_compared_figure(text, quantity.start):
        return True  # "比2010年的12.4万吨减少11.9%": the level compared with, not a goal
    if _FOCUS_OPEN.search(before) and _FOCUS_CLOSE.match(text[quantity.end : clause_end + 1]):
        return True  # "以A、B、C3个示范区建设为重点": the count names what the plan centres on
    if _HIGHER_PROGRAMME.search(_part_tail(text, quantity.start, 30)):
        return True  # "聚焦国家“十四五”规划102项重大工程": the size of the nation's programme
    if _states_eligibility_before(text, quantity.start):
        return True  # "入库企业须具有独立法人资格,年主营业务收入2000万元以上": who qualifies
    if _CITED_NOTICE_BEFORE.search(before) and _CITED_NOTICE_AFTER.match(
        text[quantity.end : quantity.end + 60]
    ):
        return True  # "根据县政府关于2031年实施20项民生工程的通知": a cited title (B37-1)
    if _is_reward_rule(text):
        return True  # "对投资1000万元以上的,按10%给予补贴": numbers of a reward rule are criteria
    if quantity.unit == "%" and _PAYMENT_SHARE.search(before):
        return True  # "第一年兑付60%": a share of a reward's money paid out, not a goal
    if quantity.unit == "%" and _SUBSIDY_RATE.search(before):
        return True  # "补助比例最高不超过20%": the rate a subsidy is paid at, not a goal
    if "元" in (quantity.unit or "") and _COST_BORNE_BEFORE.search(before):
        return True  # "其中智造新城承担20万元": who bears a share of money paid out (B58-6)
    if "元" in (quantity.unit or "") and _PRIZE_BEFORE.search(before):
        return True  # "一等奖20万元/项": what a prize pays is a reward, not a goal
    if _DONE_AFTER.match(text, quantity.end):
        return True  # "另有“甲”、“乙”2家通过了复审": what happened, not a goal (B48-8)
    if _CONSULTED_AFTER.match(text, quantity.end) and "向" in before:
        return True  # "我局向A、B等11个单位征求了意见": who was consulted, not a goal (B48-2)
    if "元" in (quantity.unit or "") and _PAID_PER_HEAD_BEFORE.search(before):
        return True  # B45-8: "个人单次最高2万元", "本科生每人1500元/月": what is paid, not a goal
    if quantity.unit in ("人", "名", "项", "个", "家", "件") and (
        _AWARD_QUOTA.search(before)
        or _AWARD_SEATS_LISTED.search(text[max(0, quantity.start - 30) : quantity.start])
    ):
        return True  # "每两年评审一次,每次不超过2人": a cap per round (of awards), not a goal
    if _is_aim_object(text, quantity):
        return True  # "聚焦5个重点领域,开展…": what the work is aimed at
    if _is_honour_count(text, quantity, before):
        return True  # "设立4个奖项", "奖金最高达20万元": a reward rule's honours, not goals
    if quantity.unit in ("个", "项", "类") and _PRIZES_AFTER.match(text[quantity.end : clause_end]):
        return True  # "设立4个奖项": how many prizes a scheme has
    if (quantity.unit or "").endswith("元") and _SUPPORT_CAP.search(before):
        return True  # "同一单位累计扶持金额不超过100万元": a ceiling on support (a condition)
    if quantity.unit in ("项", "条", "个", "件", "类") and _LIST_SPLIT_BEFORE.search(
        text[_part_start(text, quantity.start) : quantity.start]
    ):
        return True  # "主要工作任务分解为7大方面、80项": the size of the document's own list
    if _LIST_SIZE.match(text[quantity.end :]) or (
        _HEADING_COUNT.match(text[quantity.end :]) and _bracket_holds_count(text, quantity)
    ):
        return True
    if quantity.unit in ("个", "项", "类") and _COUNT_OF_SHARERS.match(text[quantity.end :]):
        return True  # "4个结构性指标均实现10%以上增长": how many share the goal, not a goal
    if quantity.unit in ("家", "个", "项", "名", "人", "户", "件") and (
        _PUBLISHED_LIST_BEFORE.search(text[clause_start : quantity.start])
        and _PUBLISHED_LIST_AFTER.match(text[quantity.end :])
    ):
        return True  # "现将符合条件的72家企业进行公示": the size of the list made public
    if _PLACE_SIZE_BEFORE.search(before):
        return True  # T49-4: "全县总面积1200平方公里,总人口50万人": the place described
    if quantity.unit in ("米", "公里", "千米", "号") and _ADDRESS_BEFORE.search(before):
        return True  # "地址:某市某路西50米": a distance in an address
    if re.fullmatch(r"(?:个)?(?:工作日|日|天|周|个月)", quantity.unit or "") and (
        _PROCEDURE_SPAN_BEFORE.search(before)
    ):
        return True  # "公示期为5个工作日": how long a procedure runs
    if _is_time_limit(text, quantity):
        return True  # "应在3个月内提出创建计划": how long the work may take, not a count (B40-2)
    if quantity.unit in _COUNTED_MEASURES and _APPROVED_LIST_BEFORE.search(before):
        return True  # "批准甲市等11个市(县)开展创建": the size of the list decided on (B40-3)
    if quantity.unit == "类" and _ENUMERATED_KINDS_BEFORE.search(before):
        return True  # "A、B、C等6类工程项目的审批时间…": the size of the list just named
    if (quantity.unit in ("万", "亿") or "元" in (quantity.unit or "")) and _PER_HEAD_SUM.match(
        before
    ):
        return True  # "奖金:每人100万提升至300万": what a prize pays each person (B38-9)
    if _REACHES.search(before) or (
        _ABOUT_THE_COUNTED.match(before)
        and _COUNT_ENDS.search(text[max(0, clause_start - 12) : clause_start])
    ):
        return (
            True  # "开工改造项目50个,约605万平方米,涉及居民6.2万户": the size of what was counted
        )
    if quantity.unit in ("项", "个", "条") and _is_split_list_count(text, quantity):
        return True  # "将规划中的9项具体建设任务和7项重点建设项目进行责任分解": the list split up
    if quantity.unit in ("项", "个", "条", "件") and _is_own_plan_count(text, quantity, before):
        return True  # "启动10项重点任务,实施144个重大建设项目": the plan's own items
    if quantity.unit in ("项", "个", "条", "件") and _LIST_TOTAL_BEFORE.search(before):
        return True  # "重点工作任务共120项": the size of the document's own list
    if _SCOPE_STATED_BEFORE.search(text[max(0, quantity.start - 160) : quantity.start]):
        return True  # "实施范围为某镇行政辖区…总面积为104平方公里": where the plan applies
    if quantity.unit in ("项", "条") and _is_part_item_count(text, quantity):
        return True  # "分为十二部分,共171项…一是主要发展指标,10项": the document's own parts
    if quantity.unit in ("项", "个", "条", "类") and _LIST_ANNOUNCED.match(text[quantity.end :]):
        return True  # "6项主要污染物减排目标任务分别为:…": the size of the list that follows
    if quantity.unit in ("项", "个", "条", "类", "件") and _LIST_FOLLOWS.match(
        text[quantity.end :]
    ):
        return True  # "确定…民生实事项目为10项,分别是:": the size of the list that follows
    if quantity.unit == "%" and _SHARE_GIVEN.match(text[quantity.end :]):
        return True  # "以上奖金50%奖给企业法定代表人,另50%奖给企业": a split of a reward
    if (
        quantity.unit == "%"
        and _SHARE_RATIO_AFTER.match(text[quantity.end :])
        and _PRIZE_MONEY.search(
            re.split(r"[。;\n]", text[max(0, quantity.start - 40) : quantity.start])[-1]
        )
    ):
        return True  # "所得奖金按…各50%的比例分配": how a prize is shared out (B39-2)
    if (quantity.unit or "").endswith("元") and _THRESHOLD_OF_A_KIND.match(text[quantity.end :]):
        return True
    if (
        quantity.unit == "条"
        and _PACKAGE_NOUN.match(text[quantity.end :])
        and not _MAKING_VERB.search(before)
    ):
        return True  # "落实好提振市场信心90条措施": a policy package named by its size
    part_end = _part_end(text, quantity.end)
    if _names_a_project(text, quantity.end, part_end) and not _counts_or_funds_projects(
        text, quantity, before
    ):
        return True  # "抓好某公司25万吨己二酸等项目建设": a capacity names a project
    if _CAPACITY_UNIT.search(quantity.unit or "") and _CAPACITY_PROJECT.fullmatch(
        text[quantity.end : part_end]
    ):
        return True  # "抓好80万吨乙烯改扩建项目": the project's capacity, not a goal
    after = text[quantity.end : clause_end]
    if is_members_threshold(_part_tail(text, quantity.start, 80)):
        return True  # "实现20%的村集体年收入超30万元": 30万元 says which villages count
    if (
        re.match(r"^(?:以上|以下|左右)?的", after)
        and not is_share_of_members(quantity.unit, after)
        and (find_quantities(after) or "一批" in text[clause_start : quantity.start])
    ):
        return True  # "营收超10亿元的企业5家", "一批超100亿元的集群": the number defines members
    if _FROM_VALUE.search(text[max(clause_start, quantity.start - 12) : quantity.start]) and (
        _TO_VALUE.search(after)
    ):
        return True  # "由92%提高到95%": the first number is where it starts from
    return bool(re.match(r"^\s*(?:以内|之内)?(?:的)?(?:时间|期间|以来)", after))


# "围绕3大主导产业、5个重点领域,开展质量攻关": what the work is aimed at, not a goal.
def _done_names_the_goals_things(
    text: str, sentence_start: int, quantity: Quantity, done: str
) -> bool:
    """T50-2: the 已-word ``done`` (the last one before the figure) describes what a goal of the
    sentence is about: a future marker before it, a verb of reaching after it."""
    if not done.startswith(("已", "现已", "现有", "原有", "累计已")):
        return False
    at = text.rfind(done, sentence_start, quantity.start)
    if at < 0 or not _FUTURE_BEFORE_DONE.search(text, sentence_start, at):
        return False
    if _REACHING_VERB.search(text, at + len(done), quantity.start):
        return True  # "确保已认定的示范企业达到50家", "力争…,已认证企业达到200家"
    # "力争已有规上企业中80%以上达到…认证": the figure counts what is to reach
    return _REACHING_VERB.search(text[quantity.end : quantity.end + 8]) is not None


_SCOPE_LEAD = re.compile(  # matched at the part's start
    r"\s*(?:[一二三四五六七八九十]+是)?(?:围绕|聚焦|针对|依托|立足|紧扣|瞄准|紧盯|对标|面向)"
)
_GOAL_VERB = re.compile(
    r"新增|培育|建成|建设|打造|创建|完成|实现|达到|提高|提升|增长|引进|新建|认定|突破|超过|不少于|不低于"
)


def _bracket_holds_count(text: str, quantity: Quantity) -> bool:
    """The bracket the figure closes holds the count alone ("一、先进企业(9户)", "(共5家)"),
    not a list of figures ("(甲县增幅4.66%,乙县增幅4.64%)": its last item is a figure too)."""
    line_start = text.rfind("\n", 0, quantity.start) + 1
    opening = text.rfind("(", line_start, quantity.start)
    inner = text[(opening if opening >= 0 else line_start - 1) + 1 : quantity.start]
    return len(inner) <= 6 and not re.search(r"[,;、:\d]", inner)


def _is_aim_object(text: str, quantity: Quantity) -> bool:
    start = _part_start(text, quantity.start)
    lead = _SCOPE_LEAD.match(text, start, quantity.start)
    return lead is not None and not _GOAL_VERB.search(text, start, quantity.start)


def _is_honour_count(text: str, quantity: Quantity, before: str) -> bool:
    """How many honours a reward rule sets up ("设立四个奖项") or the most one pays ("奖金最高
    达20万元"): the rule's own shape, never a goal of a plan."""
    unit = quantity.unit or ""
    if unit in ("个", "项", "类", "种", "") and _HONOUR_COUNT_AFTER.match(text, quantity.end):
        return not re.search(r"(?:获|争|新增|创|培育|申报|达到|实现)[^,;。]{0,8}$", before)
    # "…补助资金最高100万": a headline that leaves 元 off the sum (B42-16)
    return unit.endswith(("元", "万", "亿")) and bool(_PRIZE_CEILING_BEFORE.search(before))


# What ``_is_excluded`` asks of a whole sentence is found once per sentence, not once per
# number: a line of 5,000 sums ("奖励10万元,…") searched its whole length for each (10 s).
@lru_cache(maxsize=8)
def _is_part_item_count(text: str, quantity: Quantity) -> bool:
    """A count of the items in the document's own parts (B43-1)."""
    before = text[max(0, quantity.start - 80) : quantity.start]
    if _PARTS_TOTAL_BEFORE.search(before):
        return True
    return bool(_PART_ITEMS_SENTENCE.search(before)) and bool(
        _PART_ITEMS_END.match(text[quantity.end : quantity.end + 2])
    )


def _baseline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """ "在目前76项联盟标准的基础上": numbers inside describe the starting point."""
    return tuple(
        (match.start(), match.end())
        for match in _BASELINE_SPAN.finditer(text)
        if not _GUARANTEED_BASE.match(match.group())
    )


# "在确保新增25家的基础上,全力以赴实现新增50家": what the plan guarantees, not where it starts from;
# its count is a goal like the one that goes beyond it (B42-4).
_GUARANTEED_BASE = re.compile(r"在确保")


@lru_cache(maxsize=8)
def _is_reward_rule(text: str) -> bool:
    """Cached: every quantity of a sentence asks it of the same sentence."""
    return bool(_REWARD_RULE.search(text))


@lru_cache(maxsize=8)
def _first_eligibility(text: str) -> int | None:
    match = ELIGIBILITY.search(text)
    return match.start() if match else None


def _states_eligibility_before(text: str, position: int) -> bool:
    """Whether a who-qualifies phrase stands before ``position``; the sentence's first such
    phrase is found once, so a sentence of many figures is read in linear time."""
    first = _first_eligibility(text)
    return first is not None and first < position and bool(ELIGIBILITY.search(text[:position]))


@lru_cache(maxsize=8)
def _part_ends(text: str) -> list[int]:
    return [match.start() for match in re.finditer(r"[,;。]", text)]


def _part_start(text: str, position: int) -> int:
    """Where the part (after the last , ; or 。) holding ``position`` starts."""
    ends = _part_ends(text)
    before = bisect.bisect_left(ends, position)
    return ends[before - 1] + 1 if before else 0


def _part_end(text: str, position: int) -> int:
    """Where the part holding ``position`` ends (its , ; or 。, else the text's end)."""
    ends = _part_ends(text)
    after = bisect.bisect_left(ends, position)
    return ends[after] if after < len(ends) else len(text)


# A sentence of many figures ("第1项指标提高1%、第2项指标提高2%、…" 1,500 times in one part) is read
# in linear time: a pattern that must end where the figure starts is searched in the last
# characters of its part only (as many as a match can span), and a pattern searched after the
# figure only where the sentence holds it at all.
def _part_tail(text: str, position: int, length: int) -> str:
    """The last ``length`` characters of the part before ``position``."""
    return text[max(_part_start(text, position), position - length) : position]


@lru_cache(maxsize=8)
def _project_names(text: str) -> list[int]:
    return [match.start() for match in _PROJECT_NAME.finditer(text)]


def _names_a_project(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a project ("等项目", "项目建设"); a match there starts at
    most 4 characters before one the whole sentence's search finds (they may overlap)."""
    names = _project_names(text)
    index = bisect.bisect_left(names, start - 4)
    if index == len(names) or names[index] >= end:
        return False
    return bool(_PROJECT_NAME.search(text, start, end))


@lru_cache(maxsize=8)
def _comparison_heads(text: str) -> list[int]:
    return [match.start() for match in COMPARISON_HEAD.finditer(text)]


def _is_compared_figure(text: str, position: int) -> bool:
    """``is_compared_figure`` of the part before ``position``, searched from the part's last
    comparison ("比2010年的"): the figures listed after it cannot hold another."""
    heads = _comparison_heads(text)
    index = bisect.bisect_left(heads, position) - 1
    if index < 0 or heads[index] < _part_start(text, position):
        return False
    return is_compared_figure(text[heads[index] : position])


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between , ; :) holding ``text[start:end]``, ignoring breaks inside brackets.

    Only the marks that can end a clause or open or close a bracket are visited (a step per
    character over a line of 20,000 took 70 ms for each number of it)."""
    marks = _clause_marks(text)
    left = 0
    depth = 0
    for index in range(bisect.bisect_left(marks, start) - 1, -1, -1):
        position = marks[index]
        char = text[position]
        if char in ")”》":
            depth += 1
        elif char in "(“《" and depth:
            depth -= 1
        elif depth == 0 and (_CLAUSE_BREAK.match(char) or _is_item_break(text, position)):
            left = position + 1
            break
    right = len(text)
    depth = 0
    for index in range(bisect.bisect_left(marks, end), len(marks)):
        position = marks[index]
        char = text[position]
        if char in "(“《":
            depth += 1
        elif char in ")”》" and depth:
            depth -= 1
        elif depth == 0 and (
            _CLAUSE_BREAK.match(char) or char == "。" or _is_item_break(text, position)
        ):
            right = position
            break
    return left, right


_CLAUSE_MARK = re.compile("[" + re.escape(")”》(“《、。") + "]|" + _CLAUSE_BREAK.pattern)


@lru_cache(maxsize=8)
def _clause_marks(text: str) -> list[int]:
    """Where the characters ``_clause_around`` looks at stand in ``text``."""
    return [match.start() for match in _CLAUSE_MARK.finditer(text)]


_ITEM_SEPARATORS = ",;:、。"
_NEXT_ITEM_SEPARATOR = re.compile(f"[{_ITEM_SEPARATORS}]")


def _is_item_break(text: str, index: int) -> bool:
    """A 、 separates two quota items ("国家标准20项、行业标准30项") when both sides hold numbers.

    Each side is read to the nearest separator only: splitting all the text before the 、 at
    every 、 a clause's walk met made a line of names listed with 、 quadratic (19,000
    characters: 7 s a line)."""
    if text[index] != "、":
        return False
    begin = index
    while begin > 0 and text[begin - 1] not in _ITEM_SEPARATORS:
        begin -= 1
    after = _NEXT_ITEM_SEPARATOR.search(text, index + 1)
    right = text[index + 1 : after.start() if after else len(text)]
    return bool(re.search(r"\d", text[begin:index])) and bool(re.search(r"\d", right))


# "…120公里(2033年),…300户(2034年)": a year in brackets right after a figure is that figure's
# own, and dates no figure after it.
_FIGURES_OWN_YEAR_AFTER = re.compile(
    r"^(?:底|末|前|以前|年底)?(?:前|以前)?(?:完成|建成|实现|达到|完工)?\s*[))]"
)


def _is_figures_own_year(mention: TimeMention, text: str) -> bool:
    before = text[max(0, mention.start - 12) : mention.start]
    return bool(
        re.search(r"\d[^\d,,;;。、()()]{0,6}\s*[((]\s*(?:到|至)?$", before)
        and _FIGURES_OWN_YEAR_AFTER.match(text[mention.end : mention.end + 8])
    )


def _governing_time(times: list[TimeMention], quantity: Quantity, text: str) -> TimeMention | None:
    """The latest time expression before the number; else one later in the same clause (a
    figure's own bracketed year, "300户(2034年)", first)."""
    times = [mention for mention in times if mention.kind != "baseline"]
    own = [
        mention
        for mention in times
        if quantity.end <= mention.start <= quantity.end + 8 and _is_figures_own_year(mention, text)
    ]
    if own:
        return own[0]
    before = [
        mention
        for mention in times
        if mention.end <= quantity.start and not _is_figures_own_year(mention, text)
    ]
    if before:
        return before[-1]
    _clause_start, clause_end = _clause_around(text, quantity.start, quantity.end)
    # "…450公里(2031年120公里、2032年150公里…)": the years of a bracketed breakdown date its parts
    after = [
        mention
        for mention in times
        if quantity.end <= mention.start < clause_end
        and not re.search(r"[((]", text[quantity.end : mention.start])
    ]
    return after[0] if after else None


def _is_past(governing: TimeMention | None, ctx: DocContext) -> bool:
    """ "2016年,全市新增…" in a plan signed in 2017 reports a result, it commits to nothing; nor
    does "截至2017年8月31日,累计完成…" in a notice signed on 2017-09-01: a status date on or before
    the signing states where things stand (a later one, "截至2025年底累计建成…", is a goal)."""
    year = ctx.document_year
    if year is None and ctx.meta.period:
        # T49-3: unsigned, a plan of 2031—2033 reports a result in "2030年,全县完成…"
        year = ctx.meta.period[0]
    if governing is None or year is None or governing.last is None:
        return False
    if _STATUS_DATE.match(governing.text) and ctx.meta.issued:
        return governing.last <= ctx.meta.issued
    return governing.last.year < year


_STATUS_DATE = re.compile(r"截[至止]")


def _is_per_year(text: str, quantity: Quantity, governing: TimeMention | None) -> bool:
    """Whether 每年, 年均 or 每一年 stands between the governing time (else the sentence's start)
    and the number: looked up among the words' places, found once per sentence (searching all
    the text before each number was quadratic in a sentence of thousands)."""
    begin = governing.end if governing and governing.end <= quantity.start else 0
    places = _each_year_places(text)
    index = bisect.bisect_left(places, (begin, 0))
    while index < len(places) and places[index][0] < quantity.start:
        if places[index][1] <= quantity.start:
            return True
        index += 1
    return False


@lru_cache(maxsize=8)
def _each_year_places(text: str) -> list[tuple[int, int]]:
    """Every place (start, end) of a word of ``_EACH_YEAR`` in ``text``, overlapping or not."""
    places = []
    for word in _EACH_YEAR.pattern.split("|"):
        start = text.find(word)
        while start >= 0:
            places.append((start, start + len(word)))
            start = text.find(word, start + 1)
    return sorted(places)


# "8月份完成主体工程的70%", "9月底前完成50%": a month alone opening the figure's part.
_MONTH_LEAD = re.compile(r"^\s*(?P<month>1[0-2]|[1-9])月(?:份|底前?|末)")


def _month_of_one_year_plan(
    text: str, quantity: Quantity, governing: TimeMention | None, ctx: DocContext
) -> tuple[date, str] | None:
    """In a plan of one year, a figure whose part opens with a month alone ("8月份完成主体工程的
    70%") is due at that month's end (B37-5); so in a text with no period dated by its one year
    (D50-3: the year it writes, else its own signing year, ``DocContext.month_only_year``)."""
    year = ctx.month_only_year
    if governing is not None or year is None:
        return None
    lead = _MONTH_LEAD.match(text[_part_start(text, quantity.start) : quantity.start])
    if lead is None:
        return None
    month = int(lead["month"])
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, last_day), lead.group(0).strip()


def _deadline(
    governing: TimeMention | None,
    per_year: bool,
    ctx: DocContext,
    defaults: Defaults,
    text: str,
) -> tuple[date | None, str | None]:
    if governing is not None and governing.kind != "start" and governing.last is not None:
        return governing.last, governing.text
    if defaults.deadline is not None:
        return defaults.deadline, defaults.deadline_text
    span = _plan_span(text)
    if ctx.stated_plan_end is None and span is not None and ctx.document_year is not None:
        # "通过两年努力" in a dated text with no plan period: the span from the document's year
        count = re.search(r"([三五十两二])年", span)
        if count is not None:
            years = CHINESE_COUNTS[count.group(1)]
            return date(ctx.document_year + years - 1, 12, 31), span
    return ctx.plan_end, span


@lru_cache(maxsize=8)
def _plan_span(text: str) -> str | None:
    """ "通过三年努力", "到规划期末": the plan's span as the sentence words it (once a sentence)."""
    plan_span = _PLAN_SPAN.search(text)
    return plan_span.group(0) if plan_span else None


def _times_left_out(text: str, times: list[TimeMention]) -> list[str]:
    """The words of the sentence's time mentions a subject leaves out, each once, in reading
    order: not a comparison year ("能耗比2020年下降14%": what the number is measured against
    stays). Found once per sentence: for every mention of every number, a sentence of 1,200
    "第N项指标比2020年提高N%" took 94 s."""
    dropped: dict[str, None] = {}
    for mention in times:
        if mention.kind == "baseline" and _AGAINST_BASELINE.search(
            text, max(0, mention.start - 20), mention.start
        ):
            continue
        dropped.setdefault(mention.text, None)
    return list(dropped)


def _subject(text: str, clause: tuple[int, int], quantity: Quantity, left_out: list[str]) -> str:
    start, end = clause
    after = re.sub(r"^(?:以上|左右|以内|以下)?(?:的)?", "", text[quantity.end : end])
    subject = text[start : quantity.start] + after
    for dropped in left_out:
        subject = subject.replace(dropped, "")
    # "十、创建100个…", "一、每年设立…", "(二)驰名商标达到3件": the list number is not part of
    # the subject
    subject = re.sub(
        r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.](?!\d)|\([一二三四五六七八九十]{1,3}\))\s*",
        "",
        subject.strip(),
    )
    # "▲增加值可比增长14%": a bullet opening the line is no part of the subject
    subject = re.sub(
        r"^(?:其中|同时|并|且|力争|确保|实现|做到)", "", subject.strip(" ,;:、—-▲△■□●○◆◇★☆•·")
    )
    subject = re.sub(r"(?:以上|左右)$|^(?:以上|左右)(?:的)?", "", subject)
    if not _BASELINE_CHANGE.search(subject):
        subject = re.sub(_TRAILING_VERB, "", subject)
    # (年均 whole: its 均 alone left 年, which the clause before took as its end, attack58 M13:
    # "全市生产总值达到1200亿元年")
    subject = re.sub(r"(?:力争|确保|争取|每年|年均|均)+$", "", subject)
    own_year = text[start : quantity.start].strip(" ,;:、")
    if len(subject) < 2 and _ONLY_A_TIME.match(own_year):
        # "2031年全市新增甲类产品18个,2032年22个": a part that is only its year and figure counts
        # what the part before counts (``_subjects_after_a_year``), not that part whole
        return own_year
    if len(subject) < 2 or subject in ("总数", "数量", "总量", "规模", "比例", "比重", "占比"):
        before_clause = text[:start].rstrip(" ,;:")
        lead = re.split(r"[,;。]", before_clause)[-1] if before_clause else ""
        named = _LEAD_FIGURE.sub("", lead.strip())
        if (
            not subject
            and quantity.unit in ("%", "%")
            and _GROWTH.search(text[start : quantity.start])
            and len(named) >= 2
        ):
            # "全市生产总值达到1200亿元,年均增长6.5%": the growth is of what the clause before
            # names, not of its figure (a stretch, 力争保持在98%以上, keeps the clause whole)
            lead = named
        subject = (lead + subject).strip()
    elif _COMPARISON_ONLY.match(subject):
        # "全市财政一般预算收入623亿元,同口径比上年增长12%": the clause before names what grows
        before_clause = text[:start].rstrip(" ,;:")
        lead = re.split(r"[,;。]", before_clause)[-1] if before_clause else ""
        lead = _LEAD_FIGURE.sub("", lead.strip())
        lead = re.sub(r"^(?:其中|同时|并|且)", "", lead)
        if len(lead) >= 2:
            subject = lead
    return subject[:80] or quantity.text


# A change of a figure (增长6.5%, 下降3%): of the thing the clause before names.
_GROWTH = re.compile(r"增长|增速|提高|下降|降低|减少|增加")


# "同口径比上年", "比上年", "按可比价计算比去年同期": a comparison alone, no subject of its own.
_COMPARISON_ONLY = re.compile(
    r"^(?:同口径|按可比(?:价格?|口径)(?:计算)?|可比价)?\s*,?\s*(?:比|较|同比)(?:上年|去年|上一年)?"
    r"(?:度)?(?:同期)?(?:相比)?$"
)
# "…623亿元", "…超过1650亿元": the figure closing the clause a comparison leans on.
_LEAD_FIGURE = re.compile(r"(?:达到|为|超过|完成|实现)?\s*\d+(?:\.\d+)?\s*[^\d,;。、()()]{0,4}$")


# "比2020年", "较2015年": a comparison year right before its mention; with the change after it
# ("比2020年下降", "较2015年累计下降") the subject says what the number measures.
_AGAINST_BASELINE = re.compile(r"(?:比|较)\s*$")
_BASELINE_CHANGE = re.compile(
    r"(?:比|较)(?:19|20)\d{2}\s*年(?:末|底)?(?:分别|累计)?(?:下降|降低|增长|提高|减少|增加|上升)$"
)


def _qualifier(
    text: str, clause: tuple[int, int], quantity: Quantity, per_year: bool
) -> str | None:
    start, _ = clause
    before = text[start : quantity.start]
    after = text[quantity.end : quantity.end + 3]
    words = [word for word in _QUALIFIERS if word in before]
    # (达到 of 平均达到, 超过 of 不超过: a word only inside a longer one found is no word of its
    # own; 不超过超过2项 was the value)
    words = [
        word
        for word in words
        if not any(
            word != longer and word in longer and before.count(word) == before.count(longer)
            for longer in words
        )
    ]
    words += [word for word in _AFTER_QUALIFIERS if after.startswith(word)]
    if quantity.text.rstrip(quantity.unit or "").endswith(("余", "多")):
        words.append("余")
    if per_year:
        words.insert(0, "每年")
    return ";".join(words) if words else None


def _quote(
    text: str, clause: tuple[int, int], governing: TimeMention | None, quantity: Quantity
) -> str:
    start, end = clause
    end = max(end, quantity.end)
    if governing is not None and governing.start < start and start - governing.start <= 60:
        start = governing.start
    quote = text[start:end].strip(" ,;:、。")
    if len(quote) > 120:
        quote = text[clause[0] : clause[1]].strip(" ,;:、。")[:120]
    return quote


def _span(
    sentence: Piece,
    clause: tuple[int, int],
    governing: TimeMention | None,
    quantity: Quantity,
    section: str | None,
) -> Span:
    start, end = clause
    if governing is not None and governing.start < start and start - governing.start <= 60:
        start = governing.start
    while start < end and sentence.text[start] in " ,;:、。":
        start += 1
    return Span(sentence.start + start, sentence.start + max(end, quantity.end), section)


def deduplicate(records: list[TargetRecord], text: str = "") -> list[TargetRecord]:
    """One commitment stated twice (goal list and task section, body and table) is one target.

    Two numbers of one sentence are never the same commitment ("省级示范企业5家、市级示范企业
    5家" lists two), so only statements in different sentences are merged. Each record is
    compared with those of its figure; which sentence a record is in is looked up, and its
    subject's bigrams made once (searching the text between two records for a sentence end, for
    every pair, made 1,250 figures of one line take 80 s).
    """
    kept: list[TargetRecord] = []
    buckets: dict[tuple[object, ...], list[TargetRecord]] = {}
    ends = [match.start() for match in _SENTENCE_END.finditer(text)]
    cores: dict[int, set[str]] = {}
    sentences: dict[int, int] = {}  # a record's sentence: which sentence end comes after it

    def core(record: TargetRecord) -> set[str]:
        if id(record) not in cores:
            cores[id(record)] = bigrams(_core(record.subject))
        return cores[id(record)]

    for record in records:
        key = (record.region, record.district, record.value, record.value_max, record.unit)
        bucket = buckets.setdefault(key, [])
        sentence = bisect.bisect_left(ends, record.span.start) if text else -1
        duplicate = next(
            (
                other
                for other in bucket
                if (sentence < 0 or sentences[id(other)] != sentence)
                and _same_commitment(other, record, core)
            ),
            None,
        )
        if duplicate is None:
            kept.append(record)
            bucket.append(record)
            sentences[id(record)] = sentence
            continue
        _merge_units(duplicate.lead_units, record.lead_units)
        _merge_units(duplicate.support_units, record.support_units)
    return kept


def drop_restated_totals(table: list[TargetRecord], body: list[TargetRecord]) -> list[TargetRecord]:
    """A table's total row (district null) that repeats a figure the body states about the same
    thing ("其建设任务25万亩" / "总计 | 25.0" under a 封山育林 column) is that figure, not another
    one; the body's statement is kept (its quote says more), with the units the table's row
    names (trial45: a task table's 牵头/配合 columns were lost with the row's figure)."""
    kept: list[TargetRecord] = []
    for record in table:
        restated = next(
            (
                other
                for other in body
                if record.district is None
                and other.district is None
                and (other.value, other.value_max, other.unit)
                == (record.value, record.value_max, record.unit)
                and _year(other) == _year(record)
                and containment(record.subject, other.quote) >= 0.5
            ),
            None,
        )
        if restated is None:
            kept.append(record)
        elif not restated.lead_units and not restated.support_units:
            _merge_units(restated.lead_units, record.lead_units)
            _merge_units(restated.support_units, record.support_units)
            restated.units_joint = record.units_joint
    return kept


def _year(record: TargetRecord) -> int | None:
    return record.deadline.year if record.deadline else None


_SENTENCE_END = re.compile(r"[。!?\n]")


def _same_commitment(
    left: TargetRecord, right: TargetRecord, core: Callable[[TargetRecord], set[str]]
) -> bool:
    if (left.district, left.value, left.value_max, left.unit) != (
        right.district,
        right.value,
        right.value_max,
        right.unit,
    ):
        return False
    if left.region != right.region or left.deadline != right.deadline:
        return False  # "6月底前…3个" and "12月底前…3个" are two steps, not one figure restated
    if (
        left.table_row is not None
        and right.table_row is not None
        and left.table_row[0] == right.table_row[0]
        and left.table_row != right.table_row
    ):
        return False  # B44-2: two rows of one indicator table are two indicators
    if left.quote == right.quote and left.subject == right.subject:
        return True
    if _siblings(_core(left.subject), _core(right.subject)):
        return False
    a, b = core(left), core(right)  # containment of the two cores, as similarity computes it
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.5


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _common_start(left: str, right: str) -> int:
    """How many characters the two strings open with alike."""
    return next(
        (index for index, (a, b) in enumerate(zip(left, right, strict=False)) if a != b),
        min(len(left), len(right)),
    )


def _siblings(left: str, right: str) -> bool:
    """Two subjects alike but for a name as long in each ("甲项培育企业" and "乙项培育企业",
    "省级示范" and "市级示范"), or with other numbers ("第3片区", "第100片区"), name two things of
    one list, not one restated: a restatement drops or rewords words ("全社会固定资产投资" and
    "全年完成固定资产投资"), it does not swap one name for another."""
    numbers_left, numbers_right = _NUMBER.findall(left), _NUMBER.findall(right)
    if numbers_left and numbers_right and numbers_left != numbers_right:
        return True  # "第1号片区" and "第100号片区"
    prefix = _common_start(left, right)
    rest_left, rest_right = left[prefix:], right[prefix:]
    suffix = _common_start(rest_left[::-1], rest_right[::-1])
    middle_left = rest_left[: len(rest_left) - suffix]
    middle_right = rest_right[: len(rest_right) - suffix]
    return bool(middle_left) and len(middle_left) == len(middle_right) <= 2 and prefix + suffix >= 2


_BOILERPLATE = re.compile(
    r"各(?:区|县|市|镇|地)|全(?:市|区|县)|我(?:市|区|县)|每年|新增|不少于|不低于|"
    r"达到|超过|以上|力争|确保|争取|累计|数量|总数"
)


# One measure, several names: "单位GDP能耗降幅" is "单位地区生产总值能耗降低".
_SYNONYMS = (
    (re.compile(r"(?:地区|国内)?生产总值"), "GDP"),
    (re.compile(r"降低|下降"), "降幅"),
)


def _core(subject: str) -> str:
    """The counted thing without the words every quota sentence shares, synonyms unified."""
    core = _BOILERPLATE.sub("", subject)
    for pattern, canonical in _SYNONYMS:
        core = pattern.sub(canonical, core)
    return core


def _merge_units(into: list[str], more: list[str]) -> None:
    for unit in more:
        if unit not in into:
            into.append(unit)


# "通过甲确认和乙认证的企业数分别不少于:禅城(4家、1家)": two counts per place, one for each of
# the two things the subject joins. The verb that opens the first conjunct governs the second.
_PAIRED_SUBJECT = re.compile(
    r"^(?P<first>[^和及与]+)(?:和|及|与)(?P<second>[^和及与]+?)(?P<tail>的[^的]+)$"
)
_OPENING_VERB = re.compile(r"(?:通过|获得|取得|开展|完成|建成|创建|新增|培育|引进|认定|达到)")


def split_paired_subjects(records: list[TargetRecord]) -> list[TargetRecord]:
    """Two targets of one place and one sentence under one subject that joins two things (甲和乙
    的企业数) are one count of each: 通过甲的企业数 and 通过乙的企业数. Shown under one label,
    "10家" and "2家" read as two answers to one question."""
    result = list(records)
    groups: dict[tuple[str, str | None, int, date | None], list[int]] = {}
    for position, record in enumerate(records):
        key = (record.subject, record.district, record.span.start, record.deadline)
        groups.setdefault(key, []).append(position)
    for (subject, _, _, _), positions in groups.items():
        match = _PAIRED_SUBJECT.match(subject)
        if len(positions) != 2 or match is None:
            continue
        first, second, tail = match["first"], match["second"], match["tail"]
        verb = _OPENING_VERB.search(first)
        lead = first[: verb.end()] if verb and not _OPENING_VERB.match(second) else ""
        subjects = (first + tail, lead + second + tail)
        for position, new_subject in zip(positions, subjects, strict=True):
            result[position] = replace(records[position], subject=new_subject)
    return result


# "(各县、区增幅均达到9%以上)": a bracket saying every place reaches the figure just stated.
_ALIKE_NOTE = re.compile(r"均(?:要|应|须)?(?:达到|达|为|不低于|不少于|保持在|控制在)?\s*$")


def drop_alike_restatements(records: list[TargetRecord], text: str) -> list[TargetRecord]:
    """A bracketed note right after a goal saying every place reaches the same figure ("农民收入
    增幅达到9%以上。(各县、区增幅均达到9%以上)") restates that goal (one target with the places
    alike, SCHEMA): its figures are dropped.  ``records`` are in text order."""
    result: list[TargetRecord] = []
    stated: TargetRecord | None = None
    for record in records:
        if stated is not None and record.district is None and _restates(record, stated, text):
            continue
        result.append(record)
        if not _restates_nothing(record, text):
            continue
        stated = record
    return result


def _restates_nothing(record: TargetRecord, text: str) -> bool:
    """A goal stated in the open (not itself a bracketed note closed right after it)."""
    return not text[record.span.start : record.span.end + 6].rstrip().endswith(")")


def _restates(record: TargetRecord, stated: TargetRecord, text: str) -> bool:
    """The note starts just after the stated goal and is bracketed: its "(" opens it, or (a page
    whose encoding garbled the opening bracket) its ")" closes it right after the figure."""
    if not (0 <= record.span.start - stated.span.end <= 12):
        return False
    if not same_value(record.value, stated.value) or record.unit != stated.unit:
        return False
    opening = text.rfind("(", stated.span.end, record.span.end)
    start = max(opening + 1, record.span.start)
    window = text[start : record.span.end + 8]
    at = window.find(_figure_text(record.value))
    if at < 0 or _ALIKE_NOTE.search(window[:at]) is None:
        return False
    return opening >= 0 or ")" in window[at : at + 10]


def same_value(left: float | None, right: float | None) -> bool:
    return left is not None and right is not None and abs(left - right) < 1e-9


def _figure_text(value: float | None) -> str:
    if value is None:
        return "\0"
    return str(int(value)) if float(value).is_integer() else str(value)
