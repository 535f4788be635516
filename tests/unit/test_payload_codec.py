"""Payload encryption: sealed with the current key, opened with whichever sealed it."""

from __future__ import annotations

import base64
import os
import stat

import pytest
from temporalio.api.common.v1 import Payload

from contracts.codec import (
    ENCODING,
    EncryptionCodec,
    PayloadKeyError,
    PayloadKeys,
    load_keys,
    payloads_from_json,
    payloads_to_json,
)


def keys(*names: str) -> PayloadKeys:
    return PayloadKeys(names[0], {name: os.urandom(32) for name in names})


async def test_a_payload_is_sealed_and_opened_again():
    codec = EncryptionCodec(keys("k1"))
    plain = Payload(metadata={"encoding": b"json/plain"}, data=b'{"name": "Luna"}')
    [sealed] = await codec.encode([plain])
    assert sealed.metadata["encoding"] == ENCODING and b"Luna" not in sealed.data
    assert sealed.metadata["encryption-key-id"] == b"k1"
    assert await codec.decode([sealed]) == [plain]


async def test_keys_rotate_and_old_payloads_still_open():
    old = keys("k1")
    [sealed] = await EncryptionCodec(old).encode([Payload(data=b"story")])
    rotated = PayloadKeys("k2", {"k2": os.urandom(32), **old.keys})
    [resealed] = await EncryptionCodec(rotated).encode([Payload(data=b"story")])
    assert resealed.metadata["encryption-key-id"] == b"k2"
    assert [p.data for p in await EncryptionCodec(rotated).decode([sealed, resealed])] == [b"story", b"story"]
    with pytest.raises(PayloadKeyError):
        await EncryptionCodec(keys("k3")).decode([sealed])


async def test_payloads_from_before_encryption_are_read_as_they_are():
    plain = Payload(metadata={"encoding": b"json/plain"}, data=b"1")
    assert await EncryptionCodec(keys("k1")).decode([plain]) == [plain]


def test_keys_are_made_once_under_the_home_readable_by_its_owner_only(tmp_path, monkeypatch):
    monkeypatch.delenv("STORYLOOM_PAYLOAD_KEYS", raising=False)
    first = load_keys(tmp_path)
    assert load_keys(tmp_path) == first and len(first.keys[first.current]) == 32
    assert stat.S_IMODE((tmp_path / "payload-keys.json").stat().st_mode) == 0o600


def test_keys_from_the_environment(monkeypatch, tmp_path):
    a, b = base64.b64encode(os.urandom(32)).decode(), base64.b64encode(os.urandom(32)).decode()
    monkeypatch.setenv("STORYLOOM_PAYLOAD_KEYS", f"new:{a},old:{b}")
    loaded = load_keys(tmp_path)
    assert loaded.current == "new" and set(loaded.keys) == {"new", "old"}
    monkeypatch.setenv("STORYLOOM_PAYLOAD_KEYS", "short:AAAA")
    with pytest.raises(ValueError):
        load_keys(tmp_path)


def test_the_codec_server_json_shape_round_trips():
    payload = Payload(metadata={"encoding": b"json/plain"}, data=b'"x"')
    assert payloads_from_json(payloads_to_json([payload])) == [payload]
