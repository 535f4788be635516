"""No Docker engine runs here, so the compose file is checked for consistency with
the code: services, images, commands that exist, environment names that are read."""

import re
from pathlib import Path

import yaml

from api.operations.cli import parser

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
STORYLOOM_SERVICES = ("api", "worker", "migrate")


def environment_names_read_by_code() -> set[str]:
    pattern = re.compile(r"""environ(?:\.get)?[\[(]\s*["']([A-Z0-9_]+)["']""")
    names = set()
    for package in ("contracts", "api", "workflows", "activities", "db", "worker"):
        for path in (ROOT / package).rglob("*.py"):
            names.update(pattern.findall(path.read_text()))
    return names


def cli_commands() -> set[str]:
    subparsers = next(action for action in parser()._actions if action.dest == "command")
    return set(subparsers.choices)


def test_the_stack_has_every_service():
    assert {"postgres", "temporal", "temporal-ui", "api", "worker", "migrate"} <= set(SERVICES)
    for name in ("postgres", "temporal", "temporal-ui", "temporal-setup"):
        image = SERVICES[name]["image"]
        assert ":" in image and not image.endswith(":latest"), f"{name} pins its image"


def test_temporal_runs_on_the_stack_postgres():
    temporal = SERVICES["temporal"]["environment"]
    assert temporal["DB"].startswith("postgres") and temporal["POSTGRES_SEEDS"] == "postgres"


def test_storyloom_services_share_one_image_and_run_real_commands():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert 'ENTRYPOINT ["storyloom"]' in dockerfile
    for source in re.findall(r"^COPY (.+) \./?\S*$", dockerfile, re.M):
        for item in source.split():
            assert (ROOT / item).exists(), f"Dockerfile copies {item}, which is missing"
    for name in STORYLOOM_SERVICES:
        service = SERVICES[name]
        assert service["build"] == "." and service["image"] == "storyloom:local"
        assert service["command"][0] in cli_commands(), f"{name} runs a storyloom command that exists"


def test_environment_names_are_ones_the_code_reads():
    read = environment_names_read_by_code()
    for name in STORYLOOM_SERVICES:
        unknown = set(SERVICES[name]["environment"]) - read
        assert not unknown, f"{name} sets {unknown}, which no code reads"
    assert {"DATABASE_URL", "TEMPORAL_ADDRESS", "SUPABASE_JWT_SECRET"} <= set(SERVICES["api"]["environment"])


def test_search_attributes_match_what_the_api_sets():
    from api.operations.embedded_temporal import SEARCH_ATTRIBUTES

    command = " ".join(SERVICES["temporal-setup"]["command"])
    for name, kind in SEARCH_ATTRIBUTES.items():
        assert f"--name {name} --type {kind}" in command or (f"--name {name}" in command and f"--type {kind}" in command)
