"""Bearer-token authentication for every route but health, media and player links, and docs."""

from __future__ import annotations

from litestar.connection import ASGIConnection
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult

from api.http.errors import ApiError
from api.http.tokens import Caller, InvalidToken

# The codec endpoint checks the operator credential itself (api/http/routes/codec.py).
PUBLIC_PATHS = [r"^/functions/v1/health", r"^/media/", r"^/schema", r"^/docs-assets/", r"^/codec/", r"^/player/",
                r"^/player-assets/"]


def unauthorized(message: str) -> ApiError:
    return ApiError(401, "UNAUTHORIZED", message, headers={"WWW-Authenticate": 'Bearer realm="storyloom"'})


class BearerTokenMiddleware(AbstractAuthenticationMiddleware):
    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        header = connection.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthorized("A bearer token is required")
        try:
            caller = await connection.app.state.verifier.verify(token.strip())
        except InvalidToken:
            raise unauthorized("The bearer token is invalid or expired") from None
        return AuthenticationResult(user=caller, auth=token)


def caller_of(connection: ASGIConnection) -> Caller:
    return connection.user
