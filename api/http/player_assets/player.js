// The story player: plays a story's narration, shows each page's picture, highlights
// the word being spoken and turns the page where the next scene begins.
//
// Everything it shows comes from the JSON twin of its own address (…/story.json with
// the same signed query), polled while the story is still being made. Two ways to
// play: the whole story's MP3 once the narration is complete (the clock is the audio's
// own time), or scene by scene while it is being made (the clock is the scene's
// offset plus the time in that scene's MP3), moving on to the whole MP3 when it comes.
"use strict";

(() => {
  const strings = JSON.parse(document.body.dataset.strings);
  const byId = (id) => document.getElementById(id);
  const audio = byId("audio");
  const pagesElement = byId("pages");
  const statusElement = byId("status");
  const announcer = byId("announcer");
  const playButton = byId("play");
  const previousButton = byId("previous");
  const nextButton = byId("next");
  const position = byId("position");
  const clock = byId("clock");
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  const dataUrl = location.pathname.replace(/\/+$/, "") + "/story.json" + location.search;
  const POLL_MS = 2000;
  // A seek lands within a frame of where it was asked to: a page starting this close is the current one.
  const PAGE_EPSILON = 0.05;

  const state = {
    story: null,
    pages: new Map(), // scene_number -> what is drawn for it
    current: 0, // index of the page shown
    mode: null, // "story" | "scene" | null (nothing to play yet)
    sceneIndex: null, // in "scene" mode: whose MP3 is loaded
    wantsToPlay: false,
    waiting: false, // playback reached a page that is not narrated yet
    expectPause: false, // the next pause event is ours, not the listener's
    dragging: false,
    ticking: false, // a frame loop follows the audio
    spoken: null, // the highlighted word
  };

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));

  function element(tag, className) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    return node;
  }

  function firstSentence(text) {
    const match = text.match(/^[\s\S]*?[.!?…](?=\s|$)/);
    const sentence = (match ? match[0] : text).trim();
    return sentence.length > 160 ? sentence.slice(0, 159).trimEnd() + "…" : sentence;
  }

  function minutes(seconds) {
    const whole = Math.max(0, Math.floor(seconds || 0));
    return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
  }

  // -- reading the story ---------------------------------------------------------------

  async function poll() {
    let response;
    try {
      response = await fetch(dataUrl, { cache: "no-store", credentials: "omit" });
    } catch (error) {
      return retryLater();
    }
    if (response.status === 403) return giveUp(strings.expired);
    if (response.status === 404) return giveUp(strings.gone);
    if (!response.ok) return retryLater();
    const story = await response.json();
    update(story);
    if (!story.finished) window.setTimeout(poll, POLL_MS);
  }

  function retryLater() {
    statusElement.textContent = strings.unavailable;
    window.setTimeout(poll, POLL_MS * 2);
  }

  function giveUp(message) {
    // What is already loaded keeps playing; nothing new will come.
    statusElement.textContent = message;
  }

  function update(story) {
    state.story = story;
    if (story.title) {
      byId("story-title").textContent = story.title;
      document.title = story.title;
    }
    story.scenes.forEach((scene, index) => drawPage(scene, index, story));
    // The first answer may come before the story is split into scenes.
    if (story.scenes.length && !pagesElement.querySelector(".page.is-current")) showPage(0, false);
    chooseAudio();
    showStatus();
    refreshControls();
  }

  function showStatus() {
    const story = state.story;
    if (story.status === "failed") statusElement.textContent = strings.failed;
    else if (state.waiting && state.wantsToPlay) statusElement.textContent = strings.waiting;
    else if (!story.finished) statusElement.textContent = strings.making;
    else statusElement.textContent = "";
  }

  // -- drawing the pages ----------------------------------------------------------------

  function pageAt(index) {
    const scene = state.story && state.story.scenes[index];
    return scene ? state.pages.get(scene.scene_number) : undefined;
  }

  function drawPage(scene, index, story) {
    let page = state.pages.get(scene.scene_number);
    if (!page) {
      const section = element("section", "page");
      section.hidden = true;
      section.dataset.scene = scene.scene_number;
      const figure = element("figure", "picture");
      const body = element("div", "page-body");
      const number = element("p", "page-number");
      const text = element("p", "text");
      const note = element("p", "note");
      body.append(number, text, note);
      section.append(figure, body);
      pagesElement.append(section);
      page = { section, figure, number, text, note, words: [], wordElements: [], textKey: null, pictureKey: null };
      state.pages.set(scene.scene_number, page);
    }
    const label = fill(strings.page, { n: index + 1, total: story.scenes.length });
    page.section.setAttribute("aria-label", label);
    page.number.textContent = label;
    const textKey = `${scene.text_segment}\u0000${scene.words.length}`;
    if (page.textKey !== textKey) {
      drawText(page, scene);
      page.textKey = textKey;
    }
    drawPicture(page, scene, index);
    page.note.textContent = scene.status === "ready" ? "" : story.finished ? strings.audioNone : strings.audioPending;
  }

  function drawText(page, scene) {
    const text = scene.text_segment;
    const fragment = document.createDocumentFragment();
    const wordElements = [];
    let at = 0;
    scene.words.forEach((word, index) => {
      if (word.char_start > at) fragment.append(text.slice(at, word.char_start));
      const span = element("span", "word");
      span.textContent = text.slice(word.char_start, word.char_end);
      span.dataset.index = String(index);
      fragment.append(span);
      wordElements.push(span);
      at = word.char_end;
    });
    fragment.append(text.slice(at));
    page.text.replaceChildren(fragment);
    page.words = scene.words;
    page.wordElements = wordElements;
    if (state.spoken && !state.spoken.isConnected) state.spoken = null;
  }

  function drawPicture(page, scene, index) {
    // Links are signed afresh on every poll: a picture already shown is not loaded again.
    if (page.pictureKey === scene.picture) return;
    page.pictureKey = scene.picture;
    if (scene.picture === "ready") {
      const image = new Image();
      image.alt = fill(strings.pictureAlt, { n: index + 1, text: firstSentence(scene.text_segment) });
      image.src = scene.image_url;
      page.figure.replaceChildren(image);
    } else {
      const placeholder = element("p", scene.picture === "pending" ? "placeholder is-pending" : "placeholder");
      placeholder.textContent = scene.picture === "pending" ? strings.picturePending : strings.pictureNone;
      page.figure.replaceChildren(placeholder);
    }
  }

  function showPage(index, announce) {
    const page = pageAt(index);
    if (!page) return;
    if (index === state.current && page.section.classList.contains("is-current")) return;
    state.pages.forEach((other) => {
      other.section.hidden = true;
      other.section.classList.remove("is-current");
    });
    state.current = index;
    page.section.hidden = false;
    void page.section.offsetWidth; // so the page-turn animation starts again
    page.section.classList.add("is-current");
    if (announce) announcer.textContent = page.number.textContent;
    highlight(null);
    refreshControls();
  }

  function highlight(word) {
    if (word === state.spoken) return;
    if (state.spoken) state.spoken.classList.remove("is-spoken");
    state.spoken = word;
    if (word) {
      word.classList.add("is-spoken");
      word.scrollIntoView({ block: "nearest", inline: "nearest", behavior: reducedMotion.matches ? "auto" : "smooth" });
    }
  }

  // -- the clock ------------------------------------------------------------------------

  function storyTime() {
    if (state.mode === "story") return audio.currentTime;
    if (state.mode === "scene") return (state.story.scenes[state.sceneIndex].offset_seconds || 0) + audio.currentTime;
    return 0;
  }

  function sync() {
    if (!state.story || !state.mode) return;
    const time = storyTime();
    if (state.mode === "story") {
      let index = 0;
      state.story.scenes.forEach((scene, at) => {
        if (scene.offset_seconds !== null && scene.offset_seconds <= time + PAGE_EPSILON) index = at;
      });
      if (index !== state.current) showPage(index, true);
    }
    const page = pageAt(state.current);
    let spoken = null;
    if (page && (state.mode === "story" || state.sceneIndex === state.current)) {
      // The word being said, or the last one said while the voice pauses.
      for (let at = 0; at < page.words.length && page.words[at].start <= time; at++) spoken = page.wordElements[at];
    }
    highlight(spoken);
    showClock(time);
  }

  function showClock(time) {
    const total = state.story && state.story.duration_seconds;
    clock.textContent = total ? `${minutes(time)} / ${minutes(total)}` : minutes(time);
    if (state.mode === "story" && !state.dragging) position.value = String(time);
  }

  function frame() {
    sync();
    if (audio.paused) state.ticking = false;
    else window.requestAnimationFrame(frame);
  }

  // -- the audio ------------------------------------------------------------------------

  function load(source, at, play) {
    if (!audio.paused) {
      state.expectPause = true;
      audio.pause();
    }
    audio.addEventListener("loadedmetadata", () => {
      if (at > 0) audio.currentTime = at;
      if (play) start();
      sync();
    }, { once: true });
    audio.src = source;
  }

  function loadScene(index, play) {
    state.mode = "scene";
    state.sceneIndex = index;
    state.waiting = false;
    load(state.story.scenes[index].audio_url, 0, play);
  }

  function start() {
    audio.play().catch(() => {
      state.wantsToPlay = false;
      refreshControls();
    });
  }

  function chooseAudio() {
    const story = state.story;
    const scene = story.scenes[state.current];
    if (story.complete && story.audio_url) {
      if (state.mode === "story") return;
      const at = state.mode === "scene" && state.sceneIndex === state.current ? storyTime()
        : (scene && scene.offset_seconds) || 0;
      state.mode = "story";
      state.sceneIndex = null;
      state.waiting = false;
      load(story.audio_url, at, state.wantsToPlay);
    } else if ((state.mode === null || state.waiting) && scene && scene.status === "ready") {
      loadScene(state.current, state.wantsToPlay);
    }
  }

  function toggle() {
    if (state.wantsToPlay) {
      state.wantsToPlay = false;
      state.waiting = false;
      if (!audio.paused) {
        state.expectPause = true;
        audio.pause();
      }
    } else {
      state.wantsToPlay = true;
      if (state.mode && !state.waiting) start();
      else state.waiting = true;
    }
    if (state.story) showStatus();
    refreshControls();
  }

  function goTo(index) {
    const scenes = state.story ? state.story.scenes : [];
    if (index < 0 || index >= scenes.length) return;
    showPage(index, true);
    const scene = scenes[index];
    if (state.mode === "story") {
      audio.currentTime = scene.offset_seconds || 0;
    } else if (scene.status === "ready") {
      loadScene(index, state.wantsToPlay);
    } else {
      if (!audio.paused) {
        state.expectPause = true;
        audio.pause();
      }
      state.waiting = true;
    }
    showStatus();
    sync();
  }

  audio.addEventListener("play", () => {
    // A play event can arrive after a quick pause (Space, then "k"): it is stale then.
    if (audio.paused) return;
    state.wantsToPlay = true;
    refreshControls();
  });
  audio.addEventListener("playing", () => {
    if (state.ticking) return;
    state.ticking = true;
    window.requestAnimationFrame(frame);
  });
  audio.addEventListener("pause", () => {
    if (state.expectPause) {
      state.expectPause = false;
      return;
    }
    if (!audio.ended) {
      state.wantsToPlay = false;
      refreshControls();
    }
  });
  audio.addEventListener("timeupdate", sync);
  audio.addEventListener("seeked", sync);
  audio.addEventListener("ended", () => {
    const scenes = state.story.scenes;
    const next = state.mode === "scene" ? state.sceneIndex + 1 : scenes.length;
    if (next >= scenes.length) {
      state.wantsToPlay = false;
      refreshControls();
      return;
    }
    showPage(next, true);
    if (state.story.complete && state.story.audio_url) {
      state.mode = "story";
      state.sceneIndex = null;
      load(state.story.audio_url, scenes[next].offset_seconds || 0, true);
    } else if (scenes[next].status === "ready") {
      loadScene(next, true);
    } else {
      state.waiting = true;
    }
    showStatus();
  });

  // -- the controls ---------------------------------------------------------------------

  function refreshControls() {
    const count = state.story ? state.story.scenes.length : 0;
    // aria-disabled rather than disabled: a button the keyboard is on keeps the focus.
    previousButton.setAttribute("aria-disabled", String(state.current <= 0));
    nextButton.setAttribute("aria-disabled", String(state.current >= count - 1));
    previousButton.disabled = nextButton.disabled = count === 0;
    playButton.disabled = count === 0;
    playButton.textContent = state.wantsToPlay ? strings.pause : strings.play;
    position.disabled = state.mode !== "story";
    if (state.mode === "story" && state.story.duration_seconds) position.max = String(state.story.duration_seconds);
  }

  playButton.addEventListener("click", toggle);
  previousButton.addEventListener("click", () => goTo(state.current - 1));
  nextButton.addEventListener("click", () => goTo(state.current + 1));
  position.addEventListener("pointerdown", () => { state.dragging = true; });
  position.addEventListener("pointerup", () => { state.dragging = false; });
  position.addEventListener("input", () => {
    if (state.mode === "story") audio.currentTime = Number(position.value);
  });

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !state.story) return;
    const onButton = event.target instanceof HTMLButtonElement;
    const onSlider = event.target === position;
    let act = null;
    if (event.key === " " && !onButton) act = toggle;
    else if (event.key === "k" || event.key === "K") act = toggle;
    else if (!onSlider && ["ArrowRight", "PageDown", "n", "N"].includes(event.key)) act = () => goTo(state.current + 1);
    else if (!onSlider && ["ArrowLeft", "PageUp", "p", "P"].includes(event.key)) act = () => goTo(state.current - 1);
    else if (!onSlider && event.key === "Home") act = () => goTo(0);
    else if (!onSlider && event.key === "End") act = () => goTo(state.story.scenes.length - 1);
    if (act) {
      event.preventDefault();
      act();
    }
  });

  poll();
})();
