"""A headline whose only text is one caption closed by its photo credit, right over a text without a headline that
opens with its byline (`新华社记者…` over the text), heads that text: a byline stands under a headline, and the
picture was printed between the headline and the byline. A titled photo over a text with a headline of its own stays
a titled photo. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CAPTION = "柳湾县白沙镇的柑橘园里,果农在给刚摘下的柑橘装箱(10月5日摄)。"
_TEXT = ("白沙镇有柑橘园两万亩。每年十月到十二月,镇上的果农最忙,"
         "收购商的货车天天停在园边,一车车柑橘从这里运往外地。")


def test_the_headline_goes_to_the_bylined_text_below_the_photo():
    articles = parse_page(page("白沙镇:橙黄橘绿又一年", _CAPTION + "\n通讯员 林小禾 摄", "本报记者王青、林小禾", _TEXT))
    assert [(a.kind, a.title) for a in articles] == [("article", "白沙镇:橙黄橘绿又一年"), ("photo", None)]
    assert articles[0].authors == ["王青", "林小禾"] and articles[0].body.startswith("白沙镇有柑橘园")


def test_a_titled_photo_over_a_headed_text_stays_a_photo():
    articles = parse_page(page("白沙镇:橙黄橘绿又一年", _CAPTION + "\n通讯员 林小禾 摄", "柑橘熟了", "本报记者王青",
                               _TEXT))
    assert [(a.kind, a.title) for a in articles] == [("photo", "白沙镇:橙黄橘绿又一年"), ("article", "柑橘熟了")]
