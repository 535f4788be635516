"""The e2e tests' own stack: `storyloom up` on a fresh home, stopped after each test."""

from __future__ import annotations

import signal

import pytest

from tests.e2e.test_up import Stack


@pytest.fixture
def stack(tmp_path):
    stack = Stack(tmp_path / "home")
    yield stack
    if stack.process and stack.process.poll() is None:
        stack.stop(signal.SIGTERM)
