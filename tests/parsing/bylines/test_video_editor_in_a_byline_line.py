"""A station's byline line names its reporter, its camera operators and who cut the video
(`某某新闻记者/张三 摄像/李四 王五 剪辑/赵六`): the one who cut it is on the staff, like an editor, not an
author. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_the_video_editor_is_no_author():
    text = page("柳岸湖畔,候鸟回来了", "青松新闻记者/鲁晓岚 摄像/林青松 柏小川 剪辑/童一鸣",
                "入冬以来,柳岸湖湿地迎来了上万只越冬候鸟,湖面上白鹭翩飞,野鸭成群。",
                "十年前,这里还是一片采砂留下的水塘,如今已是市民周末观鸟的好去处。")
    article = parse_page(text)[0]
    assert article.title == "柳岸湖畔,候鸟回来了"
    assert article.authors == ["鲁晓岚", "林青松", "柏小川"]
    assert "童一鸣" not in article.body and article.body.startswith("入冬以来")
