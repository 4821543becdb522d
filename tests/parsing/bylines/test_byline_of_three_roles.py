"""A byline line naming people under three roles (`本报记者 张三 李四 本报见习记者 王五 本报通讯员 赵六`) is the
article's byline under its headline though longer than a short credit line: every word of it a role or a person's
name. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "沿着柳湾河往东走两公里,就到了某某每天巡查的河段。"
_MORE = "“雨季一来,最怕上游冲下来的树枝堵住涵洞。”某某一边说,一边用长杆把水面上的塑料袋捞上岸。"


def test_a_long_byline_of_three_roles_under_the_headline_names_the_writers():
    byline = "本报记者 王小明 李大华 本报见习记者 赵小红 本报通讯员 钱多多"
    (article,) = parse_page(page("柳湾:河长们的巡河日记", byline, _LEAD, _MORE))
    assert article.title == "柳湾:河长们的巡河日记" and article.subtitle is None
    assert article.authors == ["王小明", "李大华", "赵小红", "钱多多"]
    assert article.body.startswith("沿着柳湾河往东走")


def test_a_long_sentence_about_reporters_stays_text():
    sentence = "本报记者王小明和李大华跟随本报见习记者赵小红一起来到柳湾桥下,看见河长们正在岸边捡拾树枝。"
    (article,) = parse_page(page("柳湾:河长们的巡河日记", sentence, _MORE))
    assert article.authors == [] and article.body.startswith("本报记者王小明")
