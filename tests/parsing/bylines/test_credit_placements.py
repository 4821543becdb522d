"""Credits placed where their neighbours say whose they are, met on a tenth round of pages laid out
from real texts nobody had tuned for: a bracketed credit under a title, credit lines naming the
desk as well, an office or a town beside the names, square brackets, `…报道` glued to a name, a
site's dateline with where and when, a photo between a headline and the body its dateline opens,
a photo credit ending an article's last paragraph. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import parse_dateline, split_names
from app.text import fold
from tests.helpers import by_title, page


# -- credits under the title -------------------------------------------------------------------------

def test_a_bracketed_credit_right_under_a_title_is_that_articles_byline():
    text = page(
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
        "白沙镇召开秋收推进会",
        "(通讯员林夕)",
        "10月8日,白沙镇召开秋收推进会,各村汇报收割进度。",
    )
    first, second = parse_page(text)
    assert first.title == "青松村修好石板桥" and first.authors == []
    assert second.title == "白沙镇召开秋收推进会" and second.authors == ["林夕"]
    assert second.body.startswith("10月8日")


def test_a_boxed_byline_with_the_word_for_a_report_glued_to_the_name():
    text = page("白沙镇秋收忙", "□通讯员林夕报道", "本报讯 近日,白沙镇各村抢收晚稻。")
    (article,) = parse_page(text)
    assert article.authors == ["林夕"] and article.body.startswith("近日")


# -- credits after the text ----------------------------------------------------------------------------

def test_a_credit_line_naming_the_desk_too_closes_the_article_above_and_names_only_its_reporters():
    text = page(
        "白沙镇清理河道",
        "白沙镇组织志愿者清理河道垃圾,河面干净了。",
        "记者:周舟 通讯员:白沙镇 林夕 李默 编辑:王一 审校:赵二",
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
    )
    first, second = parse_page(text)
    assert first.authors == ["周舟", "林夕", "李默"] and "编辑" not in first.body
    assert second.title == "青松村修好石板桥"


def test_every_name_after_a_staff_word_is_staff_until_the_next_role():
    credit = "(记者:周舟 通讯员:林夕 编辑:王一 制作:赵二 审核:钱三 孙四)"
    text = page("白沙镇清理河道", "白沙镇组织志愿者清理河道垃圾,河面干净了。", credit)
    (article,) = parse_page(text)
    assert article.authors == ["周舟", "林夕"]


def test_an_office_named_beside_the_name_in_a_closing_credit_is_not_a_person():
    text = page("白沙镇排查隐患", "白沙镇对辖区企业开展安全检查,发现隐患六处。", "(白沙县应急局 林夕)")
    (article,) = parse_page(text)
    assert article.authors == ["林夕"]


def test_square_bracketed_credits_open_or_close_the_text_and_a_staff_line_belongs_to_no_article():
    text = page(
        "白沙镇开办长者食堂",
        "【全媒体记者 周舟】白沙镇第一家长者食堂开张了,老人五元吃一顿。",
        "食堂每天供应十个菜,还为行动不便的老人送餐。",
        "【记者 林夕】",
        "【编辑 王一】",
        "",
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
    )
    first, second = parse_page(text)
    assert first.authors == ["周舟", "林夕"] and first.body.startswith("白沙镇第一家")
    assert "王一" not in first.body and "王一" not in second.body and second.title == "青松村修好石板桥"


# -- datelines -------------------------------------------------------------------------------------------

def test_a_sites_dateline_with_where_and_when_before_its_credit():
    printed = "白沙网青松9月16日电(林夕)眼下正值秋收。"
    dateline = parse_dateline(printed, fold(printed))
    assert dateline is not None and dateline.authors == ["林夕"] and printed[dateline.end:] == "眼下正值秋收。"


def test_a_dateline_whose_unbracketed_credit_ends_with_the_word_for_a_report():
    printed = "白沙网讯通讯员林夕 李默报道:7月12日,白沙村组织大学生清理河道。"
    dateline = parse_dateline(printed, fold(printed))
    assert dateline is not None and dateline.authors == ["林夕", "李默"]
    assert printed[dateline.end:].startswith("7月12日")


def test_an_office_or_a_town_in_a_credit_is_passed_over():
    printed = "通讯员:白沙镇 林夕 李默"
    assert split_names(printed, fold(printed)) == ["林夕", "李默"]


# -- photos and credits in the text ----------------------------------------------------------------------

def test_a_captioned_photo_between_a_headline_and_the_body_its_dateline_opens():
    text = page(
        "白沙:晒场上秋收忙",
        "在白沙镇青松村,稻田边、晒场上满是忙着收谷的人。\n林夕摄",
        "白沙网青松9月16日电(周舟)日前,在白沙镇青松村,合作社社员将晒好的玉米脱粒,稻田边、晒场上满是忙着收谷的人。",
        "合作社采取规模化种植,既增加村集体收入,也带动村民增收。",
    )
    articles = parse_page(text)
    photo = next(a for a in articles if a.kind == "photo")
    article = by_title(articles, "白沙:晒场上秋收忙")
    assert photo.body == "在白沙镇青松村,稻田边、晒场上满是忙着收谷的人。" and photo.authors == ["林夕"]
    assert article.authors == ["周舟"] and article.body.startswith("日前")


def test_a_photo_credit_ending_an_articles_last_paragraph_credits_the_article():
    text = page(
        "白沙镇:志愿者清理河道",
        "近日,白沙镇青松村志愿者来到河边,清理岸边的垃圾和杂草。",
        "目前,白沙镇各村都有了志愿服务队,注册志愿者已有三百多人。 林夕 李默 摄",
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
    )
    first, second = parse_page(text)
    assert first.kind == "article" and first.authors == ["林夕", "李默"]
    assert first.body.endswith("三百多人。") and second.title == "青松村修好石板桥"


# -- section heads ---------------------------------------------------------------------------------------

def test_a_head_over_text_naming_the_same_town_as_the_article_above_is_a_section_head():
    # (a town whose name ends in 城 is left out of the place keys, as `…城镇` is a common noun)
    text = page(
        "白沙县梅城镇",
        "用项目擦亮基层治理底色",
        "今年以来,梅城镇把项目建设作为基层治理的抓手,办成了一批民生实事,群众看在眼里。",
        "补好村道解难题,出门方便暖人心",
        "梅城镇一些村地势低,一下雨路就成了河,镇里今年铺好村道四千多米。",
        "党群服务中心开到了家门口",
        "梅城镇定下计划,把各村党群服务中心逐个翻新,一年里接待群众八百余次。",
    )
    (article,) = parse_page(text)
    assert article.title == "用项目擦亮基层治理底色"
    assert article.sections == ["补好村道解难题,出门方便暖人心", "党群服务中心开到了家门口"]


# -- every line apart: the cut must not depend on where the column broke the lines ------------------------

def test_a_closing_credit_at_the_end_of_a_full_width_line_ends_the_article_when_every_line_stands_apart():
    from tests.parsing.test_more_layouts import every_line_apart
    last = ("白沙镇负责这次检查的同志说,过些天检查组还要回头看,查出的毛病都盯着改完,不让小隐患拖成大事故。(通讯员 "
            "林夕 文/图)")
    assert len(last) % 20 == 0  # the credit closes a line as wide as the column
    text = page(
        "白沙镇开展企业安全检查",
        every_line_apart("近日,白沙镇派出检查组走进辖区工厂,逐一翻看车间的操作规程、灭火器摆放、"
                         "隐患台账和值班巡查本,对查出的问题当场开出整改单。"),
        every_line_apart(last),
        "青松镇人大代表排查隐患",
        every_line_apart("国庆将至,青松镇几位人大代表跟着镇里的检查组,一家家走进超市、网吧、"
                         "液化气站,看电线、查出口,发现问题当面讲清怎么改。"),
    )
    first, second = parse_page(text)
    assert first.title == "白沙镇开展企业安全检查" and first.authors == ["林夕"]
    assert second.title == "青松镇人大代表排查隐患" and second.body.startswith("国庆将至")


def test_a_photo_credit_ending_an_articles_last_paragraph_when_every_line_stands_apart():
    from tests.parsing.test_more_layouts import every_line_apart
    last = "目前,白沙镇各村都有了志愿服务队,注册志愿者已有三百多人,周末到河边走走,总能看到穿红马甲的人在忙。"
    assert len(last) % 20 == 10  # the credit is printed on the paragraph's last line, after its text
    text = page(
        "白沙镇:志愿者清理河道",
        every_line_apart("近日,白沙镇青松村的志愿者来到河边,捡走岸边的塑料袋和枯枝,把没人管的死角也扫了一遍,"
                         "还给路过的村民发了倡议书,请大家一起护好身边这条河。"),
        every_line_apart(last + " 林夕 李默 摄"),
        "青松村修好石板桥",
        every_line_apart("青松村的石板桥修好了,孩子们上学不再绕远路,村民们说这是今年村里办的一件大实事。"),
    )
    first, second = parse_page(text)
    assert first.kind == "article" and first.authors == ["林夕", "李默"]
    assert first.body.endswith("穿红马甲的人在忙。") and second.title == "青松村修好石板桥"


def test_a_paragraph_broken_mid_sentence_right_under_a_section_head_is_that_sections_text():
    # `…,是由青松社区` has a comma but is no head of two short phrases: its first part is too long
    text = page(
        "青松社区志愿服务队",
        "天刚亮,青松社区居委会门前就站了七八个老人,个个戴着手套,手里拿着铲子和扫帚。",
        "“护院的活我们拿手”",
        "这群志愿者平均年龄在六十岁左右,是由青松社区",
        "多年前成立的护院队演变而来,队员多是退了休的老人和老兵。",
        "整理楼院、打扫环境,这些都是队员们的家常便饭。",
    )
    (article,) = parse_page(text)
    assert article.sections == ["“护院的活我们拿手”"]
    assert "是由青松社区多年前成立的护院队" in article.body


def test_a_four_character_name_right_after_a_role_word_is_a_person_not_an_outlet():
    printed = "本报记者 周舟 通讯员 林家一郎 李默 文/图"
    assert split_names(printed, fold(printed)) == ["周舟", "林家一郎", "李默"]
    printed = "白沙观察 周舟 白沙在线记者 李默 文/图"  # a column's name opening the credit is no person
    assert split_names(printed, fold(printed)) == ["周舟", "李默"]


def test_a_name_the_column_joined_to_the_next_role_word_is_still_a_name():
    printed = "图文 全媒体记者 林晨飞通讯员 李默"  # `林晨飞` + `通讯员` ran together where the line wrapped
    assert split_names(printed, fold(printed)) == ["林晨飞", "李默"]


def test_a_comma_title_opening_the_page_over_a_paragraph_the_column_broke_early():
    # both lines look like a broken sentence; set apart at the top, the first is the title
    text = "\n\n" + page(
        "稻谷铺金,农机欢唱!白沙迎来丰收季",
        "秋收时节,白沙镇的田野上,处处都是忙着抢收的农",
        "户。几台收割机在稻田里来回开,把沉甸甸的稻穗一趟趟运走。",
        "割稻、脱粒、装袋连着干,农家院里的新谷堆成了小山。",
    )
    (article,) = parse_page(text)
    assert article.title == "稻谷铺金,农机欢唱!白沙迎来丰收季"
    assert article.body.startswith("秋收时节,白沙镇的田野上,处处都是忙着抢收的农户。")


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


def test_a_photo_credit_with_the_picture_service_in_brackets_closes_a_photo():
    text = page(
        "白沙镇修好石板桥",
        "本报讯 近日,白沙镇青松村的石板桥修好了,村民出行方便多了。",
        "",
        "",
        "10月8日,青松村村民在田里收割晚稻。",
        "林夕摄(某某图片)",
    )
    article, photo = parse_page(text)
    assert article.body.endswith("村民出行方便多了。")
    assert photo.kind == "photo" and photo.authors == ["林夕"]
    assert photo.body.startswith("10月8日")


def test_two_untitled_photos_with_bracketed_services_stay_two_photos():
    text = page(
        "10月8日,青松村村民在田里收割晚稻。",
        "林夕摄(某某图片)",
        "",
        "",
        "10月9日,白沙镇渔船满载归来。",
        "宋雨摄(某某视觉)",
    )
    first, second = parse_page(text)
    assert (first.kind, first.authors) == ("photo", ["林夕"])
    assert (second.kind, second.authors) == ("photo", ["宋雨"])
