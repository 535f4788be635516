"""Rate limits and usage rows, around every authenticated request.

Routes that spend provider money name their seed-000 function in `opt`
(`opt={"function": "story-generation"}`); those are rate limited and answer with
X-RateLimit-* headers. Every authenticated request leaves one api_usage row,
but for routes that opt out (`record_usage: False`): deleting an account must
not leave a row behind.
"""

from __future__ import annotations

import time
import uuid

import structlog
from litestar.datastructures import MutableScopeHeaders
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from api.http.rate_limits import consume, give_back
from api.services.usage import usage_status

log = structlog.get_logger("storyloom.api")


def metered_function(scope: Scope) -> str | None:
    handler = scope.get("route_handler")
    return handler.opt.get("function") if handler is not None else None


async def is_replay(scope: Scope) -> bool:
    """A route may declare (opt "is_replay") how to recognise a request that only
    repeats an earlier one, such as a known Idempotency-Key: that costs nothing."""
    handler = scope.get("route_handler")
    check = handler.opt.get("is_replay") if handler is not None else None
    return bool(check and await check(scope))


def usage_name(scope: Scope) -> str:
    handler = scope.get("route_handler")
    return metered_function(scope) or (handler.handler_name if handler is not None else "unknown")


def metering_middleware(app: ASGIApp) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        caller = scope.get("user")
        if scope["type"] != "http" or caller is None:
            await app(scope, receive, send)
            return
        started = time.perf_counter()
        outcome = {"status": 500, "recorded": False}
        handler = scope.get("route_handler")
        wanted = handler is None or handler.opt.get("record_usage", True)
        function = metered_function(scope)

        async def record_once() -> None:
            if wanted and not outcome["recorded"]:
                outcome["recorded"] = True
                await _record(scope, caller.user_id, outcome["status"], started)

        try:
            decision = None
            if function and not await is_replay(scope):
                decision = await consume(caller.user_id, caller.tier, function)
            if decision is not None and not decision.allowed:
                outcome["status"] = 429
                raise decision.to_error()  # answered in the envelope by the app's error handler

            async def send_with_limits(message: Message) -> None:
                if message["type"] == "http.response.start":
                    outcome["status"] = message["status"]
                    if decision is not None:
                        headers = MutableScopeHeaders.from_message(message)
                        for name, value in decision.headers().items():
                            headers[name] = value
                elif message["type"] == "http.response.body" and not message.get("more_body", False):
                    # Handed to the usage writer before the last byte goes out: a usage
                    # summary or an account deletion that follows flushes it first.
                    await record_once()
                await send(message)

            await app(scope, receive, send_with_limits)
        finally:
            await record_once()  # answers that never reached their last byte (errors, 429s)
            if decision is not None and decision.allowed and outcome["status"] in REFUSED_AS_INVALID:
                await _give_back(caller.user_id, function, decision)

    return middleware


# Answers that mean "this request was not acceptable": nothing was produced, so it is
# not counted against the parent's limits.
REFUSED_AS_INVALID = frozenset({400, 404, 409, 413, 422})


async def _give_back(user_id: str, function: str, decision) -> None:
    try:
        await give_back(user_id, function, decision)
    except Exception:  # logged, not raised: the parent already has the answer
        log.exception("quota_not_given_back", function=function)


async def _record(scope: Scope, user_id: str, status: int, started: float) -> None:
    """A usage row must never turn a served request into a failure."""
    try:
        scope["app"].state.usage.put(
            user_id=user_id,
            function_name=usage_name(scope),
            # Our own id: a client-chosen X-Request-ID could collide or hide requests.
            request_id=str(uuid.uuid4()),
            status=usage_status(status),
            response_time_ms=int((time.perf_counter() - started) * 1000),
            metadata={"client_request_id": scope.get("state", {}).get("request_id"), "http_status": status,
                      "path": scope.get("path")},
        )
    except Exception:  # logged, not raised: the parent already has the answer
        log.exception("usage_not_recorded", path=scope.get("path"))
