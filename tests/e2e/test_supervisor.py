"""`up` as a supervisor: ports checked first, crashed children started again, nothing
left behind when `up` itself is killed. Real processes, real `kill -9`."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time

import httpx
import pytest

from api.operations.stack_file import pid_alive
from db.embedded import port_is_open
from tests.e2e.test_up import Stack, storyloom

pytestmark = pytest.mark.e2e


def children(stack: Stack) -> dict[str, int]:
    return json.loads((stack.home / "stack.json").read_text())["children"]


def wait_healthy(stack: Stack, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert stack.process.poll() is None, stack.output.read_text()[-3000:]
        try:
            if httpx.get(f"{stack.url}/functions/v1/health", timeout=3).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise AssertionError("the stack did not heal:\n" + stack.output.read_text()[-3000:])


def test_every_taken_port_is_named_before_anything_starts(tmp_path):
    stack = Stack(tmp_path / "home")
    stack.home.mkdir(parents=True)
    holders = []
    for port in (stack.port, stack.pg_port):
        holder = socket.socket()
        holder.bind(("127.0.0.1", port))
        holder.listen()
        holders.append(holder)
    try:
        up = storyloom(stack.home, "up", "--port", str(stack.port), "--pg-port", str(stack.pg_port),
                       "--temporal-port", str(stack.temporal_port), "--ui-port", str(stack.ui_port),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        output = up.communicate(timeout=60)[0].decode()
    finally:
        for holder in holders:
            holder.close()
    assert up.returncode != 0
    assert f"port {stack.port}" in output and "--port" in output and "STORYLOOM_API_PORT" in output
    assert f"port {stack.pg_port}" in output and "--pg-port" in output and "STORYLOOM_PG_PORT" in output
    assert not port_is_open(stack.temporal_port), "nothing was started"
    assert not (stack.home / "stack.json").exists()


def test_a_killed_child_is_started_again(stack):
    stack.up()
    for name in ("postgres", "api", "worker-1"):
        pid = children(stack)[name]
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 90
        while children(stack).get(name) == pid:
            assert time.monotonic() < deadline, f"{name} was not restarted:\n{stack.output.read_text()[-3000:]}"
            time.sleep(0.5)
        wait_healthy(stack)
    assert stack.process.poll() is None, "up kept running"
    assert "starting it again" in stack.output.read_text()


def test_nothing_outlives_a_killed_up_and_the_next_up_recovers(stack):
    stack.up()
    left = children(stack)
    os.kill(stack.process.pid, signal.SIGKILL)
    stack.process.wait()
    deadline = time.monotonic() + 30
    while any(pid_alive(pid) for pid in left.values()):
        assert time.monotonic() < deadline, {n: p for n, p in left.items() if pid_alive(p)}
        time.sleep(0.3)
    stack.up()
    assert stack.process.poll() is None


def test_a_worker_stops_within_its_graceful_timeout(stack):
    stack.up()
    worker = children(stack)["worker-1"]
    started = time.monotonic()
    os.kill(worker, signal.SIGTERM)
    while pid_alive(worker) and time.monotonic() - started < 30:
        time.sleep(0.1)
    assert time.monotonic() - started < 15, "the worker took too long to stop"
