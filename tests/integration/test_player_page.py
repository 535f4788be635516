"""The story player page in a real browser: Debian's headless Chromium, driven through
Playwright, opens a story's `player_url` from the real stack with every host but this
machine unresolvable, and the page shows the pictures and text, highlights the word
the audio is at, turns the page where each scene begins, answers the keyboard, stills
its motion when asked, speaks the story's language, and loads nothing from elsewhere.
A story still being made shows its missing pages and pictures, then fills them in."""

from __future__ import annotations

import asyncio
import io
import os
import shutil
import uuid
from urllib.parse import urlsplit

import httpx
import pytest
import pytest_asyncio
from PIL import Image, ImageChops, ImageStat

from activities.providers.chaos import Chaos
from contracts.environment import media_dir
from tests.integration.workflow_support import create_story_row, run_story, story_worker

pytestmark = pytest.mark.usefixtures("worker_process")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
STORY_TIMEOUT_SECONDS = 180
# The flags of the docs page's test (nothing in the background, no host but this one),
# and audio allowed to start without a click so that a test can press play by script.
BROWSER_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--autoplay-policy=no-user-gesture-required", "--mute-audio",
]
# What each language's page says, written out here rather than read from the code.
UI_WORDS = {
    "en": {"play": "Play", "pause": "Pause", "previous": "Previous page", "page": "Page 1 of",
           "alt": "Picture for page 1: "},
    "es": {"play": "Reproducir", "pause": "Pausa", "previous": "Página anterior", "page": "Página 1 de",
           "alt": "Dibujo de la página 1: "},
    "fr": {"play": "Lecture", "pause": "Pause", "previous": "Page précédente", "page": "Page 1 sur",
           "alt": "Image de la page 1 : "},
    "de": {"play": "Abspielen", "pause": "Anhalten", "previous": "Vorherige Seite", "page": "Seite 1 von",
           "alt": "Bild zu Seite 1: "},
    "it": {"play": "Riproduci", "pause": "Pausa", "previous": "Pagina precedente", "page": "Pagina 1 di",
           "alt": "Disegno della pagina 1: "},
}
EVENTS = {"en": "magical_forest_adventure", "es": "space_exploration", "fr": "underwater_treasure_hunt",
          "de": "friendly_dragon_encounter", "it": "magical_forest_adventure"}


def parent_client(api_url: str, token_for, user_id=None) -> httpx.Client:
    return httpx.Client(base_url=api_url, timeout=60,
                        headers={"Authorization": f"Bearer {token_for(user_id or uuid.uuid4())}"})


async def finished(client: httpx.Client, story_id: str) -> dict:
    deadline = asyncio.get_running_loop().time() + STORY_TIMEOUT_SECONDS
    while asyncio.get_running_loop().time() < deadline:
        story = (await asyncio.to_thread(client.get, f"/v1/stories/{story_id}")).json()
        if story["status"] in ("completed", "partial", "failed"):
            assert story["status"] == "completed", story
            return story
        await asyncio.sleep(0.5)
    raise AssertionError(f"story {story_id} did not finish within {STORY_TIMEOUT_SECONDS}s")


@pytest_asyncio.fixture(scope="module")
async def stories(api_url, token_for) -> dict[str, dict]:
    """One finished story per language, all made at once (each by its own parent: story
    starts are rate limited per parent)."""
    clients = {language: parent_client(api_url, token_for) for language in EVENTS}
    try:
        started = {}
        for language, client in clients.items():
            hero = client.post("/v1/heroes", json={"name": "Zoé" if language == "fr" else "Luna",
                                                   "primary_trait": "brave", "secondary_trait": "kind"}).json()
            accepted = client.post("/v1/stories", json={
                "hero_id": hero["id"], "event": {"type": "built_in", "data": {"event": EVENTS[language]}},
                "target_duration": 60, "language": language, "voice": "coral"})
            assert accepted.status_code == 202, accepted.text
            started[language] = accepted.json()["story_id"]
        made = await asyncio.gather(*(finished(clients[language], story_id) for language, story_id in started.items()))
        return dict(zip(started, made))
    finally:
        for client in clients.values():
            client.close()


@pytest.fixture(scope="module")
def story(stories) -> dict:
    return stories["en"]


@pytest.fixture(scope="module")
def twin(story) -> dict:
    """What the page reads: the JSON twin of its own link."""
    url = story["player_url"].replace("?", "/story.json?", 1)
    response = httpx.get(url)
    assert response.status_code == 200, response.text
    return response.json()


@pytest_asyncio.fixture(scope="module")
async def browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs Debian's chromium for the browser tests (.ci/run)")
        pytest.skip("the browser tests need Debian's chromium: apt-get install chromium")
    from playwright.async_api import async_playwright

    playwright = await async_playwright().start()
    chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
    yield chromium
    await chromium.close()
    await playwright.stop()


class Visit:
    """One page in its own browser context, with every request it made and every
    console error it logged."""

    def __init__(self, page, requests: list[str], errors: list[str]) -> None:
        self.page, self.requests, self.errors = page, requests, errors

    async def state(self) -> dict:
        return await self.page.evaluate("""() => {
            const spoken = document.querySelector('.word.is-spoken');
            const audio = document.getElementById('audio');
            return {
                page: Number(document.querySelector('.page.is-current')?.dataset.scene),
                shown: [...document.querySelectorAll('.page')].filter(p => !p.hidden).length,
                word: spoken ? Number(spoken.dataset.index) : null,
                wordText: spoken ? spoken.textContent : null,
                wordPage: spoken ? Number(spoken.closest('.page').dataset.scene) : null,
                time: audio.currentTime, paused: audio.paused, source: audio.currentSrc,
                play: document.getElementById('play').textContent,
                announced: document.getElementById('announcer').textContent,
                status: document.getElementById('status').textContent,
            };
        }""")

    async def seek(self, seconds: float) -> float:
        """Moves the audio's clock (the page listens to the same events) and waits a frame."""
        return await self.page.evaluate("""(seconds) => new Promise((done) => {
            const audio = document.getElementById('audio');
            audio.addEventListener('seeked', () => requestAnimationFrame(() => done(audio.currentTime)), {once: true});
            audio.currentTime = seconds;
        })""", seconds)

    async def ready_to_play(self) -> None:
        await self.page.wait_for_function("() => document.getElementById('audio').readyState >= 1")


async def visit(browser, url: str, **context) -> Visit:
    page = await (await browser.new_context(viewport={"width": 1200, "height": 800}, **context)).new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = await page.goto(url)
    assert response.status == 200
    await page.wait_for_selector(".page.is-current .text")
    return Visit(page, requests, errors)


def spoken_at(words: list[dict], seconds: float) -> int | None:
    """The word a reader should see lit at `seconds`: the last one that has begun."""
    begun = [index for index, word in enumerate(words) if word["start"] <= seconds]
    return begun[-1] if begun else None


async def test_the_page_shows_the_first_scene_with_its_picture_and_words(browser, story, twin):
    assert twin["complete"] and twin["finished"] and twin["title"] == story["title"]
    visit_ = await visit(browser, story["player_url"])
    page = visit_.page
    await page.wait_for_function("() => document.querySelector('.page.is-current img')?.complete")
    first = story["scenes"][0]
    assert await page.title() == story["title"]
    assert await page.locator(".page").count() == len(story["scenes"])
    assert (await visit_.state())["shown"] == 1
    current = page.locator(".page.is-current")
    assert await current.locator(".text").text_content() == first["text_segment"]
    assert await current.locator(".word").count() == len(twin["scenes"][0]["words"])
    picture = current.locator("img")
    assert await picture.evaluate("image => image.naturalWidth") == 1024
    alt = await picture.get_attribute("alt")
    assert alt.startswith("Picture for page 1: ") and alt[len("Picture for page 1: "):] in first["text_segment"]
    assert await current.get_attribute("aria-label") == f"Page 1 of {len(story['scenes'])}"
    assert visit_.errors == []


async def test_the_highlight_follows_the_audio_word_by_word(browser, story, twin):
    visit_ = await visit(browser, story["player_url"])
    await visit_.ready_to_play()
    words = twin["scenes"][0]["words"]
    for index in (0, 3, len(words) // 2, len(words) - 1):
        word = words[index]
        await visit_.seek((word["start"] + word["end"]) / 2)
        state = await visit_.state()
        assert (state["word"], state["wordText"], state["wordPage"]) == (index, word["text"], 1)

    await visit_.seek(words[2]["start"] + 0.01)
    await visit_.page.evaluate("document.getElementById('audio').play()")
    await visit_.page.wait_for_function("() => document.getElementById('audio').currentTime > 1.5")
    await visit_.page.evaluate("document.getElementById('audio').pause()")
    await visit_.page.wait_for_timeout(100)
    state = await visit_.state()
    assert state["paused"] and state["play"] == "Play"
    assert state["word"] == spoken_at(words, state["time"]) > 2, "playing moved the highlight on"


async def test_the_page_turns_where_each_scene_begins(browser, story, twin):
    visit_ = await visit(browser, story["player_url"])
    await visit_.ready_to_play()
    scenes = twin["scenes"]
    for before, scene in zip(scenes, scenes[1:]):
        await visit_.seek(scene["offset_seconds"] - 0.3)
        assert (await visit_.state())["page"] == before["scene_number"]
        await visit_.seek(scene["offset_seconds"] + 0.1)
        state = await visit_.state()
        assert state["page"] == scene["scene_number"] and state["shown"] == 1
        assert state["announced"] == f"Page {scene['scene_number']} of {len(scenes)}"
        first_word = scene["words"][0]
        await visit_.seek((first_word["start"] + first_word["end"]) / 2)
        state = await visit_.state()
        assert (state["wordPage"], state["word"], state["wordText"]) == (scene["scene_number"], 0, first_word["text"])

    # And while playing, with nobody seeking: the audio crosses into scene 2 and the page follows.
    boundary = scenes[1]["offset_seconds"]
    await visit_.seek(boundary - 0.6)
    await visit_.page.evaluate("document.getElementById('audio').play()")
    await visit_.page.wait_for_function(f"() => document.getElementById('audio').currentTime > {boundary + 0.3}")
    state = await visit_.state()
    assert state["page"] == 2 and state["wordPage"] == 2
    assert visit_.errors == []


async def test_the_keyboard_plays_pauses_and_turns_the_pages(browser, story, twin):
    visit_ = await visit(browser, story["player_url"])
    await visit_.ready_to_play()
    page = visit_.page
    offsets = [scene["offset_seconds"] for scene in twin["scenes"]]

    await page.keyboard.press("Tab")
    await page.keyboard.press("Tab")
    focused = await page.evaluate("""() => {
        const element = document.activeElement, style = getComputedStyle(element);
        return {id: element.id, visible: element.matches(':focus-visible'), outline: style.outlineStyle,
                width: parseFloat(style.outlineWidth)};
    }""")
    assert focused == {"id": "play", "visible": True, "outline": "solid", "width": 3}

    await page.keyboard.press("Space")
    await page.wait_for_function("() => !document.getElementById('audio').paused")
    assert (await visit_.state())["play"] == "Pause"
    await page.keyboard.press("k")
    # The button follows the audio's own events, which may come a moment after it pauses.
    await page.wait_for_function("() => document.getElementById('audio').paused"
                                 " && document.getElementById('play').textContent === 'Play'")
    assert (await visit_.state())["play"] == "Play"

    await page.keyboard.press("ArrowRight")
    await page.wait_for_timeout(150)
    state = await visit_.state()
    assert state["page"] == 2 and state["time"] == pytest.approx(offsets[1], abs=0.05)
    await page.keyboard.press("End")
    await page.wait_for_timeout(150)
    assert (await visit_.state())["page"] == len(offsets)
    await page.keyboard.press("ArrowLeft")
    await page.wait_for_timeout(150)
    assert (await visit_.state())["page"] == len(offsets) - 1
    await page.keyboard.press("Home")
    await page.wait_for_timeout(150)
    assert (await visit_.state())["page"] == 1

    # On the next-page button, Space presses that button (and does not start the story).
    await page.keyboard.press("Tab")
    assert await page.evaluate("document.activeElement.id") == "next"
    await page.keyboard.press("Space")
    await page.wait_for_timeout(150)
    state = await visit_.state()
    assert state["page"] == 2 and state["paused"]
    assert await page.evaluate("document.activeElement.id") == "next", "the focus stays where it was"


async def test_reduced_motion_stills_the_page_turns_and_the_highlight(browser, story):
    async def motion(visit_: Visit) -> dict:
        return await visit_.page.evaluate("""() => ({
            turn: getComputedStyle(document.querySelector('.page.is-current')).animationName,
            turnSeconds: getComputedStyle(document.querySelector('.page.is-current')).animationDuration,
            highlight: getComputedStyle(document.querySelector('.word')).transitionDuration,
            scrolling: getComputedStyle(document.documentElement).scrollBehavior,
            reduced: matchMedia('(prefers-reduced-motion: reduce)').matches,
        })""")

    moving = await motion(await visit(browser, story["player_url"]))
    assert moving == {"turn": "page-turn", "turnSeconds": "0.42s", "highlight": "0.16s, 0.16s", "scrolling": "smooth",
                      "reduced": False}
    still = await motion(await visit(browser, story["player_url"], reduced_motion="reduce"))
    assert still["reduced"] and still["turn"] == "none" and still["scrolling"] == "auto"
    assert set(still["highlight"].split(", ")) == {"0s"}


async def test_every_language_shows_its_own_words(browser, stories):
    for language, made in stories.items():
        visit_ = await visit(browser, made["player_url"])
        page = visit_.page
        await page.wait_for_function("() => document.querySelector('.page.is-current img')?.complete")
        words = UI_WORDS[language]
        assert await page.get_attribute("html", "lang") == language
        assert (await page.text_content("#play")).strip() == words["play"]
        assert words["previous"] in await page.text_content("#previous")
        assert await page.text_content(".page.is-current .page-number") == f"{words['page']} {len(made['scenes'])}"
        assert (await page.get_attribute(".page.is-current img", "alt")).startswith(words["alt"])
        assert await page.text_content(".page.is-current .text") == made["scenes"][0]["text_segment"]
        others = {other["play"] for code, other in UI_WORDS.items() if code != language} - {words["play"]}
        assert not others & {(await page.text_content("#play")).strip()}
        await page.click("#play")
        await page.wait_for_function("() => !document.getElementById('audio').paused")
        assert (await page.text_content("#play")).strip() == words["pause"]
        assert visit_.errors == [], language


async def test_nothing_is_loaded_from_anywhere_else(browser, api_url, story):
    page_response = httpx.get(story["player_url"])
    policy = page_response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy and "unsafe" not in policy
    assert page_response.headers["referrer-policy"] == "no-referrer"
    visit_ = await visit(browser, story["player_url"])
    await visit_.ready_to_play()
    await visit_.page.keyboard.press("k")
    await visit_.page.wait_for_function("() => document.getElementById('audio').currentTime > 0.5")
    await visit_.page.keyboard.press("ArrowRight")
    await visit_.page.wait_for_timeout(300)
    here = urlsplit(api_url).netloc
    assert visit_.requests and {urlsplit(url).netloc for url in visit_.requests} == {here}
    kinds = {urlsplit(url).path.rsplit(".", 1)[-1] for url in visit_.requests}
    assert {"css", "js", "json", "png", "mp3"} <= kinds
    assert visit_.errors == []


async def test_a_screenshot_shows_the_picture_and_the_text(browser, story, tmp_path):
    visit_ = await visit(browser, story["player_url"])
    page = visit_.page
    await page.wait_for_function("() => document.querySelector('.page.is-current img')?.complete")
    # The page slides and fades in (420 ms); on a busy machine the picture can be loaded
    # while it is still half transparent.
    await page.wait_for_function(
        "() => document.querySelector('.page.is-current').getAnimations().every(a => a.playState === 'finished')")
    path = tmp_path / "player.png"
    await page.screenshot(path=str(path))
    shot = Image.open(path).convert("RGB")
    assert shot.size == (1200, 800)
    assert len(shot.getcolors(1_000_000)) > 2000, "not a blank page"
    assert max(ImageStat.Stat(shot).stddev) > 20

    box = await page.locator(".page.is-current img").bounding_box()
    seen = shot.crop((round(box["x"]), round(box["y"]), round(box["x"] + box["width"]),
                      round(box["y"] + box["height"]))).resize((48, 48))
    drawn = Image.open(io.BytesIO(httpx.get(story["scenes"][0]["image_url"]).content)).convert("RGB").resize((48, 48))
    difference = ImageStat.Stat(ImageChops.difference(seen, drawn)).mean
    assert max(difference) < 12, f"the screenshot shows scene 1's picture where the page puts it ({difference})"
    text = await page.locator(".page.is-current .text").bounding_box()
    words = shot.crop((round(text["x"]), round(text["y"]), round(text["x"] + text["width"]),
                       round(text["y"] + min(text["height"], 200))))
    assert max(ImageStat.Stat(words).stddev) > 30, "the words are drawn"


class HoldTheRest(Chaos):
    """The story's scenes wait until the test lets them be split; then scene 1 is spoken, and
    every other scene's narration and every picture waits until the test lets them go on."""

    def __init__(self) -> None:
        super().__init__({})
        self.narrations = 0
        self.split = asyncio.Event()
        self.release = asyncio.Event()

    async def strike(self, capability: str) -> None:
        if capability == "scenes":
            await self.split.wait()
        if capability == "narration":
            self.narrations += 1
            if self.narrations == 1:
                return
        if capability in ("narration", "illustration"):
            await self.release.wait()


async def test_a_story_being_made_shows_what_is_missing_then_fills_in(browser, client, api_url, token_for,
                                                                      session_home):
    user = str(uuid.uuid4())
    story_id = await create_story_row(user, language="it", target_duration=120)
    owner = parent_client(api_url, token_for, user)
    hold = HoldTheRest()
    async with story_worker(client, media_dir(session_home), injector=hold) as queue:
        run = asyncio.ensure_future(run_story(client, queue, story_id, user))
        try:
            # Opened before the story has any scene: a page that waits, in the story's language.
            story = (await asyncio.to_thread(owner.get, f"/v1/stories/{story_id}")).json()
            assert story["scenes"] == []
            page = await (await browser.new_context()).new_page()
            requests: list[str] = []
            errors: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            await page.goto(story["player_url"])
            await page.wait_for_function("() => document.getElementById('status').textContent.startsWith('La storia')")
            assert await page.text_content("h1") == "Una storia di Storyloom"
            assert await page.locator(".page").count() == 0 and await page.is_disabled("#play")
            visit_ = Visit(page, requests, errors)

            hold.split.set()
            await page.wait_for_function("() => document.querySelectorAll('.page.is-current .word').length > 5",
                                         timeout=60_000)
            assert not run.done(), run
            story = (await asyncio.to_thread(owner.get, f"/v1/stories/{story_id}")).json()
            count = len(story["scenes"])
            assert count >= 3
            state = await visit_.state()
            assert state["page"] == 1 and "La storia è ancora in preparazione" in state["status"]
            assert await page.text_content("h1") == story["title"] == await page.title()
            first = page.locator(".page.is-current")
            assert await first.locator(".placeholder.is-pending").text_content() == \
                "Il disegno di questa pagina è ancora in preparazione…"
            assert await first.locator("img").count() == 0

            await page.click("#play")
            await page.wait_for_function("() => document.getElementById('audio').currentTime > 0.3")
            state = await visit_.state()
            assert state["source"].split("?")[0].endswith("/scene-1.mp3") and state["wordPage"] == 1
            await page.click("#play")
            await page.click("#next")
            second = page.locator(".page.is-current")
            assert await second.get_attribute("data-scene") == "2"
            assert await second.locator(".note").text_content() == \
                "Questa pagina deve ancora essere letta ad alta voce…"
            assert await second.locator(".word").count() == 0
            assert await second.locator(".text").text_content() == story["scenes"][1]["text_segment"]
        finally:
            hold.split.set()
            hold.release.set()
        outcome = await run
    assert outcome.status == "completed"

    # The page polls and fills in by itself: the words, the pictures, then the whole story's audio.
    await page.wait_for_function(f"() => document.querySelectorAll('.page img').length === {count}", timeout=30_000)
    await page.wait_for_function(
        "() => document.getElementById('audio').currentSrc.split('?')[0].endsWith('/story.mp3')", timeout=30_000)
    await page.wait_for_function("() => document.getElementById('status').textContent === ''", timeout=30_000)
    assert await page.locator(".page.is-current .word").count() > 5
    assert await page.locator(".page.is-current .note").text_content() == ""
    await visit_.ready_to_play()
    offsets = (await asyncio.to_thread(owner.get, f"/v1/stories/{story_id}/read-along")).json()["scenes"]
    assert (await visit_.state())["time"] == pytest.approx(offsets[1]["offset_seconds"], abs=0.05), \
        "the whole story's audio takes over where the page is"
    assert {urlsplit(url).netloc for url in visit_.requests} == {urlsplit(api_url).netloc}
    assert visit_.errors == []
    owner.close()
