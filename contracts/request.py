"""What a client asked of a story beyond its hero and event, typed once.

Every door into the API builds one `StoryRequest`; it is stored with the story
(`generation_metadata.request`, through msgspec) and read back by the step that loads
the story's brief, so writer and reader cannot drift apart.
"""

from __future__ import annotations

from typing import Any

import msgspec

# The seed's default story length: five minutes read aloud at the bedtime pace.
DEFAULT_TARGET_DURATION_SECONDS = 300


class StoryRequest(msgspec.Struct, frozen=True, kw_only=True):
    target_duration: int = DEFAULT_TARGET_DURATION_SECONDS
    narrate: bool = True
    illustrate: bool = True
    # The /stories door asks for a number of scenes; the others leave it to the writer.
    num_scenes: int | None = None
    # Tests and benchmarks pin the composer's choices; stories otherwise seed from their id.
    seed: int | None = None

    def stored(self) -> dict[str, Any]:
        """The JSON form kept in the story row."""
        return msgspec.to_builtins(self)

    @classmethod
    def from_stored(cls, raw: dict[str, Any] | None) -> StoryRequest:
        """The request a story row holds (unknown keys ignored, missing ones defaulted)."""
        return msgspec.convert(raw or {}, cls)
