"""How workflow code calls an activity: through its typed reference, with its policy
from temporal.yaml.

Referencing activities by name keeps their implementations (and the I/O libraries
they import) out of workflow modules entirely; the reference's types keep the call checked.
"""

from __future__ import annotations

from typing import TypeVar

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from contracts.activities import ActivityRef
    from contracts.policy import current_policy

Input = TypeVar("Input")
Result = TypeVar("Result")


async def run_activity(
    activity: ActivityRef[Input, Result], argument: Input | None = None, summary: str | None = None
) -> Result:
    """`summary` is what the Temporal UI shows beside the step (never a parent's words:
    histories are encrypted, but the summary is for operators to read at a glance)."""
    if activity.input is None:
        if argument is not None:
            raise TypeError(f"{activity.name} takes no argument")
    elif not isinstance(argument, activity.input):
        raise TypeError(f"{activity.name} takes {activity.input.__name__}, not {type(argument).__name__}")
    # No task_queue: a story's activities run on the queue its workflow runs on.
    return await workflow.execute_activity(
        activity.name,
        args=[] if argument is None else [argument],
        result_type=activity.result,
        summary=summary,
        **current_policy().activity(activity.name).options(),
    )
