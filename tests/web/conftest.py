"""The workbench tests' databases (filled by a real ``newsgraph run``) and a real server on loopback."""

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

import pytest

from tests.web import corpus

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsgraph[web]'")


def _fill(db: str, folder) -> str:
    source = corpus.write(folder / "corpus.jsonl")
    done = subprocess.run([sys.executable, "-m", "newsgraph", "run", str(source), "--db", db, "--quiet",
                           "--workers", "1"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="session")
def sqlite_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    return _fill(str(folder / "newsgraph.db"), folder)


@pytest.fixture(scope="session")
def postgres_db(tmp_path_factory, postgres_server):
    from tests.postgres import create_database
    return _fill(create_database(postgres_server, f"w{uuid.uuid4().hex[:12]}"), tmp_path_factory.mktemp("web-pg"))


class Server:
    """A uvicorn server in a thread of the test process, on a free loopback port."""

    def __init__(self, db: str) -> None:
        import uvicorn

        from newsgraph.web import create_app
        self.db = db
        self.server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=0, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline and self.thread.is_alive(), "the server did not start"
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    def request(self, path: str, *, body: bytes | None = None, headers: dict | None = None):
        """(status, headers, body text) of one request."""
        request = urllib.request.Request(self.url + path, data=body, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, response.headers, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode("utf-8")

    def json(self, path: str, **kwargs):
        status, headers, text = self.request(path, **kwargs)
        return status, headers, json.loads(text)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def sqlite_server(sqlite_db):
    server = Server(sqlite_db)
    yield server
    server.stop()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(request):
    """A server over the corpus in each kind of store."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_server")
        return
    server = Server(request.getfixturevalue("postgres_db"))
    yield server
    server.stop()
