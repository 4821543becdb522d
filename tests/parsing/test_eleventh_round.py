"""Rules met on an eleventh round of pages laid out from real texts nobody had tuned for: a short
item's headline under an undated item on the same page, a kicker too long for a title, credits
naming a role before the name, a name glued to the next role word, a source line after the text.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


# -- a headline over a dated lead is a new item's, not a section head ---------------------------------

def test_a_head_over_a_lead_dated_and_set_in_another_village_starts_a_new_item():
    text = page(
        "青松村办起秋季村晚",
        "青松村的秋季村晚在文化广场举行,村民们自编自演了十多个节目。",
        "晚会在大合唱中结束,台下掌声不断。",
        "迎新春 乐游园",
        "为丰富节日生活,1月30日,白沙镇石桥村开展新春游园活动,村民们套圈、猜谜。",
        "游园会一直热闹到傍晚。",
    )
    first, second = parse_page(text)
    assert first.title == "青松村办起秋季村晚" and first.body.endswith("台下掌声不断。")
    assert second.title == "迎新春 乐游园" and second.body.startswith("为丰富节日生活")


def test_a_dated_head_section_that_stays_in_the_articles_village_is_still_a_section():
    text = page(
        "青松村办起秋季村晚",
        "青松村的秋季村晚在文化广场举行,村民们自编自演了十多个节目。",
        "节目背后",
        "1月30日,青松村的文艺队又排起了新节目,队员们说要年年办下去。",
    )
    (article,) = parse_page(text)
    assert article.sections == ["节目背后"]


# -- credits --------------------------------------------------------------------------------------------

def test_a_name_printed_between_two_role_words_without_spaces_is_a_name():
    text = page("白沙镇修好石板桥", "■记者林夕通讯员宋雨", "本报讯 近日,白沙镇青松村的石板桥修好了。")
    (article,) = parse_page(text)
    assert article.authors == ["林夕", "宋雨"] and article.body.startswith("近日")


def test_a_papers_dateline_with_its_word_for_a_report_and_a_name_before_the_role():
    text = page("白沙镇修好石板桥", "某某新闻网消息(林夕 记者 宋雨)6月2日,白沙镇青松村的石板桥修好了。")
    (article,) = parse_page(text)
    assert article.authors == ["林夕", "宋雨"] and article.body.startswith("6月2日")


def test_a_source_line_naming_the_outlet_and_its_reporters_closes_the_article_and_names_them():
    text = page(
        "白沙镇排查消防隐患",
        "白沙镇组织干部排查沿街商铺的消防隐患,当场整改十余处。",
        "来源:某某日报·某某客户端通讯员 林夕 宋雨",
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
    )
    first, second = parse_page(text)
    assert first.authors == ["林夕", "宋雨"] and first.body.endswith("当场整改十余处。")
    assert second.title == "青松村修好石板桥"


# -- headline groups ----------------------------------------------------------------------------------

def test_the_line_right_above_a_dashed_subtitle_is_the_title_even_with_a_line_below():
    text = page("秋到青松 稻谷飘香", "——白沙镇秋收见闻", "某某通讯社通联人员林夕", "白沙镇青松村的稻田里,收割机来回穿梭。")
    (article,) = parse_page(text)
    assert article.title == "秋到青松 稻谷飘香" and article.kicker is None
    assert article.subtitle.startswith("——白沙镇秋收见闻")


def test_a_short_quoted_catchword_over_a_longer_line_is_its_kicker():
    text = page("“一户一景”", "绿意扮靓农家小院", "本报讯 近日,白沙镇各村掀起庭院整治热潮。")
    (article,) = parse_page(text)
    assert article.kicker == "“一户一景”" and article.title == "绿意扮靓农家小院"


def test_a_sentence_broken_under_its_title_above_another_items_title_is_text():
    text = page(
        "青松村开展垃圾分类宣传",
        "为了帮助居民更好地理解垃圾分类,近日,青松村组织志愿者走进",
        "白沙社区开展消防演练",
        "本报讯 近日,白沙社区组织居民开展消防演练。",
        "小区,向居民发放垃圾分类宣传单。",
    )
    first, second = parse_page(text)
    assert first.title == "青松村开展垃圾分类宣传" and first.kicker is None and first.subtitle is None
    assert first.body == "为了帮助居民更好地理解垃圾分类,近日,青松村组织志愿者走进小区,向居民发放垃圾分类宣传单。"
    assert second.title == "白沙社区开展消防演练" and second.body == "近日,白沙社区组织居民开展消防演练。"


def test_a_long_comma_kicker_at_the_top_of_the_page_is_the_kicker_of_the_headline_below():
    text = page(
        "白沙镇推动十二个老旧小区改造,以小切口换来居民身边大变化",
        "老小区换了新模样",
        "走进青松小区,平整的道路、整齐的车位映入眼帘。",
    )
    (article,) = parse_page(text)
    assert article.title == "老小区换了新模样"
    assert article.kicker == "白沙镇推动十二个老旧小区改造,以小切口换来居民身边大变化"
    assert article.body == "走进青松小区,平整的道路、整齐的车位映入眼帘。"


def test_a_role_naming_nobody_under_a_title_is_no_subtitle():
    text = page("老街巷的新日子", "某某社记者", "某某社北京6月2日电 走进白沙镇青松村,石板路干干净净。")
    (article,) = parse_page(text)
    assert article.title == "老街巷的新日子" and article.subtitle is None


def test_a_photo_reports_credit_under_the_one_paragraph_of_a_titled_item_makes_it_a_photo():
    text = page(
        "青松村稻谷飘香",
        "10月8日,白沙镇青松村的农民在田里收割晚稻,一派丰收景象。",
        "(林夕 本报通讯员 宋雨 摄影报道)",
        "白沙镇召开秋收推进会",
        "本报讯 近日,白沙镇召开秋收推进会,各村汇报收割进度。",
    )
    photo, article = parse_page(text)
    assert photo.kind == "photo" and photo.title == "青松村稻谷飘香" and photo.authors == ["林夕", "宋雨"]
    assert article.kind == "article" and article.title == "白沙镇召开秋收推进会"
