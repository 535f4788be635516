"""Privileges and row level security.

The app connects as a superuser (or the table owner), which RLS ignores. For a
user's request, ``db.engine.user_transaction`` runs ``SET LOCAL ROLE
authenticated`` and puts the user id in ``request.jwt.claim.sub``, so these
policies apply, exactly as for a Supabase client. Workers use plain
transactions and see everything.

* ``authenticated`` gets only the privileges its policies can use: owned rows
  of heroes, stories, custom_events (plus public events, read-only) and
  rate_limits; scenes and illustrations through the owning story; gallery
  images through the owning hero; its own api_usage rows (read and insert).
* ``content_flags`` and ``cache_entries`` are for operators and workers only:
  no privilege and no policy for ``authenticated``. The seed leaves RLS off on
  cache_entries; it is on here as well, because Supabase's default privileges
  would otherwise expose the table to every client.
* ``anon`` gets nothing: every Storyloom request is authenticated.
* ``service_role`` keeps the seed's full-access policies (on Supabase it also
  bypasses RLS).
* A story may only point at the caller's own hero, and at a custom event the
  caller owns or that is public; an illustration's scene must belong to the
  illustration's story. Foreign keys alone would accept another user's ids.
"""


from db.ddl import sql_migration

ID = "2026-11-22T10:00:05:000000"
VERSION = "1.38.0"
DESCRIPTION = "grants and row level security policies"

ALL_TABLES = (
    "heroes", "stories", "story_scenes", "story_illustrations", "custom_events",
    "hero_gallery", "api_usage", "rate_limits", "cache_entries", "content_flags",
)
READ_WRITE_FOR_USERS = (
    "heroes", "stories", "story_scenes", "story_illustrations", "custom_events",
    "hero_gallery", "rate_limits",
)

UID = "(SELECT auth.uid())"
OWN = f"user_id = {UID}"
STORY_OWNED = (
    "EXISTS (SELECT 1 FROM stories s WHERE s.id = {table}.story_id AND s.user_id = " + UID + ")"
)
HERO_OWNED = f"EXISTS (SELECT 1 FROM heroes h WHERE h.id = hero_gallery.hero_id AND h.user_id = {UID})"
STORY_HERO_OK = (
    f"(hero_id IS NULL OR EXISTS (SELECT 1 FROM heroes h "
    f"WHERE h.id = stories.hero_id AND h.user_id = {UID}))"
)
STORY_EVENT_OK = (
    f"(custom_event_id IS NULL OR EXISTS (SELECT 1 FROM custom_events e "
    f"WHERE e.id = stories.custom_event_id AND (e.user_id = {UID} OR e.is_public)))"
)
ILLUSTRATION_SCENE_OK = (
    "(scene_id IS NULL OR EXISTS (SELECT 1 FROM story_scenes sc "
    "WHERE sc.id = story_illustrations.scene_id AND sc.story_id = story_illustrations.story_id))"
)


def _crud(table: str, using: str, check: str | None = None) -> list[tuple]:
    """Select/insert/update/delete policies for `authenticated` with one condition."""
    check = check or using
    return [
        (f"{table}_select_own", table, "SELECT", using, None),
        (f"{table}_insert_own", table, "INSERT", None, check),
        (f"{table}_update_own", table, "UPDATE", using, check),
        (f"{table}_delete_own", table, "DELETE", using, None),
    ]


# (name, table, command, USING, WITH CHECK), all TO authenticated
USER_POLICIES: list[tuple] = [
    *_crud("heroes", OWN),
    ("stories_select_own", "stories", "SELECT", OWN, None),
    ("stories_insert_own", "stories", "INSERT", None, f"{OWN} AND {STORY_HERO_OK} AND {STORY_EVENT_OK}"),
    ("stories_update_own", "stories", "UPDATE", OWN, f"{OWN} AND {STORY_HERO_OK}"),
    ("stories_delete_own", "stories", "DELETE", OWN, None),
    *_crud("story_scenes", STORY_OWNED.format(table="story_scenes")),
    *_crud(
        "story_illustrations",
        STORY_OWNED.format(table="story_illustrations"),
        f"{STORY_OWNED.format(table='story_illustrations')} AND {ILLUSTRATION_SCENE_OK}",
    ),
    ("custom_events_select_own_or_public", "custom_events", "SELECT", f"{OWN} OR is_public", None),
    ("custom_events_insert_own", "custom_events", "INSERT", None, OWN),
    ("custom_events_update_own", "custom_events", "UPDATE", OWN, OWN),
    ("custom_events_delete_own", "custom_events", "DELETE", OWN, None),
    *_crud("hero_gallery", HERO_OWNED),
    *_crud("rate_limits", OWN),
    ("api_usage_select_own", "api_usage", "SELECT", OWN, None),
    ("api_usage_insert_own", "api_usage", "INSERT", None, OWN),
]

SERVICE_ROLE_CONDITION = "auth.role() = 'service_role'"


def _policy_sql(name: str, table: str, command: str, using: str | None, check: str | None) -> str:
    sql = f"CREATE POLICY {name} ON {table} AS PERMISSIVE FOR {command} TO authenticated"
    if using:
        sql += f"\n    USING ({using})"
    if check:
        sql += f"\n    WITH CHECK ({check})"
    return f"DROP POLICY IF EXISTS {name} ON {table};\n{sql};"


def _forwards_sql() -> str:
    tables = ", ".join(ALL_TABLES)
    parts = [
        "GRANT USAGE ON SCHEMA public TO authenticated, service_role;",
        # Start from nothing (Supabase's default privileges grant everything to
        # anon and authenticated), then grant what the policies need.
        f"REVOKE ALL ON {tables} FROM anon, authenticated;",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(READ_WRITE_FOR_USERS)} TO authenticated;",
        "GRANT SELECT, INSERT ON api_usage TO authenticated;",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO service_role;",
        # Piccolo's own bookkeeping table is nobody's business but the owner's.
        "DO $m$ BEGIN IF to_regclass('public.migration') IS NOT NULL THEN "
        "REVOKE ALL ON public.migration FROM anon, authenticated; END IF; END $m$;",
    ]
    parts += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;" for table in ALL_TABLES]
    parts += [_policy_sql(*policy) for policy in USER_POLICIES]
    for table in ALL_TABLES:
        name = f"{table}_service_role_all"
        parts.append(
            f"DROP POLICY IF EXISTS {name} ON {table};\n"
            f"CREATE POLICY {name} ON {table} FOR ALL TO service_role\n"
            f"    USING ({SERVICE_ROLE_CONDITION}) WITH CHECK ({SERVICE_ROLE_CONDITION});"
        )
    return "\n".join(parts)


def _backwards_sql() -> str:
    tables = ", ".join(ALL_TABLES)
    parts = [f"DROP POLICY IF EXISTS {name} ON {table};" for name, table, *_ in USER_POLICIES]
    parts += [f"DROP POLICY IF EXISTS {table}_service_role_all ON {table};" for table in ALL_TABLES]
    parts += [f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;" for table in ALL_TABLES]
    parts.append(f"REVOKE ALL ON {tables} FROM anon, authenticated, service_role;")
    return "\n".join(parts)


FORWARDS = _forwards_sql()
BACKWARDS = _backwards_sql()


forwards = sql_migration(ID, DESCRIPTION, FORWARDS, BACKWARDS)
