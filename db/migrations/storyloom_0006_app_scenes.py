"""Stories of the app's own scenes: pictures for a story the iOS app keeps itself.

The app's scene-illustration sends scenes with their prompts under a story id of its
own (a fresh random one for a single picture). Such a request becomes a story row of
kind ``app_scenes``, owned by the caller, with its scenes and their pictures, so every
picture is drawn, stored, signed, followed and erased like a story's. It has no title
and no text of ours, so ``stories_text_when_done`` lets it finish without them.
"""


from db.ddl import sql_migration

ID = "2026-12-08T10:00:06:000000"
VERSION = "1.38.0"
DESCRIPTION = "stories of the app's own scenes"

FORWARDS = r"""
ALTER TABLE stories DROP CONSTRAINT IF EXISTS stories_event_type_check;
ALTER TABLE stories ADD CONSTRAINT stories_event_type_check
    CHECK (event_type IN ('built_in', 'custom', 'prompt', 'app_scenes'));
ALTER TABLE stories DROP CONSTRAINT IF EXISTS stories_text_when_done;
ALTER TABLE stories ADD CONSTRAINT stories_text_when_done CHECK (
    status IN ('queued', 'running', 'failed')
    OR event_type = 'app_scenes'
    OR (title IS NOT NULL AND content IS NOT NULL)
);
"""

BACKWARDS = r"""
DELETE FROM stories WHERE event_type = 'app_scenes';
ALTER TABLE stories DROP CONSTRAINT IF EXISTS stories_text_when_done;
ALTER TABLE stories ADD CONSTRAINT stories_text_when_done CHECK (
    status IN ('queued', 'running', 'failed')
    OR (title IS NOT NULL AND content IS NOT NULL)
);
ALTER TABLE stories DROP CONSTRAINT IF EXISTS stories_event_type_check;
ALTER TABLE stories ADD CONSTRAINT stories_event_type_check CHECK (event_type IN ('built_in', 'custom', 'prompt'));
"""


forwards = sql_migration(ID, DESCRIPTION, FORWARDS, BACKWARDS)
