"""Tables of prizes: one row per honour, one cell with its sum.

Reward rules sometimes list their sums as a table rather than in sentences:

    奖项 | 奖励金额(万元) |
    中国质量奖 | 100 |
    省长质量奖 | 50 |

or the same table flattened one cell per line.  The header names a column of honours (奖项, 项目,
类别, 荣誉, 名称) and a column of sums (奖励, 奖金, 金额, 标准) whose unit is in brackets ("(万元)")
or in each cell ("100万元").  Each row with a sum is one reward.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards import level_of_achievement
from policybot.knowledge.extract.tables import is_layout_row

# A 公示 or 通报 lists recipients instead of honours ("单位详细名称 | 奖励金额(万元)"): each row is a
# reward to the firm or body it names.
_HONOUR_HEAD = re.compile(
    r"^(?:奖项|奖励项目|项目|类别|荣誉|荣誉称号|称号|名称|奖励类别|奖项名称"
    r"|(?:获奖|受奖|奖励)?(?:单位|企业|公司)(?:详细|全)?(?:名称)?"
    # "序号 / 项目类别 / 项目单位 / 奖补金额(万元)" (B58-5): the firm a grant notice pays
    r"|(?:项目|申报|实施|承担)(?:单位|企业)(?:名称)?)$"
)
# The recipient column of such a table, and the class of honour each row is paid for (B58-5).
_RECIPIENT_HEAD = re.compile(r"(?:单位|企业|公司)(?:详细|全)?(?:名称)?$")
_ROW_CLASS_HEAD = re.compile(r"^(?:项目|奖励|奖补|荣誉)?类别$")
_SUM_HEAD = re.compile(r"奖励|奖金|金额|标准")
_HEAD_UNIT = re.compile(r"[((](?P<unit>万元|元|亿元)[))]")
_SUM_CELL = re.compile(r"^(?:\d+(?:\.\d+)?)\s*(?:万元|元|亿元)?$")
_FACTORS = {"元": 1, "万元": 10_000, "亿元": 100_000_000}


def prize_table_rewards(text: str, ctx: DocContext) -> list[RewardRecord]:
    """The rewards of every prize table in the text (bar rows or one cell per line)."""
    lines = [
        (match.start(), match.group(0))
        for match in re.finditer(r"[^\n]+", text)
        if not is_layout_row(match.group(0))
    ]
    records: list[RewardRecord] = []
    index = 0
    while index < len(lines):
        cells = _cells(*lines[index])
        read = None
        if len(cells) >= 2:
            read = _bar_table(lines, index, ctx) or _allocation_table(lines, index, ctx)
        elif len(cells) == 1 and _HONOUR_HEAD.match(cells[0][1]):
            read = _flat_table(lines, index, ctx)
        if not read and len(cells) == 1 and cells[0][1] in ("序号", "编号"):
            read = _flat_rows(lines, index, ctx)
        if not read and len(cells) == 1 and "|" not in lines[index][1]:
            read = _spaced_table(lines, index, ctx)
        if read:
            found, index = read
            records.extend(found)
            continue
        index += 1
    return records


# "对获得下列荣誉的企业给予奖励,奖励标准见下表": the table gives the sums; this is no reward.
_POINTS_TO_TABLE = re.compile(r"(?:见|按|如)(?:下表|附表|表\d|下列|以下)|下列|如下表")


def drop_table_umbrellas(body: list[RewardRecord], table: list[RewardRecord]) -> list[RewardRecord]:
    """Body rewards without a sum that announce a prize table are superseded by its rows."""
    if not table:
        return body
    return [
        record
        for record in body
        if record.amount_yuan is not None
        or not _POINTS_TO_TABLE.search(f"{record.achievement} {record.treatment or ''}")
    ]


def _cells(offset: int, line: str) -> list[tuple[int, str]]:
    cells: list[tuple[int, str]] = []
    position = 0
    for part in line.split("|"):
        if part.strip():
            cells.append((offset + position + len(part) - len(part.lstrip()), part.strip()))
        position += len(part) + 1
    return cells


# "奖励类别 | 奖励项目 | 级别 | 奖励金额(万元)": the item names the honour better than its class.
_CLASS_HEAD = re.compile(r"类别$")


def _columns(header: list[str]) -> tuple[int, int, float] | None:
    """(honour column, sum column, factor of the sum column's unit), or None.  The honour is
    the item rather than its class when the table has both; the sum column is the one with a
    unit or a money word, never an honour column ("奖励项目" holds 奖励 too)."""
    honours = [i for i, cell in enumerate(header) if _HONOUR_HEAD.match(cell)]
    honour = next((i for i in honours if not _CLASS_HEAD.search(header[i])), None)
    honour = honour if honour is not None else (honours[0] if honours else None)
    sums = [i for i, cell in enumerate(header) if i not in honours and _SUM_HEAD.search(cell)]
    with_unit = [i for i in sums if _HEAD_UNIT.search(header[i])]
    money = with_unit[0] if with_unit else sums[0] if sums else None
    if honour is None or money is None:
        return None
    unit = _HEAD_UNIT.search(header[money])
    return honour, money, _FACTORS[unit["unit"]] if unit else 0.0


_LEVEL_HEAD = re.compile(r"^(?:级别|等级|层级|奖项等级|获奖等级)$")


def _level_column(header: list[str], taken: tuple[int, int]) -> int | None:
    return next(
        (i for i, cell in enumerate(header) if i not in taken and _LEVEL_HEAD.match(cell)), None
    )


def _with_level(
    honour: tuple[int, str], row: list[tuple[int, str]], at: int | None
) -> tuple[int, str]:
    """ "政府质量奖" in a row whose 级别 cell says "省级": the honour of that level, "政府质量奖(省级)"
    (an honour that names its level, "中国质量奖", "省政府质量奖", is left as it is)."""
    if at is None or at >= len(row):
        return honour
    level = row[at][1]
    named = level_of_achievement(honour[1]) is not None
    if not level or named or _SUM_CELL.match(level) or len(level) > 8:
        return honour
    return honour[0], f"{honour[1]}({level})"


def _with_class(
    honour: tuple[int, str], row: list[tuple[int, str]], header: list[str], honour_at: int
) -> tuple[int, str]:
    """ "浙江某公司" in a row whose 项目类别 cell says "省知识产权示范企业": the class paid for with
    the firm in brackets, "省知识产权示范企业(浙江某公司)" (B58-5)."""
    if not _RECIPIENT_HEAD.search(header[honour_at]):
        return honour
    at = next((i for i, cell in enumerate(header) if _ROW_CLASS_HEAD.match(cell)), None)
    if at is None or at >= len(row) or at == honour_at:
        return honour
    kind = row[at][1]
    if not kind or _SUM_CELL.match(kind) or len(kind) > 20:
        return honour
    return honour[0], f"{kind}({honour[1]})"


def _reward(
    honour: tuple[int, str], amount: tuple[int, str], factor: float, ctx: DocContext
) -> RewardRecord | None:
    offset, cell = amount
    if not _SUM_CELL.match(cell):
        return None
    money = find_money(cell)
    if money:
        value = money[0][1]
    elif factor:
        value = float(cell) * factor
    else:
        return None  # a bare figure without a unit anywhere: no sum to trust
    achievement = honour[1]
    bracket = re.search(r"\(([^()]{1,6}级|国际|国家|行业|省|市|县|区)\)$", achievement)
    return RewardRecord(
        region=ctx.region,
        achievement=achievement,
        quote=f"{achievement} {cell}",
        level=bracket[1] if bracket else level_of_achievement(achievement),
        amount_yuan=value,
        span=Span(honour[0], offset + len(cell), None),
    )


def _bar_table(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[list[RewardRecord], int] | None:
    header = _cells(*lines[index])
    columns = _columns([re.sub(r"\s+", "", cell) for _, cell in header])
    if columns is None:
        return None
    honour_at, money_at, factor = columns
    level_at = _level_column([re.sub(r"\s+", "", cell) for _, cell in header], columns[:2])
    records: list[RewardRecord] = []
    cursor = index + 1
    for cursor, row in _rows(lines, index + 1, len(header)):
        if len(row) > max(honour_at, money_at):
            honour = _with_level(row[honour_at], row, level_at)
            record = _reward(honour, row[money_at], factor, ctx)
            records.extend([record] if record else [])
        cursor += 1
    return (records, cursor) if records else None


def _rows(
    lines: list[tuple[int, str]], start: int, width: int
) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Each line of a bar table from ``start`` on, with its cells: a leading serial number the
    header (``width`` cells) has no head for is dropped."""
    cursor = start
    while cursor < len(lines) and "|" in lines[cursor][1]:
        row = _cells(*lines[cursor])
        if re.fullmatch(r"\d{1,3}", row[0][1]) and len(row) == width + 1:
            row = row[1:]
        yield cursor, row
        cursor += 1


def _flat_table(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[list[RewardRecord], int] | None:
    """ "奖项 / 奖励金额(万元) / 中国质量奖 / 100 / 省长质量奖 / 50": two cells to a row."""
    if index + 1 >= len(lines):
        return None
    header = [lines[index][1].strip(), lines[index + 1][1].strip()]
    columns = _columns(header)
    if columns is None or columns != (0, 1, columns[2]):
        return None
    factor = columns[2]
    records: list[RewardRecord] = []
    cursor = index + 2
    while cursor + 1 < len(lines):
        honour = (lines[cursor][0], lines[cursor][1].strip())
        amount = (lines[cursor + 1][0], lines[cursor + 1][1].strip())
        if _SUM_CELL.match(honour[1]) or len(honour[1]) > 40:
            break
        record = _reward(honour, amount, factor, ctx)
        if record is None:
            break
        records.append(record)
        cursor += 2
    return (records, cursor) if records else None


def _lone(line: tuple[int, str]) -> tuple[int, str]:
    """The one cell of a line of a table flattened one cell per line ("中国质量奖 |")."""
    offset, text = line
    cell = text.strip().strip("|").strip()
    return offset + text.find(cell) if cell else offset, cell


def _flat_rows(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[list[RewardRecord], int] | None:
    """ "序号 / 奖项名称 / 级别 / 奖励金额(万元) / 1 / 中国质量奖 / 国家级 / 100 / 2 / …": a prize
    table of several columns flattened one cell per line, each row opened by its number."""
    header: list[str] = []
    cursor = index + 1
    while cursor < len(lines) and len(header) < 8:
        cell = _lone(lines[cursor])[1]
        if cell == "1":
            break
        header.append(re.sub(r"\s+", "", cell))
        cursor += 1
    columns = _columns(header)
    if columns is None:
        return None
    honour_at, money_at, factor = columns
    width = len(header)
    records: list[RewardRecord] = []
    expected = 1
    while cursor + width < len(lines) and _lone(lines[cursor])[1] == str(expected):
        row = [_lone(line) for line in lines[cursor + 1 : cursor + 1 + width]]
        honour = _with_level(row[honour_at], row, _level_column(header, columns[:2]))
        honour = _with_class(honour, row, header, honour_at)
        record = _reward(honour, row[money_at], factor, ctx)
        if record is None or _SUM_CELL.match(row[honour_at][1]):
            break
        records.append(record)
        cursor += 1 + width
        expected += 1
    return (records, cursor) if records else None


def _spaced_table(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[list[RewardRecord], int] | None:
    """ "序号 奖项名称 级别 奖励金额(万元)" over "1 中国质量奖 国家级 100": cells between spaces."""
    header = lines[index][1].split()
    serial = bool(header) and header[0] in ("序号", "编号")
    columns = _columns(header[1:] if serial else header)
    if columns is None or len(header) < 2:
        return None
    honour_at, money_at, factor = columns
    records: list[RewardRecord] = []
    cursor = index + 1
    while cursor < len(lines):
        offset, line = lines[cursor]
        cells = [(offset + m.start(), m.group(0)) for m in re.finditer(r"\S+", line)]
        if len(cells) != len(header):
            break
        if serial:
            if not re.fullmatch(r"\d{1,3}", cells[0][1]):
                break
            cells = cells[1:]
        level_at = _level_column(header[1:] if serial else header, columns[:2])
        record = _reward(
            _with_level(cells[honour_at], cells, level_at), cells[money_at], factor, ctx
        )
        if record is None:
            break
        records.append(record)
        cursor += 1
    return (records, cursor) if records else None


# "2031年度某某奖补资金分配表" / "单位:万元" / "乡镇 | 奖补资金" / "青山镇 | 30": a grant shared
# among places, one row per place; each row is a reward to its place (the table's title names what
# is paid), its sum in the unit the header or the line above it states.
_PLACE_HEAD = re.compile(
    r"^(?:乡镇|乡镇\(街道\)|镇\(街道\)|镇街|街道|县区|区县|县市区|县\(市、?区\)|县\(区\)|"
    r"县\(市\)|市\(县、?区\)|市县|地区|单位名称|项目单位|实施单位)$"
)
_GRANT_HEAD = re.compile(r"奖补|奖励|补助|补贴|奖金")
_UNIT_LINE = re.compile(r"^\s*(?:计量)?单位\s*[::]\s*(?P<unit>万元|元|亿元)\s*$")
_GRANT_TITLE = re.compile(
    r"(?:奖补|奖励|补助|补贴|奖金)[^|]{0,12}?(?:分配|下达|安排|拨付|兑现|发放)[^|]{0,6}表$"
)
_TOTAL_ROW = re.compile(r"^(?:合计|小计|总计|共计)|(?:合计|小计|总计)$")


def _allocation_table(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[list[RewardRecord], int] | None:
    header = [re.sub(r"\s+", "", cell) for _, cell in _cells(*lines[index])]
    place_at = next((i for i, cell in enumerate(header) if _PLACE_HEAD.match(cell)), None)
    grants = [i for i, cell in enumerate(header) if i != place_at and _GRANT_HEAD.search(cell)]
    if place_at is None or not grants:
        return None
    money_at = grants[-1]
    unit = _HEAD_UNIT.search(header[money_at])
    above = [text.strip() for _, text in lines[max(0, index - 3) : index]]
    stated = next((m for text in above if (m := _UNIT_LINE.match(text))), None)
    named = unit or stated
    factor = _FACTORS[named["unit"]] if named is not None else 0.0
    title = next((text for text in reversed(above) if _GRANT_TITLE.search(text)), "")
    if not factor or not title:
        return None  # a sum without its unit, or a table that says no grant is shared
    title = re.sub(r"^(?:附件\s*\d*\s*[::]?\s*\d*[、.]?)", "", title).removesuffix("表")
    records: list[RewardRecord] = []
    cursor = index + 1
    for cursor, row in _rows(lines, index + 1, len(header)):
        if len(row) == len(header) and not _TOTAL_ROW.search(row[place_at][1]):
            offset, place = row[place_at]
            record = _reward((offset, f"{title}({place})"), row[money_at], factor, ctx)
            records.extend([record] if record else [])
        cursor += 1
    return (records, cursor) if records else None
