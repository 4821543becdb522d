"""API answers written as JSON directly: the same bytes FastAPI's own encoder gives, and values JSON does
not know still answered."""

from datetime import date

from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient

from app.web.json_route import JsonRoute


def test_plain_answers_are_the_same_json_and_unusual_values_still_answer() -> None:
    plain, fast = APIRouter(), APIRouter(route_class=JsonRoute)
    answer = {"标题": "镇上新开了书店", "items": [{"id": 2**53 - 1, "score": 0.5, "tags": None}], "ok": True}
    for router in (plain, fast):
        prefix = "/plain" if router is plain else "/fast"

        @router.get(prefix + "/answer", response_model=None)
        def one(n: int = 1) -> dict:
            return {**answer, "n": n}

        @router.get(prefix + "/day", response_model=None)
        def day() -> dict:
            return {"day": date(2022, 11, 8)}

    app = FastAPI()
    app.include_router(plain)
    app.include_router(fast)
    client = TestClient(app)
    assert client.get("/fast/answer?n=3").content == client.get("/plain/answer?n=3").content
    assert client.get("/fast/answer?n=x").status_code == 422  # the parameters are still read and checked
    assert client.get("/fast/day").json() == {"day": "2022-11-08"}
