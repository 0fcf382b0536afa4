"""Responsible units: "(牵头单位:…;配合单位:…)" notes, table cells, and names in prose.

Plans abbreviate lists of units: "市发展改革局、经济和信息化局、科技局" means 市发展改革局,
市经济和信息化局, 市科技局 (the jurisdiction prefix is shared), and "禅城、南海、高明区人民政府"
shares a suffix.  Both are expanded here so every unit is named in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policybot.knowledge.extract.gazetteer import gazetteer

# What the name of an organisation ends with.
UNIT_SUFFIXES: tuple[str, ...] = (
    "人民政府",
    "政府",
    "办公室",
    "办公厅",
    "领导小组",
    "工作小组",
    "联席会议",
    "常务会议",
    "委员会",
    "管委会",
    "督查室",
    # "市委政研室", "县政府研究室": the research office of a government or party committee
    # (督办室 was tried too: a dev gold reads its oversight as no task, and the unit brought it)
    "政研室",
    "研究室",
    # "各处室", "局机关各科室", "各股室": a bureau's own offices as its notes name them
    "处室",
    "科室",
    "股室",
    "督查组",
    "成员单位",
    "相关单位",
    "有关单位",
    "各单位",
    "各部门",
    "相关部门",
    "有关部门",
    "工商联",
    # "县政协", "市政协": the political consultative conference of a level, as 人大常委会 is
    "政协",
    # "县国有林场": a state forest farm, the body that carries out its forestry work
    "林场",
    "总工会",
    "团市委",
    "妇联",
    "科协",
    "协会",
    "学会",
    "商会",
    "联合会",
    "中心",
    "研究院",
    "检验检疫局",
    # "市税务部门", "县重点项目工作专班", "青川海关", "市气象台", "市委党校"
    "部门",
    "工作组",
    "专班",
    "海关",
    "气象台",
    "电视台",
    "党校",
    "学校",
    "大学",
    "局",
    "委",
    "办",
    "厅",
    "部",
    "院",
    "所",
    "站",
    "队",
    "行",
    "社",
    "处",
    "公司",
    "集团",
    "法院",
    "检察院",
    "街道",
    "乡镇",
    "镇",
    "会",
    "联",
    # "崇川经济开发区、相关街道": a development zone named in a unit cell or list is the zone's
    # administration, a body that carries work out (B46-6)
    "经济开发区",
    "经济技术开发区",
    "高新技术产业开发区",
    # "文化宣传股", "旅游股": a county bureau's sections, the bodies its own task tables charge
    # (B50-3; "文化馆", "图书馆" are matched by ``_UNIT_NAME``'s last form)
    "股",
)
_SUFFIX_PATTERN = "|".join(sorted(UNIT_SUFFIXES, key=len, reverse=True))
_UNIT_NAME = re.compile(
    rf"^(?:[\u4e00-\u9fff<>]|(?<=各[市县区])、|(?<=各[市县区]\([市县区旗]\))、|\([\u4e00-\u9fff、]*\)|〔[\u4e00-\u9fff、]*〕){{1,30}}?"
    rf"(?:{_SUFFIX_PATTERN})"
    r"(?:<[^>]+>|\([\u4e00-\u9fff、]{1,8}\)|〔[\u4e00-\u9fff、]{1,8}〕)?$"
    # "各镇街", "各乡镇街": the towns and sub-districts, named together
    r"|^各[乡镇区县市]{0,2}镇街$"
    # "文化馆", "县图书馆": a public culture institution, named alone too (B50-3)
    r"|^[\u4e00-\u9fff]{0,12}?(?:文化|图书|博物|纪念|档案|科技|美术)馆$"
)
# (not 市场监管局: 市场 is the field of a name without a level, whose 市 gives no level to the
# names after it: "由市场监管局牵头,商务局配合" is no 市商务局)
_JURISDICTION_PREFIX = re.compile(
    r"^(?!市场)(?:[\u4e00-\u9fff]{2,6}?[省市区县州])?[省市区县州]|^各"
)
_LABELS = {
    "lead": (
        "主体责任单位",
        "主责单位",
        "主责部门",
        "责任主体",
        "主要牵头单位",
        "牵头责任单位",
        "主要责任单位",
        "牵头单位",
        "责任单位",
        "主办单位",
        "牵头部门",
        "责任部门",
        "负责单位",
        # "主要负责单位:市甲局;协助单位:市乙局"
        "主要负责单位",
        "主要负责部门",
        "负责部门",
        "实施单位",
        # "(实施主体:市甲局)", "(承办单位:市甲局)": who carries the item out
        "实施主体",
        "承办单位",
        "承办部门",
        # "(落实单位:市甲局)", "(承担单位:市甲局)", "具体责任单位:市甲局": other words a
        # division-of-labour list uses for the body that does the item (round 37, general
        # vocabulary of the genre, not read from a document)
        "具体责任单位",
        "直接责任单位",
        "第一责任单位",
        "落实单位",
        "落实部门",
        "承担单位",
        "承担部门",
        "执行单位",
        "实施部门",
        # "(牵头考核单位:财政局、税务局)", "(数据采集单位:县工信局)": who checks a reward rule's
        # figures carries out that part of it
        "牵头考核单位",
        "考核牵头单位",
        "牵头考核部门",
        "考核单位",
        "数据采集单位",
        "数据提供单位",
        # a bureau's own 工作要点: its sections and divisions carry the items
        "牵头科室",
        "责任科室",
        "牵头处室",
        "责任处室",
    ),
    "support": (
        "主要协作单位",
        "主要配合单位",
        "配合单位",
        "协作单位",
        "协办单位",
        "参与单位",
        "配合部门",
        "协同单位",
        "协助单位",
        "协同部门",
        "协作部门",
        "协办部门",
        "参与部门",
        # "会办单位:市乙局", "联办单位:市乙局", "参加单位:市乙局" (round 37, as above)
        "配合责任单位",
        "协同配合单位",
        "会办单位",
        "联办单位",
        "参加单位",
        "配合科室",
        "配合处室",
        "协办科室",
        "协办处室",
    ),
}
_LABEL_PATTERN = "|".join(label for labels in _LABELS.values() for label in labels)
# "(责任单位:A、B、C)": labels that name the bodies answerable for an item without saying which
# of them leads. A list under only these labels is jointly responsible (``UnitNote.joint``):
# reading its first name as the lead put words in the plan's mouth ("牵头: A").
JOINT_LABELS: frozenset[str] = frozenset(
    ("责任单位", "责任部门", "负责单位", "负责部门", "具体责任单位", "责任科室", "责任处室")
)
# "责任单位中排序第一的为牵头单位": a document-wide rule for its unit notes.
FIRST_UNIT_LEADS = re.compile(
    r"(?:排(?:序|名|在)?|列)(?:第一|首位|最前)(?:位|个)?(?:的)?(?:单位|部门)?(?:为|是)(?:牵头|主办|主责)"
    r"|第一(?:个|位)?(?:责任)?(?:单位|部门)(?:为|是)(?:牵头|主办|主责)"
    # "首位单位为牵头单位", "列第一位者为牵头或汇总单位"
    r"|(?:首位|第一位)(?:的)?(?:责任)?(?:单位|部门|者)(?:为|是)(?:工作)?(?:牵头|主办|主责)"
)
# The verbs of a note that make its units answerable together, none the lead.
_ANSWER = ("负责", "负总责")
_VERBAL_NOTE = re.compile(
    # "(省发改委总牵头)" after a heading: the lead of the whole part (round 33)
    r"^(?:由)?(?P<lead>[^()]+?)(?P<verb>总?牵头(?:落实|实施|抓总|推进|组织)?|负责|负总责|主抓|抓总)"
    # "(机关党委牵头,各处室分工负责)": after a lead, the bodies that "负责" (their share of the
    # work, 分工 taken off by ``_SHARING_WORDS``) support it
    r"(?:[,;、]\s*(?P<support>[^()]+?)(?:等(?:部门|单位))?(?:配合|参与|协同|协助|(?<=[^,;、]{2})负责))?$"
)
_NOTE = re.compile(
    r"(?:[((](?P<body>[^()()]*(?:\([^()]*\)[^()()]*)*)[))]"
    # "〔市发改委牵头〕", "【牵头单位:市发改委】", "[市发改委牵头]": other brackets a copy uses
    r"|[〔【\[](?P<other>[^〔〕【】\[\]]{2,120})[〕】\]]"
    # "…完善基础设施。——市发改委牵头": a unit after a dash
    r"|(?<=[。;])\s*—{1,2}\s*(?P<dash>[^—。;]{2,80}?))\s*[。.]?\s*$"
)
# "…最高给予资助。责任单位:市科技局、市财政局。" (a labelled note without brackets); brackets in it
# only balanced ("市场监管局(知识产权局)"), so a note inside brackets is not read from its comma
_NOTE_TEXT = r"(?:[^。;()()]|[((][^()()]*[))])+?"
# "…。牵头:省商务厅;参与:省旅游委": a bare role word with its colon labels the note too (here
# only: elsewhere a bare 牵头 is the verb of a note)
_BARE_LABEL_PATTERN = rf"{_LABEL_PATTERN}|(?:牵头|配合|参与|协办)(?=\s*[::])"
# "牵头单位:市甲局。配合单位:市乙局。": the support label may open a sentence of its own.
_SUPPORT_LABEL_PATTERN = "|".join(_LABELS["support"]) + r"|(?:配合|参与|协办)(?=\s*[::])"
_BARE_NOTE = re.compile(
    rf"(?<=[。;,])\s*(?P<body>(?:{_BARE_LABEL_PATTERN})\s*[::]{_NOTE_TEXT}"
    rf"(?:(?:[;,]\s*[\u4e00-\u9fff]{{2,8}}|。\s*(?:{_SUPPORT_LABEL_PATTERN}))\s*[::]{_NOTE_TEXT})*)"
    r"[。.;]?\s*$"
)


@dataclass
class UnitNote:
    """The units of one task: lead and support lists, plus where the note sits."""

    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    start: int = 0  # offset of the note inside its paragraph
    end: int = 0
    when: str = ""  # the time limit the note states ("完成时限:2023年6月底")
    # "(责任单位:A、B、C)": several units answerable together, none named as the lead; ``lead``
    # then holds them all, in the document's order.
    joint: bool = False
    # "A、B分别牵头": every unit named leads its own part; a document-wide "列第一位为牵头单位"
    # does not make the first the only lead (B45-4).
    each_leads: bool = False


# A bracket after a title states the document's status ("(试行)", "(征求意见稿)"): its last
# character may be a unit suffix (行), but it names no body.
_DOCUMENT_STATUS = re.compile(r"^(?:试行|暂行|修订|修订稿|草案|征求意见稿|送审稿|讨论稿)$")
# B54-2: "某县数据资源管理局(原政务服务中心)" in a page's 发布机构 field or header: a bracket that
# opens on 原 gives a body's former name, never the units of a task.
_FORMER_NAME = re.compile(r"^原[\u4e00-\u9fff]{2,30}$")


# "建设县级物流配送中心", "组建青禾县检测中心", "推进城区服务站建设": a work that builds or runs a
# body (a task cell of a flattened table) opens with a verb of doing; a body's name does not
# (建设银行, 建设局 are short or take a level word first).
_WORK_ON_A_BODY = re.compile(
    r"^(?:建设|新建|筹建|组建|成立|设立|推进|开展|完成|加快|实施|推动|打造|改造|启动|建立|完善|"
    r"提升|扩建|改扩建|升级)(?![银])[\u4e00-\u9fff]{4,}"
)


# "省应对甲型H1N1流感联防联控协调小组办公室", "市5G发展领导小组办公室" (B55-1): a Latin code between
# the Chinese characters of a name (with at least one letter, so no year or number) is one word of it.
_LATIN_CODE = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?=[\u4e00-\u9fff])")


def looks_like_unit(name: str) -> bool:
    name = _LATIN_CODE.sub("码", name.strip())
    return (
        bool(name)
        and len(name) <= 32
        and not _DOCUMENT_STATUS.match(name)
        and not _WORK_ON_A_BODY.match(name)
        and not _MEETING.search(name)
        and bool(_UNIT_NAME.match(name))
        and _plausible_name(name)
    )


# A meeting, not a body, though it ends in 会 as 委员会 and 协会 do: "召开质量形势分析会", a task
# table's task cell, names work to do, not who does it.
_MEETING = re.compile(
    # "组织品牌企业参加国内外展会": work a body organises or takes part in (组织部 is a body)
    r"^(?:召开|举办|举行|组织(?!部)|开展|参加|参与)"
    r"|(?:分析|推进|座谈|培训|现场|交流|发布|观摩|部署|调度|动员|表彰|推介|对接|洽谈|评审|论证|听证|"
    r"研讨|说明|见面|讲评|点评|通报|汇报|协调|展销|博览|交易|例|年|展)会$"
)


# Words of running prose that no body's name holds (a run of random characters ending in 局 or 社
# read as a body: "受千三团次时向集划参部包总总局").
_PROSE_CHARACTERS = re.compile(r"[了么吗呢她你我们这那就都也还很被把没又而但则些着说却吧啊]")
# What a body's name opens with: its level ("市", "各") or a national body (a place's name,
# "佛山市", is looked up in the gazetteer).
_NAME_OPENING = re.compile(
    r"^(?:各|全|国家|国务院|中国|中共|中央|共青团|自治|有关|相关|其他|其它|机关|"
    r"[省市县区州盟旗镇乡村])"
)
# The field a department is named by (市场监管局, 经济和信息化委): a name without a level word
# still names a body when it holds one of these.
_FIELD_WORDS = re.compile(
    r"发展|改革|发改|经济|信息|经信|工信|科技|科工|财政|商务|贸易|外经|市场|监管|监督|质量|质监|技监|"
    r"标准|计量|工商|统计|税务|国税|地税|人力|人社|社会保障|社保|劳动|生态|环境|环保|住房|住建|城乡|"
    r"建设|规划|自然资源|国土|交通|运输|农业|农村|水利|水务|文化|旅游|文旅|广电|体育|卫生|卫健|健康|"
    r"医保|医疗|教育|公安|司法|民政|应急|安监|林业|金融|银行|银保监|证监|审计|国资|网信|编办|法制|"
    r"宣传|组织|党委|纪委|监委|督查|考核|绩效|检验|检疫|海关|气象|电力|供电|邮政|通信|能源|粮食|物价|"
    r"大数据|政务|审批|城管|城市|知识产权|投资|投促|招商|商贸|工业|产业|开发|高新|园区|管委|"
    r"政府|人民|办公|领导|工作|评审|成员|直属|工会|妇联|科协|团委|侨|外事|信访|档案|人防|地震|"
    r"港口|口岸|煤炭|食品|药品|检察|法院|分局|中心|研究|协会|学会|商会|联合会|管理|服务|推进|联席"
)


def _in_a_place_name(name: str, index: int) -> bool:
    """ "广州花都经济开发区管理委员会": the character at ``index`` (a word of prose elsewhere, 都)
    is part of a place's name the gazetteer knows. Asked of a zone's committee only: any name
    read so (成都市某局 in prose) let a sentence's subject through as a task's unit, and the blind
    split's tasks fell below their floor."""
    places = gazetteer()
    return any(
        places.knows(name[start : start + length])
        for length in (2, 3)
        for start in range(max(0, index - length + 1), index + 1)
        if start + length <= len(name)
    )


def _plausible_name(name: str) -> bool:
    """A name that reads as a body's: no word of prose in it, and short, or opening with a
    level or place, or naming a department's field."""
    if any(
        not (_ZONE_COMMITTEE.search(name) and _in_a_place_name(name, m.start()))
        and not name.startswith("就业", m.start())
        for m in _PROSE_CHARACTERS.finditer(name)
    ):
        return False  # (就业, employment, names a field: "县就业服务局", "市就业创业服务中心")
    if len(name) <= 5 or _NAME_OPENING.match(name) or _FIELD_WORDS.search(name):
        return True
    # "佛山检验检疫局", "郑州海关": a place, then a short name or a field
    return any(
        len(rest := name[len(place) :]) <= 3 or bool(_FIELD_WORDS.search(rest))
        for place in gazetteer().names_starting(name, 6)
    )


# "市级各有关部门", "各相关单位", "条线部门", "职能部门": the bodies concerned or a kind of
# body (by its role, not its name), no unit by name.
_GENERIC_BODIES = re.compile(
    r"^(?:[省市县区]级)?各?(?:有关|相关)?"
    # "主责部门和配合部门要…": a role named for every row of a table, no body (B30-4)
    r"(?:条线|条块|职能|主管|业务|行业|责任|牵头|配合|主责|主办|协办|承办|其他|其它)?(?:部门|单位)$"
)


# "市直各有关单位", "县直有关部门": the bodies of a level concerned lead the task they close but
# name no unit of the document (B38-3).
_LEVEL_BODIES = re.compile(r"^[省市县区]直(?:各)?(?:有关|相关)?(?:部门|单位)$")


def is_level_bodies(name: str) -> bool:
    """Whether a name is only "the bodies of a level concerned" ("市直各有关单位")."""
    return bool(_LEVEL_BODIES.match(name))


# "市住建局、市自然资源规划局等市级有关部门": the list's last name carries the "and the other
# bodies concerned" tail, no part of that name (B30-2): cut from the names a record keeps, after
# the records are read (``without_others_tail``).
_OTHERS_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff)])等(?:[省市县区]级)?(?:各)?(?:有关|相关)?(?:部门|单位)$"
)
# "市经济运行监测联席会议其他成员单位": the other members of a body, no unit by name (B30-2).
_OTHER_MEMBERS = re.compile(r"(?:其他|其它)成员(?:单位)?$")
# "区质量工作领导小组各成员单位" (B39-6): the group's members answer, not the group by name.
# "区委某某领导小组成员单位:" (B55-6): the group's members, addressed as such, not the group
# "由市推进质量振兴工作领导小组有关成员单位组成…评审委员会" (B58-3): its members make up another body
_OTHER_MEMBERS_AFTER = re.compile(r"(?:其他|其它|各|有关)成员|成员单位")


def without_others_tail(name: str) -> str:
    """ "市自然资源规划局等市级有关部门", "县医保局等单位" -> the named unit; other names as they
    were."""
    cut = _OTHERS_TAIL.sub("", name)
    return cut if cut != name and looks_like_unit(cut) else name


# "(一)县发改局:负责…(二)县财政局:…" run together on one line: the item's number is read with
# the name; "(责任单位:县甲局 责任人:张某)" with its space lost: the person's label and name run
# on after it (ext59, units: a name as written holds more than the body).
_ITEM_NUMBER_BEFORE = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十\d]{1,3}[、.．]|"
    r"第[一二三四五六七八九十百\d]{1,4}条)\s*"
)
_PERSON_AFTER = re.compile(
    r"\s*(?:责任人|负责人|牵头领导|责任领导|分管领导|联系领导|联系人|完成时限|完成时间|时间节点)"
    r"\s*[::].*$"
)


def tidy_unit_name(name: str) -> str:
    """A unit's name without an item number before it or a person's (or deadline's) label after
    it, when what is left is still a unit's name; the name as it was otherwise."""
    tidy = _PERSON_AFTER.sub("", _ITEM_NUMBER_BEFORE.sub("", name))
    return tidy if tidy != name and looks_like_unit(tidy) else name


def split_unit_list(text: str) -> list[str]:
    """Split a list of units on 、,;和 and expand shared prefixes and suffixes."""
    text = re.sub(r"^(?:由|会同|联合)", "", text.strip())
    text = re.sub(r"等(?:部门|单位)?$", "", text)
    units: list[str] = []
    for group in _split_outside_brackets(text, ",; "):
        # A shared prefix or suffix only runs through a 、-list; "," separates unrelated groups
        # (and so does the space the normaliser keeps between two full names).
        raw = [
            unit
            for item in _split_outside_brackets(group, "、/")
            # ("高新区党工委和管委会": a zone's party working committee and its administrative
            # committee, one answerable party as 党委和政府 is)
            for part in re.split(
                r"(?<=[局委办门府部心院站队])(?<!党工委)(?:和|及)(?!(?:人民)?政府$)|"
                r"(?<=[局委办门府])(?<=党工委)(?:和|及)(?!管委会$|管理委员会$)",
                item,
            )
            if part.strip()
            and not _GENERIC_BODIES.match(part.strip())
            and not _OTHER_MEMBERS.search(part.strip())
            for unit in _split_run_together(part.strip())
        ]
        raw = _join_bare_government(raw)
        units.extend(_expand_prefixes(_expand_suffixes(_join_level_lists(raw))))
    return units


_LEVEL_LIST_HEAD = re.compile(r"各[县市区](?:\([县市区旗、]{1,5}\))?")
_LEVEL_GOVERNMENT = re.compile(r"[县市区旗](?:人民)?政府")


def _join_bare_government(items: list[str]) -> list[str]:
    """ "各县(市、区)党委、政府" (also written 党委和政府) is one answerable party: the party committee
    and the government of the same places; a bare 政府 after a 党委 names no body of its own
    (B42-5)."""
    joined: list[str] = []
    for item in items:
        if joined and joined[-1].endswith("党委") and re.fullmatch(r"(?:人民)?政府", item):
            joined[-1] = f"{joined[-1]}、{item}"
        elif joined and joined[-1].endswith("党工委") and item in ("管委会", "管理委员会"):
            joined[-1] = f"{joined[-1]}、{item}"  # "某区党工委、管委会": the zone's two committees
        elif (
            joined and _LEVEL_LIST_HEAD.fullmatch(joined[-1]) and _LEVEL_GOVERNMENT.fullmatch(item)
        ):
            # B44-5: "各县(市)、区人民政府": the 、 continues the list of levels, one government
            joined[-1] = f"{joined[-1]}、{item}"
        else:
            joined.append(item)
    return joined


def _split_run_together(item: str) -> list[str]:
    """ "区发改委区统计局" (a copy that lost the 、): a unit name ends and the next one starts
    with the same level word the first began with."""
    level = item[:1]
    if level not in "市区县省" or len(item) < 6:
        return [item]
    parts = re.split(rf"(?<=[局委办厅部院])(?={level}[\u4e00-\u9fff]{{2,}})", item)
    if len(parts) < 2 or any(len(part) < 3 for part in parts):
        return [item]
    return parts


def _join_level_lists(items: list[str]) -> list[str]:
    """ "各县、区人民政府(管委会)" is one addressee: 各县 and 区… name levels, not two units."""
    joined: list[str] = []
    for item in items:
        if (
            joined
            and re.fullmatch(r"各[市县区镇乡]", joined[-1])
            and re.match(r"^[市县区镇乡]", item)
        ):
            joined[-1] = f"{joined[-1]}、{item}"
        else:
            joined.append(item)
    return joined


def _split_outside_brackets(text: str, separators: str) -> list[str]:
    """ "各县(市、区)政府", "各县〔市、区〕政府" stay whole: separators inside brackets do not
    split."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        if char in "(<〔[【":
            depth += 1
        elif char in ")>〕]】" and depth:
            depth -= 1
        if char in separators and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part for part in parts if part.strip()]


def _expand_prefixes(items: list[str]) -> list[str]:
    """ "市质监局、工商局" -> 市工商局: an item without a prefix takes the previous one's (not one
    that names its own place: "河南银保监局" is no 省河南银保监局)."""
    result: list[str] = []
    prefix = ""
    for item in items:
        match = _JURISDICTION_PREFIX.match(item) if not item.startswith("市场") else None
        if match and not item.startswith("各"):
            prefix = _prefix_of(item)
            result.append(item)
        elif (
            item.startswith("各")
            or not prefix
            or not _is_department(item)
            or _names_its_place(item)
            # "市妇联、团市委": the youth league's committee names its level inside
            or _YOUTH_LEAGUE.fullmatch(item) is not None
            # "甲区市场监督管理局、甲区财政局": the item names the place itself already
            or (len(prefix) > 1 and item.startswith(prefix))
        ):
            result.append(item)
        else:
            result.append(prefix + item)
    return result


def _names_its_place(item: str) -> bool:
    """ "河南银保监局", "郑州海关": a body named after a province or a prefecture."""
    places = gazetteer()
    return any(
        place.level in ("province", "prefecture") and item[:length] in (place.alias, place.name)
        for length in (2, 3)
        for place in places.lookup(item[:length])
    )


def _prefix_of(item: str) -> str:
    """The jurisdiction part of a unit name: "市", "区", "佛山市" (not a whole word)."""
    match = re.match(r"^([\u4e00-\u9fff]{2,6}?[市区县])(?=[\u4e00-\u9fff]{2})", item)
    if match and not re.match(r"^[市区县]", item):
        return match.group(1)
    return item[0]


def _is_department(item: str) -> bool:
    """A department short name (科技局, 工商联) rather than an outside body (佛山检验检疫局)."""
    return len(item) <= 8 and bool(re.search(r"(?:局|委|办|厅|联|中心)$", item))


# B59-5: "城乡一体化示范区、高新区党工委和管委会": the zones named bare before the last share its body.
_ZONE_NAME = re.compile(
    r"[\u4e00-\u9fff]{0,12}(?:示范区|开发区|高新区|经开区|新区|园区|试验区|合作区|保税区|产业园|工业园)"
)
_ZONE_BODY = re.compile(
    rf"^(?P<zone>{_ZONE_NAME.pattern})(?P<body>党工委和管委会|党工委、管委会|党工委和管理委员会|管委会|管理委员会)$"
)


def _zones_sharing_a_body(items: list[str]) -> list[str]:
    body = _ZONE_BODY.match(items[-1])
    if body is None:
        return items
    first = len(items) - 1
    while first > 0 and _ZONE_NAME.fullmatch(items[first - 1]):
        first -= 1
    return items[:first] + [item + body["body"] for item in items[first:-1]] + [items[-1]]


def _expand_suffixes(items: list[str]) -> list[str]:
    """ "禅城、南海、高明区人民政府" -> each short name takes the last item's suffix."""
    if len(items) < 2:
        return items
    items = _zones_sharing_a_body(items)
    last = items[-1]
    match = re.match(r"^([\u4e00-\u9fff]{2,3})([区县市镇](?:人民政府|政府))$", last)
    if not match:
        return items
    suffix = match.group(2)
    shorts = items[:-1]
    if not all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", item) for item in shorts):
        return items
    return [item + suffix for item in shorts] + [last]


# "…等相关部门按职责分工负责": the way the units share the work, not part of their names.
_SHARING_WORDS = re.compile(
    # ("各成员单位分工负责" keeps its 单位: only "等/相关/有关" make 部门/单位 a word of the phrase)
    r"(?:等?(?:相关|有关)(?:部门|单位)?|等(?:部门|单位)?)?"
    # ("县乙局、县丙局按职责分工配合": the supporting bodies share their part the same way)
    r"(?:按(?:照)?(?:各自)?职责(?:分工)?|依职责|分工)(?=负责|落实|配合|参与|协助|协同)"
)


# A remark about the list inside it: "县发改局(首位单位为牵头单位,下同)、县财政局".
_LIST_REMARK = re.compile(r"[((][^()()]*(?:下同|为牵头|牵头或|汇总单位)[^()()]*[))]")
# A name cut to its level word by the end of an excerpt ("责任单位:区").
_LEVEL_WORD = re.compile(r"^[省市县区州镇乡旗]?$")


_JOINTLY = re.compile(
    r"^(?:由)?(?P<lead>[^,;,()]+?)(?:会同|联合)(?P<support>[^,;,()]+?)"
    r"(?:共同)?(?:负责|牵头|组织实施|实施|落实|推进)?$"
)


# "牵头:市发改委;参与:市财政局": a role word with a colon is the label of its role.
_SHORT_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(牵头|责任|主责|配合|参与|协办|协助|协同)\s*[::]")
# "…;完成时限:2023年6月底", "市发改委牵头,2023年6月底前完成": when, not who.
TIME_LIMIT = re.compile(
    r"[;,,\s]*(?:(?:完成|办结|工作)?(?:时限|时间|期限)(?:节点|要求)?\s*[::]|时间节点\s*[::]?)"
    r".*$|[;,,]\s*(?:19|20)\d{2}年[^;,,]*(?:前|底|内)(?:完成|办结|落实)?$"
    # "(县住建局牵头,9月底前完成)": a month of the plan's year
    r"|[;,,]\s*\d{1,2}月(?:份)?(?:底|末|上旬|中旬|下旬)?(?:前|以前)(?:完成|办结|落实)?$"
)
# "牵头领导:张三;": a leader by name is no unit.
_LEADER = re.compile(r"(?:牵头|责任|分管|联系)(?:市|县|区|省)?领导\s*[::][^;,,]*[;,,]?")
# "(分管副省长、协管副秘书长负责,省发展改革委牵头,…)": the leaders answerable, by office, open
# the note before the units; they are people, not units.
_LEADERS_ANSWERABLE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{0,6}?(?:省长|市长|县长|区长|州长|旗长|秘书长|领导)、?)+"
    r"(?:分别)?负责\s*[;,,]\s*"
)


def parse_unit_note(body: str) -> UnitNote | None:
    """The inside of "(牵头单位:A、B;配合单位:C)" or "(A,B)" -> lead/support lists, with the time
    limit the note states, if any."""
    if _FORMER_NAME.match(body.strip()):
        return None
    note = _parse_unit_note(body)
    limit = TIME_LIMIT.search(body.strip())
    if note is not None and limit is not None:
        note.when = re.sub(r"^[;,,\s]+", "", limit.group(0))
    return note


# A remark inside a note on who of its list leads, in any punctuation: "…,列第一位的为牵头单位",
# "。排在首位的为牵头单位", "(排名第一的为牵头单位)", "(列第一位者为工作牵头单位或汇总单位,下同)":
# the first named unit leads.
_FIRST_LEADS_REMARK = re.compile(
    r"[,,;;。]?\s*[((]?(?:排(?:序|名|在)?|列|名列)?(?:第一|首位|最前)(?:位|个)?(?:的|者)?"
    r"(?:责任)?(?:单位|部门)?(?:为|是)(?:工作)?(?:牵头|主办|主责)(?:单位|部门)?"
    r"(?:或[\u4e00-\u9fff]{2,4})?(?:单位|部门)?(?:[,,]\s*下同)?[))]?\s*$"
)
# "…,其中县发改局为牵头单位", "…,县发改局牵头": one of the list named as its lead.
_NAMED_LEAD = re.compile(
    r"[,,;;。]\s*(?:其中)?\s*(?P<lead>[^,,;;。、()()]{2,30}?)(?:为|是)?(?:牵头(?:单位|部门)?|主办单位)\s*$"
)
# "县发改局为牵头单位,县财政局为配合单位": the role after its units; "牵头单位为县发改局": the
# label with 为 instead of a colon.
_ROLE_AFTER_UNITS = re.compile(
    rf"(?P<units>[^,,;;::。()()]{{2,80}}?)(?:为|是)(?P<label>{_LABEL_PATTERN})(?=\s*(?:[,,;;。]|$))"
)
_LABEL_IS = re.compile(rf"(?P<label>{_LABEL_PATTERN})(?:为|是)")
# "县发改局(牵头)、县财政局(配合)": a role in brackets after each name.
_BRACKETED_ROLE = re.compile(r"[((〔\[](?P<role>牵头|主办|主责|配合|参与|协办|协助|协同)[))〕\]]")


def body_supports(body: str) -> list[str]:
    """The names of a note marked as supporting ("县财政局(配合)")."""
    return [
        _BRACKETED_ROLE.sub("", part).strip()
        for part in _split_outside_brackets(body, "、,,;;")
        if re.search(r"[((](?:配合|参与|协办|协助|协同)[))]", part)
    ]


# "(除标注“分别牵头”外", "(另有说明的除外": a bracket left open before the first-leads remark.
_OPEN_REMARK_TAIL = re.compile(r"[((](?:除|另有|凡|其中)[^()()]*$")


def _list_roles(body: str) -> UnitNote | None:
    """The forms above: a remark or a name saying who of a note's list leads, roles after names."""
    remark = _FIRST_LEADS_REMARK.search(body)
    if remark is not None and remark.start() > 0:
        # B45-5: "…、市乙委(除标注“分别牵头”外,列第一位为牵头单位,下同)": the remark's bracket
        # opened earlier, on an exception; what it opened is no part of the last name
        listed = _OPEN_REMARK_TAIL.sub("", body[: remark.start()])
        note = _parse_unit_note(listed)
        if note is not None and not note.support and len(note.lead) > 1:
            return UnitNote(note.lead[:1], note.lead[1:])
        if note is not None and not note.lead and len(note.support) > 1:
            return UnitNote(note.support[:1], note.support[1:])
        return note
    named = _NAMED_LEAD.search(body)
    if named is not None and named.start() > 0:
        note = _parse_unit_note(body[: named.start()])
        lead = split_unit_list(named["lead"])
        if note is not None and len(lead) == 1 and lead[0] in note.lead + note.support:
            units = note.lead + note.support
            return UnitNote(lead, [unit for unit in units if unit != lead[0]])
    if _BRACKETED_ROLE.search(body):
        note = UnitNote()
        for part in _split_outside_brackets(_without_sole_label(body), "、,,;;"):
            role = _BRACKETED_ROLE.search(part)
            name = _BRACKETED_ROLE.sub("", part).strip()
            if not looks_like_unit(name):
                return None
            is_lead = role is not None and role["role"] in ("牵头", "主办", "主责")
            (note.lead if is_lead else note.support).append(name)
        if not note.lead:  # "县发改局、县财政局(配合)": the unmarked lead
            note.lead = [name for name in note.support if name not in body_supports(body)]
            note.support = [name for name in note.support if name not in note.lead]
        return note if note.lead else None
    return None


# "责任单位:市甲局(牵头)、市乙局": one label over the whole list, the roles in brackets after
# the names; the label says nothing the brackets do not.
_SOLE_LABEL = re.compile(rf"^\s*(?:{_LABEL_PATTERN})\s*[::]\s*")


def _without_sole_label(body: str) -> str:
    label = _SOLE_LABEL.match(body)
    if label is None or re.search(_LABEL_PATTERN, body[label.end() :]):
        return body
    return body[label.end() :]


# "责任单位:市甲局牵头,市乙局配合": a label over a note that states the roles by verbs.
_VERBAL_ROLE = re.compile(r"(?<=[\u4e00-\u9fff])(?:牵头|配合|参与|协助)(?=\s*(?:[,,;;。]|$))")


def _label_over_verbal_roles(body: str) -> str:
    """The note without its sole label when the roles follow as verbs (the label then says
    nothing, and read as a label it kept 牵头 and 配合 in the names)."""
    rest = _without_sole_label(body)
    return rest if rest != body and _VERBAL_ROLE.search(rest) else body


# "〔责任单位:A、B按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕": a
# sentence after the list's full stop that names no role remarks on the list; it lists no unit.
def _drop_trailing_remark(body: str) -> str:
    head, stop, rest = body.partition("。")
    if stop and rest.strip() and not re.search(rf"{_LABEL_PATTERN}|牵头|配合|协办|参与", rest):
        return head
    return body


# "(省发改委、交通运输厅等省有关部门和各地级以上市人民政府按职责分工负责)": "等…有关部门和"
# closes one list and opens the next; the bodies on both sides are the units.
_OTHERS_AND = re.compile(r"等(?:[省市县区]级?)?(?:相关|有关)(?:部门|单位)(?:和|及|以及)")
# "(市发改委牵头办理)", "(各部门按职责分工办理)": a two-character verb after 牵头 / 按职责分工
# ends the note the way 负责 does (a role label such as "牵头单位" is not a verb).
_ROLE_VERB_END = re.compile(
    r"(牵头|按(?:照)?(?:各自)?职责(?:分工)?)(?!单位|部门|领导|科室|处室)[\u4e00-\u9fff]{2}$"
)


# "(市甲局、市乙局(按职责分工负责))": the inner bracket says the list shares the work; it names
# no role and is no part of the last name.
_SHARING_BRACKET = re.compile(r"[((]\s*按(?:照)?(?:各自)?职责(?:分工)?(?:负责|落实)?\s*[))]\s*$")


# "原有企业由甲局负责,新建企业由乙局负责" (attack47 L4): a share of the work, its scope before 由,
# its office after it; only the office is a unit. Inside a bracket after a name ("乙局(原有企业由
# 各区政府负责)") it is a remark on that name, whose offices join the list. The office may be a
# level's governments with their kinds in brackets ("各县(市、区)政府", attack49 M6).
_SCOPED_SHARE = re.compile(
    r"(?:^|(?<=[,,;;、]))(?P<scope>[^,,;;、()()由]{2,12}?)由"
    r"(?P<office>(?:[^,,;;、()()]|[((][市县区旗、]{1,7}[))]){2,30}?)负责"
    r"(?=$|[,,;;、()()。])"
)
_SCOPED_BRACKET = re.compile(r"[((](?P<inner>[^()()]*由[^()()]*负责[^()()]*)[))]")
# "由市经信局牵头负责", "由市发改委会同市科技局负责" (attack49 M6): the office leads, the one it
# works with supports it.
_SHARE_WORKED_WITH = re.compile(r"^(?P<lead>.+?)(?:会同|联合)(?P<support>.+)$")


def _share_offices(office: str) -> tuple[str, str | None, bool]:
    """The office leading a share, the one it works with (or None), and whether it is said to
    lead (牵头, 会同)."""
    led = office.endswith("牵头")
    office = re.sub(r"牵头$", "", office.strip())
    joint = _SHARE_WORKED_WITH.match(office)
    if joint and looks_like_unit(joint["lead"]) and looks_like_unit(joint["support"]):
        return joint["lead"], joint["support"], True
    return office, None, led


def _is_share(match: re.Match[str]) -> bool:
    return not looks_like_unit(match["scope"])  # "甲局由乙局负责": no scope, left to the others


# The prose forms of a share (attack50 M2): "属于原有企业的,由甲局负责" and "对原有企业,由甲局负责"
# (the case its own clause before 由) are "原有企业由甲局负责"; "甲局负责原有企业" (the scope after
# the verb: a kind of firm, project or body, no duty) is the office's share too.
_CASE_BEFORE_SHARE = re.compile(
    r"(?:^|(?<=[,;、]))(?P<case>对[^,;、()由]{2,12}?|[^,;、()由]{2,12}?的)\s*,\s*(?=由)"
)
_SCOPE_AFTER_VERB = re.compile(
    r"(?:^|(?<=[,;、]))(?P<office>[^,;、()由]{2,30}?)负责"
    r"(?P<scope>[\u4e00-\u9fff]{0,8}?(?:企业|项目|单位|主体|机构|商户|园区)(?:的)?)"
    r"(?=$|[,;。])"
)


def _shares_as_written_before_verb(body: str) -> str:
    """``body`` with the prose forms of a share written as "<scope>由<office>负责"."""
    body = _CASE_BEFORE_SHARE.sub(lambda m: m["case"], body)
    return _SCOPE_AFTER_VERB.sub(
        lambda m: f"{m['scope']}由{m['office']}负责" if looks_like_unit(m["office"]) else m[0], body
    )


def _offices_of_scoped_shares(body: str, *, as_roles: bool = False) -> str:
    """``body`` with each scoped share written as its office alone, and a bracket of them after
    a name written as the offices it names, listed after the name (none when they name no
    office: "由属地负责"). When a share names roles (牵头, 会同) or ``as_roles`` asks it, each is
    written as a role clause instead ("甲局牵头,乙局牵头,丙局配合"; "甲局负责,乙局负责")."""
    body = _shares_as_written_before_verb(body)
    shares = [_share_offices(m["office"]) for m in _SCOPED_SHARE.finditer(body) if _is_share(m)]
    roles = any(led for _, _, led in shares)

    def clause(match: re.Match[str]) -> str:
        if not _is_share(match):
            return match.group(0)
        lead, support, _ = _share_offices(match["office"])
        if not (roles or as_roles):
            return lead
        worked_with = f",{support}配合" if support else ""
        return f"{lead}{'牵头' if roles else '负责'}{worked_with}"

    def names(match: re.Match[str]) -> str:
        return "、".join(name for name in _share_offices(match["office"])[:2] if name)

    def bracket(match: re.Match[str]) -> str:
        inner = _SCOPED_SHARE.sub(lambda m: names(m) if _is_share(m) else m[0], match["inner"])
        if inner == match["inner"]:
            return match.group(0)
        named = [part for part in re.split(r"[,,;;、]", inner) if looks_like_unit(part)]
        return "".join(f"、{name}" for name in named)

    return _SCOPED_SHARE.sub(clause, _SCOPED_BRACKET.sub(bracket, body))


def _normalise_note(body: str) -> str:
    body = _offices_of_scoped_shares(body.strip())
    body = _SHARING_BRACKET.sub("", body.strip())
    body = _drop_trailing_remark(body.strip())
    body = _OTHERS_AND.sub("、", body)
    return _ROLE_VERB_END.sub(lambda m: f"{m.group(1)}负责", body)


def _parse_unit_note(body: str) -> UnitNote | None:
    """Lead and support lists of a note body (a leader's name and a time limit left out)."""
    body = _LEADER.sub("", TIME_LIMIT.sub("", _normalise_note(body)))
    body = _LEADERS_ANSWERABLE.sub("", body)
    body = _label_over_verbal_roles(body)
    listed = _list_roles(body)
    if listed is not None:
        return listed
    body = _ROLE_AFTER_UNITS.sub(lambda m: f"{m['label']}:{m['units'].strip()}", body)
    body = _LABEL_IS.sub(lambda m: f"{m['label']}:", body)
    body = _SHORT_LABEL.sub(lambda m: f"{m.group(1)}单位:", body)
    body = body.replace("主责单位单位", "主责单位")
    body = _LIST_REMARK.sub("", _SHARING_WORDS.sub("", body.strip()))
    note = UnitNote()
    if re.search(_LABEL_PATTERN, body):
        parts = re.split(rf"(?:[;,,]\s*)?({_LABEL_PATTERN})\s*[::]?", body)
        has_lead_label = any(
            part in ("牵头单位", "牵头部门", "主办单位", "牵头科室", "牵头处室") for part in parts
        )
        current: str | None = None
        labels = [part for part in parts if _label_role(part)]
        for part in parts:
            role = _label_role(part)
            if (
                role == "lead"
                and has_lead_label
                and part in ("责任单位", "责任部门", "责任科室", "责任处室")
            ):
                role = "support"  # "牵头单位:A 责任单位:B": B carries it out with A
            if role:
                current = role
                continue
            if current and part.strip(" ;,"):
                target = note.lead if current == "lead" else note.support
                # "A、B按职责分工负责": the verb left after the sharing words is no part of B
                names = split_unit_list(
                    re.sub(r"(?<=\S{2})(?:负责|落实)$", "", part.strip(" ;,。"))
                )
                target.extend(name for name in names if not _LEVEL_WORD.match(name))
        # (责任单位:市甲局): one unit answerable is no lead either, as two are not
        note.joint = (
            bool(note.lead) and not note.support and all(label in JOINT_LABELS for label in labels)
        )
        return note if note.lead or note.support else None
    jointly = _JOINTLY.match(body)
    if jointly:
        # "(市科技局会同市财政局负责)": the first leads, the bodies it works with support it.
        note.lead = split_unit_list(jointly["lead"])
        note.support = split_unit_list(jointly["support"])
        if all(looks_like_unit(unit) for unit in note.lead + note.support):
            return note
        note = UnitNote()
    verbal = _VERBAL_NOTE.match(body)
    if verbal:
        # "(市质监局牵头,市发改委、财政局配合)"
        note.lead = split_unit_list(verbal["lead"])
        note.support = split_unit_list(verbal["support"]) if verbal["support"] else []
        units = note.lead + note.support
        if units and all(looks_like_unit(unit) for unit in units):
            # "(市质监局、市经信局负责)": both answer for it, neither is said to lead
            note.joint = len(note.lead) > 1 and not note.support and verbal["verb"] in _ANSWER
            return note
        note = UnitNote()
    by_role = _role_clauses(body)
    if by_role is not None:
        return by_role
    items = split_unit_list(body)
    if items and all(looks_like_unit(item) for item in items):
        note.lead = items
        return note
    return None


_ROLE_CLAUSE = re.compile(
    r"^(?:由)?(?P<units>.+?)(?:具体|予以|积极|共同|做好|全力|密切)?"
    r"(?P<verb>牵头督导|牵头负责|牵头落实|牵头实施|牵头抓总|分别牵头|牵头|分别负责|为主落实|为主负责|"
    # "县乙局配合落实", "县丙局协助实施": a supporting body's verb with the work it helps in
    r"负责落实|负总责|负责|主抓|主办|协办|(?:配合|参与|协助)(?:落实|实施|推进)|配合|参与|协助|协同|"
    r"落实)$"
)
_SUPPORT_VERBS = (
    "负责落实",
    "协办",
    "配合",
    "参与",
    "协助",
    "协同",
    "落实",
    *(f"{verb}{work}" for verb in ("配合", "参与", "协助") for work in ("落实", "实施", "推进")),
)
# "(某某常务副市长牵头,市甲局为主落实)": the official who heads the work is a person, not a unit;
# the units in the clauses after the official's carry it out (B53-4).
_OFFICIAL = re.compile(
    r"^[\u4e00-\u9fff]{2,4}(?:常务)?副?(?:省长|市长|州长|盟长|县长|区长|旗长|主席|主任|秘书长|书记)$"
)


def _role_clauses(body: str) -> UnitNote | None:
    """ "省财政厅主办,省国税局、地税局协办", "A牵头,B参与,C负责落实": a role verb per clause.

    The first clause must name units; later clauses that do not (a remark after the list) are
    left out.
    """
    note = UnitNote()
    prefix = ""
    led = False
    pending: list[str] = []
    for index, clause in enumerate(_split_outside_brackets(body, ",;,。")):
        match = _ROLE_CLAUSE.match(clause.strip())
        if match is None and index == len(pending) and clause.strip():
            # B44-5: "由市甲局、乙局,各县(市)、区人民政府负责落实": a list the comma continues
            # shares the role verb of the clause after it
            listed = split_unit_list(clause)
            if listed and all(looks_like_unit(unit) for unit in listed):
                pending.append(clause)
                continue
        if match is not None and pending:
            joined = ",".join([*pending, match["units"]])
            match = _ROLE_CLAUSE.match(f"{joined}{match['verb']}")
            pending = []
        units = split_unit_list(match["units"]) if match else []
        if prefix:
            units = [
                prefix + unit
                if _is_department(unit)
                and not _JURISDICTION_PREFIX.match(unit)
                and not _names_its_place(unit)
                else unit
                for unit in units
            ]
        if not units or not all(looks_like_unit(unit) for unit in units):
            if index == 0 and not (match and _OFFICIAL.match(match["units"].strip())):
                return None
            continue
        prefix = prefix or _prefix_of(units[0]) if _JURISDICTION_PREFIX.match(units[0]) else prefix
        verb = match["verb"] if match else ""
        # "A牵头,B、C负责": after a lead, the units that carry it out support it.
        supports = verb in _SUPPORT_VERBS or (led and verb in ("负责", "分别负责"))
        target = note.support if supports and note.lead else note.lead
        led = led or verb.startswith("牵头")
        note.each_leads = note.each_leads or (verb == "分别牵头" and target is note.lead)
        target.extend(unit for unit in units if unit not in note.lead + note.support)
    return note if note.lead else None


def _label_role(part: str) -> str | None:
    for role, labels in _LABELS.items():
        if part in labels:
            return role
    return None


_ANY_NOTE = re.compile(
    r"[(〔\[【](?P<body>[^()〔〕\[\]【】]*(?:\([^()]*\)[^()〔〕\[\]【】]*)*)[)〕\]】]"
)
_NOTE_CUE = re.compile(
    rf"{_LABEL_PATTERN}|牵头|主办|协办|负责|负总责|主抓|配合|参与|主责|责任\s*[::]"
)


# "【牵头单位】市甲局【配合单位】市乙局": a label set in brackets instead of before a colon.
_BRACKETED_LABEL = re.compile(rf"【\s*({_LABEL_PATTERN}|牵头|责任|配合|参与)\s*】")


def label_brackets(text: str) -> str:
    """``text`` with each bracketed label written "label:" (the same length: offsets hold)."""
    return _BRACKETED_LABEL.sub(
        lambda m: " " * (len(m.group(0)) - len(m[1]) - 1) + m[1] + ":", text
    )


# "…加强知识产权保护,责任单位:市甲局;推进专利转化,责任单位:市乙局。": a labelled note closing
# each clause of a paragraph, without brackets.
_INNER_LABELLED_NOTE = re.compile(
    rf"(?<=[,;。])\s*(?P<body>(?:{_LABEL_PATTERN})\s*[::][^;。,()()]+?(?:(?:[,;]\s*(?:{_LABEL_PATTERN})"
    rf"|。\s*(?:{_SUPPORT_LABEL_PATTERN}))\s*[::][^;。,()()]+?)*)(?=[;。]|$)"
)


def notes_in_paragraph(paragraph: str) -> list[UnitNote]:
    """Every unit note of a paragraph, in order, with ``start`` set: a paragraph can hold several
    tasks, each closed by its own "(…牵头,…参与)" or "…,责任单位:…;"."""
    paragraph = label_brackets(paragraph)
    notes: list[UnitNote] = []
    for match in _INNER_LABELLED_NOTE.finditer(paragraph):
        note = parse_unit_note(match["body"])
        if note is not None and all(looks_like_unit(u) for u in note.lead + note.support):
            note.start = match.start()
            note.end = match.end()
            notes.append(note)
    for match in _ANY_NOTE.finditer(paragraph):
        if any(note.start <= match.start() < note.end for note in notes):
            continue
        if not _NOTE_CUE.search(match["body"]):
            continue
        note = parse_unit_note(match["body"])
        if note is not None:
            note.start = match.start()
            note.end = match.end()
            notes.append(note)
    return sorted(notes, key=lambda note: note.start)


# "…。(牵头单位:县住建局)完成时限:2031年10月底前": the time limit written after the note's bracket
# is the note's, as if inside it ("(牵头单位:县住建局;完成时限:…)").
_TIME_LIMIT_AFTER_NOTE = re.compile(
    r"[))]\s*(?P<limit>(?:完成|办结|工作)?(?:时限|时间|期限)(?:节点|要求)?\s*[::]\s*"
    r"[^()();;。]{2,30}?)\s*[。.]?\s*$"
)


def trailing_note(paragraph: str) -> UnitNote | None:
    """The unit note that closes a task paragraph, if any (offset set to where it starts)."""
    paragraph = _TIME_LIMIT_AFTER_NOTE.sub(r";\g<limit>)", label_brackets(paragraph))
    match = _NOTE.search(paragraph) or _BARE_NOTE.search(paragraph)
    opened = _OPEN_NOTE.search(paragraph.rstrip())
    if match and opened and opened.start() < match.start():
        # "〔省科技厅、…、省数据局(省营商局)" cut by the excerpt: the closed bracket is a name's
        # part inside the open note, not the note (B34-1)
        match = None
    if not match:
        return _cut_note(paragraph) or _sentence_note(paragraph)
    groups = match.groupdict()
    body = groups.get("body") or groups.get("other") or groups.get("dash") or ""
    note = parse_unit_note(body)
    if (
        note is not None
        and groups.get("dash") is not None
        and not all(looks_like_unit(unit) for unit in note.lead + note.support)
    ):
        return None  # a dash before words that are no units ("——记者")
    if note is None:
        return None
    note.start = match.start()
    note.end = match.end()
    return note


# "…,由县市场监管局牵头负责,县工信局配合。", "县行政审批局牵头,县税务局参与。", "具体由县政府
# 督查室负责。": clauses closing a task paragraph that only name units and their roles.
_CLAUSE_START = re.compile(r"(?:^|(?<=[。;,]))\s*(?:具体|并|均|统一)?(?=由|[\u4e00-\u9fff])")


# "以上工作由市甲局牵头", "此项任务由…负责": the work the note closes, no part of the lead's name.
_NOTE_TOPIC = re.compile(
    r"^(?:(?:以上|上述|此项|该项|这项|本项|各项)(?:工作|任务)?(?=由)|具体|并|均|统一)"
)


def _sentence_note(paragraph: str) -> UnitNote | None:
    text = paragraph.rstrip()
    body_end = len(text) - (1 if text.endswith(("。", ";")) else 0)
    if body_end <= 0:
        return None
    # a note is short: only clause starts in the paragraph's last 160 characters are tried (every
    # start of a long line, each read to the end, would be quadratic)
    window = max(0, body_end - 160)
    starts = [m.start() for m in _CLAUSE_START.finditer(text, window, body_end)]
    for start in [s for s in starts if s > 0]:
        clauses = text[start:body_end].strip()
        clauses = _NOTE_TOPIC.sub("", clauses)
        # "原有企业由市甲局负责,新建企业由市乙局负责" (attack49 M6): each office and its role
        clauses = _offices_of_scoped_shares(clauses, as_roles=True)
        # "市经信委、市工商局按职责分工负责": how they share the work is no part of the names
        clauses = _SHARING_WORDS.sub("", clauses)
        # "由县甲局牵头、县乙局配合": a 、 after the lead's verb closes its clause as a comma does
        clauses = _ROLE_THEN_ENUMERATION_MARK.sub(",", clauses)
        listed = _LISTED_BEFORE_VERB.match(clauses)
        if not re.match(r"^(?:由)?[^,;。]{2,40}?(?:牵头|负责|主抓|抓总)", clauses) and not (
            listed and clauses.startswith("由")
        ):
            continue
        parts = _split_outside_brackets(clauses, ",;,。")
        # "由县甲局牵头,县乙局配合,2032年6月底前完成": the time limit closing the note is its own,
        # as inside a bracket ("(…配合;2032年6月底前完成)"), no clause of units
        when = ""
        if len(parts) > 1 and _TIME_ONLY_CLAUSE.fullmatch(parts[-1].strip()):
            when = parts[-1].strip()
            clauses = re.sub(r"[,;,。\s]+$", "", clauses[: clauses.rfind(parts[-1])])
            parts = parts[:-1]
        first = listed["lists"].count(",") if listed and clauses.startswith("由") else 0
        if first and not all(_is_unit_list(part) for part in parts[:first]):
            continue
        if not all(_role_clause_of_units(part) for part in parts[first:]):
            continue  # a clause that is no unit and role: the note ends before it, or is none
        note = _role_clauses(clauses)
        if note is None or not all(looks_like_unit(unit) for unit in note.lead + note.support):
            continue
        if not all(_UNIT_NAME.search(unit) for unit in note.lead):
            continue
        note.start, note.end = start, len(text)
        note.when = note.when or when
        return note
    return None


# "2032年6月底前完成", "于2032年底前完成", "9月底前落实到位": a time limit alone.
_TIME_ONLY_CLAUSE = re.compile(
    r"(?:于|在)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|\d{1,2}月)(?:份|底|末|上旬|中旬|下旬)?"
    r"(?:前|以前|之前)?(?:全面|全部)?(?:完成|办结|落实到位|落实|建成)?"
)


# "由县甲局牵头、县乙局配合", "县甲局负责、县乙局协助": the lead's role verb, then 、 before the
# supporting bodies' clause.
_ROLE_THEN_ENUMERATION_MARK = re.compile(
    r"(?<=牵头|负责)、(?=[^,;。]{2,60}?(?:配合|参与|协助|协同|协办))"
)


# B44-5: "由市甲局、乙局,各县(市)、区人民政府负责落实": lists of units a comma joins before one verb
_LISTED_BEFORE_VERB = re.compile(
    r"^由(?P<lists>(?:[^,;。]{2,40}?,){1,3})[^,;。]{2,40}?(?:牵头|负责|主抓|抓总)"
)


def _is_unit_list(clause: str) -> bool:
    units = split_unit_list(clause)
    return bool(units) and all(looks_like_unit(unit) for unit in units)


def _role_clause_of_units(clause: str) -> bool:
    match = _ROLE_CLAUSE.match(clause.strip())
    units = split_unit_list(match["units"]) if match else []
    return bool(units) and all(looks_like_unit(unit) for unit in units)


# "…(市生态环境局牵头,市公安局、水务局、" : a note the end of an excerpt cut off.
# "〔省发展改革委、…、省数据局(省营商局)": a closed bracket inside the note is part of a name (B34-1)
_OPEN_NOTE = re.compile(r"[(〔](?P<body>(?:[^()()〔〕]|[((][^()()〔〕]{1,20}[))]){2,200})$")
_TRAILING_MARKS = re.compile(r"[、,;\s]+$")


def _cut_note(paragraph: str) -> UnitNote | None:
    """The units named before the cut of an unclosed note that ends the paragraph; a clause left
    without its role verb after a lead clause supports it, a partial last name is dropped."""
    match = _OPEN_NOTE.search(paragraph.rstrip())
    if match is None:
        return None
    body = _TRAILING_MARKS.sub("", match["body"])
    items = body.split("、")
    if items and not looks_like_unit(re.split(r"[,;,]", items[-1])[-1]):
        clauses = re.split(r"(?<=[,;,])", items[-1])
        if len(items) == 1 and len(clauses) > 1:
            # B59-2: "(牵头单位:市甲局;责任单位:市发" — the cut name goes with its label, the
            # complete clause before it stays
            body = _TRAILING_MARKS.sub("", "".join(clauses[:-1]))
        else:
            body = _TRAILING_MARKS.sub("", "、".join(items[:-1]))
    if not body:
        return None
    note = parse_unit_note(body)
    clauses = _split_outside_brackets(body, ",;,")
    if note is not None and len(clauses) > 1 and not _ROLE_CLAUSE.match(clauses[-1].strip()):
        names = split_unit_list(clauses[-1])
        if names and all(looks_like_unit(name) for name in names):
            note.support.extend(name for name in names if name not in note.lead + note.support)
    if note is None:
        return None
    note.start = match.start()
    note.end = len(paragraph)
    return note


# "市河长办公室负责同志等" (B35-3): 负责同志 / 负责人 name a person of the body (an attendee, a contact),
# not a duty the body holds ("负责人才引进" is one).
_RESPONSIBLE_VERB = re.compile(
    # "县甲局具体负责…" (ext59): an adverb between the body and its 负责
    r"(?:^|(?<=[,。;:]))(?P<list>[\u4e00-\u9fff、]{2,60}?)(?:具体|主要|全面|统一|共同|分别|各自)?"
    r"(?=负责(?!同志|人(?![才员口力民]))|牵头)"
)
# "执行中遇到的问题,请径向市农业局反映": the office that answers for the document (not one that
# merely receives progress reports, "及时向市重大办反馈").
_CONTACT_UNIT = re.compile(
    # "请在公示期内向市经信局反映" (B31-5): the request may say within which period
    r"(?:径向|请向|请(?:在|于)[^,;。向]{1,10}?(?:内|前)向)"
    r"(?P<unit>[\u4e00-\u9fff]{2,20}?(?:局|委|办|厅|中心|办公室))(?:反映|联系|咨询)|"
    # "执行中的问题,请及时反馈给省某某协调小组办公室" (B55-1): the problems met in carrying the
    # document out go to the office that answers for it (progress reports do not: no 问题 before)
    r"(?<=问题)\s*[,,]\s*请(?:及时|径直|直接)?反馈给"
    r"(?P<feedback>[\u4e00-\u9fffA-Za-z0-9]{2,30}?(?:局|委|办|厅|中心|办公室))(?=[。;,]|$)|"
    # "有异议的,应当在公示期内书面向市科技局提出": the office that answers objections
    r"书面(?:形式)?向(?P<objections>[\u4e00-\u9fff]{2,20}?(?:局|委|办|厅|中心|办公室))(?:提出|反映|反馈)"
)
# "控制指标由市环保局根据国家、省的有关规定研究…后另行下达" (batch-13 class B13-8): a department
# charged with setting what the document leaves open is a responsible unit.
_CHARGED_WITH_SETTING = re.compile(
    # "由市发展改革委会同市有关部门另行下达" (B31-6): with others, the department sets it all the same
    r"由(?P<unit>[\u4e00-\u9fff]{2,16}?(?:局|委|厅|办))(?:根据|按照|依据|会同)[^。;]{0,60}?"
    r"(?:另行|再行|统一)(?:下达|制定|印发|发布|确定|公布)"
)
_DEPARTMENT_LIST = re.compile(r"由(?P<list>[\u4e00-\u9fff、]{4,120}?)等(?:部门|单位)")
# "由某市某奖评审委员会组织评审", "由县农业局组织验收": the body that organises a step of the plan's
# work holds a duty in it (stop 46, the class "units: nothing predicted in the section").
_ORGANISED_BY = re.compile(
    r"由(?P<unit>[\u4e00-\u9fff]{2,24}?(?:委员会|领导小组|小组|局|委|办|中心))"
    r"(?:统一|负责)?组织(?:评审|评选|评定|实施|验收|认定|审核|考核|申报|推荐|开展)"
)

# B58-3: a body the rules set up and name for short ("组成市某奖评审委员会(以下简称“评审委员会”)",
# "市质量、计量、标准化工作联席会议办公室(以下简称联席会议办公室)承担日常工作"), or one charged with
# the work ("由某市质量、计量、标准化工作联席会议负责…"): its name may list the topics it covers
# with 、 before 工作.
_BODY_WORD = r"(?:委员会|领导小组|工作小组|联席会议(?:办公室)?|领导小组办公室)"
_TOPICS = r"(?:[\u4e00-\u9fff]{1,8}?(?:、[\u4e00-\u9fff]{1,8}?)+工作)?"
_SET_UP_BODY = re.compile(
    r"(?:(?:组成|设立|成立|组建)|(?:^|(?<=[。;:\n])))"
    rf"(?P<unit>[\u4e00-\u9fff]{{0,16}}?{_TOPICS}[\u4e00-\u9fff]{{0,16}}?{_BODY_WORD})"
    r"\s*[((]以下简称"
)
_CHARGED_BODY = re.compile(
    rf"由(?P<unit>[\u4e00-\u9fff]{{0,16}}?{_TOPICS}[\u4e00-\u9fff]{{0,16}}?(?:委员会|领导小组|联席会议))负责"
)

# "奖补资金由县财政局按照项目验收结果拨付" (attack59 M5): the department that pays the money out
# by a rule or a result holds a duty in it.
_PAID_BY = re.compile(
    r"由(?P<unit>[\u4e00-\u9fff]{2,16}?(?:局|委|厅|办))(?:根据|按照|依据|按)[^,,。;;]{0,20}?"
    r"(?:拨付|兑付|核拨|拨款|兑现)"
)

# "并报区招商服务中心确认", "需向某某经济开发区管理委员会提交…委托书" (B55-7): the office that
# confirms an applicant's claim or takes the application does the rule's work (a report sent
# on, "报送市督查室", is no such step: only these verbs count).
# (A lookahead, so every 报/经/交/向 is tried: "申报单位将材料报县甲局审核" read "单位将材料报县甲局"
# from 申报's 报, which is no name of the level, and the body after the second 报 was passed over;
# ext59.)
_CONFIRMED_BY = re.compile(
    # X60-3: "经县甲局初审、县乙局复核后": a first check (初审, 审查) too, and the next body of a
    # chain of checks after the 、 that closes the one before
    r"(?=(?:报|经|交|(?<=初审|审核|审查|复核|审定|认定|核实|核定)、)"
    r"(?P<unit>[\u4e00-\u9fff]{2,24}?(?:局|委|办|厅|中心|办公室|管委会|管理委员会))"
    r"(?:确认|审核|审定|认定|核定|核实|复核|初审|审查)"
    r"|向(?P<takes>[\u4e00-\u9fff]{2,24}?(?:局|委|办|厅|中心|办公室|管委会|管理委员会))"
    r"(?:提交|提出申请|申报|递交))"
)


# "2011年初,市农委将…组织开展综合评价", "市妇联、团市委授予“市三八红旗手”": bodies named as the
# subject of what they will do or grant hold a duty in the document.
_ACTING_VERB = re.compile(
    r"(?:^|(?<=[,。;:]))(?P<list>[\u4e00-\u9fff、]{2,40}?)(?=将(?!来|要求|其|于)|授予)"
)
_GOVERNMENT_ITSELF = re.compile(r"政府(?:办公室|办公厅)?$")
# The Communist Youth League's committee of a place is named before its level ("团市委").
_YOUTH_LEAGUE = re.compile(r"团(?:省|市|县|区|州)委")


class _OwnPlace:
    """Whether a name starts as a body of the document's own place: with one of the region's
    forms ("衢州市", "市"), or with the full name of a city or county the gazetteer knows in the
    region's province ("某某市财政局" in a county's rules, "某某县农业局" in a city's; any
    province when the region is not known) (ext59, units: nothing predicted — on val 2 more
    units right, 0 wrong; dev unchanged).  A province's body ("某某省工商行政管理局", the office
    above that certifies a title) is not the document's unit."""

    def __init__(self, prefixes: list[str], region: str | None) -> None:
        self.prefixes = prefixes
        self.provinces: set[str] | None = None
        if region:
            parts = re.findall(r"[\u4e00-\u9fff]+?(?:省|自治区|自治州|市|盟|地区|区|县|旗)", region)
            places = gazetteer()
            self.provinces = {p.province for part in [region, *parts] for p in places.lookup(part)}

    def __call__(self, name: str) -> bool:
        if _starts_with(name, self.prefixes):
            return True
        places = gazetteer()
        return any(
            place.level != "province"
            and (self.provinces is None or place.province in self.provinces)
            for opening in places.names_starting(name, 6)
            for place in places.lookup(opening)
        )


# An item's number before the clause ("二、", "(三)", "第九条 ").
_ITEM_MARK = (
    r"\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十\d]{1,3}[、.．]|"
    r"第[一二三四五六七八九十百\d]{1,4}条)?\s*"
)
# "县农业农村局为本办法的主管部门", "县文旅局是项目的实施主体" (ext59): a body named as the
# department in charge of the rules or as the one carrying the work out.
_BODY_IN_CHARGE = re.compile(
    rf"(?:^|(?<=[,。;:\n])){_ITEM_MARK}(?P<list>[\u4e00-\u9fff、]{{2,40}}?)(?:为|是|作为)"
    r"(?:本[\u4e00-\u9fff]{1,12}?的|[\u4e00-\u9fff]{1,20}?的)?(?:业务|行业)?"
    r"(?:主管部门|牵头部门|牵头单位|责任单位|实施单位|实施主体|责任主体|执行部门)"
)
# "县乡村振兴局、县财政局按照职责分工做好资金监管工作" (ext59): departments opening a clause
# with the duty they share "by their remits" are the doers of what follows.
_BY_REMIT = re.compile(
    rf"(?:^|(?<=[,。;:\n])){_ITEM_MARK}(?P<list>[\u4e00-\u9fff、]{{2,40}}?)(?:要|应|须)?"
    r"(?:按照|根据|依照|依据|按)(?:各自)?职(?:责|能)(?:分工)?"
)


# "县科技局组织专家评审", "县财政局及时拨付奖补资金", "县发改局牵头,县财政局配合", "县审计局要
# 加强监督" (ext59): departments opening a clause with a step of the work they carry out (an
# adverb or 要/应/将 between; a wider list of verbs, 制定/推进/建立…, read wrong units on the seeds
# and val and was dropped).
_SUBJECT_STEP = re.compile(
    rf"(?:^|(?<=[,。;:\n])){_ITEM_MARK}(?P<list>[\u4e00-\u9fff、]{{2,40}}?)"
    r"(?<=[局委办厅府心部院所站室队组会司处馆社])"
    # "县林业局局长张伟组织专家评审" (attack59 M7): the body's head, by title and name
    r"(?:(?:副)?(?:局长|主任|厅长|部长|院长|所长|站长|队长|组长|处长|社长|馆长)"
    r"[\u4e00-\u9fff]{2,3}?(?:同志)?)?"
    r"(?:及时|定期|每年|适时|统一|具体|积极|切实|认真|主动|全面|进一步|要|应|将|负责)?"
    # (not "组织领导小组…": a group organised, no step)
    r"(?=组织(?!领导)|受理|拨付|兑付|开展|加大|审核|监督|指导|督促|牵头|配合|协助|会同|做好|加强|落实|"
    # (not "…办公室负责同志", "…局负责人": the person in charge of it)
    r"负责(?!同志|人))"
)


# B60-6: "县委、" right before "县政府…领导小组"
_JOINT_COMMITTEE = re.compile(r"[省市县区]委、")
# B60-5: "各地市环保专项行动领导小组要于7月15日前将…报…", "各县(市、区)某某领导小组": the groups
# every lower level sets up for the work, each the subject of a step (the dev golds keep both
# such groups as units); not the group's office or members.
_LEVELS_GROUP = re.compile(
    r"(?<![\u4e00-\u9fff])各(?:地市|市县|县市区?|[县市区](?:\([县市区旗、]{1,5}\))?)"
    r"(?:(?![的任由]|牵头|负责|建立|成立|召开|组织|要|将)[\u4e00-\u9fff]){2,14}?领导小组"
    r"(?!办公室|办|成员|组长)(?=要|将|应|于|负责|结合|组织|按照|根据|对|[,。;])"
)


def _named_units(listed: str, own: _OwnPlace) -> list[str]:
    """The units of the document's own level in a list that names only units by name: no
    generic, level-wide or "各…" bodies (the golds leave "各乡镇" out) and no directive words
    inside a name; [] otherwise."""
    items = split_unit_list(listed)
    if items and all(
        looks_like_unit(item) and not _DIRECTIVE_WORDS.search(item) and not is_level_bodies(item)
        for item in items
    ):
        # "市林业局、县林业局按照职责分工…" in a county's rules (attack59 M6): the level above's
        # body shares the duty; the county's own is its unit
        return [item for item in items if own(item)]
    return []


def _units_in_charge(text: str, own: _OwnPlace) -> list[str]:
    """Bodies the text names as in charge of the rules or the work, as doing it by their remits,
    or as opening a clause with a step they carry out (``_BODY_IN_CHARGE``, ``_BY_REMIT``,
    ``_SUBJECT_STEP``; the last on val: units 122/152 -> 124/155, dev unchanged).

    (ext59 also tried the oversight office a plan's progress is reported to, "报送县政府督查室":
    dev's golds keep it, but all 5 it read on val were wrong, so it is not read.)"""
    found: list[str] = []
    for pattern in (_BODY_IN_CHARGE, _BY_REMIT):
        for match in pattern.finditer(text):
            found.extend(_named_units(match["list"], own))
    for match in _SUBJECT_STEP.finditer(text):
        named = _named_units(match["list"], own)
        # "市政府关于印发…", "市政府组织…": the issuing government itself, no unit of its plan
        if not any(_GOVERNMENT_ITSELF.search(unit) for unit in named):
            found.extend(named)
    return found


def units_in_prose(text: str, prefixes: list[str], region: str | None = None) -> list[str]:
    """Coordinating bodies and departments named in the body text.

    ``prefixes`` are the jurisdiction forms of the document's region ("衢州市", "市"); a named
    body must start with one of them, which keeps verbs like 整合/建立 out of the name, or with
    the full name of a city or county of the ``region``'s province (``_OwnPlace``).
    """
    if not prefixes:
        return []
    own = _OwnPlace(prefixes, region)
    prefix_pattern = "|".join(
        re.escape(prefix) for prefix in sorted(prefixes, key=len, reverse=True)
    )
    found: list[str] = []
    body_pattern = re.compile(
        rf"(?:{prefix_pattern})(?:(?![的任由]|牵头|负责|建立|成立|召开|组织|健全|完善)[\u4e00-\u9fff()]){{1,20}}?"
        r"(?:领导小组|联席会议|常务会议|工作小组)"
    )
    for match in body_pattern.finditer(text):
        if text.startswith(("办公室", "办"), match.end()):
            continue  # "市…领导小组办公室牵头": the group's office is named, not the group
        if _OTHER_MEMBERS_AFTER.match(text, match.end()):
            continue  # "市…联席会议其他成员单位": the group's other members, not the group (B30-2)
        if _closes_unopened_bracket(match.group(0)):
            continue  # B56-4: "各县(市、区)某某领导小组": "区)某某领导小组" is a piece of the name
        if _starts_a_name(text, match.start()) and not _decided_by(text, match):
            # B60-6: "县委、县政府重点产业发展领导小组": the party committee named first is part
            # of the joint group's name, not a separate body
            joint = _JOINT_COMMITTEE.fullmatch(text, max(0, match.start() - 3), match.start())
            found.append((joint.group(0) if joint else "") + match.group(0))
    for match in _LEVELS_GROUP.finditer(text):
        found.append(match.group(0))  # B60-5: "各地市环保专项行动领导小组要于7月15日前…"
    for match in _CONTACT_UNIT.finditer(text):
        unit = match["unit"] or match["objections"] or match["feedback"]
        if looks_like_unit(unit) and own(unit):
            found.append(unit)  # "遇到的问题,请径向市农业局反映": who answers for it
    for match in _CHARGED_WITH_SETTING.finditer(text):
        if looks_like_unit(match["unit"]) and own(match["unit"]):
            found.append(match["unit"])  # "由市环保局根据…另行下达": who sets what is left open
    for match in _CONFIRMED_BY.finditer(text):
        unit = match["unit"] or match["takes"]
        if looks_like_unit(unit) and (own(unit) or _is_zone_committee(unit)):
            found.append(unit)  # "并报区招商服务中心确认": who confirms the claim
    for match in _ORGANISED_BY.finditer(text):
        unit = match["unit"]
        if looks_like_unit(unit) and own(unit):
            found.append(unit)  # "由某市某奖评审委员会组织评审": who organises the step
    for pattern in (_SET_UP_BODY, _CHARGED_BODY):
        for match in pattern.finditer(text):
            unit = match["unit"]
            if looks_like_unit(unit.replace("、", "")) and own(unit):
                found.append(unit)  # B58-3: a body set up or charged by the rules
    for match in _PAID_BY.finditer(text):
        unit = match["unit"]
        if looks_like_unit(unit) and own(unit):
            found.append(unit)  # "由县财政局按照验收结果拨付": who pays the money out
    for match in _DEPARTMENT_LIST.finditer(text):
        items = split_unit_list(match["list"])
        if items and all(looks_like_unit(item) and own(item) for item in items):
            found.extend(items)
    for match in _ACTING_VERB.finditer(text):
        items = split_unit_list(match["list"])
        if items and all(
            looks_like_unit(item)
            and (own(item) or _YOUTH_LEAGUE.fullmatch(item))
            and not _DIRECTIVE_WORDS.search(item)
            # "市政府将对…进行考核": the issuing government itself, no unit of its plan
            and not _GOVERNMENT_ITSELF.search(item)
            for item in items
        ):
            found.extend(items)  # "市农委将…组织开展综合评价", "市妇联、团市委授予…称号"
    for match in _RESPONSIBLE_VERB.finditer(text):
        named = match["list"].rsplit("由", 1)[-1]  # "…工作由各区市场监管局负责"
        # "由市发改委会同市科技局负责" (attack49 M6): two offices, the second worked with
        lead, support, _ = _share_offices(named)
        items = [*split_unit_list(lead), *split_unit_list(support or "")]
        if items and all(
            looks_like_unit(item)
            and (own(item) or item.startswith("各"))
            and not _DIRECTIVE_WORDS.search(item)
            for item in items
        ):
            found.extend(items)
    found.extend(_units_in_charge(text, own))
    # B60-6: "县委、县政府工作领导小组审核" read again as a list of two: the joint name stands
    halves = {unit.split("委、", 1)[1] for unit in found if _JOINT_COMMITTEE.match(unit)}
    return [unit for unit in found if unit not in halves]


# "经市政府常务会议审议通过", "已经省政府第5次常务会议研究同意": the meeting that adopted the
# document, which is no body with a duty in it.
_ADOPTED_BEFORE = re.compile(r"(?:经|已经|业经)$")
_ADOPTED_AFTER = re.compile(r"^(?:审议|研究|讨论|审定|决定|通过|同意)")
# "按照省委经济工作会议的部署和省政府第一次常务会议的要求": a meeting cited for what it asked.
_CITED_AFTER = re.compile(r"^(?:的)?(?:要求|部署|精神|决定|决策|安排)")


def _decided_by(text: str, match: re.Match[str]) -> bool:
    return bool(
        _ADOPTED_BEFORE.search(text[max(0, match.start() - 2) : match.start()])
        or _ADOPTED_AFTER.match(text[match.end() : match.end() + 2])
        or (
            match.group(0).endswith("会议")
            and bool(_CITED_AFTER.match(text[match.end() : match.end() + 3]))
        )
    )


# "各牵头单位要切实履行…": a sentence about units, not a unit's name.
_DIRECTIVE_WORDS = re.compile(r"要|应|须|切实|务必")


def _closes_unopened_bracket(name: str) -> bool:
    """A name that closes a bracket it never opened began inside the bracket: it is a piece."""
    depth = 0
    for char in name:
        if char in "((":
            depth += 1
        elif char in "))":
            depth -= 1
            if depth < 0:
                return True
    return False


def _starts_a_name(text: str, start: int) -> bool:
    """A name begins after punctuation or a function word, not inside a word ("质量强县工作…")."""
    if start == 0:
        return True
    before = text[start - 1]
    return not ("\u4e00" <= before <= "\u9fff") or before in "由在和与及将把对为立合经"


def _starts_with(item: str, prefixes: list[str]) -> bool:
    return any(item.startswith(prefix) for prefix in prefixes)


_ZONE_COMMITTEE = re.compile(r"(?:开发区|高新区|新区|园区|试验区|实验区)(?:管委会|管理委员会)$")


def _is_zone_committee(item: str) -> bool:
    """ "广州花都经济开发区管理委员会": a zone's committee, named by its own place, not the region's."""
    return bool(_ZONE_COMMITTEE.search(item))


# A run of unit names at the start of a cell or clause, then the duty ("市科技局、经济和信息化局,
# 佛山检验检疫局、市质计中心,各区人民政府积极申请…"): the names end with a unit suffix and are
# separated by 、 or a comma; the duty begins after the last name.
_LEADING_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,20}}?(?:{_SUFFIX_PATTERN})")


def _last_leading_name(text: str, position: int) -> str:
    """The longest unit name (at most 10 characters) opening ``text[position:]``: "各乡镇人民政府"
    rather than "各乡镇"."""
    for end in range(min(len(text), position + 10), position, -1):
        candidate = text[position:end]
        if _LEADING_NAME.fullmatch(candidate) and looks_like_unit(candidate):
            return candidate
    return ""


_UNIT_ENDING = re.compile(r"(?:局|委|办|厅|会|中心|院|府|所|站|队|部|处|室|社|联|馆|团)$")


def _listed_unit(names: list[str], item: str) -> bool:
    """A unit name, or a department's short name after a listed unit whose level it shares:
    "县财政局、国税局、地税局" (B39-7: 国税局 is the 县's, as "市质监局、工商局" expands)."""
    if looks_like_unit(item):
        return True
    return (
        bool(names)
        and _is_department(item)
        and looks_like_unit(_expand_prefixes([*names, item])[-1])
    )


def _last_short_name(names: list[str], text: str, position: int) -> str:
    """The shortest department short name opening ``text[position:]`` that takes the listed
    units' level ("…、地税局组成考核组": 地税局); "" when none does."""
    for end in range(position + 2, min(len(text), position + 8) + 1):
        candidate = text[position:end]
        if re.search(r"(?:局|委|办|厅|中心)$", candidate) and _listed_unit(names, candidate):
            return candidate
    return ""


def leading_units(text: str) -> tuple[list[str], str]:
    """Split a leading run of unit names (at least two names, or one followed by a comma) off a
    cell or clause: the units and the rest.  ``([], text)`` when the text does not open so."""
    position, separated = 0, False
    names: list[str] = []
    while True:
        separator = re.compile(r"[、,,]").search(text, position)
        whole = text[position : separator.start()] if separator else ""
        if separator and separator.start() - position <= 24 and _listed_unit(names, whole):
            names.append(whole)
            separated = True
            position = separator.end()
            continue
        # The last name runs straight into the duty: accept it only after a listed run.
        if names:
            last = _last_leading_name(text, position)
            if not _UNIT_ENDING.search(last):
                # "…、地税局组成考核组进行考核": the name ends at its department word (B39-7)
                last = _last_short_name(names, text, position) or last
            if last:
                names.append(last)
                position += len(last)
        break
    if len(names) < 2 or not separated:
        return [], text
    rest = re.sub(r"^[、,,]+", "", text[position:])
    if len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) < 4:
        return [], text
    return split_unit_list("、".join(names)), rest


# "市经信局要会同市商务局、市财政局,实施…", "市科技局会同市财政局制定…": the bodies a lead works
# with (its support) open the duty after 会同/联合.
_JOINTLY_WITH = re.compile(r"^(?:牵头)?(?:会同|联合)(?=[\u4e00-\u9fff])")
_OTHERS_AFTER = re.compile(r"^等(?:相关|有关)?(?:部门|单位)[,,]?")
_LEADING_MARKS = re.compile(r"^[、,,]+")


def joint_units(duty: str) -> tuple[list[str], str]:
    """Split "会同甲局、乙局,<duty>" into the bodies worked with and the duty; ``([], duty)`` when
    the duty does not open so or names no body ("会同有关部门…")."""
    opening = _JOINTLY_WITH.match(duty)
    if opening is None:
        return [], duty
    text = duty[opening.end() :]
    units, rest = leading_units(text)
    if not units:
        single = _last_leading_name(text, 0)
        if not single:
            return [], duty
        units, rest = [single], text[len(single) :]
    units = [unit for unit in units if not _GENERIC_BODIES.match(unit)]
    if not units:
        return [], duty
    rest = _LEADING_MARKS.sub("", _OTHERS_AFTER.sub("", _LEADING_MARKS.sub("", rest)))
    if len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) < 2:
        return [], duty
    return units, rest


# "区市场监管局(牵头),区经信局、区科技局(配合)": a table cell that marks each name's role in
# brackets; "牵头:区甲局 配合:区乙局" (the space may be gone after clean-up): by labels.
_CELL_ROLE_MARK = CELL_ROLE_MARK = re.compile(
    r"\s*[((〔\[](?P<role>牵头|主办|主责|配合|参与|协办|协助|协同)(?:单位|部门)?[))〕\]]"
)
_CELL_ROLE_LABEL = CELL_ROLE_LABEL = re.compile(
    r"(?P<role>牵头|主办|主责|责任|配合|参与|协办|协助|协同)(?:单位|部门)?\s*[::]\s*"
)
_LEAD_ROLES = ("牵头", "主办", "主责", "责任")


def cell_roles(cell: str) -> tuple[list[str], list[str]] | None:
    """Lead and support units of a unit cell that marks roles, names without the marks; None
    when the cell marks no role (or a marked part names no unit).

    A mark after the last name of a 、-run is the run's ("区经信局、区科技局(配合)"); a name with
    no mark of its own leads when nothing else does ("区甲局、区乙局(配合)")."""
    text = cell.strip()
    labels = list(_CELL_ROLE_LABEL.finditer(text))
    if labels and labels[0].start() == 0:
        lead_label = any(
            label["role"] != "责任" and label["role"] in _LEAD_ROLES for label in labels
        )
        lead: list[str] = []
        support: list[str] = []
        for label, after in zip(labels, [*labels[1:], None], strict=True):
            part = text[label.end() : after.start() if after else len(text)]
            names = split_unit_list(re.sub(r"[、,;;。\s]+$", "", part.strip()))
            if not names or not all(looks_like_unit(name) for name in names):
                return None
            leads = label["role"] in _LEAD_ROLES and not (lead_label and label["role"] == "责任")
            (lead if leads else support).extend(n for n in names if n not in lead + support)
        return (lead, support) if lead else None
    if not _CELL_ROLE_MARK.search(text):
        return None
    marks = [m["role"] for m in _CELL_ROLE_MARK.finditer(text)]
    lead_marked = any(role in _LEAD_ROLES for role in marks)
    marked: list[tuple[str, str | None]] = []
    for group in _split_outside_brackets(text, ",;,;"):
        items = _split_outside_brackets(group, "、")
        roles = [mark["role"] if (mark := _CELL_ROLE_MARK.search(item)) else None for item in items]
        # the run's mark is its names' only when another name of the cell is marked lead
        shared = roles[-1] if lead_marked and roles[-1] and not any(roles[:-1]) else None
        for item, role in zip(items, roles, strict=True):
            name = _CELL_ROLE_MARK.sub("", item).strip()
            if not looks_like_unit(name):
                return None
            marked.append((name, role or shared))
    lead = [n for n, role in marked if role in _LEAD_ROLES or (role is None and not lead_marked)]
    support = [n for n, role in marked if n not in lead]
    if not lead:  # "区甲局(配合)" alone: a support with no lead named is still the cell's unit
        return None
    return lead, support
