"""What every rule needs to know about the document it reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from policybot.knowledge.extract.dates import find_time_mentions
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.records import DocumentMeta
from policybot.knowledge.extract.structure import Paragraph
from policybot.knowledge.extract.text_index import TextIndex, index_of

_DISTRICT_SUFFIXES = ("区", "县", "市", "镇", "街道", "乡")
# A notice or decision that commends or rewards (or asks for the money to), or a notice of results
# ("考评结果的通报"): its numbers report what was achieved, they set no goal.  A plan's own promise
# "对完成任务好的予以表彰" (a condition ending in 的, no recipient named) does not make it one.
_COMMENDATION = re.compile(
    # "…工作目标责任奖惩的通报" rewards some and penalises others: a notice of results too
    r"(?:表彰|嘉奖|奖励|奖惩|命名)[^。\n]{0,40}的(?:通报|决定|通知|请示)|关于[^。\n]{0,40}(?:表彰|嘉奖)|"
    r"奖励[^。\n]{0,10}请示|(?<!的)予以(?:通报)?表彰|通报表彰|(?:结果|情况)的通报|通报如下|"
    # "关于2014年…以奖代补资金安排的通知": grants handed to the places it names (batch 24)
    r"(?:以奖代补|奖补)资金[^。\n]{0,10}(?:安排|分配|下达)的(?:通知|通报|决定)"
)

# "关于印发某市品牌建设奖励办法的通知": a notice that issues reward *rules* promises rewards for
# what firms will achieve; it is a plan of its own, not a commendation.
_ISSUES_RULES = re.compile(r"印发|办法|规定|细则|条例|政策|措施|意见|实施方案")


# Words for the year's own work in a notice that names no plan period.
_THIS_YEARS_WORK = re.compile(
    r"全年(?:规划|计划|任务|目标)|本年度|年度(?:工作)?计划|今年(?:的)?(?:任务|目标)|年度(?:工作)?任务"
    # "为做好今年政府工作", "今年省政府工作的总体要求": a division of the year's government work
    r"|今年(?:的)?(?:省|市|县|区)?(?:人民)?政府工作"
)
# "一、主要目标\n2020年,通过…": the year that opens the paragraph right under a goals heading.
_GOALS_OPENING_YEAR = re.compile(
    r"(?:主要|工作|总体|年度)目标[::]?[ \t]*\n\s*(?P<year>(?:19|20)\d{2})年(?:度)?[,,]"
)


# A year as a text writes it, except in a full date ("2031年3月15日") or as a year looked back on.
# A year an event cited as the plan's ground carries ("为贯彻落实2029年全省质量大会精神") is the
# event's, not the plan's (attack51 H1).
_GOAL_YEAR_WRITTEN = re.compile(
    r"(?<!贯彻)(?<!落实)(?<!根据)(?<!按照)(?<!依据)(?<!\d)(?P<year>(?:19|20)\d{2})\s*年"
    r"(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?!\s*(?:已|以来|至今))"
)


@dataclass
class DocContext:
    text: str
    meta: DocumentMeta
    paragraphs: list[Paragraph] = field(default_factory=list)
    suffix_cache: dict[str, str | None] = field(default_factory=dict, repr=False)

    @property
    def region(self) -> str | None:
        return self.meta.region

    @cached_property
    def is_commendation(self) -> bool:
        """A commendation or reward notice (表彰/通报/请示): it reports, it does not plan."""
        head = "\n".join(paragraph.text for paragraph in self.paragraphs[:12])
        return any(
            not _ISSUES_RULES.search(match.group(0)) for match in _COMMENDATION.finditer(head)
        )

    @cached_property
    def sets_no_goals(self) -> bool:
        """A commendation, or reward rules (奖励办法): their numbers are what was achieved or
        what earns a reward, never a goal the document sets."""
        head = "\n".join(paragraph.text for paragraph in self.paragraphs[:12])
        return bool(_COMMENDATION.search(head))

    @cached_property
    def index(self) -> TextIndex:
        """Where short strings occur in the text (place tables ask it once per row)."""
        return index_of(self.text)

    @cached_property
    def content_end(self) -> int:
        """Where the text's last non-blank character ends: whether something runs to the end
        of the text is a comparison, not a copy and strip of the rest per question."""
        return len(self.text.rstrip())

    @cached_property
    def document_year(self) -> int | None:
        """The year the document was written: signing date, else the doc number's year.

        A one-year plan dated after its year ("2031年主要工作任务" on a page whose 发文时间 is
        2033) speaks of its own year as 今年: that year, not the later date's (B42-6)."""
        if self.meta.issued:
            period = self.meta.period
            if period and period[0] == period[1] and period[1] < self.meta.issued.year:
                return period[1]
            return self.meta.issued.year
        match = re.search(r"[〔\[【(]((?:19|20)\d{2})[〕\]】)]", self.meta.doc_number or "")
        return int(match.group(1)) if match else None

    @property
    def plan_end(self) -> date | None:
        """Deadline of a goal that names none (SCHEMA: "the plan's end year"; FAILURES "Stop 50
        — dating convention", D50): the end the plan states (``stated_plan_end``), else the end
        of the document's own year — a 若干意见 signed "2031年5月6日" or numbered 〔2031〕 that
        states no period and no other year of its own plans for that year (D50-3).  None only
        when the document gives no year of its own: a cited document's, a page's publication
        date or a year looked back on does not date it."""
        stated = self.stated_plan_end
        if stated is not None:
            return stated
        if self.document_year is not None:
            return date(self.document_year, 12, 31)
        return None

    @property
    def stated_plan_end(self) -> date | None:
        """The end the plan states for its goals: the end of the plan's last year, else (a plan
        whose signing date and period were not found, such as an excerpt without its 落款) the
        horizon its goals are stated for ("到2020年"), else the year the text plans for (its
        year's work, the one year it writes).  Rules that read a year a paragraph opens with
        ask this one: the signing year alone does not override such a year."""
        if self.meta.period:
            return date(self.meta.period[1], 12, 31)
        if self.horizon is not None:
            return date(self.horizon, 12, 31)
        if self.document_year is not None and self.speaks_of_the_years_work:
            # a dated notice about "全年"/"本年度" work (a progress notice, a task hand-down) with no
            # period: its quotas are for the year it was signed in
            return date(self.document_year, 12, 31)
        if self.document_year is not None and self.states_only_its_own_year:
            # "2023年全区固定资产投资力争完成381亿元…安排58亿元财政资金…" signed in 2023 and
            # naming no other year: its undated figures are that year's too (B34-6)
            return date(self.document_year, 12, 31)
        if self.goals_opening_year is not None and self.speaks_of_the_years_work:
            # an undated plan whose goals open "一、主要目标\n2020年,…" and that speaks of the
            # year's tasks ("完成省下达的…减排年度任务") is that year's plan
            return date(self.goals_opening_year, 12, 31)
        if self.only_year_written is not None:
            # T49-1: a text with no period and no horizon that writes one year only, outside its
            # dates ("做好2031年度…工作", "2031年,全县…"), plans that year
            return date(self.only_year_written, 12, 31)
        return None

    @cached_property
    def years_written(self) -> frozenset[int]:
        """The years the text writes: not counting a full date (a signing or publication day
        says when it was written, not by when) nor a year looked back on ("2031年已达标",
        "2031年以来")."""
        return frozenset(int(match["year"]) for match in _GOAL_YEAR_WRITTEN.finditer(self.text))

    @cached_property
    def only_year_written(self) -> int | None:
        """The one year the text writes (``years_written``), if it writes exactly one, not one
        before the year the text was signed or numbered in."""
        if len(self.years_written) != 1:
            return None
        year = next(iter(self.years_written))
        if self.document_year is not None and year < self.document_year:
            return None  # a plan signed in 2031 is not due in 2029 (attack51 H1)
        return year

    @cached_property
    def month_only_year(self) -> int | None:
        """The year a month written alone ("7月底前", "9月底前完成…") falls in: a one-year plan's
        year; with no period, the one year the text writes, else (D50-3, attack51 M5) the
        document's own year when the text writes no year at all besides its dates.  A plan of
        several years leaves a month alone undated."""
        period = self.meta.period
        if period is not None:
            return period[0] if period[0] == period[1] else None
        if self.only_year_written is not None:
            return self.only_year_written
        if not self.years_written:
            return self.document_year
        return None

    @cached_property
    def speaks_of_the_years_work(self) -> bool:
        """Whether the text speaks of the year's own work (全年任务, 本年度, 年度任务). Cached: the
        plan end is asked once per figure, and a search of the whole text each time made a
        400 KB upload of figures quadratic (benchmarks.hostile_uploads)."""
        return _THIS_YEARS_WORK.search(self.text) is not None

    @cached_property
    def states_only_its_own_year(self) -> bool:
        """Whether the text, outside cited titles, states goals for its own (signing) year at
        least twice ("2023年全区…力争完成", "2023年,计划推进…") and names no other year at all."""
        own = self.document_year
        if own is None:
            return False
        outside_titles = re.sub(r"《[^》]*》(?:\([^)]*\))?", "", self.text)
        years = [mention.year for mention in find_time_mentions(outside_titles) if mention.year]
        goals = len(
            re.findall(
                rf"{own}年[,,]?(?:全[省市区县]|[^。;]{{0,12}}?(?:力争|计划|确保))", outside_titles
            )
        )
        return goals >= 2 and set(years) == {own}

    @cached_property
    def goals_opening_year(self) -> int | None:
        """The year opening the paragraph right under a goals heading ("一、主要目标\n2020年,…")."""
        opening = _GOALS_OPENING_YEAR.search(self.text)
        return int(opening["year"]) if opening else None

    @cached_property
    def horizon(self) -> int | None:
        """The latest year the text states a goal for ("到2020年", "2020年底前"), outside cited
        titles; None when no year is stated so or the document's own year is unknown only
        because nothing dates it at all."""
        outside_titles = re.sub(r"《[^》]*》(?:\([^)]*\))?", "", self.text)
        years = [
            mention.year
            for mention in find_time_mentions(outside_titles)
            if mention.kind in ("point", "range")
            and mention.year
            and re.match(r"^(?:到|至)|.*(?:底|末|前)$", mention.text)
        ]
        own = self.document_year
        years = [year for year in years if own is None or year >= own]
        return max(years) if years else None

    @cached_property
    def region_prefixes(self) -> list[str]:
        """Ways the document names its own jurisdiction at the start of a unit name."""
        region = self.region
        if not region:
            return ["市", "区", "县"]
        parts = re.findall(r"[\u4e00-\u9fff]+?(?:省|自治区|自治州|市|盟|地区|区|县|旗)", region)
        last = parts[-1] if parts else region
        prefixes = {region, last, last[-1]}
        if len(last) > 2:
            prefixes.add(last[:-1])
        return sorted(prefixes, key=len, reverse=True)

    def written_suffix(self, short: str) -> str | None:
        """The suffix the text itself puts after a short place name (cached: the text is long)."""
        if short not in self.suffix_cache:
            self.suffix_cache[short] = next(
                (suffix for suffix in _DISTRICT_SUFFIXES if self.index.occurs(short + suffix)),
                None,
            )
        return self.suffix_cache[short]

    def county_of_own_prefecture(self, short: str) -> str | None:
        """The county-level division of the document's own city that ``short`` names, when the
        gazetteer has exactly one: a 嘉兴市 plan's 平湖 is 平湖市 and 南湖 南湖区, though the list
        is addressed to 各县(市、区) — guessing the suffix from that made them 平湖县, 南湖县."""
        region = self.region
        if not region:
            return None
        names = {
            place.name
            for place in gazetteer().lookup(short)
            if place.level == "county"
            and place.alias == short
            and place.prefecture is not None
            and region.endswith(place.prefecture)
        }
        return names.pop() if len(names) == 1 else None

    def prefecture_of_own_province(self, short: str) -> str | None:
        """The prefecture of the document's own province that ``short`` names, when the gazetteer
        has exactly one: a 某省 plan's list "杭州120万亩、宁波150万亩" names 杭州市, 宁波市 (the
        区 guessed for a city's list is wrong a level up)."""
        region = self.region
        if not region or not region.endswith("省"):
            return None
        names = {
            place.name
            for place in gazetteer().lookup(short)
            if place.level == "prefecture" and place.alias == short and place.province == region
        }
        return names.pop() if len(names) == 1 else None

    def district_name(self, short: str, context: str) -> str:
        """ "禅城" -> "禅城区": the suffix the document itself uses, else the one "各区" implies."""
        if short.endswith(_DISTRICT_SUFFIXES) and len(short) >= 3:
            return short
        if len(short) == 2 and short.endswith(("区", "县", "旗")):
            return short  # 东区, 西区, 郊区: a two-character name is whole (not 东区区)
        written = self.written_suffix(short)
        if written:
            return short + written
        known = self.county_of_own_prefecture(short) or self.prefecture_of_own_province(short)
        if known:
            return known
        for cue, suffix in (
            ("各乡镇", "镇"),
            ("各镇", "镇"),
            ("各街道", "街道"),
            ("各县", "县"),
            ("各乡", "乡"),
        ):
            if cue in context:
                return short + suffix
        return short + "区"
