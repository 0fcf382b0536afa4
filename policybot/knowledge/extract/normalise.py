"""Bytes to clean, simplified, consistently punctuated text.

Plans arrive as web copies in several encodings, in traditional characters with pinyin glosses,
with page furniture (view counters, share buttons, page numbers of the printed original) mixed
in.  Every later rule reads the text this module produces, so every quirk is handled once, here.

Punctuation convention: full-width ASCII forms (``，（）：；０-９Ａ-Ｚ``) become their half-width
forms; Chinese-only marks (``、。“”《》〔〕``) stay.  The gold files mix both, and matching never
compares quote text, so one consistent choice is what matters.
"""

from __future__ import annotations

import html
import itertools
import re
from functools import lru_cache

import charset_normalizer

from policybot.knowledge.chinese import BIDI_CONTROLS as BIDI_CONTROLS
from policybot.knowledge.chinese import CHINESE_DIGITS
from policybot.knowledge.chinese import strip_invisible as strip_invisible
from policybot.knowledge.chinese import strip_pinyin_glosses as strip_pinyin_glosses
from policybot.knowledge.chinese import to_simplified as to_simplified
from policybot.knowledge.extract.errors import EMPTY_FILE, NOT_TEXT, ExtractionError
from policybot.knowledge.extract.structure import heading_level

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Encodings a Chinese plan realistically comes in; isolating them keeps the detector from
# guessing exotic single-byte code pages for short snippets.
_CANDIDATE_ENCODINGS = ["gb18030", "big5", "utf_16_le", "utf_16_be", "cp950", "gbk"]


def decode_bytes(raw: bytes) -> str:
    """Decode an uploaded file: BOMs first, strict UTF-8 next, then a detector.

    Raises ``ExtractionError`` for an empty file or one that is not text.
    """
    if not raw or not raw.strip():
        raise ExtractionError(EMPTY_FILE)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(encoding, errors="strict"))
            except UnicodeDecodeError as error:  # a BOM on bytes that are not that encoding
                raise ExtractionError(NOT_TEXT) from error
    if b"\x00" in raw:
        text = _decode_bomless_utf16(raw)
        if text is None:
            raise ExtractionError(NOT_TEXT)
        return _checked(text)
    try:
        return _checked(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        if _cut_in_last_character(raw, error):
            return _checked(raw[: error.start].decode("utf-8"))
    return _checked(_detect(raw))


def _cut_in_last_character(raw: bytes, error: UnicodeDecodeError) -> bool:
    """UTF-8 that is valid up to a multi-byte character cut off at the very end.

    A copy or download that stopped a few bytes short is still the plan; only its last character
    is lost, so the text before it is read rather than the whole file refused as not text.
    """
    return error.reason == "unexpected end of data" and len(raw) - error.start < 4


def _decode_bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without BOM: NULs sit on one byte parity for ASCII; CJK needs a plausibility test."""
    best: tuple[float, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < 0.6:
        return None
    return best[1]


def _detect(raw: bytes) -> str:
    matches = charset_normalizer.from_bytes(raw, cp_isolation=_CANDIDATE_ENCODINGS)
    candidates: list[tuple[float, str]] = []
    for match in matches:
        text = str(match)
        candidates.append((_plausibility(text), text))
    for encoding in ("gb18030", "big5"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), text))
    if not candidates:
        raise ExtractionError(NOT_TEXT)
    return max(candidates, key=lambda item: item[0])[1]


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """Characters frequent in plans; a wrong decoding yields rare characters instead."""
    return frozenset(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也"
        "能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实"
        "加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样"
        "与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情"
        "者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级"
        "少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
        "标准品牌市县省局委办企业目标任务单位牵头配合责任奖励万元创新推进实施建设提升培育年底以上"
        "，。、；：“”《》（）〔〕0123456789%-—.,:;()"
    )


def _plausibility(text: str) -> float:
    """Share of characters that are ASCII-printable, whitespace or common in plans."""
    if not text:
        return 0.0
    common = _common_chars()
    good = 0.0
    for char in text:
        if char in common or char.isspace() or (" " <= char <= "~"):
            good += 1
        elif "\u4e00" <= char <= "\u9fff":
            good += 0.5
    return good / len(text)


def _checked(text: str) -> str:
    """Reject decodings full of control characters (a binary file that happened to decode)."""
    if not text.strip():
        raise ExtractionError(EMPTY_FILE)
    controls = sum(1 for char in text if char < " " and char not in "\n\r\t\f\v")
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise ExtractionError(NOT_TEXT)
    return text


# --- text normalisation -------------------------------------------------------------------------

_LOST_DASH_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})(?=\s*年)")
# B52-7: "2031年?2033年", "2031?2033年度": the dash a copy could not encode, left as "?".
_QUERIED_DASH_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})(年?)\?((?:19|20)\d{2})(?=\s*年)")
# "10,000" -> "10000": after full-width commas become "," a thousands separator would split
# clauses in the middle of a number.
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
# "0。5万元": a decimal point read as a full stop (OCR, or a typist's full-width habit).
_OCR_DECIMAL = re.compile(r"(?<=\d)。(?=\d+\s*(?:万元|亿元|元|万|亿|%|倍))")
# "奖励0. 5万元", "奖励1 .5万元": a decimal point with a space beside it (a PDF's or a typist's
# spacing) splits no number; only after a word, so an item number ("2. 100万元以上的…") stays.
_SPACED_DECIMAL = re.compile(
    r"(?<=[\u4e00-\u9fff])(\d+)(?:\s*\.\s+|\s+\.\s*)(\d+)(?=\s*(?:万元|亿元|元|万|亿|%|倍))"
)
# "5仟元": the formal 仟 for 千 after Arabic digits.
_FORMAL_THOUSAND = re.compile(r"(?<=\d)\s*仟(?=元)")
# "按3%。比例进行奖励": an OCR'd per-mille sign (‰ read as "%。"); no sentence opens on 比例 (B46-9)
_OCR_PER_MILLE = re.compile(r"(?<=\d)\s*%。(?=比例)")
_TEXT_BOX = re.compile(r"文本框\s*[::]\s*[—\-–]*\s*(\d{1,4})\s*[—\-–]*\s*")
_PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:[—\-–]+\s*\d{1,4}\s*[—\-–]+|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|"
    r"-{3,}\s*Page\s*\d+\s*-{3,})\s*$"
)
_NAVIGATION = re.compile(
    # "时间:2018年11月01日 点击次数:8749": a date beside a counter is the page's, never a deadline
    r"浏览量\s*[::]|浏览次数|点击数\s*[::]|点击次数|访问次数|点击量|阅读人次|阅读次数|评论人次|"
    r"共有\s*\d*\s*条评论|"
    r"加入收藏|扫描二维码|扫一扫|分享到|打印本页|关闭窗口|^\s*关闭\s*$|^\s*[••·]\s*(?:关闭|打印)\s*$|"
    # "字号:大 中 小" is the font-size control; "发文字号: 某政发〔2024〕2号" is a metadata field
    r"首页\s*>|Loading\.\.\.|^\s*页面功能\s*[::]|【字体|(?<!文)字号\s*[::]|^\s*返回顶部\s*$|"
    r"^\s*(?:上一篇|下一篇)\s*[::]|"
    # "> 政务公开 > 政府公报 > 2014年 > 第29期": a navigation trail carried over to its own line,
    # or one of three steps or more without 首页 (B30-3)
    r"^\s*>\s*[\u4e00-\u9fff]|^(?:[^>\n]{1,24}>){3,}[^>\n]{1,24}$"
)
_FURNITURE_MAX = 120
# "序号 |", "≥79.2 |": a table flattened one cell per line, each cell closed by its bar.
_LONE_CELL_BAR = re.compile(r"^(?P<cell>[^|]*[^|\s])\s*\|$")
# A table row copied with single spaces between cells: "序号 任务 牵头单位" / "3 建设平台 市质监局".
_SPACED_ROW = re.compile(
    r"^(?:序号|\d{1,3})(?:[ \t]+[^ \t]+){2,}$|"
    # "县(市、区) 造林面积 义务植树" / "甲县 3.0 80": a table of places with space-separated cells.
    r"^(?:地区|区域|单位|单位名称|地市|市州|市\(州\)|城市|县市区|县区|区县|市县|县\(市、?区\)|乡镇|镇街)"
    r"(?:[ \t]+[^ \t\d]+){1,}$|"
    r"^[\u4e00-\u9fff()、]{2,14}(?:[ \t]+(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)+$"
)
# A label spaced out character by character ends at a place ending, a total or a column head.
_SPACED_LABEL_END = re.compile(
    r"(?:省|市|州|盟|区|县|旗|镇|乡|街道|场|局)$|^(?:全[市省区县州])?(?:合计|总计|小计)$|"
    r"^(?:地区|区域|单位|单位名称|城市|乡镇|镇街|项目|名称)$"
)


def _is_spaced_label(cell: str) -> bool:
    """ "甲 岭 县": a cell of single characters spaced apart."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff])+", cell.strip()))


def _join_spaced_labels(line: str) -> str:
    """ "甲 岭 县 2500 1700" / "单 位 合 计 造林面积": a table row whose labels are spaced out one
    character at a time, joined ("甲岭县 2500 1700") so it reads as cells; other lines as they
    were.  Only a line that then reads as a row of a spaced table changes."""
    if "|" in line or not re.search(r"(?:^|[ \t])[\u4e00-\u9fff] [\u4e00-\u9fff](?:[ \t]|$)", line):
        return line
    cells: list[str] = []
    joining = False
    for token in re.split(r"([ \t]+)", line.strip()):
        if not token.strip():
            cells.append(token)
            continue
        single = bool(re.fullmatch(r"[\u4e00-\u9fff]", token))
        if single and joining:
            cells.pop()  # the space inside the label
            cells[-1] += token
        else:
            cells.append(token)
        joining = single and not (len(cells[-1]) >= 2 and _SPACED_LABEL_END.search(cells[-1]))
    joined = "".join(cells)
    return joined if _SPACED_ROW.match(joined) else line


# Inside a long run-on line only the counter itself is cut out ("浏览量: 时间:2020-03-16 09:20").
_NAVIGATION_PHRASE = re.compile(
    r"(?:浏览量|浏览次数|点击数|点击次数|访问次数|阅读人次)\s*[::]\s*\d*\s*(?:时间\s*[::]\s*[\d\-: ]+)?|"
    r"加入收藏|扫描二维码\s*关注我们|分享到"
)
# "文章来源:某县卫生健康委员会" on a line of page counters.
_SOURCE_FIELD = re.compile(r"(?:文章|信息)?来源\s*[::]\s*[\u4e00-\u9fff]{4,30}")
_RELATED_BLOCK = re.compile(
    r"^\s*(?:相关法规|相关文件|相关链接|相关文章|相关新闻|相关阅读|相关政策)\s*$"
)
_CJK = "\u4e00-\u9fff"
_CJK_PUNCT = "“”《》〔〕、。,;:!?()<>"
# One stray space inside Chinese text is web-copy damage; tabs and runs of spaces separate cells.
_SPACE_BETWEEN_CJK = re.compile(
    rf"(?<=[{_CJK}{_CJK_PUNCT}]) (?=[{_CJK}{_CJK_PUNCT}\d])|(?<=\d) (?=[{_CJK}{_CJK_PUNCT}])"
)


_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x3000: ord(" "),
    0xA0: ord(" "),
    ord("〈"): ord("<"),
    ord("〉"): ord(">"),
    # "(2031―2033年)": the horizontal bar some copies set for the dash of a range (B52-2)
    0x2015: ord("—"),
}


def to_half_width(text: str) -> str:
    """Full-width ASCII forms to ASCII; ideographic space to a space; 〈〉 to <>; ― to —."""
    return text.translate(_HALF_WIDTH)


def repair_year_ranges(text: str) -> str:
    """``20172019年`` -> ``2017—2019年``, ``2017年?2019年`` -> ``2017年—2019年`` (web copies
    drop the dash of a year range, or leave a "?" where it was)."""

    def fix(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        if int(first) < int(second) <= int(first) + 30:
            return f"{first}—{second}"
        return match.group(0)

    def fix_queried(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(3)
        if int(first) < int(second) <= int(first) + 30:
            return f"{first}{match.group(2)}—{second}"
        return match.group(0)

    return _QUERIED_DASH_RANGE.sub(fix_queried, _LOST_DASH_RANGE.sub(fix, text))


_CN_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "О": 0,
    "O": 0,  # a Latin letter typed for the zero ("二OO九年")
    "o": 0,
    "0": 0,
    **CHINESE_DIGITS,
}
_CN_DATE = re.compile(
    r"(?P<year>(?=[0〇○零ОOo一二三四五六七八九]{4}年)(?![0-9]{4})[0〇○零ОOo一二三四五六七八九]{4})年"
    # "二〇一五年 十二月 三十一日" (a 落款 spaced out); "元月" is the first month
    r"(?:[ \t\u3000]*(?P<month>[一二三四五六七八九十]{1,3}|元)[ \t\u3000]*月"
    r"(?:[ \t\u3000]*(?P<day>[一二三四五六七八九十]{1,3})[ \t\u3000]*日)?)?"
)


def _small_cn_number(text: str) -> int:
    """一..三十一 (months and days): 十 counts as 10 when it leads, as a tens marker inside."""
    if "十" not in text:
        return _CN_DIGIT[text]
    tens, _, units = text.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)


def chinese_dates_to_digits(text: str) -> str:
    """ "二〇一八年五月十一日" -> "2018年5月11日": dates must parse the same in either script."""

    def convert(match: re.Match[str]) -> str:
        year = "".join(str(_CN_DIGIT[char]) for char in match["year"])
        if not year.startswith(("19", "20")):
            return match.group(0)
        out = f"{year}年"
        if match["month"]:
            month = 1 if match["month"] == "元" else _small_cn_number(match["month"])
            out += f"{month}月"
        if match["day"]:
            out += f"{_small_cn_number(match['day'])}日"
        return out

    return _CN_DATE.sub(convert, text)


# Sums written in words, as notices write prizes: "各奖励人民币贰拾万元", "奖励十万元".
_CN_AMOUNT_DIGITS = {
    **{char: value for char, value in _CN_DIGIT.items() if char != "0"},
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
_CN_AMOUNT_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_AMOUNT = re.compile(
    r"(?:(?<=人民币)|(?<=奖励)|(?<=奖金)|(?<=给予)|(?<=资助)|(?<=补助)|(?<=补贴)|(?<=奖补)|"
    r"(?<=[各奖::,、\s]))(?P<number>[零〇○一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]{1,8})"
    r"(?=(?:万|亿)?元)"
)


def _cn_amount(words: str) -> int | None:
    """ "贰拾" -> 20, "一百五十" -> 150, "十" -> 10; None for what is no number."""
    total, digit = 0, None
    for char in words:
        if char in _CN_AMOUNT_UNITS:
            total += (digit if digit is not None else 1) * _CN_AMOUNT_UNITS[char]
            digit = None
        elif char in _CN_AMOUNT_DIGITS:
            if digit is not None and _CN_AMOUNT_DIGITS[char] != 0:
                return None  # "二三元": not one number
            digit = _CN_AMOUNT_DIGITS[char] or digit
        else:
            return None
    total += digit or 0
    return total or None


def chinese_number(words: str) -> int | None:
    """A whole number written in Chinese characters ("十二" -> 12, "两" -> 2, "一百五十" -> 150),
    or None for what is no number."""
    return _cn_amount(words)


def whole_number(written: str) -> int | None:
    """A whole number written in digits or Chinese numerals ("5", "十五", "两"), or None: a
    count a clause writes either way (限1项, 前五日)."""
    return int(written) if written.isdigit() else chinese_number(written)


def chinese_amounts_to_digits(text: str) -> str:
    """ "奖励人民币贰拾万元" -> "奖励人民币20万元": sums must parse the same in either script."""

    def convert(match: re.Match[str]) -> str:
        value = _cn_amount(match["number"])
        if value is None:
            return match.group(0)
        return match.group(0)[: match.start("number") - match.start()] + str(value)

    return _CN_AMOUNT.sub(convert, text)


_HTML_TAG = re.compile(r"<(?:p|div|br|span|table|tr|td|th|li|html|body|h[1-6]|font|strong)\b", re.I)
_BLOCK_TAG = re.compile(r"<(?:/?(?:p|div|tr|li|h[1-6]|table)|br\s*/?)\b[^>]*>", re.I)
_CELL_TAG = re.compile(r"</t[dh]\s*>", re.I)
_ANY_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)


# Inline markup pasted with a plan (a chat message's <b>/<a href>, an editor's &lt;): known tag
# names only, so a plan's own "<" (PM2.5<35, <=3天) is never taken for a tag.
_INLINE_TAG = re.compile(
    r"</?(?P<name>a|b|i|u|s|em|strong|span|font|p|br|code|pre|sub|sup|del|ins|mark|small|big"
    r"|strike|tt)"
    r"(?:\s+[^<>]*)?/?>",
    re.I,
)
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|apos|nbsp|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")


def _looks_marked_up(text: str) -> bool:
    """Tags a client writes (a closing </b> or </a>, <a href=…>, <p>, <br>) or an escaped
    character (&lt;)."""
    for match in _INLINE_TAG.finditer(text):
        tag = match.group(0)
        if match.group("name").lower() in ("p", "br") or tag.startswith("</"):
            return True
        if tag.lower().startswith("<a "):
            return True
    return _ENTITY.search(text) is not None


def html_to_text(text: str) -> str:
    """A saved web page uploaded as .txt: blocks become lines, table cells lines of their own.
    Text with inline markup only (a message's <b> and <a href>, &lt; entities) loses its tags
    and has its entities read, so a title or 文号 reads as it would without them."""
    if len(_HTML_TAG.findall(text)) < 3:
        if not _looks_marked_up(text):
            return text
        text = _BLOCK_TAG.sub("\n", text)
        return html.unescape(_INLINE_TAG.sub("", text)).replace("\xa0", " ")
    text = _SCRIPT.sub("", text)
    text = _CELL_TAG.sub("\n", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(text)


# A page that ran a whole notice into one line keeps its 落款 between the notice's last sentence
# and the plan's title: "…请认真抓好贯彻落实。 某县某领导小组 2021年9月3日 某县…实施方案 为…".
_RUN_IN_SIGNATURE = re.compile(
    r"(?<=[。!])\s+(?P<signer>[\u4e00-\u9fff]{2,40}?(?:人民政府|办公室|办公厅|领导小组|委员会|"
    r"指挥部|[局厅委]))\s+(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s+(?=\S)"
)


def _split_run_in_signature(line: str) -> list[str]:
    """The 落款 of a notice run into one line, on lines of its own (signer, then date)."""
    if "日" not in line or ("。" not in line and "!" not in line):
        return [line]  # (a line without a date or a sentence end: the pattern is not tried)
    return _RUN_IN_SIGNATURE.sub("\n\\g<signer>\n\\g<date>\n", line).split("\n")


# The labels of a table's header row: its name column, its measure, its unit and time columns,
# its year columns ("2026年", "2027年目标"). A line of single-space separated cells that are all
# such labels, two year columns among them, is a header row (trial46: "任务 单位 2026年 2027年
# 2028年 牵头单位 配合单位" lost its spaces and was read as a milestone "2028年牵头单位配合单位").
_HEADER_LABEL = re.compile(
    r"^(?:序号|(?:重点|主要|具体|工作)?(?:任务|指标|项目|工作|事项|措施)(?:名称|内容|事项)?|"
    r"(?:工作)?内容|名称|(?:计量)?单位|备注|属性|(?:指标)?(?:属性|类型|类别)|(?:工作)?目标(?:值)?|"
    r"(?:主要|具体)?(?:牵头|责任|主办|负责|主责|实施|承办|落实|承担|配合|协办|协助|参与|协同|协作|"
    r"会办|联办)(?:单位|部门)|(?:责任|实施)主体|(?:完成|办结|截止)?(?:时限|时间|期限|时间节点))$"
)
_HEADER_YEAR = re.compile(
    r"^(?:(?:19|20)\d{2}年?[-—–~至到])?(?:19|20)\d{2}年(?:度)?(?:目标|任务|工作目标|基数)?$"
)


def _spaced_header_width(line: str) -> int | None:
    """The number of cells of a header row written with single spaces between its cells (every
    cell a known label, two year columns or more, and a name column), else None."""
    if "\t" in line or "|" in line:
        return None
    cells = line.split()
    years = sum(1 for cell in cells if _HEADER_YEAR.match(cell))
    if len(cells) < 3 or years < 2:
        return None
    labels = [cell for cell in cells if not _HEADER_YEAR.match(cell)]
    if not labels or not all(_HEADER_LABEL.match(cell) for cell in labels):
        return None
    return len(cells)


def is_header_row(line: str) -> bool:
    """A line that is only a table's header row ("任务\t单位\t2026年\t2027年\t牵头单位", its cells
    separated by tabs, bars or spaces): three labels or more, each a known label or a year
    column. A header without rows under it states nothing: read as prose, its years dated its
    labels ("2028年牵头单位配合单位", a milestone in /deadlines, trial46)."""
    cells = [cell for cell in re.split(r"[\t|│┃ ]+", line.strip()) if cell]
    return (
        len(cells) >= 3
        and all(_HEADER_YEAR.match(cell) or _HEADER_LABEL.match(cell) for cell in cells)
        and any(_HEADER_YEAR.match(cell) for cell in cells)
    )


def _spaced_table_lines(lines: list[str]) -> dict[int, str]:
    """The lines of tables whose cells are separated by single spaces under a header row of
    known labels (``_spaced_header_width``): the header and each row right under it that splits
    into as many cells, by index, written with tabs between the cells as the table readers
    read them. A line that splits otherwise ends the table."""
    tabbed: dict[int, str] = {}
    index = 0
    while index < len(lines):
        width = _spaced_header_width(lines[index])
        if width is None:
            index += 1
            continue
        tabbed[index] = "\t".join(lines[index].split())
        index += 1
        while index < len(lines) and "|" not in lines[index]:
            cells = _spaced_cells(lines[index], width)
            if cells is None:
                break
            tabbed[index] = "\t".join(cells)
            index += 1
    return tabbed


def _spaced_cells(line: str, width: int) -> list[str] | None:
    """The ``width`` cells of a row of a single-spaced table, else None. A cell left empty
    inside the row is the empty text between two spaces (8  12: the middle year blank); before,
    such a row ended the table and the rows after it were lost (fix65's leftover)."""
    cells = line.split()
    if len(cells) == width:
        return cells
    cells = line.split(" ")
    if len(cells) == width and cells[0] and cells[-1]:
        return cells
    return None


def _clean_lines(lines: list[str]) -> list[str]:
    """Drop page furniture line by line, keeping table cells (bare row numbers) intact."""
    lines = [part.strip() for line in lines for part in _split_run_in_signature(line)]
    lines = _drop_related_block(lines)
    lines = _drop_dated_link_lists(lines)
    spaced_tables = _spaced_table_lines(lines)
    cleaned: list[str] = []
    for number, line in enumerate(lines):
        if number in spaced_tables:
            cleaned.append(spaced_tables[number])
            continue
        box = _TEXT_BOX.search(line)
        if box:
            _drop_previous_page_number(cleaned, box.group(1))
            line = _TEXT_BOX.sub("", line).strip()
        line = line.translate(_DOUBLE_BOX)
        if _ASCII_RULE.fullmatch(line):
            continue  # "+----+----+" between the "|" rows of a table drawn in ASCII
        if _FRAMELESS_BARS.search(line) and not _BOX_FRAME.search(line):
            line = re.sub(r"\s*[│┃]\s*", " | ", line).strip()  # "地区│任务": a bar row
        line = _LONE_CELL_BAR.sub(r"\g<cell>", line)
        cells = _run_on_table_cells(line)
        if cells:
            cleaned.extend(cells)
            continue
        line = _join_spaced_labels(line)
        line = _colon_after_bare_unit_labels(line)
        if _SPACED_ROW.match(line):
            # Tabs copied from a table keep its empty cells; runs of spaces cannot be counted.
            cleaned.append(line if "\t" in line else re.sub(r" +", "\t", line))
            continue
        if _is_furniture(line):
            source = _SOURCE_FIELD.search(line)
            if source:
                cleaned.append(source.group(0))  # the page's counters go, who published it stays
            continue
        line = _NAVIGATION_PHRASE.sub("", line)
        cleaned.append(_SPACE_BETWEEN_CJK.sub(_drop_space, line))
    return cleaned


# "牵头单位 县交通运输局", "牵头单位 县住建局 配合单位 县水利局": a line of unit labels written
# without colons (a table row flattened, or a page that dropped them) reads as the labelled note it
# is ("牵头单位:县住建局;配合单位:县水利局").  Only a line that opens with a label, each label
# followed by a name (a header row "牵头单位 配合单位 完成时限" names none).
_UNIT_LABEL_WORD = r"(?:牵头|责任|配合|协办|主办|协助|参与|承办|主责|协作)(?:单位|部门)"
_BARE_UNIT_LABEL = re.compile(
    rf"(?P<label>{_UNIT_LABEL_WORD})[ \t\u3000]+(?=[\u4e00-\u9fff])(?!{_UNIT_LABEL_WORD}|完成|时限|时间)"
)
_BARE_LABEL_LINE = re.compile(rf"^{_UNIT_LABEL_WORD}[ \t\u3000]+[\u4e00-\u9fff]")


def _colon_after_bare_unit_labels(line: str) -> str:
    if not _BARE_LABEL_LINE.match(line) or re.search(r"[::]", line):
        return line
    line = re.sub(rf"[ \t\u3000]+(?={_UNIT_LABEL_WORD}[ \t\u3000])", ";", line)
    return _BARE_UNIT_LABEL.sub(r"\g<label>:", line)


# Tables drawn with double lines ("╔═╦═╗", "║甲县║5║") read as the single-line ones.
_DOUBLE_BOX = str.maketrans("╔╗╚╝╠╣╦╩╬║═╟╢╤╧╪╫", "┏┓┗┛┣┫┯┷┼┃━┠┨┯┷┼┼")
_ASCII_RULE = re.compile(r"\+(?:[-=]{2,}\+)+")
# Box-drawing bars without a frame ("地区│任务(万亩)", "甲县│5"): a bar row; a framed box table
# (its lines open with ┃ or │ and it has ━/─ rules) is read by its own reader.
_FRAMELESS_BARS = re.compile(r"^[^┃│┏┗┠├┣]+[│┃]")
_BOX_FRAME = re.compile(r"[━─┏┓┗┛┠┨┯┷┼]")
_FIGURE_CELL = re.compile(r"^[≥≤<>]?\d[\d,]*(?:\.\d+)?%?$")


def _run_on_table_cells(line: str) -> list[str] | None:
    """A table copied as one line of space-separated cells ("地区 造林 植树 甲县 1.2 50 乙县 0.8
    30"): its cells, one per line, so the table readers see it as a flattened table; None for
    any other line.  At least three labels must each be followed by a figure, and figures must
    be a large share of the cells (prose keeps its numbers next to their units)."""
    if line.count("|") >= 8:
        # "|单位|任务|甲县|5|乙县|6|": the rows of a bar table copied onto one line (an empty
        # cell cannot be told from a row's end there, so the cells are kept without them).
        tokens = [re.sub(r"\s+", " ", token).strip() for token in line.split("|")]
        tokens = [token.replace(" ", "") if _is_spaced_label(token) else token for token in tokens]
        while tokens and not tokens[-1]:
            tokens.pop()
        first = next((i for i, token in enumerate(tokens) if token), len(tokens))
        tokens = [token or "—" for token in tokens[first:]]
    else:
        tokens = [token for token in re.split(r"[ \t\u3000]+", line.strip()) if token]
    if len(tokens) < 8:
        return None
    cells: list[str] = []
    for token in tokens:
        # "单 位", "合 计": one cell whose characters a layout spaced apart (up to a place
        # ending, a total or a column head: "单 位 合 计" is two cells).
        if (
            cells
            and len(token) == 1
            and re.fullmatch(r"[\u4e00-\u9fff]", token)
            and (re.fullmatch(r"[\u4e00-\u9fff]{1,3}", cells[-1]))
            and not (len(cells[-1]) >= 2 and _SPACED_LABEL_END.search(cells[-1]))
        ):
            cells[-1] += token
            continue
        cells.append(token)
    figures = sum(1 for cell in cells if _FIGURE_CELL.match(cell))
    labelled = sum(
        1
        for cell, following in itertools.pairwise(cells)
        if re.search(r"[\u4e00-\u9fff][)]?$", cell) and _FIGURE_CELL.match(following)
    )
    if labelled < 3 or figures < 6 or figures < 0.4 * len(cells):
        return None
    return cells


# "市公安局 市交通运输局": a space between two unit names separates them (a table cell).
_BETWEEN_UNITS = re.compile(r"[局委厅办院] [市县区省州旗][\u4e00-\u9fff]{1,12}(?:局|委|厅|办|院)")


def _drop_space(match: re.Match[str]) -> str:
    line, at = match.string, match.start()
    return " " if _BETWEEN_UNITS.match(line, at - 1) else ""


def _is_furniture(line: str) -> bool:
    """A whole line of page furniture; a long line is text that merely contains such words."""
    if len(line) > _FURNITURE_MAX:
        return False
    if _PAGE_NUMBER_LINE.match(line) or _is_menu_line(line):
        return True
    if not _NAVIGATION.search(line):
        return False
    rest = _NAVIGATION_PHRASE.sub("", line)
    return len(rest) < 30 or not re.search(r"[。;]", rest)


def _drop_previous_page_number(cleaned: list[str], number: str) -> None:
    """A printed page number (``17``) sits on its own line just before ``文本框: — 17 —``."""
    for index in range(len(cleaned) - 1, max(-1, len(cleaned) - 4), -1):
        if cleaned[index] == number:
            del cleaned[index]
            return
        if cleaned[index]:
            return


def _drop_related_block(lines: list[str]) -> list[str]:
    """A "related documents" list at the end of a web page is not part of the plan."""
    for index, line in enumerate(lines):
        if _RELATED_BLOCK.match(line) and len(lines) - index <= 40:
            return lines[:index]
    return lines


# "热门文章" over "- 2031年某大赛获奖项目奖励申报2031-11-04": a page's list of other articles,
# each a bulleted title ending in its date (B34-8).
_DATED_LINK = re.compile(r"^\s*[-•·*]\s*\S.{3,120}?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*$")
_LINK_LIST_HEADING = re.compile(
    r"^\s*(?:热门文章|热点文章|最新文章|推荐文章|推荐阅读|热门推荐|最新资讯|猜你喜欢|热门资讯)\s*$"
)


def _drop_dated_link_lists(lines: list[str]) -> list[str]:
    """Runs of three or more dated link lines (with the list's heading just above) are page
    chrome: other articles' titles and dates, never the document's own."""
    drop: set[int] = set()
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _DATED_LINK.match(lines[end]):
            end += 1
        if end - index >= 3:
            drop.update(range(index, end))
            if index and _LINK_LIST_HEADING.match(lines[index - 1]):
                drop.add(index - 1)
        index = max(end, index + 1)
    return [line for position, line in enumerate(lines) if position not in drop] if drop else lines


def _is_menu_line(line: str) -> bool:
    """Site menus: several short space-separated words, no punctuation, no digits.

    A row of table cells ("单 位 | 封山育林 | 备注 |") is not a menu.
    """
    words = line.split(" ")
    words = [word for word in words if word]
    if len(words) < 4 or "\t" in line or _TABLE_LINE.search(line):
        return False
    return all(len(word) <= 6 for word in words) and not re.search(r"[\d,。,;:、]", line)


# The longest paragraph joining lines may make, as long as a line may be (readers'
# MAX_LINE_CHARS): 25 lines of 20,000 characters without a sentence end were joined into one
# paragraph of 500,000, read as one sentence (past the per-paragraph fact limit, for minutes).
MAX_JOINED_CHARS = 20_000


def _join_broken_lines(lines: list[str]) -> list[str]:
    """Rejoin a sentence split by a page break of the printed original.

    A line is a broken sentence when it is long, contains sentence punctuation (so it is body
    text, not a title or a table cell) and ends in the middle of a word.
    """
    out: list[str] = []
    pending_join = False
    for line in lines:
        if (
            out
            and out[-1]
            and line
            and (
                (_REWARD_AFTER_BREAK.match(line) and out[-1][-1] in ",的")
                or (_SUM_AFTER_BREAK.match(line) and _REWARD_BEFORE_BREAK.search(out[-1]))
            )
        ):
            pending_join = True  # "对新认定的…企业," / "给予一次性奖励…": the rule goes on
        if (
            pending_join
            and line
            and len(out[-1]) + len(line) <= MAX_JOINED_CHARS
            and not _SIGNATURE_LINE.match(line)
            and heading_level(line) is None  # a numbered item never continues a sentence
            and not _FIELD_LINE.match(line)  # nor does a "牵头责任单位:…" line
            and not _ROW_NUMBER_LINE.match(line)  # nor a table's row number on its own line
            and not _next_row(out[-1], line)
        ):
            out[-1] = out[-1] + line
            pending_join = _looks_broken(out[-1])
            continue
        if pending_join and not line:
            continue
        out.append(line)
        pending_join = _looks_broken(line)
    return out


# A line that opens with the reward of a rule continues a line ending in "," or "的" (the
# achievement before the break): "对新认定的国家级…企业," / "给予一次性奖励10万元".
_REWARD_AFTER_BREAK = re.compile(
    r"(?:可|再|另|均|各|分别|一次性)?(?:给予|予以|奖励|奖补|补助|资助)\s*(?:一次性)?\s*(?:奖励|奖补|补助)?\s*\d"
)

# "…的企业,给予奖励" / "50万元。": a line ending in the verb of paying, the sum on the next.
_REWARD_BEFORE_BREAK = re.compile(r"(?:给予|予以|奖励|奖补|补助|资助)(?:人民币)?$")
_SUM_AFTER_BREAK = re.compile(r"(?:人民币)?\d+(?:\.\d+)?\s*(?:万|亿|千)?元")


# A table copied one cell a line: a row's number alone on its line opens the next row, so a long
# cell above it (a unit list with a comma: "县教育局、…等单位,各乡镇人民政府") is no broken sentence.
_ROW_NUMBER_LINE = re.compile(r"^\d{1,3}$")
# A table copied one row a line, the cells apart by spaces: "1 <cells…> <unit cell>" then
# "2 <cells…>": the next row's number opens a row of its own, however the row above ends (B51-5).
# ("1 | 加强…" then "2 | 抓好…": the cells apart by bars without the outer frame, the same)
_ROW_OPENING = re.compile(
    r"^(?P<number>\d{1,3})(?:[ \t\u3000]+|[ \t\u3000]*[|│┃][ \t\u3000]*)[\u4e00-\u9fff]"
)


def _next_row(previous: str, line: str) -> bool:
    """ "2  推进…" after "1  完善…": the row numbered one more than the row above."""
    above, this = _ROW_OPENING.match(previous), _ROW_OPENING.match(line)
    return bool(above and this and int(this["number"]) == int(above["number"]) + 1)


# "牵头责任单位:…", "主要协作单位:…": a labelled field opens a line of its own.
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[::]")
# The signature block (issuer alone, date alone) never continues the sentence above it.
_SIGNATURE_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,30}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|局)|"
    r"(?:19|20)\d{2}年?\d{1,2}月?\d{1,2}日?)$"
)


# Cell separators of a table copied as text: bars, tabs, box-drawing characters.
_TABLE_LINE = re.compile(r"[|\t\u2500-\u257f]")
# Prose broken by a fixed line width holds the marks of running text.
_PROSE_MARK = re.compile(r"[,。;、]")


def _is_prose(line: str) -> bool:
    return bool(_PROSE_MARK.search(line)) and not _TABLE_LINE.search(line)


def _wrap_width(lines: list[str]) -> int | None:
    """The fixed width of a text copied from a PDF, if most long prose lines share it.

    Only lines of running text count: titles, table rows and cells, and signature lines have
    lengths of their own and say nothing about a wrap width.
    """
    lengths = [len(line) for line in lines if len(line) >= 15 and _is_prose(line)]
    if len(lengths) < 6:
        return None
    best_width, best_count = 0, 0
    for width in set(lengths):
        count = sum(1 for length in lengths if width - 3 <= length <= width)
        if count > best_count or (count == best_count and width > best_width):
            best_width, best_count = width, count
    return best_width if best_count >= 0.4 * len(lengths) else None


# "市政局、环卫处、崇川经济开发区、各街道": a line that only lists offices is a table's unit cell (or
# a field), never the start of a sentence a fixed width broke (B46-6); each name ends in an
# office word.
_OFFICE_LIST_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff()]{1,16}?(?:局|委|办|处|厅|室|中心|政府|街道|镇|乡|开发区|园区|管委会|集团|公司)"
    r"[、,,]){2,}[\u4e00-\u9fff()]{1,16}?(?:局|委|办|处|厅|室|中心|政府|街道|镇|乡|开发区|园区|管委会|集团|公司)$"
)


def _unwrap_hard_wrapped(lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped text back into paragraphs.

    A full-width line of running text that does not end a sentence continues on the next line,
    unless that line opens a new heading or list item, is a table row, or signs the document.
    """
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if (
            line
            and previous
            and len(previous) >= width - 4
            and len(previous) + len(line) <= MAX_JOINED_CHARS
            and not re.search(r"[。;:!?”)》]$", previous)
            and heading_level(line) is None
            and (_is_prose(previous) or _is_prose(line))
            and not _TABLE_LINE.search(previous + line)
            and not _SIGNATURE_LINE.match(line)
            and not _OFFICE_LIST_LINE.match(previous)
        ):
            out[-1] = previous + line
        else:
            out.append(line)
    return out


_INLINE_HEADING = re.compile(
    r"(?:(?<=[。;!?)])\s*|(?<=[\u4e00-\u9fff])\s+)"
    r"(?=[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}\.(?!\d)|"
    r"第[一二三四五六七八九十]+[章条]|"
    # "…(已完成)。 第二阶段(2031年—2032年):…": a run-on schedule's phases, each dated by its
    # own bracket, open lines of their own (B49-6)
    r"第[一二三四五六七八九十]{1,2}阶段\s*[((](?=\s*(?:19|20)?\d))|"
    # "…新设法人项目,第六条项目引荐人…": a digest that glued a rule's articles with commas; each
    # article opens a line of its own (an article cited, "第三条规定的", stays) (B46-7)
    r"(?<=,)(?=第[一二三四五六七八九十百]{1,4}条(?!规定|所|的|之|中|至|、|和|及|第))|"
    # "…标准。1、引荐的投资项目,…;2、引荐的项目属于…": items numbered "N、" run on after a
    # sentence's end; each opens a line of its own (B46-9)
    r"(?<=[。;])(?=\d{1,2}、(?!\d))"
)


# "…左右。(省发改委负责)(二)公共财政收入…": a unit note closes an item, the next item follows.
_ITEM_AFTER_NOTE = re.compile(
    r"(?<=[))])(?=\s*(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d{1,2}\.(?!\d)))"
)
_NOTE_BEFORE = re.compile(r"[((][^()()]*(?:牵头|负责|主办|协办|配合|单位)[^()()]*[))]$")


# "…各项活动,,第二章组织管理第七条某委员会负责…": a chapter's short title glued on with commas
# and its first article run together; the article still opens a line of its own (as B46-7's
# ",第N条" does), so the chapter title is no part of the unit that opens the article (B48-3).
# The chapter title stays at the end of the line before it.
_CHAPTER_THEN_ARTICLE = re.compile(
    r"(?<=,)第[一二三四五六七八九十]{1,3}章[\u4e00-\u9fff]{2,10}?"
    r"(?=第[一二三四五六七八九十百]{1,4}条(?!规定|所|的|之|中|至|、|和|及|第))"
)


def _chapter_apart(line: str) -> list[str]:
    cuts = [match.end() for match in _CHAPTER_THEN_ARTICLE.finditer(line)]
    return [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]


def _split_run_on_lines(lines: list[str]) -> list[str]:
    """A page copied without line breaks: start a new line at each heading marker.

    Only very long lines are split, so a heading number quoted inside a normal paragraph stays;
    an item marker right after a unit note starts a new item in a line of any length.
    """
    out: list[str] = []
    for line in lines:
        if len(line) > 150:
            parts = [
                part
                for piece in _chapter_apart(line)
                for part in _INLINE_HEADING.split(piece)
                if part
            ]
        else:
            parts = [line]
        for part in parts:
            out.extend(_split_after_notes(part))
    return out


def _split_after_notes(line: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _ITEM_AFTER_NOTE.finditer(line):
        if _NOTE_BEFORE.search(line[start : match.start()]):
            pieces.append(line[start : match.start()])
            start = match.start()
    if not pieces:
        return [line]
    pieces.append(line[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _looks_broken(line: str) -> bool:
    if len(line) < 28 or not re.search(r"[,,。;]", line):
        return False
    last = line[-1]
    return bool(re.match(rf"[{_CJK}“《(]", last))


def _collapse_blank_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


# Markdown emphasis around a phrase ("**省级品牌企业**", "__名单__") and code marks (`品牌`): a
# pasted Markdown page's, never a plan's words. Only a pair is emphasis: a lone "*" masks a
# character in some web copies ("若干*策"), and a run of "_" is a blank to fill in.
_EMPHASIS = re.compile(r"(\*\*|(?<!_)__(?!_))(?=[^\s*_])(.+?)(?<=[^\s*_])\1")


def plain_label(text: str) -> str:
    """A label or title read from the text (a subject, a task, a unit, a heading) without the
    Markdown emphasis and code marks around its words; the stored text keeps them."""
    if "`" not in text and "**" not in text and "__" not in text:
        return text
    return _EMPHASIS.sub(r"\2", text.replace("`", ""))


# "奖励10万。", "每家补助5万;": a sum paid whose 元 the writer left out (万 then a mark or the end).
_YUAN_LEFT_OUT = re.compile(
    r"(?:奖励|奖补|补助|资助|补贴|奖金|扶持|一次性|给予)(?:人民币|资金)?\s*\d+(?:\.\d+)?\s*万"
    r"(?=[,。;、)\s]|$)",
    re.MULTILINE,
)


# "对引资者给与奖励": 给与, the older form of 给予, before what is paid (B38-4).
_GIVE_VARIANT = re.compile(
    r"给与(?=\s*(?:一次性|适当|一定|相应|资金|财政|人民币)?\s*(?:的)?\s*"
    r"(?:奖励|奖金|补助|补贴|资助|扶持|奖补|贴息|支持|\d))"
)


def normalise_text(text: str) -> str:
    """Everything the rules assume: simplified, half-width, no glosses, no web furniture."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = html_to_text(text)
    text = strip_invisible(text)
    text = strip_pinyin_glosses(text)
    text = to_simplified(text)
    text = to_half_width(text)
    text = chinese_dates_to_digits(text)
    text = chinese_amounts_to_digits(text)
    text = _YUAN_LEFT_OUT.sub(r"\g<0>元", text)
    text = repair_year_ranges(text)
    text = _THOUSANDS.sub(lambda match: match.group(0).replace(",", ""), text)
    text = _OCR_DECIMAL.sub(".", text)
    text = _SPACED_DECIMAL.sub(r"\1.\2", text)
    text = _FORMAL_THOUSAND.sub("千", text)
    text = _OCR_PER_MILLE.sub("‰", text)
    text = _GIVE_VARIANT.sub("给予", text)
    lines = _split_run_on_lines(text.split("\n"))
    lines = _clean_lines(lines)
    lines = _collapse_blank_lines(lines)
    lines = _unwrap_hard_wrapped(lines)
    lines = _join_broken_lines(lines)
    return "\n".join(lines).strip() + "\n"
