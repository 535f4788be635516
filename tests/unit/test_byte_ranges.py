"""Byte ranges as media players ask for them (an <audio> element seeks with them)."""

from __future__ import annotations

import pytest

from api.http.byte_ranges import Unsatisfiable, requested_range


@pytest.mark.parametrize(("header", "expected"), [
    ("bytes=0-9", (0, 9)), ("bytes=5-", (5, 99)), ("bytes=-10", (90, 99)), ("bytes=-500", (0, 99)),
    ("bytes=90-500", (90, 99)), (" bytes = 0 - 0 ", (0, 0)), ("bytes=9-2", None), ("bytes=0-1,5-6", None),
    ("items=0-9", None), ("bytes=-", None), ("bytes=x-y", None), ("", None),
])
def test_a_range_is_read_as_media_players_send_it(header, expected):
    assert requested_range(header, 100) == expected


@pytest.mark.parametrize(("header", "size"), [("bytes=100-", 100), ("bytes=-0", 100), ("bytes=0-", 0)])
def test_a_range_past_the_end_is_unsatisfiable(header, size):
    with pytest.raises(Unsatisfiable):
        requested_range(header, size)
