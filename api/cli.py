"""The `storyloom` command.

Modules that read settings at import (the database engine above all) are imported
inside each command, after the command has settled the environment.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from api.settings import storyloom_home


def _join_running_stack() -> None:
    """Fill DATABASE_URL and TEMPORAL_ADDRESS from a running `up` on this home."""
    from api.stack_file import read_running_stack

    if os.environ.get("DATABASE_URL") and os.environ.get("TEMPORAL_ADDRESS"):
        return
    running = read_running_stack(storyloom_home())
    if running is None:
        if not os.environ.get("DATABASE_URL"):
            raise SystemExit(
                f"No DATABASE_URL given and no running `storyloom up` on {storyloom_home()}; "
                "start one, or set DATABASE_URL and TEMPORAL_ADDRESS."
            )
        return
    for name, value in running.environment().items():
        os.environ.setdefault(name, value)


def command_up(arguments: argparse.Namespace) -> int:
    from api.supervisor import Supervisor, UpOptions

    home = storyloom_home()
    os.environ["STORYLOOM_HOME"] = str(home)
    options = UpOptions(
        home=home, port=arguments.port, workers=arguments.workers, pg_port=arguments.pg_port,
        temporal_port=arguments.temporal_port, ui_port=arguments.ui_port,
    )
    return Supervisor(options).run()


def command_worker(arguments: argparse.Namespace) -> int:
    _join_running_stack()
    from api.logging import configure_logging

    configure_logging()
    from workflows.worker import main

    main()
    return 0


def command_api(arguments: argparse.Namespace) -> int:
    _join_running_stack()
    import uvicorn

    uvicorn.run("api.app:create_app", factory=True, host=arguments.host, port=arguments.port,
                log_level=os.environ.get("LOG_LEVEL", "info").lower(), proxy_headers=True)
    return 0


def command_migrate(arguments: argparse.Namespace) -> int:
    _join_running_stack()
    from db.migrate import apply_migrations

    applied = apply_migrations(os.environ["DATABASE_URL"])
    print(f"{len(applied)} migrations applied" if applied else "database is up to date")
    return 0


def command_token(arguments: argparse.Namespace) -> int:
    from api.settings import jwt_secret
    from api.tokens import mint_token

    try:
        token = mint_token(jwt_secret(), arguments.user, arguments.tier, arguments.ttl)
    except ValueError as error:
        raise SystemExit(f"error: {error}") from None
    print(token)
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="storyloom", description="Personalised bedtime stories, durably made.")
    commands = root.add_subparsers(dest="command", required=True)

    up = commands.add_parser("up", help="run PostgreSQL, Temporal, workers and the API on this machine")
    up.add_argument("--port", type=int, default=8000, help="API port (default 8000)")
    up.add_argument("--workers", type=int, default=1, help="worker processes; 0 runs none (default 1)")
    up.add_argument("--pg-port", type=int, default=int(os.environ.get("STORYLOOM_PG_PORT", 54320)))
    up.add_argument("--temporal-port", type=int, default=int(os.environ.get("STORYLOOM_TEMPORAL_PORT", 7233)))
    up.add_argument("--ui-port", type=int, default=int(os.environ.get("STORYLOOM_TEMPORAL_UI_PORT", 8233)))
    up.set_defaults(handler=command_up)

    worker = commands.add_parser("worker", help="run one worker (joins a running `up` on this home)")
    worker.set_defaults(handler=command_worker)

    api = commands.add_parser("api", help="run the API alone (joins a running `up` on this home)")
    api.add_argument("--host", default="127.0.0.1")
    api.add_argument("--port", type=int, default=8000)
    api.set_defaults(handler=command_api)

    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(handler=command_migrate)

    token = commands.add_parser("token", help="print a bearer token for a user")
    token.add_argument("--user", required=True, help="the user's UUID")
    token.add_argument("--tier", choices=("free", "premium"), default="free")
    token.add_argument("--ttl", type=int, default=7 * 24 * 3600, help="seconds until it expires")
    token.set_defaults(handler=command_token)
    return root


def main(argv: list[str] | None = None) -> None:
    arguments = parser().parse_args(argv)
    sys.exit(arguments.handler(arguments))


if __name__ == "__main__":
    main()
