"""/functions/v1: the iOS app's API (seed 000), answered by the same workflows.

Every answer is `{success, data, meta: {request_id, processing_time, cached}}`;
every error is the common envelope. The shipped app calls these one after the
other (story, then audio, then pictures), while the story's own workflow already
narrates and illustrates in parallel, so the later calls mostly find their work
done or in progress and wait for it rather than paying for it again.
"""

from __future__ import annotations

import time
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

import msgspec
from litestar import Controller, Request, post

from api.http.errors import ApiError, not_found, request_id_of
from api.http.languages import normalize_language
from api.http.schemas import (
    AudioSynthesisData,
    AudioSynthesisRequest,
    AudioSynthesisResponse,
    AvatarGenerationData,
    AvatarGenerationRequest,
    AvatarGenerationResponse,
    FunctionMeta,
    GeneratedScene,
    IllustrationStatus,
    SceneExtractionRequest,
    SceneExtractionResponse,
    SceneIllustrationData,
    SceneIllustrationRequest,
    SceneIllustrationResponse,
    StoryGenerationData,
    StoryGenerationRequest,
    StoryGenerationResponse,
)
from api.http.urls import base_url
from api.services import response_cache
from api.services.app_events import resolve_event
from api.services.app_pictures import adopt_app_story, check_client_texts, given_whole
from api.services.illustration_runs import claim_failed_scenes, start_reruns, started_or_undone
from api.services.input_checks import accepted_language, checked_fields
from api.services.media_links import signed_urls
from api.services.read_along import load_read_along
from api.services.scene_extraction import extract_scenes
from api.services.story_service import default_voice, start_story_and_wait
from api.services.workflow_starts import run_and_wait, wait_until
from contracts import names
from contracts.activities import AvatarInput, NarrateInput, NarrateTextInput
from contracts.names import avatar_workflow_id, narration_workflow_id
from contracts.request import StoryRequest
from contracts.vocabulary import DEFAULT_LANGUAGE
from db.engine import user_transaction
from db.tables import Heroes, Stories, StoryIllustrations, StoryScenes
from workflows.avatar import AvatarWorkflow
from workflows.narration import NarrationWorkflow, TextNarrationWorkflow

TERMINAL_PICTURE_STATUSES = ("completed", "failed")


def meta(request: Request, started: float, cached: bool = False) -> FunctionMeta:
    return FunctionMeta(request_id_of(request), int((time.perf_counter() - started) * 1000), cached)


class FunctionsController(Controller):
    path = "/functions/v1"
    tags = ["functions (iOS app)"]

    @post("/story-generation", status_code=200, opt={"function": "story-generation"},
          summary="Write a story; answers once its text and scenes are saved")
    async def story_generation(self, request: Request, data: StoryGenerationRequest) -> StoryGenerationResponse:
        started = time.perf_counter()
        language = normalize_language(data.language)
        event = await resolve_event(request, data.event)
        key = names.story_cache_key(data.hero_id, event.event_type, event.cache_part, language, data.target_duration)
        cached = await response_cache.get(key)
        if cached is not None and await _story_still_there(request, cached["story_id"]):
            for scene in cached["scenes"]:
                # Answers cached before scenes carried `timestamp` too.
                scene.setdefault("timestamp", scene["timestamp_seconds"])
            answer = msgspec.convert(cached, StoryGenerationData)
            return StoryGenerationResponse(True, _with_player(request, answer), meta(request, started, True))
        saved = await start_story_and_wait(
            request.app.state.temporal.client, request.app.state.policy, request.user,
            hero_id=data.hero_id, event_type=event.event_type, event_data=event.event_data,
            custom_event_id=event.custom_event_id, prompt=event.prompt, language=language,
            request=StoryRequest(target_duration=data.target_duration),
        )
        answer = StoryGenerationData(
            story_id=UUID(saved.story_id), title=saved.title, content=saved.content,
            estimated_duration=saved.estimated_duration_seconds, word_count=saved.word_count,
            scenes=[
                GeneratedScene(scene_number=scene.scene_number, text_segment=scene.text_segment,
                               illustration_prompt=scene.illustration_prompt, timestamp_seconds=start, timestamp=start,
                               emotion=scene.emotion, importance=scene.importance)
                for scene, start in zip(saved.scenes, saved.scene_timestamps_seconds)
            ],
        )
        # Cached without its player link, which expires long before the cache entry.
        await response_cache.put(key, msgspec.to_builtins(answer), response_cache.STORY_TTL)
        return StoryGenerationResponse(True, _with_player(request, answer), meta(request, started))

    @post("/extract-scenes", status_code=200, opt={"function": "extract-scenes"},
          summary="Scenes of a story the app keeps itself, with where each starts")
    async def extract_scenes(self, request: Request, data: SceneExtractionRequest) -> SceneExtractionResponse:
        """The iOS app calls this after each story with its text, its length, its hero and
        the event's name. The text passes the child-safety gate first; the scenes are made
        as a story of ours are, and each carries `timestamp` (what the app's parser reads)
        beside `timestamp_seconds`."""
        started = time.perf_counter()
        answer, hit = await extract_scenes(request, data)
        return SceneExtractionResponse(True, answer, meta(request, started, hit))

    @post("/audio-synthesis", status_code=200, opt={"function": "audio-synthesis"},
          summary="Narrate a story in a voice; answers with the finished MP3")
    async def audio_synthesis(self, request: Request, data: AudioSynthesisRequest) -> AudioSynthesisResponse:
        """With a `story_id`, the story's saved text is what gets narrated (checked when it
        was written; a `text` sent beside it is checked too, and not read aloud). With no
        story, the `text` itself is read aloud once it has passed the gate.

        A narration already made in this voice is answered from what is stored, with no
        workflow: the app asks for the audio while the story's pictures are still being
        drawn, and supabase-py gives a function 5 s."""
        started = time.perf_counter()
        user = request.user.user_id
        if data.story_id is None:
            return await self._narrate_text(request, data, started)
        async with user_transaction(user):
            story = await Stories.select(
                Stories.status, Stories.language, Stories.audio_voice, Stories.content, Stories.generation_metadata,
            ).where(Stories.id == data.story_id).output(load_json=True).first()
        if story is None:
            raise not_found("Story")
        language = normalize_language(data.language) if data.language else story["language"]
        if data.text and not _same_words(data.text, story["content"]):
            # Not read aloud, but a parent's text all the same: refused like anywhere else.
            # (The story's own text sent back, as the app does, was checked when it was written.)
            await checked_fields(request, "prompt", str(data.story_id), {"text": data.text}, language)
        key = names.audio_cache_key(data.story_id, data.voice, language)
        cached = await response_cache.get(key)
        hit = cached is not None
        if cached is None:
            cached = _recorded_narration(story, data.voice)
        if cached is None and story["status"] in ("queued", "running") and story["audio_voice"] == data.voice:
            cached = await self._wait_for_own_narration(user, data.story_id, data.voice)
        if cached is None:
            result = await run_and_wait(
                request, NarrationWorkflow.run, NarrateInput(str(data.story_id), user, data.voice),
                narration_workflow_id(str(data.story_id), data.voice), str(data.story_id),
            )
            cached = {"audio_key": result.audio_key, "duration_seconds": result.duration_seconds,
                      "file_size_bytes": result.file_size_bytes}
        if not hit:
            await response_cache.put(key, cached, response_cache.AUDIO_TTL)
        state = request.app.state
        links = await signed_urls(state.signer, base_url(request), [cached["audio_key"]])
        answer = AudioSynthesisData(
            audio_url=links[cached["audio_key"]],
            duration_seconds=cached["duration_seconds"], file_size_bytes=cached["file_size_bytes"],
            voice_used=data.voice, language=language,
            read_along=await load_read_along(request.user.user_id, data.story_id, data.voice, state.signer, state.media,
                                             base_url(request), default_voice()),
        )
        return AudioSynthesisResponse(True, answer, meta(request, started, hit))

    @staticmethod
    async def _narrate_text(request: Request, data: AudioSynthesisRequest, started: float) -> AudioSynthesisResponse:
        if not data.text:
            raise ApiError(400, "INVALID_REQUEST", "The request is not valid", {"fields": [
                {"field": "story_id", "message": "a story_id, or the text to read aloud"}]})
        user = request.user.user_id
        language = normalize_language(data.language) if data.language else accepted_language(
            request.headers.get("accept-language", "")) or DEFAULT_LANGUAGE
        await checked_fields(request, "prompt", str(uuid5(NAMESPACE_URL, data.text)), {"text": data.text}, language)
        fingerprint = names.text_fingerprint(data.text, data.voice, language)
        key = names.text_audio_cache_key(user, fingerprint)
        cached = await response_cache.get(key)
        hit = cached is not None
        if cached is None:
            result = await run_and_wait(
                request, TextNarrationWorkflow.run, NarrateTextInput(user, data.text, data.voice, language),
                names.text_narration_workflow_id(user, fingerprint),
            )
            cached = {"audio_key": result.audio_key, "duration_seconds": result.duration_seconds,
                      "file_size_bytes": result.file_size_bytes}
            await response_cache.put(key, cached, response_cache.AUDIO_TTL)
        links = await signed_urls(request.app.state.signer, base_url(request), [cached["audio_key"]])
        answer = AudioSynthesisData(
            audio_url=links[cached["audio_key"]], duration_seconds=cached["duration_seconds"],
            file_size_bytes=cached["file_size_bytes"], voice_used=data.voice, language=language,
        )
        return AudioSynthesisResponse(True, answer, meta(request, started, hit))

    @staticmethod
    async def _wait_for_own_narration(user: str, story_id: UUID, voice: str) -> dict | None:
        """The story's workflow is narrating in this voice already: wait for its recording
        instead of paying for the same speech twice (None if the story ended without it)."""

        async def narrated():
            async with user_transaction(user):
                row = await Stories.select(Stories.status, Stories.generation_metadata).where(
                    Stories.id == story_id).output(load_json=True).first()
            recording = _recorded_narration(row, voice)
            if recording is not None:
                return {"recording": recording}
            return {"recording": None} if row["status"] in ("completed", "partial", "failed") else None

        return (await wait_until(narrated))["recording"]

    @post("/avatar-generation", status_code=200, opt={"function": "avatar-generation"},
          summary="Draw a hero's avatar; answers with the finished picture")
    async def avatar_generation(self, request: Request, data: AvatarGenerationRequest) -> AvatarGenerationResponse:
        started = time.perf_counter()
        user = request.user.user_id
        async with user_transaction(user):
            if not await Heroes.exists().where(Heroes.id == data.hero_id):
                raise not_found("Hero")
        if data.prompt or data.style:
            await checked_fields(request, "prompt", str(data.hero_id), {"prompt": data.prompt, "style": data.style})
        generation_id = f"avatar-{uuid4().hex[:16]}"
        result = await run_and_wait(
            request, AvatarWorkflow.run, AvatarInput(str(data.hero_id), user, generation_id),
            avatar_workflow_id(str(data.hero_id), generation_id),
        )
        links = await signed_urls(request.app.state.signer, base_url(request), [result.avatar_key])
        answer = AvatarGenerationData(
            avatar_url=links[result.avatar_key],
            generation_id=generation_id, revised_prompt=result.revised_prompt,
            file_size_bytes=result.file_size_bytes, image_size=result.image_size, quality=data.quality,
        )
        return AvatarGenerationResponse(True, answer, meta(request, started))

    @post("/scene-illustration", status_code=200, opt={"function": "scene-illustration"},
          summary="Pictures for a story's scenes; waits unless process_async")
    async def scene_illustration(self, request: Request, data: SceneIllustrationRequest) -> SceneIllustrationResponse:
        """Scenes already drawn are returned as they are; failed ones are drawn again;
        ones in progress are waited for (or reported, with process_async: pending,
        processing, completed or failed, each; the same request again reads them anew).
        Scenes given whole with their prompts under a story id we do not know (the iOS
        app's own story) are drawn for it, once (api/services/app_pictures.py)."""
        started = time.perf_counter()
        user = request.user.user_id
        wanted = sorted({scene.scene_number for scene in data.scenes})
        async with user_transaction(user):
            story = await Stories.select(Stories.id).where(Stories.id == data.story_id).first()
            stored = await self._scenes(data.story_id) if story is not None else {}
        if story is None:
            if not given_whole(data):
                raise not_found("Story")
            await adopt_app_story(request, data)
        else:
            await check_client_texts(request, data.story_id, data, stored)
            await self._redraw_failed(request, data.story_id, wanted)
        if not data.process_async:
            async def all_done():
                async with user_transaction(user):
                    current = await self._pictures(data.story_id, wanted)
                return current if all(p["status"] in TERMINAL_PICTURE_STATUSES for p in current.values()) else None

            pictures = await wait_until(all_done)
        else:
            async with user_transaction(user):
                pictures = await self._pictures(data.story_id, wanted)
        links = await signed_urls(request.app.state.signer, base_url(request),
                                  [p["image_url"] for p in pictures.values() if p["status"] == "completed"])
        items = []
        for number in wanted:
            picture = pictures[number]
            done = picture["status"] == "completed"
            items.append(IllustrationStatus(
                number, links.get(picture["image_url"]) if done else None, picture["generation_id"],
                _picture_status(picture["status"]), picture["revised_prompt"] if done else None))
        done = sum(item.status == "completed" for item in items)
        failed = sum(item.status == "failed" for item in items)
        status = ("completed" if done == len(items) else "failed" if failed == len(items)
                  else "processing" if done + failed < len(items) else "partial")
        return SceneIllustrationResponse(
            True, SceneIllustrationData(items, status, len(items), done), meta(request, started)
        )

    @staticmethod
    async def _redraw_failed(request: Request, story_id: UUID, wanted: list[int]) -> None:
        """The story's scenes asked for must exist; failed ones of a finished story are drawn again."""
        user = request.user.user_id
        async with user_transaction(user):
            story = await Stories.select(Stories.status).where(Stories.id == story_id).first()
            pictures = await FunctionsController._pictures(story_id, wanted)
            missing = [number for number in wanted if number not in pictures]
            if missing:
                raise ApiError(400, "INVALID_REQUEST", "The story has no such scene",
                               {"fields": [{"field": "scenes", "message": f"no scene {missing[0]} in this story"}]})
            claimed = []
            failed = [number for number in wanted if pictures[number]["status"] == "failed"]
            if failed and story["status"] in ("completed", "partial"):
                story_row, claimed = await claim_failed_scenes(story_id, failed)
        if claimed:
            async def start() -> list:
                return await start_reruns(await request.app.state.temporal.client(),
                                          request.app.state.policy.story_task_queue, story_row, claimed)

            await started_or_undone(start(), story_row, [n for n, _ in claimed], lambda: user_transaction(user))

    @staticmethod
    async def _scenes(story_id: UUID) -> dict[int, dict]:
        rows = await StoryScenes.select(
            StoryScenes.scene_number, StoryScenes.text_segment, StoryScenes.illustration_prompt,
        ).where(StoryScenes.story_id == story_id)
        return {row["scene_number"]: row for row in rows}

    @staticmethod
    async def _pictures(story_id: UUID, numbers: list[int]) -> dict[int, dict]:
        rows = await StoryIllustrations.select(
            StoryIllustrations.scene_number, StoryIllustrations.status, StoryIllustrations.image_url,
            StoryIllustrations.generation_id, StoryIllustrations.revised_prompt,
        ).where((StoryIllustrations.story_id == story_id) & StoryIllustrations.scene_number.is_in(numbers))
        return {row["scene_number"]: row for row in rows}


def _recorded_narration(story: dict, voice: str) -> dict | None:
    """The story's recording in `voice`, as its narration step stored it."""
    recording = ((story.get("generation_metadata") or {}).get("narrations") or {}).get(voice)
    return recording if recording and recording.get("audio_key") else None


def _same_words(text: str, content: str | None) -> bool:
    return content is not None and text.split() == content.split()


def _with_player(request: Request, answer: StoryGenerationData) -> StoryGenerationData:
    """The answer with a fresh link to the story's player page (an extra field the app ignores)."""
    link = request.app.state.player_signer.url(base_url(request), answer.story_id, request.user.user_id)
    return msgspec.structs.replace(answer, player_url=link)


def _picture_status(status: str) -> str:
    return {"processing": "processing", "retrying": "processing", "pending": "pending"}.get(status, status)


async def _story_still_there(request: Request, story_id: str) -> bool:
    async with user_transaction(request.user.user_id):
        return await Stories.exists().where(Stories.id == story_id)
