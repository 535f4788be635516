"""`storyloom up`: the whole stack on loopback, as supervised child processes.

Order matters both ways: PostgreSQL and Temporal first, then migrations, then the
workers and the API; on SIGINT/SIGTERM the API and workers stop first (finishing
or abandoning their in-flight work to Temporal's retries), the servers last.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from api.embedded_temporal import EmbeddedTemporal
from api.stack_file import StackInfo, read_running_stack, remove_stack, write_stack
from db.embedded import EmbeddedPostgres, port_is_open

READY_TIMEOUT_SECONDS = 120


@dataclass
class UpOptions:
    home: Path
    port: int = 8000
    workers: int = 1
    pg_port: int = 54320
    temporal_port: int = 7233
    ui_port: int = 8233


@dataclass
class Supervisor:
    options: UpOptions
    postgres: EmbeddedPostgres | None = None
    temporal: EmbeddedTemporal | None = None
    children: list[tuple[str, subprocess.Popen]] = field(default_factory=list)
    ui_url: str | None = None
    # Where progress lines go: stdout for `up`, stderr for commands whose stdout is data.
    say_to: object = None

    @property
    def logs(self) -> Path:
        return self.options.home / "logs"

    def _say(self, message: str) -> None:
        print(message, flush=True, file=self.say_to or sys.stdout)

    def start_database(self) -> str:
        configured = os.environ.get("DATABASE_URL")
        if configured:
            self._say("database: using DATABASE_URL")
            return configured
        self.postgres = EmbeddedPostgres(self.options.home / "postgres", self.options.pg_port)
        if port_is_open(self.options.pg_port):
            raise SystemExit(f"port {self.options.pg_port} is taken; pass --pg-port or stop what uses it")
        self.postgres.start(self.logs / "postgres.log")
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
        self.temporal.start(self.logs / "temporal.log")
        self._say(f"temporal: dev server on {self.temporal.address}")
        return self.temporal.address, self.temporal.ui_url

    def spawn(self, name: str, arguments: list[str], environment: dict[str, str]) -> None:
        log = open(self.logs / f"{name}.log", "ab")
        process = subprocess.Popen(
            [sys.executable, "-m", "api.cli", *arguments],
            env={**os.environ, **environment}, stdout=log, stderr=subprocess.STDOUT,
        )
        self.children.append((name, process))

    def wait_for_api(self, url: str) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            self.check_children()
            try:
                urllib.request.urlopen(f"{url}/functions/v1/health", timeout=2)
                return
            except urllib.error.HTTPError:
                return  # it answered (perhaps 503 while workers warm up)
            except OSError:
                time.sleep(0.3)
        raise TimeoutError(f"the API did not answer on {url} within {READY_TIMEOUT_SECONDS}s")

    def check_children(self) -> None:
        for name, process in self.children:
            if process.poll() is not None:
                raise ChildProcessError(
                    f"{name} exited with {process.returncode}; see {self.logs / (name + '.log')}"
                )

    def start(self) -> str:
        """Starts every service and returns the API's URL once it answers."""
        home = self.options.home
        running = read_running_stack(home)
        if running is not None:
            raise SystemExit(f"Storyloom is already running on {home} (pid {running.pid}, {running.api_url})")
        self.logs.mkdir(parents=True, exist_ok=True)
        # Installed explicitly: a shell starts background jobs with SIGINT ignored.
        signal.signal(signal.SIGINT, self._interrupt)
        signal.signal(signal.SIGTERM, self._interrupt)
        database_url = self.start_database()
        # The database modules read DATABASE_URL once, when first imported.
        os.environ["DATABASE_URL"] = database_url
        from db.migrate import apply_migrations

        applied = apply_migrations(database_url)
        self._say(f"migrations: {len(applied)} applied" if applied else "migrations: up to date")
        temporal_address, self.ui_url = self.start_temporal()
        api_url = f"http://127.0.0.1:{self.options.port}"
        environment = {"DATABASE_URL": database_url, "TEMPORAL_ADDRESS": temporal_address, "STORYLOOM_HOME": str(home)}
        if self.ui_url:
            environment["STORYLOOM_TEMPORAL_UI_URL"] = self.ui_url
        for number in range(1, self.options.workers + 1):
            self.spawn(f"worker-{number}", ["worker"], environment)
        self.spawn("api", ["api", "--port", str(self.options.port)], environment)
        write_stack(home, StackInfo(os.getpid(), database_url, temporal_address, self.ui_url, api_url))
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
                self.check_children()
                time.sleep(0.5)
        except KeyboardInterrupt:
            return 0
        except (ChildProcessError, TimeoutError, RuntimeError) as error:
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
        for _, process in reversed(self.children):
            if process.poll() is None:
                process.terminate()
        for name, process in self.children:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._say(f"{name} did not stop in time; killing it")
                process.kill()
                process.wait()
        if self.temporal:
            self.temporal.stop()
        if self.postgres:
            self.postgres.stop()
        remove_stack(self.options.home)
        self._say("stopped")
