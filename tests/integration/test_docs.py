"""The README tells the truth: its transcript is what the command prints, CI runs its commands."""

import re

import pytest

from newsgraph.cli import main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block_after(marker: str) -> str:
    match = re.search(re.escape(marker) + r".*?\n```\w*\n(.*?)\n```", README, re.S)
    assert match, f"no code block after {marker!r} in README.md"
    return match.group(1)


@pytest.mark.model
def test_readme_transcript_is_the_real_output(capsys):
    args = ["extract", "examples/kim-lavrov-talks.txt", "--published", "2025-07-13", "--format", "text"]
    assert main([args[0], str(ROOT / args[1]), *args[2:]]) == 0
    assert capsys.readouterr().out.rstrip("\n") == _block_after("<!-- transcript:")


def test_ci_runs_the_quick_start_and_test_commands():
    quick_start = _block_after("## Quick start")
    tests = _block_after("and this runs the tests:")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start in ci and tests in ci


def test_every_record_key_is_documented():
    for key in ("schema", "article", "actors", "quotes", "events", "times", "places", "removed", "via",
                "negated", "hypothetical", "quad_class", "goldstein", "addressee", "anchor", "dateline"):
        assert f"`{key}`" in README, key
