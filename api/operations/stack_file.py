"""`$STORYLOOM_HOME/stack.json`: how a running `storyloom up` can be reached, so a
second worker or API process on the same home can join it without flags."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class StackInfo:
    pid: int
    database_url: str
    temporal_address: str
    temporal_ui_url: str | None
    api_url: str
    # Every child's pid, so a new `up` can end what a killed one left behind.
    children: dict[str, int] = field(default_factory=dict)

    def environment(self) -> dict[str, str]:
        return {"DATABASE_URL": self.database_url, "TEMPORAL_ADDRESS": self.temporal_address}


def stack_path(home: Path) -> Path:
    return home / "stack.json"


def write_stack(home: Path, info: StackInfo) -> None:
    temporary = stack_path(home).with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(info), indent=2))
    os.replace(temporary, stack_path(home))


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_stack(home: Path) -> StackInfo | None:
    """The stack file as it is, live or left behind by a killed `up`."""
    try:
        return StackInfo(**json.loads(stack_path(home).read_text()))
    except (FileNotFoundError, ValueError, TypeError):
        return None


def read_running_stack(home: Path) -> StackInfo | None:
    """The stack of a live `up` on this home, or None (a stale file is ignored)."""
    info = read_stack(home)
    return info if info is not None and pid_alive(info.pid) else None


def remove_stack(home: Path) -> None:
    stack_path(home).unlink(missing_ok=True)
