"""How Storyloom's processes end together: every process another one starts (a child of
`up`, an API process of uvicorn, a drawing process of a worker's CPU pool) asks the
kernel for a signal when its parent dies, however the parent dies (`kill -9` included),
so nothing is left running behind a stopped stack."""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(signum: int = signal.SIGTERM) -> None:
    """The kernel sends `signum` to this process when its parent dies (Linux only)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)


def cores() -> int:
    """The cores this process may run on (a container's CPU set, not the host's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
