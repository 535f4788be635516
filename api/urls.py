"""Absolute URLs the API hands out."""

from __future__ import annotations

from litestar import Request


def base_url(request: Request) -> str:
    """STORYLOOM_PUBLIC_URL when set (behind a proxy), else the request's own base."""
    return request.app.state.settings.public_url or str(request.base_url).rstrip("/")
