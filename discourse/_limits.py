"""Limits that keep one hostile input from hanging or exhausting a run.

Each document gets a time budget, for reading it and again for building its tables:
``DOCUMENT_SECONDS`` plus ``SECONDS_PER_MB`` for each megabyte of it. A document over its
budget becomes a reject row naming it; the run goes on. The environment variables
``DISCOURSE_DOCUMENT_SECONDS`` and ``DISCOURSE_SECONDS_PER_MB`` change the budget (worker
processes inherit them). The budget is enforced with ``SIGALRM`` in the main thread of a
process (the serial and process engines); Dask runs tasks in threads, where it is not.
"""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager

__all__ = ["Timeout", "budget", "deadline"]


def _env_float(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


DOCUMENT_SECONDS = _env_float("DISCOURSE_DOCUMENT_SECONDS", 60.0)
SECONDS_PER_MB = _env_float("DISCOURSE_SECONDS_PER_MB", 5.0)


class Timeout(BaseException):  # noqa: N818 -- not an Exception, so that no reader's handler swallows it
    """A document took longer than its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"took longer than {seconds:.0f} s")
        self.seconds = seconds


def budget(size: int) -> float:
    """The seconds a document of ``size`` bytes or characters may take.

    Examples
    --------
    >>> budget(0) == DOCUMENT_SECONDS
    True
    """
    return DOCUMENT_SECONDS + SECONDS_PER_MB * size / 2**20


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float):
    """Raise :class:`Timeout` in the block if it runs longer than ``seconds``.

    A no-op outside the main thread or where ``SIGALRM`` does not exist.

    Examples
    --------
    >>> with deadline(5):
    ...     sum(range(10))
    45
    """
    if not _can_alarm():
        yield
        return

    def alarm(signum, frame):
        raise Timeout(seconds)

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
