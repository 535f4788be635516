"""How workflow code calls an activity: by name, with its policy from temporal.yaml.

Referencing activities by name keeps their implementations (and the I/O libraries
they import) out of workflow modules entirely.
"""

from __future__ import annotations

from typing import Any

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from workflows.policy import current_policy


async def run_activity(name: str, argument: Any, result_type: type | None = None) -> Any:
    policy = current_policy()
    return await workflow.execute_activity(
        name,
        argument,
        result_type=result_type,
        task_queue=policy.story_task_queue,
        **policy.activity(name).options(),
    )
