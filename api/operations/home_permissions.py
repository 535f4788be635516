"""The home holds a child's data (database, Temporal's history file, media, logs) and
the stack's secrets: only its owner may read it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
# When PostgreSQL runs as its own system user (we are root), that user must be able
# to pass through the home to its data folder, without listing or reading anything.
TRAVERSABLE_DIR = 0o711


def keep_new_files_private() -> None:
    """Files this process (and its children) create are readable by their owner only."""
    os.umask(0o077)


def secure_home(home: Path, other_users_traverse: bool = False) -> None:
    """Tightens a home made before (or by hand): owner-only folders and files. The
    PostgreSQL data folder is left to PostgreSQL, which keeps it 0700 itself."""
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(TRAVERSABLE_DIR if other_users_traverse else PRIVATE_DIR)
    for path in home.iterdir():
        if path.name == "postgres" or path.is_symlink():
            continue
        if path.is_dir():
            for root, folders, files in os.walk(path):
                os.chmod(root, PRIVATE_DIR)
                for name in files:
                    os.chmod(os.path.join(root, name), PRIVATE_FILE)
        else:
            path.chmod(PRIVATE_FILE)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
