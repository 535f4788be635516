"""`$STORYLOOM_HOME/stack.json`: how a running `storyloom up` can be reached, so a
second worker or API process on the same home can join it without flags."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class StackInfo:
    pid: int
    database_url: str
    temporal_address: str
    temporal_ui_url: str | None
    api_url: str

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


def read_running_stack(home: Path) -> StackInfo | None:
    """The stack of a live `up` on this home, or None (a stale file is ignored)."""
    path = stack_path(home)
    try:
        info = StackInfo(**json.loads(path.read_text()))
    except (FileNotFoundError, ValueError, TypeError):
        return None
    return info if pid_alive(info.pid) else None


def remove_stack(home: Path) -> None:
    stack_path(home).unlink(missing_ok=True)
