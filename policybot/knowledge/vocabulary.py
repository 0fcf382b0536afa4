"""Chinese text handling for search: traditional → simplified, jieba with the store's vocabulary.

jieba is initialised once per process: it is slow to load, noisy (warnings, log lines) and writes
its cache to the temp directory unless told where; its default dictionary also splits the domain's
terms (政府/质量奖), so the names the store knows and a little domain vocabulary are added to it.

Start-up matters (``policybot ask`` should answer within a second), so loading is done here rather
than by ``jieba.initialize``: jieba's import pulls in ``pkg_resources`` only to open its own
files (0.1 s, measured), and it reads its 9 MB dictionary cache with ``marshal.load`` on a file
object, which reads piecemeal — 0.6 s against 0.17 s for ``marshal.loads`` of the same bytes.
Even 0.17 s is too much for a few questions, so the dictionary is also kept in SQLite and read
word by word (``word_frequencies``) until an index build needs all of it
(:func:`load_full_dictionary`). Both caches live in the data directory (``use_cache_dir``), not
in a temp directory that a service manager empties at every start (systemd's ``PrivateTmp``).
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
import re
import sqlite3
import sys
import tempfile
import threading
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from policybot.knowledge.chinese import normalise as normalise
from policybot.knowledge.chinese import to_simplified as to_simplified
from policybot.knowledge.tallies import most_common
from policybot.knowledge.word_frequencies import (
    StoredFrequencies,
    open_frequencies,
    write_frequencies,
)

CACHE_ENV = "POLICYBOT_JIEBA_CACHE"

# General vocabulary of quality and brand plans (words, never facts such as numbers or titles).
DOMAIN_TERMS = (
    "驰名商标",
    "著名商标",
    "商标",
    "卓越绩效",
    "首席质量官",
    "名牌产品",
    "省名牌产品",
    "区域名牌",
    "政府质量奖",
    "质量奖",
    "浙江制造",
    "品牌认证",
    "产品认证",
    "国家标准",
    "行业标准",
    "国际标准",
    "地方标准",
    "团体标准",
    "联盟标准",
    "产品标准",
    "标准化",
    "质量强市",
    "质量强区",
    "标准强市",
    "品牌强市",
    "质量提升",
    "品牌建设",
    "品牌培育",
    "地理标志",
    "知识产权",
    "专利",
    "采标",
    "示范企业",
    "示范项目",
    "质量管理",
    "计量",
    "检验检测",
    "质监局",
    "经信局",
    "市场监管局",
    "奖励",
    "资助",
    "补助",
    # A firm growing into 规模以上: 新上规, 入规, 升规 (one word, not 新规 once 上 is dropped).
    "上规",
    "入规",
    "升规",
    # GDP as the plans write it: one measure, not a 地区 (中部地区) and a 生产总值.
    "地区生产总值",
    # The purse of one level of government, by which a notice splits a sum (其中市财政资金…,区财政
    # 资金…): one word, the level telling the shares apart (not 里市 财政 of 奖励里市财政出).
    "省财政",
    "市财政",
    "县财政",
    "区财政",
)

_CJK = re.compile(r"[\u3400-\u9fff]")

_lock = threading.Lock()
_added_words: set[str] = set()
# Words a store taught (add_words), each with the frequency jieba had for it before (None: none).
_store_words: dict[str, int | None] = {}
# The names each store taught (teach_store_words), by the store's address.
_owned_words: dict[str, set[str]] = {}
_TAUGHT_FREQUENCY = 50_000
_cache_dir: Path | None = None
CACHE_FILE_NAME = "jieba.cache"


@lru_cache(maxsize=16384)
def normalised_name(name: str) -> str:
    """``normalise`` of a stored document's title or name, cached: questions compare their words
    with every title in scope, and normalising 2,150 titles (OpenCC, NFKC) each time cost 22 ms
    of a question (benchmarks.answer_latency at 101,480 targets)."""
    return normalise(name)


def use_cache_dir(directory: Path | None) -> None:
    """Keep jieba's dictionary cache in ``directory`` (takes effect before jieba's first use)."""
    global _cache_dir
    _cache_dir = directory


def _cache_path() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    if _cache_dir is not None:
        return _cache_dir / CACHE_FILE_NAME
    return Path(tempfile.gettempdir()) / f"policybot-jieba-{os.getuid()}.cache"


@lru_cache(maxsize=1)
def _jieba() -> Any:
    """Import and initialise jieba once, quietly, with a pinned cache file and the domain words."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        jieba = _import_jieba()
        jieba.setLogLevel(logging.WARNING)
        # jieba writes to stderr through a handler of its own, tracebacks included; its records
        # go through the application's logging instead (one line each, the token redacted).
        jieba.default_logger.removeHandler(jieba.log_console)
        _load_dictionary(jieba.dt, _cache_path())
    for term in DOMAIN_TERMS:
        jieba.add_word(term, freq=50_000)
        _added_words.add(term)
    return jieba


def _import_jieba() -> Any:
    """``import jieba`` without ``pkg_resources``: jieba then opens its files by path instead."""
    if "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


def _load_dictionary(tokenizer: Any, cache: Path) -> None:
    """jieba's prefix dictionary: read word by word from the SQLite copy next to ``cache`` when
    there is one; else loaded whole (from ``cache``, or built by jieba, which writes ``cache``)
    and the SQLite copy written for the next process."""
    if tokenizer.initialized:
        return
    stored = open_frequencies(_stored_path(cache))
    if stored is not None:
        tokenizer.FREQ, tokenizer.total = stored, stored.total
        tokenizer.initialized = True
        return
    loaded = _read_marshal_cache(cache)
    if loaded is not None:
        tokenizer.FREQ, tokenizer.total = loaded
        tokenizer.initialized = True
    else:
        with contextlib.suppress(OSError):
            cache.parent.mkdir(parents=True, exist_ok=True)
        tokenizer.cache_file = str(cache.resolve())
        tokenizer.initialize()
    try:
        write_frequencies(_stored_path(cache), tokenizer.FREQ, tokenizer.total)
    except (OSError, sqlite3.Error) as exc:  # a read-only cache folder: only slower starts
        logging.getLogger(__name__).warning("could not store jieba's dictionary: %s", exc)


def _stored_path(cache: Path) -> Path:
    return cache.with_suffix(".sqlite")


def _read_marshal_cache(cache: Path) -> tuple[dict[str, int], int] | None:
    """jieba's own cache file, read in one piece (``marshal.loads``; see the module docstring)."""
    try:
        frequencies, total = marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if isinstance(frequencies, dict) and isinstance(total, int):
        return frequencies, total
    return None


def load_full_dictionary() -> None:
    """Before segmenting many texts (an index build): every word in memory, not one lookup each."""
    frequencies = _jieba().dt.FREQ
    if isinstance(frequencies, StoredFrequencies) and not frequencies.complete:
        loaded = _read_marshal_cache(_cache_path())
        frequencies.load_all(loaded[0] if loaded else None)


def jieba_version() -> str:
    """jieba's version, without loading its dictionary."""
    return str(getattr(_import_jieba(), "__version__", ""))


def add_words(words: Iterable[str]) -> None:
    """Teach jieba names from the store (units, regions, aliases); adding twice is a no-op.

    jieba's total (the sum of its word frequencies) stays as it was: jieba scores a split by
    each piece's frequency over that total, so a total grown by every name taught would make
    the split of words no store names depend on how many names the store holds (a store with
    nine more cities cut 最晚 whole instead of 最/晚, and a question about a third document
    lost its answer). A taught name still outweighs the pieces it cuts across."""
    jieba = _jieba()
    with _lock:
        total = jieba.dt.total
        for word in words:
            word = word.strip()
            if len(word) >= 2 and word not in _added_words and " " not in word:
                _store_words[word] = jieba.dt.FREQ.get(word)
                jieba.add_word(word, freq=_TAUGHT_FREQUENCY)
                _added_words.add(word)
        jieba.dt.total = total


def teach_store_words(owner: str, words: Iterable[str]) -> None:
    """``words`` become all ``owner``'s (a store's) taught names: those it taught before and no
    store holds now are forgotten, jieba giving them the frequency it had before.

    jieba is one tokenizer per process and never forgets a word; without this a place only an
    undone or retired upload named would still be cut as one word, and so recognised, until
    the process restarted (trial46 L10)."""
    kept = [word.strip() for word in words]
    _jieba()
    with _lock:
        before = _owned_words.get(owner, set())
        _owned_words[owner] = set(kept)
        held = set().union(*_owned_words.values())
        _forget(before - held)
    add_words(kept)


def _forget(words: Iterable[str]) -> None:
    """Give taught ``words`` back the frequency jieba had for them (0: a prefix only, as if never
    added). Called with ``_lock`` held."""
    jieba = _jieba()
    for word in words:
        if word in _store_words:
            jieba.dt.FREQ[word] = _store_words.pop(word) or 0
            _added_words.discard(word)


@contextmanager
def store_words_set_aside() -> Iterator[None]:
    """Within the block jieba knows only its dictionary, the domain terms and the words taught
    inside the block; the words earlier stores of this process taught are taught again after it.

    jieba is one tokenizer per process, and a store's names change how questions split. A
    measurement (the question set's floors) must not depend on which other stores the process
    opened before, as it would in a long test run; the bot itself serves one store."""
    _jieba()
    with _lock:
        earlier = dict(_store_words)
        _forget(earlier)
    try:
        yield
    finally:
        add_words(earlier)


def words(text: str) -> list[str]:
    """jieba's search-mode words of ``text`` that carry meaning (CJK or alphanumeric, ≥ 2 chars)."""
    return [
        word
        for word in _jieba().cut_for_search(text)
        if len(word) >= 2 and (_CJK.search(word) or word.isalnum())
    ]


def cut(text: str) -> list[str]:
    """jieba's precise-mode words of ``text`` in order, without guessing new words: a name the
    dictionary lacks comes out as single characters (张/槎) rather than glued to its neighbour
    (数要, 中有), which ``join_singles`` then puts back together."""
    return list(_jieba().cut(text, HMM=False))


def word_edges(text: str) -> set[int]:
    """Where jieba's words of ``text`` begin and end (character offsets)."""
    edges = {0}
    offset = 0
    for token in cut(text):
        offset += len(token)
        edges.add(offset)
    return edges


def join_singles(tokens: list[str]) -> list[str]:
    """Runs of single CJK characters joined into one word: 张 槎 → 张槎 (a name jieba lacks)."""
    joined: list[str] = []
    run = ""
    for token in tokens:
        if len(token) == 1 and _CJK.match(token):
            run += token
            continue
        if run:
            joined.append(run)
            run = ""
        joined.append(token)
    if run:
        joined.append(run)
    return joined


def search_words(text: str) -> list[str]:
    """The words sentence search indexes: jieba's search-mode words, plus the character pairs
    of names it does not know (张槎针织 → 张槎, 针织), so that such a name can be found."""
    found = words(text)
    for token in join_singles(list(_jieba().cut(text, HMM=False))):
        if len(token) >= 2 and _CJK.match(token) and token not in found:
            found.extend(token[i : i + 2] for i in range(len(token) - 1))
    return found


# Place names jieba's tagger finds (ns) that are really the field's words, not places.
_NOT_PLACES = frozenset(
    {"浙江制造", "中国", "全国", "国家", "国际", "国内", "国外", "境外", "海外"}
)


def place_names(text: str) -> list[str]:
    """Place names in ``text`` by jieba's part-of-speech tagger (its ``ns`` tag).

    General: the tagger's own dictionary knows China's provinces, cities and counties, so no
    list of places lives in this code.
    """
    _jieba()
    import jieba.posseg

    return [
        pair.word
        for pair in jieba.posseg.cut(text)
        if pair.flag == "ns" and len(pair.word) >= 2 and pair.word not in _NOT_PLACES
    ]


def dictionary_tag(word: str) -> str | None:
    """The part of speech jieba's own dictionary gives ``word`` (ns a place, n a noun, v a
    verb); None when its dictionary does not hold it, whatever names stores have taught since
    (a store's 东坪市 teaching 东坪 does not make it a dictionary word)."""
    tokenizer = _jieba()
    import jieba.posseg

    frequency = _store_words[word] if word in _store_words else tokenizer.dt.FREQ.get(word)
    if not frequency:
        return None
    tag = jieba.posseg.dt.word_tag_tab.get(word)
    return str(tag) if tag is not None else None


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary holds ``word`` itself (海洋), not only a name its tagger
    guessed from characters it does not know as one word (里列 of 分解里列第一位)."""
    return bool(_jieba().dt.FREQ.get(word))


# How often jieba's dictionary must have seen a word for it to be common (开支 1012, 月份 1754;
# 积效 3, a slip of 绩效 that the dictionary happens to hold).
_COMMON_FREQUENCY = 500


def common_word(word: str) -> bool:
    """Whether ``word`` is a common word of the language (开支, 月份): jieba's dictionary has
    seen it often. Words a store taught (its names, the glossary's terms) count as common."""
    return (_jieba().dt.FREQ.get(word) or 0) >= _COMMON_FREQUENCY


# Part-of-speech tags of words that say how rather than what: verbs, adverbs, conjunctions,
# prepositions, adjectives (jieba's tag set).
_WEAK_TAGS = frozenset({"v", "d", "c", "p", "a", "ad", "vd", "u", "r"})
# Verbs of how a thing comes about that jieba tags otherwise (下来 as a time, 产生 as a noun):
# 分解下来, 怎么产生的 say how, never what; so do 最后, 最终 (最后谁来审定: the last step).
# 未完成 (没完成任务的区县会怎么样, the documents writing 未完成 or 没完成) says who falls short,
# not what is asked about; once it is no time window, it weighs as the verb it is.
_WEAK_WORDS = frozenset({"下来", "下去", "出来", "起来", "产生", "最后", "最终", "未完成", "首次"})


def only_particles(word: str) -> bool:
    """Whether each character of ``word`` is an adverb or a preposition on its own (先按 of
    先按啥标准, left when 啥 is cut out): grammar of the asking, no topic."""
    _jieba()
    import jieba.posseg

    return all([pair.flag for pair in jieba.posseg.cut(char)] in (["d"], ["p"]) for char in word)


# jieba's tags of function words (虚词): particles (的, 了, 等), prepositions, conjunctions,
# adverbs, interjections, onomatopoeia and modal particles; and pronouns (我们, 什么, 哪些),
# which say who asks or what is asked, never a topic.
_FUNCTION_TAGS = frozenset(
    {"u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "d", "e", "o", "y", "r"}
)


def is_function_word(word: str) -> bool:
    """Whether every piece jieba cuts ``word`` into is a function word (的, 但是, 关于, 什么):
    grammar that stands in nearly every question, never what one is about."""
    _jieba()
    import jieba.posseg

    tags = [pair.flag for pair in jieba.posseg.cut(word)]
    return bool(tags) and all(tag in _FUNCTION_TAGS for tag in tags)


# Words that order a question's asking — one step after another (以后, 之前, 首先, 然后), one
# thing set aside for another (除了, 此外) — never what it asks about: …下达以后,首先要干啥.
# (Not 再次, 通过, 根据: function words by their tags that do tell rules apart.)
_ASKING_ORDER = frozenset(
    {
        "以后",
        "之后",
        "以前",
        "之前",
        "然后",
        "首先",
        "其次",
        "接着",
        "随后",
        "除了",
        "除此之外",
        "此外",
        "另外",
    }
)


# A count of things asked for, in words (哪五个, 五个“大”是哪五个): the plans count in figures
# or by the members they list (开发大旅游、实施大项目…), seldom say 五个 themselves.
_COUNT_IN_WORDS = re.compile(r"[二两三四五六七八九十]+个")
# One of a thing, as an article (一栋楼, 一家企业, 一项国际标准): the asker's own case, which the
# plans write as 单栋, 单户 or not at all.
_ONE_OF = re.compile(r"一[个栋座家项件名位户所]")
# A spoken verb with what it gets (评个啥称号, 搞个什么) or how it came out (评出来, 定出来): the
# plans write the title or the rule, never the asker's verb.
_SPOKEN_VERB = re.compile(r"[评搞弄拿整办争]个|[评选定搞弄排]出来")


def is_asking_grammar(word: str) -> bool:
    """Whether ``word`` only orders the asking (以后, 首先, 除了) or counts what it asks for in
    words (五个): a sentence that answers has no need to repeat it."""
    return (
        word in _ASKING_ORDER
        or bool(_COUNT_IN_WORDS.fullmatch(word))
        or bool(_ONE_OF.fullmatch(word))
        or bool(_SPOKEN_VERB.fullmatch(word))
    )


@lru_cache(maxsize=65536)
def is_weak_word(word: str) -> bool:
    """A verb or adverb (保持, 必须, 来自): a question's nouns carry its topic more."""
    _jieba()
    import jieba.posseg

    if word in _WEAK_WORDS:
        return True
    tags = [pair.flag for pair in jieba.posseg.cut(word)]
    return len(tags) == 1 and tags[0] in _WEAK_TAGS


@lru_cache(maxsize=65536)
def head_phrase(label: str) -> str:
    """What follows an item's last verb: the noun phrase its number counts.

    新增导入卓越绩效管理企业 300家 counts 卓越绩效管理企业; 培育企业实现导入卓越绩效管理全覆盖
    50家 ends in a verb, so the 卓越绩效 it names counts nothing (the 50 are the 培育企业)."""
    _jieba()
    import jieba.posseg

    tail: list[str] = []
    for pair in jieba.posseg.cut(label):
        if pair.flag == "v":
            tail = []
        else:
            tail.append(pair.word)
    return "".join(tail)


def headed_by(label: str, words: Sequence[str]) -> bool:
    """Whether the last of ``words`` (a query's head noun) is in the phrase ``label`` counts."""
    return bool(words) and words[-1] in head_phrase(label)


def bigrams(text: str) -> list[str]:
    """Character bigrams inside runs of CJK characters: what makes 2-character queries work."""
    grams: list[str] = []
    for run in re.findall(r"[\u3400-\u9fff]+", text):
        grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return grams


def terms(text: str) -> list[str]:
    """The index terms of a text: its words and its bigrams (deduplicated, order kept)."""
    return list(dict.fromkeys([*words(text), *bigrams(text)]))


@dataclass(frozen=True)
class QueryTerms:
    """A query's terms. ``required`` are its words and the bigrams inside each word; bigrams
    that straddle two words (造认 in 浙江制造认证) are ``optional``: they add to a match but
    their absence is no evidence against it, so a question worded differently still matches."""

    words: tuple[str, ...]
    required: tuple[str, ...]
    optional: tuple[str, ...]


def query_terms(text: str) -> QueryTerms:
    words: list[str] = []
    required: list[str] = []
    for word in _jieba().cut(text):
        if len(word) >= 2 and (_CJK.search(word) or word.isalnum()):
            words.append(word)
            required.append(word)
            required.extend(bigrams(word))
    required = list(dict.fromkeys(required))
    known = set(required)
    optional = [gram for gram in dict.fromkeys(bigrams(text)) if gram not in known]
    if not required:  # a lone character or two split by jieba: fall back to the bigrams
        required, optional = optional, []
    return QueryTerms(tuple(dict.fromkeys(words)), tuple(required), tuple(optional))


def shared_word(texts: Iterable[str]) -> str | None:
    """The word (a noun of two characters or more) that most of ``texts`` hold, but not all of
    them: a keyword that narrows a list of them."""
    held: Counter[str] = Counter()
    count_of_texts = 0
    for text in texts:
        held.update(set(words(text)))
        count_of_texts += 1
    useful = Counter(
        {
            word: count
            for word, count in held.items()
            if 1 < count < count_of_texts and not word.isdigit() and not is_weak_word(word)
        }
    )
    return most_common(useful) if useful else None
