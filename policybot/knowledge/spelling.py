"""Typing slips in questions: a homophone (卓越积效 for 卓越绩效, 驰明 for 驰名) or one wrong
character in a longer term (国际标淮 for 国际标准).

Pinyin input makes the first kind the common one. A stretch of the question that the documents
never contain is compared with the words they do contain: the same sound (toneless pinyin, by
``pypinyin``), or for four characters and more all but one character the same. Only a stretch
whose character pairs the documents never write is touched, so a correctly typed question is
left exactly as it was.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
LONGEST = 4
SHORTEST = 2
# A one-character slip is only guessed in a term this long: 3 of 4 characters must agree.
MASK_LENGTH = 4
# Characters of the asking itself (是, 的, 多少 …): a question's own grammar is never a slip.
# 里 after a noun says where (方案里, 文件里): never 方案例. 给 asks what is given (先给几成,
# 给多少): never 机 of 先机. 出 says who pays (市财政出多少, 企业出一半): never 局 of 市财政局, a
# longer word the typed one would then no longer match (市财政资金 says 市财政, not 市财政局).
# 补 asks what is paid as 给 does (中心补多少, 每家补几万): never 不 of a word that sounds alike.
# 由 asks who does it (以上由哪个单位负责, 由谁牵头): never 游 of 上游. 句 counts what is quoted
# (哪四句, 几句话) as 条 counts items: never 区 by its rare reading qu (a store's 四区).
# 降 asks how far a figure falls (要降多少, 降到多少): never 奖 of 奖多少, a reward.
# 搞 and 弄 are how people say "do" (搞科技创新, 弄完): never 高 of 高科技 or 农 of 农业. 还
# asks what else (除了各县市区还发给了哪些): never 府 of 县市区府.
FUNCTION_CHARACTERS = frozenset(
    "是的了在有和要与及或吗呢吧啊我们这那多少么谁哪几什怎一二三四五六七八九十个种项件家名次条位"
    "省市县区镇乡村街各没不未非里给出补由降搞弄还句"
    # 从哪年开始: a preposition, never a slip (市政府从哪年 was read 市政府办哪年).
    "从"
)


@lru_cache(maxsize=65536)
def sound(text: str) -> tuple[str, ...]:
    """Toneless pinyin of each character (a heteronym read as pypinyin reads it in context)."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(text))


# How many readings of a stretch a slip is looked up under (each character's readings combined).
MAX_READINGS = 8


@lru_cache(maxsize=65536)
def readings(text: str) -> tuple[tuple[str, ...], ...]:
    """The ways ``text`` may be read: its reading in context first, then those a character
    with more than one reading (曾: ceng, zeng) gives — a slip typed by either sound."""
    from itertools import islice, product

    from pypinyin import Style, pinyin

    usual = sound(text)
    each = [
        tuple(dict.fromkeys(options))
        for options in pinyin(text, style=Style.NORMAL, heteronym=True)
    ]
    if len(each) != len(usual):
        return (usual,)
    others = islice(product(*each), MAX_READINGS)
    return tuple(dict.fromkeys([usual, *others]))


class Speller:
    """Corrects a question against the words of the store (``frequency``: how many sentences
    use each word; the more common of two candidates wins)."""

    def __init__(
        self,
        frequency: Mapping[str, int],
        texts: Iterable[str],
        extra_words: Iterable[str] = (),
        names_starting: Callable[[str], Iterable[str]] | None = None,
        *,
        asking: Iterable[str] = (),
        common: Callable[[str], bool] | None = None,
    ) -> None:
        """``names_starting(text)``: the names of places ``text`` begins with (the gazetteer's).
        A place is typed as its people write it: 龙游县 is never "corrected" to a word of the
        store that sounds alike, however rare its characters are in the documents.

        ``asking``: the words of asking (资助多少, 奖多少), kept as typed like ``extra_words``
        but never what a look-alike is corrected to: 外资按多少 is no 资助多少 with one
        character slipped. ``common(pair)``: whether a typed pair is a common word of the
        language (开支), which people type as they mean it: it is never a slip."""
        self._names_starting = names_starting
        self._common = common
        self._frequency = dict(frequency)
        for word in extra_words:
            self._frequency.setdefault(word, 1)
        self._asking = frozenset(asking) - set(self._frequency)
        for word in self._asking:
            self._frequency.setdefault(word, 1)
        self._pairs: set[str] = set()
        self._characters: Counter[str] = Counter()
        for text in texts:  # every character pair the documents write
            for run in _CJK_RUN.findall(text):
                self._pairs.update(run[i : i + 2] for i in range(len(run) - 1))
                self._characters.update(run)
        self._by_sound: dict[tuple[str, ...], list[str]] = defaultdict(list)
        self._by_mask: dict[str, list[str]] = defaultdict(list)
        for word in self._frequency:
            if not _CJK_RUN.fullmatch(word) or len(word) < SHORTEST:
                continue
            self._pairs.update(word[i : i + 2] for i in range(len(word) - 1))
            if len(word) <= LONGEST:
                self._by_sound[sound(word)].append(word)
            if len(word) == MASK_LENGTH:
                for position in range(len(word)):
                    self._by_mask[_mask(word, position)].append(word)

    def knows_pair(self, pair: str) -> bool:
        return pair in self._pairs

    def correct(self, text: str) -> str:
        """``text`` with each unknown stretch replaced by the store's word that it most likely
        meant; unchanged where nothing fits."""
        return _CJK_RUN.sub(lambda match: self._correct_run(match.group(0)), text)

    def _correct_run(self, run: str) -> str:
        chars = list(run)
        kept = self._place_characters(run) | self._common_characters(run)
        index = 0
        while index < len(chars) - 1:
            if chars[index] + chars[index + 1] in self._pairs:
                index += 1
                continue
            fixed = self._fix_pair("".join(chars), index)
            if fixed is not None and fixed[0] not in kept:
                position, char = fixed
                chars[position] = char
            index += 1
        return "".join(chars)

    def place_positions(self, text: str) -> set[int]:
        """Positions of ``text`` inside a place name the gazetteer knows (内蒙古 of 内蒙古的村庄),
        which a reading of ``text`` keeps as typed."""
        return {
            match.start() + offset
            for match in _CJK_RUN.finditer(text)
            for offset in self._place_characters(match.group(0))
        }

    def _place_characters(self, run: str) -> set[int]:
        """Positions of ``run`` inside a place name."""
        if self._names_starting is None:
            return set()
        kept: set[int] = set()
        for begin in range(len(run) - 1):
            longest = next(iter(self._names_starting(run[begin:])), "")
            kept.update(range(begin, begin + len(longest)))
        return kept

    def _common_characters(self, run: str) -> set[int]:
        """Positions of ``run`` inside a common word the documents do not write (开支 where
        they write 支出): typed as meant, never a slip."""
        if self._common is None:
            return set()
        kept: set[int] = set()
        for begin in range(len(run) - 1):
            pair = run[begin : begin + 2]
            if pair not in self._pairs and self._common(pair):
                kept.update((begin, begin + 1))
        return kept

    def _fix_pair(self, run: str, index: int) -> tuple[int, str] | None:
        """One character of the unknown pair at ``index`` replaced so that a word of the store
        covering the pair appears: (position, new character), longest word first."""
        for length in range(min(LONGEST, len(run)), SHORTEST - 1, -1):
            found: list[tuple[int, str, str]] = []
            for begin in range(max(0, index + 2 - length), min(index, len(run) - length) + 1):
                window = run[begin : begin + length]
                for word in self._candidates(window):
                    slips = [i for i in range(length) if word[i] != window[i]]
                    if len(slips) != 1 or begin + slips[0] not in (index, index + 1):
                        continue
                    short_ok = length >= MASK_LENGTH or word.endswith(_PLACE_ENDINGS)
                    short_ok = short_ok or self._word_for_no_word(run, begin, window, word)
                    homophone = short_ok and sound(word) == sound(window)
                    if not self._looks_slipped(run, begin + slips[0], either=homophone):
                        continue
                    if self._breaks_pair(run, begin + slips[0], word[slips[0]]):
                        continue
                    found.append((begin + slips[0], word[slips[0]], word))
            if found:
                best = max(found, key=lambda item: (self._frequency.get(item[2], 0), item[2]))
                return best[0], best[1]
        return None

    def _word_for_no_word(self, run: str, begin: int, window: str, word: str) -> bool:
        """A two-character homophone (明牌 for 名牌) is a slip only when the typed pair is no
        word of the store, the meant one is, and the typed character makes no word of the store
        with its other neighbour either: 省明牌 is 省名牌, but 实施后 keeps 实施 (never 实事后,
        although 施后 is written nowhere and 事后 is a word). The kept character is no part of
        the asking: 建设中要做什么 is never 建设重要 (要 asks). And the meant character is one the
        documents write more often than the typed one: a character they use everywhere (奖 of
        能奖多少, 前 of 年底前江苏) is meant as typed, never 能降 or a place 黔江."""
        if len(window) != SHORTEST or window in self._frequency or word not in self._frequency:
            return False
        slip = 0 if word[0] != window[0] else 1
        if window[1 - slip] in FUNCTION_CHARACTERS:
            return False
        if self._characters[word[slip]] <= self._characters[window[slip]]:
            return False
        position = begin + slip
        outer = run[position - 1 : position + 1] if slip == 0 else run[position : position + 2]
        return len(outer) == SHORTEST and not self._store_word(outer)

    def _store_word(self, pair: str) -> bool:
        """Whether the store writes ``pair`` as a word. A character run on to the particle 的
        (法的 of 部门印法的) is a scrap of the store's segmentation, no word — unless the
        language has it (目的, 的确): 印法的 is still 印发的."""
        if pair not in self._frequency:
            return False
        scrap = _PARTICLE in pair and not (self._common is not None and self._common(pair))
        return not scrap

    def _looks_slipped(self, run: str, position: int, *, either: bool = False) -> bool:
        """A slipped character pairs with neither neighbour the way the documents write, and
        is not part of the asking (是, 多少, a measure word). For a homophone of a store word
        (``either``) one strange pair is enough: 著明商标 keeps 著明 (显著明显) but 明商 is
        written nowhere, and 著名商标 sounds the same."""
        if run[position] in FUNCTION_CHARACTERS:
            return False
        left = position == 0 or run[position - 1 : position + 1] not in self._pairs
        right = position == len(run) - 1 or run[position : position + 2] not in self._pairs
        return (left or right) if either else (left and right)

    def _breaks_pair(self, run: str, position: int, char: str) -> bool:
        """Putting ``char`` at ``position`` breaks a two-character word of the store into a pair
        that is no word (县食品 → 县市品: 食品 is a word, 市品 none): the slip is not there. So
        does breaking a common word of the language the documents write (方案的时候 is never
        方案的市候 for a junk word 的市 of the store's segmentation)."""
        for pair_start in (position - 1, position):
            if pair_start < 0 or pair_start + 2 > len(run):
                continue
            before = run[pair_start : pair_start + 2]
            after = (run[:position] + char + run[position + 1 :])[pair_start : pair_start + 2]
            if after in self._frequency and not self._trades_word_for_scrap(before, after):
                continue
            if self._store_word(before) or self._common_pair(before):
                return True
        return False

    def _trades_word_for_scrap(self, before: str, after: str) -> bool:
        """A common word the documents write (湿地) would become a pair the language does not
        have (市地, a scrap of 城市地…): the slip is not there. 耕地林地湿地 typed without the
        documents' 、 leaves 地湿 unknown, which is a seam, not 地市 slipped."""
        return self._common is not None and self._common_pair(before) and not self._common(after)

    def _common_pair(self, pair: str) -> bool:
        """A common word of the language (时候) that the documents also write."""
        return self._common is not None and pair in self._pairs and self._common(pair)

    def _candidates(self, window: str) -> list[str]:
        words = [word for reading in readings(window) for word in self._by_sound.get(reading, ())]
        if len(window) == MASK_LENGTH:
            masked = {
                word
                for position in range(len(window))
                for word in self._by_mask.get(_mask(window, position), ())
            }
            masked -= self._asking
            if len(masked) == 1:  # a look-alike slip only when one term fits
                words += masked
        return words


# The structural particle, which forms no word with a neighbour but in a few the language has.
_PARTICLE = "的"


# A short word of the store that is a place (长丰县, 三水区) is a homophone slip however short:
# 长风县 for it (a place the gazetteer knows is never corrected: see ``_place_characters``).
_PLACE_ENDINGS = ("县", "区", "市", "镇", "乡")


def _mask(word: str, position: int) -> str:
    return word[:position] + "?" + word[position + 1 :]
