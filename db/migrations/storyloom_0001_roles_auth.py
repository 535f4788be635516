"""Roles and the ``auth`` helpers that row level security policies call.

On a Supabase database the roles, the ``auth`` schema and ``auth.uid()`` /
``auth.role()`` already exist and are left untouched. On a plain PostgreSQL
(the embedded server) they are created with the same meaning: the claims are
read from the transaction-local settings that ``db.engine.user_transaction``
sets. Roles are cluster-wide, so creating one tolerates a concurrent creator.
No extension is needed: ``gen_random_uuid()`` is core PostgreSQL.
"""


from db.ddl import sql_migration

ID = "2026-11-22T10:00:01:000000"
VERSION = "1.38.0"
DESCRIPTION = "roles (authenticated, anon, service_role) and auth.uid()/auth.role()"

FORWARDS = r"""
DO $roles$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['authenticated', 'anon', 'service_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;  -- another database of this cluster created it meanwhile
            END;
        END IF;
    END LOOP;
END
$roles$;

DO $auth$
BEGIN
    -- Not CREATE SCHEMA IF NOT EXISTS: that checks the CREATE privilege on the
    -- database first, which a Supabase project's postgres role need not have.
    IF to_regnamespace('auth') IS NULL THEN
        CREATE SCHEMA auth;
    END IF;
    IF to_regprocedure('auth.uid()') IS NULL THEN
        CREATE FUNCTION auth.uid() RETURNS uuid
            LANGUAGE sql STABLE
            AS $fn$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $fn$;
        COMMENT ON FUNCTION auth.uid() IS
            'Storyloom stand-in for Supabase: the JWT subject of the current request, or NULL.';
        GRANT USAGE ON SCHEMA auth TO authenticated, anon, service_role;
        GRANT EXECUTE ON FUNCTION auth.uid() TO authenticated, anon, service_role;
    END IF;
    IF to_regprocedure('auth.role()') IS NULL THEN
        CREATE FUNCTION auth.role() RETURNS text
            LANGUAGE sql STABLE
            AS $fn$ SELECT nullif(current_setting('request.jwt.claim.role', true), '')::text $fn$;
        COMMENT ON FUNCTION auth.role() IS
            'Storyloom stand-in for Supabase: the JWT role claim of the current request, or NULL.';
        GRANT USAGE ON SCHEMA auth TO authenticated, anon, service_role;
        GRANT EXECUTE ON FUNCTION auth.role() TO authenticated, anon, service_role;
    END IF;
END
$auth$;
"""

# Roles and the auth schema may be shared with Supabase or other databases of
# the cluster: going backwards removes only the functions this file created,
# and only when nothing else depends on them (the policies are gone by then).
BACKWARDS = r"""
DO $auth$
BEGIN
    IF obj_description(to_regprocedure('auth.uid()'), 'pg_proc') LIKE 'Storyloom stand-in%' THEN
        DROP FUNCTION auth.uid();
    END IF;
    IF obj_description(to_regprocedure('auth.role()'), 'pg_proc') LIKE 'Storyloom stand-in%' THEN
        DROP FUNCTION auth.role();
    END IF;
END
$auth$;
"""


forwards = sql_migration(ID, DESCRIPTION, FORWARDS, BACKWARDS)
