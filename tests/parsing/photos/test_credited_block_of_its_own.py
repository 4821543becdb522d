"""A block of its own (blank lines set it apart) holding one paragraph, maybe under a title, and a credit line right
under that paragraph (`作者:张三`, `通讯员 张三 记者 李四 文/图`): a photo, its caption and who made it. An article of
two paragraphs closed the same way stays an article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, wrapped

_ARTICLE = "白沙镇整治河道\n\n本报讯(记者 王五)近日,白沙镇对全镇十三条主干河道开展集中巡查,现场作出处置方案。"


def test_an_untitled_block_with_its_credit_is_a_photo():
    text = (f"\n\n{_ARTICLE}\n\n\n\n进入三月,柳湾乡的油菜花陆续开放,沟河交错围成的垛田上,青黄相间的花田一望无际。\n"
            "作者:张三\n")
    articles = parse_page(text)
    photo = next(a for a in articles if a.kind == "photo")
    assert photo.title is None and photo.authors == ["张三"] and photo.body.startswith("进入三月")
    assert by_title(articles, "白沙镇整治河道").authors == ["王五"]


def test_a_titled_block_with_its_credit_is_a_photo():
    text = (f"\n\n{_ARTICLE}\n\n\n\n温暖服务不打烊\n\n在柳湾乡的各个角落,总有一群身穿红马甲的志愿者,捡垃圾、指路、"
            "劝导文明出行,温暖着这座小城。\n通讯员 张三 记者 李四 文/图\n")
    photo = by_title(parse_page(text), "温暖服务不打烊")
    assert photo.kind == "photo" and photo.authors == ["张三", "李四"]


def test_an_article_of_two_paragraphs_closed_the_same_way_stays_an_article():
    text = (f"\n\n{_ARTICLE}\n\n\n\n柳湾乡举办运动会\n\n10月8日,柳湾乡第十届秋季运动会在乡中学操场开幕,"
            f"两千多名师生参加。\n\n"
            "运动会为期三天,设有田径、拔河等十多个项目。\n记者 李四\n")
    article = by_title(parse_page(text), "柳湾乡举办运动会")
    assert article.kind == "article" and article.authors == ["李四"]


def test_every_line_apart_the_block_is_set_apart_by_one_blank_line_more():
    article = ["白沙镇整治河道",
               *wrapped("本报讯(记者 王五)近日,白沙镇的几位河长跟着镇里的总河长一道,沿河走完了全镇十三条"
                                     "主干河道,此次巡河里程近六十公里,途经盐靖河、横港河、西塘港等主要河道。", 37),
               *wrapped("一路走下来,河长们摸清了每条河的水情和两岸的闸站、码头、违建,看到的问题都一一"
                        "记录,现场作出处置方案,限期整改到位。", 37),
               *wrapped("下一步,白沙镇将以河道问题为导向,常态化开展巡河工作,做到水清、河畅、岸绿、景美,持续推进"
                        "生态文明建设,让群众在家门口就能享受到优美的水环境。", 37)]
    caption = wrapped("进入三月,柳湾乡的油菜花陆续开放,沟河交错围成的垛田上,青黄相间的花田一望无际,春景如画。", 37)
    text = "\n\n" + "\n\n".join(article) + "\n\n\n\n\n" + "\n\n".join([*caption, "作者:张三"]) + "\n"
    articles = parse_page(text)
    photo = next(a for a in articles if a.kind == "photo")
    assert photo.authors == ["张三"] and photo.body.startswith("进入三月")
    assert by_title(articles, "白沙镇整治河道").authors == ["王五"]
