"""Browsers on the origins named in ALLOWED_ORIGINS may call the API: preflights are
answered before authentication, and answers carry the headers a web client reads."""

from __future__ import annotations

from litestar.config.cors import CORSConfig

# What a web client sends beyond the simple headers, and what it may read back.
REQUEST_HEADERS = ["Authorization", "Content-Type", "Idempotency-Key", "If-None-Match", "X-Request-ID"]
EXPOSED_HEADERS = ["ETag", "Retry-After", "X-Request-ID", "Idempotent-Replayed", "X-RateLimit-Limit",
                   "X-RateLimit-Remaining", "X-RateLimit-Reset"]
PREFLIGHT_CACHE_SECONDS = 600


def cors_for(origins: tuple[str, ...]) -> CORSConfig:
    return CORSConfig(
        allow_origins=list(origins),
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=REQUEST_HEADERS,
        expose_headers=EXPOSED_HEADERS,
        # Bearer tokens, not cookies: no credentials mode.
        allow_credentials=False,
        max_age=PREFLIGHT_CACHE_SECONDS,
    )
