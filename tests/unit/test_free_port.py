"""free_port picks ports the kernel never hands out for port 0, so a server that asks for
any port (Temporal's dev server does, for its internal services) cannot take one we chose
for a process we start after it."""

from __future__ import annotations

import socket

from db.embedded import LOWEST_CHOSEN_PORT, ephemeral_ports, free_port


def test_chosen_ports_lie_below_the_ephemeral_range_and_can_be_listened_on():
    low, high = ephemeral_ports()
    assert 1024 < low < high
    for _ in range(20):
        port = free_port()
        assert LOWEST_CHOSEN_PORT <= port < low
        with socket.socket() as server:
            server.bind(("127.0.0.1", port))
            server.listen()


def test_a_port_the_kernel_chooses_is_never_one_free_port_would_choose():
    low, high = ephemeral_ports()
    with socket.socket() as anything:
        anything.bind(("127.0.0.1", 0))
        assert low <= anything.getsockname()[1] <= high


def test_a_port_in_use_is_not_chosen():
    taken = []
    try:
        for _ in range(30):
            server = socket.socket()
            server.bind(("127.0.0.1", free_port()))
            server.listen()
            taken.append(server)
        in_use = {server.getsockname()[1] for server in taken}
        assert len(in_use) == 30
        assert all(free_port() not in in_use for _ in range(50))
    finally:
        for server in taken:
            server.close()
