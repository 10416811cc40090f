"""The FastAPI application: the JSON API under /api/ and the pages, over one read-only store.

Each server thread opens the store read-only once and keeps it, so threads never share a
connection. Every error, 4xx or 5xx, is an RFC 9457 problem (``application/problem+json``) on the
API, and a page saying what went wrong to a browser.
"""

import json
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from newsgraph import __version__
from newsgraph.errors import BadOption, InputError, NewsgraphError, StoreError
from newsgraph.store import Store, open_store
from newsgraph.web import reader, views

HERE = Path(__file__).parent
PROBLEM = "application/problem+json"
# Nothing is fetched from elsewhere; plotly sets styles inline, so styles may be inline, scripts never.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")
DEFAULT_PAGE, MAX_PAGE = 50, 500
# How much of a refused body is still read (and dropped) so the client gets the 413.
LINGER_BYTES = 16_000_000


@dataclass(frozen=True, slots=True)
class Settings:
    db: str
    max_body_bytes: int = 1_000_000  # POST /api/extract: about 150,000 words of text
    model: str | None = None  # the spaCy pipeline /api/extract loads on first use


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="the article's text")
    published: str | None = Field(None, description="publication date, YYYY-MM-DD")
    title: str | None = None
    url: str | None = None
    source: str | None = None


class Problem(Exception):
    """An error to answer with its status (404, 413, ...)."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail


def _store(request: Request) -> Store:
    """The database, opened read-only once per server thread and kept for the server's life:
    requests in one thread run one at a time, and a PostgreSQL connection costs more to open than
    most queries take."""
    opened = request.app.state.stores
    thread = threading.get_ident()
    with opened.lock:
        store = opened.by_thread.get(thread)
    if store is None:
        store = open_store(request.app.state.settings.db, create=False, read_only=True)
        with opened.lock:
            opened.by_thread[thread] = store
    return store


class _Stores:
    """The stores the server's threads opened, closed when it stops."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.by_thread: dict[int, Store] = {}

    def close(self) -> None:
        with self.lock:
            for store in self.by_thread.values():
                store.close()
            self.by_thread.clear()


Db = Annotated[Store, Depends(_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"items per page (at most {MAX_PAGE})")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


def build_app(settings: Settings) -> FastAPI:
    stores = _Stores()

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        yield
        stores.close()

    app = FastAPI(title="newsgraph", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who did what to whom, when and where, and who said what, according to whom: "
                              "the records of a newsgraph database. Lists are paginated with `limit` and "
                              "`offset`; each page gives the address of the `next` one. Errors are RFC 9457 "
                              "problem details.")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["version"] = __version__

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        """plotly.js as the plotly package ships it: charts need nothing from the internet."""
        import plotly
        return FileResponse(Path(plotly.__file__).parent / "package_data" / "plotly.min.js",
                            media_type="text/javascript", headers={"Cache-Control": "max-age=86400"})

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.state.settings = settings
    app.state.stores = stores
    extractor = _Extractor(settings.model)

    app.add_middleware(_BodyLimit, limit=settings.max_body_bytes)

    @app.middleware("http")
    async def _headers(request: Request, call_next):  # noqa: ANN202
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> Response:
        return _error(request, templates, exc.status, exc.title, exc.detail)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        return _error(request, templates, exc.status_code, _reason(exc.status_code), str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        details = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return _error(request, templates, 422, "Invalid request", details)

    @app.exception_handler(NewsgraphError)
    async def _newsgraph(request: Request, exc: NewsgraphError) -> Response:
        status = 503 if isinstance(exc, StoreError) else 400 if isinstance(exc, InputError) else 500
        return _error(request, templates, status, _reason(status), str(exc), code=exc.code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        return _error(request, templates, 500, "Internal error",
                      f"an unexpected {type(exc).__name__}; the server log has the details")

    # -- JSON API --------------------------------------------------------------------------------

    @app.get("/api/articles", tags=["articles"], summary="Articles, newest first")
    def api_articles(request: Request, db: Db, q: str | None = None, limit: Limit = DEFAULT_PAGE,
                     offset: Offset = 0) -> dict[str, Any]:
        """Stored articles with their counts of events and quotes; `q`: words that must all occur."""
        return _page(request, db.articles(search=q, limit=limit + 1, offset=offset), limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article's newsgraph/1 record")
    def api_article(db: Db, article_id: str) -> dict[str, Any]:
        """The record exactly as `newsgraph export --format jsonl` writes it."""
        return _record(db, article_id)

    @app.get("/api/events", tags=["events"], summary="Events, oldest first")
    def api_events(request: Request, db: Db, actor: str | None = None,
                   type: Annotated[str | None, Query(description="PLOVER type or CAMEO code prefix")] = None,
                   since: date | None = None, until: date | None = None,
                   q: Annotated[str | None, Query(description="words that must all occur in the article")] = None,
                   limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """Each item: the record's own event dict, its article, and the actors it names (by id)."""
        rows = db.events(actor=actor, event_type=type, since=since, until=until, search=q,
                         limit=limit + 1, offset=offset)
        return _page(request, rows, limit, offset, lambda page: views.event_items(db, page))

    @app.get("/api/happenings", tags=["events"], summary="Happenings, oldest first")
    def api_happenings(request: Request, db: Db, actor: str | None = None,
                       type: Annotated[str | None, Query(description="PLOVER type or CAMEO code prefix")] = None,
                       since: date | None = None, until: date | None = None,
                       limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """The events of different articles that tell of one occurrence, counted once: each with
        its best-supported code, actors, day and place, how many events, articles and outlets
        report it, and its first report."""
        rows = db.happenings(actor=actor, event_type=type, since=since, until=until, limit=limit + 1, offset=offset)
        return _page(request, rows, limit, offset)

    @app.get("/api/quotes", tags=["quotes"], summary="Quotes, oldest first")
    def api_quotes(request: Request, db: Db, speaker: str | None = None,
                   q: Annotated[str | None, Query(description="words that must all occur in the quote")] = None,
                   limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """Each item: the record's own quote dict, its article, and its speaker, addressee and `via` actors."""
        rows = db.quotes(speaker=speaker, search=q, limit=limit + 1, offset=offset)
        return _page(request, rows, limit, offset, lambda page: views.quote_items(db, page))

    @app.get("/api/actors", tags=["actors"], summary="Actors, most widely reported first")
    def api_actors(request: Request, db: Db, name: str | None = None, limit: Limit = DEFAULT_PAGE,
                   offset: Offset = 0) -> dict[str, Any]:
        return _page(request, db.actors(name=name, limit=limit + 1, offset=offset), limit, offset)

    @app.get("/api/actor", tags=["actors"], summary="One actor's profile")
    def api_actor(db: Db, actor: Annotated[str, Query(min_length=1, description="part of a name, or a code")]
                  ) -> dict[str, Any]:
        """Whom the actor acts on and is acted on by, per PLOVER type; their quotes; events per month."""
        return views.actor_profile(db, actor)

    @app.get("/api/dyads", tags=["events"], summary="A dyad's relations per period")
    def api_dyads(db: Db, source: Annotated[str, Query(min_length=1)], target: Annotated[str, Query(min_length=1)],
                  period: Annotated[str, Query(pattern="^(week|month)$")] = "month",
                  since: date | None = None, until: date | None = None) -> dict[str, Any]:
        """Events from `source` to `target` (each by part of a name or a code) per week or month:
        counts per quad class (1 verbal and 2 material cooperation, 3 verbal and 4 material
        conflict) and summed Goldstein values."""
        rows = db.dyad_events(source, target, since=since, until=until)
        return {"source": source, "target": target, "period": period, "periods": views.dyad(rows, period)}

    @app.get("/api/network", tags=["events"], summary="Who acts on whom")
    def api_network(db: Db, actor: str | None = None, type: str | None = None, since: date | None = None,
                    until: date | None = None, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100
                    ) -> dict[str, Any]:
        """The most frequent source and target pairs: nodes are actors (by name and code), edges
        carry the number of events and their mean Goldstein value."""
        return views.network(db.network(actor=actor, event_type=type, since=since, until=until, limit=limit))

    @app.post("/api/extract", tags=["extract"], summary="Extract one article, storing nothing")
    def api_extract(body: ExtractRequest) -> dict[str, Any]:
        """The newsgraph/1 record of the text given; the spaCy pipeline loads on the first call."""
        return extractor.extract(body)

    # -- pages -------------------------------------------------------------------------------------

    def page(request: Request, template: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, template, context)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        """The API reference, from the OpenAPI document (served as JSON at /openapi.json), as a page
        that needs no script from elsewhere."""
        return page(request, "api.html", operations=_operations(app.openapi()))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, db: Db, q: str | None = None, offset: Offset = 0) -> HTMLResponse:
        rows = db.articles(search=q, limit=DEFAULT_PAGE + 1, offset=offset)
        return page(request, "articles.html", rows=rows[:DEFAULT_PAGE], q=q or "",
                    more=_next_offset(rows, DEFAULT_PAGE, offset), offset=offset, counts=db.counts())

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def reader_page(request: Request, db: Db, article_id: str) -> HTMLResponse:
        record = _record(db, article_id)
        actors = {a["id"]: a for a in record["actors"]}
        return page(request, "reader.html", record=record, runs=reader.runs(record), actors=actors)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, db: Db, actor: str | None = None, type: str | None = None,
                    since: str | None = None, until: str | None = None, q: str | None = None,
                    offset: Offset = 0) -> HTMLResponse:
        filters = {"actor": actor or "", "type": type or "", "since": since or "", "until": until or "", "q": q or ""}
        rows = db.events(actor=actor, event_type=type, since=_form_day(since, "since"), until=_form_day(until, "until"),
                         search=q, limit=DEFAULT_PAGE + 1, offset=offset)
        return page(request, "events.html", items=views.event_items(db, rows[:DEFAULT_PAGE]), filters=filters,
                    more=_next_offset(rows, DEFAULT_PAGE, offset), offset=offset,
                    anchor=reader.anchor_of_event, query=_query(filters))

    @app.get("/happenings", response_class=HTMLResponse, include_in_schema=False)
    def happenings_page(request: Request, db: Db, actor: str | None = None, type: str | None = None,
                        since: str | None = None, until: str | None = None, offset: Offset = 0) -> HTMLResponse:
        filters = {"actor": actor or "", "type": type or "", "since": since or "", "until": until or ""}
        rows = db.happenings(actor=actor, event_type=type, since=_form_day(since, "since"),
                             until=_form_day(until, "until"), limit=DEFAULT_PAGE + 1, offset=offset)
        return page(request, "happenings.html", rows=rows[:DEFAULT_PAGE], filters=filters,
                    more=_next_offset(rows, DEFAULT_PAGE, offset), query=_query(filters))

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request, db: Db, speaker: str | None = None, q: str | None = None,
                    offset: Offset = 0) -> HTMLResponse:
        filters = {"speaker": speaker or "", "q": q or ""}
        rows = db.quotes(speaker=speaker, search=q, limit=DEFAULT_PAGE + 1, offset=offset)
        return page(request, "quotes.html", items=views.quote_items(db, rows[:DEFAULT_PAGE]), filters=filters,
                    more=_next_offset(rows, DEFAULT_PAGE, offset), offset=offset,
                    anchor=reader.anchor_of_quote, query=_query(filters))

    @app.get("/actor", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, db: Db, name: Annotated[str, Query(min_length=1)]) -> HTMLResponse:
        return page(request, "actor.html", profile=views.actor_profile(db, name), name=name)

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, db: Db, source: str = "", target: str = "",
                  period: Annotated[str, Query(pattern="^(week|month)$")] = "month") -> HTMLResponse:
        periods = views.dyad(db.dyad_events(source, target), period) if source and target else []
        return page(request, "dyad.html", source=source, target=target, period=period, periods=periods)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, db: Db, actor: str | None = None, type: str | None = None,
                     limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 60) -> HTMLResponse:
        graph = views.network(db.network(actor=actor, event_type=type, limit=limit))
        return page(request, "network.html", graph=graph, actor=actor or "", type=type or "", limit=limit)

    return app


class _BodyLimit:
    """Holds a request body to ``limit`` bytes, declared or not (chunked): past it the answer is
    413, and what follows is read only to be dropped, never kept."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        messages, received = [], 0
        while True:
            message = await receive()
            messages.append(message)
            received += len(message.get("body", b""))
            if received > self.limit or not declared.isdigit() or int(declared) > self.limit:
                await self._discard_rest(receive, message)
                body = json.dumps(_problem_body(scope["path"], 413, "Request body too large",
                                                _too_large(self.limit))).encode()
                await send({"type": "http.response.start", "status": 413,
                            "headers": [(b"content-type", PROBLEM.encode()), (b"content-length", str(len(body)).encode()),
                                        (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                                        (b"connection", b"close")]})
                await send({"type": "http.response.body", "body": body})
                return
            if message["type"] != "http.request" or not message.get("more_body"):
                break

        async def replay() -> dict:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _discard_rest(self, receive: Any, message: dict) -> None:
        """Reads what the client is still sending, up to a bound, without keeping it, before the
        413 goes out: a client cut off mid-send would see its connection reset instead (and once a
        response is complete the server reads no more)."""
        drained = 0
        while message.get("more_body") and drained < LINGER_BYTES:
            message = await receive()
            drained += len(message.get("body", b""))


def _too_large(limit: int) -> str:
    return f"a request body may have at most {limit:,} bytes"


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each operation of an OpenAPI document, with its parameters, for the reference page."""
    found = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                           "type": _type_name(p.get("schema", {})), "description": p.get("description", "")}
                          for p in operation.get("parameters", [])]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            fields = []
            if body and "$ref" in body:
                schema = spec["components"]["schemas"][body["$ref"].rsplit("/", 1)[-1]]
                fields = [{"name": name, "required": name in schema.get("required", []),
                           "type": _type_name(field), "description": field.get("description", "")}
                          for name, field in schema.get("properties", {}).items()]
            found.append({"method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                          "description": operation.get("description", ""), "parameters": parameters,
                          "fields": fields, "tag": (operation.get("tags") or [""])[0]})
    return found


def _type_name(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(_type_name(s) for s in schema["anyOf"] if s.get("type") != "null")
    return schema.get("format") or schema.get("type", "")


class _Extractor:
    """/api/extract: ``newsgraph.extract``, whose pipeline loads on first use and is kept, one
    article at a time (a spaCy pipeline is not shared between threads)."""

    def __init__(self, model: str | None) -> None:
        from newsgraph.options import Options
        self.options = Options(model=model) if model else Options()
        self.lock = threading.Lock()

    def extract(self, body: ExtractRequest) -> dict[str, Any]:
        from newsgraph.pipeline import extract
        with self.lock:
            result = extract(body.text, published=body.published, title=body.title, url=body.url,
                             source=body.source, options=self.options)
        return result.to_dict()


def _record(db: Store, article_id: str) -> dict[str, Any]:
    found = db.records_of([article_id]).get(article_id)
    if found is None:
        raise Problem(404, "Not found", f"there is no article {article_id!r} in this database")
    return found


def _page(request: Request, rows: list[dict[str, Any]], limit: int, offset: int, shape=None) -> dict[str, Any]:
    """A page of ``limit`` items from ``rows`` (fetched one longer, to know whether more follow)."""
    items = rows[:limit]
    following = _next_offset(rows, limit, offset)
    next_url = None
    if following is not None:
        next_url = str(request.url.include_query_params(limit=limit, offset=following))
    return {"items": shape(items) if shape else items, "limit": limit, "offset": offset, "next": next_url}


def _next_offset(rows: list[Any], limit: int, offset: int) -> int | None:
    return offset + limit if len(rows) > limit else None


def _query(filters: dict[str, str]) -> str:
    return urlencode({k: v for k, v in filters.items() if v})


def _form_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadOption(f"{name} {value!r} is not a date; give it as YYYY-MM-DD") from None


def _reason(status: int) -> str:
    from http import HTTPStatus
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _wants_page(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _problem_body(instance: str, status: int, title: str, detail: str, code: str | None = None) -> dict[str, Any]:
    """An RFC 9457 problem; ``code``, newsgraph's error code, where there is one."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, "instance": instance}
    if code:
        body["code"] = code
    return body


def _error(request: Request, templates: Jinja2Templates, status: int, title: str, detail: str,
           code: str | None = None) -> Response:
    if _wants_page(request):
        return templates.TemplateResponse(request, "error.html", {"status": status, "title": title,
                                                                  "detail": detail}, status_code=status)
    return JSONResponse(_problem_body(request.url.path, status, title, detail, code), status_code=status,
                        media_type=PROBLEM)
