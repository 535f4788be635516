"""Records what an activity's provider calls cost: one api_usage row per activity
(keyed by its workflow and activity id, so a retry cannot count twice) and the
story's running totals in generation_metadata.usage."""

from __future__ import annotations

import contextlib
import json
from decimal import Decimal

from temporalio import activity

from activities.providers.acting_user import acting_for
from activities.providers.usage_meter import Meter, metering
from db.engine import ENGINE


@contextlib.asynccontextmanager
async def metered(user_id: str | None, story_id: str | None = None):
    """Meters the provider calls made inside, and records them when they succeed."""
    with metering() as meter:
        yield meter
    if meter.by_model and user_id:
        await record(meter, user_id, story_id)


@contextlib.asynccontextmanager
async def on_behalf_of(user_id: str | None, story_id: str | None = None):
    """Provider calls made for a user: metered, and identified to providers by the user's hash."""
    with acting_for(user_id):
        async with metered(user_id, story_id) as meter:
            yield meter


async def record(meter: Meter, user_id: str, story_id: str | None) -> None:
    info = activity.info()
    key = f"{info.workflow_id}:{info.activity_id}"
    cost = Decimal(str(meter.cost_usd()))
    async with ENGINE.transaction() as transaction:
        connection = transaction.connection
        await connection.execute(
            """INSERT INTO api_usage (user_id, function_name, request_id, status, tokens_used, cost_estimate, metadata)
               VALUES ($1, $2, $3, 'success', $4, $5, $6::jsonb) ON CONFLICT (request_id) DO NOTHING""",
            user_id, f"pipeline.{info.activity_type}", key, meter.tokens, cost, json.dumps(meter.by_model),
        )
        if story_id:
            # Keyed by activity, so that a retried activity replaces its own entry.
            entry = {"models": meter.by_model, "tokens": meter.tokens, "cost_usd": float(cost)}
            await connection.execute(
                """UPDATE stories SET generation_metadata = jsonb_set(
                       coalesce(generation_metadata, '{}'::jsonb), '{usage}',
                       coalesce(generation_metadata -> 'usage', '{}'::jsonb) || jsonb_build_object($1::text, $2::jsonb))
                   WHERE id = $3""",
                key, json.dumps(entry), story_id,
            )
