"""The JSON API's answers written straight out.

An API route returns plain dicts and lists (the published shapes live in `schemas`, for the docs
only). FastAPI would walk every value of such an answer through its `jsonable_encoder` — a third of
a listing's time — before writing the same JSON; this route class writes it directly, and falls back
to that walk only for a value JSON does not know.
"""

import inspect
from collections.abc import Callable
from functools import wraps
from typing import Any

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute


def as_json(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(endpoint)  # FastAPI reads the parameters through __wrapped__
    def answer(*args: Any, **kwargs: Any) -> Any:
        result = endpoint(*args, **kwargs)
        if isinstance(result, Response):
            return result
        try:
            return JSONResponse(result)
        except (TypeError, ValueError):  # a value JSON does not know (a date, a set): FastAPI's way
            return JSONResponse(jsonable_encoder(result))

    return answer


class JsonRoute(APIRoute):
    """A route whose plain answers (no response model) are written as JSON without FastAPI's walk."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        if kwargs.get("response_model", "unset") is None and not inspect.iscoroutinefunction(endpoint):
            endpoint = as_json(endpoint)
        super().__init__(path, endpoint, **kwargs)

