"""A byline line naming people under three roles (`本报记者 张三 李四 本报见习记者 王五 本报通讯员 赵六`) is the
article's byline under its headline though longer than a short credit line: every word of it a role or a person's
name. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "从柳湾桥至大岭桥总共1.6公里,5年来,这段路某某不知走过多少遍。"
_MORE = "“主要是排查河面有无漂浮物,查看水位,有时还需要花更多时间在岸边捡拾垃圾。”某某说,这些年河水明显变清了。"


def test_a_long_byline_of_three_roles_under_the_headline_names_the_writers():
    byline = "本报记者 王小明 李大华 本报见习记者 赵小红 本报通讯员 钱多多"
    (article,) = parse_page(page("柳湾:六千名河长守护母亲河", byline, _LEAD, _MORE))
    assert article.title == "柳湾:六千名河长守护母亲河" and article.subtitle is None
    assert article.authors == ["王小明", "李大华", "赵小红", "钱多多"]
    assert article.body.startswith("从柳湾桥至大岭桥")


def test_a_long_sentence_about_reporters_stays_text():
    sentence = "本报记者王小明和李大华跟随本报见习记者赵小红一起来到柳湾桥下,看见河长们正在岸边捡拾垃圾。"
    (article,) = parse_page(page("柳湾:六千名河长守护母亲河", sentence, _MORE))
    assert article.authors == [] and article.body.startswith("本报记者王小明")
