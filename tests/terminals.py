"""A terminal for ``policybot chat`` tests: it types its lines, then waits until the output has
shown what the test waits for before pressing Ctrl-D (a session ends at end of input)."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable


class WatchedOutput(io.StringIO):
    """Standard output that sets ``seen`` once ``marker`` is written."""

    def __init__(self, marker: str) -> None:
        super().__init__()
        self.marker, self.seen = marker, threading.Event()

    def write(self, text: str) -> int:
        if self.marker in text:
            self.seen.set()
        return super().write(text)


class WaitingTerminal(io.StringIO):
    """Types ``lines``, then waits (up to ``patience`` seconds) until ``seen`` before Ctrl-D."""

    def __init__(
        self, seen: threading.Event, lines: Iterable[str] = (), *, patience: float
    ) -> None:
        super().__init__()
        self.lines, self.seen, self.patience = list(lines), seen, patience

    def isatty(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> str:
        if self.lines:
            return self.lines.pop(0) + "\n"
        self.seen.wait(self.patience)
        return ""
