"""Peak memory of a process tree, sampled in a thread (shared by the benchmarks)."""

from __future__ import annotations

import threading

import psutil


class PeakMemory:
    """Sample the resident memory of this process and all its children (or of its children only,
    for commands run as subprocesses); keep the peak (bytes)."""

    def __init__(self, every: float = 0.1, include_self: bool = True):
        self.every, self.peak, self._stop = every, 0, threading.Event()
        self.include_self = include_self
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for proc in [me, *me.children(recursive=True)] if self.include_self else me.children(recursive=True):
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
