"""Layouts met on a further round of pages laid out from real texts nobody had tuned for: a
round-up of short items on one theme, wire services' and offices' photo credits, credits with a
colon or a photo-report role, names alone after the last sentence, datelines with a date or an
app's name, a headline after an article its credit closed, a name-and-colon title. Every
snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.closing_credits import trailing_byline
from app.parsing.bylines.credits import parse_dateline
from app.text import fold
from tests.helpers import by_title, page


# -- photo credits --------------------------------------------------------------------------------

def test_a_wire_services_credit_with_the_name_in_brackets_makes_a_photo_under_its_title():
    text = page(
        "白沙湖畔稻谷黄",
        "9月20日,白沙镇青松村村民在田间收割晚稻。\n新华社发(林夕摄)",
        "",
        "",
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
    )
    photo, article = parse_page(text)
    assert photo.kind == "photo" and photo.title == "白沙湖畔稻谷黄" and photo.authors == ["林夕"]
    assert photo.body.startswith("9月20日") and "摄" not in photo.body
    assert article.title == "青松村修好石板桥"


def test_an_offices_supplied_credit_under_a_caption_between_headline_and_body():
    text = page(
        "白沙:湖畔稻谷喜丰收",
        "收割机在田间作业\n白沙县融媒体中心供图",
        "本报讯 连日来,白沙县各镇抢抓晴好天气收割晚稻。",
        "县农业部门介绍,今年晚稻亩产比去年增加一成。",
    )
    photo, article = sorted(parse_page(text), key=lambda a: a.kind)[::-1]
    assert photo.kind == "photo" and photo.body == "收割机在田间作业" and photo.authors == []
    assert article.title == "白沙:湖畔稻谷喜丰收" and article.subtitle is None
    assert article.body.startswith("连日来") and "收割机在田间作业" not in article.body


# -- credits printed at the end --------------------------------------------------------------------

def test_credit_lines_with_a_colon_role_or_a_photo_report_close_the_article_above():
    text = page(
        "青松村晚稻开镰",
        "青松村的晚稻开镰了,合作社调来六台收割机。",
        "通讯员:林夕 摄像:林夕",
        "白沙小学新操场启用",
        "白沙小学的新操场启用了,跑道换成了塑胶的。",
        "(记者 周舟 摄影报道)",
    )
    first, second = parse_page(text)
    assert first.title == "青松村晚稻开镰" and first.authors == ["林夕"]
    assert second.title == "白沙小学新操场启用" and second.authors == ["周舟"]


def test_a_credit_line_naming_a_paper_and_its_site_joined_by_a_dot():
    text = page(
        "青松村晚稻开镰",
        "青松村的晚稻开镰了,合作社调来六台收割机。",
        "全村一千二百亩晚稻预计十天收完。",
        "作者:林夕 农民日报·中国农网记者 周舟 摄",
        "白沙小学新操场启用",
        "白沙小学的新操场启用了,跑道换成了塑胶的。",
    )
    articles = parse_page(text)
    assert [a.title for a in articles] == ["青松村晚稻开镰", "白沙小学新操场启用"]
    assert "周舟" in articles[0].authors and "中国农网" not in "".join(articles[0].authors)


def test_names_alone_after_the_last_sentence_are_its_credit_but_a_sentence_is_not():
    assert trailing_byline("检查持续到深夜。林夕 周舟", fold("检查持续到深夜。林夕 周舟"))[2] == ["林夕", "周舟"]
    assert trailing_byline("检查持续到深夜。谢谢 大家", fold("检查持续到深夜。谢谢 大家"))[2] == []
    assert trailing_byline("检查持续到深夜。林夕", fold("检查持续到深夜。林夕"))[2] == []


def test_a_place_the_text_names_is_not_a_name_in_its_bracketed_credit():
    text = "青松乡人民政府组织了这次检查。(青松 林夕)"
    assert trailing_byline(text, fold(text))[2] == ["林夕"]


def test_a_dated_one_paragraph_item_credited_for_its_picture_stays_an_article():
    text = page(
        "白沙镇查消防隐患",
        "白沙新闻网讯 连日来,白沙镇组织人员到企业、商场检查消防设施,督促整改隐患。(林夕周舟摄)",
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
    )
    first, second = parse_page(text)
    assert first.kind == "article" and first.title == "白沙镇查消防隐患"
    assert first.authors == ["林夕", "周舟"]


# -- datelines --------------------------------------------------------------------------------------

def test_datelines_with_a_date_after_the_word_for_a_report_or_an_apps_name():
    for line, names in (("白沙网讯9月27日(通讯员 林夕 周舟)9月23日,白沙镇", ["林夕", "周舟"]),
                        ("白沙日报客户端讯(通讯员林夕、周舟)近日,白沙镇", ["林夕", "周舟"])):
        dateline = parse_dateline(line, fold(line))
        assert dateline is not None and dateline.authors == names, line


def test_a_dateline_role_followed_by_two_names_keeps_both():
    line = "本网讯 通讯员林夕 周舟 9月21日,白沙镇卫生院在集市上开展义诊。"
    dateline = parse_dateline(line, fold(line))
    assert dateline is not None and dateline.authors == ["林夕", "周舟"]
    assert line[dateline.end:].startswith("9月21日")


# -- a round-up of one theme ------------------------------------------------------------------------

def test_a_round_up_items_second_paragraph_stays_with_it_though_it_shares_the_pages_theme():
    text = page(
        "我县开展节前消防安全检查",
        "本报讯 12月24日晚,县里对人员密集场所开展消防安全检查。",
        "检查人员要求各场所清理疏散通道堆放的杂物。",
        "青松镇消防夜查",
        "9月27日晚,青松镇专职消防队对小商铺开展消防安全夜查。队员们查看了疏散指示标志和灭火器材",
        "县消防救援大队走进寺庙检查",
        "本报讯 2月5日,县消防救援大队深入白云寺开展节前消防安全检查。",
        "本次检查主要查看疏散通道是否畅通、灭火器材是否配足完好。林夕 周舟",
    )
    articles = parse_page(text)
    last = by_title(articles, "县消防救援大队走进寺庙检查")
    assert last.body.endswith("是否配足完好。") and last.authors == ["林夕", "周舟"]
    assert "本次检查" not in by_title(articles, "青松镇消防夜查").body


# -- a headline after a finished article ------------------------------------------------------------

def test_a_headline_after_an_article_its_credit_closed_titles_a_new_article():
    text = page(
        "白沙街道听取居民意见",
        "1月5日,白沙街道邀请设计单位走进三个老小区,听取居民对改造的意见。",
        "街道将把意见写进改造方案。(林夕)",
        "老小区“改”出新模样",
        "走进青松社区,新铺的路面平平整整,楼道里也装上了感应灯。",
    )
    articles = parse_page(text)
    assert [a.title for a in articles] == ["白沙街道听取居民意见", "老小区“改”出新模样"]
    assert articles[0].authors == ["林夕"]


def test_a_name_and_colon_title_over_text_naming_it_starts_a_new_article():
    text = page(
        "湖边社区志愿服务队",
        "每天清早,湖边社区的志愿者就在居委会门口集合,分头去打扫楼道。",
        "队员们平均年龄六十岁,大多是退休居民。",
        "南大街:邻里和睦生活美",
        "走在白沙县南大街,网格员正挨家挨户记录居民的难事。",
    )
    articles = parse_page(text)
    assert [a.title for a in articles] == ["湖边社区志愿服务队", "南大街:邻里和睦生活美"]
