"""A feature whose parts are headed with numbers (`1、…`, `2、…`) numbers every part: a head without a number printed
after its numbered parts (`种花种草 扮靓小巷`, two spaced phrases) is no further part of it but the title of the next
item, also where the feature was interrupted and its rest came back before that head. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("青石镇柳湾村有一座老戏台,村里的老人说它已经有一百多年了。",
         "这几年,村里把老戏台修了起来,又在旁边盖了一座活动中心,成了村民聚会的地方。")
_PART_ONE = ("1、一楼看病,二楼养老",
             "活动中心的一楼是卫生室,村医每天坐诊,村民头疼脑热不用再跑镇上。",
             "二楼摆着沙发和书架,老人们白天在这里看报聊天,中午还能吃上一顿热饭。")
_PART_TWO = ("2、戏台重开,好戏连台",
             "每到农闲时节,戏班就来村里唱上三天,十里八乡的人都赶来看戏。")
_OTHER = ("种花种草 扮靓小巷",
          "每天清晨,南门街道的两位退休教师都会拎着水壶,给巷子里的花坛浇水。",
          "她们说,巷子干净了,邻居们出门心情也好了,大家都愿意来搭把手。")


def test_unnumbered_head_after_numbered_parts_titles_the_next_item():
    feature, other = parse_page(page("老戏台唱出新日子", *_LEAD, *_PART_ONE, *_PART_TWO, *_OTHER))
    assert feature.sections == ["1、一楼看病,二楼养老", "2、戏台重开,好戏连台"]
    assert feature.body.endswith("十里八乡的人都赶来看戏。")
    assert other.title == "种花种草 扮靓小巷"
    assert other.body.startswith("每天清晨,南门街道")


def test_numbered_heads_still_head_their_parts():
    third = ("3、文化讲堂,讲到心里", "镇上的干部每月来讲一次课,讲政策,也讲村里的新鲜事。")
    [feature] = parse_page(page("老戏台唱出新日子", *_LEAD, *_PART_ONE, *_PART_TWO, *third))
    assert feature.sections[-1] == "3、文化讲堂,讲到心里"
    assert feature.body.endswith("也讲村里的新鲜事。")
