"""How workflow code calls an activity: by name, with its policy from temporal.yaml.

Referencing activities by name keeps their implementations (and the I/O libraries
they import) out of workflow modules entirely.
"""

from __future__ import annotations

from typing import Any

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from workflows.policy import current_policy


async def run_activity(name: str, argument: Any = None, result_type: type | None = None) -> Any:
    # No task_queue: a story's activities run on the queue its workflow runs on.
    return await workflow.execute_activity(
        name,
        args=[] if argument is None else [argument],
        result_type=result_type,
        **current_policy().activity(name).options(),
    )
