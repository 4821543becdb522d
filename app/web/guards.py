"""What every response passes through, as plain ASGI (no per-request task or body buffering):
size limits, the optional per-client rate limit of the API, security and cache headers, conditional
GETs answered from the archive's generation, and answers replayed from memory while it stands.
"""

import hashlib
import math
import threading
import time
from collections import OrderedDict
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import __version__, clock
from app.archive.meta import archive_state
from app.config import Settings
from app.web.errors import error_response
from app.web.response_cache import ResponseCache

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
}
STATIC_PREFIXES = ("/static/", "/swagger/")
STATIC_CACHE = "public, max-age=86400"
# Pages and API answers may change with every ingest: caches must ask again, and get a 304 if nothing moved.
DYNAMIC_CACHE = "no-cache"
RATE_LIMITED_PREFIXES = ("/api/", "/feeds/")


class RateLimiter:
    """A token bucket per client address: `per_minute` requests, refilled evenly."""

    def __init__(self, per_minute: int, clients: int = 10_000):
        self.capacity, self.per_second = float(per_minute), per_minute / 60.0
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._clients = clients
        self._lock = threading.Lock()

    def wait_for(self, client: str) -> float:
        """0 if the request may go ahead (a token is taken), else the seconds until one is free."""
        now = time.monotonic()
        with self._lock:
            tokens, then = self._buckets.pop(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - then) * self.per_second)
            wait = 0.0 if tokens >= 1 else (1 - tokens) / self.per_second
            self._buckets[client] = (tokens - 1 if wait == 0 else tokens, now)
            while len(self._buckets) > self._clients:
                self._buckets.popitem(last=False)
        return wait


class ConnectionTurns:
    """Requests served per keep-alive connection (known by the client's address and port). With several
    server processes on one socket, a connection stays with the process that accepted it: clients that
    all connect at once can leave one process with most of them and the other idle. Asking a client to
    reconnect now and then (as nginx's keepalive_requests does) lets the processes even out."""

    def __init__(self, per_connection: int, connections: int = 10_000):
        self.per_connection, self.connections = per_connection, connections
        self._served: OrderedDict[tuple, int] = OrderedDict()

    def last_one(self, scope: Scope) -> bool:
        """Count a request; True when its connection has had its turn and should close after it."""
        client = scope.get("client")
        if not client or self.per_connection <= 0:
            return False
        served = self._served.pop(tuple(client), 0) + 1  # the event loop's thread only: no lock
        if served >= self.per_connection:
            return True
        self._served[tuple(client)] = served
        while len(self._served) > self.connections:  # connections the client closed itself
            self._served.popitem(last=False)
        return False


class Guards:
    def __init__(self, app: ASGIApp, settings: Settings):
        self.app, self.settings = app, settings
        self.turns = ConnectionTurns(settings.keepalive_requests)
        self.limiter = RateLimiter(settings.api_rate_limit) if settings.api_rate_limit > 0 else None
        cache_bytes = settings.response_cache_mb * 2**20
        self.cache = ResponseCache(cache_bytes) if cache_bytes > 0 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if self.turns.last_one(scope):
            send = closing(send)
        refusal = self.refuse(scope, path)
        if refusal is not None:
            status, message, headers = refusal
            response = error_response(Request(scope), status, message)
            response.headers.update(headers)
            await response(scope, receive, self.with_headers(send, path, {}))
            return
        validators: dict[str, str] = {}
        if scope["method"] in ("GET", "HEAD") and not path.startswith(STATIC_PREFIXES):
            validators = self.validators(scope)
            if validators and not_modified(Headers(scope=scope), validators):
                await send({"type": "http.response.start", "status": 304,
                            "headers": [(k.encode(), v.encode()) for k, v in validators.items()]})
                await send({"type": "http.response.body", "body": b""})
                return
        send = self.with_headers(send, path, validators)
        if validators and self.cache is not None:
            key = validators["etag"]
            kept = self.cache.get(key)
            if kept is not None:
                await self.cache.replay(kept, send)
                return
            send = self.cache.recording(key, send)
        await self.app(scope, receive, send)

    def refuse(self, scope: Scope, path: str) -> tuple[int, str, dict[str, str]] | None:
        header_bytes = sum(len(k) + len(v) + 4 for k, v in scope["headers"])
        if header_bytes > self.settings.max_header_bytes:
            return 431, f"request headers are over {self.settings.max_header_bytes} bytes", {}
        length = Headers(scope=scope).get("content-length", "0")
        if not length.isdigit() or int(length) > self.settings.max_body_bytes:
            return 413, f"request bodies are at most {self.settings.max_body_bytes} bytes", {}
        if self.limiter is not None and path.startswith(RATE_LIMITED_PREFIXES):
            client = (scope.get("client") or ("?", 0))[0]
            wait = self.limiter.wait_for(client)
            if wait > 0:
                return 429, f"at most {self.settings.api_rate_limit} requests per minute", {
                    "Retry-After": str(math.ceil(wait))}
        return None

    def validators(self, scope: Scope) -> dict[str, str]:
        """ETag and Last-Modified of whatever this URL shows: the URL, the archive's generation, the
        search index's state (a search may answer from an index still catching up) and the day (an
        access date in citations, 历史上的今天). The generation is kept for the request, which needs it
        again to pick the index."""
        app = scope["app"]
        try:
            generation, changed = archive_state(app.state.loop_engine)
        except Exception:  # no archive yet, a damaged database: no validators, the route says what is wrong
            return {}
        scope.setdefault("state", {})["generation"] = generation
        app.state.warmer.notice(generation)
        index_token = app.state.index_keeper.index.state_token()
        url = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        key = f"{__version__}|{generation}|{index_token}|{today()}|{url}"
        tag = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
        validators = {"etag": f'W/"{tag}"'}
        if changed is not None:
            validators["last-modified"] = format_datetime(changed, usegmt=True)
        return validators

    @staticmethod
    def with_headers(send: Send, path: str, validators: dict[str, str]) -> Send:
        async def sender(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[tuple[bytes, bytes]] = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                extra: dict[str, Any] = dict(SECURITY_HEADERS)
                extra["cache-control"] = STATIC_CACHE if path.startswith(STATIC_PREFIXES) else DYNAMIC_CACHE
                if message["status"] == 200:
                    extra.update(validators)
                headers += [(k.encode(), v.encode()) for k, v in extra.items() if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        return sender


def closing(send: Send) -> Send:
    """`send`, asking the client to close the connection after this answer."""
    async def sender(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), (b"connection", b"close")]}
        await send(message)

    return sender


def today() -> str:
    return clock.today().isoformat()


def not_modified(request_headers: Headers, validators: dict[str, str]) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since; weak comparison for GET."""
    if_none_match = request_headers.get("if-none-match")
    if if_none_match is not None:
        wanted = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in wanted or validators["etag"].removeprefix("W/") in wanted
    since = request_headers.get("if-modified-since")
    if not since or "last-modified" not in validators:
        return False
    try:
        return parsedate_to_datetime(since) >= parsedate_to_datetime(validators["last-modified"])
    except (TypeError, ValueError):
        return False
