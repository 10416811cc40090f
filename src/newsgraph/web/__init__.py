"""The analyst's workbench: a JSON API and server-rendered pages over a newsgraph database.

``newsgraph serve --db PATH|URL`` runs it; ``create_app(db)`` gives the ASGI application to run
under any ASGI server. Needs the ``web`` extra (FastAPI, uvicorn, Jinja2, plotly).
"""

from __future__ import annotations

from newsgraph.errors import ExtraNotInstalled

WEB_EXTRA = "pip install 'newsgraph[web]'"


def require_web_extra() -> None:
    """Raises ``ExtraNotInstalled`` naming the extra when one of its packages is missing."""
    missing = []
    for module in ("fastapi", "uvicorn", "jinja2", "plotly"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise ExtraNotInstalled(f"the web server needs {', '.join(missing)}: {WEB_EXTRA}")


def create_app(db: str, **settings):  # noqa: ANN201 - FastAPI is an optional import
    """The ASGI application serving the database at ``db`` (a SQLite path or a PostgreSQL URL),
    read-only; ``settings`` as ``newsgraph.web.app.Settings`` takes them."""
    require_web_extra()
    from newsgraph.web.app import Settings, build_app
    return build_app(Settings(db=db, **settings))


__all__ = ["WEB_EXTRA", "create_app", "require_web_extra"]
