"""An editor's note run in as the first paragraph under a headline (`编者按:…`), the report's dateline opening the
paragraph below it: one article, the note and the report, its writers the dateline's names; not a second, headless
article starting at the dateline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_NOTE = ("编者按:议事会开在哪里,村里的事就在哪里商量。本版今起刊出系列报道,请三位村干部讲讲他们怎样把议事会"
         "开到了晒谷场上,又怎样让年轻人也愿意来听。")
_DATED = "青石日报3月2日讯(青石日报记者 王小明 通讯员 李大力)小事大家议,难事一起办。"
_MORE = "在青石县柳塘乡南湾村,每月十五的议事会已经开了整整六年,从修路到分红,都在会上摊开来说。"


def test_the_dateline_below_the_note_goes_on_with_the_article():
    (article,) = parse_page(page("议事会开到了田间地头", _NOTE, _DATED, _MORE))
    assert article.title == "议事会开到了田间地头"
    assert article.authors == ["王小明", "李大力"]
    assert article.body.startswith("编者按:议事会") and article.body.endswith("都在会上摊开来说。")


def test_a_dateline_below_an_ordinary_paragraph_still_opens_an_article():
    lead = "白沙渡口的老船工这个月正式退休,镇里给他办了一场简朴的欢送会,请来了他摆渡过的几代乘客。"
    first, second = parse_page(page("老船工退休了", lead, _DATED, _MORE))
    assert first.body == lead
    assert second.authors == ["王小明", "李大力"]
