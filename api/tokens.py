"""Supabase-shaped access tokens: minted for local use, verified on every request."""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jwt

AUDIENCE = "authenticated"
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
        "sub": user_id,
        "role": "authenticated",
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + ttl_seconds,
        "app_metadata": {"tier": tier, "provider": "storyloom"},
        "user_metadata": {},
    }
    return jwt.encode(claims, secret, algorithm="HS256")


def verify_token(token: str, secret: str) -> Caller:
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],  # pinned: never trust the token's own choice
            audience=AUDIENCE,
            options={"require": ["exp", "sub", "aud"]},
        )
    except jwt.PyJWTError as error:
        raise InvalidToken(str(error)) from None
    return caller_from_claims(claims)


def caller_from_claims(claims: Mapping[str, Any]) -> Caller:
    """The user is the subject; the tier comes from app_metadata (which only the
    server can write, unlike user_metadata)."""
    try:
        user_id = str(uuid.UUID(str(claims["sub"])))
    except (KeyError, ValueError):
        raise InvalidToken("the token's subject is not a user id") from None
    metadata = claims.get("app_metadata")
    tier = metadata.get("tier") if isinstance(metadata, dict) else None
    return Caller(user_id=user_id, tier=tier if tier in TIERS else "free", role=str(claims.get("role", "")))
