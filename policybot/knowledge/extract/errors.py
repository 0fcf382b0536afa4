"""The one error a user can cause by uploading something that is not a plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policybot.knowledge.extract.records import DocumentMeta


class ExtractionError(ValueError):
    """Raised with a user-facing sentence (Chinese) when a file cannot be read as a plan.

    Handlers show ``str(error)`` to the user as is, so the message must be a complete,
    friendly sentence and never a traceback fragment.  ``document`` keeps what was read about
    the document before it was refused (a covering notice with its plan cut off still has a
    region, a number and a date), so a reviewer or the corpus scorer can see it.
    """

    def __init__(self, message: str, document: DocumentMeta | None = None) -> None:
        super().__init__(message)
        self.document = document


class TooManyFacts(ExtractionError):
    """Reading stopped early: far more facts than a plan holds (a generated list, not a plan).

    ``found`` counts facts as the rules find them, before restatements are merged, so the
    reading stops at ``RAW_FACTS_PER_FACT`` times the limit: a plan within the limit never gets
    there, and a list of 50,000 counted lines is refused after a few thousand instead of being
    read to the end (a minute) to be refused then.
    """

    def __init__(self, found: int, limit: int, document: DocumentMeta | None = None) -> None:
        super().__init__(
            f"读到一半已读出 {found} 条事项,超过一份规划的上限({limit} 条),"
            "不像一份规划文件;如确是规划,请拆分后分别上传。",
            document,
        )
        self.found = found
        self.limit = limit


RAW_FACTS_PER_FACT = 2

EMPTY_FILE = "文件为空,请上传规划文件的文本。"
NOT_TEXT = "不是文本文件,无法读取(请上传 UTF-8/GBK/Big5 编码的文本)。"
NO_PLAN = "文本中未找到规划内容(目标、时间节点、重复任务或奖励)。"
