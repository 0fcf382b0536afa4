"""Optional flood control: answer 429 when the bot sends faster than Telegram allows.

Telegram publishes its limits only as guidance: about 30 messages per second overall and 20
per minute into one group (the numbers PTB's ``AIORateLimiter`` uses). Bursts into a private
chat are tolerated in practice, so private chats are not limited here. Off by default, so
ordinary tests never wait; a reliability suite switches it on to prove the rate limiter works.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

LIMITED_METHODS = frozenset(
    {"sendmessage", "senddocument", "editmessagetext", "editmessagereplymarkup"}
)


@dataclass
class Window:
    """At most ``limit`` events in any ``seconds``-long window."""

    limit: int
    seconds: float
    events: deque[float] = field(default_factory=deque)

    def retry_after(self, now: float) -> int:
        """0 if one more event fits now, else whole seconds until it will (Telegram rounds up)."""
        while self.events and now - self.events[0] >= self.seconds:
            self.events.popleft()
        if len(self.events) < self.limit:
            return 0
        return max(1, math.ceil(self.events[0] + self.seconds - now))


@dataclass
class FloodControl:
    overall_per_second: int = 30
    group_per_minute: int = 20
    clock: Callable[[], float] = time.monotonic
    _overall: Window | None = None
    _groups: dict[int, Window] = field(default_factory=dict)

    def check(self, method: str, chat_id: int | None) -> int:
        """Records a send if allowed and returns 0; otherwise the ``retry_after`` to answer."""
        if method.lower() not in LIMITED_METHODS:
            return 0
        now = self.clock()
        windows = [self._overall or self._new_overall()]
        if chat_id is not None and chat_id < 0:
            windows.append(self._groups.setdefault(chat_id, Window(self.group_per_minute, 60)))
        wait = max(window.retry_after(now) for window in windows)
        if wait == 0:
            for window in windows:
                window.events.append(now)
        return wait

    def _new_overall(self) -> Window:
        self._overall = Window(self.overall_per_second, 1.0)
        return self._overall
