"""The README's Commands table stays true to the CLI: every command is there, with every
flag it takes (argparse is the source; the README is what a new user reads)."""

import argparse
import re
from pathlib import Path

from api.operations.cli import parser

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def commands_table() -> dict[str, str]:
    section = README.split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        match = re.match(r"\| `storyloom ([a-z-]+(?: [a-z][a-z-]*)?)", line)
        if match:
            rows[match[1]] = line
    return rows


def subcommands(root: argparse.ArgumentParser, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    found = {}
    for action in root._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = subcommands(sub, f"{prefix}{name} ")
                found.update(nested or {f"{prefix}{name}": sub})
    return found


def test_every_command_and_flag_is_in_the_readme():
    rows = commands_table()
    missing = []
    for name, sub in subcommands(parser()).items():
        row = rows.get(name)
        if row is None:
            missing.append(f"storyloom {name}")
            continue
        for action in sub._actions:
            flags = [option for option in action.option_strings if option.startswith("--") and option != "--help"]
            if flags and not any(flag in row for flag in flags):
                missing.append(f"storyloom {name} {flags[0]}")
    assert not missing, "the README's Commands table misses: " + ", ".join(missing)
