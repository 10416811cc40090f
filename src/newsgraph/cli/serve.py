"""``newsgraph serve``: the workbench (pages and JSON API) over a database, read-only."""

from __future__ import annotations

import argparse
import errno
import socket
import sys
from typing import Any

from newsgraph.cli.corpus import add_db_option, counted, database
from newsgraph.errors import BadOption

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000


def add_serve_command(commands: Any) -> None:
    serve = commands.add_parser(
        "serve", help="open a database in the browser: pages for analysts and a JSON API (needs [web])",
        description="Serve the database read-only: an article reader, event and quote tables, actor pages, "
                    "dyad timelines and the actor network, and the JSON API under /api/ (docs at /docs). "
                    "Needs the web extra: pip install 'newsgraph[web]'.")
    add_db_option(serve)
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help=f"address to listen on (default {DEFAULT_HOST}: this machine only; 0.0.0.0 opens it "
                            "to the network, with no login)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    serve.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    from newsgraph.store import open_store
    from newsgraph.web import require_web_extra

    require_web_extra()
    if not 0 < args.port < 65536:
        raise BadOption(f"--port must be between 1 and 65535, not {args.port}")
    with open_store(database(args), create=False, read_only=True) as store:  # a bad database fails here, in one line
        counts = store.counts()
        location = store.location
    _check_port_free(args.host, args.port)

    import uvicorn

    from newsgraph.web import create_app

    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"newsgraph: serving {location} ({counted(counts['articles'], 'article')}, {counted(counts['events'], 'event')}) "
          "read-only "
          f"at http://{shown}:{args.port}/ (API docs at /docs); Ctrl-C stops it", file=sys.stderr)
    uvicorn.run(create_app(database(args)), host=args.host, port=args.port, log_level="warning")
    return 0


def _check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise BadOption(f"port {port} on {host} is in use; choose another with --port") from None
            raise BadOption(f"cannot listen on {host}:{port} ({exc.strerror})") from None
