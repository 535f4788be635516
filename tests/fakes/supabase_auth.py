"""A tiny local stand-in for Supabase Auth's JWKS endpoint, plus token signers.

It serves ``/auth/v1/.well-known/jwks.json`` from a ThreadingHTTPServer on
127.0.0.1 (an ephemeral port), publishing an RSA (RS256) and an EC P-256 (ES256)
key it generated. Keys can be rotated, the endpoint can be made to fail, and
every request is counted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

JWKS_PATH = "/auth/v1/.well-known/jwks.json"


@dataclass
class SigningKey:
    kid: str
    alg: str  # RS256 or ES256
    private_key: Any

    @classmethod
    def generate(cls, alg: str, kid: str | None = None) -> "SigningKey":
        if alg == "RS256":
            private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        elif alg == "ES256":
            private = ec.generate_private_key(ec.SECP256R1())
        else:
            raise ValueError(alg)
        return cls(kid=kid or f"{alg.lower()}-{uuid.uuid4().hex[:12]}", alg=alg, private_key=private)

    @property
    def public_key(self) -> Any:
        return self.private_key.public_key()

    def public_pem(self) -> bytes:
        return self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def jwk(self) -> dict[str, Any]:
        algorithm = RSAAlgorithm if self.alg == "RS256" else ECAlgorithm
        data = algorithm.to_jwk(self.public_key, as_dict=True)
        return {**data, "kid": self.kid, "alg": self.alg, "use": "sig"}

    def sign(self, claims: dict[str, Any], *, kid: str | None = None, alg: str | None = None,
             headers: dict[str, Any] | None = None) -> str:
        return jwt.encode(claims, self.private_key, algorithm=alg or self.alg,
                          headers={"kid": self.kid if kid is None else kid, **(headers or {})})


@dataclass
class FakeSupabaseAuth:
    keys: list[SigningKey] = field(default_factory=lambda: [SigningKey.generate("RS256"), SigningKey.generate("ES256")])
    extra_jwks_entries: list[dict[str, Any]] = field(default_factory=list)
    fail_with: int | None = None  # an HTTP status to answer with instead of the JWKS
    body_override: bytes | None = None  # raw bytes to answer with instead of the JWKS

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._requests = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- the keys -----------------------------------------------------------
    @property
    def rsa(self) -> SigningKey:
        return next(key for key in self.keys if key.alg == "RS256")

    @property
    def ec(self) -> SigningKey:
        return next(key for key in self.keys if key.alg == "ES256")

    def rotate(self, keep_old: bool = False) -> list[SigningKey]:
        """Publish fresh RSA and EC keys (new kids); the old ones stay only if asked."""
        fresh = [SigningKey.generate("RS256"), SigningKey.generate("ES256")]
        with self._lock:
            self.keys = fresh + (self.keys if keep_old else [])
        return fresh

    def jwks(self) -> dict[str, Any]:
        with self._lock:
            return {"keys": [key.jwk() for key in self.keys] + list(self.extra_jwks_entries)}

    # -- the server ---------------------------------------------------------
    @property
    def requests(self) -> int:
        with self._lock:
            return self._requests

    @property
    def url(self) -> str:
        assert self._server is not None, "not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def jwks_url(self) -> str:
        return self.url + JWKS_PATH

    def start(self) -> "FakeSupabaseAuth":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                with fake._lock:
                    fake._requests += 1
                if self.path != JWKS_PATH:
                    self._answer(404, b'{"error":"not found"}')
                elif fake.fail_with is not None:
                    self._answer(fake.fail_with, b'{"error":"unavailable"}')
                elif fake.body_override is not None:
                    self._answer(200, fake.body_override)
                else:
                    self._answer(200, json.dumps(fake.jwks()).encode())

            def _answer(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fake-supabase-auth", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "FakeSupabaseAuth":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


# -- token helpers -------------------------------------------------------------
# The issuer of the fake project's tokens (a verifier accepts it as a Supabase project's).
FAKE_ISSUER = "https://fake-project.supabase.co/auth/v1"
def claims(sub: str | None = None, *, tier: str | None = "free", ttl: int = 300, **overrides: Any) -> dict[str, Any]:
    """Supabase-shaped access-token claims; pass ``name=None`` to drop a claim."""
    now = int(time.time())
    body: dict[str, Any] = {
        "iss": FAKE_ISSUER,
        "sub": sub or str(uuid.uuid4()),
        "aud": "authenticated",
        "role": "authenticated",
        "iat": now,
        "exp": now + ttl,
        "app_metadata": {"provider": "email", **({"tier": tier} if tier is not None else {})},
        "user_metadata": {},
    }
    body.update(overrides)
    return {name: value for name, value in body.items() if value is not None}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _segments(header: dict[str, Any], payload: dict[str, Any]) -> str:
    compact = lambda value: json.dumps(value, separators=(",", ":")).encode()  # noqa: E731
    return f"{_b64(compact(header))}.{_b64(compact(payload))}"


def raw_hs256(payload: dict[str, Any], secret: bytes, header: dict[str, Any] | None = None) -> str:
    """HS256 over arbitrary key bytes (e.g. a public key PEM), which pyjwt itself refuses to sign with."""
    signing_input = _segments({"alg": "HS256", "typ": "JWT", **(header or {})}, payload)
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def unsigned(payload: dict[str, Any], header: dict[str, Any] | None = None) -> str:
    """An ``alg: none`` token."""
    return _segments({"alg": "none", "typ": "JWT", **(header or {})}, payload) + "."
