"""audio-synthesis while a story's pictures are still being drawn, through supabase-py's
own functions client with its default timeout (5 s), as an app built on it would call.

    uv run python -m tests.bench.fast_audio [--rounds 5] [--picture-seconds 30]

Not a test. It starts `storyloom up` on a temporary home with pictures that take
`--picture-seconds` each (STORYLOOM_CHAOS), then per round: a new parent and hero, a
one-minute story (story-generation answers once text and scenes are saved), a wait until
the story's narration is done, and audio-synthesis of the story in its own voice with
the text sent back, as the iOS app does. Printed: per round, the call's time at the
client and the API's `meta.processing_time`, whether the pictures were still being drawn
when it answered; then p50 and max, and how many calls the 5 s client gave up on.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import warnings
from pathlib import Path

import httpx
from supabase_functions import SyncFunctionsClient
from supabase_functions.utils import DEFAULT_FUNCTION_CLIENT_TIMEOUT

from tests.bench.api_load import Stack, percentile


def one_round(stack: Stack) -> dict:
    token = stack.token()
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=stack.url, headers=headers, timeout=180) as api:
        hero = api.post("/v1/heroes", json={"name": "Luna", "primary_trait": "brave", "secondary_trait": "kind"})
        story = api.post("/functions/v1/story-generation", json={
            "hero_id": hero.json()["id"], "event": {"type": "built_in", "data": {"event": "cloud_castle_journey"}},
            "target_duration": 60, "language": "en"}).json()["data"]
        voice = api.get(f"/v1/stories/{story['story_id']}").json()["audio_voice"]
        while api.get(f"/v1/stories/{story['story_id']}/progress").json()["narration"] != "completed":
            time.sleep(0.2)
        # As supabase.Client.functions builds it: the library's default timeout (5 s).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            functions = SyncFunctionsClient(f"{stack.url}/functions/v1", {"Authorization": f"Bearer {token}"},
                                            timeout=DEFAULT_FUNCTION_CLIENT_TIMEOUT)
        started = time.perf_counter()
        try:
            answer = functions.invoke("audio-synthesis", {"responseType": "json", "body": {
                "story_id": story["story_id"], "text": story["content"], "voice": voice, "language": "en"}})
            gave_up = False
        except Exception as error:  # the client's own timeout (or any failure) counts as given up
            answer, gave_up = None, type(error).__name__
        seconds = time.perf_counter() - started
        drawing = api.get(f"/v1/stories/{story['story_id']}/progress").json()
    meta = json.loads(answer)["meta"] if isinstance(answer, (bytes, str)) else (answer or {}).get("meta", {})
    return {"seconds": seconds, "processing_ms": meta.get("processing_time"), "gave_up": gave_up,
            "drawing": any(scene["status"] != "completed" for scene in drawing["scenes"])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--picture-seconds", type=int, default=30)
    arguments = parser.parse_args()
    chaos = (f'{{"illustration": {{"latency_ms": [{arguments.picture_seconds * 1000}, '
             f'{arguments.picture_seconds * 1000 + 5000}]}}}}')
    with tempfile.TemporaryDirectory(prefix="storyloom-bench-") as home:
        stack = Stack(Path(home), workers=1, api_workers=1, chaos=chaos)
        try:
            rounds = []
            print(f"{'round':>5}{'client s':>10}{'api ms':>8}{'drawing':>9}{'gave up':>9}")
            for number in range(1, arguments.rounds + 1):
                result = one_round(stack)
                rounds.append(result)
                print(f"{number:>5}{result['seconds']:>10.3f}{result['processing_ms'] or '-':>8}"
                      f"{'yes' if result['drawing'] else 'no':>9}{result['gave_up'] or 'no':>9}")
        finally:
            stack.stop()
    seconds = [r["seconds"] for r in rounds]
    print(f"audio_while_drawing_p50_s={percentile(seconds, 0.5):.3f} max_s={max(seconds):.3f} "
          f"gave_up={sum(bool(r['gave_up']) for r in rounds)}/{len(rounds)} "
          f"answered_while_drawing={sum(r['drawing'] for r in rounds)}/{len(rounds)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
