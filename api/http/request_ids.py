"""Gives every request an id (the client's X-Request-ID when it sends one) and
echoes it on the response, so a parent's bug report can be found in the logs."""

from __future__ import annotations

import uuid

from litestar.datastructures import MutableScopeHeaders
from litestar.types import ASGIApp, Message, Receive, Scope, Send

MAX_CLIENT_ID_LENGTH = 128


def request_id_middleware(app: ASGIApp) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        sent = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1").strip()
        request_id = sent[:MAX_CLIENT_ID_LENGTH] if sent else str(uuid.uuid4())
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableScopeHeaders.from_message(message)
                headers["X-Request-ID"] = request_id
            await send(message)

        await app(scope, receive, send_with_id)

    return middleware
