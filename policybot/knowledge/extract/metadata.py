"""Document metadata: title, number, issuer, region, dates, plan period, superseded documents.

Plans come either as the bare plan, as a "关于印发《…》的通知" notice wrapping the plan, or as a
web page with labelled fields ("发文标题:", "发文文号:").  The title of the plan itself is what
users ask about, so a notice's title is unwrapped to the plan it issues.
"""

from __future__ import annotations

import re
from datetime import date

from policybot.knowledge.extract.dates import find_time_mentions, parse_date
from policybot.knowledge.extract.records import DocumentMeta

_DOC_NUMBER = re.compile(
    r"(?P<number>[\u4e00-\u9fff]{1,10}[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*\d{1,4}\s*号)"
)
_LABEL = re.compile(
    r"^(?P<label>发文标题|标题|文件名称|发文文号|文号|发文字号|发文部门|发文机关|发布机构|"
    r"发文时间|成文日期|发文日期|实施时间|实施日期|生效日期)\s*[::]\s*(?P<value>.+)$"
)
_ISSUER_SUFFIX = re.compile(
    r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会|"
    r"[\u4e00-\u9fff]{1,12}(?:局|委|厅|办|联合会|中心))$"
)
_PROVINCE = r"[\u4e00-\u9fff]{2,7}?(?:省|自治区)"
_CITY = r"[\u4e00-\u9fff]{1,7}?(?:市(?!场)|盟|地区|自治州)"
_COUNTY = r"[\u4e00-\u9fff]{1,7}?(?:区|县|旗)"
_REGION = re.compile(
    rf"^(?P<region>{_PROVINCE}(?:{_CITY})?(?:{_COUNTY})?|{_CITY}(?:{_COUNTY})?)"
    r"(?=[\u4e00-\u9fff]{1,12}(?:局|委|厅|办))"
)
_NOTICE_TITLE = re.compile(r"关于(?:印发|转发|颁发)《?(?P<inner>.+?)》?的(?:通知|函)")
_OWN_TITLE = re.compile(
    r"^《?(?P<title>[^《》]{4,80}?(?:关于.+的(?:意见|通知|决定|办法|方案|规定)|"
    r"(?:计划|方案|规划|意见|办法|纲要|要点|细则|措施)"
    r"(?:\s*[(\[](?:19|20)\d{2}[—\-–~](?:19|20)\d{2}年[)\]])?"
    r"(?:\s*[(\[](?:征求意见稿|试行|草案|修订稿|送审稿)[)\]])?))》?$"
)
# The national five-year plans, which local plans named "“十四五”…规划" follow.
_FIVE_YEAR_PLANS = {
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
}
_ON_ISSUE = re.compile(r"自(?:印发|发布|公布)之日起(?:施行|实施|执行|生效)")
_PERIOD_LINE = re.compile(
    r"^[(\[]?(?:19|20)\d{2}\s*[—\-–~]\s*(?:19|20)\d{2}年[)\]]?$|[(\[](?:19|20)\d{2}"
)
_TITLE_REGION = re.compile(
    r"^(?P<region>[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|自治州|盟)(?:[\u4e00-\u9fff]{1,5}?(?:区|县|旗))?"
    r"|[\u4e00-\u9fff]{1,6}?(?:区|县|旗))(?=[\u4e00-\u9fff“])"
)
_EFFECTIVE = re.compile(r"自(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)起(?:施行|实施|执行|生效)")
_SUPERSEDES = re.compile(
    r"(?P<docs>《[^》]+》(?:\([^)]*\))?(?:[、和及]《[^》]+》(?:\([^)]*\))?)*)\s*(?:同时)?(?:停止执行|废止|不再执行|失效)"
)
_INLINE_SIGNATURE = re.compile(
    r"(?P<issuer>[\u4e00-\u9fff]{2,20}?(?:人民政府办公室|人民政府办公厅|人民政府))\s*"
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?!印发)"
)
_SIGNATURE_DATE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")


def extract_metadata(source: str, text: str) -> DocumentMeta:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    labels = _labelled_fields(lines)
    meta = DocumentMeta(source=source)
    meta.title = _title(lines, labels)
    meta.doc_number = _doc_number(lines, labels)
    issuer, issued = _signature(lines)
    meta.issuer = issuer or _issuer_from_title(labels.get("发文部门") or labels.get("发文机关"))
    meta.issuer = meta.issuer or _issuer_from_notice(lines)
    meta.issued = issued or _labelled_date(labels, ("成文日期", "发文时间", "发文日期"))
    meta.region = (
        region_of(meta.issuer)
        or region_of(_issuer_from_notice(lines))
        or _region_from_title(meta.title)
    )
    effective = _EFFECTIVE.search(text)
    meta.effective = parse_date(effective["date"]) if effective else None
    if meta.effective is None and _ON_ISSUE.search(text):
        meta.effective = meta.issued  # "自印发之日起施行": in force from the signing date
    if meta.effective is None:
        meta.effective = _labelled_date(labels, ("实施时间", "实施日期", "生效日期"))
    meta.period = _period(meta.title, text, meta.issued or _year_of_number(meta.doc_number))
    meta.supersedes = _supersedes(text)
    return meta


def _labelled_fields(lines: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines[:60]:
        match = _LABEL.match(line)
        if match and match["label"] not in fields:
            fields[match["label"]] = match["value"].strip()
    return fields


def _labelled_date(labels: dict[str, str], names: tuple[str, ...]) -> date | None:
    for name in names:
        if name in labels:
            parsed = parse_date(labels[name])
            if parsed:
                return parsed
    return None


def _title(lines: list[str], labels: dict[str, str]) -> str | None:
    candidates = [labels[name] for name in ("发文标题", "标题", "文件名称") if name in labels]
    candidates += _joined_title_lines(lines[:40])
    for line in candidates:
        notice = _NOTICE_TITLE.search(line)
        if notice and not _inside_book_title(line, notice.start()):
            return _as_written_in_body(notice["inner"].strip("《》 "), lines)
    for index, line in enumerate(lines[:40]):
        own = _OWN_TITLE.match(line)
        if own and not re.search(r"[,。;]", own["title"]):
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if _PERIOD_LINE.match(following) and not _PERIOD_LINE.search(own["title"]):
                return own["title"] + following
            return own["title"]
    return _title_from_opinion(lines)


def _joined_title_lines(lines: list[str]) -> list[str]:
    """A notice title wrapped over several lines ("关于印发《…、" / "…方案" / "(…)》的通知")."""
    joined: list[str] = []
    for index, line in enumerate(lines):
        if "关于" in line and not re.search(r"的(?:通知|函)", line):
            tail = "".join(lines[index + 1 : index + 4])
            end = re.search(r"的(?:通知|函)", tail)
            if end and len(line) + end.end() <= 120:
                joined.append(line + tail[: end.end()])
                continue
        joined.append(line)
    return joined


def _inside_book_title(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("《") > before.count("》")


def _as_written_in_body(title: str, lines: list[str]) -> str:
    """Prefer the plan's own heading when a web label wrote its brackets differently."""
    plain = title.replace("[", "(").replace("]", ")")
    if plain == title:
        return title
    for line in lines:
        if line.strip("《》") == plain:
            return plain
    return title


def _title_from_opinion(lines: list[str]) -> str | None:
    """An opinion pasted without its title: rebuild it from "现就…提出如下意见"."""
    issuer, _ = _signature(lines)
    for line in lines[:40]:
        match = re.search(
            r"现就(?P<topic>.+?)(?:工作)?提出(?:如下|以下)(?P<kind>意见|通知|措施)", line
        )
        if match and issuer:
            topic = re.sub(r"\(以下简称[^)]*\)", "", match["topic"])
            return f"{issuer}关于{topic}工作的{match['kind']}"
    return None


def _doc_number(lines: list[str], labels: dict[str, str]) -> str | None:
    for name in ("发文文号", "文号", "发文字号"):
        if name in labels:
            match = _DOC_NUMBER.search(labels[name])
            if match:
                return _clean_number(match["number"])
    for line in lines[:30]:
        match = _DOC_NUMBER.match(line)
        if match:
            return _clean_number(match["number"])
    return None


def _clean_number(number: str) -> str:
    return re.sub(r"\s+", "", number)


def _signature(lines: list[str]) -> tuple[str | None, date | None]:
    """The issuer's name on one line, the signing date on the next (not the 印发 line)."""
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        signed = parse_date(following) if _SIGNATURE_DATE.match(following) else None
        signed = signed or _compact_date(following)
        if signed and _ISSUER_SUFFIX.search(line) and len(line) <= 40:
            return re.sub(r"\s+", "", _first_of_issuer_block(lines, index)), signed
    # A notice whose signature lost the issuer line still has its date on a line of its own.
    for line in lines[:30]:
        if _SIGNATURE_DATE.match(line):
            return None, parse_date(line)
    # Text copied without line breaks: "…人民政府办公室2016年7月18日…" (not the 印发 date).
    for line in lines:
        for match in _INLINE_SIGNATURE.finditer(line):
            return match["issuer"], parse_date(match["date"])
    return None, None


def _first_of_issuer_block(lines: list[str], index: int) -> str:
    """Several issuers sign one above the other; the first of them leads."""
    first = index
    while first > 0 and _ISSUER_SUFFIX.search(lines[first - 1]) and len(lines[first - 1]) <= 40:
        first -= 1
    return lines[first]


def _compact_date(line: str) -> date | None:
    """ "2019222" (a web copy that lost 年月日) when only one month/day split is a real date."""
    if not re.fullmatch(r"(?:19|20)\d{5,6}", line):
        return None
    year, rest = int(line[:4]), line[4:]
    candidates = set()
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if not day or len(day) > 2:
            continue
        try:
            candidates.add(date(year, int(month), int(day)))
        except ValueError:
            continue
    return candidates.pop() if len(candidates) == 1 else None


def _issuer_from_title(value: str | None) -> str | None:
    if value and _ISSUER_SUFFIX.search(value):
        return value.strip()
    return None


def _issuer_from_notice(lines: list[str]) -> str | None:
    for line in lines[:40]:
        match = re.search(r"(?P<issuer>[\u4e00-\u9fff]{2,30}?)\s*关于", line)
        if match and _ISSUER_SUFFIX.search(match["issuer"]) and region_of(match["issuer"]):
            return match["issuer"].lstrip("《")
    return None


def region_of(issuer: str | None) -> str | None:
    """ "温州市洞头区人民政府办公室" -> "温州市洞头区"; "湖州市质量技术监督局" -> "湖州市"."""
    if not issuer:
        return None
    # Joint issuance by the party committee and the government: the region is the government's.
    issuer = re.sub(
        r"^中共[\u4e00-\u9fff]+?(?:委员会|委)(?=[\u4e00-\u9fff]+?(?:人民政府|政府))", "", issuer
    )
    party = re.match(r"^中共(?P<region>[\u4e00-\u9fff]+?(?:省|市|县|区))(?:委员会|委)", issuer)
    if party and "政府" not in issuer:
        return party["region"]
    government = re.match(r"^(?P<region>.+?)(?:人民政府|政府)", issuer)
    if government and re.search(r"(?:省|自治区|市|区|县|州|旗|盟)$", government["region"]):
        return government["region"]
    match = _REGION.match(issuer)
    if match and match["region"]:
        return match["region"]
    return None


def _region_from_title(title: str | None) -> str | None:
    """A plan without issuer or signature: its title starts with the place ("某市质量…")."""
    if not title:
        return None
    match = _TITLE_REGION.match(title.lstrip("《"))
    return match["region"] if match else None


def _period(title: str | None, text: str, issued: date | None) -> tuple[int, int] | None:
    if title:
        match = re.search(r"((?:19|20)\d{2})\s*[—\-–~至]\s*((?:19|20)\d{2})", title)
        if match:
            return int(match.group(1)), int(match.group(2))
        five_year = re.search(r"“?(十[一二三四五六七八九]五)”?(?:规划|时期|期间)", title)
        if five_year and five_year.group(1) in _FIVE_YEAR_PLANS:
            return _FIVE_YEAR_PLANS[five_year.group(1)]
    outside_titles = re.sub(r"《[^》]*》(?:\([^)]*\))?", "", text)
    points = [m for m in find_time_mentions(outside_titles) if m.kind == "point" and m.year]
    start = issued.year if issued else min((m.year for m in points if m.year), default=None)
    if start is None:
        return None
    horizon = [
        mention.year
        for mention in points
        if mention.year
        and start < mention.year <= start + 15
        and re.match(r"^(?:到|至)|.*(?:底|末|前)", mention.text)
    ]
    if horizon:
        return start, max(horizon)
    return None


def _year_of_number(doc_number: str | None) -> date | None:
    """Without a signing date, the year in the document number ("〔2023〕") stands in for it."""
    match = re.search(r"(?:19|20)\d{2}", doc_number or "")
    return date(int(match.group(0)), 1, 1) if match else None


def _supersedes(text: str) -> list[str]:
    found: list[str] = []
    for match in _SUPERSEDES.finditer(text):
        found.extend(re.findall(r"《[^》]+》(?:\([^)]*\))?", match["docs"]))
    return found
