"""The HTTP side: the Litestar app, its routes and schemas, auth, limits and the error envelope."""
