"""The FastAPI application, built from settings by a factory (no globals read at import)."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files

import anyio.to_thread
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import __version__
from app.config import Settings, resource_dir
from app.archive.db import loop_engine, make_engine
from app.jobs.indexing import IndexKeeper
from app.jobs.warming import Warmer
from app.web.routes import articles, authors, discovery, newspapers, people, places, search, site, sources, timeline
from app.web.deps import strict_parameters
from app.web.downloads import ExportSlots
from app.web.errors import install_error_handlers
from app.web.guards import Guards
from app.web.openapi import install_openapi


class HeadAsGet:
    """HEAD answers wherever GET does (link checkers and monitors use it): the GET's status and headers,
    no body."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body"):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        # As many request threads as kept database connections (the pool opens more only for downloads).
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        app.state.engine = make_engine(settings)
        app.state.loop_engine = loop_engine(settings, app.state.engine)
        app.state.export_slots = ExportSlots(settings.export_slots)
        app.state.index_keeper = IndexKeeper(settings, app.state.engine, read_ahead=True)
        app.state.index_keeper.read_ahead.start()
        app.state.warmer = Warmer(app.state.engine)
        app.state.warmer.start()
        yield
        app.state.warmer.stop()
        app.state.index_keeper.read_ahead.stop()
        app.state.engine.dispose()
        app.state.loop_engine.dispose()

    # /docs is served from local files below: no CDN, no inline script.
    app = FastAPI(title="镇志 zhenzhi", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="An archive of local-governance reporting from Chinese newspapers.",
                  dependencies=[Depends(strict_parameters)])
    install_error_handlers(app)
    install_openapi(app)
    app.add_middleware(Guards, settings=settings)
    # The data is public and the API read-only: any site may fetch it from a browser.
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "HEAD"], max_age=86400,
                       expose_headers=["ETag", "Last-Modified", "Retry-After"])

    app.add_middleware(HeadAsGet)
    app.mount("/static", StaticFiles(directory=str(resource_dir("static"))), name="static")
    # Swagger UI 5 (which reads OpenAPI 3.1) as shipped inside the fastapi-offline package.
    app.mount("/swagger", StaticFiles(directory=str(files("fastapi_offline") / "static")), name="swagger")
    for routes in (search, articles, places, authors, newspapers, people, sources, timeline, site, discovery):
        app.include_router(routes.router)
    return app


def app_from_environment() -> FastAPI:
    """The app of each server process (`zhenzhi serve --workers N`): settings from the environment, and the
    archive's own log lines (what was read ahead, what failed) beside the server's."""
    log = logging.getLogger("zhenzhi")
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return create_app(Settings())
