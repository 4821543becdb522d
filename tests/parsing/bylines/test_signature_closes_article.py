"""A body's name over a date printed under an article's text (`某某实验学校` / `2015年10月21日`) signs
that article: it ends it like a credit naming nobody, so text after it that continues an article
interrupted above goes back to that article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_text_after_a_schools_signature_goes_back_to_the_article_it_continues():
    articles = parse_page(page(
        "青松中学学生走进敬老院",
        "本报讯(通讯员 林夕)周末,青松中学的学生来到白沙镇敬老院,陪老人过了一个热闹的上午。",
        "同学们分成几个小组,有的和老人下棋,有的给老人读报。",
        "小手牵大手 一起学做饭",
        "文/宋雨",
        "上周五下午,我校劳动课请来家长,教学生做几道家常菜。",
        "学生们说,原来做一顿饭这么不容易。",
        "白沙实验学校\n2015年10月21日",
        "午饭前,学生们又帮老人把床单被罩一一换洗干净。",
        "敬老院的老人们说,盼着孩子们下个周末再来。",
    ))
    first = by_title(articles, "青松中学学生走进敬老院")
    assert first.body.endswith("下个周末再来。") and "换洗干净" in first.body
    second = by_title(articles, "小手牵大手 一起学做饭")
    assert second.body.endswith("这么不容易。") and second.authors == ["宋雨"]
    assert len(articles) == 2
