"""Conditions that change what a document's rewards mean.

Three kinds recur in reward rules and notices, and each changes the sum a firm can expect:
``no_stacking`` (就高不重复, "执行单项最高标准", "不再重复奖励"), ``overall_cap`` (a ceiling per firm
on top of the listed sums, a share of the firm's local tax) and ``scope`` (which places, firms or
titles the rules apply to).  ``other`` keeps funding splits and repeat-award clauses.  They are only
read from documents that grant or promise rewards.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from policybot.knowledge.extract.eligibility import states_eligibility
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import ConditionKind, ConditionRecord, Span
from policybot.knowledge.extract.structure import Paragraph

# Who one ceiling is over: a firm, a project, a unit, or (ext59, conditions: nothing predicted) a
# recipient named more closely ("每个经营主体", "单个新型农业经营主体", "每户农户", "每个合作社"):
# a short modifier may stand before the noun.
ONE_RECIPIENT = (
    r"[\u4e00-\u9fff]{0,6}?(?:企业|单位|项目|主体|机构|合作社|家庭农场|农户|基地|园区|个人)"
)
# Who pays a share of the money: a level's finances ("省级财政", "县区财政") or a named place's
# ("某某县财政").
_PAYER = r"(?:[\u4e00-\u9fff]{0,4}?(?:市|省|县|区)|县区|区县)级?财政"
_KINDS: tuple[tuple[ConditionKind, re.Pattern[str]], ...] = (
    (
        "no_stacking",
        re.compile(
            r"就高(?:不重复|原则|享受)|不(?:再)?重复(?:奖励|给奖|享受|补助|支持|计奖|申报)|"
            r"单项最高(?:标准|奖励)|只按最高[^,;。]{0,6}(?:奖励|计)|不(?:得|予)?叠加|从高不重复|"
            r"择(?:高|优)享受|"
            # "就高执行", "按照从高原则执行", "只能享受其中一项", "不累加", "按差额给予奖励";
            # "同一企业仅可享受一次" (round 30)
            r"就高(?:执行|给予|奖励|兑现|补助|扶持|计算)|从高(?:原则|执行)|"
            r"(?:只|仅)(?:能|可)?享受(?:其中)?(?:一项|一次|最高)|不(?:予)?(?:累加|兼得)|"
            r"不(?:能|得|可)?同时享受|(?:按|给予|补足|补齐)差额|差额(?:奖励|补足|补齐|部分)|"
            # "按最高奖励标准执行,不累计奖励"; "已享受其他同类奖励政策的,不再享受本办法奖励"
            r"不(?:予)?累计(?:奖励|享受|计算|计奖)|"
            r"已(?:经)?(?:享受|获得|获)[^。;]{0,24}(?:不再|不得|不予)(?:享受|奖励|重复)|"
            # the same in other words: "不重复计算/安排/扶持", "不再另行奖励", "按较高标准执行",
            # "取最高一项", "不可兼得", "择一享受", "就高不就低"
            r"不(?:得|予|再)?重复(?:计算|安排|扶持|兑现|获得|资助|奖补|补贴)|"
            r"不(?:再)?另行(?:奖励|补助|奖补|给予|扶持|补贴)|按较高(?:标准|额度|档次|的)|"
            r"取(?:其)?最高(?:一项|标准|额度|档次)|按最高(?:额度?|标准|档次)(?:给予|执行|奖励|享受)|"
            r"不(?:可|能|得)兼得|择一(?:享受|执行|申报|奖励)|就高不就低|"
            # "获得多个称号的,按最高级别奖励一次", "再次获得同一称号的,不再给予奖励"
            r"按最高(?:级别|等级|层级|一级)(?:奖励|给予|计奖)|(?:只|仅)(?:奖励|给予奖励|享受)一次|"
            r"(?:再次|重复|多次)(?:获得|认定|通过)[^。;]{0,16}不再(?:给予)?(?:奖励|补助|奖补)|"
            # "不得重复申报", "不能多头享受", "按其中最高一项执行", "只能选择其一", "不重复计奖"
            # "不进行重复奖励", "重新认定为同级商标的,不再进行奖励" (B28-5)
            r"不(?:再)?进行重复(?:奖励|奖补|补助|认定)|"
            r"(?:再次|重复|多次|重新)(?:获得|认定|通过)[^。;]{0,24}不再(?:进行|给予)?(?:奖励|补助|奖补)|"
            r"不(?:得|予|再|能|可)?(?:重复|多头)(?:奖励|给奖|享受|补助|支持|计奖|申报|申请|计算|"
            r"安排|扶持|兑现|获得|资助|奖补|补贴)|按(?:其中)?(?:最高|较高)的?一项|"
            r"(?:只|仅)(?:能|可)?(?:选择|择)(?:其)?一(?:项|种|个)?(?:享受|申报|执行)?|"
            r"(?:同一|一个)(?:项目|企业|单位|产品|事项)[^。;]{0,30}(?:按|就|从)(?:最高|就高|从高|高)|"
            # "按照从优不重复的原则执行", "从优享受"
            r"从优(?:不重复|原则|执行|享受|给予)|"
            # "按照“从优、就高、不重复”的原则执行": the same words listed with marks between
            r"(?:从优|从高|就高)[、,“”\s]{1,3}(?:(?:从优|从高|就高)[、,“”\s]{1,3})?不重复|"
            # "只领取市、县两项奖金中的最高奖,不重复领取奖金" (B39-3): one claims the highest only
            r"不(?:得|予|再|能|可)?重复领取|(?:只|仅)(?:能|可)?领取[^。;,]{0,16}?(?:最高|较高)|"
            # "同一企业仅可享受一次", the count cut off or said later ("…仅可享受本条奖励一项"):
            # one firm, one reward (round 33)
            r"(?:同一|每家|每个)(?:企业|单位|项目|主体)[^。;,]{0,6}(?:只|仅)(?:能|可)?享受"
        ),
    ),
    (
        "overall_cap",
        re.compile(
            # "设立产业转型发展专项资金,实行预算管理和总量控制": the fund paying the rewards is
            # capped in total (B43-4)
            r"(?:专项资金|资金|经费)[^。;]{0,16}?(?:实行|实施)[^。;,]{0,8}?总量控制|"
            # "单户企业贴息总额共计不超过100万元" (B37-2)
            rf"(?:每个|每家|每户|同一|单个|单一|每一|单户|单家){ONE_RECIPIENT}[^。;,]{{0,12}}"
            # "每户农户补助不超过5000元" (attack59 M8): the reward word alone, as 最高 is
            r"(?:最高|累计|总额|合计|年度|(?:奖励|补助|奖补|扶持|资助|补贴)(?=不超过|不高于|不得超过))"
            r"[^。;,]{0,10}"
            r"(?:不超过|不高于|不得超过|以内|为限|封顶)|累计(?:奖励|补助|奖补|扶持)[^。;,]{0,10}不超过|"
            r"(?:奖励|补助|奖补|扶持|贴息)(?:资金)?总额[^。;,]{0,20}(?:不超过|不高于)|"
            # "年度奖励资金总额控制在1000万元以内": the year's total held within a sum
            r"(?:奖励|补助|奖补|扶持|贴息)(?:资金)?总额(?:原则上)?控制在[^。;,]{1,16}?(?:以内|之内|范围内)|"
            r"不(?:得)?(?:超过|高于)[^。;,]{0,24}(?:地方(?:财政)?(?:贡献|留成)|(?:地方|区|县|市)级?税收|"
            r"(?:地方|区|县|市|省)级?(?:财政)?(?:留成|贡献)|(?:实缴|缴纳|上缴|入库)[^。;,]{0,4}税)|"
            # "以企业上年度对区级财政的贡献为限": the firm's own contribution is the ceiling
            r"以[^。;,]{0,20}(?:财政贡献|的贡献|税收|地方留成|纳税额)[^。;,]{0,6}为限|"
            # "最高奖励金额不超过500万元" as a sentence of its own (a headline): no achievement,
            # so a ceiling over the rules (round 33; `_CAP_SENTENCE` keeps it without a sum before)
            r"^\s*最高(?:奖励|奖补|补助|扶持|资助)(?:金额|资金|总额|额度)(?:不超过|不高于|可达|达)|"
            # "上述各项奖励最高不超过300万元", "以上奖励同一企业每年最高不超过300万元": a ceiling
            # over every rule above, said after them
            r"(?:上述|以上|前述)(?:各项|各类|所有)?(?:奖励|奖补|补助|扶持|资助)[^。;,]{0,16}?"
            r"(?:最高)?(?:不超过|不高于|不得超过)(?=\s*(?:人民币)?\d)"
        ),
    ),
    (
        "scope",
        re.compile(
            # "本办法适用于某奖的申报、评定、推广和监督管理等各项活动": the steps of the work the
            # rules govern, not whom they reach (B48-6)
            r"适用于(?![^。;]{0,50}?(?:等|和|及)(?:各项|有关|相关)?活动)|"
            r"适用范围|参照(?:本(?:办法|政策|意见|细则))?执行|奖励范围|奖励对象|不适用|"
            # B60-4: "对各乡镇招商的项目,由各乡镇参照以上奖励支持政策执行": a further case the
            # rules reach, paid by another level
            r"参照(?:以上|上述|前述)[^。;,]{0,8}?政策执行|"
            # "以上奖励政策,适用对象为我县辖区内企业"; "享受上述奖励的企业,必须是规模以上工业企业":
            # whom the rules reach, said of the recipients after the rules
            r"适用对象|享受[^。;,]{0,10}(?:奖励|政策|扶持|补助)的(?:企业|单位|项目|主体)[,\s]{0,2}"
            r"(?:必须|须|应当?)(?:是|为|在|具备)|"
            # "本政策支持的企业和单位,工商、税务、统计关系均需在某高新区": where a supported firm's
            # registration, tax and statistics must be (B43-4)
            r"(?:工商|税务|统计|财税)[^。;,]{0,8}关系[^。;,]{0,4}(?:均|都|必须)?(?:需|须|应)(?:在|落户|归属)|"
            # "对…入驻标准化厂房,后期自建自用厂房的同等执行": a further case the rule reaches
            r"(?<=[的,])同等(?:执行|享受)|"
            # "投资达到3000万元方能申报奖励": an entry threshold says which projects the rules reach
            r"(?:方能|方可|才能|才可)(?:申报|申请)(?:奖励|补助|资助|奖补)|"
            # "一、奖励补助对象", "第二章 申报对象": who the rules reach (the text under the heading)
            r"(?:奖励|奖补|补助|扶持|资助)(?:补助|奖补|扶持|资助)对象|申报对象|"
            # "…的规模以上企业[不含市属国有企业]", "(不包括…单位)": recipients left out in brackets
            r"(?<=\[)(?:不含|不包括|除)[^\[\]]{2,60}?(?:企业|单位|机构|公司|集团|个人)(?=\])|"
            r"(?<=\()(?:不含|不包括|除)[^()]{2,60}?(?:企业|单位|机构|公司|集团|个人)(?=\))|"
            # "本科生每人1500元/月(限本市院校应届生)": whom a sum is limited to, in brackets right
            # after it (B47-14; B46-11 read the same bracket by its recipient words)
            r"(?<=元\(|月\()限(?:于)?(?!额|时|期|价)(?![^()]*\d)[^()]{2,40}?(?=\))|"
            # "…受到重大行政处罚的企业,均不得享受本办法的扶持政策": who is left out
            r"(?:均)?不(?:得|能|再|予)享受本(?:办法|政策|意见|细则)|"
            r"(?:均|可|方可)?适用本(?:办法|规定|细则|政策|意见|条例)|"
            # "醴陵市、攸县不执行本意见", "本意见在全市范围内适用(…除外)": where the rules reach
            r"不(?:执行|实行|实施)本(?:办法|规定|细则|政策|意见|条例)|范围内(?:适用|执行|实施)|"
            # "市长质量奖授予为我市…做出突出贡献的单位" (who may receive it); "授予获奖企业“…”
            # 荣誉称号" grants a title and says nothing about who is eligible, nor does "授予某有限公司等
            # 5家单位首届…质量奖" (a notice naming the firms it grants to).
            r"授予(?![^。;]{0,60}称号)(?![^。;,]{0,40}(?:有限(?:责任)?公司|股份|集团|等\s*\d+\s*(?:家|个|名)))"
            r"[^。;]{0,30}(?:单位|企业|个人|组织)|"
            # "主要授予在甲市区域内从事农业生产、产品制造…等活动的企业(组织)": where the recipients
            # work, said at more length (B40-9)
            r"授予(?:在|于)[^。;,]{1,12}?(?:区域|范围|辖区|境内|行政区域)内[^。;]{0,50}?的(?:单位|企业|个人|组织)|"
            # "专项资金主要用于奖补…的企业": the fund's purpose says whom the rules reach
            r"(?:(?:资金|经费)[^。;,]{0,4}|^)(?:主要|专门|全部)?用于(?:奖补|奖励|扶持|补助|补贴)|"
            # "有下列情形之一的,不予奖励", "发生重大安全事故的企业,取消奖励资格": who is left out
            r"不予(?:奖励|支持|补助|扶持|奖补)|取消[^。;,]{0,6}?(?:奖励|申报|评选|参评|享受|获奖)资格|"
            # "本办法所称企业,是指在本县依法登记注册…的企业": whom the rules mean
            # (not an award's own definition, "本办法所称某市市长质量奖是…", "…所称中国名牌产品是指…":
            # what the prize is, unless it goes on to whom it is granted (授予…); round 33)
            # "本实施办法所称的企业和组织,是指在我市境内注册的…" (B58-4): a 实施办法, 的 after 所称
            r"本(?:实施)?(?:办法|政策|细则|意见|规定)所称的?"
            # nor what an event the rules name is ("…所称国内外重大体育赛事指奥运会…", B36-6)
            r"(?![^,;。]{0,20}?(?:奖|名牌产品|称号|赛事|赛会|比赛|运动会|活动)(?:\(|是|,|指)"
            r"(?![^。;]*授予))|"
            # "获得名次的甲市籍(注册地为甲市)运动员": the recipients' registration (B36-6)
            r"[\u4e00-\u9fff]{2,6}籍\s*(?:[((][^()()]{0,20}[))])?\s*(?:的)?"
            r"(?:运动员|教练员|人员|人才|学生|选手|个人)|"
            # "凡在本市注册登记、具有独立法人资格的企业均可申报": who may apply
            r"(?:注册|登记)[^。;]{0,40}(?:均可|方可|可以)(?:申报|申请|享受)|"
            # "在申请本办法奖励之前,须在本区实际办公不少于六个月": what an applicant must meet
            r"(?:申请|申报|享受)本(?:办法|政策|细则|意见)[^。;]{0,12}?(?:之前|前)?,?\s*(?:须|必须|应当)|"
            # "(仅限城区企业)", "奖励仅限于在本县纳税的企业": who alone is reached
            r"(?:仅|只)限(?:于)?[^。;,]{2,30}?(?:区|县|市|镇|乡|街道|范围|辖区|境内|企业|单位|项目|主体)|"
            # "(一)在某区依法注册,并办理税务登记的…企业", "(四)具备当年申报工作通知中要求条件的企业":
            # the numbered conditions an applicant must meet (B34-5)
            r"^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}[.、.])?\s*"
            r"(?:在[^。;,]{1,20}?依法(?:登记)?注册|具备[^。;]{0,30}?(?:要求|规定)的?条件的(?:企业|单位))|"
            # "申报企业须为本市行政区域内注册的独立法人", "享受本政策的企业须在本县注册": where
            # an applicant must be
            r"(?:须|必须|应|应当)(?:为|在|是)[^。;]{0,30}?(?:注册|登记|纳税|辖区|行政区域)|"
            # "有下列情形之一的企业不得申报": who is left out
            r"(?:情形之一的|的企业|的单位|的项目)[^。;,]{0,6}不得(?:申报|申请|参评|参加评选)|"
            # "凡2031年以后由社会力量引进的工业项目,…给予奖励": 凡 opens whom a reward reaches
            r"(?:^|(?<=[。;:]))\s*凡[^。;,]{2,40}?的[\u4e00-\u9fff]{0,6}?(?:项目|企业|单位|个人)"
            r"(?=[^。;]{0,60}?(?:奖励|补助|奖补|扶持|资助))|"
            # "项目指由市域外法人…在我市投资,在我市工商注册…": a definition of what the rules
            # reach, opening its sentence; "…等不在认定范围": what they leave out (round 33)
            r"^\s*(?:本(?:办法|政策|细则|意见|规定)(?:中)?所称)?(?:的)?[\u4e00-\u9fff]{0,6}?"
            r"(?:项目|企业|单位|对象|主体|人才|机构)(?:是)?指(?!导|标|南|定|派|挥|出|明)|"
            r"不(?:在|属于?|列入)(?:本(?:办法|政策)的?)?(?:认定|奖励|支持|扶持|补助|奖补|适用|申报)范围|"
            # "引荐人不包括招商引资项目的投资人和合作人": who the rules' recipients leave out;
            # "投资项目(房地产项目除外)应符合某区重点产业发展方向": which projects they reach;
            # "引荐项目为在我区投产或运营的新设法人项目": where a project must run (B46-4)
            r"(?:引荐人|介绍人|中介人|申报人|奖励对象|申报对象|申报主体|奖励主体)不(?:包括|含)"
            r"[^。;,]{2,40}|"
            r"(?:应|须|必须|需)(?:当)?符合[^。;,]{0,20}?(?:产业|发展)(?:发展)?(?:方向|定位|导向|政策|规划)|"
            r"项目(?:须|必须|应|需)?为(?:在)?(?:我|本)(?:区|县|市)[^。;,]{0,20}?(?:投产|运营|落户|注册)"
            r"[^。;,]{0,12}?项目"
        ),
    ),
    (
        "other",
        re.compile(
            r"按[^。;,]{0,10}比例(?:承担|分担)|可以?再次(?:进行)?(?:奖励|申报)|合计奖励|"
            # B60-4: "各项奖励政策如与国家相关政策规定相抵触,…按国家和上级文件规定执行": which
            # rules prevail when they differ
            r"(?:相抵触|相冲突|不一致)[^。;]{0,30}?按(?:照)?(?:国家|上级|省)[^。;]{0,12}?(?:规定|文件|政策)执行|"
            # "其中市财政资金2676.8万元,区财政资金3643.2万元": what each government pays of it;
            # "先期兑付80%,待…再次兑付剩余资金": a first share paid before the rest
            # "其中市财政承担60万元,城东区财政承担40万元": a payer may be a named place
            r"其中\s*(?:[\u4e00-\u9fff]{0,4}?(?:市|省|县|区)|县区|区县)级?财政(?:资金|安排|承担|负担|出资)?"
            r"\s*\d+(?:\.\d+)?\s*(?:万|亿)?元"
            r"\s*[,、]\s*(?:[\u4e00-\u9fff]{0,4}?(?:市|省|县|区)|县区|区县)级?财政|"
            r"先期(?:兑付|拨付|兑现|下达|发放)\d+(?:\.\d+)?%|"
            # "其中:研发投入占比小于3%的,按照50%兑现": a share of the sum paid in a named case
            # (B57-8)
            r"的\s*,\s*(?:按照?|按)\s*\d+(?:\.\d+)?%(?:的?比例)?(?:兑现|兑付|拨付|发放|给予奖励|奖励)|"
            # "市财政安排80万元,县区财政安排120万元": each government's share, without "其中"
            r"(?:(?<![\u4e00-\u9fff])|(?<=[,;:]))(?:市|省|县|区|县区|区县)级?财政(?:安排|承担|负担|出资)\s*\d+(?:\.\d+)?"
            r"\s*(?:万|亿)?元\s*[,、]\s*(?:市|省|县|区|县区|区县)级?财政(?:安排|承担|负担|出资)|"
            # "奖补资金市财政承担60万元,某某县财政承担40万元", "省级财政补助60%,县级财政配套
            # 40%": each government's share by sum or by part, a payer named by its place (ext59)
            rf"{_PAYER}(?:承担|负担|出资|补助|配套|安排)\s*\d+(?:\.\d+)?\s*(?:(?:万|亿)?元|%)"
            rf"\s*[,、]\s*{_PAYER}(?:承担|负担|出资|补助|配套|安排)|"
            # "按省、县两级财政各承担50%的比例筹集": levels sharing the money in equal parts
            r"[省市县区](?:、[省市县区])+(?:两|三|四)级财政(?:各|分别)?(?:承担|负担|分担|出资)|"
            # "项目验收合格后一次性拨付": when the money is paid (ext59; not 先建后补, which plans
            # also name as a way of building)
            r"(?:验收|考核|评估)合格后[^。;,]{0,6}?(?:一次性)?(?:拨付|兑现|兑付|发放)|"
            # "每个乡镇每年推荐示范基地不超过3个": how many one nominator may put forward (ext59)
            r"每(?:个|家)?(?:乡镇|县|区|市|单位|部门|街道)(?:每年|每次|每批)?推荐[^。;,]{0,12}?"
            r"(?:不超过|不多于|最多)\s*(?:\d+|[一二两三四五六七八九十])\s*(?:个|家|项|名|人)|"
            # "每两年复核一次,复核不合格的取消称号": a title or reward withdrawn on review (ext59)
            r"(?:复核|复查|考核|检查|抽查)不合格的[^。;]{0,8}?(?:取消|撤销|收回|追回)|"
            # "企业要对财政奖励资金实行专账核算": how the money must be booked
            r"(?:资金|奖金|经费)[^。;,]{0,4}(?:实行|实施)?专(?:账|帐)(?:核算|管理)|"
            # "确定对某公司等9家企业实施奖励,共计266万元": how many are paid and the total
            r"等\s*\d+\s*(?:家|个|名|户)(?:企业|单位|项目)?[^。;,]{0,8}?(?:奖励|奖补|补助|资助)\s*,\s*"
            r"(?:共计|合计|总计)\s*(?:人民币)?\d+(?:\.\d+)?\s*(?:万|亿)?元|"
            # "奖励资金分两年兑付,第一年兑付60%": the money paid in instalments
            r"分[两二三四五\d](?:年|期|次|批)(?:兑付|拨付|兑现|发放|支付|到位)|"
            r"重新(?:获得|通过)?(?:认定|评定|复核)[^。;]{0,10}(?:同样|仍|继续|照样)(?:给予|享受)|"
            r"(?:获得|分配|占|享有)奖金(?:总额)?的\d+(?:\.\d+)?%|"
            # "以上奖金50%奖给企业法定代表人,另50%奖给企业": how one reward is shared out
            r"(?:奖金|奖励资金|奖励金|补助资金)\d+(?:\.\d+)?%(?:奖给|用于|归|分配给|发给)|"
            # "申报此项奖励的企业当年度…不得低于上一年度": what an applicant must also meet
            r"申报(?:此项|本项|该项|上述)?(?:奖励|补助|奖补|资金|扶持)的[^。;]{0,80}"
            r"(?:不得|须|必须|应当)|"
            # "补助资金应…专项使用,杜绝挪用、滥用": a use rule with its prohibition
            r"专项使用[^。;]{0,6}杜绝(?:挪用|滥用|截留)|"
            # "…骗取奖励资金的,追回奖励资金": a claw-back; "奖励资金从…专项资金中列支": its source;
            # "获奖企业应将奖励资金用于技术创新": its use
            r"(?:追回|收回|追缴)(?:已)?(?:(?:拨付|获得|发放|享受)的?)?(?:奖励|补助|奖补|扶持)?(?:资金|奖金|款项)|"
            # "奖励资金实行总额控制,超出预算的按比例核减": how the money is shared when short
            r"按比例(?:核减|压减|调减|缩减|兑付)|(?:实行|实施)总额控制|"
            # "所需资金从市工业发展专项资金中列支", "奖励资金按市、区财政体制分担": where the
            # money comes from and who bears it
            r"所需(?:资金|经费)[^。;,]{0,4}(?:从|在|由)[^。;,]{2,30}?(?:列支|安排|支出|承担|解决)|"
            r"按[^。;,]{0,12}?财政(?:管理)?体制(?:分担|承担|负担|分级负担)|"
            # "上述奖励在企业上市成功后一次性兑现": when the rewards above are paid
            r"(?:上述|以上|前述)(?:各项)?(?:奖励|奖金|补助|奖补)[^。;,]{0,20}?(?:后|时)[^。;,]{0,6}?"
            r"(?:一次性)?(?:兑现|兑付|拨付|发放)|"
            r"(?:奖励|补助|奖补|扶持)(?:资金|经费|奖金)[^。;,]{0,4}(?:从|在)[^。;,]{2,30}?中?(?:列支|安排|支出)|"
            r"(?:应|须|必须)将(?:奖励|补助|奖补|扶持)(?:资金|奖金)用于|"
            # "获得奖补资金的单位必须按规定用途使用资金" (B58-7): the money kept to its purpose
            r"(?:获得|享受|使用)[^。;,]{0,8}?(?:奖励|奖补|补助|扶持|资助)(?:资金|奖金|经费)的"
            r"(?:单位|企业|项目|主体)[^。;,]{0,4}?(?:必须|须|应当?)按(?:照)?(?:规定|批准|核定)?的?用途使用|"
            # "奖励资金原则上用于企业品牌建设": its use; "…迁出本县的,应退回奖励资金": a claw-back;
            # "奖励资金由县财政统筹安排": its source
            r"(?:奖励|补助|奖补|扶持)(?:资金|奖金)[^。;,]{0,6}用于|"
            # "资金必须全部用于项目建设经费,不得用于奖励单位、个人": a use with its prohibition
            r"(?:资金|奖金|经费)(?:必须|须|应当?|只能)(?:全部|专项|专门)?用于[^。;]{2,30}?"
            r"不得(?:用于|挪作|挪用)|"
            r"(?:退回|退还|返还|缴回)(?:已)?(?:拨付的|获得的)?(?:全部)?(?:奖励|补助|奖补|扶持)(?:资金|奖金|款项)|"
            r"(?:奖励|补助|奖补|扶持)(?:资金|经费|奖金)由[^。;,]{1,20}?(?:统筹)?(?:安排|承担|列支|负担|兑现|"
            r"分担|拨付|兑付)|"
            # "上述奖金由县财政支出", "奖励金由…收益财政通过年度预算安排解决" (B39-4): who pays
            # "不足部分由地方自行解决" (C55-2): who pays what the fixed sums leave uncovered
            r"不足部分(?:资金)?由[^。;,]{1,20}?(?:自行)?(?:解决|承担|负担|筹措|筹集|补足)|"
            r"(?:奖金|奖励金)由[^。;,]{1,20}?财政"
            r"[^。;,]{0,12}?(?:支出|安排|承担|列支|负担|解决|兑现|拨付|兑付)|"
            # "所得奖金按法人代表和班子其他成员各50%的比例分配" (B39-2): how a prize is shared out
            r"奖金按[^。;]{0,30}?比例(?:分配|分成|发放)|"
            # "奖励资金在每年第一季度兑现", "实行一次性兑现": when and how the money is paid
            r"(?:奖励|补助|奖补|扶持)(?:资金|经费|奖金)(?:在|于|实行)[^。;,]{1,12}?(?:兑现|兑付|拨付|发放)|"
            # "奖金在项目注册后兑现一半,在投产后全部兑现": the prize paid in steps as the work advances
            r"奖金(?:在|于)[^。;,]{2,16}?后(?:兑现|兑付|拨付|发放)(?:一半|\d+(?:\.\d+)?%|全部)|"
            # "享受本政策的企业,5年内不得迁出本市": what the recipient must keep to
            r"不得(?:迁出|迁离|外迁|变更注册地)|"
            # "对…等9家企业实施奖励,共计266万元": what a notice pays its recipients in all
            r"\d+\s*(?:家|个|名|户|位|人)[^。;\d]{0,16}?(?:奖励|奖补|补助|表彰|扶持|兑现)[^。;\d]{0,8}?"
            r"(?:共计|总计|合计|总额为?|共)\s*(?:奖励|补助|奖补|兑现|发放|拨付)?"
            r"(?:资金|金额|奖金)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?元|"
            # "申报企业须依法纳税、诚信经营", "获得奖励的企业须在本市连续经营5年以上": what an
            # applicant or a recipient must meet or keep to
            r"(?:申报|申请|获奖|受奖|(?:获得|享受)[^。;,]{0,12}的)(?:企业|单位|主体|项目|个人|对象)\s*"
            # (not where it must be registered or taxed, "申报企业须为本市…注册的独立法人": a scope)
            r"(?:须|必须|应当|需)(?!按照|按|(?:为|在|是)[^。;]{0,30}?(?:注册|登记|纳税|辖区|行政区域))|"
            # "每次评选不超过5个", "每届表彰名额不超过30名": how many the honour goes to per round
            # "每届受表彰的单位不超过5家" (B28-6: the words between may be a clause with 的)
            # "每年授奖人数不超过2名" (B32-6: a year's round of a prize)
            # "每届质量奖获奖企业(组织)的数量不超过2家": a longer subject with a bracket (B40-9)
            r"(?:每(?:次|届|轮|批次?)|每年(?=授奖|表彰|评选|评审))"
            # "每届“政府质量奖”获奖企业和组织不超过5个": the honour's name in quotes (B58-1)
            r"(?:[\u4e00-\u9fff]{0,8}?|(?=[^。;,]{0,20}?(?:获奖|授奖|受表彰))[\u4e00-\u9fff()()“”]{9,20}?)"
            r"(?:不超过|不多于|最多|限)\s*(?:\d+|[一二三四五六七八九十百]+)\s*"
            r"(?:个|名|家|项|人|件|位)|"
            # "年度名额不超过2个", "名额分别不超过3个、6个", "每届共奖励3名获奖组织或个人" (B58-1): the
            # seats of an honour per round or year
            r"名额(?:分别)?(?:为|是)?(?:不超过|不多于|最多|限)\s*(?:\d+|[一二三四五六七八九十百]+)\s*"
            r"(?:个|名|家|项|人|位)|"
            r"每(?:次|届|轮|年)(?:共|各)(?:奖励|表彰|授予|评选|评出)\s*(?:\d+|[一二三四五六七八九十百]+)\s*"
            r"(?:个|名|家|项|人|位)|"
            # "每个产品奖励15万元,同一企业最多奖励3个产品": how many of one achievement a firm
            # is paid for
            r"(?:同一|每家|每个|每户|单个|单家|单户|每一)(?:企业|单位|主体)[^。;,]{0,12}?"
            r"(?:最多|至多|不多于)\s*(?:奖励|支持|补助|资助|奖补|认定|申报|享受|给予)?\s*"
            r"(?:\d+|[一二两三四五六七八九十])\s*(?:个|项|件|款|次|台|套|家|名|批)|"
            # "同一个项目有多个引荐人的,由第一引荐人申领奖金,自行协商奖金分配": who claims a
            # reward several earned; "奖励兑付到所在单位": where it is paid (round 33)
            r"(?:多个|多名|多家|两个以上|两家以上|两名以上)[^。;,]{0,8}的\s*,\s*由[^。;,]{1,20}?"
            r"(?:申领|领取|申报|申请|统一申报)|(?:协商|自行)(?:奖金|奖励|资金)?分配|"
            r"(?:奖励|奖金|奖励资金)(?:兑付|拨付|发放|支付|划拨)(?:到|至|给)[^。;,]{0,8}?(?:所在|所属)?单位|"
            # "拟上市企业…到高新区金融局进行备案,列入后备企业": a filing the applicant must make
            # first; "…应于补助申报的上一年度正式实施": when what is paid for must have been done;
            # "补助资金申报应由排名第一的起草单位提出": who files the claim (B42-15)
            r"(?:到|向)[^。;,]{2,24}?(?:进行|办理)备案|"
            r"(?:应|须|必须)于(?:补助|奖励|资助|奖补)?(?:资金)?申报(?:的)?(?:上一|前一|当)年度|"
            r"(?:补助|奖励|资助|奖补)(?:资金)?(?:的)?申报(?:应|须|必须)由[^。;,]{2,30}?(?:提出|申报|申请)|"
            # "奖励对象须经项目投资人、…和区招商合作服务中心共同确认": who must confirm a claim;
            # "引荐人自引进项目竣工之日起1年内…提出申报奖励", "必须在项目满足奖励条件后1年内申领
            # 相关奖励": the window a reward must be claimed in (B46-4)
            r"(?:须|必须|应|应当|需)经[^。;,]{2,60}?共同(?:确认|认定|审核|认可)|"
            r"(?:自|在)[^。;,]{2,30}?(?:之日起|后)\s*(?:\d+|[一二两三四五六])\s*(?:年|个月|个工作日|日)"
            r"(?:内|以内)[^。;,]{0,24}?(?:申报|申领|申请|提出)(?:相关|相应)?(?:奖励|补助|奖补|资助|扶持)?"
        ),
    ),
)
# "全年…", "上述…", "以上各项…": words that make a total the year's or every rule's, not one
# rule's (a cap so named is over the document even when it closes a rule's sentence).
WHOLE_TOTAL = r"(?:全年|上述|以上|前述|本(?:办法|政策|细则|意见|方案)|各项|各类|所有)"
# "同一单位同一年度累计扶持金额不超过100万元。": a sentence of its own whose subject is the firm
# (or the running total) states a ceiling over all the rules, not one reward's cap.
_CAP_SENTENCE = re.compile(  # used with .match (anchored at its position)
    # "6、单个项目奖励金最高不超过100万元" (C55-1): an item numbered "6、" or "6." alike
    r"\s*(?:\([一二三四五六七八九十\d]+\)|\d+[.、.]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+条)?\s*"
    rf"(?:(?:同一|每个|每家|每户|单个|单一|每一|单户|单家){ONE_RECIPIENT}|累计|"
    r"最高(?:奖励|奖补|补助|扶持|资助)(?:金额|资金|总额|额度)|"
    # "全年奖励资金总额不超过100万元", "上述奖励资金总额…": the total of the year or of every
    # rule above, said after the rules (attack37)
    rf"{WHOLE_TOTAL}[^。;,]{{0,8}}?(?:奖励|奖补|补助|扶持|资助)(?:资金|经费|金额)?(?:总额|合计|累计)|"
    # "上述各项奖励最高不超过300万元", "以上奖励同一企业每年最高不超过…": every rule's ceiling
    r"(?:上述|以上|前述)(?:各项|各类|所有)?(?:奖励|奖补|补助|扶持|资助)[^。;,]{0,16}?"
    r"(?:最高)?(?:不超过|不高于|不得超过))"
)
# ",全年奖励资金总额不超过100万元" closing a rule's sentence: the clause is the condition
_WHOLE_CAP_CLAUSE = re.compile(
    rf"\s*{WHOLE_TOTAL}[^。;,]{{0,8}}?(?:奖励|奖补|补助|扶持|资助)(?:资金|经费|金额)?(?:总额|合计|累计)"
)
_SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")
_PARENTHETICAL = re.compile(r"\(([^()]{4,80})\)")


def conditions_in_paragraphs(
    paragraphs: list[Paragraph], check: Callable[[int], None] | None = None
) -> list[ConditionRecord]:
    """Every condition clause of the paragraphs, once each (the same clause said twice is one).

    ``check`` is called before each paragraph with the number of clauses found so far, said
    twice or not, and may raise to stop the reading (``pipeline``'s fact limit): 9,000 lines of
    distinct caps were compared each with every other, 97 s, before the limit refused them.
    """
    found: list[ConditionRecord] = eligibility_conditions(paragraphs)
    said = [record.text for record in found]
    found.extend(r for r in listed_criteria(paragraphs) if _same_clause(said, r.text) is None)
    read = len(found)
    # per kind, the positions in ``found`` and their texts: one clause is compared with the
    # others of its kind as plain strings (a comparison of records was 1-2 µs, a string's 0.1)
    kinds: dict[str, tuple[list[int], list[str]]] = {}
    for k, listed in enumerate(found):
        _add(kinds, listed, k)
    for index, paragraph in enumerate(paragraphs):
        if check is not None:
            check(read)
        for sentence in _SENTENCE.finditer(paragraph.text):
            for clause in _conditions(
                sentence.group(0), paragraph.start + sentence.start(), paragraph
            ):
                record = (
                    _section_body(clause, paragraphs[index + 1 :])
                    if _is_heading(paragraph)
                    else clause
                )
                if record is None and paragraph.text.rstrip().endswith(("。", ";", ";")):
                    # "第三条 奖励资金分三次拨付。" last before the 落款: a short article that is a
                    # sentence states its condition itself (nothing is under it)
                    record = clause
                if record is None:
                    continue
                read += 1
                positions, texts = kinds.get(record.kind, ([], []))
                same = _same_clause(texts, record.text)
                if same is None:
                    _add(kinds, record, len(found))
                    found.append(record)
                elif len(record.text) < len(found[positions[same]].text):
                    # the clause said alone is the clearer statement
                    found[positions[same]] = record
                    texts[same] = record.text
    return _with_extensions(found)


# "第三条 同时符合以下条件的企业,可依据本办法获得奖励:" over "(一)…独立企业法人;" "(二)在本区税务
# 部门登记纳税;": each item listed under a lead that makes the rules' recipients meet them is a
# scope condition (B48-7).
_CRITERIA_LEAD = re.compile(
    r"符合(?:以下|下列|如下)(?:全部|所有|各项)?条件(?:之一)?的(?:企业|单位|项目|个人|组织|主体|申报主体)"
    r"[^。;:]{0,30}?(?:获得|享受|申报|申请|给予)[^。;:]{0,10}?"
    r"(?:奖励|扶持|补助|资助|奖补|支持|政策)[^。;:]{0,6}[::]\s*$"
)
_NEXT_PART = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]{1,4}[章条节]|[一二三四五六七八九十]+、)"
)
_ITEM_MARK = re.compile(
    r"^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、.]|[^\u4e00-\u9fff]{1,8})"
)


def listed_criteria(paragraphs: list[Paragraph]) -> list[ConditionRecord]:
    """The items under each criteria lead of ``paragraphs``, one scope condition each."""
    found: list[ConditionRecord] = []
    for index, paragraph in enumerate(paragraphs):
        if not _CRITERIA_LEAD.search(paragraph.text):
            continue
        for item in paragraphs[index + 1 : index + 9]:
            if _NEXT_PART.match(item.text) or len(item.text) > 150:
                break
            mark = _ITEM_MARK.match(item.text)
            text = balanced_trim(item.text[mark.end() if mark else 0 :])
            if len(text) < 4 or any(text[:160] == record.text for record in found):
                continue  # too short to state anything, or listed under an earlier lead too
            found.append(
                ConditionRecord(
                    kind="scope",
                    text=text[:160],
                    quote=item.text.strip()[:120],
                    span=Span(item.start, item.start + len(item.text), item.section),
                )
            )
    return found


# "本办法适用于县外投资者。县内投资者…的新增投资也适用本办法。": the second sentence widens the
# scope the first sets; one scope, not two (B38-7).
_ALSO_APPLIES = re.compile(
    r"(?:也|亦|同样|均)(?:可)?(?:适用|参照执行|参照适用)本(?:办法|规定|细则|政策|意见)"
)


def _with_extensions(found: list[ConditionRecord]) -> list[ConditionRecord]:
    merged: list[ConditionRecord] = []
    for record in found:
        before = merged[-1] if merged else None
        if (
            before is not None
            and record.kind == before.kind == "scope"
            and _ALSO_APPLIES.search(record.text)
            and not _ALSO_APPLIES.search(before.text)
            and 0 <= record.span.start - before.span.end <= 4
        ):
            merged[-1] = replace(
                before,
                text=f"{before.text};{record.text}",
                quote=f"{before.quote}{record.quote}",
                span=replace(before.span, end=record.span.end),
            )
            continue
        merged.append(record)
    return merged


def clauses_in(paragraph: Paragraph) -> int:
    """How many condition clauses ``paragraph`` states (said before or not): what the reading
    counts toward its fact limit as it goes, before the conditions are read."""
    return sum(
        len(_conditions(sentence.group(0), 0, paragraph))
        for sentence in _SENTENCE.finditer(paragraph.text)
    )


def _add(kinds: dict[str, tuple[list[int], list[str]]], record: ConditionRecord, k: int) -> None:
    positions, texts = kinds.setdefault(record.kind, ([], []))
    positions.append(k)
    texts.append(record.text)


def _same_clause(texts: list[str], text: str) -> int | None:
    """The first of ``texts`` (the clauses of a kind) that states ``text``'s clause: one rule
    repeated after each tier ("企业领导班子成员获得奖金总额的70%…") is one condition (the
    shorter text inside the longer)."""
    for k, other in enumerate(texts):
        if text in other or other in text:
            return k
    return None


def _conditions(sentence: str, offset: int, paragraph: Paragraph) -> list[ConditionRecord]:
    """The condition of a sentence, and any further one in a clause of its own after it ("…先期
    兑付80%…,总金额6320万元,其中市财政资金…,区财政资金…": a share paid first and the
    governments' shares); a long sentence is read clause by clause."""
    if len(sentence) >= _LONG_SENTENCE:
        return _clause_conditions(sentence, offset, paragraph)
    first = _condition(sentence, offset, paragraph)
    if first is None:
        return []
    if first.kind in ("no_stacking", "overall_cap"):
        # "同一产品获得多项认证的不重复奖励,同一企业同一年度获得上述各项奖励累计最高不超过300万元":
        # a sentence stating both is two conditions, each its own clause (read as one, the cap
        # was lost under 不重复奖励 and the calculator never applied it)
        by_clause = _clause_conditions(sentence, offset, paragraph)
        if {"no_stacking", "overall_cap"} <= {record.kind for record in by_clause}:
            return by_clause
    elif first.kind == "scope":
        # "…项目应符合某区产业发展方向,单个项目累计申领奖励不超过300万元": whom the rules reach
        # and what one project may get in all, each its own clause (B48-3)
        by_clause = _clause_conditions(sentence, offset, paragraph)
        if [record.kind for record in by_clause] == ["scope", "overall_cap"]:
            return by_clause
    elif first.kind == "other":
        # X60-2: "奖励资金由县财政统筹安排,同一企业同一年度获得多项奖励的,按最高额度奖励,不重复享受":
        # who pays, then the rule against stacking in a clause of its own: two conditions (read as
        # one "other", the 就高不重复 was lost)
        by_clause = _clause_conditions(sentence, offset, paragraph)
        kinds = {record.kind for record in by_clause[1:]}
        if (
            len(by_clause) >= 2
            and by_clause[0].kind == "other"
            and len(kinds) == 1
            and kinds <= {"no_stacking", "overall_cap"}
        ):
            second, last = by_clause[1], by_clause[-1]
            words = sentence[second.span.start - offset : last.span.end - offset].rstrip("。; ")
            joined = replace(second, text=words, span=replace(second.span, end=last.span.end))
            return [by_clause[0], joined]
    found = [first]
    while True:
        end = found[-1].span.end - offset
        rest = sentence[end:]
        skip = len(rest) - len(rest.lstrip(" ),]"))
        if not skip:
            break
        further = _condition(rest[skip:], offset + end + skip, paragraph)
        if further is None:
            break
        found.append(further)
    return found


def _clause_conditions(sentence: str, offset: int, paragraph: Paragraph) -> list[ConditionRecord]:
    """Each clause of a long sentence that states a condition, in order (the earliest match of
    any kind first, then on after its clause).

    Each kind's next match is kept until the reading passes it, and a kind with none left is
    not searched again: searching every kind from each clause to the sentence's end was
    quadratic (1,500 caps in one sentence: 36 s)."""
    found: list[ConditionRecord] = []
    first_money = next((start for start, _ in find_money(sentence)), len(sentence))
    upcoming: dict[ConditionKind, re.Match[str] | None] = {}
    position = 0
    while position < len(sentence):
        best: tuple[int, int, ConditionKind] | None = None
        for kind, pattern in _KINDS:
            known = upcoming.get(kind)
            if kind not in upcoming or (known is not None and known.start() < position):
                known = pattern.search(sentence, position)
                while known is not None and not _kept(kind, sentence, known, first_money):
                    known = pattern.search(sentence, known.end())
                upcoming[kind] = known
            match = upcoming[kind]
            if match is not None and (best is None or match.start() < best[0]):
                best = (match.start(), match.end(), kind)
        if best is None:
            break
        start, end = _clause_span(sentence, best[0], best[1])
        start = max(start, position)
        text = _strip_item_number(balanced_trim(sentence[start:end]))
        quote_start = max(0, end - 120) if end - start <= 120 else start
        found.append(
            ConditionRecord(
                kind=best[2],
                text=text[:160],
                quote=sentence[quote_start : quote_start + 120].strip(),
                span=Span(offset + start, offset + end, paragraph.section),
            )
        )
        position = max(end, best[1]) + 1
    return found


_CLAUSE_END = re.compile(r"[,;:]")


def _clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between , ; :, outside brackets) holding ``sentence[start:end]``; a clause
    of a few characters ("不重复奖励") takes the clause before it as what it speaks of."""
    left = _clause_edge(sentence, start, -1)
    right = _clause_edge(sentence, end, 1)
    if right - left < 10 and left > 0:
        left = _clause_edge(sentence, left - 1, -1)
    return left, right


def _clause_edge(sentence: str, index: int, step: int) -> int:
    depth = 0
    opening, closing = ("([【《“", ")]】》”") if step > 0 else (")]】》”", "([【《“")
    position = index if step > 0 else index - 1
    while 0 <= position < len(sentence):
        char = sentence[position]
        if char in opening:
            depth += 1
        elif char in closing:
            if depth == 0:
                if step < 0:
                    return position + 1  # inside a bracket: its opening bounds the clause
                return position
            depth -= 1
        elif depth == 0 and _CLAUSE_END.match(char):
            return position + 1 if step < 0 else position
        position += step
    return 0 if step < 0 else len(sentence)


def _kept(kind: ConditionKind, sentence: str, match: re.Match[str], first_money: int) -> bool:
    """``_condition``'s test of an overall cap: a sum before it (``first_money``: where the
    sentence's first sum stands), or a sentence about the firm, or a ceiling set by the firm's
    own tax."""
    if kind != "overall_cap":
        return True
    clause_start = _clause_edge(sentence, match.start(), -1)
    return bool(
        first_money < match.start()
        or _CAP_SENTENCE.match(sentence, clause_start)
        or re.search(r"留成|贡献|税", sentence[match.start() : match.end() + 30])
        or "总量控制" in match.group(0)
    )


def _strip_item_number(text: str) -> str:
    return re.sub(
        r"^(?:\([一二三四五六七八九十\d]+\)|\d+[.、]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+条)\s*",
        "",
        text,
    )


def _condition(sentence: str, offset: int, paragraph: Paragraph) -> ConditionRecord | None:
    """The first condition the sentence states (by position; at one position, by kind order)."""
    found: list[tuple[int, int, ConditionKind, re.Match[str]]] = []
    for order, (kind, pattern) in enumerate(_KINDS):
        match = pattern.search(sentence)
        if match is None:
            continue
        if (
            kind == "overall_cap"
            and not find_money(sentence[: match.start()])
            and not _CAP_SENTENCE.match(sentence)
            # "…应符合某区产业发展方向,单个项目累计申领奖励不超过300万元": a clause of its own on
            # what one project may get in all (累计: summed over the rewards) (B48-3)
            and "累计" not in sentence[_clause_edge(sentence, match.start(), -1) : match.end()]
            # a ceiling set by the firm's own tax or local revenue is over all its rewards
            and not re.search(r"留成|贡献|税", sentence[match.start() : match.end() + 30])
            and "总量控制" not in match.group(0)  # a fund capped in total has no sum (B43-4)
        ):
            continue  # the only sum is the ceiling: it is the reward's own cap, not a condition
        found.append((match.start(), order, kind, match))
    for _, _, first_kind, match in sorted(found, key=lambda item: item[:2])[:1]:
        start, end = _clause_bounds(sentence, match.start(), match.end())
        clause_start = _clause_edge(sentence, match.start(), -1)
        if first_kind == "overall_cap" and _WHOLE_CAP_CLAUSE.match(sentence, clause_start):
            start, end = clause_start, _clause_edge(sentence, match.end(), 1)
        text = balanced_trim(sentence[start:end])
        text = re.sub(
            r"^(?:\([一二三四五六七八九十\d]+\)|\d+[.、]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+条)\s*",
            "",
            text,
        )
        return ConditionRecord(
            kind=first_kind,
            text=text[:160],
            quote=sentence.strip()[:120],
            span=Span(offset + start, offset + end, paragraph.section),
        )
    return None


def balanced_trim(text: str) -> str:
    """Trim spaces, clause punctuation and stray brackets from both ends, keeping a bracket whose
    partner is inside the text: "…(不含驻衢部、省属企业)。" keeps its closing bracket."""
    previous = None
    while previous != text:
        previous = text
        text = text.strip(" ,;。")
        if text.endswith("(") or text.startswith(")"):
            text = text[:-1] if text.endswith("(") else text[1:]
        if text.endswith(")") and text.count("(") < text.count(")"):
            text = text[:-1]
        if text.startswith("(") and text.count("(") > text.count(")"):
            text = text[1:]
    return text


def _is_heading(paragraph: Paragraph) -> bool:
    return paragraph.heading_level is not None and len(paragraph.text) <= 16


_ARTICLE = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}条\s*")


# "凡…投入500万元以上的,对引资者给予奖励。" under a "奖励对象" heading: a sentence closing on its own
# promise to a named recipient is the reward (its threshold the achievement), not whom the rules
# reach (B40-10, open since b38_03).
_OWN_PROMISE = re.compile(
    r"的\s*[,,]\s*(?:由[^,,;。]{1,12}?)?对[^,,;。]{1,10}?(?:给予|予以)(?:一次性)?"
    r"(?:奖励|补助|奖补|扶持|资助)\s*。$"
)


def _section_body(record: ConditionRecord, below: list[Paragraph]) -> ConditionRecord | None:
    """A heading ("一、奖励范围。") names the condition; the paragraphs under it state it."""
    lines: list[str] = []
    for paragraph in below:
        if paragraph.heading_level is not None and not re.match(
            r"^第[一二三四五六七八九十]+类", paragraph.text
        ):
            # "第二章 申报对象 / 第二条 获…授权的主体…。": an article under a chapter heading is its text
            article = _ARTICLE.match(paragraph.text)
            if lines or article is None or len(paragraph.text) <= 16:
                break
            lines.append(paragraph.text[article.end() :])
            continue
        lines.append(paragraph.text)
    if not lines:
        return None
    body = " ".join(lines)
    if _OWN_PROMISE.search(body.split("。")[0] + "。"):
        return None  # "第一条 奖励对象 / 凡…以上的,对引资者给予奖励。": the reward itself (B40-10)
    start = below[0].start
    return ConditionRecord(
        kind=record.kind,
        text=body[:160],
        quote=body[:120],
        span=Span(start, start + len(body), below[0].section),
    )


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The parenthetical holding the match ("(凡…不再重复奖励)"), a bracket the match fills
    ("[不含…企业]"), else the whole sentence; in a long sentence, the comma clause holding the
    match ("…每增加1000万元奖励2万元,单个企业奖励最高不超过1000万元")."""
    if start > 0 and sentence[start - 1] in "[(" and sentence[end : end + 1] in ("]", ")"):
        return start, end
    for bracket in _PARENTHETICAL.finditer(sentence):
        if bracket.start() <= start and end <= bracket.end():
            return bracket.start(1), bracket.end(1)
    if len(sentence) <= _LONG_SENTENCE:
        return 0, len(sentence)
    depth, left = 0, 0
    for k, char in enumerate(sentence[:start]):
        depth += _DEPTH.get(char, 0)
        if char in ",:" and depth <= 0:
            left = k + 1
    right = len(sentence)
    depth = 0
    for k in range(end, len(sentence)):
        char = sentence[k]
        depth += _DEPTH.get(char, 0)
        if char in "," and depth <= 0:
            right = k
            break
    return left, right


# A sentence longer than this states more than its condition: the clause holding it is the text,
# and each of its clauses may be a condition of its own (a notice's "政策内容为:对…企业[不含国有
# 企业],…每增加1000万元奖励2万元,单个企业奖励最高不超过1000万元" is a scope and a cap, not one
# condition 300 characters long).
_LONG_SENTENCE = 120
_DEPTH = {"(": 1, "[": 1, ")": -1, "]": -1}


# "一、申报条件", "应同时具备以下条件:": a list of what an applicant must meet follows.
_ELIGIBILITY_LEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))?\s*(?:申报|申请|参评)(?:条件|资格)[。:]?$|"
    r"(?:申报|申请|参评)[^。;]{0,40}(?:应|须|必须|需)(?:同时)?(?:具备|符合|满足)(?:以下|下列|如下)"
    r"(?:基本)?条件\s*:$|"
    # "对…同时符合以下条件的项目可以申报招商引资奖励:" (B38-10): the conditions before the claim
    r"(?:同时)?(?:具备|符合|满足)(?:以下|下列|如下)(?:基本)?条件的[^。;:]{0,12}"
    r"(?:可以|可|方可|均可)(?:申报|申请|享受)[^。;:]{0,16}:$"
)
_ITEM = re.compile(
    r"^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|[一二三四五六七八九十]是)\s*"
)
# An item that names the honour itself ("2019年度获得中国质量奖…"): what the reward is for.
_ACHIEVEMENT_ITEM = re.compile(
    r"^(?:(?:19|20)\d{2}年度?(?:内)?)?(?:获得|荣获|获|被评为|被认定为|认定为|新获)"
)
# Where the applicant must be: registered, taxed or counted in the place.
_WHERE = re.compile(
    r"注册|登记|统计关系|纳税|税收关系|所在地|辖区内|(?:在|位于)[^,;。]{1,10}(?:省|市|区|县)(?:内|境内|范围内)?"
)


# "(一)引进县外投资者投资于本县的新建项目(不含增资扩股的续建项目)", "(二)引进第二条所述的两类项目":
# an item naming which projects the rules reach (B38-10).
_WHICH_PROJECTS = re.compile(r"(?:不含|不包括)[^()]{2,30}项目\)|项目[。;]?$")
_CLOSING = re.compile(r"[。;;]+$")


def eligibility_thresholds(paragraphs: list[Paragraph]) -> list[ConditionRecord]:
    """A plan without rewards still says who qualifies (二、入库条件 / 入库企业须具有独立法人资
    格,年主营业务收入2000万元以上): each such sentence, once, as a condition of kind
    ``eligibility`` (the document's, not a reward's)."""
    found: list[ConditionRecord] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        if _is_heading(paragraph):
            continue
        for sentence in _SENTENCE.finditer(paragraph.text):
            text = balanced_trim(_ITEM.sub("", _CLOSING.sub("", sentence.group(0).strip())))
            if not text or text in seen or not states_eligibility(text, paragraph.section):
                continue
            seen.add(text)
            start = paragraph.start + sentence.start()
            found.append(
                ConditionRecord(
                    kind="eligibility",
                    text=text[:160],
                    quote=sentence.group(0).strip()[:120],
                    span=Span(start, paragraph.start + sentence.end(), paragraph.section),
                )
            )
    return found


def eligibility_conditions(paragraphs: list[Paragraph]) -> list[ConditionRecord]:
    """The items of an eligibility list ("应同时具备以下条件:(一)注册地…在某区;(二)…"): each is
    a condition of the rewards, ``scope`` when it says where the applicant must be registered,
    else ``other``; an item naming the honour itself is the reward's achievement, not one."""
    found: list[ConditionRecord] = []
    index = 0
    while index < len(paragraphs):
        lead = paragraphs[index]
        index += 1
        if len(lead.text) > 80 or not _ELIGIBILITY_LEAD.search(lead.text):
            continue
        level = lead.heading_level
        while index < len(paragraphs):
            item = paragraphs[index]
            if item.heading_level is not None and level is not None and item.heading_level <= level:
                break
            if not _ITEM.match(item.text):
                if found and item.heading_level is None and not item.text.endswith(":"):
                    break
                index += 1
                continue
            index += 1
            text = balanced_trim(_ITEM.sub("", item.text))
            if not text or _ACHIEVEMENT_ITEM.match(text):
                continue
            found.append(
                ConditionRecord(
                    kind="scope"
                    if _WHERE.search(text) or _WHICH_PROJECTS.search(text)
                    else "other",
                    text=text[:160],
                    quote=item.text.strip()[:120],
                    span=Span(item.start, item.end, item.section),
                )
            )
    return found


def states_no_stacking(sentence: str) -> bool:
    """Whether ``sentence`` says rewards do not add up (就高不重复…) as the stored conditions
    read it: "同一企业符合多项政策的,按就高不重复原则执行" names no reward, yet in a document that
    grants rewards it is their rule."""
    return any(kind == "no_stacking" and pattern.search(sentence) for kind, pattern in _KINDS)
