"""The command line explains itself and starts fast: every command and option has a help line,
and neither ``--help`` nor a query loads spaCy or the copy finder's numerical libraries."""

import argparse
import subprocess
import sys

from newsgraph.cli import _parser
from newsgraph.store import open_store


def _commands(parser, prefix="newsgraph"):
    yield prefix, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helped = {choice.dest for choice in action._choices_actions if choice.help}
            for name, sub in action.choices.items():
                assert name in helped, f"{prefix} {name} has no help line"
                yield from _commands(sub, f"{prefix} {name}")


def test_every_command_and_option_has_a_help_line():
    assert {"newsgraph export", "newsgraph eval geo", "newsgraph serve"} <= {name for name, _ in _commands(_parser())}
    missing = [f"{name} {'/'.join(action.option_strings) or action.dest}"
               for name, parser in _commands(_parser()) for action in parser._actions
               if not isinstance(action, argparse._SubParsersAction) and not action.help]
    assert missing == []


def test_help_and_queries_start_without_spacy(tmp_path):
    probe = ("import sys; from newsgraph.cli import main\n"
             "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "heavy = sorted(m for m in ('spacy', 'numpy', 'datasketch', 'newsgraph.pipeline') if m in sys.modules)\n"
             "print(' '.join(heavy), file=sys.stderr)")
    db = str(tmp_path / "news.db")
    open_store(db).close()
    for args in (["--help"], ["events", "--help"], ["events", "--db", db, "--type", "CONSULT"],
                 ["quotes", "--db", db], ["export", "--db", db, "--format", "csv", "-o", "-"]):
        run = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True)
        assert run.stderr.splitlines()[-1] == "", (args, run.stderr)
        assert "Traceback" not in run.stderr
