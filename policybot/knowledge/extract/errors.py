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


EMPTY_FILE = "文件为空,请上传规划文件的文本。"
NOT_TEXT = "不是文本文件,无法读取(请上传 UTF-8/GBK/Big5 编码的文本)。"
NO_PLAN = "文本中未找到规划内容(目标、时间节点、重复任务或奖励)。"
