"""A role word and names run on after the last full stop (`……无数。通讯员 张三`) are the article's
credit, not text: the article ends there, and a paragraph printed under another item later does not
go back to it as the end of an open sentence. A role word inside a sentence stays text. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_correspondent_run_on_after_the_full_stop_credits_the_article():
    articles = parse_page(page(
        "写春联 迎新年", "本报讯 元旦前夕,青松镇中心小学开展写春联活动。",
        "孩子们挥毫泼墨,写下一副副春联送给村里的老人,赢得阵阵掌声。通讯员 林小川",
        "科技节上展创意", "本报讯 12月20日,白沙中学举办科技节,学生们展出了自制的小发明。",
        "一位同学说:“我做的浇花器能按时给花浇水,我很自豪。”"))
    assert [a.title for a in articles] == ["写春联 迎新年", "科技节上展创意"]
    assert articles[0].authors == ["林小川"]
    assert articles[0].body.endswith("赢得阵阵掌声。")
    assert articles[1].body.endswith("我很自豪。”")


def test_a_role_word_ending_a_sentence_is_text():
    [article] = parse_page(page("青松镇表彰优秀通讯员", "本报讯 日前,青松镇召开宣传工作会议,表彰了一批优秀通讯员。"))
    assert article.authors == [] and article.body.endswith("优秀通讯员。")
