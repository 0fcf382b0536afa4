"""Running CPU-heavy work (reading and extracting an uploaded plan) in a worker process that can
be stopped, within a time and a memory budget.

A thread is not enough: Python cannot stop a thread, and a hostile file kept python-docx busy
for 300 s (a 45 MB-XML variant ran past 17 minutes at 608 MB). Each job gets a process of its
own, forked from a *forkserver* that imported the extractor once (so a job starts in
milliseconds, and never forks the bot's threads and connections). The child caps its address
space with ``RLIMIT_AS``; the parent waits at most the time budget, then kills it. Either way
the caller gets ``BudgetExceeded`` with a sentence for the user, and the bot goes on.

At most ``MAX_WORKERS`` jobs run at once (the machine has few cores; more uploads wait their
turn in a small executor of their own, so they never take the threads lookups run in).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import resource
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

ResultT = TypeVar("ResultT")

MAX_WORKERS = 2
# Imported once by the forkserver, so a forked job finds them loaded: the extractor, the entry
# script (multiprocessing would otherwise import it again in every job, 0.7 s for the
# ``policybot`` command) and ``worker_warmup``, which builds the extractor's caches (the
# gazetteer, the OpenCC converter: 0.33 s a job when each job built them). As in any
# multiprocessing program, an entry script must guard its top level with
# ``if __name__ == "__main__"``; console scripts do.
PRELOAD = ["__main__", "policybot.knowledge.reading", "policybot.knowledge.worker_warmup"]
_OK, _ERROR, _MEMORY, _CRASHED = "ok", "error", "memory", "crashed"
_ADVICE = "文件可能过大或结构异常,请只上传规划正文,或拆分后再试。"


class BudgetExceeded(RuntimeError):
    """The job ran out of time or memory and was stopped; ``str()`` is for the user."""


@dataclass(frozen=True)
class Budget:
    """How long and how much memory one job may take. Real plans need a few seconds and
    under 200 MB; the defaults leave a wide margin on a slow, busy machine."""

    seconds: float = 60.0
    memory_mb: int = 1024

    def run(self, function: Callable[..., ResultT], *args: Any) -> ResultT:
        """``function(*args)`` in a worker process; its exceptions are raised here."""
        with _SLOTS:
            result: ResultT = _run_in_child(self, function, args)
            return result

    async def run_async(self, function: Callable[..., ResultT], *args: Any) -> ResultT:
        """``run`` without blocking the event loop (or the default thread pool)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(_waiters(), self.run, function, *args)


_SLOTS = threading.BoundedSemaphore(MAX_WORKERS)
_context_lock = threading.Lock()
_state: dict[str, Any] = {}


def _context() -> Any:
    with _context_lock:
        if "context" not in _state:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            if "forkserver" in methods:
                context.set_forkserver_preload(PRELOAD)
            _state["context"] = context
        return _state["context"]


def _waiters() -> ThreadPoolExecutor:
    with _context_lock:
        if "executor" not in _state:
            _state["executor"] = ThreadPoolExecutor(
                max_workers=MAX_WORKERS * 4, thread_name_prefix="budgeted"
            )
        executor: ThreadPoolExecutor = _state["executor"]
        return executor


def _run_in_child(budget: Budget, function: Callable[..., ResultT], args: tuple[Any, ...]) -> Any:
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sender, budget.memory_mb, function, args), daemon=True
    )
    process.start()
    sender.close()
    try:
        if not receiver.poll(budget.seconds):
            raise BudgetExceeded(f"处理超时(超过 {budget.seconds:g} 秒),已停止。{_ADVICE}")
        try:
            status, payload = receiver.recv()
        except EOFError:  # the child died without a word: killed by the kernel, or crashed
            status, payload = _CRASHED, None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if status == _OK:
        return payload
    if status == _MEMORY:
        raise BudgetExceeded(f"处理所需内存超过 {budget.memory_mb} MB,已停止。{_ADVICE}")
    if status == _CRASHED:
        raise BudgetExceeded(f"处理文件的工作进程意外退出(代码 {process.exitcode})。{_ADVICE}")
    raise payload


def _child(sender: Connection, memory_mb: int, function: Callable[..., Any], args: Any) -> None:
    """In the worker: cap the address space, run, send back the result or the exception."""
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        outcome: tuple[str, Any] = (_OK, function(*args))
    except MemoryError:
        outcome = (_MEMORY, None)
    except Exception as error:  # the function's own failure (a ReadError…): the caller's to raise
        outcome = (_ERROR, error)
    try:
        sender.send(outcome)
    except MemoryError:
        sender.send((_MEMORY, None))
    except Exception as error:  # an exception or result that cannot be pickled
        sender.send((_ERROR, RuntimeError(f"worker result not sendable: {error!r}")))
    finally:
        sender.close()
