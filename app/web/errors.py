"""One place decides the shape of an error: JSON for the API, a page for readers."""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.web.reader import in_chinese, validation_in_chinese
from app.web.templating import render

TITLES = {404: "找不到这个页面", 400: "请求有误", 422: "参数有误", 405: "不支持这种请求方式", 500: "服务器出错",
          413: "请求内容过大", 429: "请求过于频繁，请稍后再试", 431: "请求头过大", 503: "暂时无法提供服务，请稍后再试"}


def wants_json(request: Request) -> bool:
    """The JSON API answers errors in JSON (and in English); everything else is a page for readers."""
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    return render(request, "error.html", {"status": status, "message": in_chinese(message, status),
                                          "title": TITLES.get(status, "出错了")}, status_code=status)


def describe_validation(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {item.get('msg', 'invalid')}" if where else item.get("msg", "invalid"))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = error_response(request, exc.status_code, str(exc.detail))
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if wants_json(request):
            return error_response(request, 422, describe_validation(exc))
        return error_response(request, 422, validation_in_chinese(list(exc.errors())))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        return error_response(request, 500, "internal error")
