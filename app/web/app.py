"""The FastAPI application, built from settings by a factory (no globals read at import)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files

from fastapi import Depends, FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import __version__
from app.config import Settings, resource_dir
from app.archive.db import make_engine
from app.jobs.indexing import IndexKeeper
from app.web.routes import articles, authors, discovery, newspapers, people, places, search, site, sources, timeline
from app.web.deps import strict_parameters
from app.web.errors import install_error_handlers
from app.web.openapi import install_openapi

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
}


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
        app.state.engine = make_engine(settings)
        app.state.index_keeper = IndexKeeper(settings, app.state.engine)
        yield
        app.state.engine.dispose()

    # /docs is served from local files below: no CDN, no inline script.
    app = FastAPI(title="镇志 zhenzhi", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="An archive of local-governance reporting from Chinese newspapers.",
                  dependencies=[Depends(strict_parameters)])
    install_error_handlers(app)
    install_openapi(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:  # type: ignore[no-untyped-def]
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.add_middleware(HeadAsGet)
    app.mount("/static", StaticFiles(directory=str(resource_dir("static"))), name="static")
    # Swagger UI 5 (which reads OpenAPI 3.1) as shipped inside the fastapi-offline package.
    app.mount("/swagger", StaticFiles(directory=str(files("fastapi_offline") / "static")), name="swagger")
    for routes in (search, articles, places, authors, newspapers, people, sources, timeline, site, discovery):
        app.include_router(routes.router)
    return app
