"""`storyloom tell`: one command, one whole story in a folder."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from PIL import Image

from db.embedded import free_port

pytestmark = pytest.mark.e2e


def test_tell_writes_the_story_its_audio_and_pictures(tmp_path):
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("DATABASE_URL", "TEMPORAL_ADDRESS", "SUPABASE_JWT_SECRET")}
    environment["STORYLOOM_HOME"] = str(tmp_path / "home")
    out = tmp_path / "story"
    result = subprocess.run(
        [sys.executable, "-m", "api.operations.cli", "tell", "--name", "Noa", "--traits", "clever,cheerful",
         "--event", "weather_wizard_training", "--language", "es", "--duration", "90", "--voice", "fable",
         "--pg-port", str(free_port()), "--out", str(out)],
        env=environment, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == str(out.resolve()), "stdout is only the folder"
    assert "100%" in result.stderr
    closing = [line for line in result.stderr.splitlines() if " words, " in line]
    assert closing and "scenes" in closing[-1] and "read aloud" in closing[-1], result.stderr[-500:]
    markdown = (out / "story.md").read_text()
    assert markdown.startswith("# ") and "Noa" in markdown
    pictures = sorted(out.glob("scene-*.png"))
    assert 3 <= len(pictures) <= 6
    assert all(Image.open(io.BytesIO(path.read_bytes())).size == (1024, 1024) for path in pictures)
    assert (out / "story.mp3").stat().st_size > 50_000
    assert not (tmp_path / "home" / "stack.json").exists(), "the stack it started is stopped"
