"""A dateline naming a party committee's reporting desk among the roles (`(某某晚报记者 张三 县委报道组 李四)`): the
desk is a role like 记者 or 通讯员, the names after it are writers, the desk itself is none. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "柳塘镇南湾村的晒谷场上,二十多位老人围坐在一起,听村里的年轻人讲怎样用手机交医保。"
_MORE = "讲课的是返乡大学生周晓雯,她把步骤写在一块小黑板上,一遍讲不懂就再讲一遍。"


def test_a_county_desk_is_no_writer():
    dated = "青石晚报5月3日讯(青石晚报记者 王小明 县委报道组 李大力 通讯员 赵小红)" + _LEAD
    (article,) = parse_page(page("晒谷场上学交医保", dated, _MORE))
    assert article.authors == ["王小明", "李大力", "赵小红"]
    assert article.body.startswith("柳塘镇南湾村")


def test_a_city_desk_alone_before_its_writer():
    dated = "青石晚报5月3日讯(市委报道组 李大力)" + _LEAD
    (article,) = parse_page(page("晒谷场上学交医保", dated, _MORE))
    assert article.authors == ["李大力"]
