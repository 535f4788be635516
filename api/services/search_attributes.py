"""The search attributes every story workflow carries, for operators in the UI."""

from __future__ import annotations

from temporalio.common import SearchAttributeKey, SearchAttributePair

STORY_USER_ID = SearchAttributeKey.for_keyword("StoryUserId")
STORY_ID = SearchAttributeKey.for_keyword("StoryId")


def story_search_attributes(user_id: str, story_id: str) -> list[SearchAttributePair]:
    return [SearchAttributePair(STORY_USER_ID, user_id), SearchAttributePair(STORY_ID, story_id)]
