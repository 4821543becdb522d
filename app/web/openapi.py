"""/openapi.json: every answer under a named schema, errors as they really are ({"error", "status"}),
download media types declared. Routes say what they answer with `answers(...)`; `tidy` mends what
FastAPI generates on its own."""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from app.web.schemas import Error, RetiredArticle

ERROR_STATUSES = {400: "a malformed query", 404: "nothing of that name or id", 422: "a parameter out of range",
                  410: "no longer in the archive"}


# An id the archive once served answers with its successor(s) or says it is gone.
RETIRED: dict[str, dict[str, Any]] = {
    "301": {"description": "the article changed: its successor (Location)"},
    "300": {"model": RetiredArticle, "description": "the article was divided: its successors"},
    "410": {"model": RetiredArticle, "description": "the article is no longer in the archive"},
}


def answers(model: type[BaseModel] | None = None, *errors: int, media: dict[str, str] | None = None,
            **more: dict[str, Any]) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route: its 200 (a model, or media types for downloads), its errors, and more."""
    found: dict[int | str, dict[str, Any]] = {}
    if model is not None:
        found[200] = {"model": model}
    if media:
        found[200] = {"description": "a download",
                      "content": {kind: {"schema": {"type": "string"}, "example": example}
                                  for kind, example in media.items()}}
    for status in (*errors, 422):
        found[status] = {"model": Error, "description": ERROR_STATUSES.get(status, "an error")}
    found.update({int(k) if k.isdigit() else k: v for k, v in more.items()})
    return found


def tidy(schema: dict[str, Any]) -> dict[str, Any]:
    """Downloads answer only their own media types; FastAPI's validation-error schemas (a shape the API
    never sends) leave the document."""
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            ok = operation.get("responses", {}).get("200", {})
            content = ok.get("content", {})
            if len(content) > 1 and content.get("application/json", {}).get("schema") in ({}, None):
                content.pop("application/json", None)
    components = schema.get("components", {}).get("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    return schema


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = tidy(get_openapi(title=app.title, version=app.version, description=app.description,
                                                  routes=app.routes, tags=app.openapi_tags))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
