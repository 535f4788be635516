"""Where the built-in providers' CPU work runs: a pool of processes, one per core.

Drawing, speech synthesis and MP3 encoding are CPU-bound Python and C; in threads they
share one core and hold up the worker's event loop, which also runs the workflows. In
a pool they spread over every core while the worker process itself keeps only the
light work (workflow tasks, I/O, the safety check's language models, loaded once).

The pool starts on first use, its processes spawned fresh (small: they import only
what the work needs, never the language models), each dying with the worker however
the worker ends, and stops when the worker exits.
"""

from __future__ import annotations

import asyncio
import atexit
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from contracts.processes import cores, die_with_parent

T = TypeVar("T")

_pool: ProcessPoolExecutor | None = None


def _executor() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        size = int(os.environ.get("STORYLOOM_CPU_PROCESSES") or cores())
        _pool = ProcessPoolExecutor(max_workers=max(1, size), mp_context=multiprocessing.get_context("spawn"),
                                    initializer=die_with_parent)
        atexit.register(stop)
    return _pool


async def off_the_loop(work: Callable[..., T], *arguments: Any) -> T:
    """Runs `work(*arguments)` (a module-level function, picklable arguments) in the pool."""
    return await asyncio.get_running_loop().run_in_executor(_executor(), work, *arguments)


def stop() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None
