"""One voice in every output (issue 13): the same figures, words and rules in every format, at any width."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tango_check.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
PACK = ROOT / "rule-packs" / "heuvelland"
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "FORCE_COLOR": None, "TERM": "xterm", "LANG": "en_GB.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}


def invoke(*args: str, **env: str | None):
    return CliRunner().invoke(app, list(args), env={**ENV, **env})


# --- the examples folder, and a rule pack given as a partnership ------------------


def test_the_examples_folder_assesses_every_file() -> None:
    result = invoke("assess", str(EXAMPLES), "--format", "json")
    assert result.exit_code == 1, result.stderr  # some examples are not ready; none is unreadable
    batch = json.loads(result.stdout)
    assert batch["errors"] == []
    assert batch["summary"]["files"] == batch["summary"]["assessed"] == len(list(EXAMPLES.rglob("*.yaml")))


def test_a_rule_pack_given_as_a_partnership_says_so() -> None:
    result = invoke("assess", str(PACK / "heuvelland.yaml"))
    assert result.exit_code == 2
    assert "this is a rule pack, not a partnership file; pass its folder with --rules" in result.stderr
    assert "unknown field" not in result.stderr
    dutch = invoke("validate", str(PACK / "heuvelland.yaml"), "--lang", "nl")
    assert "dit is een regelpakket" in dutch.stderr and dutch.exit_code == 2


def test_the_rule_pack_still_works_with_rules() -> None:
    result = invoke("assess", str(EXAMPLES / "broker-ready.yaml"), "--rules", str(PACK), "--format", "json")
    assert "HVL01" in {finding["rule_id"] for finding in json.loads(result.stdout)["findings"]}
