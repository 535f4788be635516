"""`storyloom up`: the whole stack on loopback, as supervised child processes.

Order matters both ways: PostgreSQL and Temporal first, then migrations, then the
workers and the API; on SIGINT/SIGTERM the API and workers stop first (finishing
or abandoning their in-flight work to Temporal's retries), the servers last.

A supervisor worth the name:
- every port is checked before anything starts, and every taken one is named with
  its flag and its variable, at once;
- a child that dies is started again, after a back-off that grows; one that keeps
  dying (``GIVE_UP_AFTER`` times within ``CRASH_WINDOW_SECONDS``) stops the stack, in
  order, with a pointer to its log;
- children die with `up` (a parent-death signal), and a new `up` on the same home
  ends whatever a killed one left behind (its pids are in ``stack.json``) and clears
  PostgreSQL's stale lock of a dead postmaster;
- the API it announces is its own: health answers with the instance id `up` gave it.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from api.operations.embedded_temporal import EmbeddedTemporal
from api.operations.stack_file import (
    StackInfo,
    pid_alive,
    read_stack,
    remove_stack,
    write_stack,
)
from contracts.processes import die_with_parent
from db.embedded import EmbeddedPostgres, port_is_open

READY_TIMEOUT_SECONDS = 120
# A child that dies this often within the window is broken, not unlucky.
GIVE_UP_AFTER = 5
CRASH_WINDOW_SECONDS = 120
FIRST_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 30.0
STOP_TIMEOUT_SECONDS = 20
INSTANCE_HEADER = "X-Storyloom-Instance"


@dataclass
class UpOptions:
    home: Path
    port: int = 8000
    workers: int = 1
    api_workers: int = 1
    pg_port: int = 54320
    temporal_port: int = 7233
    ui_port: int = 8233


@dataclass(frozen=True)
class PortNeed:
    port: int
    what: str
    flag: str
    variable: str


@dataclass
class Child:
    name: str
    arguments: list[str]
    environment: dict[str, str]
    process: subprocess.Popen | None = None
    crashes: deque = field(default_factory=deque)
    restart_at: float | None = None


class GiveUp(RuntimeError):
    """A child keeps failing: the stack stops."""


@dataclass
class Supervisor:
    options: UpOptions
    postgres: EmbeddedPostgres | None = None
    temporal: EmbeddedTemporal | None = None
    children: list[Child] = field(default_factory=list)
    ui_url: str | None = None
    instance: str = field(default_factory=lambda: secrets.token_hex(8))
    # Where progress lines go: stdout for `up`, stderr for commands whose stdout is data.
    say_to: object = None
    _server_crashes: dict[str, deque] = field(default_factory=dict)

    @property
    def logs(self) -> Path:
        return self.options.home / "logs"

    def _say(self, message: str) -> None:
        print(message, flush=True, file=self.say_to or sys.stdout)

    # -- before anything starts -------------------------------------------------

    def port_needs(self) -> list[PortNeed]:
        needs = [PortNeed(self.options.port, "the API", "--port", "STORYLOOM_API_PORT")]
        if not os.environ.get("DATABASE_URL"):
            needs.append(PortNeed(self.options.pg_port, "PostgreSQL", "--pg-port", "STORYLOOM_PG_PORT"))
        if not os.environ.get("TEMPORAL_ADDRESS"):
            needs.append(PortNeed(self.options.temporal_port, "Temporal", "--temporal-port", "STORYLOOM_TEMPORAL_PORT"))
            needs.append(PortNeed(self.options.ui_port, "the Temporal UI", "--ui-port", "STORYLOOM_TEMPORAL_UI_PORT"))
        return needs

    def check_ports(self) -> None:
        """Every port at once, each taken one named with its flag and its variable."""
        taken = [need for need in self.port_needs() if port_is_open(need.port)]
        if taken:
            lines = [f"  port {need.port} for {need.what} is taken: choose another with {need.flag} "
                     f"or {need.variable}" for need in taken]
            raise SystemExit("Storyloom cannot start, ports are in use by other programs:\n" + "\n".join(lines))

    def recover_leftovers(self) -> None:
        """Ends what a killed `up` on this home left running, from its stack file."""
        left = read_stack(self.options.home)
        if left is None:
            return
        if pid_alive(left.pid):
            raise SystemExit(f"Storyloom is already running on {self.options.home} (pid {left.pid}, {left.api_url})")
        orphans = [pid for pid in left.children.values() if pid_alive(pid)]
        if orphans:
            self._say(f"recovering: stopping {len(orphans)} processes a stopped `up` left behind")
        for pid in orphans:
            _signal(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        while any(pid_alive(pid) for pid in orphans) and time.monotonic() < deadline:
            time.sleep(0.2)
        for pid in orphans:
            if pid_alive(pid):
                _signal(pid, signal.SIGKILL)
        remove_stack(self.options.home)

    # -- the servers --------------------------------------------------------------

    def start_database(self) -> str:
        configured = os.environ.get("DATABASE_URL")
        if configured:
            self._say("database: using DATABASE_URL")
            return configured
        self.postgres = EmbeddedPostgres(self.options.home / "postgres", self.options.pg_port)
        self.postgres.start(self.logs / "postgres.log", preexec_fn=lambda: die_with_parent(signal.SIGINT))
        self._say(f"database: embedded PostgreSQL on 127.0.0.1:{self.options.pg_port}")
        return self.postgres.url

    def start_temporal(self) -> tuple[str, str | None]:
        configured = os.environ.get("TEMPORAL_ADDRESS")
        if configured:
            self._say(f"temporal: using TEMPORAL_ADDRESS={configured}")
            return configured, None
        self.temporal = EmbeddedTemporal(
            self.options.home / "temporal.db", self.options.temporal_port, self.options.ui_port,
            codec_endpoint=f"http://127.0.0.1:{self.options.port}/codec",
        )
        self.temporal.start(self.logs / "temporal.log", preexec_fn=die_with_parent)
        self._say(f"temporal: dev server on {self.temporal.address}")
        return self.temporal.address, self.temporal.ui_url

    # -- the Storyloom children ------------------------------------------------------

    def spawn(self, child: Child) -> None:
        log = open(self.logs / f"{child.name}.log", "ab")
        child.process = subprocess.Popen(
            [sys.executable, "-m", "api.operations.cli", *child.arguments],
            env={**os.environ, **child.environment}, stdout=log, stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
        )
        child.restart_at = None

    def add(self, name: str, arguments: list[str], environment: dict[str, str]) -> None:
        child = Child(name, arguments, environment)
        self.children.append(child)
        self.spawn(child)

    def wait_for_api(self, url: str) -> None:
        """Until the API answers, and answers as the one this `up` started."""
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            self.supervise()
            try:
                response = urllib.request.urlopen(f"{url}/functions/v1/health", timeout=2)
            except urllib.error.HTTPError as answered:
                response = answered  # it answered (perhaps 503 while workers warm up)
            except OSError:
                time.sleep(0.3)
                continue
            if response.headers.get(INSTANCE_HEADER) == self.instance:
                return
            raise SystemExit(f"another program answers on {url}; choose another port with --port")
        raise TimeoutError(f"the API did not answer on {url} within {READY_TIMEOUT_SECONDS}s")

    def _crashed(self, crashes: deque, name: str, log: str) -> float:
        """Records a crash; the back-off before the next start, or GiveUp."""
        now = time.monotonic()
        crashes.append(now)
        while crashes and now - crashes[0] > CRASH_WINDOW_SECONDS:
            crashes.popleft()
        if len(crashes) >= GIVE_UP_AFTER:
            raise GiveUp(f"{name} keeps failing ({len(crashes)} times in {CRASH_WINDOW_SECONDS} s); see {log}")
        return min(MAX_BACKOFF_SECONDS, FIRST_BACKOFF_SECONDS * 2 ** (len(crashes) - 1))

    def supervise(self) -> None:
        """One round: restarts what died (after its back-off), servers first."""
        for name, server in (("postgres", self.postgres), ("temporal", self.temporal)):
            if server is not None and server.process is not None and server.process.poll() is not None:
                crashes = self._server_crashes.setdefault(name, deque())
                backoff = self._crashed(crashes, name, str(self.logs / f"{name}.log"))
                self._say(f"{name} exited with {server.process.returncode}; starting it again in {backoff:.0f} s")
                time.sleep(backoff)
                if name == "postgres":
                    server.start(self.logs / "postgres.log", preexec_fn=lambda: die_with_parent(signal.SIGINT))
                else:
                    server.start(self.logs / "temporal.log", preexec_fn=die_with_parent)
                self.record_stack()
        now = time.monotonic()
        for child in self.children:
            if child.restart_at is not None:
                if now >= child.restart_at:
                    self.spawn(child)
                    self.record_stack()
                continue
            if child.process is not None and child.process.poll() is not None:
                backoff = self._crashed(child.crashes, child.name, str(self.logs / f"{child.name}.log"))
                self._say(f"{child.name} exited with {child.process.returncode}; "
                          f"starting it again in {backoff:.0f} s")
                child.restart_at = now + backoff

    def record_stack(self) -> None:
        pids = {child.name: child.process.pid for child in self.children if child.process is not None}
        for name, server in (("postgres", self.postgres), ("temporal", self.temporal)):
            if server is not None and server.process is not None:
                pids[name] = server.process.pid
        write_stack(self.options.home, StackInfo(
            os.getpid(), self.database_url, self.temporal_address, self.ui_url,
            f"http://127.0.0.1:{self.options.port}", pids,
        ))

    def start(self) -> str:
        """Starts every service and returns the API's URL once it answers."""
        home = self.options.home
        self.recover_leftovers()
        self.check_ports()
        self.logs.mkdir(parents=True, exist_ok=True)
        # Installed explicitly: a shell starts background jobs with SIGINT ignored.
        signal.signal(signal.SIGINT, self._interrupt)
        signal.signal(signal.SIGTERM, self._interrupt)
        self.database_url = self.start_database()
        # The database modules read DATABASE_URL once, when first imported.
        os.environ["DATABASE_URL"] = self.database_url
        from db.migrate import apply_migrations

        applied = apply_migrations(self.database_url)
        self._say(f"migrations: {len(applied)} applied" if applied else "migrations: up to date")
        self.temporal_address, self.ui_url = self.start_temporal()
        api_url = f"http://127.0.0.1:{self.options.port}"
        environment = {"DATABASE_URL": self.database_url, "TEMPORAL_ADDRESS": self.temporal_address,
                       "STORYLOOM_HOME": str(home)}
        if self.ui_url:
            environment["STORYLOOM_TEMPORAL_UI_URL"] = self.ui_url
        for number in range(1, self.options.workers + 1):
            self.add(f"worker-{number}", ["worker"], environment)
        self.add("api", ["api", "--port", str(self.options.port), "--workers", str(self.options.api_workers)],
                 {**environment, "STORYLOOM_INSTANCE": self.instance})
        self.record_stack()
        self.wait_for_api(api_url)
        return api_url

    def run(self) -> int:
        """`storyloom up`: start, tell the user where everything is, supervise until stopped."""
        try:
            api_url = self.start()
            self._say("")
            self._say(f"Storyloom is up (home {self.options.home})")
            self._say(f"  API          {api_url}")
            self._say(f"  API docs     {api_url}/schema")
            if self.ui_url:
                self._say(f"  Temporal UI  {self.ui_url}")
            self._say(f"  logs         {self.logs}")
            self._say("Press Ctrl+C to stop.")
            while True:
                self.supervise()
                time.sleep(0.5)
        except KeyboardInterrupt:
            return 0
        except (GiveUp, TimeoutError, RuntimeError) as error:
            self._say(f"error: {error}")
            return 1
        finally:
            self.shutdown()

    def _interrupt(self, *_) -> None:
        raise KeyboardInterrupt

    def shutdown(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_IGN)  # a second Ctrl+C must not cut the shutdown short
        self._say("stopping...")
        running = [child for child in reversed(self.children) if child.process and child.process.poll() is None]
        for child in running:
            child.process.terminate()
        for child in running:
            try:
                child.process.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self._say(f"{child.name} did not stop in time; killing it")
                child.process.kill()
                child.process.wait()
        if self.temporal:
            self.temporal.stop()
        if self.postgres:
            self.postgres.stop()
        remove_stack(self.options.home)
        self._say("stopped")


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass
