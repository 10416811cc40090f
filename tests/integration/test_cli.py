"""The newsgraph command: output formats, and one clear line for every bad input."""

import json
import subprocess
import sys

import pytest

from newsgraph.cli import main
from tests.conftest import EXAMPLE

pytestmark = pytest.mark.model


def test_extract_json_is_the_record_contract(capsys):
    assert main(["extract", str(EXAMPLE), "--published", "2025-07-13"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "newsgraph/1"
    assert data["article"]["published"] == "2025-07-13"
    assert {a["code"] for a in data["actors"]} >= {"PRKGOV", "RUSGOV"}


def test_extract_text_has_one_line_per_record(capsys):
    assert main(["extract", str(EXAMPLE), "--published", "2025-07-13", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Sergei Lavrov [RUSGOV] person" in out
    assert '2025-07-12 040 CONSULT: Kim Jong-un -> Sergei Lavrov  "held"  via Korean Central News Agency' in out


def test_several_inputs_give_json_lines_and_a_bad_one_fails_alone(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Putin met Xi Jinping in Moscow.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    (tmp_path / "c.txt").write_text("Biden called Zelensky on Friday.", encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["schema"] == "newsgraph/1" for line in lines)
    assert "b.txt: NG102" in captured.err and "1 of 3 inputs failed" in captured.err


@pytest.mark.parametrize("content, code", [
    (b"", "NG101"), (b"\x00\x01\x02\x03", "NG102"), (b"Caf\xe9 au lait", "NG103"),
])
def test_bad_single_input_is_one_line_without_traceback(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    run = subprocess.run([sys.executable, "-m", "newsgraph", "extract", str(path)], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.startswith(f"newsgraph: {code}: ") and len(run.stderr.strip().splitlines()) == 1
    assert "Traceback" not in run.stderr


def test_stdin_is_read_with_dash():
    run = subprocess.run([sys.executable, "-m", "newsgraph", "extract", "-", "--format", "jsonl"],
                         input="Lavrov met Kim on Saturday.".encode(), capture_output=True)
    assert run.returncode == 0
    assert json.loads(run.stdout)["article"]["text"] == "Lavrov met Kim on Saturday."


def test_missing_model_names_the_pip_command():
    run = subprocess.run([sys.executable, "-m", "newsgraph", "extract", str(EXAMPLE), "--model", "en_core_web_nope"],
                         capture_output=True, text=True)
    assert run.returncode == 3
    assert "NG201" in run.stderr and "pip install en-core-web-nope" in run.stderr


def test_extract_reads_what_run_reads_with_the_same_options(tmp_path, capsys):
    feed = tmp_path / "feed.dat"
    feed.write_text(json.dumps({"body": "Putin met Xi Jinping in Moscow.", "date": "2024-05-13"}) + "\n",
                    encoding="utf-8")
    assert main(["extract", str(feed), "--input-format", "jsonl", "--columns", "text=body,published=date"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["article"]["published"] == "2024-05-13" and record["events"][0]["plover"] == "CONSULT"


def test_extract_json_of_several_is_one_array_and_a_missing_file_is_skipped(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Putin met Xi Jinping in Moscow.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Biden called Zelensky on Friday.", encoding="utf-8")
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "gone.txt"), str(tmp_path / "b.txt")]
    assert main(["extract", *paths, "--format", "json"]) == 1
    captured = capsys.readouterr()
    records = json.loads(captured.out)
    assert [r["article"]["text"][:5] for r in records] == ["Putin", "Biden"]
    assert f"{paths[1]}: NG104: '{paths[1]}' does not exist" in captured.err
    assert "1 of 3 inputs failed" in captured.err


def test_files_a_folder_holds_that_newsgraph_does_not_read_are_named(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Putin met Xi Jinping in Moscow.", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "skipped 1 file in folders, of no format newsgraph reads" in captured.err
    assert str(tmp_path / "scan.pdf") in captured.err


def test_eval_quotes_scores_a_chain_file_and_writes_its_errors(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cases = [{"id": "C1", "kind": "quoted-as-saying", "depth": 2,
              "text": "Xinhua quoted Foreign Minister Wang Yi as saying that talks would resume.",
              "quotes": [{"content": "talks would resume", "speaker": "Wang Yi", "addressee": None, "via": ["Xinhua"]}]},
             {"id": "C2", "kind": "plain", "depth": 1, "text": "Wang Yi said talks would resume.",
              "quotes": [{"content": "talks would resume", "speaker": "Wang Yi", "addressee": None,
                          "via": ["Wang Yi"]}]}]  # a wrong expectation, to be reported
    (tmp_path / "chains.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    assert main(["eval", "quotes", "--chains", "chains.jsonl", "--json", "--errors", "wrong.jsonl"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["cases"] == 2 and scores["all"]["exact"] == 0.5 and scores["kind:quoted-as-saying"]["exact"] == 1.0
    (error,) = [json.loads(line) for line in (tmp_path / "wrong.jsonl").read_text().splitlines()]
    assert error["id"] == "C2" and error["wrong"][0]["failed"] == ["via", "exact"]
    (tmp_path / "bad.jsonl").write_text('{"id": "C3"}\n', encoding="utf-8")
    assert main(["eval", "quotes", "--chains", "bad.jsonl"]) == 4
