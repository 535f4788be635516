"""/v1/me: the parent's own account."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Annotated

from litestar import Controller, Request, delete, get
from litestar.params import Parameter

from api.services.erasure import erase
from api.services.usage import usage_summary


class MeController(Controller):
    path = "/v1/me"
    tags = ["account"]

    @get("/usage", summary="Your requests, tokens and estimated cost")
    async def usage(self, request: Request, days: Annotated[int, Parameter(ge=1, le=365)] = 30) -> dict:
        await request.app.state.usage.flush()  # this process's rows so far, the request itself among them
        return await usage_summary(request.user.user_id, datetime.now(timezone.utc) - timedelta(days=days))

    @delete("/", summary="Delete the account: every story, hero, event, picture and recording",
            opt={"record_usage": False})
    async def delete_account(self, request: Request) -> None:
        """Answers once nothing of the user remains, rows or stored objects."""
        await erase(request.app.state, request.user.user_id)
