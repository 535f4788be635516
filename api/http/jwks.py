"""Supabase access tokens signed with the shared secret (HS256) or with the
project's asymmetric signing keys (RS256 / ES256) published as a JWKS.

The token's header is read, unverified, only to choose between two pinned paths:

* ``HS256``: verified with the shared secret and nothing else;
* ``RS256`` / ``ES256``: verified with the JWKS key named by ``kid``, and only
  when that key's own ``alg`` and ``kty`` match the header.

Anything else (``none``, other algorithms, keys embedded in or linked from the
header, a public key used as an HMAC secret) is refused.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import jwt
import structlog

from api.http.tokens import AUDIENCE, CLOCK_SKEW_LEEWAY_SECONDS, LOCAL_ISSUER, Caller, InvalidToken, caller_from_claims

log = structlog.get_logger("storyloom.api")

JWKS_PATH = "/auth/v1/.well-known/jwks.json"
HS256 = "HS256"
# The asymmetric algorithms we accept, each with the only key type it may use.
ASYMMETRIC = {"RS256": "RSA", "ES256": "EC"}
_EC_CURVE = {"ES256": "P-256"}
_MAX_JWKS_BYTES = 64 * 1024
_MAX_KID_LENGTH = 256


def jwks_url(supabase_url: str) -> str:
    """The JWKS address of a Supabase project, e.g. https://abc.supabase.co."""
    return supabase_url.rstrip("/") + JWKS_PATH


def parse_jwks(document: Any) -> dict[str, jwt.PyJWK]:
    """The usable signing keys of a JWKS document, by kid.

    Keeps only public RS256 / ES256 signature keys whose ``alg`` (or, when absent,
    the one implied by ``kty``/``crv``) is allowed for their ``kty``; skips
    symmetric keys, private keys, other uses and malformed entries. A kid that
    appears twice is ambiguous and dropped. Raises ValueError when the document
    itself is not a JWKS.
    """
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise ValueError("not a JWKS document")
    keys: dict[str, jwt.PyJWK] = {}
    duplicated: set[str] = set()
    for entry in document["keys"]:
        if not isinstance(entry, dict):
            continue
        kid, kty = entry.get("kid"), entry.get("kty")
        if not isinstance(kid, str) or not kid or len(kid) > _MAX_KID_LENGTH:
            continue
        if entry.get("use", "sig") != "sig" or "d" in entry:  # encryption key, or private material
            continue
        alg = entry.get("alg")
        if alg is None:
            alg = "RS256" if kty == "RSA" else "ES256" if kty == "EC" else None
        if alg not in ASYMMETRIC or ASYMMETRIC[alg] != kty:
            continue
        if alg in _EC_CURVE and entry.get("crv") != _EC_CURVE[alg]:
            continue
        try:
            key = jwt.PyJWK(entry, algorithm=alg)
        except (jwt.PyJWTError, ValueError, TypeError):
            continue
        if kid in keys:
            duplicated.add(kid)
        keys[kid] = key
    for kid in duplicated:
        del keys[kid]
    return keys


class JwksCache:
    """The project's signing keys, fetched on demand and kept for ``ttl_seconds``.

    An unknown kid triggers a refresh, but fetches (of any kind) are at least
    ``min_refresh_interval`` seconds apart, so a flood of tokens with bogus kids
    costs at most one request per interval. A failed or malformed fetch keeps
    the keys already held; a well-formed document replaces them (so keys removed
    upstream are revoked here too).
    """

    def __init__(
        self,
        url: str,
        *,
        ttl_seconds: float = 600.0,
        min_refresh_interval: float = 30.0,
        timeout_seconds: float = 3.0,
        headers: Mapping[str, str] | None = None,
        client: httpx.AsyncClient | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.ttl_seconds = ttl_seconds
        self.min_refresh_interval = min_refresh_interval
        self._timeout = httpx.Timeout(timeout_seconds)
        self._headers = {"Accept": "application/json", **(headers or {})}
        self._client = client
        self._owns_client = client is None
        self._clock = clock
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at: float | None = None  # last successful fetch
        self._attempted_at: float | None = None  # last fetch attempt, successful or not
        self._lock = asyncio.Lock()

    @property
    def kids(self) -> frozenset[str]:
        return frozenset(self._keys)

    async def get_key(self, kid: str) -> jwt.PyJWK | None:
        if not isinstance(kid, str) or not kid or len(kid) > _MAX_KID_LENGTH:
            return None
        if self._fetched_at is None or self._clock() - self._fetched_at >= self.ttl_seconds:
            await self.refresh()
        key = self._keys.get(kid)
        if key is None:
            await self.refresh()
            key = self._keys.get(kid)
        return key

    async def refresh(self) -> bool:
        """Fetch the JWKS unless a fetch was attempted too recently; True if fetched.

        A fetch already in flight is waited for (bounded by the timeout) rather than repeated.
        """
        if not self._may_fetch() and not self._lock.locked():
            return False
        async with self._lock:
            if not self._may_fetch():  # another caller fetched (or tried) while we waited
                return False
            self._attempted_at = self._clock()
            try:
                keys = parse_jwks(await self._download())
            except (httpx.HTTPError, ValueError) as error:
                log.warning("jwks_fetch_failed", url=self.url, error=str(error) or type(error).__name__,
                            kept_keys=len(self._keys))
                return False
            self._keys = keys
            self._fetched_at = self._clock()
            return True

    async def aclose(self) -> None:
        if self._owns_client and self._client is not None:
            await self._client.aclose()
            self._client = None

    def _may_fetch(self) -> bool:
        return self._attempted_at is None or self._clock() - self._attempted_at >= self.min_refresh_interval

    async def _download(self) -> Any:
        if self._client is None:
            self._client = httpx.AsyncClient()
        async with self._client.stream(
            "GET", self.url, headers=self._headers, timeout=self._timeout, follow_redirects=False
        ) as response:
            response.raise_for_status()
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > _MAX_JWKS_BYTES:
                    raise ValueError("JWKS document too large")
        return json.loads(body)  # JSONDecodeError is a ValueError


class TokenVerifier:
    """Verifies Supabase access tokens: HS256 with the shared secret, RS256/ES256 with the JWKS."""

    def __init__(
        self, hs256_secret: str | None, jwks: JwksCache | None, *, issuers: frozenset[str] = frozenset({LOCAL_ISSUER}),
        leeway_seconds: float = CLOCK_SKEW_LEEWAY_SECONDS,
    ) -> None:
        self.hs256_secret = hs256_secret or None
        self.jwks = jwks
        self.issuers = issuers
        self.leeway_seconds = leeway_seconds

    async def verify(self, token: str) -> Caller:
        try:
            header = jwt.get_unverified_header(token)
        except (jwt.PyJWTError, ValueError, TypeError):
            raise InvalidToken("the token is malformed") from None
        alg = header.get("alg")
        if alg == HS256:
            if self.hs256_secret is None:
                raise InvalidToken("HS256 tokens are not accepted")
            key: Any = self.hs256_secret
        elif isinstance(alg, str) and alg in ASYMMETRIC:
            if self.jwks is None:
                raise InvalidToken(f"{alg} tokens are not accepted")
            kid = header.get("kid")
            if not isinstance(kid, str) or not kid:
                raise InvalidToken("the token names no signing key")
            jwk = await self.jwks.get_key(kid)
            if jwk is None:
                raise InvalidToken("the token's signing key is unknown")
            if jwk.algorithm_name != alg or jwk.key_type != ASYMMETRIC[alg]:
                raise InvalidToken("the token's algorithm does not match its signing key")
            key = jwk.key
        else:
            raise InvalidToken("the token's algorithm is not accepted")
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[alg],  # exactly the pinned path chosen above
                audience=AUDIENCE,
                leeway=self.leeway_seconds,
                options={"require": ["exp", "sub", "aud", "iss"]},
            )
        except (jwt.PyJWTError, ValueError, TypeError) as error:
            raise InvalidToken(str(error)) from None
        if claims.get("iss") not in self.issuers:
            raise InvalidToken("the token was issued by someone else")
        return caller_from_claims(claims)
