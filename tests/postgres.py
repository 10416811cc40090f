"""Starting a throwaway PostgreSQL server for the store tests, from the installed binaries."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Server:
    folder: Path
    data: Path
    url: str
    pg_ctl: str
    run_as: tuple[str, ...]


def start_server() -> Server:
    # Not under pytest's tmp_path: its folders are private to the user running the tests, and the
    # server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-postgres-"))
    initdb = shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))), None)
    if not initdb:
        raise RuntimeError("initdb is not installed (Debian: apt-get install postgresql)")
    bindir = Path(initdb).resolve().parent
    run_as: tuple[str, ...] = ()
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        if not shutil.which("runuser"):
            raise RuntimeError("running as root without runuser to switch to the postgres user")
        run_as = ("runuser", "-u", "postgres", "--")
        shutil.chown(folder, "postgres")
    data = folder / "data"
    port = _free_port()
    created = subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                              "--auth=trust", "--no-sync"], capture_output=True, text=True)
    if created.returncode:
        raise RuntimeError(f"initdb failed: {created.stderr.strip()}")
    options = f"-h 127.0.0.1 -p {port} -k {folder} -F"
    started = subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w",
                              "-l", str(folder / "server.log"), "start"], capture_output=True, text=True)
    if started.returncode:
        raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip() or started.stdout.strip()}")
    return Server(folder, data, f"postgresql://postgres@127.0.0.1:{port}/postgres", str(bindir / "pg_ctl"), run_as)


def stop_server(server: Server) -> None:
    subprocess.run([*server.run_as, server.pg_ctl, "-D", str(server.data), "-m", "immediate", "stop"],
                   capture_output=True)
    shutil.rmtree(server.folder, ignore_errors=True)


def create_database(admin_url: str, name: str) -> str:
    import psycopg
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
