"""The bare endpoint the API's progress read is measured against: Litestar and asyncpg
alone, doing the same work per request (the same bearer-token check with PyJWT, the
same row-level-security transaction, the same select of the story's mirror and its
pictures), without Storyloom's middleware, services or usage rows.

    DATABASE_URL=... SUPABASE_JWT_SECRET=... uvicorn tests.bench.bare_progress:app --factory
"""

from __future__ import annotations

import os
from uuid import UUID

import asyncpg
import jwt
from litestar import Litestar, Request, Response, get
from litestar.exceptions import NotAuthorizedException, NotFoundException

from api.http.tokens import AUDIENCE
from api.services.story_service import PROGRESS_MIRROR

# The API's own statement.
SELECT = PROGRESS_MIRROR


def create_app() -> Litestar:
    secret = os.environ["SUPABASE_JWT_SECRET"]
    pool: dict[str, asyncpg.Pool] = {}

    async def open_pool() -> None:
        pool["main"] = await asyncpg.create_pool(os.environ["DATABASE_URL"], min_size=1,
                                                 max_size=int(os.environ.get("DB_POOL_MAX", "10")))

    async def close_pool() -> None:
        await pool["main"].close()

    @get("/v1/stories/{story_id:uuid}/progress")
    async def progress(request: Request, story_id: UUID) -> Response:
        header = request.headers.get("authorization", "")
        try:
            claims = jwt.decode(header.removeprefix("Bearer "), secret, algorithms=["HS256"], audience=AUDIENCE,
                                options={"require": ["exp", "sub", "iss"]})
        except jwt.PyJWTError:
            raise NotAuthorizedException() from None
        async with pool["main"].acquire() as connection, connection.transaction():
            await connection.execute(
                "SELECT set_config('role', 'authenticated', true), set_config('request.jwt.claim.sub', $1, true),"
                " set_config('request.jwt.claim.role', 'authenticated', true)", claims["sub"])
            row = await connection.fetchrow(SELECT, story_id)
        if row is None:
            raise NotFoundException()
        return Response(dict(row), media_type="application/json")

    return Litestar([progress], on_startup=[open_pool], on_shutdown=[close_pool])
