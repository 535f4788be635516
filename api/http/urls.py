"""Absolute URLs the API hands out."""

from __future__ import annotations

import re

from litestar import Request

_HOST = re.compile(r"[A-Za-z0-9.\-]+(?::\d{1,5})?|\[[0-9A-Fa-f:]+\](?::\d{1,5})?")


def base_url(request: Request) -> str:
    """Where clients reach the API: a trusted proxy's X-Forwarded-Host (and -Proto),
    else STORYLOOM_PUBLIC_URL (which `storyloom api` defaults to its own address).
    The request's Host header is never used: anyone can write it, and a signed media
    link built on it would send a child's pictures to that host."""
    settings = request.app.state.settings
    client = request.client.host if request.client else None
    forwarded = request.headers.get("x-forwarded-host", "").split(",")[0].strip()
    if client in settings.trusted_proxies and forwarded and _HOST.fullmatch(forwarded):
        scheme = request.headers.get("x-forwarded-proto", "").split(",")[0].strip()
        return f"{scheme if scheme in ('http', 'https') else 'https'}://{forwarded}"
    return settings.public_url or "http://127.0.0.1:8000"
