"""A page's line ends and control characters, as the parser reads it, and the file-photo credit's first look."""

import random

from app.parsing.bylines.credits import FILE_PHOTO_CREDIT, FILE_PHOTO_ENDINGS
from app.parsing.decode import CONTROL as _CONTROL
from app.parsing.page import normalise


def test_control_characters_go_wherever_they_stand_and_nothing_else_does():
    rnd = random.Random(5)
    pool = [chr(c) for c in range(0x80)] + list("溪口村茶园，。“”…\u3000\ufeff")
    for _ in range(3000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 30)))
        lf = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        assert normalise(text) == _CONTROL.sub("", lf), repr(text)
    assert normalise("溪口村\x00茶园\r\n丰收\x7f。") == "溪口村茶园\n丰收。"
    assert normalise("溪口村茶园\n丰收。") == "溪口村茶园\n丰收。"


def test_every_file_photo_credit_ends_as_its_first_look_expects():
    credits = ["资料图片", " 资料照片 ", "资料图", "网络图片", "通讯员 供图", "溪口网发 通讯员供图",
               "溪口县融媒体中心供图", "溪口县委宣传部提供", "溪口县委宣传部 提供\u3000"]
    for line in credits:
        assert FILE_PHOTO_CREDIT.match(line) and line.rstrip().endswith(FILE_PHOTO_ENDINGS), line
    for line in ["资料图片显示", "溪口村的茶园丰收了。", "图片由溪口镇提供给记者"]:
        assert not FILE_PHOTO_CREDIT.match(line), line
