"""The field's abbreviations and synonyms: how people say it, and how the documents write it.

Staff write 规上企业, 国标, 浙制, 质监局, CQO; the plans write 规模以上企业, 国家标准, 浙江制造,
质量技术监督局, 首席质量官. One glossary serves the question parser (a question is read in the
documents' words) and the sentence index (a sentence that uses the short form is also found
by the long one). It is the built-in vocabulary below, general to quality and brand work and
never a fact of one plan, plus what admins add from the chat (``GlossaryEntry`` rows, see
``glossary_admin``). An entry is one direction, ``term`` → ``means``; a word is read as its
meaning only where the documents do not use it themselves, so a glossary entry can never hide
what a plan literally says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

# (term people use, what documents write). General vocabulary of the field only.
BUILT_IN: tuple[tuple[str, str], ...] = (
    ("规上", "规模以上"),
    ("规下", "规模以下"),
    ("国标", "国家标准"),
    ("行标", "行业标准"),
    ("团标", "团体标准"),
    ("地标", "地方标准"),
    ("省标", "省地方标准"),
    ("省地标", "省地方标准"),
    ("企标", "企业标准"),
    ("国际标", "国际标准"),
    ("浙制", "浙江制造"),
    ("品字标", "浙江制造"),
    ("驰名", "驰名商标"),
    ("中国驰名", "中国驰名商标"),
    ("著名", "著名商标"),
    ("省名牌", "省名牌产品"),
    ("省著名", "省著名商标"),
    ("技改", "技术改造"),
    # 科技奖: the 科学技术奖 (its 进步奖, 发明奖… are its classes).
    ("科技奖", "科学技术奖"),
    ("采标率", "采用国际标准或国外先进标准比率"),
    # 采标: how staff shorten 采用国际标准 (采标产品, 采标总数), which tables write in full.
    ("采标", "采用国际标准"),
    ("细分龙头", "细分行业龙头"),
    ("第一次", "首次"),
    ("头一次", "首次"),
    ("头一回", "首次"),
    ("第一回", "首次"),
    ("CQO", "首席质量官"),
    # GB/T 19580: a national standard written by its code; 按啥国标 finds it.
    ("GB/T", "国家标准"),
    ("QC小组", "质量管理小组"),
    ("TBT", "技术性贸易措施"),
    # GDP总量: the GDP itself (全市生产总值达到…), 总量 no word a plan writes beside it.
    ("GDP总量", "生产总值"),
    ("GDP", "生产总值"),
    # 地区生产总值: a plan of one place writes its own (全市生产总值, 全县生产总值).
    ("地区生产总值", "生产总值"),
    # 增速: how people say a growth rate, which the plans write 增长 (年均增长6.5%).
    ("增速", "增长"),
    ("科创", "科技创新"),
    # 开支: how people say spending, which the documents write 支出 (日常运转支出).
    ("开支", "支出"),
    # 交税: how people say paying taxes, which the documents write 纳税 (or 上缴税金); typed,
    # it is never a slip for a homophone the documents write (交水).
    ("交税", "纳税"),
    # 区人大, 市人大: the 人民代表大会 a report is made to (区十七届人民代表大会第四次会议).
    ("人大", "人民代表大会"),
    ("固投", "固定资产投资"),
    ("社零", "社会消费品零售总额"),
    ("高企", "高新技术企业"),
    ("营收", "营业收入"),
    # 不够: how people say a sum falls short, which the documents write 不足 (不足部分由…解决).
    ("不够", "不足"),
    ("CPI", "居民消费价格指数"),
    # COD: how staff write the pollutant the plans name 化学需氧量.
    ("COD", "化学需氧量"),
    # 交材料, 报材料: how people say a unit sends its report in, which the documents write 报送.
    ("交材料", "报送"),
    ("报材料", "报送"),
    # 交钱, 收钱: how people ask about a fee, which the documents write 费用 (不收取任何费用).
    ("交钱", "费用"),
    ("收钱", "费用"),
    ("办完", "完成"),
    # 搞完, 干完, 弄完: how people say finishing, which the documents write 完成.
    ("搞完", "完成"),
    ("干完", "完成"),
    ("弄完", "完成"),
    # 评审费, 申报费: a fee named by what it is for; the rules write 费用 (不收取任何费用).
    # (交评审费: a fee paid is one the rules say they charge, 收取费用.)
    ("交评审费", "收取费用"),
    ("交申报费", "收取费用"),
    ("评审费", "费用"),
    ("申报费", "费用"),
    ("写清楚", "明确"),
    # 有意见 about a 公示 is the documents' 有异议 (意见 alone is also a kind of document).
    ("有意见", "有异议"),
    # 市监 (市监部门): how staff say 市场监管, the name the documents write.
    ("市监", "市场监管"),
    # 内蒙: how people shorten 内蒙古 (自治区).
    ("内蒙", "内蒙古"),
    # 棚改: how people shorten 棚户区改造.
    ("棚改", "棚户区改造"),
    # 买: how people say buying, which the documents write 购 (购地, 购房, 购车).
    ("买地", "购地"),
    ("买房", "购房"),
    ("买车", "购车"),
    # 国品: how staff shorten the national-level 名牌产品 (as 省名牌 the province's), which the
    # documents write 中国名牌产品.
    ("国品", "中国名牌产品"),
    # 战新: how staff shorten 战略性新兴 (战新产业); without it the speller took 战新 for a slip
    # of a store word (高新) once a document writing 高新产业 was stored.
    ("战新", "战略性新兴"),
    # 标委会: how staff shorten a 标准化技术委员会 (全国标委会秘书处).
    ("标委会", "标准化技术委员会"),
    # 季报, 月报, 年报: how people name a period's report (季报什么时候交), which the documents write
    # 季度报告, 每季度…报送 (without it the speller took 季报 for a slip of 级报).
    ("季报", "季度报告"),
    ("月报", "月度报告"),
    ("年报", "年度报告"),
    # 搬走, 迁走: how people say a firm leaving, which the rules write 迁离 (…年内不迁离); 迁到,
    # 搬到, 搬来: its coming, written 迁入 (新迁入我区的企业).
    ("迁走", "迁离"),
    ("搬走", "迁离"),
    ("搬离", "迁离"),
    ("迁到", "迁入"),
    ("搬到", "迁入"),
    ("搬来", "迁入"),
    # 县市区: how people name a city's counties, which the documents write 县(市、区).
    ("县市区", "县(市、区)"),
)
# Names of one office: short and full forms, and later names of renamed offices (the 2018
# reform merged 质监, 工商 and 食药监 into 市场监管). Units are not rewritten in a question (the
# store's own unit names and their abbreviations find them); a unit lookup that finds nothing
# under one name tries the others.
SUCCESSORS: tuple[tuple[str, ...], ...] = (
    # 质检局: what people call the 质监局 (its 检验 work), never a name a plan writes for another.
    ("质监局", "质检局", "质量技监局", "质量技术监督局", "市场监管局", "市场监督管理局"),
    ("工商局", "工商行政管理局", "市场监管局", "市场监督管理局"),
    ("食品药品监管局", "食药监局", "市场监管局", "市场监督管理局"),
    # 经信委 became 经信局 or 工信局 as cities reorganised (2018—2019); staff use any of them.
    ("经信局", "经济和信息化局", "经信委", "经济和信息化委员会", "经济和信息化委", "工信局"),
    ("工信局", "工业和信息化局", "经信局", "经信委"),
    # A county's 发改局 is its city's 发改委: people use either word for the office.
    ("发改委", "发展和改革委员会", "发展改革委", "发改局", "发展和改革局", "发展改革局"),
    ("人社局", "人力社保局", "人力资源和社会保障局", "人力资源社会保障局"),
)
# A five-year plan's period as people name it (十一五) and as the documents' titles write it
# (第十一个五年规划).
PLAN_PERIODS: tuple[tuple[str, str], ...] = (
    ("十一五", "第十一个五年"),
    ("十二五", "第十二个五年"),
    ("十三五", "第十三个五年"),
    ("十四五", "第十四个五年"),
    ("十五五", "第十五个五年"),
)
# Words the documents themselves use for one thing (a question may use any of them).
SYNONYMS: tuple[tuple[str, ...], ...] = (
    *PLAN_PERIODS,
    ("制定", "制订", "制修订", "修订"),
    ("首次", "第一次"),
    ("获得", "新获得", "获评", "认定"),
    ("企业", "单位"),
    ("奖励", "奖"),
    ("省名牌", "省级名牌"),
    # The national 名牌 (产品): 中国名牌 as the documents write it, 国家级 as people rank it.
    ("中国名牌", "国家级名牌", "国家名牌"),
    ("达到", "不少于", "以上", "保持"),
    ("来自", "源自", "来源于"),
    ("上限", "最高", "最多", "不超过", "最高不超过", "封顶"),
    ("合计", "共计", "一共", "总共", "总计"),
    # 占比: some plans write it (数量占比达到90%), others 占…比重 (占GDP比重达到12%).
    ("占比", "比重"),
    # 人代会: how people say the meeting the documents write 人大…次会议, 人民代表大会…
    ("人代会", "人大", "人民代表大会"),
    # 法人 as people say it: the firm's legal representative.
    ("法人代表", "法定代表人", "法人"),
    ("企业法人", "企业法定代表人", "企业法人代表"),
    # 科技 is 科学技术 written short (科技进步奖 is the 科学技术进步奖).
    ("科学技术", "科技"),
    # 减负: how people say 减轻 (企业…)负担.
    ("减负", "减轻"),
    # 加装电梯: how people say what the plans write 增设 (既有住宅增设电梯).
    ("加装", "增设"),
    # 交税, 缴税: how people say paying tax, which the documents write 纳税, 上缴税收.
    ("交税", "缴税", "纳税", "上缴税收", "缴纳税收"),
    # 老板: how people call a firm's head, which the documents write 法定代表人, 主要负责人.
    ("老板", "法定代表人", "主要负责人"),
    # 能耗: the documents write it whole as well (单位地区生产总值能源消耗).
    ("能耗", "能源消耗"),
    # 一起, 一块儿: how people say what the documents write 共同 (由多个单位共同落实).
    ("一起", "共同", "一块儿"),
    # 不能用于: the rules write 不得用于 (资金不得用于…支出).
    ("不得", "不能"),
    # The seasons as people say them (夏天) and as the documents write them (夏季).
    ("春季", "春天"),
    ("夏季", "夏天"),
    ("秋季", "秋天"),
    ("冬季", "冬天"),
    # 适用范围: what a rule covers, which the rules write in a verb (奖励政策适用于…).
    ("适用范围", "适用于"),
    # 拨给: how people say handing funds over, which the notices write 拨付 (拨付至…单位).
    ("拨付", "拨给", "下拨"),
    # 奖金发给谁: the rules write the sum 兑付到 (拨付到) whoever receives it.
    ("发给", "兑付到", "兑付给", "发放给", "拨付到"),
    # 帮…引来项目: the rules write 引进, 引荐 (a project brought in).
    ("引来", "引进", "引荐"),
    # 要交钱不: whether a fee is charged, which the rules write 收费, 收取费用.
    ("交钱", "交费", "缴费", "收费", "收取费用"),
    # 削减 written 消减 too (消减50%以上); the figure it is measured from, 基数 as people say it,
    # 基值 as the plans write it (以2017年…为基值).
    ("削减", "消减"),
    ("基数", "基值"),
    # 学校 as people say it, which a target writes by its kinds (新建公办幼儿园、中小学).
    ("学校", "中小学"),
)


def period_names(text: str) -> str:
    """The spoken names (十一五) of the five-year plans ``text`` writes out (第十一个五年规划), so
    that a title is named by them too (may be empty)."""
    return " ".join(spoken for spoken, written in PLAN_PERIODS if written in text)


MAX_TERM = 20
# Levels of government, which people run together (县区, 市县) and the documents list apart.
_LEVELS = frozenset("省市县区乡镇")


@dataclass(frozen=True)
class Entry:
    term: str
    means: str
    id: int | None = None  # None: built in

    @property
    def built_in(self) -> bool:
        return self.id is None


class Glossary:
    """Built-in entries and the admins' ones (an admin's entry for a term replaces ours)."""

    def __init__(self, added: Iterable[Entry] = (), normalise: Callable[[str], str] = str):
        by_term = {normalise(t): Entry(normalise(t), normalise(m)) for t, m in BUILT_IN}
        for entry in added:
            term = normalise(entry.term)
            by_term[term] = Entry(term, normalise(entry.means), entry.id)
        self.entries: tuple[Entry, ...] = tuple(
            entry for entry in by_term.values() if entry.term != entry.means
        )
        # Longest terms first, so 中国驰名 is read before 驰名.
        self._ordered = sorted(self.entries, key=lambda entry: -len(entry.term))
        self._successors = [tuple(normalise(name) for name in group) for group in SUCCESSORS]

    def rewrite(
        self,
        text: str,
        used: Callable[[str], bool],
        boundaries: Callable[[str], set[int]] | None = None,
    ) -> str:
        """``text`` in the documents' words: each term the documents do not ``used`` themselves
        is replaced by its meaning, where it stands as a word of its own (``boundaries``: where
        the words of a text begin and end — 省标 is no word in 浙江省标准) and not already
        inside that meaning."""
        for entry in self._ordered:
            if entry.term not in text or used(entry.term):
                continue
            edges = boundaries(text) if boundaries is not None else None
            text = _replace_outside(text, entry.term, entry.means, edges)
        return text

    def expansion(self, text: str) -> str:
        """The meanings of the terms a sentence uses, to index it under both (may be empty)."""
        found = [
            entry.means for entry in self._ordered if entry.term in text and entry.means not in text
        ]
        return " ".join(found)

    def alternatives(self, word: str) -> list[str]:
        """Other ways to write ``word``: what it means, and the terms that mean it."""
        found = [entry.means for entry in self.entries if entry.term == word]
        found += [entry.term for entry in self.entries if entry.means == word]
        found += [other for group in SYNONYMS if word in group for other in group if other != word]
        if len(word) >= 2 and all(char in _LEVELS for char in word):
            # 县区, 市县: the documents list the levels one by one (县、区; 各县(市、区)).
            found.append("、".join(word))
            found.extend(level_orders(word))
            if len(word) == 2:
                # 县区 of a title written 对县(区)农委: the second level in brackets.
                found.append(f"{word[0]}({word[1]})")
        return list(dict.fromkeys(found))

    def other_names(self, name: str) -> list[str]:
        """``name`` with each former or later office name in its place (质监局 → 市场监管局…)."""
        names: list[str] = []
        for group in self._successors:
            for member in group:
                if member in name:
                    names += [name.replace(member, other) for other in group if other != member]
        return list(dict.fromkeys(names))


def level_orders(word: str) -> list[str]:
    """Two levels named together in the other order: 区县 is the documents' 县区 (and back)."""
    if len(word) == 2 and all(char in _LEVELS for char in word) and word[0] != word[1]:
        return [word[::-1]]
    return []


# Particles jieba may glue to the end of an abbreviation (行标的 → 行 标的).
_PARTICLES = frozenset("的是")


def _replace_outside(text: str, term: str, means: str, edges: set[int] | None = None) -> str:
    """Replace ``term`` by ``means`` where it stands as a word (its ends in ``edges``) and is not
    already part of an occurrence of ``means``."""
    result: list[str] = []
    index = 0
    while True:
        found = text.find(term, index)
        if found < 0:
            result.append(text[index:])
            return "".join(result)
        inside = any(
            text.startswith(means, found - offset)
            for offset in range(0, len(means) - len(term) + 1)
            if found - offset >= 0 and means[offset : offset + len(term)] == term
        )
        end = found + len(term)
        # 行标的: jieba reads 标的 (a word of its own) and leaves 行 alone; a term ending right
        # before a particle (的, 是) ends there whatever jieba says.
        ends = edges is None or end in edges or text[end : end + 1] in _PARTICLES
        split = edges is not None and (found not in edges or not ends)
        result.append(text[index:found])
        result.append(term if inside or split else means)
        index = end
