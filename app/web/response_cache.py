"""Answers kept in memory while nothing they show can have changed.

A page or API answer depends only on its URL, the archive's generation, the search index's state and
the day (citations carry an access date, the home page 历史上的今天): exactly what the `ETag` is made
of. So the ETag is the key, and an ingest or a new index simply makes new keys; old entries age out
of the LRU. Only complete, small answers are kept (a `200` with a `content-length`), never streamed
downloads.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import Message, Send

# Larger answers (a long article, a big listing) are rare and cheap to make again relative to their size.
MAX_ENTRY_BYTES = 512 * 1024


@dataclass(frozen=True)
class Kept:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + 200


class ResponseCache:
    """A least-recently-used map from a response key to a whole answer, bounded in bytes."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, Kept] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: str) -> Kept | None:
        with self._lock:
            kept = self._entries.get(key)
            if kept is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return kept

    def put(self, key: str, kept: Kept) -> None:
        if kept.size > min(MAX_ENTRY_BYTES, self.max_bytes):
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.size
            self._entries[key] = kept
            self._bytes += kept.size
            while self._bytes > self.max_bytes:
                _key, dropped = self._entries.popitem(last=False)
                self._bytes -= dropped.size

    async def replay(self, kept: Kept, send: Send) -> None:
        await send({"type": "http.response.start", "status": kept.status, "headers": kept.headers})
        await send({"type": "http.response.body", "body": kept.body})

    def recording(self, key: str, send: Send) -> Send:
        """`send`, keeping a copy of the answer when it is one worth keeping."""
        parts: list[bytes] = []
        start: dict[str, object] = {}

        async def sender(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                if message["status"] == 200 and b"content-length" in names and b"set-cookie" not in names:
                    start.update(status=200, headers=headers)
            elif message["type"] == "http.response.body" and start:
                parts.append(message.get("body", b""))
                if not message.get("more_body"):
                    self.put(key, Kept(200, start["headers"], b"".join(parts)))  # type: ignore[arg-type]
                elif sum(map(len, parts)) > MAX_ENTRY_BYTES:
                    start.clear()
            await send(message)

        return sender
