"""Reading step timings out of Temporal workflow histories."""

from __future__ import annotations

from dataclasses import dataclass, field

from temporalio.api.enums.v1 import EventType
from temporalio.client import WorkflowHistory


@dataclass(frozen=True)
class ActivitySpan:
    name: str
    scheduled: float  # seconds since the epoch (server clock)
    started: float
    completed: float

    @property
    def total(self) -> float:
        """Scheduled -> Completed: queue wait + every attempt + retry back-off."""
        return self.completed - self.scheduled

    @property
    def running(self) -> float:
        """Started -> Completed of the last attempt."""
        return self.completed - self.started


@dataclass
class Timeline:
    started: float = 0.0
    closed: float = 0.0
    activities: list[ActivitySpan] = field(default_factory=list)
    # child workflow id -> (initiated, started, completed) as seen by the parent
    children: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    workflow_tasks: list[tuple[float, float]] = field(default_factory=list)  # (scheduled, completed)

    def named(self, name: str) -> list[ActivitySpan]:
        return [span for span in self.activities if span.name == name]

    def one(self, name: str) -> ActivitySpan:
        spans = self.named(name)
        if len(spans) != 1:
            raise ValueError(f"expected one {name} activity, found {len(spans)}")
        return spans[0]


def _seconds(event) -> float:
    return event.event_time.ToMicroseconds() / 1e6


def timeline(history: WorkflowHistory) -> Timeline:
    line = Timeline()
    scheduled: dict[int, tuple[str, float]] = {}
    started: dict[int, float] = {}
    initiated: dict[int, tuple[str, float]] = {}
    child_started: dict[int, float] = {}
    wft_scheduled: dict[int, float] = {}
    for event in history.events:
        kind, at = event.event_type, _seconds(event)
        if kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
            line.started = at
        elif kind in (
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
        ):
            line.closed = at
        elif kind == EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED:
            wft_scheduled[event.event_id] = at
        elif kind == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
            attributes = event.workflow_task_completed_event_attributes
            line.workflow_tasks.append((wft_scheduled.get(attributes.scheduled_event_id, at), at))
        elif kind == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            scheduled[event.event_id] = (event.activity_task_scheduled_event_attributes.activity_type.name, at)
        elif kind == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
            started[event.activity_task_started_event_attributes.scheduled_event_id] = at
        elif kind == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
            key = event.activity_task_completed_event_attributes.scheduled_event_id
            name, when = scheduled[key]
            line.activities.append(ActivitySpan(name, when, started.get(key, when), at))
        elif kind == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            attributes = event.start_child_workflow_execution_initiated_event_attributes
            initiated[event.event_id] = (attributes.workflow_id, at)
        elif kind == EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED:
            child_started[event.child_workflow_execution_started_event_attributes.initiated_event_id] = at
        elif kind in (
            EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED,
            EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED,
        ):
            attributes = (
                event.child_workflow_execution_completed_event_attributes
                if kind == EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED
                else event.child_workflow_execution_failed_event_attributes
            )
            workflow_id, when = initiated[attributes.initiated_event_id]
            line.children[workflow_id] = (when, child_started.get(attributes.initiated_event_id, when), at)
    return line
