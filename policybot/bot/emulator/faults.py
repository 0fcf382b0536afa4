"""Fault injection: make the next N calls of a method fail the way Telegram (or a network) fails.

Kept apart from the server so a reliability suite can read the catalogue in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FAULT_KINDS = (
    "429",
    "500",
    "502",
    "403",
    "timeout",
    "drop",
    "lost_response",
    "slow_answer",
    "duplicate",
)

BAD_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)
"""Telegram's front end answers 502 with nginx's HTML page, not the JSON envelope."""


@dataclass
class Fault:
    """``count`` more calls of ``method`` (optionally only for ``chat_id``) fail with ``kind``.

    ``timeout`` holds the request ``hold_seconds`` (the client gives up first) and never runs
    it; ``drop`` closes the connection without running it; ``lost_response`` runs the method,
    then closes the connection, so the client cannot know it succeeded (the classic source of
    duplicate sends after a retry); ``slow_answer`` runs the method at once and answers
    ``hold_seconds`` later (the message is in the chat while its sender still waits).
    ``duplicate`` applies to ``getUpdates``: the next batch is delivered twice, as if the
    acknowledging offset had been lost.
    """

    method: str
    kind: str
    count: int = 1
    chat_id: int | None = None
    retry_after: int = 1
    hold_seconds: float = 60.0

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.count <= 0 or self.method.lower() != method.lower():
            return False
        if self.chat_id is None:
            return True
        chat_id = params.get("chat_id")
        return chat_id is not None and str(chat_id) == str(self.chat_id)


def json_error(kind: str, retry_after: int) -> tuple[int, dict[str, Any]]:
    """The Bot API envelope for the JSON-shaped fault kinds."""
    if kind == "429":
        return 429, {
            "ok": False,
            "error_code": 429,
            "description": f"Too Many Requests: retry after {retry_after}",
            "parameters": {"retry_after": retry_after},
        }
    if kind == "403":
        return 403, {
            "ok": False,
            "error_code": 403,
            "description": "Forbidden: bot was blocked by the user",
        }
    return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
