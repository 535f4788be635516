"""Every payload Storyloom gives Temporal is encrypted: a child's name, looks and a
private event's words never sit readable in Temporal's database or UI.

AES-GCM with a 256-bit key; each payload names the key it was sealed with
(``encryption-key-id``), so keys can rotate: new payloads use the current key, old
ones still open with theirs. Keys come from ``STORYLOOM_PAYLOAD_KEYS`` (``id:base64``
pairs, comma-separated, the first one current) or from ``payload-keys.json`` under the
home, made on first use and readable by its owner only. Payloads written before
encryption (plain JSON) are still read.

The API, every worker and the operators' codec endpoint build their Temporal clients
with :func:`data_converter`, from the same keys.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from temporalio.api.common.v1 import Payload
from temporalio.converter import DataConverter, PayloadCodec, default

ENCODING = b"binary/encrypted"
KEY_ID = "encryption-key-id"
NONCE_BYTES = 12
KEYS_FILE = "payload-keys.json"


class PayloadKeyError(Exception):
    """A payload names a key this process does not have."""


@dataclasses.dataclass(frozen=True)
class PayloadKeys:
    current: str
    keys: dict[str, bytes]

    @classmethod
    def parse(cls, spec: str) -> "PayloadKeys":
        """``id:base64key[,id:base64key…]``; the first is the one new payloads use."""
        pairs = [part.strip().split(":", 1) for part in spec.split(",") if part.strip()]
        keys = {kid.strip(): base64.b64decode(value) for kid, value in pairs}
        if not keys or any(len(key) != 32 for key in keys.values()):
            raise ValueError("STORYLOOM_PAYLOAD_KEYS needs id:base64 pairs of 32-byte keys")
        return cls(pairs[0][0].strip(), keys)


def load_keys(home: Path) -> PayloadKeys:
    """The keys from the environment, else from the home (made there on first use)."""
    configured = os.environ.get("STORYLOOM_PAYLOAD_KEYS")
    if configured:
        return PayloadKeys.parse(configured)
    path = home / KEYS_FILE
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        kid = f"k{secrets.token_hex(4)}"
        document = {"current": kid, "keys": {kid: base64.b64encode(AESGCM.generate_key(256)).decode()}}
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process of this stack made it first
        else:
            with os.fdopen(descriptor, "w") as handle:
                json.dump(document, handle)
    document = json.loads(path.read_text())
    return PayloadKeys(document["current"], {kid: base64.b64decode(key) for kid, key in document["keys"].items()})


class EncryptionCodec(PayloadCodec):
    def __init__(self, keys: PayloadKeys) -> None:
        self.keys = keys
        self._ciphers = {kid: AESGCM(key) for kid, key in keys.keys.items()}

    async def encode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [self.seal(payload) for payload in payloads]

    async def decode(self, payloads: Sequence[Payload]) -> list[Payload]:
        return [self.open(payload) for payload in payloads]

    def seal(self, payload: Payload) -> Payload:
        nonce = secrets.token_bytes(NONCE_BYTES)
        kid = self.keys.current
        sealed = self._ciphers[kid].encrypt(nonce, payload.SerializeToString(), kid.encode())
        return Payload(metadata={"encoding": ENCODING, KEY_ID: kid.encode()}, data=nonce + sealed)

    def open(self, payload: Payload) -> Payload:
        if payload.metadata.get("encoding") != ENCODING:
            return payload  # written before encryption
        kid = payload.metadata.get(KEY_ID, b"").decode()
        cipher = self._ciphers.get(kid)
        if cipher is None:
            raise PayloadKeyError(f"no payload key {kid!r} here; add it to STORYLOOM_PAYLOAD_KEYS")
        nonce, sealed = payload.data[:NONCE_BYTES], payload.data[NONCE_BYTES:]
        return Payload.FromString(cipher.decrypt(nonce, sealed, kid.encode()))


def data_converter(home: Path) -> DataConverter:
    """Temporal's default converter, with every payload encrypted."""
    return dataclasses.replace(default(), payload_codec=EncryptionCodec(load_keys(home)))


def payloads_from_json(items: Iterable[dict]) -> list[Payload]:
    """Payloads as the codec-server protocol carries them (base64 metadata and data)."""
    return [
        Payload(metadata={k: base64.b64decode(v) for k, v in (item.get("metadata") or {}).items()},
                data=base64.b64decode(item.get("data") or ""))
        for item in items
    ]


def payloads_to_json(payloads: Iterable[Payload]) -> list[dict]:
    return [
        {"metadata": {k: base64.b64encode(v).decode() for k, v in payload.metadata.items()},
         "data": base64.b64encode(payload.data).decode()}
        for payload in payloads
    ]
