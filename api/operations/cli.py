"""The `storyloom` command.

Modules that read settings at import (the database engine above all) are imported
inside each command, after the command has settled the environment.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

from contracts.environment import storyloom_home
from contracts.processes import cores
from contracts.vocabulary import BUILT_IN_EVENTS, DEFAULT_LANGUAGE, DEFAULT_VOICE, LANGUAGES, VOICES


def _join_running_stack() -> None:
    """Fill DATABASE_URL and TEMPORAL_ADDRESS from a running `up` on this home."""
    from api.operations.stack_file import read_running_stack

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
    from api.operations.home_permissions import secure_home
    from api.operations.supervisor import Supervisor, UpOptions

    home = storyloom_home()
    os.environ["STORYLOOM_HOME"] = str(home)
    secure_home(home, other_users_traverse=os.geteuid() == 0)
    options = UpOptions(
        home=home, port=arguments.port, workers=arguments.workers, api_workers=arguments.api_workers, pg_port=arguments.pg_port,
        temporal_port=arguments.temporal_port, ui_port=arguments.ui_port,
    )
    return Supervisor(options).run()


def command_worker(arguments: argparse.Namespace) -> int:
    _join_running_stack()
    from api.http.logging import configure_logging

    configure_logging()
    from worker.composition import main

    main()
    return 0


def command_api(arguments: argparse.Namespace) -> int:
    _join_running_stack()
    import uvicorn

    from api.http.logging import uvicorn_log_config

    # Media links are built on this address unless STORYLOOM_PUBLIC_URL says otherwise.
    shown_host = "127.0.0.1" if arguments.host in ("0.0.0.0", "::", "") else arguments.host
    os.environ.setdefault("STORYLOOM_PUBLIC_URL", f"http://{shown_host}:{arguments.port}")
    uvicorn.run("api.http.app:create_app", factory=True, host=arguments.host, port=arguments.port,
                workers=max(1, arguments.workers), log_level=os.environ.get("LOG_LEVEL", "info").lower(),
                proxy_headers=True, log_config=uvicorn_log_config())
    return 0


def command_migrate(arguments: argparse.Namespace) -> int:
    _join_running_stack()
    from db.migrate import apply_migrations

    applied = apply_migrations(os.environ["DATABASE_URL"])
    print(f"{len(applied)} migrations applied" if applied else "database is up to date")
    return 0


def command_token(arguments: argparse.Namespace) -> int:
    from api.http.tokens import mint_token
    from api.settings import jwt_secret

    try:
        token = mint_token(jwt_secret(), arguments.user, arguments.tier, arguments.ttl)
    except ValueError as error:
        raise SystemExit(f"error: {error}") from None
    print(token)
    return 0


def command_operator_token(arguments: argparse.Namespace) -> int:
    from api.http.routes.codec import operator_token
    from contracts.environment import storyloom_home

    print(operator_token(storyloom_home()))
    return 0


def exit_without_finalizing(code: int) -> None:
    """Ends a short command that used a Temporal client. The SDK's native runtime
    keeps threads that can crash the interpreter while it finalizes (a fatal
    PyGILState_Release, exit -6), after all work is done; skipping finalization
    avoids that. Output is flushed first."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def command_illustrations_retry(arguments: argparse.Namespace) -> int:
    """A developer's retry: as the service (no user token), for any story."""
    _join_running_stack()
    import asyncio

    from temporalio.client import Client, WorkflowFailureError

    from api.http.errors import ApiError
    from api.services.illustration_runs import claim_failed_scenes, start_reruns
    from contracts.policy import load_policy
    from db.engine import close_pool, open_pool, service_transaction
    from workflows.failures import reason_of

    async def retry() -> int:
        policy = load_policy()
        await open_pool()
        try:
            async with service_transaction():
                story, claimed = await claim_failed_scenes(
                    arguments.story_id, [arguments.scene] if arguments.scene else None
                )
        finally:
            await close_pool()
        if not claimed:
            print("no failed illustrations to retry")
            return 0
        from contracts.codec import data_converter
        from contracts.environment import TemporalTarget, storyloom_home

        target = TemporalTarget.of(policy)
        client = await Client.connect(
            target.address, namespace=target.namespace, data_converter=data_converter(storyloom_home()),
        )
        runs = await start_reruns(client, target.task_queue, story, claimed)
        for run in runs:
            print(f"scene {run.scene_number}: {run.outcome} ({run.workflow_id})")
        if not arguments.wait:
            return 0
        failed = 0
        for run in runs:
            try:
                await client.get_workflow_handle(run.workflow_id).result()
                print(f"scene {run.scene_number}: drawn")
            except WorkflowFailureError as failure:
                failed += 1
                print(f"scene {run.scene_number}: failed again ({reason_of(failure)[1]})")
        return 1 if failed else 0

    try:
        code = asyncio.run(retry())
    except ApiError as error:
        raise SystemExit(f"error: {error.message}") from None
    exit_without_finalizing(code)


def command_flags(arguments: argparse.Namespace) -> int:
    """The moderation audit, for operators: newest decisions first."""
    _join_running_stack()
    import asyncio

    from db.engine import close_pool, open_pool
    from db.tables import ContentFlags

    async def listing() -> list[dict]:
        await open_pool()
        try:
            query = ContentFlags.select().order_by(ContentFlags.created_at, ascending=False).limit(arguments.limit)
            conditions = []
            if arguments.content_id:
                conditions.append(ContentFlags.content_id == arguments.content_id)
            if arguments.user:
                conditions.append(ContentFlags.user_id == arguments.user)
            if arguments.action:
                conditions.append(ContentFlags.action_taken == arguments.action)
            return await (query.where(*conditions) if conditions else query)
        finally:
            await close_pool()

    rows = asyncio.run(listing())
    print(f"{'when':<20} {'content':<8} {'category':<13} {'severity':<8} {'action':<9} {'reason':<22} original -> modified")
    for row in rows:
        change = f"{row['original_content']!r} -> {row['modified_content']!r}" if row["modified_content"] else repr(row["original_content"])
        print(f"{row['created_at']:%Y-%m-%d %H:%M:%S} {row['content_type']:<8} {row['flag_type']:<13} "
              f"{row['severity']:<8} {row['action_taken']:<9} {row['reason_code'] or '':<22} {change}  [{row['content_id']}]")
    print(f"{len(rows)} decisions")
    return 0


def command_tell(arguments: argparse.Namespace) -> int:
    from api.http.tokens import mint_token
    from api.operations.stack_file import read_running_stack
    from api.operations.tell import TELL_USER, TellError, TellRequest, tell
    from api.settings import jwt_secret

    home = storyloom_home()
    os.environ["STORYLOOM_HOME"] = str(home)
    traits = [trait.strip() for trait in arguments.traits.split(",") if trait.strip()]
    if len(traits) != 2:
        raise SystemExit("error: --traits takes two traits, e.g. --traits brave,kind")
    request = TellRequest(
        name=arguments.name, primary_trait=traits[0], secondary_trait=traits[1], appearance=arguments.appearance,
        special_ability=arguments.ability, event=arguments.event, custom=arguments.custom,
        language=arguments.language, duration=arguments.duration, voice=arguments.voice, out=arguments.out,
    )
    token = mint_token(jwt_secret(home), TELL_USER, "premium", ttl_seconds=3600)
    running = read_running_stack(home)
    supervisor = None
    try:
        if running is not None:
            api_url = running.api_url
        else:
            from api.operations.supervisor import Supervisor, UpOptions
            from db.embedded import free_port

            print("starting Storyloom for this story...", file=sys.stderr)
            supervisor = Supervisor(UpOptions(home=home, port=free_port(), pg_port=arguments.pg_port,
                                              temporal_port=free_port(), ui_port=free_port()), say_to=sys.stderr)
            api_url = supervisor.start()
        folder = tell(api_url, token, request)
    except (TellError, RuntimeError) as error:
        raise SystemExit(f"error: {error}") from None
    except KeyboardInterrupt:
        return 130
    finally:
        if supervisor is not None:
            supervisor.shutdown()
    print(folder.resolve())
    return 0


# A laptop's sixteen cores need not mean sixteen API processes for one person's stories.
MAX_DEFAULT_API_WORKERS = 4


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="storyloom", description="Personalised bedtime stories, durably made.")
    commands = root.add_subparsers(dest="command", required=True)

    up = commands.add_parser("up", help="run PostgreSQL, Temporal, workers and the API on this machine")
    up.add_argument("--port", type=int, default=int(os.environ.get("STORYLOOM_API_PORT", 8000)),
                    help="API port (default 8000, or STORYLOOM_API_PORT)")
    up.add_argument("--workers", type=int, default=1,
                    help="worker processes; 0 runs none (default 1: its CPU pool already takes every core)")
    up.add_argument("--api-workers", type=int, default=min(cores(), MAX_DEFAULT_API_WORKERS),
                    help=f"API processes on the one port (default: one per core, at most {MAX_DEFAULT_API_WORKERS}; "
                         f"{min(cores(), MAX_DEFAULT_API_WORKERS)} here)")
    up.add_argument("--pg-port", type=int, default=int(os.environ.get("STORYLOOM_PG_PORT", 54320)))
    up.add_argument("--temporal-port", type=int, default=int(os.environ.get("STORYLOOM_TEMPORAL_PORT", 7233)))
    up.add_argument("--ui-port", type=int, default=int(os.environ.get("STORYLOOM_TEMPORAL_UI_PORT", 8233)))
    up.set_defaults(handler=command_up)

    worker = commands.add_parser("worker", help="run one worker (joins a running `up` on this home)")
    worker.set_defaults(handler=command_worker)

    api = commands.add_parser("api", help="run the API alone (joins a running `up` on this home)")
    api.add_argument("--host", default="127.0.0.1")
    api.add_argument("--port", type=int, default=8000)
    api.add_argument("--workers", type=int, default=1, help="API processes on the one port (default 1)")
    api.set_defaults(handler=command_api)

    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(handler=command_migrate)

    token = commands.add_parser("token", help="print a bearer token for a user")
    token.add_argument("--user", required=True, help="the user's UUID")
    token.add_argument("--tier", choices=("free", "premium"), default="free")
    token.add_argument("--ttl", type=int, default=7 * 24 * 3600, help="seconds until it expires")
    token.set_defaults(handler=command_token)

    operator = commands.add_parser(
        "operator-token",
        help="print the operators' credential for the codec endpoint "
             "(temporal workflow show --codec-endpoint URL/codec --codec-auth 'Bearer TOKEN')",
    )
    operator.set_defaults(handler=command_operator_token)

    illustrations = commands.add_parser("illustrations", help="illustration runs of a story")
    illustration_commands = illustrations.add_subparsers(dest="illustrations_command", required=True)
    retry = illustration_commands.add_parser("retry", help="run a story's failed scene pictures again")
    retry.add_argument("story_id", type=uuid.UUID)
    retry.add_argument("--scene", type=int, help="only this scene")
    retry.add_argument("--wait", action="store_true", help="wait for the runs and print each scene's outcome")
    retry.set_defaults(handler=command_illustrations_retry)

    tell = commands.add_parser("tell", help="make one whole story and write it to a folder")
    tell.add_argument("--name", default="Luna", help="the hero's name (default: Luna)")
    tell.add_argument("--traits", default="brave,kind", help="two traits, comma-separated (default: brave,kind)")
    tell.add_argument("--appearance", help="how the hero looks")
    tell.add_argument("--ability", help="the hero's special ability")
    choice = tell.add_mutually_exclusive_group()
    choice.add_argument("--event", choices=BUILT_IN_EVENTS, metavar="EVENT",
                        help="a built-in adventure: " + ", ".join(BUILT_IN_EVENTS)
                             + " (without --event or --custom: magical_forest_adventure)")
    choice.add_argument("--custom", help="an adventure of your own, in a sentence")
    tell.add_argument("--language", default=DEFAULT_LANGUAGE, choices=LANGUAGES,
                      help=f"the story's language (default: {DEFAULT_LANGUAGE})")
    tell.add_argument("--duration", type=int, default=300, help="seconds of narration, 60 to 600 (default: 300)")
    tell.add_argument("--voice", default=DEFAULT_VOICE, choices=VOICES, help=f"the narrator (default: {DEFAULT_VOICE})")
    tell.add_argument("--out", type=Path, help="the folder to write (default: ./story-<id>)")
    tell.add_argument("--pg-port", type=int, default=int(os.environ.get("STORYLOOM_PG_PORT", 54320)),
                      help="the embedded PostgreSQL's port when no stack runs (default: 54320, or STORYLOOM_PG_PORT)")
    tell.set_defaults(handler=command_tell)

    flags = commands.add_parser("flags", help="the moderation audit (content_flags), newest first")
    flags.add_argument("--content-id", type=uuid.UUID, help="a story, hero or event id")
    flags.add_argument("--user", type=uuid.UUID)
    flags.add_argument("--action", choices=("filtered", "modified", "rejected", "approved"))
    flags.add_argument("--limit", type=int, default=50)
    flags.set_defaults(handler=command_flags)
    return root


def main(argv: list[str] | None = None) -> None:
    from api.operations.home_permissions import keep_new_files_private

    arguments = parser().parse_args(argv)
    # The home holds a child's data and the stack's secrets; children inherit this.
    keep_new_files_private()
    sys.exit(arguments.handler(arguments))


if __name__ == "__main__":
    main()
