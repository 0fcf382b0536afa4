"""How well a fact or a sentence answers a question: the one measure every answer ranks by.

``confidence.coverage`` weighs the question's words said by a text; this module gives it what
the store knows around the text — the document's title, aliases and aims, the places its rules
apply in, how its province writes a title, which verbs its document never uses — and caps a
candidate that says something else than what is asked (another award, a firm moving in, a
place's share, a quantity its document never counts). Kept in one class over the index so
that facts, sentences, lists and a unit's duties are all measured by the same rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from policybot.knowledge import confidence, vocabulary
from policybot.knowledge.confidence import Coverage, coverage
from policybot.knowledge.models import FactKind
from policybot.knowledge.places_asked import word_of_place
from policybot.knowledge.provinces import named_parents
from policybot.knowledge.queries import DocumentRow
from policybot.knowledge.question import (
    PROVINCIAL_TITLE_WORD,
    PROVINCIAL_TITLES,
    Asks,
    ParsedQuestion,
    Topic,
)
from policybot.knowledge.question_scope import short_place
from policybot.knowledge.regions import split_region
from policybot.knowledge.rule_reach import applies_in
from policybot.knowledge.search import IndexedFact, KnowledgeIndex

# A document named in a question by its kind (十二五节能减排方案里, 大商贸奖补通知中的): the
# name, up to the word for its kind, before what is asked of it.
_PLAN_KIND = re.compile(r"(?:实施|行动|工作)?(?:方案|计划|通知|意见|规划|办法|细则|文件)")


_ASKED_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,16}}?{_PLAN_KIND.pattern}(?=里|中|的|上|要|对|说)")


# The fewest words in a row of its title a question names a document by (秋浇 保墒).
TITLE_RUN = 2


# The name of an award or title (中国质量奖, 标准创新贡献奖): what a reward question is about.
_AWARD = re.compile(r"(?!最高|最低|[一二三特]等|再次|获得)[\u4e00-\u9fff]{2,8}(?:奖|商标|名牌)")


_SUM = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元")


def _grants_another_title(word: str, text: str, asked: tuple[str, ...]) -> bool:
    """``text`` grants a sum to a title of the kind ``word`` is (…商标, …名牌), not one the
    question also asks about (``asked``), and does not name ``word`` itself: it is the rule of
    that other title. (驰名商标和著名商标能一起拿吗 asks of both: the sentence granting the
    著名商标 sum is one of its answers.)"""
    if confidence.said_in_part(word, text) or not _SUM.search(text):
        return False
    # (…奖 is left out: any 给予奖励 reads as one, not a title of its own)
    ending = next((e for e in ("商标", "名牌") if word.endswith(e)), None)
    return ending is not None and any(
        title != word
        and title.endswith(ending)
        and not any(other != word and other in title for other in asked)
        for title in (found.group(0) for found in _AWARD.finditer(text))
    )


# A firm that moves in (搬到石龙的高企, 迁入…的企业, 新落户的): a case of its own, which a rule
# answers only when it speaks of moving or settling in (迁入, 整体搬迁, 落户, 引进, 入驻).
_MOVING_ASKED = re.compile(r"搬到|搬来|搬进|搬迁|迁到|迁来|迁入|迁移|落户")


_MOVING_SAID = re.compile(r"[迁搬]|落户|引进|入驻|招商|新设立|新注册")


# A noun asked as the quantity: 总投资是多少, 投资多少.
_QUANTITY_ASKED = re.compile(r"(?:是|为|有|共|一共|总共|达到|大约|大概)?多少")


# The shortest noun read as the quantity asked or as a qualifier (two characters: 投资, 有机).
_QUANTITY_LENGTH = 2


# Levels of government that pay a share of their own (市财政, 区财政, 县级).
_SHARE_LEVELS = frozenset("市县区")


# How the documents write what a word of asking names: a cap (上限) is 最高…, 不超过…; a
# threshold (门槛) is …以上, 不低于…. A sentence written so says the word.
_ANSWER_FORMS: dict[str, tuple[str, ...]] = {
    "上限": ("最高", "不超过", "不高于", "封顶", "最多", "以内"),
    "封顶": ("最高", "不超过", "不高于", "上限", "最多"),
    "门槛": ("以上", "不低于", "达到", "起点"),
    "下限": ("不低于", "最低", "以上", "至少"),
    # 每家多少: a sum given to each, which a notice writes 分别给予, 各奖励.
    "每家": ("分别", "各奖励", "各发", "每个", "每户", "每家"),
    # 获奖企业: the firms a notice 授予 a title or names as having 荣获/获得 it.
    "获奖": ("授予", "荣获", "获得", "评为"),
    # 有意见 (read 有异议) about a 公示: a notice asks for objections as 意见 (提出意见).
    "异议": ("意见",),
    # 每年增长多少: a plan writes a yearly rate as 年均增长.
    "每年": ("年均", "每年度"),
    # 单个企业一年最多奖多少: a year's total, which a rule writes 每年, 年度, 全年.
    "一年": ("每年", "年度", "全年", "当年", "一个年度"),
    # 经过哪些程序: the steps a rule lists (申报、资格审查、专家评审和社会公示).
    "程序": ("申报", "审查", "评审", "审核", "公示"),
    "流程": ("申报", "审查", "评审", "审核", "公示"),
    # 比例要多少: a share, which the documents write as a percentage (产品100%采用…).
    "比例": ("%", "％", "百分之"),
    "比重": ("%", "％", "百分之"),
    "占比": ("%", "％", "百分之"),
}


# 市政府, 区政府办: how people shorten 市人民政府, 区人民政府办公室.
_GOVERNMENT = re.compile(r"(.*[省市县区镇乡])政府(办(?:公室)?)?")


# Verbs of having achieved something (获得 a title): implied by a reward for it.
_ACHIEVING = frozenset({"获得", "荣获", "获评", "获", "取得", "被评为", "评为"})


# A province's title asked by its level alone (省名牌, 省著名商标产品).
_LEVEL_PROVINCIAL_TITLE = re.compile(rf"^省(?:{PROVINCIAL_TITLES})")


_WHOLE_LEVELS = "市县区镇乡"
# A title that is the text's opening clause (根据省政府提出…的战略指导意见, the extractor's
# reading of a page without a heading): no name of the document; its opening sentence, which
# goes on to say what the document does (对我县的示范创建工作提出如下意见), stands for it.
_OPENING_AS_TITLE = re.compile(r"^(?:根据|按照|依据)")
# A notice handing a document out (关于印发…的通知), within the first characters of its page.
_HANDED_OUT = re.compile(r"关于(?:印发|转发|下发)[^。\n]{2,80}?的通知")
_NOTICE_WITHIN = 600
# The name a question opens with before its year or time (胡陈2021年…, 胡陈乡今年…): the place
# it asks about, settlement word and all.
_OPENING_PLACE = re.compile(
    r"^([\u4e00-\u9fff]{2,4}?)(?:乡|镇|街道|村|社区)?(?=(?:19|20)\d{2}年|今年|明年|去年)"
)


def opening_place(parsed: ParsedQuestion) -> str | None:
    """The word a question opens with before its year (胡陈 of 胡陈乡今年…), when it is a word
    of its topic and names no region of the store's."""
    if parsed.region_ids:
        return None
    opened = _OPENING_PLACE.match(parsed.text)
    return opened.group(1) if opened and opened.group(1) in parsed.words else None


class Measurer:
    """Measures candidates against questions over one snapshot of the store."""

    def __init__(self, index: KnowledgeIndex) -> None:
        self.index = index
        self._applies: dict[tuple[int, str], bool] = {}  # (document, place): rules apply there
        self._notices: dict[int, str] = {}  # document: 通知 when a notice hands it out

    def measure(
        self,
        parsed: ParsedQuestion,
        text: str,
        document_id: int | None,
        surrounding: str = "",
        *,
        paragraph: str = "",
    ) -> Coverage:
        """The one measure of how well ``text`` (of ``document_id``) answers the question. A
        word only the title of its document says, or only the sentences of its paragraph
        before it (``paragraph``: what a sentence goes on from), counts in part."""
        document = self.index.find_document(document_id) if document_id is not None else None
        title = own_title = whole = ""
        if document is not None:
            aliases = " ".join(self.index.passages.document_aliases.get(document.id, ()))
            # Where the asker is (我们公司在柯城), when the document names it somewhere (柯城区
            # in its rule of where it applies), is said by each of its sentences in part, as its
            # title is: it scoped the question to the document, it names no row of it.
            # So is a place the document's rules say they apply to (柯城区驰名商标奖多少, where
            # the rules are a city's and 柯城区 is named in 奖励政策适用于…柯城区): the place
            # scoped the question to the document and names no row of it either.
            places = " ".join(
                place
                for place in dict.fromkeys((*parsed.located, *parsed.places))
                if (
                    place in parsed.located
                    and document.id in self.index.documents_mentioning(place)
                )
                or self._applies_in(document.id, place)
            )
            # So is the place a question opens with (胡陈2021年要实施哪个工程) for a document
            # stored without a region that names it: the place picked the document; its
            # sentences speak of it as 全乡, or not at all.
            opening = opening_place(parsed) if not document.region else None
            if opening is not None and self.index.passages.document_uses(document.id, opening):
                places = f"{places} {opening}"
            # So is the firm asked about (XX设备厂评上…) when the notice names it, if only in
            # its annex of winners.
            named = " ".join(
                word
                for word in parsed.achiever
                if self.index.passages.document_uses(document.id, word)
            )
            # A document stored without a title: the sentence it opens with says what it does.
            # Any plan's stated aim (为进一步深化大气污染治理工作,…) is the topic of each of its
            # sentences, as its title is (治大气 asked of a sentence of 蓝天保卫战).
            purpose = " ".join(
                (
                    ""
                    if document.title and not _OPENING_AS_TITLE.match(document.title)
                    else self.index.passages.document_purposes.get(document.id, ""),
                    self.index.passages.document_aims.get(document.id, ""),
                )
            )
            # 全县 (the whole county) in a question about a county's document is the document's
            # own reach: each of its sentences speaks for the whole county (全年改造提升农贸市场
            # 24家 in a 苍南县 list answers 全县要改造几家).
            whole = _whole_of(document.region)
            # A document stored without a title, named by what the question calls it: that
            # name's words are its title's (a title's own words complete a sentence too
            # readily: 品牌 of a 品牌提升行动计划 made a 示范区 sentence answer 品牌示范城市).
            own_title = (
                _title_run(parsed.words, document.title, document.region)
                if document.title
                else self._untitled_name(parsed, document.id)
            )
            title = (
                f"{document.title or ''} {document.short_title or ''} {aliases} {places} {named}"
                f" {purpose} {whole} {self._notice_of(document.id)}"
            )
        measured = coverage(
            self._home_titles(self._unscoped(parsed, document), document),
            text,
            self.index.passages.idf,
            light=(*parsed.categories, *parsed.achiever),
            weak=self._weak_here(parsed, document_id),
            context=title,
            title=own_title,
            paragraph=paragraph,
            surrounding=surrounding,
            alternatives=self._home_alternatives(document),
            known_elsewhere=self._elsewhere(document_id),
            whole=whole,
        )
        said = f"{text} {title} {paragraph}"
        if any(
            _AWARD.fullmatch(word) and not confidence.said_in_part(word, said)
            for word in measured.missing
        ):
            # An award named in the question (中国质量奖) that the candidate does not name: it
            # is about another award, however common the words around it. (One its document's
            # title or its paragraph names is the award it speaks of: 授予为…的单位 under 第二条
            # 市长质量奖是…; one it writes most of is that award written out: 名牌商标 for
            # 名牌名优产品和驰名著名知名商标.)
            return _capped(measured, confidence.RAREST_MISSING)
        if any(
            _AWARD.fullmatch(word) and _grants_another_title(word, text, parsed.words)
            for word in measured.missing
        ):
            # 驰名商标 asked, "对…浙江省著名商标…的企业,给予30万元": a sentence granting its own
            # sum to another title of that kind is another rule, though its paragraph's rule
            # before it names the one asked.
            return _capped(measured, confidence.RAREST_MISSING)
        if _MOVING_ASKED.search(parsed.text) and not _MOVING_SAID.search(said):
            # 搬到石龙的高企能奖多少, of 对重新认定的高企…奖励6万元: a rule for firms already
            # there says nothing of one moving in; the question is not answered.
            return _capped(measured, confidence.HEDGE - 0.01)
        if document is not None and self._share_of_place_unsaid(parsed, said, document.id):
            return _capped(measured, confidence.HEDGE - 0.01)
        if self._asks_what_its_document_never_says(parsed, measured, text, said, document_id):
            return _capped(measured, confidence.RAREST_MISSING)
        return measured

    def _notice_of(self, document_id: int) -> str:
        """通知 for a document handed out by a notice its page opens with (关于印发…分解表的通知,
        stored under the 分解表's title): the question's 分解通知 names it so."""
        said = self._notices.get(document_id)
        if said is None:
            head = self.index.passages.document_texts.get(document_id, "")[:_NOTICE_WITHIN]
            said = self._notices[document_id] = "通知" if _HANDED_OUT.search(head) else ""
        return said

    def _asks_what_its_document_never_says(
        self,
        parsed: ParsedQuestion,
        measured: Coverage,
        text: str,
        said: str,
        document_id: int | None,
    ) -> bool:
        """总投资是多少 asked of a sentence of a plan that never writes 投资 (抓好80万吨…项目
        under a heading naming the bases asked about): the quantity asked, a noun of the topic
        the candidate's document never writes while the store does, is not what the sentence's
        figure counts. Or 有机产品认证 asked of 对新获得绿色食品认证的主体,每个获证产品给予…:
        such a noun, rarer than the word of the topic it stands before and that the candidate
        does say (有机 before 产品), narrows that word to a kind the document does not name.
        Either way (asked for a number or a sum) the candidate is at best a partial match."""
        if parsed.asks not in (Asks.NUMBER, Asks.MONEY):
            return False
        unsaid = self._unsaid_topic_words(parsed, measured, text, said, document_id)
        if any(
            re.search(f"{re.escape(word)}{_QUANTITY_ASKED.pattern}", parsed.text) is not None
            for word in unsaid
        ):
            return True
        idf = self.index.passages.idf
        return any(
            other != word
            and f"{word}{other}" in parsed.text
            and other in text
            and f"{word}{other}" not in said
            and idf(word) >= idf(other)
            for word in unsaid
            for other in parsed.words
            if len(other) >= _QUANTITY_LENGTH
        )

    def _unsaid_topic_words(
        self,
        parsed: ParsedQuestion,
        measured: Coverage,
        text: str,
        said: str,
        document_id: int | None,
    ) -> list[str]:
        """The nouns of the topic the candidate misses that its document never writes while the
        store does (none for a candidate of no document). A word whose characters all stand in
        the text is left alone: an abbreviation of what it writes (质检 in 质量监督检验检疫)."""
        if document_id is None:
            return []
        known_elsewhere = self._elsewhere(document_id)
        light = {*parsed.categories, *parsed.achiever}
        weak = set(self._weak_here(parsed, document_id))
        return [
            word
            for word in measured.missing
            if len(word) >= _QUANTITY_LENGTH
            and word not in light
            and word not in weak
            and not confidence.said_in_part(word, said)
            and not all(character in text for character in word)
            and known_elsewhere(word)
        ]

    def _share_of_place_unsaid(self, parsed: ParsedQuestion, said: str, document_id: int) -> bool:
        """婺城区…区财政出多少, of a city's notice saying 区财政资金3643.2万元: a place of one
        level named (婺城区) and that level's share asked (区财政, 区级) is the place's own
        share; a sentence that names the level but not the place gives the share of all such
        places together, not the one asked. (A rule the document says applies in the place,
        市财政奖励5万元,区财政配套3万元, does give each of its districts' share.)"""
        for place in parsed.places:
            level = place[-1:]
            if (
                level in _SHARE_LEVELS
                and re.search(f"{level}(?:财政|级)", parsed.text.replace(place, " "))
                and re.search(f"{level}(?:财政|级)", said)
                and short_place(place) not in said
                and not self._applies_in(document_id, place)
            ):
                return True
        return False

    def _untitled_name(self, parsed: ParsedQuestion, document_id: int) -> str:
        """What the question calls a document stored without a title, when it names one
        (十二五节能减排方案里…, of an excerpt that starts at its 主要目标): the words of that
        name its text says (节能, 减排), and the word for its kind (方案), which a text without a
        title never says. They name the document, as a title's words do."""
        # (As typed and as read: a word read otherwise, 减排 as 排放, is of the name too.)
        names = [m.group(0) for m in map(_ASKED_NAME.search, (parsed.text, parsed.reading)) if m]
        if not names:
            return ""
        return " ".join(
            word
            for word in parsed.words
            if any(word in name for name in names)
            and (_PLAN_KIND.fullmatch(word) or self.index.passages.document_uses(document_id, word))
        )

    def _applies_in(self, document_id: int, place: str) -> bool:
        key = (document_id, place)
        if key not in self._applies:
            self._applies[key] = applies_in(self.index, document_id, place)
        return self._applies[key]

    def _alternatives(self, word: str) -> tuple[str, ...]:
        """A word's other forms: the glossary's, and for a word of asking (上限, 门槛) the
        forms the documents write it in."""
        forms = [*self.index.glossary.alternatives(word), *_ANSWER_FORMS.get(word, ())]
        government = _GOVERNMENT.fullmatch(word)
        if government:  # 区政府(办): the documents write 区人民政府(办公室)
            forms.append(f"{government.group(1)}人民政府{'办公室' if government.group(2) else ''}")
        return tuple(forms)

    def _unscoped(self, parsed: ParsedQuestion, document: DocumentRow | None) -> tuple[str, ...]:
        """The topic's words less a place the document's rules say they apply in (柯城区 of
        柯城区驰名商标奖多少, for a city's rules "适用于…市级、柯城区…"): that place scoped the
        question to the document, as a region named does, and no sentence of it need say it
        again — left in, it held a sure answer to a hedge."""
        if document is None or not parsed.places:
            return parsed.words
        applying = {place for place in parsed.places if self._applies_in(document.id, place)}
        kept = tuple(word for word in parsed.words if word not in applying)
        return kept or parsed.words

    def _home_titles(self, words: tuple[str, ...], document: DocumentRow | None) -> tuple[str, ...]:
        """The topic's words as a document of that province writes them: 江苏省名牌 is its
        省名牌 (沛县's 获省名牌产品); another province's title stays as asked."""
        if document is None or document.region_id is None:
            return words
        region = self.index.region_name(document.region_id) or ""
        provinces = {region, *named_parents(region)}
        read = []
        for word in words:
            title = PROVINCIAL_TITLE_WORD.match(word)
            read.append(f"省{title.group(2)}" if title and title.group(1) in provinces else word)
        return tuple(read)

    def _home_alternatives(self, document: DocumentRow | None) -> Callable[[str], tuple[str, ...]]:
        """A word's other forms (``_alternatives``), and for a province's title asked by its
        level (省名牌, 省著名商标) the title as a document of that province names it: 浙江名牌
        or 浙江省名牌 in a plan of a city of 浙江省 (the other way round from ``_home_titles``)."""
        provinces = self._document_provinces(document)
        if not provinces:
            return self._alternatives

        def alternatives(word: str) -> tuple[str, ...]:
            forms = self._alternatives(word)
            title = _LEVEL_PROVINCIAL_TITLE.match(word)
            if not title:
                return forms
            rest = word[1:]
            return (*forms, *(f"{name}{rest}" for province in provinces for name in province))

        return alternatives

    def _document_provinces(self, document: DocumentRow | None) -> tuple[tuple[str, str], ...]:
        """The provinces above a document's region, full and short (浙江省, 浙江)."""
        if document is None or document.region_id is None:
            return ()
        region = self.index.region_name(document.region_id) or ""
        return tuple(
            (name, name.removesuffix("省"))
            for name in sorted(p for p in {region, *named_parents(region)} if p)
            if name.endswith("省")
        )

    def _elsewhere(self, document_id: int | None) -> Callable[[str], bool]:
        passages = self.index.passages

        def known_elsewhere(word: str) -> bool:
            # A document that writes the word another way (高新技术企业 for 高企) speaks of it.
            in_document = document_id is not None and any(
                passages.document_uses(document_id, form)
                for form in (word, *self.index.glossary.alternatives(word))
            )
            return not in_document and passages.knows(word)

        return known_elsewhere

    def _weak_here(self, parsed: ParsedQuestion, document_id: int | None) -> tuple[str, ...]:
        """The question's verbs and adverbs that the candidate's document never uses: those say
        how the asker talks (保持, 必须), not which rule is meant. A verb the document does use
        (主导 or 参与 制定) keeps its full weight: it tells rules apart. A province named in a
        topic (广东省政府质量奖) always weighs little: the plans often leave it out. So does
        获得 (荣获, 获评) in a question about a reward: a reward is for what was achieved, and a
        rule or a notice names the title alone (徐州市知名商标奖励…) as often as 获得 it."""
        if document_id is None:
            return parsed.weak
        rewards = parsed.topic_kind == Topic.REWARD or parsed.asks == Asks.MONEY
        return tuple(
            w
            for w in parsed.weak
            if vocabulary.place_names(w)
            or word_of_place(w, parsed.places)  # (南岭区, which the tagger does not know)
            or (rewards and w in _ACHIEVING)
            or not any(
                self.index.passages.document_uses(document_id, form)
                for form in (w, *self._meanings(w))
            )
        )

    def _meanings(self, word: str) -> tuple[str, ...]:
        """What the documents write for a glossary term (规上: 规模以上); a question keeps a term
        as typed where some document writes it so, and one writing it in full uses it too."""
        return tuple(entry.means for entry in self.index.glossary.entries if entry.term == word)

    def measure_fact(self, parsed: ParsedQuestion, fact: IndexedFact) -> Coverage:
        """A fact answers what its label says; its sentence is only the surrounding."""
        region = self.index.region_name(fact.row.region_id) if parsed.places else None
        return self.measure(parsed, fact_text(fact, region), fact.row.document_id, fact.row.quote)


def _title_run(words: Sequence[str], title: str, region: str | None) -> str:
    """The words of the question that name its document by its title: a run of at least
    ``TITLE_RUN`` of its words in a row (秋浇 保墒 of 巴彦淖尔2006年秋浇保墒评上…, 落实 甘肃 支持
    科技 创新 若干 措施 方案 of …若干措施的方案,以啥为核心) all of which the title says. They pick
    the document, not one of its sentences: a sentence is completed by them as a sentence of
    a document stored without a title is by the name the question calls it. A word of the
    title the question says alone (品牌 of 品牌示范城市) names no document."""
    named: list[str] = []
    run: list[str] = []
    for word in (*words, ""):
        if _said_apart_from_places(word, title, region) and word not in confidence.LEVELS:
            run.append(word)
            continue
        if len(run) >= TITLE_RUN:
            named += run
        run = []
    return " ".join(named)


def _said_apart_from_places(word: str, title: str, region: str | None) -> bool:
    """Whether ``title`` says ``word`` (two characters or more) other than as the start of the
    name of its document's own place ``region``: 示范 of 示范市品牌建设…计划 is the city, and
    names no plan of it (a place the title cites, 甘肃 of …落实《甘肃省…措施》方案, still does)."""
    if len(word) < 2:
        return False
    own = [name for name in _place_names(region) if name.startswith(word)]
    return any(
        not any(title.startswith(name, at) for name in own) for at in _occurrences(word, title)
    )


def _place_names(region: str | None) -> list[str]:
    """Each level's name in a region's name (佛山市南海区: 佛山市, 南海区), as ``split_region``
    reads it."""
    if not region:
        return []
    parent, _ = split_region(region)
    return [parent, region[len(parent) :]] if parent else [region]


def _occurrences(word: str, text: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, each time."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _capped(measured: Coverage, cap: float) -> Coverage:
    """``measured`` at most ``cap``, as its title completes it too (``Coverage.completed``)."""
    completed = None if measured.completed is None else min(measured.completed, cap)
    return replace(measured, share=min(measured.share, cap), completed=completed)


_NEW = "新增"
_YEARLY_NEW = "每年新增"


def fact_text(fact: IndexedFact, region: str | None = None) -> str:
    row = fact.row
    parts = (
        row.label,
        # 每年…超过20项: what a yearly target counts each year is new (新增), said or not
        _YEARLY_NEW if getattr(row, "per_year", False) and _NEW not in row.label else "",
        row.unit or "",  # 万亩, 人次: what a 多少万亩 question measures in
        # 每月5日前: a recurring duty's stated day is part of what it is (每月几号前报送)
        row.due_text or "" if row.kind == FactKind.RECURRING else "",
        region or "",
        row.section or "",
        row.treatment or "",
        *fact.lead_units,
        *fact.support_units,
    )
    return " ".join(part for part in parts if part)


def _whole_of(region: str | None) -> str:
    """The word for the whole of a document's region (全县 for 苍南县), which a question about
    it says and its sentences leave out; empty for a region without such a level."""
    if region and len(region) > 1 and region[-1] in _WHOLE_LEVELS:
        return f"全{region[-1]}"
    return ""
