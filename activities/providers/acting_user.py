"""The user an activity works for, visible to providers without threading it
through every call (OpenAI gets a hashed safety_identifier from it, never the id)."""

from __future__ import annotations

import contextlib
import contextvars

_ACTING_USER: contextvars.ContextVar[str | None] = contextvars.ContextVar("storyloom_acting_user", default=None)


@contextlib.contextmanager
def acting_for(user_id: str | None):
    token = _ACTING_USER.set(str(user_id) if user_id else None)
    try:
        yield
    finally:
        _ACTING_USER.reset(token)


def acting_user() -> str | None:
    return _ACTING_USER.get()
