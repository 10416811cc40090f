"""``newsgraph serve``: it starts, says where, and refuses what it cannot serve in one line."""

import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

from newsgraph.cli import EXIT_INPUT, EXIT_MODEL, EXIT_STORE

pytestmark = pytest.mark.model


def _serve(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "newsgraph", "serve", *map(str, args)], capture_output=True,
                          text=True, timeout=60, **kwargs)


def _one_line(done):
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_missing_database_is_one_line(tmp_path):
    done = _serve("--db", tmp_path / "none.db")
    assert done.returncode == EXIT_STORE and "no database" in _one_line(done)
    assert not (tmp_path / "none.db").exists()


def test_a_database_newsgraph_did_not_write_is_one_line(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    done = _serve("--db", other)
    assert done.returncode == EXIT_STORE and "not a newsgraph database" in _one_line(done)
    with sqlite3.connect(other) as connection:  # and it was left as it was
        assert [r[0] for r in connection.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_a_busy_port_is_one_line(sqlite_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _serve("--db", sqlite_db, "--port", port)
    assert done.returncode == EXIT_INPUT and f"port {port}" in _one_line(done) and "in use" in done.stderr


def test_without_the_web_extra_it_says_which_extra(tmp_path, sqlite_db):
    hide = ("import sys; sys.modules['fastapi'] = None; from newsgraph.cli import main; "
            f"sys.exit(main(['serve', '--db', {str(sqlite_db)!r}]))")
    done = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True, timeout=60)
    assert done.returncode == EXIT_MODEL and "pip install 'newsgraph[web]'" in _one_line(done)


def test_it_serves_on_loopback_and_prints_the_address(sqlite_db):
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "newsgraph", "serve", "--db", sqlite_db, "--port", str(port)],
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in line and "read-only" in line
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/articles", timeout=5) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, "the server did not answer"
                time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()


@pytest.mark.parametrize("port", ["0", "70000"])
def test_a_port_out_of_range_is_one_line(sqlite_db, port):
    done = _serve("--db", sqlite_db, "--port", port)
    assert done.returncode == EXIT_INPUT and "--port" in _one_line(done)
