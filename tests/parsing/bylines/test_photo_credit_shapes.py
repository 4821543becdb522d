"""Photo credits as papers and sites print them: a photographer's line with a colon
(`■某某网特约摄影师:张三`), a report told in pictures with the word glued to the name
(`某某社记者张三摄影报道`), `(特约记者 张三 摄影报道)` under an untitled caption standing alone, and a
caption printed on one line with its credit (`图为…(张三 摄)`) between a headline and the text; and a
county media centre's dateline (`某某县融媒体中心10月29日讯(通讯员 …)`). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_a_photographers_line_with_a_colon_credits_the_caption_above():
    articles = parse_page(page(
        "白沙镇开展清洁行动",
        "近日,白沙镇组织干部群众清理沟渠,村容村貌焕然一新。",
        "",
        "",
        "10月8日,青松村果农在坡地上摘苹果装筐。\n■某某新闻网特约摄影师:林夕",
    ))
    article = by_title(articles, "白沙镇开展清洁行动")
    assert "摘苹果" not in article.body
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.authors == ["林夕"] and photo.body == "10月8日,青松村果农在坡地上摘苹果装筐。"


def test_a_picture_reports_word_glued_to_the_name_is_not_part_of_the_name():
    (photo,) = parse_page(page(
        "青松村梨子熟了",
        "白沙镇青松村的葡萄熟了,果农每天天不亮就下地剪串装箱。\n某某社记者宋雨摄影报道",
    ))
    assert photo.kind == "photo" and photo.authors == ["宋雨"]


def test_a_picture_reports_credit_under_an_untitled_caption_makes_a_photo():
    articles = parse_page(page(
        "白沙镇召开安全生产会议",
        "近日,白沙镇召开安全生产工作会议,部署节前安全检查。",
        "",
        "",
        "青松村的老人在村口晒场上翻晒新收的稻谷。\n(特约记者 林夕 摄影报道)",
    ))
    photo = by_title(articles, None)
    assert photo.kind == "photo" and photo.authors == ["林夕"]
    assert "翻晒新收的稻谷" not in by_title(articles, "白沙镇召开安全生产会议").body


def test_a_one_line_caption_with_its_credit_between_headline_and_text_is_a_photo():
    articles = parse_page(page(
        "白沙镇灯会迎新春",
        "图为灯会上的舞龙队(宋雨 摄)",
        "白沙镇首届元宵灯会在老街开灯,两百多盏花灯把老街照得通亮。",
        "灯会将持续到正月十八,每晚都有舞龙和猜灯谜。(记者 林夕)",
    ))
    article = by_title(articles, "白沙镇灯会迎新春")
    assert article.body.startswith("白沙镇首届") and article.authors == ["林夕"]
    photo = by_title(articles, None)
    assert photo.kind == "photo" and photo.body == "图为灯会上的舞龙队" and photo.authors == ["宋雨"]


def test_a_county_media_centres_dateline_names_its_writers():
    (article,) = parse_page(page(
        "青松中学学生走进敬老院",
        "某某县融媒体中心10月29日讯(通讯员 林夕 宋雨)周末,青松中学的学生到敬老院为老人包饺子。",
    ))
    assert article.authors == ["林夕", "宋雨"] and article.body.startswith("周末")
