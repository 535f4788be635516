"""Supabase-shaped access tokens: minted for local use, verified on every request."""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jwt

AUDIENCE = "authenticated"
# The only role that is a user: Supabase's "anon" and "service_role" keys are JWTs too.
USER_ROLE = "authenticated"
# The issuer of tokens this stack mints for itself (`storyloom token`, `tell`).
LOCAL_ISSUER = "storyloom"
# Clocks of the token's issuer and ours may differ a little; no more than this.
CLOCK_SKEW_LEEWAY_SECONDS = 30
TIERS = ("free", "premium")


class InvalidToken(Exception):
    """The bearer token is missing, malformed, expired or not ours."""


@dataclass(frozen=True)
class Caller:
    user_id: str
    tier: str
    role: str


def mint_token(secret: str, user_id: str, tier: str = "free", ttl_seconds: int = 7 * 24 * 3600) -> str:
    if tier not in TIERS:
        raise ValueError(f"tier must be one of {TIERS}")
    uuid.UUID(user_id)
    now = int(time.time())
    claims = {
        "iss": LOCAL_ISSUER,
        "sub": user_id,
        "role": USER_ROLE,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + ttl_seconds,
        "app_metadata": {"tier": tier, "provider": "storyloom"},
        "user_metadata": {},
    }
    return jwt.encode(claims, secret, algorithm="HS256")


def supabase_issuer(supabase_url: str) -> str:
    return supabase_url.rstrip("/") + "/auth/v1"


def accepted_issuers(supabase_url: str | None) -> frozenset[str]:
    """Our own issuer, and the Supabase project's when one is configured."""
    return frozenset({LOCAL_ISSUER} | ({supabase_issuer(supabase_url)} if supabase_url else set()))


def caller_from_claims(claims: Mapping[str, Any]) -> Caller:
    """The user is the subject; the tier comes from app_metadata (which only the
    server can write, unlike user_metadata)."""
    if claims.get("role") != USER_ROLE:
        raise InvalidToken("the token is not a signed-in user's (role must be 'authenticated')")
    try:
        user_id = str(uuid.UUID(str(claims["sub"])))
    except (KeyError, ValueError):
        raise InvalidToken("the token's subject is not a user id") from None
    metadata = claims.get("app_metadata")
    tier = metadata.get("tier") if isinstance(metadata, dict) else None
    return Caller(user_id=user_id, tier=tier if tier in TIERS else "free", role=str(claims.get("role", "")))
