"""A story narrated scene by scene on the real dev server: each scene published with its
words as soon as it is spoken, the first one while the others are still being made."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from temporalio import activity

from activities.providers import mp3
from activities.providers.chaos import Chaos
from activities.providers.errors import provider_unavailable
from contracts.activities import NarrateInput
from contracts.names import narration_prefix, narration_workflow_id, scene_words_key
from contracts.progress import StoryProgress
from contracts.read_along import NarratedScene, word_spans
from db.tables import Stories, StoryIllustrations, StoryScenes
from tests.integration.workflow_support import create_story_row, run_story, story_worker
from workflows.narration import NarrationWorkflow


@pytest.fixture
def media_dir(tmp_path):
    return tmp_path / "media"


async def published_scenes(media_dir, user: str, story_id: str, voice: str) -> list[NarratedScene]:
    prefix = narration_prefix(user, story_id, voice)
    scenes = []
    for number in range(1, 7):
        path = media_dir / scene_words_key(prefix, number)
        if path.is_file():
            scenes.append(NarratedScene.from_json(path.read_bytes()))
    return scenes


async def scene_rows(story_id: str) -> list[dict]:
    return await StoryScenes.select().where(StoryScenes.story_id == story_id).order_by(StoryScenes.scene_number)


async def test_every_scene_is_stored_with_its_words_where_the_story_plays_them(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, language="de", target_duration=120)
    async with story_worker(client, media_dir) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed"
    story = await Stories.select().where(Stories.id == story_id).first()
    rows = await scene_rows(story_id)
    scenes = await published_scenes(media_dir, user, story_id, "nova")
    assert [scene.scene_number for scene in scenes] == [row["scene_number"] for row in rows]
    whole = (media_dir / story["audio_url"]).read_bytes()
    assert len(mp3.frames(whole)) == sum(len(mp3.frames((media_dir / s.audio_key).read_bytes())) for s in scenes)
    total = story["audio_duration"].total_seconds()
    assert total == pytest.approx(scenes[-1].offset_seconds + scenes[-1].duration_seconds, abs=0.002)
    for scene, row, following in zip(scenes, rows, [*scenes[1:], None]):
        assert float(row["timestamp_seconds"]) == scene.offset_seconds and row["audio_url"] == scene.audio_key
        assert scene.word_timing == "synthesizer"
        text = row["text_segment"]
        assert [(w.char_start, w.char_end) for w in scene.words] == word_spans(text)
        assert all(text[w.char_start:w.char_end] == w.text for w in scene.words)
        end = following.offset_seconds if following else total
        assert all(scene.offset_seconds <= w.start <= w.end <= end for w in scene.words)
        assert all(a.start <= b.start and a.end <= b.start for a, b in zip(scene.words, scene.words[1:]))
        # The scene's first word is said as its audio begins (after the encoder's delay
        # and a breath of silence), not somewhere else in the story.
        assert scene.offset_seconds < scene.words[0].start < scene.offset_seconds + 0.6


class HoldLaterScenes(Chaos):
    """The first scene's narration goes through; the others wait until the test lets them."""

    def __init__(self) -> None:
        super().__init__({})
        self.narrations = 0
        self.release = asyncio.Event()

    async def strike(self, capability: str) -> None:
        if capability == "narration":
            self.narrations += 1
            if self.narrations > 1:
                await self.release.wait()


async def test_the_first_scene_can_be_played_while_the_others_are_still_spoken(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, target_duration=120)
    hold = HoldLaterScenes()
    async with story_worker(client, media_dir, injector=hold) as queue:
        story = asyncio.ensure_future(run_story(client, queue, story_id, user))
        try:
            for _ in range(600):
                first = (await scene_rows(story_id) or [{}])[0]
                if first.get("audio_url"):
                    break
                assert not story.done(), story
                await asyncio.sleep(0.1)
            row = await Stories.select().where(Stories.id == story_id).output(load_json=True).first()
            pictures = await StoryIllustrations.select().where(StoryIllustrations.story_id == story_id).order_by(
                StoryIllustrations.scene_number)
            progress = StoryProgress.from_mirror(row, pictures)
            assert row["audio_url"] is None and progress.narration == "running"
            assert [scene.narration for scene in progress.scenes][:2] == ["completed", "running"]
            assert all(scene.narration == "pending" for scene in progress.scenes[2:])
            assert first["timestamp_seconds"] == 0 and first["audio_url"].endswith("/nova/scene-1.mp3")
            assert (media_dir / first["audio_url"]).stat().st_size > 1000
            assert len(await published_scenes(media_dir, user, story_id, "nova")) == 1
            assert all(row["audio_url"] is None for row in (await scene_rows(story_id))[1:])
        finally:
            hold.release.set()
        outcome = await story
    assert outcome.status == "completed"
    row = await Stories.select().where(Stories.id == story_id).output(load_json=True).first()
    progress = StoryProgress.from_mirror(row, await StoryIllustrations.select().where(
        StoryIllustrations.story_id == story_id))
    assert {scene.narration for scene in progress.scenes} == {"completed"}
    assert row["progress"]["narrated_scenes"] == len(progress.scenes)


class FailOnThirdScene(Chaos):
    """The third scene's narration fails once, retryably; counts what each attempt asks for."""

    def __init__(self) -> None:
        super().__init__({})
        self.asked: dict[int, int] = {}

    async def strike(self, capability: str) -> None:
        if capability != "narration":
            return
        attempt = activity.info().attempt
        self.asked[attempt] = self.asked.get(attempt, 0) + 1
        if attempt == 1 and self.asked[attempt] == 3:
            raise provider_unavailable("the third scene's speech is busy")


async def test_a_retried_narration_keeps_the_scenes_it_published(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, target_duration=180, num_scenes=5)
    chaos = FailOnThirdScene()
    async with story_worker(client, media_dir, injector=chaos) as queue:
        outcome = await run_story(client, queue, story_id, user)
    assert outcome.status == "completed"
    scenes = await published_scenes(media_dir, user, story_id, "nova")
    assert len(scenes) == 5
    assert chaos.asked == {1: 5, 2: 3}, "the retry asked only for the scenes not yet published"
    for earlier, later in zip(scenes, scenes[1:]):
        assert later.offset_seconds == pytest.approx(earlier.offset_seconds + earlier.duration_seconds, abs=0.002)
    assert [float(row["timestamp_seconds"]) for row in await scene_rows(story_id)] == [s.offset_seconds for s in scenes]


async def test_a_new_voice_gets_its_own_words_and_an_older_narration_gets_the_estimate(client, media_dir):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, language="it")
    async with story_worker(client, media_dir) as queue:
        await run_story(client, queue, story_id, user)
        own = await published_scenes(media_dir, user, story_id, "nova")
        shimmer = await client.execute_workflow(
            NarrationWorkflow.run, NarrateInput(story_id, user, "shimmer"),
            id=narration_workflow_id(story_id, "shimmer"), task_queue=queue)
        other = await published_scenes(media_dir, user, story_id, "shimmer")
        assert [s.audio_key for s in other] == shimmer.scene_audio_keys
        assert all("/shimmer/" in s.audio_key for s in other) and all("/nova/" in s.audio_key for s in own)
        assert [s.offset_seconds for s in other] == shimmer.scene_offsets_seconds != [s.offset_seconds for s in own]

        # A narration stored before word timings existed: reused as it is, and timed by the estimate.
        prefix = narration_prefix(user, story_id, "nova")
        for number in range(1, len(own) + 1):
            (media_dir / scene_words_key(prefix, number)).unlink()
        before = (media_dir / prefix / "story.mp3").stat().st_mtime_ns
        again = await client.execute_workflow(
            NarrationWorkflow.run, NarrateInput(story_id, user, "nova"),
            id=f"{narration_workflow_id(story_id, 'nova')}-again", task_queue=queue)
    assert (media_dir / prefix / "story.mp3").stat().st_mtime_ns == before, "the speech is not made again"
    estimated = await published_scenes(media_dir, user, story_id, "nova")
    assert [s.word_timing for s in estimated] == ["estimate"] * len(own)
    assert [(s.offset_seconds, s.duration_seconds) for s in estimated] == [(s.offset_seconds, s.duration_seconds)
                                                                           for s in own]
    assert [[(w.char_start, w.char_end) for w in s.words] for s in estimated] == \
        [[(w.char_start, w.char_end) for w in s.words] for s in own]
    assert estimated[-1].words[-1].end == pytest.approx(again.duration_seconds, abs=0.002)
    assert json.loads((media_dir / prefix / "timing.json").read_text())["audio_key"] == again.audio_key
