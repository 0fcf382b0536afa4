"""Reading a natural question: where, when, who, what is asked and about what.

The names come from the store (regions and units with their aliases) and the words from the
documents (typing slips are corrected against them, abbreviations read through the glossary);
the only vocabulary here is how people ask (多少, 奖励, 什么时候, 负责哪些, 我们公司…). A
question is read in steps, each taking its part out of the text: the asker's own perspective
(我们区, 我们公司在…), time words relative to today (今年, 下个月底前), a year, a region or a place
the documents mention, a document number, a unit. What is left, without the asking words, is
the topic: searched among the facts and the sentences, and echoed back exactly as written.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from policybot.knowledge import confidence, vocabulary
from policybot.knowledge import names as name_resolver
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.special_regions import zone_at_start
from policybot.knowledge.names import longest_known
from policybot.knowledge.noun_heads import BETWEEN_HEAD, NOUN_HEADS
from policybot.knowledge.place_extremes import (
    asks_each_place,
    compares_named_places,
    each_as_asked_apart,
)
from policybot.knowledge.places_asked import districts_written, word_of_place
from policybot.knowledge.provinces import (
    gazetteer_parents,
    named_parents,
    province_asked,
    province_named,
)
from policybot.knowledge.regions import (
    REGION_SUFFIXES,
    TOWN_SUFFIXES,
    customary_short_names,
    split_region,
)
from policybot.knowledge.reward_claims import SUM_WORDS, asks_levels_together
from policybot.knowledge.timewords import SPAN_CONNECTOR, TimeWindow, find_time_window
from policybot.knowledge.timewords import SPOKEN as TIME_WORDS
from policybot.knowledge.typed_years import expand_typed_years
from policybot.knowledge.unnamed_places import unnamed_place_at_start
from policybot.knowledge.zones_asked import zone_after_region

if TYPE_CHECKING:
    from policybot.knowledge.search import KnowledgeIndex


class Asks:
    """What kind of answer a question wants."""

    MONEY = "money"  # 奖励多少
    NUMBER = "number"  # 多少家, 比例
    DATE = "date"  # 什么时候, 哪一年
    WHO = "who"  # 谁牵头, 哪个部门
    DUTIES = "duties"  # (a unit) 负责哪些
    LIST = "list"  # 哪些, 有什么目标
    FREQUENCY = "frequency"  # 多久一次, 每年几次
    YESNO = "yesno"  # 吗, 是不是, 能不能
    WHAT = "what"  # anything else: the sentence that says it


class Topic:
    """Which facts a question is about (None: any)."""

    REWARD = "reward"
    TARGET = "target"
    DEADLINE = "deadline"
    RECURRING = "recurring"


class Field:
    """A document's own data a question may ask for."""

    NUMBER = "doc_number"
    ISSUER = "issuer"
    PRINTED = "printed"
    SIGNED = "signed"
    EFFECTIVE = "effective"
    PERIOD = "period"
    SUPERSEDES = "supersedes"
    BASIS = "basis"
    ATTACHMENT = "attachment"
    TITLE = "title"
    VALIDITY = "validity"
    FILING = "filing"  # 备案号: the number a higher office filed the document under
    INDEX = "index_number"  # 索引号: the code a government site's catalogue files a page by
    ADDRESSEE = "addressee"  # 主送: the units a notice or a reply is addressed to
    COPIED = "copied_to"  # 抄送: the units a document is copied to, listed below its 落款


# Colloquial ways of asking, read in the documents' register first.
_COLLOQUIAL: tuple[tuple[str, str], ...] = (
    ("啥时候", "什么时候"),
    # 有一半要等到…兑现: a half, which the documents write 50% (奖补资金50%待…兑现).
    ("一半", "50%"),
    # 占GDP比重要到多少: 比重 then 要 (jieba would read 重要).
    ("比重要", "比重 要"),
    # 头一回, 第一回: the first time, which the documents write 首次; 一回 is 一次 (开展一回).
    ("头一回", "首次"),
    ("第一回", "首次"),
    ("一回", "一次"),
    # 哪些企业不算在里面: what a rule leaves out, which it writes 不含 (不含…国有企业); set
    # apart, so that it is no part of the kind of answer asked for (企业).
    ("不算在里面", " 不含"),
    ("不算在内", " 不含"),
    ("不包括在内", " 不含"),
    # 要先进什么库: first enter (先 / 进), never 先进 (advanced, as in 先进单位).
    ("先进什么", "先 进入什么"),
    ("先进哪", "先 进入哪"),
    # 提意见: the documents ask for 意见 (提出意见, 反馈意见, 征求意见), never 提意见.
    ("提意见", "意见"),
    ("干啥", "做什么"),
    # 补贴花的是啥钱, 用的什么钱: the fund it is paid from, which the documents write 资金.
    ("啥钱", "什么资金"),
    ("什么钱", "什么资金"),
    ("干什么", "做什么"),
    ("要干", "要做"),
    ("啥", "什么"),
    # 拿啥当总牵引, 用什么作为主线: what a plan takes as its lead, which it writes 以…为总牵引
    # (当 is no word of the topic: 当总 was searched for).
    ("拿什么当作", "以什么为"),
    ("拿什么作为", "以什么为"),
    ("拿什么当", "以什么为"),
    ("用什么当作", "以什么为"),
    ("用什么作为", "以什么为"),
    ("用什么当", "以什么为"),
    ("咋", "怎么"),
    ("搞到", "达到"),
    ("评上", "获得"),
    ("得奖", "获奖"),
    # 参与制定国家标准有奖吗: whether a reward is paid, which the documents write 奖励.
    ("有奖吗", "有奖励吗"),
    ("拿到", "获得"),
    ("拿了", "获得"),
    ("获评", "获得"),
    ("评定为", "获得"),
    # 人均纯收入要达到多少钱: a sum a target reaches (a verb of reaching before it), not a
    # reward.
    # 奖几万, 投资几万: how many 万, asked as 多少万 is (几万 is no word of the documents).
    ("几万", "多少万"),
    ("达到多少钱", "达到多少"),
    ("增加多少钱", "增加多少"),
    ("实现多少钱", "实现多少"),
    ("多少钱", "多少奖励"),
    # 奖的钱 (the prize money): the documents write 奖金.
    ("奖的钱", "奖金"),
    # 最低一档, 最后一档 (the lowest tier of a 分三档 rule): never its 第一档.
    ("最低一档", "最低档"),
    ("最后一档", "最低档"),
    ("最少一档", "最低档"),
    # 最高奖多少 (the most it pays): the documents write 最高…万元 with the reward.
    ("最高奖多少", "最高奖励多少"),
    ("最多奖多少", "最高奖励多少"),
    # 几年评一次, 几年一次: how often, as 多久评一次 asks it.
    ("几年评一次", "多久评一次"),
    ("几年一评", "多久评一次"),
    ("几年一次", "多久一次"),
    # 是几号文: which numbered document (its 文号), before 几号 is read as a day.
    ("几号文", "文号"),
    # 政府令第几号, 第几号令: a 令 is numbered as a notice is (人民政府令第10号): its 文号, the
    # government that issues the 令 no word of the topic.
    ("省政府令第几号", "的文号"),
    ("市政府令第几号", "的文号"),
    ("政府令第几号", "的文号"),
    ("令第几号", "的文号"),
    ("第几号令", "文号"),
    ("几号", "哪天"),
    # 拿的几等奖, 是几等: which tier, as 哪一等奖 asks it (几等 is no word of the documents).
    ("几等", "哪一等"),
    ("哪一天", "哪天"),
    ("哪一年", "哪年"),
    ("哪一个", "哪个"),
    ("啥奖励", "什么奖励"),
    ("拿过奖", "获得奖励"),
    ("再奖", "再次奖励"),
    # 县里的还能再领吗: whether a second reward is paid on top, which the rules write 不重复领取.
    # 增速达到多少才能再拿2万: 才 makes 再 "then" (the second sum's condition), no repeat asked.
    ("才能再领", "才能领"),
    ("才能再拿", "才能拿"),
    ("才可以再拿", "才可以拿"),
    ("还能再领", "能重复领取"),
    ("能再领", "能重复领取"),
    ("还能再拿", "能重复领取"),
    ("能再拿", "能重复领取"),
    # 价格是谁来定的: who sets it, which the documents write 由…制定 (定 alone is no word).
    ("谁来定", "由谁制定"),
    ("谁定的", "由谁制定的"),
    # 这次, 本次: the documents say 此次 (此次奖励企业共25家).
    ("这次", "此次"),
    ("这回", "此次"),
    ("本次", "此次"),
    # 付总责 for 负总责 (fù): who bears overall responsibility, as the documents write it.
    ("付总责", "负总责"),
    ("付主责", "负主责"),
    # 问号 for 文号 (wèn/wén): no question is about a question mark.
    ("问号", "文号"),
    # 意件 for 意见 (jiàn): the document named is an 意见; 意件 is no word any document writes,
    # yet the speller leaves it (both characters are common: 三强一制造意件啥时候开始施行).
    ("意件", "意见"),
    # 那个 for 哪个 before who issued or leads (是那个部门印发的).
    ("那个部门", "哪个部门"),
    ("那个单位", "哪个单位"),
    ("那个机关", "哪个机关"),
)
# 一年一次, 一年评几家, 一年授几个, 一季度一次: how often, which the documents write 每年, 每季度 (一季度
# alone is the first quarter, 一年 alone a span: 有效期一年).
_EVERY = re.compile(r"(?<![第其\d十])一(年|季度|个月|月|周)(?=一次|[评搞办开举组报检查授])")
# 奖金啥时候给, 补助什么时候发: when a sum is paid out, which the rules say by the stage it is
# paid at (项目注册后兑现一半, 投产后一次性兑现), seldom by a date: asked as how it is paid.
_PAID_WHEN = re.compile(
    r"(奖金|奖励|资金|补助|补贴|奖补|钱)(?:什么时候|何时|几时)"
    r"(?:给|发|发放|兑现|兑付|到账|到位|能拿到|拿到|拨付)"
)
# 钱谁出, 奖金由谁承担, 奖金由哪里出, 谁出资: who pays, which the rules write as the purse paying (由市财政…给予
# 奖励, 由县财政承担): asked as which purse pays, the sum itself not asked (not 出台, 出具).
# 奖励谁来兑现, 奖励由谁承担, 补贴谁发: paying out a reward (兑现, 发放) asks the purse too; 奖励发给谁
# (who is rewarded) and 奖励谁来定 (who judges) are other questions.
_WHO_PAYS = re.compile(
    r"(奖金|钱|资金|经费|补助|补贴)?(?:由)?谁(?:来)?(?:出钱|出资|买单)"
    # (奖金是从哪里出的: 是 before 从 asks the same.)
    r"|(奖励资金|奖励|奖金|钱|资金|经费|补助|补贴)(?:是)?(?:由|从)?(?:谁|哪里|哪儿|哪)(?:来)?"
    r"(?:出|承担|负担|支付|兑现|兑付|发放|拨付|发)"
    # (谁发的文, 由谁发通知: who issued a document, not who pays)
    r"(?![台具面来去发布文起展证通]|的文)"
    # 奖金从哪里来, 资金来自哪里, 经费的来源是什么: where the money comes from is its purse too.
    r"|(奖励资金|奖励|奖金|钱|资金|经费|补助|补贴)(?:是)?(?:从(?:哪里|哪儿|哪)来(?:的)?"
    r"|来自(?:哪里|哪儿|何处|哪)|的?来源(?:是什么|是啥|是哪里|在哪里|在哪|有哪些)?(?=[?？呢]|$))"
)


_PAYER = "由哪个财政出"
# What a question asking who pays reads (for the answerer: the purse sentence answers it).
PAYER_ASKED = _PAYER


def _who_pays(match: re.Match[str]) -> str:
    paid = match.group(1) or match.group(2) or match.group(3) or ""
    # 奖金 would ask a sum (奖金多少); the reward paid is 奖励 (奖励资金 too: the rules write the
    # purse paying 奖励, seldom its 资金).
    return {"奖金": "奖励", "奖励资金": "奖励", "钱": ""}.get(paid, paid) + _PAYER


# 有没有给驰名商标企业发钱, 给不给钱, 发钱了吗: whether a reward is paid, which the rules write
# 奖励 (主要是发钱吗 is read first, as what a rule gives first).
_PAYS_MONEY = re.compile(r"(?:发|给)(?:不(?:发|给))?钱")
# 主要是发钱吗: what a rule gives first, which it writes 以…为主 (以精神奖励为主, 以物质奖励为主);
# money there is 物质奖励. (给钱吗 alone asks whether anything is paid: 经费配套 answers it.)
_MONEY_FIRST = re.compile(r"主要(?:是|就是)?(?:发钱|给钱)(?=吗|么|呢|还是|[?？]|$)")


# 哪些目标不分解: the documents write such a verb denied as 不作分解 (not 分不分解, 不作 already).
_DENIED_MAKE = re.compile(r"(?<![作予再分考统要规评])不(?=分解|考核|统计|要求|规定|评价)")
# 按什么给奖励: on what terms a reward is given, which the rules write as a policy it equals
# (给予“国家级品牌”同等政策奖励) as often as a sum: asked as 什么政策, every such treatment.
_BY_WHAT_TERMS = re.compile(r"按(?:什么|啥)(?=(?:给|发|给予)?(?:奖励|奖|补助|补贴|扶持))")
# 任务是按谁的考核要求下达的: whose requirements a document was made under is what it was made
# 根据 (根据省和市对我市…考核内容要求), asked as 根据什么 -- not who leads a task.
_BY_WHOSE = re.compile(r"(?:按照?|根据|依据|依照|遵照)谁的")
# 是根据市政府哪个文件, 贯彻省委省政府哪个文件: the government named is the level whose document
# a plan was made under (as 省里哪个文件 asks it), never a unit asked about.
_GOVERNMENT_OF_BASIS = re.compile(
    r"((?:落实|贯彻|依据|根据|按照|依照|遵照|照着)[^,,。??]{0,6}?)"
    r"([省市州县区])(?:委(?:[和、]?[省市州县区])?)?(?:人民)?政府(?:办公厅|办公室)?的?"
    r"(?=哪(?:个|份|一个)?(?:文件|文|通知|意见))"
)
# 有没有封顶, 有上限吗: whether a cap exists.
_CAP_ASKED = re.compile(r"有没有(?:封顶|上限|限额)|(?:封顶|上限|限额)吗|是否(?:封顶|有上限)")
# 哪两个单位印发, 哪几个部门负责: which ones, asked with their count (哪些单位).
_WHICH_SEVERAL = re.compile(r"哪[两几二三四五]+[个家](?=单位|部门|机关|局|委)")
# 有哪些市直部门, 涉及哪些部门: the units a plan names, asked by their kind (市直, 职能) or as
# 部门, as 有哪些单位 asks them.
# (Only ending the question: 哪些部门负责, 哪些部门印发 are asked by their verb.)
_WHICH_KIND_OF_OFFICE = re.compile(
    r"(?<=有|及|括)哪(些|几个)(?:市直|县直|区直|直属|相关|职能|责任)?(?:部门|单位)(?=[?？吗呢]*$)"
)
# 分解成多少项: the documents write 分解为 (split into: 成 → 为; 完成多少 stays).
_BECOMES = re.compile(r"(?<=分解|拆分|划分|细化|分割|折算|换算)成(?=多少|几)")
# 纳税过亿, 产值超亿 (over a hundred million): the documents write 过1亿元.
_OVER_A_HUNDRED_MILLION = re.compile(r"(?<=[过超破])亿(?![元人])")
# 培训人数(是多少): how many people, the whole of what is asked, asked as 多少人 asks it (a
# plan counts them in 人, 名 or 人次); not a share or a growth of them (合格人数比例, 参与人数增长
# 多少), whose 人数 a sentence writes.
HEAD_COUNT = re.compile(
    r"(?<!多少)(?<!几)人数(?:(?:是|有|为|要|要达到|达到|一共|总共|共)?多少)?(?=[?？!！。\s呢啊呀吧]*$)"
)
# 没注明, 没完成: the documents write 未 (未注明); 没有 and 定了没 are the asking.
_NOT_YET = re.compile(r"(?<![了有])没(?!有)(?=[\u4e00-\u9fff])")
# 得了 as "got" (得了奖), not the end of 获得了.
_GOT = re.compile(r"(?<![获取赢])得了")
# The asker speaking of themselves: 我们公司在…, 我们是…, 我在…工作 — never a search word.
_PERSPECTIVE = re.compile(
    r"我们?(?:的)?(?:公司|企业|单位|合作社|协会|团队|这边|这里|部门|区|县|市|镇|街道|村|厂)?"
    r"(?:是|在|属于)?"
    r"|工作(?=[,,。;]|$)"
)
# The store itself, named where a question opens by asking what it holds (库里收录了哪些文件,
# 知识库中有哪些规划, 系统里都有什么, 里面都收录了什么): where to look, never a word of the topic.
_THE_STORE = re.compile(
    r"^\s*(?:请问)?(?:你们|您|你)?(?:的|这里|这儿|这边)?(?:这个)?"
    r"(?:[数据知识资料文件政策文档]{0,2}库|系统|平台|机器人|小助手|助手|bot)?"
    r"(?:里面|里头|里边|当中|里|中|内|上)?"
    r"(?=(?:都|一共|总共|目前|现在|已经|共|还)*(?:收录|收了|存了|存有|有(?:哪些|什么|几)))",
    re.IGNORECASE,
)
# 我们是西峡县: the asker is that place (a county its city's notice names in a row of its own),
# which is what an answer must be about, not a weak word beside the topic.
_ASKER_PLACE = re.compile(r"我们?(?:这里|这边)?是([\u4e00-\u9fff]{1,8}?(?:县|区|市|镇|乡|街道))")


def _asker_is(word: str, reading: str) -> bool:
    return any(match.group(1) == word for match in _ASKER_PLACE.finditer(reading))


# 我们区, 我们县: the asker's own region, which the question itself must name for an answer.
_OWN_REGION = re.compile(r"我们?(?:的)?(?:区|县|市|镇|街道)(?!长|委)")


def own_region_asked(text: str) -> re.Match[str] | None:
    """The words naming the asker's own region (我们区, 我市), if ``text`` has them."""
    return _OWN_REGION.search(text)


# The asker naming their own firm (我们是XX控股集团, 我们是葫芦岛XX食品公司): who asks, not what.
_OWN_NAME = re.compile(
    r"(?<=我们是)[^,。;?!]{2,24}?(?:公司|集团|企业|厂|合作社)(?=[,。;]|$)"
    r"|(?<=我们公司是)[^,。;?!]{2,24}?(?=[,。;]|$)"
)
# The asker describing their own firm by its kind (我们是规上企业, 我们公司是高新技术企业): who
# asks, not what about — no word of the topic while the question names a topic of its own. (A
# firm's name ends in 公司, 集团 or 厂: a notice may list it, ``_OWN_NAME``.)
_ASKER_DESCRIBED = re.compile(
    r"(?:(?<=我们是)|(?<=我们公司是)|(?<=我们企业是))[^,。;?!]{1,12}?企业(?=[,。;]|$)"
)
# A firm named with the title it got (XX电力设备厂获得辽宁省著名商标): the title is the topic.
_ACHIEVER = re.compile(
    r"[\u4e00-\u9fff]{2,16}?(?:公司|集团|厂|合作社)"
    r"(?=获得了?“?(?!最高|多少|什么|哪)[\u4e00-\u9fff“”]{2,12}?(?:商标|名牌产品|名牌|质量奖|称号))"
)
# The asker's own office (我们是伊春市林业局,…): who asks, unless it is a unit the plans name
# (我们是市工商局,我们牵头哪些工作 asks about that unit).
_OWN_OFFICE = re.compile(r"(?<=我们是)[^,。;?!]{2,24}?(?:局|委|办|中心|站|所)(?=[,。;])")
# 我们公司今年技改投了2000万: the time word dates the amount the asker states (what they did),
# not the plan asked about — the rule for such an amount is looked up whatever year it is.
_OWN_AMOUNT_WHEN = re.compile(
    r"(?:今年|去年|上年度?|本年度?|当年)(?=[^,。;?!]{0,10}?\d+(?:\.\d+)?\s*(?:万|亿))"
)
# 我们厂今年被评上数字化车间, 我们公司今年刚纳入规上: the time word dates what the asker won or
# became, not the rule paying for it.
_OWN_ACHIEVED_WHEN = re.compile(
    r"(?:今年|去年|上年度?|本年度?)(?=(?:刚|刚刚|又)?被?(?:评上|评为|获评|获得|认定为?|入选|拿到|通过"
    r"|纳入|升为|升级为|入规|进入))"
)
# A doc number (济政字〔2019〕80号, 鄂政发[2013]51号, a space before its bracket too): the one
# pattern questions, the answering (a page that cites none) and the measuring read one by (a
# question is NFKC-normalised: no （ in it).
DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,8}\s*[〔\[(（【]\s*(?:19|20)\d{2}\s*[〕\])）】]\s*\d{1,4}\s*号"
)
# A document number typed without its brackets: 政办发2016年63号, 政办发2016第63号.
_SPOKEN_DOC_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{1,8}?[发字函办令])\s*((?:19|20)\d{2})\s*(?:年|-|—)?\s*第?\s*(\d{1,4})\s*号"
)
# A year: 2018, 2018年. Not a sum or a count that begins like one (技改投了2000万, 2000多家).
# 上年度纳税200万的企业: the rule's own words for which year's figures count (a condition of the
# rule), not a time the question is about.
_CONDITION_YEAR = re.compile(r"(?:上|本|当)年度(?=[^,。;?!]{0,8}?\d)")
# 比2020年下降多少: the year a figure is measured against (the plan's baseline), which the plan
# names beside a later goal; not the year the question is about.
_BASELINE_YEAR = re.compile(r"(?:相比|比|较)\s*(?:19|20)\d{2}\s*(?:年度|年)(?:底|末)?")
# A document number typed without its year (湖政办发63号): found by code and serial alone.
_YEARLESS_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}?[发字函办]\s*第?\s*\d{1,4}\s*号")
_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:\s*(?:年度|年)|(?!\d|\s*(?:[万亿元千百余个家项名件次人亩吨台套辆条所户]|多(?!少))"
    # 2001到3000万元: the low end of a range of amounts, not a year.
    r"|\s*" + SPAN_CONNECTOR + r"\s*\d+(?:\.\d+)?\s*[万亿元]))"
)
_UNIT_LIKE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:局|委|办|厅|部|中心|小组|政府)")
# An office typed right after its place: 示范市市场监管局, and 示范市政府 (政府 alone).
_OFFICE_TYPED = re.compile(rf"{_UNIT_LIKE.pattern}|政府")
# Words no office's name holds: 武汉制造业品牌建设由哪些部门负责 names a field, then asks
# which office, so the characters up to 部 are no office typed after the place.
_NOT_AN_OFFICE = re.compile(r"哪|什么|谁|由|的|和|与|及|负责|建设")
_PUNCTUATION = re.compile(r"[\s,.!?;:，。！？；：、“”\"'‘’()（）《》<>\[\]【】〔〕]+")

_FIELD_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        Field.VALIDITY,
        (
            "还有效",
            "是否有效",
            "有效吗",
            "失效了吗",
            # 失效了没: asked as people ask it, whether it is still in force.
            "失效了没",
            "失效没",
            "有没有失效",
            "是否失效",
            "时效性",
            "还能用吗",
            "还管用",
            "现行有效",
            # 衢政发〔2007〕47号还在执行吗: whether it is still in force.
            "还在执行",
            "仍在执行",
            "还执行吗",
            # 湖州的计划过期了吗: whether the document's period or validity is over.
            "过期了吗",
            "过期了没",
            "过期没",
            "是否过期",
            "有没有过期",
            "期满了吗",
            "是否期满",
            "还在有效期",
        ),
    ),
    # 哪个文件不执行了, 不再执行: a document the new one stops, as 停止执行 says. 出来以后哪个
    # 老文件停了: the older document it replaced, asked as people say it.
    (
        Field.SUPERSEDES,
        (
            "停止执行",
            "废止",
            "取代",
            "替代",
            "停掉",
            "失效",
            "作废",
            "不执行",
            "不再执行",
            "老文件",
            "旧文件",
            "原来的文件",
            "以前的文件",
            "哪个文件停",
        ),
    ),
    (Field.BASIS, ("依据", "根据哪", "按照哪", "贯彻落实哪", "根据什么", "依照")),
    (Field.FILING, ("备案号", "备案编号", "备案文号", "登记号", "登记编号")),
    (Field.INDEX, ("索引号", "索引编号")),
    # 后面附了哪些表, 还一起印发了哪些表: what goes with the document, its attachments.
    (Field.ATTACHMENT, ("附件", "附了哪些", "后面附", "一起印发了哪些", "一并印发")),
    (
        Field.ADDRESSEE,
        ("主送", "是给哪个单位的", "是给谁的", "发给哪个单位", "发给哪些单位", "回复给哪个单位"),
    ),
    (Field.NUMBER, ("文号", "字号", "文件编号", "发文号")),
    (
        Field.ISSUER,
        (
            "谁发",
            "谁印发",
            "哪个单位发",
            "哪个部门发",
            # 是哪个局发的: the office named by its kind (局, 委, 厅, 办) is asked the same way.
            "哪个局发",
            "哪个委发",
            "哪个厅发",
            "哪个办发",
            # 是哪个机构发布的: the office a page says posted it (发布机构).
            "哪个机构发",
            "哪家单位发",
            "哪个单位印发",
            "哪个部门印发",
            "发文单位",
            "发文机关",
            "发文部门",
            "制定机关",
            "哪个部门联合印发",
            "哪些部门印发",
            "哪些单位印发",
            "哪个机关",
            # A 请示 or report is sent up: who sent it is its issuer.
            "哪个单位报",
            "哪个部门报",
            "谁报的",
            "谁上报",
            # A draft put out for comment (征求意见稿) is issued by whoever drafted it.
            "谁起草",
            "哪个单位起草",
            "哪个部门起草",
            "哪个单位牵头起草",
            "哪个部门牵头起草",
            # 方案是哪个单位制定的: whoever made a document issued it.
            "谁制定",
            "哪个单位制定",
            "哪个部门制定",
            "哪个机构制定",
        ),
    ),
    (Field.PRINTED, ("印发",)),
    # A 决定 is 作出 (市政府决定…): the day it was made is its date.
    (
        Field.SIGNED,
        (
            "成文",
            "落款",
            "签发",
            "发文日期",
            "哪天发文",
            "什么时候发文",
            "哪天发的",
            # 哪天颁发的, 颁布日期: a legal database's header dates a document so (颁发日期:…).
            "哪天颁发",
            "颁发日期",
            "颁发时间",
            "哪天颁布",
            "颁布日期",
            "什么时候颁布",
            "什么时候作出",
            "哪天作出",
            "何时作出",
        ),
    ),
    # 从什么时候开始执行, 从哪天起执行 (a document starts being carried out): as 实施 asks it.
    # 停止执行 and 不再执行 ask what it stops (above), never when it starts; 一起执行 (who carry
    # it out together) is no 起执行.
    (
        Field.EFFECTIVE,
        (
            "实施日期",
            "开始实施",
            "起实施",
            "施行",
            "生效",
            "什么时候实施",
            "开始执行",
            "开始实行",
            "哪天起执行",
            "哪天起实行",
            "什么时候起执行",
            "何时起执行",
            # 实施时间: a page's header dates its document so (实施时间: 2017-1-3).
            "实施时间",
        ),
    ),
    # 管到哪年, 管几年 (how long a document governs): its period.
    (
        Field.PERIOD,
        (
            "哪几年",
            "覆盖哪",
            "起止",
            "规划期",
            "有效期",
            "期限是哪",
            "期限",
            "执行期",
            "实施期",
            "为期多",
            "为期几",
            "年限",
            "管到哪年",
            "管到什么时候",
            "管几年",
            "管多少年",
        ),
    ),
    (Field.TITLE, ("是什么文件", "讲的是什么", "讲什么", "什么内容", "标题")),
)
_EFFECTIVE_CUES = dict(_FIELD_CUES)[Field.EFFECTIVE]
# 什么时候停止执行, 何时废止 (no document of another named, as 哪个文件停止执行 names one): when
# the plan itself stops being in force, which its stated term says (有效期至…, 执行至…).
STOPS_IN_FORCE = r"(?:停止|不再)(?:执行|施行|实施)|废止"
# 佛山的计划哪年到期, 湖州计划什么时候结束: the plan's own period, not each item's deadline.
_PLAN_ENDS = re.compile(
    r"(?:计划|规划|方案|意见|文件|政策)(?:的)?(?:期限)?(?:到)?"
    rf"(?:哪年|哪一年|什么时候|何时|几时|啥时候)(?:会|就|要)?(?:到期|结束|失效|截止|截至|到头|{STOPS_IN_FORCE})"
    # 湖州计划还有多久到期: the time left until the plan itself ends — its end, leading.
    r"|(?:计划|规划|方案|意见|文件|政策)(?:的)?(?:期限)?(?:还有|还剩|剩下?)"
    r"(?:多久|多长时间|几天|多少天|几年|几个月)(?:就|才)?(?:到期|结束|失效|到头)"
)
# 什么时候失效, 本办法哪天作废: when the document itself lapses (有效期至…), asked with a when;
# 哪个文件失效了 (no when) asks which older document it stops.
_WHEN_IT_LAPSES = re.compile(r"(?:什么时候|何时|哪天|哪一天|几时|哪年)(?:会|就)?(?:失效|作废)")
# 洞头区什么时候停止执行: nothing but a place and when its plan stops being in force asked
# (示范市什么时候到期 asks when its items fall due: the deadline list, as before).
_ONLY_WHEN_IT_STOPS = re.compile(
    r"(?:什么时候|何时|哪天|哪一天|几时|哪年|啥时候)(?:会|就|要)?"
    rf"(?:{STOPS_IN_FORCE}|失效|作废)(?:了|的)?(?:吗|呢)?"
)
# 申报政策什么时候截止, 方案什么时候截止申报: when applications close, not the plan's period.
_CLOSES_APPLICATIONS = re.compile(r"申报|申请|报名|受理|征集|评选|推荐")
# The words a document's name is asked with (its 全称 is never a slip for 全程).
# 计划到哪年 alone (its place taken out): the plan's period. Only the whole question: 到哪年
# after a topic (省名牌产品计划到哪年达到…) asks for that item's year.
_PLAN_UNTIL = re.compile(
    r"(?P<name>.*?)的?(?:计划|规划|方案)(?:要)?(?:到|至)(?:哪年|哪一年)(?:为止)?"
)


def _plan_until(rest: str, index: KnowledgeIndex) -> bool:
    """计划到哪年 alone, or after words of a plan's own title (武汉行动计划到哪年)."""
    match = _PLAN_UNTIL.fullmatch(rest)
    if match is None:
        return False
    name = match["name"]
    return not name or any(
        name in vocabulary.normalised_name(document.title or document.name)
        for document in index.documents()
    )


# The kinds of official documents (公文种类) a question calls a document by: words of asking
# about documents, which the stored texts may never write (a 复函 says 现函复如下).
DOCUMENT_KINDS = [
    "复函",
    "函复",
    "批复",
    "请示",
    "通报",
    "公告",
    "公示",
    "决定",
    "纪要",
    "会议纪要",
    "报告",
    "通知",
    "意见",
    "办法",
    "方案",
]
_NAME_WORDS = ("叫什么", "名称", "名字", "标题", "全称", "题目")
_WHICH_DOCUMENT = re.compile(
    r"(?:政策)?文件是(?:哪个|哪些|什么)|有(?:哪些|什么)(?:政策)?文件|哪些(?:政策)?文件"
    # 都收录了什么, 收录了什么文件: what the store holds is its documents.
    r"|收录了?(?:哪些|什么)(?:政策)?(?:文件|规划|计划)?$"
    # 衢州的文件叫啥, 那个计划的全称: the document's name asked (叫啥 is read 叫什么).
    rf"|(?:文件|计划|方案|意见|规划|通知)的?(?:{'|'.join(_NAME_WORDS)})"
)
_DOCUMENT_WORDS = (
    "文件",
    "意见",
    "计划",
    "通知",
    "规划",
    "办法",
    "方案",
    "文号",
    "政策",
    # What other documents call themselves: 任务分解表, 工作要点, 纲要, 决定, 通报, 细则, 请示.
    "分解表",
    "一览表",
    "要点",
    "纲要",
    "决定",
    "通报",
    "细则",
    "请示",
    "公告",
    # 公示: a list of firms put out for objection, issued as any notice is.
    "公示",
    # A reply to a request (复函, 批复): a document addressed to the office that asked.
    "复函",
    "批复",
    # A 责任分解 or 任务分解 (a plan's tasks split among offices) is issued as a notice is; so
    # is a 责任分工 or 部门分工意见 (the work split among offices).
    "分解",
    "分工",
    # A 责任清单 or 任务清单 (a year's tasks listed with their offices) is issued as a notice is.
    "清单",
    # A year's 主要工作任务 (市委市政府2011年主要工作任务) is put out as a document too.
    "工作任务",
)
# 什么时候发的, 哪天发布的, 何时出台: when a document came out is the date it was signed.
# 哪个月出的, 几月份发布的: the month a document came out is its signing date's.
_WHEN = r"(?:什么时候|什么时间|何时|哪天|哪一天|几月几[日号]|哪年哪月|哪年|哪个月|哪一个月|几月份)"
# 什么时候公开的, 哪天更新的: a page states when it was made public or last updated; 挂出来,
# 挂网: how people say a page was put up online (its 发布时间, 发文时间).
# 转发: a government forwarding a department's plan (现转发给你们) issues it by that notice.
_ISSUE = r"(?:发布|出台|下发|下达|公布|颁布|公开|更新|发文|印发|转发|挂出来|挂出|挂网|发|出)"
# 行动计划是哪天的: the day of the document itself (not of a deadline it sets).
_WHOSE_DAY = re.compile(
    r"(?:计划|方案|意见|通知|办法|规划|细则|决定|公告|通报)是?(?:哪天|哪一天|什么时候|何时)的[?？]?$"
)
# 公开日期是哪天, 发布时间是什么时候: the page's own name of the date, asked.
_WHEN_ISSUED = re.compile(rf"{_WHEN}(?:正式)?{_ISSUE}|{_ISSUE}(?:日期|时间)?(?:于|是|的)?{_WHEN}")
# 计划的发布日期, 方案出台时间: the date named as a noun, no asking word after it (a document
# named too: 结果发布时间 of a notice's step is no document's date).
_ISSUE_DATE_NAMED = re.compile(rf"{_ISSUE}(?:日期|时间)")
# 方案是不是这个月发的, 通知今年才印发的吗: whether a document came out within a time, asked —
# answered by the day it came out.
_RECENTLY = r"(?:今年|去年|前年|这个月|本月|上个月|上月|这周|本周|上周|最近|近期)"
_ISSUED_WITHIN = re.compile(
    rf"(?:是不是|是否|是)在?{_RECENTLY}才?(?:正式)?(?:发|印发|转发|发布|出台|下发|下达|公布)的"
    rf"|{_RECENTLY}才?(?:正式)?(?:发|印发|转发|发布|出台|下发|下达|公布)的(?:吗|嘛|么|不|没)"
)
# 指标任务是啥时候下的: 是…下的 asks when a thing was handed down, a past act — the document's
# day, even when the question names the document by its content, not as 通知 or 方案.
_HANDED_DOWN = re.compile(rf"是{_WHEN}(?:正式)?(?:下|下发|下达|印发)的[?？]?$")

_MONEY = ("奖励多少", "奖多少", "多少奖励", "奖金", "补助多少", "资助多少")
# 多少万 is a sum of money unless a measure follows (多少万亩, 几万人次).
_TEN_THOUSANDS = re.compile(r"(?:多少|几)万(?![亩人户吨平方公里千米个家项名件次头只株棵台套辆])")
# 多长时间内完成, 多久办结: how long a thing may take, a number — not how often.
_DURATION = re.compile(
    r"(?:多久|多长时间)(?:内|之内|以内)?(?:完成|办结|办完|办好|审批|到位)|多长时间内|多久内"
    r"|(?:要|需要|得)(?:多久|多长时间)(?=[?？!！。]?$)|(?:多久|多长时间)(?:能|可以|就能)"
)
# 实际办公多久?: how long, asked last with no 一次 anywhere, is a span (不少于六个月), not how
# often (多久报一次).
_ENDS_HOW_LONG = re.compile(r"(?:多久|多长时间)[?？!！。]?$")
_ONCE = "一次"
# How a rule works (奖金怎么算, 如何计算, 怎么发): the clause that says so, not a sum.
_HOW_RULE = re.compile(r"(?:怎么|如何|怎样)(?:算|计算|核算|发放?|给|执行|兑现|分配?)")
# 每个产品给多少: 给 (给予) is how the rules pay a reward (给予一次性奖励1万元).
_MONEY_AFTER_REWARD = re.compile(
    r"(?:奖|补助|资助|补贴|能拿|拿|给)[^,。?]{0,6}多少(?![家个项名件次期条所人分])"
    r"|多少[^,。?家个项名件次期条所人]{0,4}(?:奖|钱|补贴|补助|资助)"
)
# 要新增多少政府质量奖, 培育多少个市长质量奖: how many prizes a plan aims at (a target), not a
# sum — the verb of counting stands right before 多少.
_COUNT_OF_PRIZES = re.compile(r"(?:新增|培育|创建|争创|新获|获评|增加|达到)(?:多少|几)")
_REWARD = ("奖励", "奖", "补助", "资助", "补贴", "扶持", "享受", "政策支持", "什么支持")
# 能享受工程报建全程代办: 享受 followed by a service the question names (no asking, no word
# of reward or policy right after it) is about that service, not a reward.
# Only the 享受 is set aside: another word of reward in the question still counts.
_SERVICE_ENJOYED = re.compile(
    r"享受(?=(?!什么|哪|啥|多少|几|本|这|该|政策|待遇|优惠|奖|补|扶持|支持|资助)[\u4e00-\u9fff]{4})"
)
_DATE = (
    "什么时候",
    "何时",
    "哪天",
    "哪年",
    "几月",
    # 推进阶段从哪个月到哪个月: a stage's months, which its heading dates.
    "哪个月",
    "截止",
    "期限",
    "到期",
    "时间节点",
    "多久完成",
    # 每月几号前报送: the day in each period a duty is due
    "几号前",
    "几日前",
    "几号之前",
)
_WHO = (
    "谁",
    "哪个单位",
    "哪些单位",
    "哪个部门",
    "哪些部门",
    "牵头单位",
    "责任单位",
    "配合单位",
    "哪个领导小组",
    "哪些部门参加",
    "是牵头还是配合",
)
_WHO_PATTERN = re.compile(
    r"(?:是不是|是否|由不由|是)[^,。?]{0,10}(?:牵头|负责|主管)(?:的)?[?？吗]"
    # 牵头考核单位是?, 数据采集单位是哪个: a unit asked by the role a note gives it.
    r"|(?:牵头|主办|承办|考核|采集|组织|实施)[\u4e00-\u9fff]{0,4}单位(?:是|为)"
    # 那条哪个局牵头: the unit asked by its kind of office (局, 委, 厅, 办), as 哪个单位 asks it.
    r"|哪(?:个|些|家)(?:局|委|厅|办)(?:来|去)?(?:牵头|负责|主管|主抓)"
)
_ELIGIBILITY = re.compile(
    r"(?:能|能够|可以|可不可以|能不能|是否能|有没有资格)"
    # 能按…办法享受吗: the rule named between the asking and its verb.
    r"(?:按(?:照)?[^?？,，。]{2,24}?)?"
    r"(?:拿|享受|申请|申报|获得|领|得到|适用)[^?]{0,12}(?:吗|不|\?|$)|适用(?:于)?(?:哪|什么)|适不适用|有份"
    # 享受这个办法要满足什么条件: who may enjoy a rule at all, as its applicability clause says.
    r"|享受[^?]{0,24}(?:满足|具备|符合)(?:什么|哪些)(?:条件|要求)"
)
_DUTIES = (
    "负责哪",
    "牵头哪",
    "负责什么",
    "配合哪",
    "承担哪",
    "牵头什么",
    "负责的",
    "做哪些",
    "做什么",
)
_FREQUENCY = ("多久", "多长时间", "频次", "隔多")
# 还有多久到期, 离截止还剩几天: the time left until a thing falls due — its due date, not how
# often it recurs.
TIME_LEFT = re.compile(
    r"(?:还有|还剩|剩下?)(?:多久|多长时间|几天|多少天)(?:就|才)?(?:到期|截止|结束|到时间)?"
    r"|(?:多久|多长时间|几天|多少天)(?:就|才)?(?:到期|截止)"
)
_SHARE = ("几成", "比例", "比重", "百分之")
# 几步培育模式, 分几档, 第几批: a count asked by its measure word, which the documents write with
# the number (四步, 三档): it asks a number, and it is never a word searched.
_COUNTED_BY_MEASURE = ("几步", "几种", "几类", "几档", "几批", "几轮", "几位")
_NUMBER = (
    "多少",
    "几次",
    "几个",
    "几家",
    "几项",
    "几名",
    "几件",
    "几期",
    "几条",
    "几所",
    *_COUNTED_BY_MEASURE,
    "比例",
    "比重",
    # 农业品牌占比 (nothing more asked): a share, the figure the sentence gives (不低于5%).
    "占比",
    "百分之",
    # 能分几成: a share, which the documents write as a percentage.
    "几成",
)
_LIST = (
    "哪些",
    "哪几",
    "哪三",
    "哪两",
    "哪四",
    "哪五",
    "什么目标",
    "什么指标",
    "啥目标",
    "啥指标",
    "有什么",
    "包括什么",
    "都有",
)
# 今年要完成什么 (nothing named after it): the targets and deadlines set, a list.
_TO_FINISH = re.compile(r"完成(?:什么|啥|哪些)(?:[呢啊吗]?)[?？。!！\s]*$")
# 2019年标准化的目标: a field's targets of a year, named and nothing more asked — a list, as
# 要达到什么目标 is (one sentence of several would be taken for all of them).
_GOALS_OF = re.compile(r"的[\u4e00-\u9fff]{0,6}?(?:目标|指标)(?:[呢啊]?)[?？。!！\s]*$")
_WHICH_ONES = re.compile(
    r"哪(?:几|[两二三四五六七八九十]+(?=[个家项名件所条种类位大]))[个家项名件所条种类位]?"
)
_YESNO = ("吗", "是不是", "能不能", "有没有", "可不可以", "是否", "会不会", "评不评", "定了没")
# Phrases that only carry the asking, taken out before the words are cut (longest first):
# never searched, never echoed as the topic.
ASKING_PHRASES = tuple(
    sorted(
        [
            "请问",
            "一下",
            # 我想知道…, 麻烦问一下…: politeness around the question, never a word searched.
            "我想知道",
            "想知道",
            "我想问",
            "想问",
            "麻烦问",
            "麻烦你",
            "麻烦",
            "请教",
            "问下",
            # 奖金是全给企业吗: whether all of it goes to one side, how a sum is divided.
            "全部给",
            "全部归",
            "全都给",
            "全给",
            "全归",
            "都给",
            "都归",
            "多少",
            # 百分之多少, 百分之几: a share asked, which the documents write as 41.8%.
            "百分之多少",
            "百分之几",
            # 专利奖给多少钱: 给 asks what is given, never part of the award's name (奖给).
            "给多少",
            "几个",
            "几家",
            "几项",
            "几名",
            "几件",
            "几期",
            "几条",
            "几次",
            "几所",
            "几年",
            *_COUNTED_BY_MEASURE,
            # 实际利用外资那条是谁负责, 这项的牵头单位: pointing at a line of the plan, never a
            # word of it (it was searched and made the answer a partial match).
            "那条",
            "这条",
            "那项",
            "这项",
            # 生产总值增长那一条是哪个部门牵头 (never 一条 alone: 第一条 is what is asked)
            "那一条",
            "这一条",
            "什么时候",
            "什么",
            "哪些",
            "哪个",
            "哪里",
            "哪儿",
            "哪天",
            "哪年",
            "几月",
            "怎么样",
            "怎么",
            "怎样",
            "如何",
            "是否",
            "是不是",
            "能不能",
            "有没有",
            "可不可以",
            "会不会",
            "定了没",
            "多长时间",
            "多长",
            "多久",
            "时候",
            "需要",
            "应该",
            "可以",
            "那边",
            # 推荐上来, 报上来: a direction after the verb (up to the office asking), which the
            # documents never write (经…审核推荐).
            "上来",
            # 平时是怎么督查的: how it is done as a rule, which the documents write by the
            # routine itself (年中督查、年底考核), never 平时.
            "平时",
            # 开化这边给多少: the place asked about, said as where the asker stands.
            "这边",
            "省里",
            "市里",
            "县里",
            "区里",
            "镇里",
            "乡里",
            "那个",
            "这个",
            "这些",
            "那些",
            "到底",
            "分别",
            "还是",
            "还有",
            # 今年还要完成什么: what is still due; 还 is the asking's, jieba cuts 还要 as a word.
            "还要",
            "还得",
            "还需",
            "一项",
            "一个",
            "一家",
            # 每个县奖励多少: each of a tier gets it (各奖励), the documents write 各 or nothing.
            "每个",
            # 两个奖能一起拿吗: whether rewards add up (不累计, 按最高), which the documents
            # write as the rule, never these words of the asking.
            "能一起拿",
            "一起拿",
            "能同时拿",
            "两个奖",
            "两项奖",
            "具体",
            # 规划本身的文号, 这块我们管不管: the thing itself, the matter at hand (the asker's
            # pointing, never a word a document writes about it).
            "本身",
            "这块",
            "其中",
            "现在",
            "包括",
            "指的是",
            "指",
            "属于",
            "能够",
            "得到",
            "享受",
            "结束",
            "评不评",
            "怎么办",
            "怎么做",
            "怎么处理",
            # 归谁管 (whose business it is): asks who.
            "归谁管",
            "归谁",
            # 由谁来督查: asks who, as 谁 alone does.
            "由谁来",
            "由谁",
            "谁来",
            # 什么企业才有份 (who gets a share): who a rule is for.
            "才有份",
            "有份",
            "如何处理",
            "会怎样",
            "怎样处理",
            "怎么样处理",
            "能不能拿",
            "能拿到",
            "一共",
            "总共",
            "只有",
            "哪次",
            "哪一次",
            "第几次",
            "第几",
            "几成",
            # …的话 (if …): the condition is the topic, 的话 only marks it.
            "的话",
            # The documents' bound words (各区…不少于:…), asked with: the bound is the answer's.
            "不少于",
            "不低于",
            "至少",
            "达到",
            # 驰名商标要保持多少件: a figure to be held (有效期内…不少于), asked as 达到 is.
            "保持",
            # 有没有自己的奖励标准 (its own, apart from others'): whose, never what.
            "自己的",
            # 减税减费之外还要减什么: what else, beside the named; the named stay the topic.
            "之外",
            "以外",
            # 排第一位的是什么意思: what a wording means, which the text says, never 意思.
            "是什么意思",
            "什么意思",
            "啥意思",
            # 水环境质量要搞成啥样: what state a thing is to reach, asked colloquially; 搞成 is
            # never written by the documents (明显改善, 基本建成).
            "搞成啥样",
            "搞成什么样",
            "弄成啥样",
            "弄成什么样",
            "啥样",
        ],
        key=len,
        reverse=True,
    )
)
# Single words of the asking, dropped after cutting (a single character is never cut out of
# a longer word: 有 stays in 有效).
ASKING_WORDS = frozenset(
    [
        "有",
        "是",
        "的",
        "了",
        "吗",
        "呢",
        "吧",
        "啊",
        "呀",
        "给",
        "能",
        "会",
        "要",
        "那",
        "这",
        "谁",
        "几",
        "哪",
        "还",
        "都",
        "该",
        "由",
        "归",
        "找",
        "叫",
        "没",
        "么",
        "们",
        "我",
        "你",
        "他",
        "对",
        "为",
        "被",
        "把",
        "在",
        "于",
        "及",
        "和",
        "与",
        "或",
        "等",
        "并",
        "之",
        "其",
        "所",
        "上",
        "下",
        "里",
        "中",
        "时",
        "后",
        "前",
        "内",
        "拿",
        "到",
        "多",
        "少",
        "做",
        "干",
        "啥",
        "咋",
        "要求",
        "规定",
        "明确",
        "情况",
        "方面",
        "一下子",
        "以上",
        "进行",
        "开展",
        "实施",
        "能拿",
        "想",
        "打算",
        "去",
        "来",
        "吧",
        "哦",
        "嘛",
        "算",
        "已经",
        "因为",
        "又",
        "另",
        # 报方案时一起报哪些: how it goes along (the documents write 一并), not what it is.
        "一起",
        # 要进什么库才能申请: the condition's frame (only then may one), not what it is.
        "才能",
    ]
)
# Nouns naming the kind of answer wanted (纳税门槛是多少, 申报条件): the text need not say them.
# 上限, 封顶: a cap, which the documents write 最高…, 不超过…; 门槛: a threshold (…以上).
_ANSWER_KIND_WORDS = frozenset({"门槛", "条件", "资格", "上限", "封顶", "下限"})
# 此次 (这次, 本次): the notice the asker has in mind. A sentence saying it (此次奖励企业共25家)
# is the better for it, but most of a notice's sentences do not, so it weighs little.
_DEICTIC_WORDS = frozenset({"此次"})
# 公司 standing alone (以后公司搬走了会怎样): the asker's own firm, which the rules write 企业 or
# not at all; a firm's name or 上市公司 is a word of its own, and still searched.
_THE_FIRM = frozenset({"公司"})
# 公司 after the asker (我们公司, 本公司), a description (已经上市的公司), a clause's start or a
# time word: the asker's firm, or any; after a name (恒远公司, 某某公司) a firm the documents
# must name.
_ASKERS_FIRM = re.compile(r"(?:^|[我们本咱你他的,,。;;??!!\s]|以后|如果|要是|假如)公司")
# Words that name a kind of fact: a filter for the facts, a hint for the sentences.
KIND_PHRASES = tuple(
    sorted(
        [
            "奖励",
            "奖金",
            "奖补",
            "补助",
            "资助",
            "补贴",
            "扶持",
            "目标",
            "指标",
            "任务",
            "截止时间",
            "截止日期",
            "截止",
            "期限",
            "到期",
            "时间节点",
            "时间",
            "日期",
            "节点",
            "牵头单位",
            "责任单位",
            "配合单位",
            "牵头",
            "负责",
            "配合",
            "承担",
            "单位",
            "部门",
            "文件",
            "文号",
            "发文",
            "印发",
            "政策",
            "工作",
            "计划",
            "阶段",
            "步骤",
        ],
        key=len,
        reverse=True,
    )
)
# Kinds of body a rule names by a word ending in a kind phrase (单位), said whole.
_KINDS_OF_BODY = ("行政事业单位", "事业单位", "行政单位", "用人单位")
# A noun right after 什么/哪个 names the kind of answer (什么岗位 → 首席质量官), which the
# document need not repeat: such words count little when a candidate is measured.
# 这个招商奖励办法是谁供稿的: the kind of document pointed at (这个…办法, 该通知) names the
# document the asker has in mind, which its own sentences seldom call so; weighed little.
_THIS_DOCUMENT = re.compile(
    r"(?:这个|这份|这篇|那个|那份|那篇|该)[\u4e00-\u9fff]{0,8}?(办法|通知|文件|方案|意见|规定|细则|决定|通报)"
)
_CATEGORY_AFTER = re.compile(
    r"(?:什么|哪个|哪些|哪种|哪类|哪项|哪几个|哪几种|哪几项|哪一个|多少)([\u4e00-\u9fff]{2,4})"
)
# Asking when: 哪年底前, 什么时候前, 到什么时候结束 — the whole phrase is the asking.
_WHEN_ASKED = re.compile(
    r"(?:到|在)?(?:哪|什么)(?:一)?(?:年|月|天|时候)(?:底|末|中)?(?:前|以前|之前)?(?:结束|截止|完成)?"
)
# 除了奖钱还发啥, 除了奖金以外还有什么: what is granted beside the money — the asking, no
# word of the topic (the answer is a title or a plaque, ``answering``).
BESIDES_MONEY = re.compile(r"除了?奖?(?:钱|奖金|资金|现金|奖励金)(?:以外|之外)?[,,]?(?:还|另外|另)")
_NUMBER_WITH_MEASURE = re.compile(r"\d+(?:\.\d+)?(?:万元|亿元|人次|[个家项名件次期条所人位元%])")
_LETTER_CLASS = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]类")
_WHICH_COUNT = re.compile(
    r"哪[一二三四五六七八九十几两]+[个种项类条方面大]?|几[个种项类条位名家件次大倍]"
    r"|[一二三四五六七八九十两]+[个种项类](?=[?？]?$)"
    # 多少家低散乱企业: the measure word goes with 多少, which jieba would join to the noun
    # after it (家低 / 散乱); not the start of a word of its own (家庭, 个人, 所在).
    r"|多少(?:家(?![庭具电乡属长])|个(?![人体性])|件|座|所(?![在有属得])|台(?![账]))"
)
# 打造哪三个升级版: the count a question gives what it asks for is how a plan may name the set
# (打造经济、城市、民生“三个升级版”); kept as a word of counting (``is_asking_grammar``: credited
# where a sentence says it, never missed where it does not).
# (哪三个 at the end asks the members of a set named before, whose count is said already.)
_WHICH_NUMBERED = re.compile(r"哪([两二三四五六七八九十]+个)")
_NAMED_AFTER = re.compile(r"\s*[\u4e00-\u9fff]")


def _count_asked(match: re.Match[str]) -> str:
    numbered = _WHICH_NUMBERED.fullmatch(match.group(0))
    if numbered is None or not _NAMED_AFTER.match(match.string, match.end()):
        return " "
    return f" {numbered.group(1)} "


# One of a thing, asked per piece (一件发明专利奖多少 → 每件…奖励; 多久评一次): the documents
# write 每件, 每次, or nothing at all, so 一件/一次 only carry the asking. 一次性 (a one-off
# payment) and 第一次 are words of their own.
_ONE_UNIT = re.compile(
    r"(?<![第其])一(?:件|次|台|套|株)(?!性)"
    # 三等奖一个县奖几万: each place of a tier gets it (分别奖励), the place only the asking.
    r"|(?<![第其])一个(?:县|区|市|镇|乡)(?=奖|拿|能|可以|给|补)"
)
# How the documents call themselves: a hint, not a topic, once the document is known.
DOCUMENT_NAME_WORDS = frozenset(
    ["行动计划", "计划", "意见", "实施意见", "通知", "规划", "三年", "文件", "这个", "那个"]
)


@dataclass(frozen=True)
class ParsedQuestion:
    text: str  # the question, normalised (simplified, half-width)
    reading: str  # as read: slips corrected, colloquial and glossary words replaced
    asks: str
    topic_kind: str | None
    topic: str  # what is left to search, words separated by spaces
    words: tuple[str, ...]  # the topic's words (jieba), for scoring
    hints: tuple[str, ...] = ()  # kind words of the question, a hint for sentence search
    categories: tuple[str, ...] = ()  # words naming the kind of answer (什么岗位), weighed little
    weak: tuple[str, ...] = ()  # verbs and adverbs (保持, 必须): the nouns carry a topic more
    region_ids: tuple[int, ...] = ()
    region_text: str | None = None
    year: int | None = None
    window: TimeWindow | None = None
    unit_ids: tuple[int, ...] = ()
    unit_text: str | None = None
    places: tuple[str, ...] = ()  # places the documents mention that are no region of ours
    unknown_places: tuple[str, ...] = ()  # places no document mentions
    # A province the store holds no region of, asked about: ``region_ids`` are its regions the
    # store holds (``provinces.regions_in_province``), ``region_text`` the name as typed.
    province: str | None = None
    doc_number: str | None = None
    field: str | None = None
    perspective: bool = False
    eligibility: bool = False  # 能拿这个奖励吗, 能享受吗: who or where a rule applies
    bare: bool = False  # only a topic, no asking at all ("卓越绩效"): a search for facts
    own_region: bool = False  # 我们区…: the asker's own region, named or not
    located: tuple[str, ...] = ()  # places the asker says they are in (我们公司在柯城)
    # The words of a firm named with the title it got (XX设备厂评上…商标): who got it, which a
    # notice may say only in its annex; weighed as little as a word of asking.
    achiever: tuple[str, ...] = ()
    # A和B分别/各…: the words of each thing asked about, answered each (empty: one thing).
    parts: tuple[tuple[str, ...], ...] = ()
    # (asked, written): a word no document writes read as the documents write that thing
    # (培育库 as 培育企业库, ``_written_noun_heads``), which the answer then says.
    respelled: tuple[tuple[str, str], ...] = ()
    # 示范市人民政府负责什么: an office named with its place's level (市人民政府) that no plan
    # of the place names at that level (only 各县(区)人民政府), or of a place or level no plan
    # names the office of (南海区市场监管局, 区市场监管局): whose duties none states, named whole.
    absent_office: str | None = None
    # 示范市白鹭经开区: a development zone typed after a region of ours that no plan is filed
    # under (``zones_asked``), which a document must write whole to answer for it.
    zone: str | None = None

    @property
    def has_topic(self) -> bool:
        """Whether the topic names something (not only verbs or the kind of answer)."""
        return any(w not in self.weak and w not in self.categories for w in self.words)


# Words for the stages of a plan (实施阶段, 工作步骤): a question with them asks for milestones
# (``answering``), and after a verb they make it a stage's name.
STAGE_WORDS = frozenset({"阶段", "步骤"})
# A verb naming a stage of a plan (推进阶段, 实施阶段, 启动阶段): the stage's name, not a verb.
# Not 节点: 完成时间节点 is when to finish, not a stage called 完成.
_PHASE_AFTER = STAGE_WORDS | {"时期"}


def _names_a_phase(word: str, reading: str) -> bool:
    """Whether ``word`` stands right before a word for a plan's stage in the question: a verb of
    doing that names the stage (推进阶段 is a phase of the plan; 推进 alone asks nothing)."""
    return any(word + phase in reading for phase in _PHASE_AFTER)


def parse_question(question: str, index: KnowledgeIndex, today: date) -> ParsedQuestion:
    text = expand_typed_years(vocabulary.normalise(question))
    reading = _read(text, index)
    rest = reading
    perspective = bool(_PERSPECTIVE.search(rest))
    rest = _without_own_name(rest, index)
    rest = _PERSPECTIVE.sub(" ", rest)
    rest = BESIDES_MONEY.sub(" ", rest)
    rest = _THE_STORE.sub(" ", rest, count=1)
    doc_number = _doc_number(rest)
    if doc_number:
        rest = rest.replace(doc_number, " ")
    else:
        spoken = _SPOKEN_DOC_NUMBER.search(rest)
        yearless = _YEARLESS_DOC_NUMBER.search(rest)
        if spoken:  # 湖州政办发2016年63号: the number as the documents write it, 〔2016〕
            doc_number = f"{spoken.group(1)}〔{spoken.group(2)}〕{spoken.group(3)}号"
            rest = rest.replace(spoken.group(0), " ")
        elif yearless:  # 湖政办发63号: the issuer's code and serial, the year left out
            doc_number = yearless.group(0)
            rest = rest.replace(yearless.group(0), " ")
    if perspective:
        rest = _OWN_AMOUNT_WHEN.sub(" ", rest)
        rest = _OWN_ACHIEVED_WHEN.sub(" ", rest)
    rest = _CONDITION_YEAR.sub(" ", rest)
    rest = _BASELINE_YEAR.sub(" ", rest)
    window, rest = find_time_window(rest, today)
    year, rest = _take_year(rest)
    if year is None and window is not None:
        year = window.year
    asked = rest
    region_ids, region_text, rest = _region_beside_basis_level(rest, index)
    office = _office_after_place(asked, region_text, region_ids, index)
    absent_office: str | None = None
    if office is not None:
        # 示范市市场监管局: the city's own office (市质监局), never its districts' (各区…).
        unit_ids, unit_text, rest = _office_of_level(office, rest, index, region_ids)
        absent_office = None if unit_ids else f"{region_text}{office[1][1:]}"
    else:
        unit_ids, unit_text, rest = find_unit(rest, index, region_ids)
    unit_ids = _units_of_place(unit_ids, region_ids, index)
    if unit_ids and unit_text:
        unit_ids, unit_text, rest = _units_listed_with(
            unit_ids, unit_text, rest, reading, index, region_ids
        )
        # 市商务局和市统计局分别负责什么, no plan naming 市统计局: 市商务局 is answered and the
        # other said not found, never the both lost to a word no sentence holds.
        listed = _office_listed_with(unit_text, reading, index)
        if listed is not None:
            absent_office = listed
            rest = rest.replace(listed, " ").replace(listed[1:], " ")
    if not unit_ids and region_text and office is None:
        # A unit whose name carries the region (南海区政府): look again with the region in.
        with_region = _PERSPECTIVE.sub(" ", _take_year(find_time_window(reading, today)[1])[1])
        unit_ids, unit_text, without_unit = find_unit(with_region, index, region_ids)
        if unit_ids:
            rest = without_unit.replace(region_text, " ")
    if not unit_ids and office is None:
        # 南海区市场监管局, 区市场监管局: an office of a place or level no plan names.
        absent_office = _unnamed_office(rest, index, region_ids)
    # 示范高新区, 示范市青禾经开区: a zone no plan is filed under, named after its city. The
    # city's plan answers it only where it names the zone: the zone is a word the answer must
    # write, never a district's name cut from it (经开区 → 开区).
    zone = zone_after_region(asked, region_text)
    if zone is None and not region_ids and not unit_ids:
        # 白鹭经开区新增多少, no region of ours before it: the zone typed first, whole.
        zone = zone_at_start(_ASKING_OPENER.sub("", asked.strip()))
    if zone is not None and zone in rest:
        rest = rest.replace(zone, " ", 1)
    else:
        zone = None
    places, unknown = _places(rest, index)
    if zone is not None and not region_ids and not index.mentions(zone):
        # (no plan writes it: a place out of the store, as an unknown county is)
        unknown, zone = (zone, *unknown), None
    # Beside a region of ours, a word the tagger calls a place but no gazetteer knows (海洋 of
    # 洞头区海洋经济) is a noun of the topic, which an answer must say.
    nouns = {place for place in unknown if region_text and _word_read_as_place(place)}
    unknown = tuple(place for place in unknown if place not in nouns)
    # A place the documents mention stays a (weak) word of the topic: 黑河市 picks its row of a
    # table; a place none mentions is out of the store and searched for no more.
    for place in unknown:
        if not (region_text and re.search(rf"{re.escape(place)}(?:{PROVINCIAL_TITLES})", rest)):
            # (江苏省著名商标 stays whole: a title of a province no plan speaks of.)
            rest = rest.replace(place, " ")
    province: str | None = None
    if not region_ids:
        typed, province, in_province = _province_asked(unknown, index)
        if province is not None:
            region_ids, region_text, unknown = in_province, typed, ()
    field = _field(reading, doc_number)
    if field is None and _plan_until(_PUNCTUATION.sub("", rest), index):
        field = Field.PERIOD  # 武汉计划到哪年: nothing but a place and its plan's end asked
    if (
        doc_number is None
        and field is None
        and _ONLY_WHEN_IT_STOPS.fullmatch(_PUNCTUATION.sub("", rest))
    ):
        field = Field.PERIOD  # 洞头区什么时候停止执行: its plan's term, not a deadline list
    if (
        doc_number is None
        and field is None
        and _only_a_documents_act(_PUNCTUATION.sub("", rest), Field.EFFECTIVE, _EFFECTIVE_CUES)
    ):
        # 武汉什么时候开始实施, 衢州什么时候开始施行: nothing but a place and when its plan
        # takes effect, not the deadlines of its items (trial62 H3, M5).
        field = Field.EFFECTIVE
    asks = _asks(reading, bool(unit_ids), field)
    # 枫溪区和柳岸区…哪个多 of places only a plan's table rows name: each place's row is a part
    # asked (as 分别多少 asks it), which the comparison then weighs.
    rows_compared = (
        asks == Asks.WHAT
        and len(region_ids) < 2
        and len(places) > 1
        and compares_named_places(reading)
    )
    if (
        asks == Asks.WHAT
        and (len(region_ids) > 1 or rows_compared)
        and compares_named_places(reading)
    ):
        # 东澜和西岭2031年驰名商标哪个多: each place's figure (its row, as 分别多少 finds it),
        # the larger said first (``place_extremes``), not the sentences naming both.
        asks = Asks.NUMBER
    # 葫芦岛电力设备厂评上辽宁省著名商标: the title it got is what is asked about (a notice may
    # list the firm apart, in an annex); the firm's words only say who got it.
    achieved = _ACHIEVER.search(rest)
    achiever = achieved.group(0) if achieved else ""
    # A province's title is told from another level's only for a place below the province
    # (郑州 asked about 河南省名牌); asked of the province itself (广东省政府质量奖多久评一次),
    # its own plans write it 省政府质量奖.
    below_province = (
        province is None and bool(region_text) and not str(region_text).endswith(_PROVINCE_SUFFIXES)
    )
    # A glossary term the documents write themselves (规上, kept as typed by ``_read``): one
    # word of the topic, which either spelling matches, yet no word an answer must say (湖南's
    # plan writes 规模工业 and neither spelling: its figure is still the answer).
    kept = _kept_terms(reading, index)
    topic_words, hints, runs = _topic_words(
        rest,
        provincial_titles=below_province,
        whole=tuple(entry.means for entry in index.glossary.entries),
        kept=kept,
    )
    topic_words, unknown_runs = _resolve_runs(topic_words, runs, index)
    topic_words = _unwritten_negations(topic_words, index)
    topic_words = _split_unused_compounds(topic_words, index)
    topic_words, respelled = _written_noun_heads(topic_words, index)
    topic_words, titles_respelled = _written_levelled_titles(topic_words, index)
    respelled += titles_respelled
    # 牵头单位要报告哪些内容: the units a duty is laid on are what it is about (the sentence
    # says 各牵头单位…要), not the kind of answer.
    topic_words += [
        m.group(0) for m in _DUTY_SUBJECT.finditer(rest) if m.group(0) not in topic_words
    ]
    categories = tuple(m.group(1) for m in _CATEGORY_AFTER.finditer(reading))
    categories += tuple(m.group(1) for m in _THIS_DOCUMENT.finditer(reading))
    described = _asker_described(reading, topic_words)
    topic_words = [w for w in topic_words if w not in described]
    if zone is not None and zone not in topic_words:
        topic_words.insert(0, zone)
    if asks_levels_together(reading):
        # 东湖区品字标认证市区两级各奖多少: the levels asked are whose rules answer, no word of
        # them — unless a document writes them (市县两级奖励累计达到300万元).
        levels = [w for w in topic_words if _LEVEL_WORD.fullmatch(w)]
        if levels and not index.passages.documents_holding(levels):
            topic_words = [w for w in topic_words if w not in levels]
    if _TIER_SELECTED.search(reading):
        # 最低档 / 最高档 picks one of a rule's tiers; no tier writes 最低 or 最高 beside it.
        topic_words = [w for w in topic_words if w not in ("最低", "最高", "低档", "高档")]
    return ParsedQuestion(
        text=text,
        reading=reading,
        asks=asks,
        # (who pays a reward: the sentence naming the purse, not the reward's sums)
        topic_kind=None if _PAYER in reading else _topic_kind(reading, asks, text),
        topic=" ".join(topic_words),
        words=tuple(topic_words),
        hints=tuple(hints),
        categories=tuple(
            w
            for w in topic_words
            if any(w in c for c in categories) or w in _ANSWER_KIND_WORDS | _DEICTIC_WORDS
        ),
        weak=tuple(
            w
            for w in topic_words
            if w != zone
            and (
                (vocabulary.is_weak_word(w) and not _names_a_phase(w, reading))
                or (
                    w in vocabulary.place_names(w)
                    and w not in nouns
                    and not _asker_is(w, reading)
                    and not _settlement_word(w)
                )
                # (柯城区 in full, which the tagger does not call a place; 南岭 of 南岭区 cut apart)
                or (word_of_place(w, places) and not _asker_is(w, reading))
                or w in unknown_runs
                or w in kept
                or (w in _THE_FIRM and _ASKERS_FIRM.search(reading) is not None)
            )
        ),
        region_ids=region_ids,
        region_text=region_text,
        year=year,
        window=window,
        unit_ids=unit_ids,
        unit_text=unit_text,
        places=places,
        unknown_places=unknown,
        province=province,
        doc_number=doc_number,
        field=field,
        perspective=perspective,
        eligibility=bool(_ELIGIBILITY.search(reading)),
        bare=asks == Asks.WHAT and field is None and not _ASKING_MARK.search(reading),
        own_region=bool(_OWN_REGION.search(reading)),
        located=tuple(place for place in places if perspective and f"在{place[:2]}" in reading),
        parts=_parts(each_as_asked_apart(rest) if rows_compared else rest, topic_words),
        achiever=tuple(w for w in topic_words if achiever and w in achiever),
        respelled=respelled,
        absent_office=absent_office,
        zone=zone,
    )


def _asker_described(reading: str, words: Sequence[str]) -> frozenset[str]:
    """The topic words that only describe the asker's own firm (规模以上 and 企业 of 我们是规上
    企业,在衢州主导制定了团体标准): no word an answer must say, while other words name the
    topic; a question about nothing else (我们是高新技术企业,能享受什么) keeps them, and so
    does a word the question says again outside the description."""
    spans = [m.group(0) for m in _ASKER_DESCRIBED.finditer(reading)]
    if not spans:
        return frozenset()
    own = frozenset(
        w
        for w in words
        if any(w in span for span in spans)
        and reading.count(w) <= sum(span.count(w) for span in spans)
    )
    others = [w for w in words if w not in own and not vocabulary.is_weak_word(w)]
    return own if others else frozenset()


# 城镇新增就业和农业富余劳动力转移就业分别是多少: two things, asked together.
_BOTH = re.compile(r"(?P<left>[^,。;?!]+?)(?:和|与|以及|及)(?P<right>[^,。;?!]+?)(?:分别|各)")
_CONNECTIVE_CHARS = frozenset("和与及")


# 多少 or 几 asked with what the answer is counted by (多少件, 几个, 多少万元).
_COUNTED_BY = r"(?:钱|[万亿]?元|[个件项家名次台座条所户份批类款种])"
# 国家标准参与奖多少,主导奖多少: two things, each asked its own 多少 in one question; so is
# 驰名商标要多少件,著名商标要多少件 (each with what it is counted by).
_EACH_ASKED = re.compile(
    rf"(?P<left>[^,,。;;??!!]+?)(?:是|有|为)?(?:多少|几){_COUNTED_BY}?[,,、]\s*(?:那)?"
    rf"(?P<right>[^,,。;;??!!]+?)(?:是|有|为)?(?:多少|几)"
)


def asks_each_its_figure(text: str) -> bool:
    """Whether ``text`` asks two things each its own 多少 (驰名商标要多少件,著名商标要多少件):
    each thing's own line answers it, as for 驰名商标和著名商标各要多少件, not one sentence
    stating two figures."""
    return _EACH_ASKED.search(text) is not None


def _parts(rest: str, words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """The topic words of each of two things asked together (A和B分别多少). A one-word second
    thing shares what the first says before its own last word: 主导制定国际标准和国家标准 asks
    about 主导制定 国家标准 too."""
    # 参与奖和主导奖: a connective inside a word of the topic (参与) joins nothing.
    masked = rest
    for word in words:
        if _CONNECTIVE_CHARS.intersection(word):
            masked = masked.replace(word, "\0" * len(word))
    both = _BOTH.search(masked) or _EACH_ASKED.search(masked)
    if both is None:
        return ()
    # 驰名商标、著名商标和名牌产品分别奖多少: the things before the connective, listed with 、,
    # are each a thing of their own.
    spans = [
        (start, start + len(piece))
        for start, piece in _listed_pieces(rest, both.start("left"), both.end("left"))
    ]
    spans.append((both.start("right"), both.end("right")))
    things = [tuple(w for w in words if w in rest[start:end]) for start, end in spans]
    first = things[0]
    if not all(things) or len({frozenset(thing) for thing in things}) < len(things):
        return ()
    # (省名牌 of 省名牌产品 is the first thing named again, not a word the two share; nor is
    # a noun written right before the first thing's last word when the other thing is a thing
    # too: 精品认证 is one name, and 精品认证和著名商标 asks of no 精品 著名商标, while
    # 国家标准参与奖和主导奖 asks of 国家标准 主导, a role.)
    head = rest.find(first[-1], spans[0][0])
    joined = tuple(
        w
        for w in first[:-1]
        if rest.endswith(w, 0, head) and (vocabulary.dictionary_tag(w) or "").startswith("n")
    )
    shared = tuple(w for w in first[:-1] if w not in first[-1] and first[-1] not in w)
    return (
        first,
        *(
            (*(w for w in shared if w not in joined or _a_role(thing[0])), *thing)
            if len(thing) == 1
            else thing
            for thing in things[1:]
        ),
    )


def _a_role(word: str) -> bool:
    """Whether ``word`` names a role or a grade (主导, 参与, 省级), not a thing of its own."""
    return vocabulary.is_weak_word(word) or vocabulary.dictionary_tag(word) in ("b", "v", "vn", "a")


def _listed_pieces(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """``text[start:end]`` cut at each 、 into the pieces it lists, each with where it starts."""
    pieces: list[tuple[int, str]] = []
    at = start
    for piece in text[start:end].split("、"):
        if piece:
            pieces.append((at, piece))
        at += len(piece) + 1
    return pieces


def _without_own_name(text: str, index: KnowledgeIndex) -> str:
    """``text`` without the name of the asker's own firm or office, keeping a region it names
    (葫芦岛 of 葫芦岛XX食品公司 says where the asker is; so does 伊春市 of 伊春市林业局). A firm
    the documents name stays: the question is about what they say of it."""
    match = _OWN_NAME.search(text)
    if match and index.mentions(match.group(0)):
        # 我们是XX公司,奖励有多少: a firm a notice names (its list of winners) is what is asked.
        return text
    if match:
        _, region, _ = find_region(match.group(0), index)
        return text[: match.start()] + f" {region or ''} " + text[match.end() :]
    match = _OWN_OFFICE.search(text)
    if not match or find_unit(match.group(0), index, ())[0]:
        return text
    where = "".join(vocabulary.cut(match.group(0))[:-1])  # the office's own word goes
    return text[: match.start()] + f" {where} " + text[match.end() :]


# Words a cut would run into the next character: 十四五个人充电设施 (十四五 then 个人, not
# 十四五个), 接游人次要超过 (人次 then 要, not 次要).
_RUN_TOGETHER = re.compile(r"(十[一二三四五六七八九]五|[人户车架]次)(?=个人|要)")
# 什么时候引发的 (yǐn for yìn): after asking when, a document is 印发, never 引发 (to cause).
_PRINTED_SLIP = re.compile(r"(时候|何时|哪天|哪年|几号)引发")
# 办法那天发布的 (nà for nǎ): a document's act ending the question with 的 and no other asking
# asks which day, as 哪天发布的 does (那天 is no day the asker could point at).
_WHICH_DAY_SLIP = re.compile(
    r"那(天|一天|年|一年)(?=(?:印发|发布|下发|发|出台|公布|施行|实施|开始|截止|结束)的[??。!!]*$)"
)
# 以什么为基本定为 (wéi for wèi): after 以什么为 the word is the stance taken, 定位 (以绿色发展
# 为基本定位); 定为 (set as) cannot follow a 为.
_STANCE_SLIP = re.compile(r"(以什么为[\u4e00-\u9fff]{0,4}?)定为")
# 要哪天以后认定的才奖: 才 is the condition's frame, 奖 the reward (才奖 is no word searched).
_THEN_PAID = re.compile(r"才奖(?![励金补])")
# 秘书处放在哪个局: where an office is placed, which the documents write 设在.
_PLACED_AT = re.compile(r"放在(?=哪)")
# 奖金怎么分 (咋分): how a sum is divided, which the rules write 分配 (按…的比例分配).
# 办公室设在哪: the documents write it apart (领导小组下设办公室在区市场监管局), 在 alone.
_OFFICE_PLACED_AT = re.compile(r"(办公室|秘书处|办事机构)设在(?=哪)")
_HOW_SPLIT = re.compile(r"(?:怎么|如何)分(?![配摊担开别期批档])")


# 任务分解表里顺德区有哪些, 附表中东澜区的指标: a place's rows of a plan's table, asked by where
# they are written; the place asked is what finds them (the table's own title, 附件:…分解表, is
# what 分解表 alone asks for, and is still searched when no place follows).
# Taken out whole (苇城市(的)任务分解表里北澄区 reads 苇城市北澄区, the district of the city); only
# before a district, county or town, or the units it names (分解表里有哪些市直部门: the
# plan's units, read as 有哪些单位), and never a bare 表 (统计报表上报市里: 表上 of 报表上报).
# 附表内容涉及哪些区县, 分解表包括哪些区县: what a table lists, asked as 附表里有哪些 (表内 of
# 附表内容 is no place of the table's).
_TABLE_HOLDS = re.compile(
    r"((?:任务)?(?:分解表|附表(?:\d{1,2}|[一二三四五六七八九十])?|表格))(?:的)?(?:内容)?(?:里|中)?"
    r"(?:涉及|包括|包含|覆盖|列了|列出)(?:了|到)?(?=哪)"
)
_IN_THE_TABLE = re.compile(
    r"(?:的)?(?:任务)?(?:分解表|附表(?:\d{1,2}|[一二三四五六七八九十])?|表格)(?P<at>里|中|上)(?:的)?"
    r"(?=[\u4e00-\u9fff]{1,6}?(?:区|县|镇|乡|街道)|有哪(?:些|几个)单位[?？吗呢]*$)"
)


# 顶多 (at the very most): the documents write 最多, 最高; 封顶多少 is the cap asked as such.
_AT_MOST = re.compile(r"(?<!封)顶多")
# 引进1个高层次人才: people counted by 个 as one speaks; plans count them by 名 (引进1名…人才),
# and 1个 is what they count teams and projects by (每引进1个…团队).
_PEOPLE_BY_GE = re.compile(
    r"(?<![\d.])(\d+|[一两二三四五六七八九十])个(?=[\u4e00-\u9fff]{0,4}?"
    r"(?:人才|专家|院士|博士|硕士|人员|毕业生|学生|技能人才|工匠))"
)


# 增长几个点, 涨了多少个百分点: a percentage (percentage points), which the documents write
# 增长0.4%. 几个点 says so only after a word of change (要设几个点 counts sites, 几个点位 monitoring
# points); 百分点 always does.
PERCENT_POINTS = re.compile(
    r"(?:(?<=增长|提高|下降|降低|上升|增加|减少|回落|拉动|增幅|降幅|涨了|降了|升了|长了|高了|低了)"
    r"|(?<=[涨降升]))"
    r"(?:几|多少)个点(?![位儿子钟])|(?:几|多少)个百分点"
)


# 南海区驰名商标多少件,著名商标呢?: a second thing asked by its 呢 alone, after a first thing
# asked by 多少 or 几.
_THING_THEN_NE = re.compile(
    r"(?P<asked>(?:多少|几)[\u4e00-\u9fff]?)\s*[?？,,;;]\s*(?:那么?|还有)?"
    r"(?P<thing>[\u4e00-\u9fff]{2,10}?)(?:的)?呢\s*[?？]?\s*$"
)
# A 呢 that re-asks the first thing at another level (市级呢, 省里呢), not a second thing.
# (A name ending like a place, 顺德区呢, re-asks the first thing there.)
_LEVEL_ASKED = re.compile(
    r"级$|^(?:国家|省|市|县|区|镇|乡)(?:里|上|本级)?$|(?:省|市|区|县|镇|乡|街道|旗|州)$"
)


def _second_thing_asked(text: str, index: KnowledgeIndex) -> str:
    """``text`` with a second thing asked by its 呢 alone asked as the first (…,著名商标多少):
    the two things' figures are asked, not the first's alone. A level (市级呢: the first thing's
    figure at that level), a year or a place (顺德呢: the first thing there) is left as typed."""
    match = _THING_THEN_NE.search(text)
    if match is None:
        return text
    thing = match["thing"]
    if (
        _LEVEL_ASKED.search(thing)
        or gazetteer().lookup(thing)
        or longest_known(thing, index.names.region_aliases, index.names.longest_region_alias)
    ):
        return text
    return f"{text[: match.start()]}{match['asked']},{thing}多少"


# A place's name right after the table's 中 or 上: its stem and its division (中澄区: 澄, 区).
_NAME_AFTER = re.compile(r"([\u4e00-\u9fff]{1,5}?)(?:区|县|镇|乡)")


def _out_of_the_table(match: re.Match[str], index: KnowledgeIndex) -> str:
    """What is left of a table's words (任务分解表里) before the place asked: nothing, or the
    中 or 上 that opens the place's own name (任务分解表中澄区 asks of 中澄区, a district the
    documents write, when 澄区 would be a one-character name)."""
    at = match.start("at")
    if match.end() != at + 1 or match["at"] == "里":
        return ""
    name = _NAME_AFTER.match(match.string, at + 1)
    if name and len(name[1]) == 1 and index.mentions(match["at"] + name[0]):
        return match["at"]
    return ""


def _read(text: str, index: KnowledgeIndex) -> str:
    """The question in the documents' words: colloquial asking, slips, abbreviations."""
    text = _second_thing_asked(text, index)
    text = _AT_MOST.sub("最多", text)
    text = PERCENT_POINTS.sub("百分之几", text)
    # 哪个区任务最多: each district's figure is asked (the answer leads with the largest).
    text = asks_each_place(text)
    for spoken, written in _COLLOQUIAL:
        text = text.replace(spoken, written)
    text = _WHICH_OFFICE_ISSUED.sub(r"哪\1单位", text)
    text = _EVERY.sub(lambda match: "每" + match.group(1).removeprefix("个"), text)
    text = _PAID_WHEN.sub(r"\1怎么兑现", text)
    text = _WHO_PAYS.sub(_who_pays, text)
    text = _MONEY_FIRST.sub("以物质奖励为主", text)
    text = _PAYS_MONEY.sub("奖励", text)
    text = _DENIED_MAKE.sub("不作", text)
    text = _BY_WHAT_TERMS.sub("按什么政策", text)
    text = _BY_WHOSE.sub("根据什么", text)
    text = _GOVERNMENT_OF_BASIS.sub(r"\1\2里", text)
    text = _WHICH_SEVERAL.sub("哪些", text)
    text = _WHICH_KIND_OF_OFFICE.sub(r"哪\1单位", text)
    text = _GOT.sub("获得", text)
    text = _NOT_YET.sub("未", text)
    text = _BECOMES.sub("为", text)
    text = _OVER_A_HUNDRED_MILLION.sub("1亿元", text)
    text = HEAD_COUNT.sub("多少人", text)
    text = _PEOPLE_BY_GE.sub(r"\1名", text)
    text = _RUN_TOGETHER.sub(r"\1 ", text)
    text = _PRINTED_SLIP.sub(r"\1印发", text)
    text = _WHICH_DAY_SLIP.sub(r"哪\1", text)
    text = _STANCE_SLIP.sub(r"\1定位", text)
    text = _THEN_PAID.sub("才奖励", text)
    text = _PLACED_AT.sub("设在", text)
    text = _HOW_SPLIT.sub("如何分配", text)
    text = _OFFICE_PLACED_AT.sub(r"\1在", text)
    text = _TABLE_HOLDS.sub(r"\1里有", text)
    text = _IN_THE_TABLE.sub(lambda match: _out_of_the_table(match, index), text)
    text = _corrected_around_terms(text, index)
    return index.glossary.rewrite(text, index.uses_word, vocabulary.word_edges)


def _kept_terms(reading: str, index: KnowledgeIndex) -> tuple[str, ...]:
    """The glossary's terms ``reading`` has as typed because a document writes them itself
    (规上), that the topic's words would lose: jieba cuts them into pieces, one of them a word
    of asking (规 / 上). (高 / 企 are joined back into 高企, a word of the topic as before.)"""
    return tuple(
        entry.term
        for entry in index.glossary.entries
        if len(entry.term) >= 2
        and entry.term in reading
        and index.uses_word(entry.term)
        and any(token in ASKING_WORDS for token in vocabulary.cut(entry.term))
    )


def _corrected_around_terms(text: str, index: KnowledgeIndex) -> str:
    """The speller's reading of ``text``, leaving the glossary's terms as typed: 浙制标准 is
    浙江制造's 标准, not a slip for 指标 (制标 is no pair the documents write)."""
    terms = sorted(
        {entry.term for entry in index.glossary.entries if len(entry.term) >= 2},
        key=len,
        reverse=True,
    )
    found = [term for term in terms if term in text]
    if not found:
        return index.speller.correct(text)
    pieces = re.split(f"({'|'.join(re.escape(term) for term in found)})", text)
    kept = "".join(
        piece if number % 2 else index.speller.correct(piece) for number, piece in enumerate(pieces)
    )
    # A place name a term begins (内蒙 of 内蒙古) is read whole, as the speller reads the whole
    # question: its last character, cut off from the term, is no slip (古的 is never 库的).
    places = index.speller.place_positions(text)
    # 驰名商票: a slip beside a term (驰名) is seen with the term, the four characters one
    # off a store word (驰名商标), and corrected outside the term only.
    whole = index.speller.correct(text)
    if len(whole) != len(text) or len(kept) != len(text):
        return kept
    inside: set[int] = set()
    for term in found:
        for match in re.finditer(re.escape(term), text):
            inside.update(range(match.start(), match.end()))
    return "".join(
        text[i] if i in places else kept[i] if i in inside or whole[i] == text[i] else whole[i]
        for i in range(len(text))
    )


def _doc_number(text: str) -> str | None:
    match = DOC_NUMBER.search(text)
    return re.sub(r"\s+", "", match.group(0)) if match else None


def resolve_region(name: str, index: KnowledgeIndex) -> tuple[int, ...]:
    """A region typed on its own (``/targets 湖州``), by the one resolver over the index's names;
    a slip is corrected as in a question (``/targets 湖洲``)."""
    found = name_resolver.resolve_region(name, index.names)
    if found:
        return found
    corrected = index.speller.correct(vocabulary.normalise(name))
    return name_resolver.resolve_region(corrected, index.names) if corrected != name else ()


def find_region(
    text: str, index: KnowledgeIndex, *, several: bool = False
) -> tuple[tuple[int, ...], str | None, str]:
    """The region a question is about: (region ids, as written, text without it).

    Refines ``names.find_region`` (the longest name wins) for questions that name two regions:
    the longest name wins, except that a region inside another named one wins over it: in
    "衢州企业拿到浙江省著名商标" the asker is in 衢州, and 浙江省 is part of what they got.
    With ``several``, places of one kind listed side by side (高明区、三水区; 东城和西城) are all
    the region, written joined by 、; names of one level written one after another with no mark
    (禅城区高明区三水区) are a list too."""
    aliases = index.names.region_aliases
    names = _known_names(text, aliases, index.names.longest_region_alias)
    # 浙江 of 浙江制造 is the name of a brand, not the place asked about.
    names = [name for name in names if not _begins_term(text, name)]
    names = [name for name in names if not _inside_a_written_name(text, name, index)]
    names = [name for name in names if not _another_level(text, name, index)]
    if not names:
        return (), None, text
    # 郑州对获得浙江省出口名牌的企业奖多少: the province is part of the title the firm got;
    # the other region named is the one asked about, whether or not it lies in the province.
    untitled = [name for name in names if not _province_of_title(text, name)]
    if untitled:
        names = untitled
    best = max(names, key=len)
    for name in names:
        if name != best and _inside(aliases[name], aliases[best], index):
            best = name
    listed = _listed_with(text, best, names, index) if several else [best]
    if len(listed) > 1:
        # 高明区、三水区各多少: each place listed is asked about, not only the first (a
        # comparison reads its two sides one at a time).
        ids = sorted({region_id for name in listed for region_id in aliases[name]})
        for name in listed:
            text = text.replace(name, " ")
        return tuple(ids), "、".join(listed), text
    for name in names:
        # 佛山南海: the city written before its own district only says where the district is.
        if name != best and name + best in text and _inside(aliases[best], aliases[name], index):
            text = text.replace(name + best, best)
    found = tuple(sorted(aliases[best]))
    kept = _short_province_title(text, best, found, index)
    return found, best, text if kept else _without_place(text, best)


def _short_province_title(
    text: str, name: str, region_ids: tuple[int, ...], index: KnowledgeIndex
) -> bool:
    """Whether ``name`` is the customary short name of a province-level region (广西 of
    广西壮族自治区) running into a title (广西主席质量奖): it scopes the question and stays a
    word of its topic too, the title's level, as 浙江省著名商标 keeps its 省."""
    region = index.region_name(region_ids[0]) if len(region_ids) == 1 else None
    return (
        region is not None
        and name in customary_short_names(region)
        and province_named(region) == region
        and re.search(rf"{re.escape(name)}[\u4e00-\u9fff]{{0,4}}?(?:{PROVINCIAL_TITLES})", text)
        is not None
    )


# The level a place's name is typed with (邵阳市, 邵阳县), unless the character begins a word
# of its own (邵阳市场监管局 is read either way, 潮州县级及以上 speaks of levels below the city).
_TYPED_LEVEL = re.compile(r"[市县区](?![场民域块级直间])")
_STORED_LEVELS = ("市", "县", "区")


def _another_level(text: str, name: str, index: KnowledgeIndex) -> bool:
    """Whether ``name``, a short name of the store's regions, is typed everywhere with a level
    none of them has: 邵阳市 is the city, not the county 邵阳县 of the same name that the store
    holds; asked of, it is a place the store does not hold."""
    levels = {
        region[-1]
        for region_id in index.names.region_aliases.get(name, ())
        if (region := index.region_name(region_id) or "").endswith(_STORED_LEVELS)
        and not region.endswith(name)
    }
    if not levels or name.endswith(_STORED_LEVELS):
        return False
    typed = [_TYPED_LEVEL.match(text, match.end()) for match in re.finditer(re.escape(name), text)]
    return bool(typed) and all(
        level is not None and level.group(0) not in levels for level in typed
    )


def _province_of_title(text: str, name: str) -> bool:
    """Whether ``name``, a province written in full, names the level of a title right after
    it (浙江省出口名牌, 河南省名牌产品, 广东省著名商标)."""
    if not name.endswith(_PROVINCE_SUFFIXES):
        return False
    return bool(
        re.search(rf"{re.escape(name)}[\u4e00-\u9fff]{{0,4}}?(?:{PROVINCIAL_TITLES})", text)
    )


# A place's own title glued to its name (衢州市著名商标, 湖州市名牌产品): the level stays
# with the title (市著名商标), which another level's title (省著名商标) does not answer.
_OWN_TITLE_LEVELS = ("市", "县", "区")


def _without_place(text: str, name: str) -> str:
    """``text`` with the region ``name`` cut out; where its full name runs into a title
    (衢州市著名商标), its level is kept as the title's (市著名商标): the place's own programme."""
    if not name.endswith(_OWN_TITLE_LEVELS):
        return text.replace(name, " ")
    own_title = re.compile(rf"{re.escape(name)}(?=(?:{PROVINCIAL_TITLES})|{_HEAD_ASKED})")
    return own_title.sub(" " + name[-1], text).replace(name, " ")


# 示范市长是谁: the head of the place's government (市长, 县长, 区长) asked about, its level
# written once for both; never 长 of a word of its own (长期, 长效, a place 长…).
_HEAD_ASKED = r"长(?=$|[\s,,。.??!!、]|是|叫|姓|的|为|由|和|与|及|谁|信箱|热线|电话|办公|名字)"


_LISTING = re.compile(r"[\s、,，和与及跟]*")


def _listed_with(text: str, best: str, names: Sequence[str], index: KnowledgeIndex) -> list[str]:
    """The names listed together with ``best`` (A、B, A和B), in order, when they are places of
    one kind side by side (neither inside the other): the run of known names that ``best``
    stands in, joined by nothing but a listing mark."""
    aliases = index.names.region_aliases
    runs: list[list[str]] = []
    marked: list[bool] = []  # whether each run's names are all joined by a listing mark
    position = 0
    previous_end = -1
    for name in names:
        start = text.find(name, position)
        if start < 0:
            return [best]
        between = text[previous_end:start] if previous_end >= 0 else None
        if (
            runs
            and between is not None
            and (between or _side_by_side(runs[-1][-1], name, index))
            and _LISTING.fullmatch(between)
            and name not in runs[-1]
        ):
            runs[-1].append(name)
            marked[-1] = marked[-1] and bool(between.strip())
        else:
            runs.append([name])
            marked.append(True)
        position = previous_end = start + len(name)
    at = next((i for i, r in enumerate(runs) if best in r), None)
    run = runs[at] if at is not None else [best]
    if len(run) < 2:
        return [best]
    # 佛山和南海区…分别多少: a city and its own district, each asked apart (a listing mark
    # between them, 分别 after): each is a place asked, not the city saying where the district is
    apart = at is not None and marked[at] and _ASKED_APART.search(text) is not None
    for first in run:
        for second in run:
            if first != second and (
                aliases[first] & aliases[second]
                or (not apart and _inside(aliases[first], aliases[second], index))
            ):
                return [best]
    return run


# 分别, 各自, 各…多少: each place of a list asked for its own figure.
_ASKED_APART = re.compile(r"分别|各自|各(?:是|为|有|要|需|需要)?多少")


def _side_by_side(previous: str, name: str, index: KnowledgeIndex) -> bool:
    """Whether ``name``, written right after ``previous`` with no mark between, lists a second
    place of its kind (禅城区高明区三水区, each with its level) rather than saying where it is
    (佛山市南海区: the district inside the city written before it)."""
    aliases = index.names.region_aliases
    return (
        previous.endswith(_STORED_LEVELS)
        and name.endswith(_STORED_LEVELS)
        and previous[-1] == name[-1]
        and not _inside(aliases[name], aliases[previous], index)
        and not _inside(aliases[previous], aliases[name], index)
    )


def _inside_a_written_name(text: str, name: str, index: KnowledgeIndex) -> bool:
    """Whether every place ``name`` stands in ``text`` is inside a longer name the documents
    write, with characters of it on both sides (燕京啤酒桂林漓泉, a firm's name holding 桂林):
    a firm or brand named after its place is not the place asked about."""
    starts = [match.start() for match in re.finditer(re.escape(name), text)]
    return bool(starts) and all(_in_written_name(text, start, name, index) for start in starts)


def _in_written_name(text: str, start: int, name: str, index: KnowledgeIndex) -> bool:
    """(``_inside_a_written_name``) at ``start``: the characters before and after the place
    are written with it by a document, the place perhaps in brackets (燕京啤酒(桂林漓泉)…)."""
    end = start + len(name)
    before, after = text[max(0, start - _NAME_SIDE) : start], text[end : end + _NAME_SIDE]
    if len(before) < _NAME_SIDE or len(after) < _NAME_SIDE:
        return False
    if not (_is_cjk(before) and _is_cjk(after)):
        return False
    return index.mentions(name + after) and any(
        index.mentions(before + bracket + name) for bracket in ("", "(", "(")
    )


# How many characters of a longer name a place must have on each side (啤酒桂林漓泉).
_NAME_SIDE = 2


def _begins_term(text: str, name: str) -> bool:
    """Whether every place ``name`` stands in ``text`` begins a term of the field (浙江制造)."""
    starts = [match.start() for match in re.finditer(re.escape(name), text)]
    return bool(starts) and all(
        any(
            term.startswith(name) and len(term) > len(name) and text.startswith(term, start)
            for term in vocabulary.DOMAIN_TERMS
        )
        for start in starts
    )


# What a question may open with before the place it asks of (请问白鹭经开区…).
_ASKING_OPENER = re.compile(
    r"^(?:请问一下|请问|我想问一下|我想问|想问一下|想问|问一下|你好|您好)[,,]?"
)


# An office named after its level (市长质量奖, 县长, 区长): its 市 is not a region's suffix.
_OFFICE_AFTER = re.compile(r"[省市县区镇]长(?=质量奖|奖|令|热线|信箱|办公会|专题会|批示)")


# 健康示范行动方案是依据东岭省哪个文件: the place between the basis asked and 哪个文件 is the
# level that issued the document it was made under, not the place asked about.
_BASIS_LEVEL = re.compile(
    r"(?:落实|贯彻|依据|根据|按照|依照|遵照|照着)(?P<level>[^,,。??、]{2,8}?)"
    r"(?:里|的)?哪(?:个|份|一个|项)?(?:文件|文|通知|意见|规定)"
)


def _region_beside_basis_level(
    text: str, index: KnowledgeIndex
) -> tuple[tuple[int, ...], str | None, str]:
    """``find_region`` of ``text``, save that the place naming the level a basis asked about
    was issued by is never the region when the question names another place besides, written
    into a plan's name (健康示范 of 健康示范行动方案): no region then, the documents' titles
    saying which plan is asked of, the level kept as a word of the topic (its clause is the
    one quoted). A basis's level that is the only place named stays the place asked about."""
    found = find_region(text, index, several=True)
    asked = _BASIS_LEVEL.search(text)
    if found[1] is None or asked is None or found[1] not in asked["level"]:
        return found  # (天水 of 甘肃省 read before the level, as ever)
    blanked = _without_basis_level(text, index)
    if blanked == text:
        return found
    region_ids, region_text, _ = find_region(blanked, index, several=True)
    if region_text is None:
        return (), None, text
    return region_ids, region_text, text.replace(region_text, " ")


def _without_basis_level(text: str, index: KnowledgeIndex) -> str:
    """``text`` without the place naming the level a basis asked about was issued by, when
    the question names another place besides; ``text`` itself otherwise."""
    asked = _BASIS_LEVEL.search(text)
    if asked is None:
        return text
    aliases, longest = index.names.region_aliases, index.names.longest_region_alias
    levels = _known_names(asked["level"], aliases, longest)
    if not levels:
        return text
    outside = text[: asked.start("level")] + " " + text[asked.end("level") :]
    if not _known_names(outside, aliases, longest):
        return text
    level = asked["level"]
    for name in levels:
        level = level.replace(name, " ")
    return text[: asked.start("level")] + level + text[asked.end("level") :]


def _known_names(text: str, names: dict[str, set[int]], longest: int) -> list[str]:
    """The longest known name starting at each place of ``text``, not overlapping, in order."""
    found: list[str] = []
    start = 0
    while start < len(text):
        for end in range(min(len(text), start + longest), start, -1):
            if _OFFICE_AFTER.match(text, end - 1):
                continue  # 广州市长质量奖: the 市 is the 市长's, the city is 广州
            if text[start:end] in names:
                found.append(text[start:end])
                start = end
                break
        else:
            start += 1
    return found


def _inside(inner: set[int], outer: set[int], index: KnowledgeIndex) -> bool:
    """Whether every region of ``inner`` lies below one of ``outer``: in the store's tree, or
    by the gazetteer (the store holds 衢州市 and 浙江省 without linking them)."""
    outer_names = {index.region_name(region_id) for region_id in outer}
    return all(
        index.ancestors(region_id) & outer
        or named_parents(index.region_name(region_id) or "") & outer_names
        for region_id in inner
    )


def regions_below(region_id: int, index: KnowledgeIndex) -> set[int]:
    """The region and the store's regions inside it: below it in the store's tree, or named
    inside it (黑龙江省黑河市 is in 黑龙江省) or put inside it by the gazetteer."""
    return set(index.region_scope(region_id)) | _inside_by_name(index).get(region_id, set())


def regions_within(region_ids: Iterable[int], index: KnowledgeIndex) -> set[int]:
    """``regions_below`` of each region: the scope a question, a lookup command and a region's
    overview all read a region as (a county plan uploaded as 安吉县 is in 湖州市)."""
    within: set[int] = set()
    for region_id in region_ids:
        within |= regions_below(region_id, index)
    return within


_INSIDE: weakref.WeakKeyDictionary[KnowledgeIndex, dict[int, set[int]]] = (
    weakref.WeakKeyDictionary()
)


def _inside_by_name(index: KnowledgeIndex) -> dict[int, set[int]]:
    """For each region, the regions whose names put them inside it, built once per index: a
    name that begins with another region's name, or whose gazetteer parents are regions."""
    known = _INSIDE.get(index)
    if known is not None:
        return known
    by_name = {region.name: region.id for region in index.regions()}
    inside: dict[int, set[int]] = {}
    for region in index.regions():
        containers = {region.name[:end] for end in range(2, len(region.name))}
        containers |= {parent for parent in gazetteer_parents(region.name) if parent}
        for name in containers:
            outer = by_name.get(name)
            if outer is not None and outer != region.id:
                inside.setdefault(outer, set()).add(region.id)
    _INSIDE[index] = inside
    return inside


def regions_above(region_id: int, index: KnowledgeIndex) -> set[int]:
    """The store's regions above ``region_id``: its ancestors in the store's tree, and those the
    gazetteer puts above it (the store may hold 惠州市 and 广东省 without linking them)."""
    above = set(index.ancestors(region_id))
    # (海东市乐都区: the district's city, and the province the gazetteer puts that city in)
    parents = gazetteer_parents(index.region_name(region_id) or "")
    for name in parents:
        above |= index.names.region_aliases.get(name or "", set())
    # 江岚省 of 江岚省青石市西岭区: a region whose name begins the name, as ``regions_below``
    # reads it the other way (the tree links a district to its city, not a city to its
    # province, and a province's rules reach its districts too: attack59 H5, H6)
    above |= {outer for outer, inner in _inside_by_name(index).items() if region_id in inner}
    above.discard(region_id)
    return above


def find_unit(
    text: str, index: KnowledgeIndex, region_ids: tuple[int, ...] = ()
) -> tuple[tuple[int, ...], str | None, str]:
    """A unit named in ``text``: exactly (an alias), abbreviated (质监局 for 质量技监局), or by
    an office's former or later name (市场监管局 for 质监局)."""
    scope = _unit_scope(index, region_ids)
    aliases = index.names.unit_aliases
    best = longest_known(text, aliases, index.names.longest_unit_alias, scope)
    named = _named_place_unit(text, best, index, scope) if best else None
    if named is not None:
        # 东湖区市场监管局: the office of the place named before the level, never another
        # place's 区市场监管局 (nor, when no plan names that place's office, any office at all).
        return named
    if best:
        found = aliases[best] & scope
        levelled = _levelled_office(text, best, index, scope)
        if levelled is not None:
            return levelled
        if not _office_level(best):
            # 经信局 with no level: every office of that name, however each plan writes it
            # (区经信局, 市经济和信息化局, 市经信委), not the one whose short name it happens to be.
            for name in (best, *index.glossary.other_names(best)):
                found |= set(_abbreviation_matches(name, index, scope))
        return tuple(sorted(found)), best, text.replace(best, " ")
    for match in _UNIT_LIKE.finditer(text):
        word = match.group(0)
        if word.endswith("政府") and text.startswith("工作报告", match.end()):
            # 区政府工作报告: the government's report, a document, names no office of it (not
            # the 区政府督查办 an abbreviation of 区政府 would match); its 区政府 is no word.
            cut = match.end() - (3 if word[-3:-2] in _LEVEL_PREFIXES else 2)
            return (), None, text[:cut] + " " + text[match.end() :]
        for start in range(len(word) - 2):
            candidate = word[start:]
            # 南海区人民政府: the government a plan writes 南海区政府 in short.
            short = candidate.replace("人民政府", "政府")
            for name in dict.fromkeys((candidate, short, *index.glossary.other_names(candidate))):
                matched = _abbreviation_matches(name, index, scope)
                if matched:
                    return matched, candidate, text.replace(candidate, " ")
    return (), None, text


# The level an office name begins with (市质监局, 区经信局): a name without one is any level's.
_LEVEL_PREFIXES = ("省", "市", "区", "县", "镇", "乡")


def _office_level(name: str) -> str:
    """The level an office's name begins with (市 of 市质监局, 区 of 各区市场监管局), or "" (质监局,
    市场监管局: the 市 of 市场 is no level)."""
    name = name.removeprefix("各")
    if name.startswith("市场") or not name.startswith(_LEVEL_PREFIXES):
        return ""
    return name[0]


def _levelled_office(
    text: str, best: str, index: KnowledgeIndex, scope: set[int]
) -> tuple[tuple[int, ...], str | None, str] | None:
    """An office of no level (市场监管局) typed after a level of its own (区市场监管局): a
    district's office, never the city's whose short name it happens to be — the units of that
    name at that level or none (abbreviated: 顺德区市场监管局), or no unit at all. None when
    no level stands right before ``best``."""
    at = text.find(best)
    if _office_level(best) or at < 1 or text[at - 1] not in _LEVEL_PREFIXES:
        return None
    level = text[at - 1]
    word = level + best
    found = {
        u for u in index.names.unit_aliases[best] & scope if not _office_level(index.unit(u).name)
    }
    for name in (word, *index.glossary.other_names(word)):
        found |= set(_abbreviation_matches(name, index, scope))
    if not found:
        return (), None, text
    return tuple(sorted(found)), word, text.replace(word, " ")


# Words listing units or places together: 南海区政府和禅城区政府, 市经信局、市商务局, 湖州和佛山
# (the service's places asked side by side read by it too; a question is NFKC-normalised, so
# its ， is a ,).
JOINED = r"\s*(?:、|,|，|和|与|以及|及|跟|同)\s*"


def _units_listed_with(
    unit_ids: tuple[int, ...],
    unit_text: str,
    rest: str,
    reading: str,
    index: KnowledgeIndex,
    region_ids: tuple[int, ...],
) -> tuple[tuple[int, ...], str, str]:
    """南海区政府和禅城区政府分别负责什么: the units named in a list with the one found, each
    one asked about (their ids together, their names as typed joined by 、), not only the
    longest name of them."""
    found, typed = set(unit_ids), [unit_text]
    # 市经信局和示范市商务局: a name may be typed after the place asked (示范 of 示范市).
    places = {
        spelled
        for name in (index.region_name(region_id) for region_id in region_ids)
        if name
        for spelled in (name, name[:-1])
        if len(spelled) >= 2
    }
    place = "(?:" + "|".join(map(re.escape, sorted(places, key=len, reverse=True))) + ")?"
    place = place if places else ""
    while True:
        more_ids, more_text, more_rest = find_unit(rest, index, region_ids)
        if not more_ids or not more_text or set(more_ids) <= found:
            break
        if not any(
            re.search(f"{re.escape(a)}{JOINED}{place}{re.escape(b)}", reading)
            for name in typed
            for a, b in ((name, more_text), (more_text, name))
        ):
            break
        found |= set(more_ids)
        typed.append(more_text)
        rest = more_rest
    typed.sort(key=reading.find)
    return tuple(sorted(found)), "、".join(typed), rest


# An office's name as typed in a list (市统计局, 县文广旅体局).
_LISTED_OFFICE = r"(?P<office>[市区县省][\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办公室|办))"


def _office_listed_with(unit_text: str, reading: str, index: KnowledgeIndex) -> str | None:
    """The office typed in a list with the units found (市商务局和市统计局) that no document
    names, or None."""
    for name in unit_text.split("、"):
        listed = re.search(f"{re.escape(name)}{JOINED}{_LISTED_OFFICE}", reading)
        if listed is None:
            continue
        office = listed.group("office")
        if not index.mentions(office) and not index.mentions(office[1:]):
            return office
    return None


def _unnamed_office(text: str, index: KnowledgeIndex, region_ids: tuple[int, ...]) -> str | None:
    """The office asked in ``text`` that ``find_unit`` found no unit for, because no plan names
    it at the place or level typed before it (南海区市场监管局, 区市场监管局), named whole;
    None when no such office is typed, or a document writes it (as no unit of a plan)."""
    best = longest_known(
        text,
        index.names.unit_aliases,
        index.names.longest_unit_alias,
        _unit_scope(index, region_ids),
    )
    if not best:
        return None
    office = _place_office(text, best, index)
    at = text.find(best)
    if office is not None:
        name = office[1]
    elif not _office_level(best) and at > 0 and text[at - 1] in _LEVEL_PREFIXES:
        name = text[at - 1] + best
    else:
        return None
    return None if index.mentions(name) else name


def _office_after_place(
    text: str, region_text: str | None, region_ids: tuple[int, ...], index: KnowledgeIndex
) -> tuple[str, str] | None:
    """An office typed right after the one region asked (示范市市场监管局, 示范质监局, 示范市的
    市场监管局): the word typed and the office named with the place's level (市市场监管局,
    市质监局). None when no office follows the place, or the office typed has a level of its
    own (示范市区市场监管局)."""
    if not region_text or len(region_ids) != 1:
        return None
    at = text.find(region_text)
    if at < 0:
        return None
    after = at + len(region_text)
    if text.startswith("的", after):  # 示范市的市场监管局: the city's own, as 示范市市场监管局
        after += 1
    typed = _OFFICE_TYPED.match(text, after)
    if typed is None or _office_level(typed.group(0)) or _NOT_AN_OFFICE.search(typed.group(0)):
        return None
    if text[at : typed.end()] in index.names.unit_aliases:
        return None  # 南海区政府: a unit a plan names with its place is that unit, found as typed
    full_name = index.region_name(region_ids[0]) or ""
    level = region_text[-1] if region_text.endswith(_LEVEL_PREFIXES) else full_name[-1:]
    if level not in _LEVEL_PREFIXES:
        return None
    return typed.group(0), level + typed.group(0)


def _office_of_level(
    office: tuple[str, str], text: str, index: KnowledgeIndex, region_ids: tuple[int, ...]
) -> tuple[tuple[int, ...], str | None, str]:
    """The units the office named with its place's level (``_office_after_place``) is: of
    that name, abbreviated or by each of its former or later names (市市场监管局 is the plans'
    市质监局 and 市工商局), and of that level or none. When the place's plans name only another level's office of
    that name (各区市场监管局), no unit: a guess at a district's duties is no answer."""
    typed, named = office
    level = named[0]
    scope = _unit_scope(index, region_ids)

    def of_level(units: Iterable[int]) -> set[int]:
        return {u for u in units if _office_level(index.unit(u).name) in ("", level)}

    matched: set[int] = set()
    names: list[str] = []
    for name in (named, *index.glossary.other_names(named)):
        found = index.names.unit_aliases.get(name, set()) & scope
        if not of_level(found):
            # an office a plan names exactly is that office, as ``find_unit`` (and /units
            # 示范市 市质监局) reads it: not also every unit whose longer name holds its
            # characters (市质量强市领导小组办公室(市质监局), a body the office hosts)
            found |= set(_abbreviation_matches(name, index, scope))
        added = of_level(found) - matched
        if added:
            # every office the glossary says it was (市质监局 and 市工商局 of 市市场监管局),
            # as ``find_unit`` keeps them, not the first of them only (trial46 M8)
            matched |= added
            names.append(name)
    if matched:
        # (several names matched: the office as asked, 市场监管局, names them all)
        said = names[0] if len(names) == 1 else named
        return tuple(sorted(matched)), said, text.replace(typed, " ", 1)
    unit_ids, unit_text, rest = find_unit(text, index, region_ids)
    if unit_ids and not of_level(unit_ids):
        # nor is the office a word of the topic: 人民政府 would find the notice's addressees
        return (), None, text.replace(typed, " ", 1)
    return tuple(sorted(of_level(unit_ids))), unit_text, rest


_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,6}$")


def _named_place_unit(
    text: str, best: str, index: KnowledgeIndex, scope: set[int]
) -> tuple[tuple[int, ...], str | None, str] | None:
    """A generic office (区市场监管局) found inside the name of a place's office (东湖区市场监管局):
    the units named with that place (东湖区市场监督管理局, 市场监管局 abbreviating
    市场监督管理局), found as abbreviations; none when no plan names that place's office. None
    when ``best`` follows no place name (我们区市场监管局, 洞头区's own when 洞头区 was the region)."""
    office = _place_office(text, best, index)
    if office is None:
        return None
    typed, name = office
    for other in (name, *index.glossary.other_names(name)):
        matched = _abbreviation_matches(other, index, scope)
        if matched:
            return matched, typed, text.replace(typed, " ")
    return (), None, text


def _place_office(text: str, best: str, index: KnowledgeIndex) -> tuple[str, str] | None:
    """The office of a place named right before ``best`` (东湖区市场监管局, 南海区的市场监管局):
    as typed and as a name (东湖区市场监管局). None when no place stands before it, or the place
    is a region of ours (样板县发展改革局: its plan writes 县发展改革局, which the scope holds)."""
    start = text.find(best)
    before = _CJK_BEFORE.search(text[:start])
    if before is None:
        return None
    run = before.group(0)
    # The level an office's name begins with is its place's (东湖 + 区市场监管局); an office
    # of no level (市场监管局: the 市 of 市场 is none) follows the whole place, perhaps with 的.
    level = best[0] if _office_level(best) else ""
    joined = "的" if not level and run.endswith("的") else ""
    run = run.removesuffix(joined)
    for size in range(min(len(run), 5), 1, -1):
        place = run[-size:] + level
        if not place.endswith(_LEVEL_PREFIXES) or place[0] in _COLLECTIVE:
            continue  # (全市的市场监管局: the city's own, no place named)
        if not (index.mentions(place) or gazetteer().lookup(place)):
            continue
        if place in index.names.region_aliases:
            return None
        return run[-size:] + joined + best, run[-size:] + best
    return None


def _units_of_place(
    unit_ids: tuple[int, ...], region_ids: tuple[int, ...], index: KnowledgeIndex
) -> tuple[int, ...]:
    """南海区政府 (read 南海区 + 区政府): of the offices of that level, the place's own
    (南海区人民政府) and every place's (各区人民政府), never another district's (三水区人民政府).
    Unchanged when none of them names the place or speaks for each."""
    if len(unit_ids) < 2 or not region_ids:
        return unit_ids
    places = set()
    for region_id in region_ids:
        city, name = split_region(index.region_name(region_id) or "")
        if city is None:
            continue  # (a city's own offices are 市…: no district's name to tell apart)
        name = name.removeprefix(city)
        if len(name) >= 3:
            places |= {name, name[:-1]}
    if not places:
        return unit_ids
    kept = tuple(
        unit_id
        for unit_id in unit_ids
        if any(place in index.unit(unit_id).name for place in places)
        or index.unit(unit_id).name.startswith("各")
    )
    named = any(any(place in index.unit(u).name for place in places) for u in kept)
    return kept if kept and (named or len(kept) < len(unit_ids)) else unit_ids


def _unit_scope(index: KnowledgeIndex, region_ids: tuple[int, ...]) -> set[int]:
    if not region_ids:
        return index.unit_ids()
    units: set[int] = set()
    for region_id in region_ids:
        # A district's units may be listed under its city's plan (南海区政府 in 佛山's).
        for region in index.region_scope(region_id) | index.ancestors(region_id):
            units |= index.units_in_region(region)
    return units


def _abbreviation_matches(word: str, index: KnowledgeIndex, scope: set[int]) -> tuple[int, ...]:
    """Units whose name contains the characters of ``word`` in order (质监局 ⊂ 市质量技监局)."""
    if len(word) < 3:
        return ()
    having_all = scope.intersection(*(index.units_with_char(char) for char in word))
    return tuple(
        sorted(
            unit_id
            for unit_id in having_all
            if _is_subsequence(word, vocabulary.normalise(index.unit(unit_id).name))
        )
    )


def _is_subsequence(short: str, long: str) -> bool:
    characters = iter(long)
    return all(char in characters for char in short)


def _take_year(text: str) -> tuple[int | None, str]:
    match = _YEAR.search(text)
    if not match:
        return None, text
    end = match.end()
    # 2019年底细分行业: 年底 is the year's end and 细分 a word of the topic, never 底细 of the
    # rest cut alone; 2019年底线 keeps its word (jieba reads 年 + 底线 there).
    if (
        text[end - 1 : end] == "年"
        and text[end : end + 1] in ("底", "末")
        and vocabulary.cut(text[end - 1 : end + 6])[0] in ("年底", "年末")
    ):
        end += 1
    # 青石2027—2029年行动计划: the plan's period, its last year no word of the topic (attack60 L1)
    period_end = _PERIOD_END.match(text, end)
    if period_end is not None:
        end = period_end.end()
    return int(match.group(1)), text[: match.start()] + " " + text[end:]


_PERIOD_END = re.compile(r"\s*" + SPAN_CONNECTOR + r"\s*(?:19|20)\d{2}\s*(?:年度|年)?")


def _places(text: str, index: KnowledgeIndex) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Place names in ``text`` that are no region of ours: those some document mentions (a
    district a city's rule covers), and those none does (another city: out of the store)."""
    known: list[str] = []
    unknown: list[str] = []
    tagged = vocabulary.place_names(text)
    # A district typed short that jieba's tagger does not know as a place (柯城, 顺德): the
    # gazetteer does.
    for token in dict.fromkeys(vocabulary.join_singles(vocabulary.cut(text))):
        # (jieba may leave it as single characters, after a preposition: 在柯城 → 在 柯 城.)
        ending = next((token[-n:] for n in (len(token), 3, 2) if _division_named(token[-n:])), "")
        if len(ending) >= 2 and ending not in tagged:
            tagged.append(ending)
        elif token not in tagged and _full_division(token):
            tagged.append(token)  # 柯城区 written in full, which the tagger does not know
    # A district the documents write whole (其中南岭区8家), however jieba cut it (南岭 / 区 in
    # one process, 南岭区 in another): its characters say it, not the words taught.
    for district in districts_written(index, text):
        if district not in tagged and not any(district in place for place in tagged):
            tagged.append(district)
    # A town the tagger does not know (北滘镇, 西樵镇), which no document mentions: a place
    # below the region asked about, whose own figures the store does not hold.
    for match in _TOWN_NAMED.finditer(text):
        town = match.group(0)
        # (岭溪 in a plan's table of towns is that town, named short.)
        if (
            match.group(1)[-1] not in _TOWN_WORD_BEFORE
            and town not in tagged
            and not index.mentions(town)
            and not index.mentions(match.group(1))
        ):
            tagged.append(town)
    # A city no stored plan names (示范市, its upload undone), which jieba cuts 示范 / 市.
    unnamed = unnamed_place_at_start(text, index)
    if unnamed is not None and not any(unnamed in place or place in unnamed for place in tagged):
        unknown.append(unnamed)
    for place in tagged:
        if place in index.names.region_aliases and _another_level(text, place, index):
            place = place + text[text.index(place) + len(place)]  # 邵阳市, not the store's 邵阳县
        if place in index.names.region_aliases or place[0] in _COLLECTIVE:
            continue
        if _straddles_words(text, place, index) or _settlement_word(place):
            continue
        if _LEVEL_WHERE.fullmatch(place):
            continue  # 镇里, 乡里: the asker's own level, said as where it stands
        if _listed_without_mark(text, place, index):
            continue
        division = _division_named(place)
        short = division is not None and not _names_something(text, place, index)
        named = [
            place + suffix
            for suffix in (*_LOCAL_SUFFIXES, *REGION_SUFFIXES)
            if short and index.mentions(place + suffix)
        ]
        if named:
            # 上海 is 上海市, 双河 is 双河镇: a place typed short, named so by the plans.
            known.append(division if division in named else named[0])
        elif short and index.occurrences(place) <= 1:
            # Never named as a place, its characters once at the start of another name (上海自贸区
            # in a page menu): a passing mention, not a place the store covers. Typed as part
            # of a name the plans write (天河集团), it is that name's, below.
            unknown.append(place)
        elif not index.mentions(place):
            unknown.append(place)
        elif place.endswith(_LOCAL_SUFFIXES):
            known.append(place)
        elif place.endswith(_PROVINCE_SUFFIXES) and not _names_something(text, place, index):
            # 浙江省对…奖励多少: the province itself, whose own plans the store does not hold.
            unknown.append(place)
        elif place.endswith(_PROVINCE_SUFFIXES) or index.mentions(place + _PROVINCE_SUFFIXES[0]):
            # A province that is part of a name the plans write (浙江省著名商标, 广东省名牌产品)
            # stays in the topic, and scopes it too: 广东省名牌产品奖励 is not answered by a
            # rule of a plan that never mentions 广东 (another province's 名牌产品).
            known.append(place)
        # Otherwise a river or such that is part of a name stays in the topic only.
    # (南海区政府和南海区政府: a place typed twice is one place.)
    return tuple(dict.fromkeys(known)), tuple(dict.fromkeys(unknown))


def _straddles_words(text: str, place: str, index: KnowledgeIndex) -> bool:
    """Whether ``place``, named short (马山), is the end of one word and the start of the next
    that the documents write (盒马 and 山姆 of 盒马山姆): the tagger cut the words wrong."""
    at = text.find(place)
    if at < 1 or place.endswith((*REGION_SUFFIXES, *TOWN_SUFFIXES, *_PROVINCE_SUFFIXES)):
        return False
    end = at + len(place)
    before, after = text[at - 1 : at + 1], text[end - 1 : end + 1]
    return len(after) == 2 and index.mentions(before) and index.mentions(after)


def _listed_without_mark(text: str, place: str, index: KnowledgeIndex) -> bool:
    """Whether ``place``, named short (新建, a district's name too), is the first of two words
    the plans list with a mark between them (新建、续建项目) that the question runs together
    (新建续建项目): a word of a list, not a place."""
    at = text.find(place)
    if at < 0 or place.endswith((*REGION_SUFFIXES, *TOWN_SUFFIXES, *_PROVINCE_SUFFIXES)):
        return False
    following = text[at + len(place) : at + len(place) + 2]
    return len(following) == 2 and index.mentions(f"{place}、{following}")


# 镇里创文领导小组办公室主任是谁: a level and 里, as 县里 and 市里 are said, is no place's name.
_LEVEL_WHERE = re.compile(r"(?:省|市|州|县|区|镇|乡|村|街道)里")


def _settlement_word(place: str) -> bool:
    """城镇 (in 城镇新增就业), 村镇, 集镇: a kind of settlement jieba tags as a place, a word of the
    dictionary that is one character and a town's suffix, and no division of the gazetteer. Read
    as a place the documents mention, it scoped 厦门城镇新增就业 to every plan saying 城镇."""
    return (
        len(place) == 2
        and place.endswith(TOWN_SUFFIXES)
        and vocabulary.in_dictionary(place)
        and not gazetteer().lookup(place)
    )


def _word_read_as_place(place: str) -> bool:
    """A common word jieba tags as a place (海洋, 城市): in its dictionary, named without the
    suffix of a division or a town, and no division of the gazetteer."""
    return (
        not place.endswith((*REGION_SUFFIXES, *TOWN_SUFFIXES, *_PROVINCE_SUFFIXES))
        and vocabulary.in_dictionary(place)
        and not gazetteer().lookup(place)
    )


def _province_asked(
    unknown: tuple[str, ...], index: KnowledgeIndex
) -> tuple[str | None, str | None, tuple[int, ...]]:
    """A province that is the only place out of the store a question names (浙江省2018年要新增
    多少…), when the store holds regions in it: (as typed, its full name, those regions). With
    another such place beside it (杭州市对获得浙江省…) the question is about that place, which
    no city of the province answers."""
    asked = province_asked(unknown[0], index) if len(unknown) == 1 else None
    return (unknown[0], *asked) if asked else (None, None, ())


def _full_division(token: str) -> bool:
    """Whether ``token`` is the full name of a city or county of the gazetteer (柯城区)."""
    return token.endswith(_LOCAL_SUFFIXES) and any(
        division.name == token for division in gazetteer().lookup(token)
    )


def _division_named(place: str) -> str | None:
    """The full name of the city or county that ``place`` is the short form of (上海 → 上海市,
    龙游 → 龙游县); None for a full name, a province (浙江 of 浙江制造 names a product's
    origin) or a word the gazetteer does not know as a division."""
    if place.endswith(REGION_SUFFIXES) or place.endswith(TOWN_SUFFIXES):
        return None
    for division in gazetteer().lookup(place):
        if division.alias == place and division.name.endswith(_LOCAL_SUFFIXES):
            return division.name
    return None


# Anything that makes a text a question rather than a search: an interrogative or a mark.
_ASKING_MARK = re.compile(r"[?？吗呢么啥谁哪几怎如何是否多少什]|要求|规定|情况")
# A province asked about as such (浙江省对…奖励多少) is a scope the store may not hold.
_PROVINCE_SUFFIXES = ("省", "自治区")
# Places that scope a question to the plans mentioning them: cities, districts, counties, towns.
_LOCAL_SUFFIXES = ("市", "区", "县", "镇", "乡", "街道")
# 最低档, 最高档: one of a rule's tiers asked by its rank (answering picks it by its sum).
_TIER_SELECTED = re.compile(r"(?:最低|最高)档")
# The words of the levels asked together (市区, 两级, 市里, 区级).
_LEVEL_WORD = re.compile(r"[省市县区]{1,3}(?:里|级)?|[两三]级")
# A town named by two characters and its suffix (北滘镇, 祖庙街道); not a word ending in one
# (城镇, 乡镇, 小镇, 各街道).
_TOWN_NAMED = re.compile(r"([\u4e00-\u9fff]{2})(?:镇|街道)")
_TOWN_WORD_BEFORE = frozenset("城乡村小重市集古名强各全本每区县省镇街")
# 各县区, 全市, 本区: every place of a kind, not a place of its own.
_COLLECTIVE = "各全本我该"


def _names_something(text: str, place: str, index: KnowledgeIndex) -> bool:
    """Whether ``place`` begins a longer name the plans write (浙江省著名商标), judged by the
    two characters after it in the question."""
    at = text.find(place)
    following = text[at + len(place) : at + len(place) + 2] if at >= 0 else ""
    return len(following) == 2 and index.mentions(place + following)


# 哪个处发的, 哪两个办公室联合印发的: the issuing office asked by its kind (a 处 or 科 signs a
# bureau's notice), read as 哪个单位 before the speller takes 处发 for 出发.
_WHICH_OFFICE_ISSUED = re.compile(
    r"哪(个|些|两个|几个|家)(?:处|科|室|股|办公室|机关|机构)"
    r"(?=(?:联合|共同|一起)?(?:印发|下发|制发|发)(?:的|了|出|文))"
)
# 哪两个单位联合印发的: the issuers of a joint notice asked, whatever their number.
_ISSUERS_ASKED = re.compile(
    r"哪(?:个|些|两个|几个|家)单位(?:联合|共同|一起)?(?:印发|下发|制发)"
    # 方案是哪几家发的: the issuers counted by 家, the unit word left out.
    r"|哪(?:几|两|三)?家(?:单位|部门|机关)?(?:联合|共同|一起)?(?:印发|下发|制发|发布|发)的"
)
# 清单是区发改局印发的吗: the issuer guessed by name (an office: …局, …委, …政府) and asked
# whether it is right; the answer is who issued it, whatever the guess.
_ISSUER_GUESSED = re.compile(
    r"是[^,,。??是]{1,14}?(?:局|委|办|厅|政府|部门|单位|中心|委员会|办公室)"
    r"(?:联合|共同|一起)?(?:印发|下发|制发|发布|制定|发)的(?:吗|么|嘛|不|没)"
)
# 方案是落实湖南省哪个文件的: the document it was made under, the upper level named between.
# 就业方案是按州里哪个文件来的: 按 alone, as staff say it, asks the same when the level follows
# it at once (qa48 q3603); 按安康市哪个文件的要求 is left to the search (dev q2128).
_BASIS_ASKED = re.compile(
    r"(?:(?:落实|贯彻|依据|根据|按照)[^,,。??]{0,6}?|按(?=(?:省|市|州)(?:里|的)?哪))"
    r"(?:省|市|州|国家|中央|国务院|部)"
    r"(?:里|的)?哪(?:个|份|一个)?(?:文件|文|通知)"
    # 照着杭州哪个文件定的, 遵照上级哪个文件: how people say a document was made after another
    # (参照 is left to the sentences: a plan made 参照《…》 states no 依据).
    r"|(?:照着|遵照|依照)[^,,。??]{0,8}?哪(?:个|份|一个)?(?:文件|文)"
)
# 方案发给了哪几个县, 项目计划下达给哪些地方的部门: whom a document itself was sent to (its
# addressees), the document named right before the verb (not a sum: 资金发给谁 asks a recipient).
# 工作要点下发给了哪些单位, 安排, 清单 name documents too; 细则发给我们了吗 asks whether the
# asker is among them.
# 意见除了各县市区还发给了哪几个管委会: the addressees beyond those the asker names. A
# document named by its number (闽政办〔1998〕12号是发给哪些地方的) is named as well.
_SENT = r"(?:是|被)?(?:印发|下达|下发|转发|发送|发|送)给了?(?:哪|谁|我们(?:了|没有|吗|没))"
_SENT_TO = re.compile(
    # 重点工作任务分解下达给了哪些单位: a breakdown of tasks is handed down as a document.
    r"(文件|通知|计划|方案|意见|办法|规划|细则|决定|通报|批复|要点|安排|清单|纲要|任务分解)"
    # 清单都发给了哪些单位: 都 only says all of them were sent it.
    rf"(?:除了[^,,。??]{{1,12}}?还)?(?:都|也|分别)?{_SENT}"
)
_NUMBER_SENT_TO = re.compile(rf"^{_SENT}")
# 三年行动计划抄送给了哪些单位, 通知抄送了谁, 那个文件的抄送单位: the 抄送 line of the document
# named (a report a plan says is to be 抄送 somewhere is a task: 完成情况要抄送哪些单位).
_COPIED_TO = re.compile(
    r"(?:文件|通知|计划|方案|意见|办法|规划|细则|决定|通报|批复|要点|纲要)(?:都|也|还)?"
    r"(?:抄送(?:给)?了?(?:哪|谁)|的?抄送(?:单位|对象|范围|名单))"
)


def addressees_asked_at(text: str) -> int | None:
    """Where a question asking whom a document was sent to starts asking it (放管服工作方案
    |除了乡镇街道还发给了哪个开发办): what follows names addressees, not the document."""
    sent = _SENT_TO.search(text)
    return None if sent is None else sent.start() + len(sent.group(1))


# 5月印发的…有哪些: 印发 describes the documents asked about (印发的), and nothing asks when.
_PRINTED_DESCRIBES = re.compile(
    r"^(?!.*(?:什么时候|啥时候|何时|哪天|哪一天|几号|哪年|几月|日期|时间)).*印发的.*(?:哪些|哪几|什么|啥)"
)


def _field(text: str, doc_number: str | None) -> str | None:
    """Which of a document's own data is asked for, if the question is about a document."""
    about_document = doc_number is not None or any(word in text for word in _DOCUMENT_WORDS)
    if _PLAN_ENDS.search(text) and not _CLOSES_APPLICATIONS.search(text):
        return Field.PERIOD
    if _WHEN_IT_LAPSES.search(text) and (
        about_document or not _WHEN_WORDS.sub("", _WHEN_IT_LAPSES.sub("", text))
    ):
        return Field.PERIOD  # 本办法什么时候失效: its own end, not the document it stops
    if _COPIED_TO.search(text):
        return Field.COPIED
    if _SENT_TO.search(text):
        return Field.ADDRESSEE
    if doc_number is not None and doc_number in text:
        after = text[text.index(doc_number) + len(doc_number) :]
        if _NUMBER_SENT_TO.match(after):
            return Field.ADDRESSEE
    for field, cues in _FIELD_CUES:
        # 五项制度是哪个单位印发的: 印发 is only ever said of a document, whatever it is called.
        plainly_about_documents = field in (Field.NUMBER, Field.PRINTED, Field.SIGNED) or (
            field == Field.ISSUER and any("印发" in cue and cue in text for cue in cues)
        )
        # 由哪些部门一起实施: who carry it out together, never when it starts (起实施).
        said = _TOGETHER.sub(" ", text) if field == Field.EFFECTIVE else text
        cued = (
            any(cue in said for cue in cues)
            or (field == Field.ISSUER and _ISSUERS_ASKED.search(text) is not None)
            or (field == Field.ISSUER and _ISSUER_GUESSED.search(text) is not None)
            or (field == Field.BASIS and _BASIS_ASKED.search(text) is not None)
        )
        if field == Field.PRINTED and cued and _PRINTED_DESCRIBES.search(text):
            continue  # 今年5月印发的那五项制度都有哪些: which document, not its day
        if cued and (
            about_document or plainly_about_documents or _only_a_documents_act(text, field, cues)
        ):
            return field
    if about_document and (
        _WHEN_ISSUED.search(text)
        or _WHOSE_DAY.search(text)
        or _ISSUED_WITHIN.search(text)
        or _ISSUE_DATE_NAMED.search(text)
    ):
        return Field.SIGNED
    if _HANDED_DOWN.search(text):
        return Field.SIGNED
    if doc_number is not None and not any(cue in text for cue in _NUMBER + _DATE + _WHO):
        return Field.TITLE
    if _WHICH_DOCUMENT.search(text):
        return Field.TITLE
    return None


_TOGETHER = re.compile(r"一起|一同|一道")
# What a document does, asked with nothing else (什么时候施行, 停止执行什么时候): 施行 and 停止执行
# are said of documents, so the question is about one without naming it.
_DOCUMENTS_ACTS = (Field.EFFECTIVE, Field.SUPERSEDES)
_WHEN_WORDS = re.compile(
    r"什么时候|何时|哪天|哪一天|几月几号|几号|日期|时间|从|自|起|开始|正式|是|的|了|吗|呢|[?？!！。,，\s]"
)


def asks_the_field(word: str, field: str | None) -> bool:
    """Whether ``word`` of a question is part of how it asks when a document takes effect or
    what it stops (施行 of 实施日期): it names no document. (Only those fields: 根据 of 根据哪个
    文件 weighs in telling the document asked about, measured on the question set.)"""
    if field not in _DOCUMENTS_ACTS:
        return False
    return any(word in cue for cue in dict(_FIELD_CUES)[field])


def _only_a_documents_act(text: str, field: str, cues: tuple[str, ...]) -> bool:
    """Whether ``text`` asks only when a document's act falls (什么时候施行), no topic beside."""
    if field not in _DOCUMENTS_ACTS:
        return False
    rest = text
    for cue in sorted(cues, key=len, reverse=True):
        rest = rest.replace(cue, "")
    return rest != text and not _WHEN_WORDS.sub("", rest)


def field_asked(text: str, doc_number: str | None = None) -> str | None:
    """Which of a document's own data ``text`` asks for (a clause of a question that is already
    about a document: 文号是多少,什么时候发的)."""
    return _field(text, doc_number)


# 各责任单位…什么时候报: the units a rule speaks to are its subject, not what is asked.
_WHO_QUALIFIES = re.compile(
    r"(?:对象|主体)(?:是|有|包括|为)?(?:哪些|哪个|谁|什么)"
    # 谁算主导单位: who counts as one, which a rule says by a description (前两名, 唯一起草单位).
    r"|谁(?:算|视为|被视为|可以算)"
    # 哪个单位算牵头: which kind of unit counts as one (排名第一的), as 谁算 asks.
    r"|哪个(?:单位|部门)?(?:算|视为|被视为)"
    # 排名第一的责任单位是什么: what such a unit is (牵头单位), not which unit.
    r"|单位(?:是|为|算)什么(?!单位|部门|机构)"
)
# 奖金其余的给谁, 钱发给谁: who receives a sum (纳税相关人员), a description, not a unit.
_RECIPIENT = re.compile(
    r"(?:发|奖|分|补)?给谁(?!牵头|负责|管|办)"
    # 奖金发给我个人吗: whether it is paid to the person, which a rule says of its recipient.
    r"|(?:发|奖|分|补|付|兑付)给(?:我|我们|本人)?(?:个人|本人|单位)(?:吗|不|没|还是)"
)
_SUM_NAMED = re.compile(r"奖金|奖励|资金|钱|补贴|补助|经费")
# 牵头单位要向市政府报告哪些内容: the units a duty is laid on, the subject of the question.
_DUTY_SUBJECT = re.compile(
    r"(?:责任|牵头|配合|汇总)单位(?=要|应|需|须|必须|得|负责(?:什么|哪些|啥))"
)
_SUBJECT_UNITS = re.compile(rf"(?:各|所有|全体)(?:责任|牵头|配合)单位|{_DUTY_SUBJECT.pattern}")


def _asks(text: str, names_unit: bool, field: str | None) -> str:
    if field is not None:
        return Asks.WHAT
    if names_unit and any(cue in text for cue in _DUTIES):
        return Asks.DUTIES
    asked = _SUBJECT_UNITS.sub(" ", text)
    if _WHO_QUALIFIES.search(asked) or (_RECIPIENT.search(asked) and _SUM_NAMED.search(asked)):
        # 奖励对象有哪些单位: who qualifies, which a rule says by a description (注册在本县的
        # 企业、事业单位…), not by a unit's name.
        return Asks.WHAT
    if any(cue in asked for cue in _WHO) or _WHO_PATTERN.search(asked):
        return Asks.WHO
    if TIME_LEFT.search(text):
        return Asks.DATE
    if _DURATION.search(text) or (_ENDS_HOW_LONG.search(text) and _ONCE not in text):
        return Asks.NUMBER
    if any(cue in text for cue in _FREQUENCY) and not any(cue in text for cue in _DATE[:5]):
        return Asks.FREQUENCY
    if any(cue in text for cue in _DATE):
        return Asks.DATE
    if _HOW_RULE.search(text) and "多少" not in text:
        return Asks.WHAT
    if any(cue in text for cue in _SHARE):
        # 奖金领导班子拿多少比例, 法人能分几成: a share of the sum, written as a percentage.
        return Asks.NUMBER
    if _CAP_ASKED.search(text):
        # 有没有封顶,最多拿多少: whether a cap exists, which a rule may state without a sum
        # (不超过当期纳税总额地方留存部分); the 多少 after it asks the same.
        return Asks.YESNO
    if (
        any(cue in text for cue in _MONEY)
        or _TEN_THOUSANDS.search(text)
        or (_MONEY_AFTER_REWARD.search(text) and not _COUNT_OF_PRIZES.search(text))
    ):
        return Asks.MONEY
    if _WHICH_ONES.search(text):
        # 金杯单位是哪几个: which ones, a list (几个 alone asks how many).
        return Asks.LIST
    if any(cue in text for cue in _NUMBER):
        return Asks.NUMBER
    if any(cue in text for cue in _LIST) or _TO_FINISH.search(text) or _GOALS_OF.search(text):
        return Asks.LIST
    if any(cue in text for cue in _YESNO):
        return Asks.YESNO
    return Asks.WHAT


def _topic_kind(text: str, asks: str, typed: str = "") -> str | None:
    """``text`` as read, ``typed`` as typed (the reading makes 钱 a 奖励)."""
    if (
        asks == Asks.MONEY
        and _PURSE_SPENDS.search(typed)
        and not any(cue in _SERVICE_ENJOYED.sub(" ", typed) for cue in _REWARD)
    ):
        # 省级财政打算拿多少钱搞新村建设: what a purse spends on a work (拟安排…资金用于…) is
        # the plan's sum, no reward anyone gets.
        return Topic.TARGET
    if asks == Asks.MONEY or any(cue in _SERVICE_ENJOYED.sub(" ", text) for cue in _REWARD):
        return Topic.REWARD
    if asks == Asks.DATE:
        return Topic.DEADLINE
    if asks == Asks.FREQUENCY or "每年" in text:
        return Topic.RECURRING
    if "目标" in text or "指标" in text or _TO_FINISH.search(text):
        return Topic.TARGET
    return None


# A purse (财政, 预算) as the one paying out for a work: the subject of the money asked.
_PURSE_SPENDS = re.compile(
    r"(?:财政|预算)[^,,。??]{0,4}?(?:拿|安排|投入|拨|出|花)[^,,。??]{0,2}?(?:多少|几)"
    r"[^,,。??]{0,2}?(?:搞|用于|用在|来|投|建|办)"
)


def _asking_removed(match: re.Match[str]) -> str:
    """A phrase of asking cut out; one character of it (指, as in 是指什么) only where it opens
    no word with the character after it (竞争力指数, 指标: the measure asked for)."""
    phrase = match.group(0)
    opened = match.string[match.start() : match.end() + 1]
    if len(phrase) == 1 and vocabulary.in_dictionary(opened):
        return phrase
    return " "


def _topic_words(
    rest: str,
    *,
    provincial_titles: bool = True,
    whole: Iterable[str] = (),
    kept: Iterable[str] = (),
) -> tuple[list[str], list[str], set[str]]:
    """The words of what is left, in order: (topic words, kind words, the topic words that are
    runs of single characters jieba could not group: 高企奖, or the residue of asking 搞项).
    ``whole``: the glossary's meanings, each one word where jieba would lose a piece of it;
    ``kept``: the glossary's terms some document writes itself (read as typed), each one word
    where it stands as a word and jieba knows it not."""
    text = _WHICH_COUNT.sub(_count_asked, _WHEN_ASKED.sub(" ", _PUNCTUATION.sub(" ", rest)))
    # A province's own title (河南省名牌, 浙江省著名商标) is one word: another level's title
    # (中国名牌产品) is another award, whatever the words around it share.
    awards: list[str] = []
    for match in reversed(list(_PROVINCIAL_AWARD.finditer(text) if provincial_titles else ())):
        province = _province_ending(text[: match.end(1)])
        if province:
            awards.insert(0, province + match.group(2))
            text = text[: match.end(1) - len(province)] + " " + text[match.start(2) :]
    # So is a title named with its level (中国名牌, 省名牌): 省名牌产品 is no 中国名牌产品.
    awards += [match.group(0) for match in _LEVEL_TITLE.finditer(text)]
    # 规模以上 (what 规上 means): a glossary meaning jieba cuts into a word and one the parser
    # drops as asking (规模 / 以上) is one word, never its loose piece (规模 alone: 生产规模不大).
    # Only a meaning the question says is cut (jieba per meaning per question cost ~5 ms).
    for meaning in sorted((m for m in set(whole) if m in text), key=len, reverse=True):
        if meaning not in text:  # a longer meaning taken before held this one
            continue
        cut = vocabulary.cut(meaning)
        # (a particle of one character dropped, as 有 of 有异议, leaves the meaning's word whole)
        dropped = [token for token in cut if token in ASKING_WORDS and len(token) > 1]
        if len(cut) > 1 and dropped:
            awards.append(meaning)
            text = text.replace(meaning, " ")
    # 规上 where a document writes 规上 itself (so it stays as typed): jieba's 规 / 上 were both
    # dropped (a piece of one character, a word of asking) and the search was for 企业 alone.
    for term in sorted((t for t in set(kept) if t in text), key=len, reverse=True):
        edges = vocabulary.word_edges(text)
        at = text.find(term)
        if at in edges and at + len(term) in edges:
            awards.append(term)
            text = text[:at] + " " + text[at + len(term) :]
    numbers = _NUMBER_WITH_MEASURE.findall(text)
    text = _NUMBER_WITH_MEASURE.sub(" ", text)
    # A类, B类: a class a table sorts its rows into (注:A类指责任目标), one word.
    numbers += [match.upper() for match in _LETTER_CLASS.findall(text)]
    text = _LETTER_CLASS.sub(" ", text)
    # 质量奖金奖: an award's grade (金奖, 银奖, 铜奖) after its name, not the word 奖金.
    text = _GRADE_AFTER_AWARD.sub(r" \1", text)
    for body in _KINDS_OF_BODY:
        # 我是事业单位在编的: a kind of body a rule names (国家机关、事业单位), one word, not the
        # kind phrase 单位 with 事业 left over.
        if body in text:
            awards.append(body)
            text = text.replace(body, " ")
    hints: list[str] = []
    for phrase in KIND_PHRASES:
        if phrase in text:
            hints.append(phrase)
            # 各部门, 各单位: the 各 (each) goes with its noun, or it is left a word alone.
            text = text.replace(f"各{phrase}", " ").replace(phrase, " ")
    text = _ONE_UNIT.sub(" ", text)
    # 进展情况表里, 通知里: 里 (in it) after a kind of document or table, which jieba would
    # join to the word before (表里, as in 表里如一).
    text = _INSIDE_A_PAPER.sub(" ", text)
    for phrase in ASKING_PHRASES:
        # 不包括, 未包括: an exclusion the documents write, not the asking 包括哪些.
        text = re.sub(rf"(?<![不未非]){re.escape(phrase)}", _asking_removed, text)
    # Where asking was cut out (最多评几个人, 钱到账) a gap stays: the characters either side
    # were never written together, and are no name jieba lacks (最评人, 钱账).
    # 实施阶段, 推进阶段: a verb before a word for a stage is the stage's name, kept though it
    # is a word of asking elsewhere (实施 alone asks nothing; 实施阶段 names one phase).
    stages = {word for word in ASKING_WORDS if any(word + s in rest for s in _PHASE_AFTER)}
    tokens = _with_negation(
        [
            token.strip() if token.strip() not in ASKING_WORDS - stages else ""
            for token in vocabulary.cut(text)
        ]
    )
    tokens = _with_noun_head([_organ_of_place(token) for token in tokens])
    joined = [word for word in vocabulary.join_singles(tokens) if word]
    tokens = [token for token in tokens if token]
    runs = {word for word in joined if word not in tokens}
    topic = [word for word in joined if len(word) > 1 or word.isdigit()]
    # A title read whole leaves no piece of it a word of its own (中国名牌: not 中国 again).
    topic = [word for word in topic if not any(word in award for award in awards)]
    words = list(dict.fromkeys(awards + topic + numbers))
    if all(word.isascii() and not word.isalpha() for word in words):
        # 1+1等于几: bare digits and signs name nothing a plan is about.
        words = []
    return words, hints, runs


# 重庆市委, 江西省政府: an organ named with its place, which the documents write alone (市委、
# 市政府《…》) — the place is the question's scope, the organ its word.
_ORGAN = re.compile(r"^(?P<place>.{2,8}?)(?P<organ>(?:省|市|县|区)(?:委|政府|人民政府|委办公室))$")


def _organ_of_place(word: str) -> str:
    match = _ORGAN.match(word)
    if match is None:
        return word
    place = match.group("place")
    level = match.group("organ")[0]
    if gazetteer().knows(place) or gazetteer().knows(place + level):
        return match.group("organ")
    return word


_INSIDE_A_PAPER = re.compile(r"(?<=[表单件知法见案告划则])里(?![程])")
_GRADE_AFTER_AWARD = re.compile(r"(?<=奖)([金银铜]奖)")
# Titles a province awards, named with the province (河南省名牌产品, 辽宁省著名商标).
PROVINCIAL_TITLES = "名牌|著名商标|知名商标|政府质量奖|质量奖|优质产品"
# A title named with its level, the level written first (中国名牌, 省著名商标, 市知名商标).
_LEVEL_TITLE = re.compile(rf"(?:中国|国家级?|省级?|市级?|县级?)(?:驰名商标|{PROVINCIAL_TITLES})")
# A word of the topic that is a province's own title: (province, title).
PROVINCIAL_TITLE_WORD = re.compile(rf"^(.{{2,8}}?(?:省|自治区))({PROVINCIAL_TITLES})$")
_PROVINCIAL_AWARD = re.compile(rf"(省|自治区)({PROVINCIAL_TITLES})")


def _province_ending(text: str) -> str | None:
    """The province whose full name ends ``text`` (…获得河南省 → 河南省), by the gazetteer."""
    for length in range(2, 9):
        name = text[-length:]
        if len(name) == length and any(
            place.name == name and place.province == name for place in gazetteer().lookup(name)
        ):
            return name
    return None


def _with_noun_head(tokens: list[str]) -> list[str]:
    """``tokens`` with a one-character noun head kept on the word before it (培育 库 → 培育库)."""
    merged: list[str] = []
    for token in tokens:
        if token in NOUN_HEADS and merged and len(merged[-1]) > 1 and _is_cjk(merged[-1]):
            merged[-1] += token
            continue
        merged.append(token)
    return merged


# A prefix that turns a word into its opposite: 非工业类 is not 工业类, 不含 is not 含.
_NEGATIONS = frozenset({"非", "不", "未"})
_NOT_YET_WRITTEN = "未"  # how the reading writes 没 (_NOT_YET)


def _written_noun_heads(
    words: list[str], index: KnowledgeIndex
) -> tuple[list[str], tuple[tuple[str, str], ...]]:
    """A word kept whole with its noun head (培育库, ``_with_noun_head``) that no document
    writes, read as the documents write the same thing with a word or two between (培育企业库):
    a form whose middle is another word asked first (品牌企业培育库 asks 企业), else the most
    written. Where nothing of the kind is written, the word stays and nothing answers it as
    sure. Returns the words and each (asked, written) pair."""
    read: list[str] = []
    respelled: list[tuple[str, str]] = []
    for word in words:
        written = None
        if (
            len(word) >= 3
            and word[-1] in NOUN_HEADS
            and _is_cjk(word)
            and not index.uses_word(word)
            and not index.mentions(word)
        ):
            stem, head = word[:-1], word[-1]
            middle = rf"[\u4e00-\u9fff]{{1,{BETWEEN_HEAD}}}?"
            forms = index.spellings(re.compile(re.escape(stem) + middle + re.escape(head)))
            ranked = sorted(
                forms.items(),
                key=lambda item: (item[0][len(stem) : -1] not in words, -item[1], item[0]),
            )
            written = ranked[0][0] if ranked else None
        if written is None:
            read.append(word)
            continue
        read.append(written)
        respelled.append((word, written))
    return list(dict.fromkeys(read)), tuple(respelled)


# A place's title asked with its level alone (市质量奖), which the documents write with the
# level's government or grade between (市政府质量奖, 县级质量奖, 市长质量奖).
_LEVELLED_TITLE = re.compile(rf"([省市县区])({PROVINCIAL_TITLES})")
_LEVEL_OWNER = r"(?:级|政府|级政府|人民政府|长)"


def _written_levelled_titles(
    words: list[str], index: KnowledgeIndex
) -> tuple[list[str], tuple[tuple[str, str], ...]]:
    """A levelled title no document writes (市质量奖) read as the documents most often write
    it with the level's owner between (市政府质量奖); the words and each (asked, written)."""
    read: list[str] = []
    respelled: list[tuple[str, str]] = []
    for word in words:
        match = _LEVELLED_TITLE.fullmatch(word)
        forms = (
            index.spellings(
                re.compile(re.escape(match.group(1)) + _LEVEL_OWNER + re.escape(match.group(2)))
            )
            if match and not index.uses_word(word) and not index.mentions(word)
            else None
        )
        if not forms:
            read.append(word)
            continue
        written = min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
        read.append(written)
        respelled.append((word, written))
    return list(dict.fromkeys(read)), tuple(respelled)


def unrespelled(parsed: ParsedQuestion) -> ParsedQuestion:
    """``parsed`` with each respelled word back as asked (培育企业库 → 培育库)."""
    if not parsed.respelled:
        return parsed
    typed = {written: asked for asked, written in parsed.respelled}

    def back(words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(typed.get(word, word) for word in words)

    words = back(parsed.words)
    return replace(
        parsed,
        topic=" ".join(words),
        words=words,
        parts=tuple(back(part) for part in parsed.parts),
        respelled=(),
    )


def _with_negation(tokens: list[str]) -> list[str]:
    """``tokens`` with a negating prefix kept on the word it negates (非 工业 → 非工业)."""
    merged: list[str] = []
    for token in tokens:
        if merged and merged[-1] in _NEGATIONS and _is_cjk(token) and len(token) > 1:
            merged[-1] += token
            continue
        merged.append(token)
    return merged


def _unwritten_negations(words: list[str], index: KnowledgeIndex) -> list[str]:
    """没 before a noun (还没车间的乡镇, read 未车间) says "without" one, which no document
    writes so: the noun alone is the word (…要创建一个以上帮扶车间). 未 before a verb (未注明,
    未完成) and the prefixes 非 and 不 (非工业) stay on their word."""
    kept: list[str] = []
    for word in words:
        bare = word[1:]
        if (
            len(bare) > 1
            and word[0] == _NOT_YET_WRITTEN
            and not vocabulary.is_weak_word(bare)
            and index.uses_word(bare)
            and not index.documents_mentioning(word)
        ):
            word = bare
        if word not in kept:
            kept.append(word)
    return kept


def _resolve_runs(
    words: list[str], runs: set[str], index: KnowledgeIndex
) -> tuple[list[str], list[str]]:
    """Runs of single characters read against the documents: a run they use stays; one they do
    not is replaced by the longest pieces they use (高企奖 → 高企); one with no such piece is
    the residue of asking or a slip (搞项, 最按) and only weighs as a weak word.
    Returns (topic words, the unknown runs)."""
    resolved: list[str] = []
    unknown: list[str] = []
    for word in words:
        if word not in runs or index.uses_word(word):
            resolved.append(word)
            continue
        pieces = _known_pieces(word, index)
        if pieces:
            resolved.extend(pieces)
        elif vocabulary.only_particles(word):
            continue  # 先按 of 先按啥标准: an adverb and a preposition, the asking cut out
        else:
            resolved.append(word)
            unknown.append(word)
    return list(dict.fromkeys(resolved)), unknown


def _split_unused_compounds(words: list[str], index: KnowledgeIndex) -> list[str]:
    """A word of four characters the documents never use, a verb then a noun they do use
    (遇到困难 where a plan writes 存在的困难): the verb is how the asker puts it, the noun the
    topic; the word stands as its two pieces (the verb then weighs as a weak word). A word the
    documents use, or one whose first half is no verb, stays whole."""
    split: list[str] = []
    for word in words:
        verb, noun = word[:2], word[2:]
        if (
            len(word) == 4
            and _is_cjk(word)
            and not index.uses_word(word)
            and vocabulary.is_weak_word(verb)
            and not vocabulary.is_weak_word(noun)
            and index.uses_word(noun)
            and vocabulary.in_dictionary(noun)
        ):
            split.extend((verb, noun))
        else:
            split.append(word)
    return list(dict.fromkeys(split))


def _known_pieces(word: str, index: KnowledgeIndex) -> list[str]:
    """The longest pieces of two or more characters of ``word`` the documents use, in order."""
    pieces: list[str] = []
    start = 0
    while start < len(word):
        for end in range(len(word), start + 1, -1):
            if index.uses_word(word[start:end]):
                pieces.append(word[start:end])
                start = end
                break
        else:
            start += 1
    return pieces


def _is_cjk(text: str) -> bool:
    return all("\u4e00" <= char <= "\u9fff" for char in text)


def question_vocabulary() -> list[str]:
    """The words of asking, so the speller takes a question's own words as written."""
    cues = [cue for _, cues in _FIELD_CUES for cue in cues]
    cues += [
        "多少万",
        "几万",
        *_MONEY,
        *_REWARD,
        *_DATE,
        *_WHO,
        *_DUTIES,
        *_FREQUENCY,
        *_NUMBER,
        *_LIST,
        *_YESNO,
        *SUM_WORDS,
        *_NAME_WORDS,
    ]
    cues += ["成文日期", "印发日期", "实施日期", "落款日期", "奖多少", "奖励", "文号"]
    # Words people ask with that the documents seldom write (上限 is never 上线 mistyped).
    cues += [*_ANSWER_KIND_WORDS, "这次", "此次", "本次", "这回", *TIME_WORDS]
    cues += ["除了", "除此之外"]  # (除了 is never 数了: 此次数 is no slip of 这次除)
    # 每年都要干啥: 都 belongs to the asking, never a slip of 年度 (a store word).
    cues += ["每年都", "每月都", "每季度都", "每周都", "年年都"]
    cues += DOCUMENT_KINDS  # 复函 is never 府函 mistyped, though the store writes only 函复
    # A level of government or title (国家级名牌产品) is asked whether or not a document
    # writes that level: 国家级 is never 国家几 mistyped, which would drop the level asked.
    cues += [w for w in confidence.LEVELS if len(w) >= 2]
    return [cue for cue in dict.fromkeys(cues) if len(cue) >= 2]


def parse_year(text: str) -> int | None:
    """``2018`` or ``2018年`` on its own is a year; anything else is a keyword."""
    typed = expand_typed_years(vocabulary.normalise(text))
    match = re.fullmatch(r"\s*((?:19|20)\d{2})\s*年?\s*", typed)
    return int(match.group(1)) if match else None
