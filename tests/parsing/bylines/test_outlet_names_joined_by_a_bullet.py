"""An app's name and its paper's joined by a bullet (`新某某•某某日报记者 张三`) under the headline, where most print a
middle dot (`新某某·某某日报记者 张三`): the dot is the same mark in another code, the two outlets no name, the name
after the role the byline's. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("近日,青石县柳河镇的蛋鸡场里,工人们一早就忙着捡蛋、称重、装箱。",
         "“今年的蛋价稳,场里的活也多。”场长孙大成说。")


def test_bullet_between_an_app_and_its_paper():
    (article,) = parse_page(page("柳河镇蛋鸡场扩产", "新青石•青石农民报记者 周明远", *_TEXT))
    assert article.subtitle is None
    assert article.authors == ["周明远"]
    assert article.body.startswith("近日,青石县")


def test_other_dots_of_the_same_use():
    for dot in "・‧∙":
        (article,) = parse_page(page("柳河镇蛋鸡场扩产", f"新青石{dot}青石农民报记者 周明远", *_TEXT))
        assert article.authors == ["周明远"], dot


def test_the_middle_dot_as_before():
    (article,) = parse_page(page("柳河镇蛋鸡场扩产", "新青石·青石农民报记者 周明远", *_TEXT))
    assert article.authors == ["周明远"]
