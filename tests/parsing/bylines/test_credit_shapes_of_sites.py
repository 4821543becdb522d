"""Credits as sites and town offices print them: a site's `…报道(通讯员 张三)` opening the text, a
client's `…客户端5月17日某地电(记者 张三)` (the date before the place), a town printed right before its
writer's name at the end of the text (`(某某镇张三)`), and a row of bracketed credits after the text
(`【作者:张三】 【责任编辑:李四】`). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_sites_report_word_before_a_bracketed_credit_opens_the_text():
    (article,) = parse_page(page(
        "白沙镇开展垃圾分类宣传",
        "云上某某报道(通讯员 林夕)11月26日,白沙镇城管在青松村开展垃圾分类下乡宣教活动。",
    ))
    assert article.authors == ["林夕"] and article.body.startswith("11月26日")


def test_a_clients_dateline_may_print_the_date_before_the_place():
    (article,) = parse_page(page(
        "文明市集开进产业园",
        "某某报客户端5月17日苏州电(某某报·某某网记者 宋雨)今日,文明市集在白沙镇产业园举办。",
    ))
    assert article.authors == ["宋雨"] and article.body.startswith("今日")


def test_a_town_printed_right_before_its_writers_name_is_not_a_name():
    (article,) = parse_page(page(
        "白沙镇指导农户做好冬季田间管理",
        "近日,白沙镇组织农技人员深入田间地头,指导农户做好小麦冬季管理。(白沙镇林夕)",
    ))
    assert article.authors == ["林夕"] and article.body.endswith("冬季管理。")


def test_a_row_of_bracketed_credits_after_the_text_names_the_writer_not_the_editor():
    (article,) = parse_page(page(
        "青松小学开学了",
        "2月17日,寒假结束,白沙镇青松小学的学生陆续走进校门。",
        "上午8时许,值日老师和门卫忙个不停,校门口始终秩序井然……",
        "【作者:林夕】 【责任编辑:宋雨】",
    ))
    assert article.authors == ["林夕"] and "宋雨" not in article.body


def test_an_outlets_release_of_a_supplied_photo_credits_a_caption():
    article, photo = parse_page(page(
        "白沙镇晚稻开镰",
        "本报讯 连日来,白沙镇的晚稻相继成熟,村民抢抓晴好天气开镰收割。",
        "",
        "",
        "图为:村民收割晚稻",
        "某某网发 通讯员供图",
    ))
    assert article.body.endswith("开镰收割。")
    assert photo.kind == "photo" and photo.body == "图为:村民收割晚稻" and photo.authors == []
