"""A picture's note printed alone between paragraphs, telling what the reporter did where the picture stood
(`记者参观某某村`, `记者在现场采访村民`), is text of the report around it, not the headline of a new article: a
headline tells what a report is about, not the reporter's visit. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "柳湾讯(记者 王小明)“请大家上车,我们先乘车浏览大岭村的风貌,再自行采访……”在村导游的招呼下,记者们登上了大巴。"
_MORE = "车子在已经算得上公路的村道上穿行。车窗两旁是整齐排列、风格统一的别墅。“这是村吗?”不少记者发出感叹。"
_LAST = "这当然是村。大岭村已有600多年的历史,解放前是一个有名的穷山村,如今是远近闻名的富裕村。"


def test_a_note_of_the_reporter_at_work_stays_in_the_text():
    (article,) = parse_page(page("坐着大巴逛大岭村", _LEAD, "记者参观大岭村展览厅", _MORE, _LAST))
    assert article.title == "坐着大巴逛大岭村" and article.authors == ["王小明"]
    assert "记者参观大岭村展览厅" in article.body and article.body.endswith("富裕村。")
