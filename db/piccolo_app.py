"""The Piccolo app ``storyloom``: our tables and the migrations folder.

The migrations are hand-written SQL (``manager.add_raw``); the SQL is the source
of truth for constraints, indexes, triggers and policies. Do not generate
migrations with ``piccolo migrations new storyloom --auto``: the auto-differ
knows nothing about the raw SQL and would try to create every table again.
"""

from __future__ import annotations

from pathlib import Path

from piccolo.conf.apps import AppConfig, table_finder

MIGRATIONS_FOLDER = Path(__file__).resolve().parent / "migrations"

APP_CONFIG = AppConfig(
    app_name="storyloom",
    migrations_folder_path=str(MIGRATIONS_FOLDER),
    table_classes=table_finder(modules=["db.tables"], exclude_imported=True),
    migration_dependencies=[],
    commands=[],
)
