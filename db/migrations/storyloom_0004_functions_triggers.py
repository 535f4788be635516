"""``updated_at`` triggers and ``cleanup_expired_cache()``.

The seed schedules the cache cleanup with pg_cron, which neither the embedded
server nor every Supabase project has: a Storyloom worker calls
``SELECT cleanup_expired_cache()`` instead. Only the service role (and the
superuser the app connects as) may run it. The seed's ``increment_play_count``
trigger function has no table to hang on and is not created.
"""


from db.ddl import sql_migration

ID = "2026-11-22T10:00:04:000000"
VERSION = "1.38.0"
DESCRIPTION = "updated_at triggers and cleanup_expired_cache()"

TABLES_WITH_UPDATED_AT = ("heroes", "stories", "story_scenes", "story_illustrations", "custom_events")

FORWARDS = r"""
CREATE OR REPLACE FUNCTION update_updated_at_column() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog
AS $fn$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$fn$;

CREATE OR REPLACE FUNCTION cleanup_expired_cache() RETURNS integer
    LANGUAGE plpgsql
    SET search_path = public, pg_catalog
AS $fn$
DECLARE
    deleted_count integer;
BEGIN
    DELETE FROM cache_entries WHERE expires_at < now();
    GET DIAGNOSTICS deleted_count = ROW_COUNT;
    RETURN deleted_count;
END
$fn$;

REVOKE ALL ON FUNCTION cleanup_expired_cache() FROM PUBLIC, anon, authenticated;
GRANT EXECUTE ON FUNCTION cleanup_expired_cache() TO service_role;
""" + "\n".join(
    f"CREATE OR REPLACE TRIGGER update_{table}_updated_at BEFORE UPDATE ON {table}\n"
    f"    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();"
    for table in TABLES_WITH_UPDATED_AT
)

BACKWARDS = "\n".join(
    f"DROP TRIGGER IF EXISTS update_{table}_updated_at ON {table};" for table in TABLES_WITH_UPDATED_AT
) + """
DROP FUNCTION IF EXISTS cleanup_expired_cache();
DROP FUNCTION IF EXISTS update_updated_at_column();
"""


forwards = sql_migration(ID, DESCRIPTION, FORWARDS, BACKWARDS)
