"""Layouts met on another round of pages laid out from real texts nobody had tuned for: credits
printed on a line of their own after the text, other papers' datelines without names, spaced-out
names, staff named beside the reporters, names run together, a continuation printed after another
article's closing credit, a person followed from one part of an article to the other, a title its
text repeats word for word, a series' instalment. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import by_title, page


# -- credits on a line of their own after the text ---------------------------------------------------

def test_a_bracketed_name_on_its_own_line_closes_the_article_above_and_heads_nothing():
    text = page(
        "白沙镇图书馆延长开放时间",
        "本报讯 从下月起,白沙镇图书馆每晚开放到九点。",
        "馆里还新添了两千册少儿读物。",
        "(林夕)",
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
    )
    articles = parse_page(text)
    assert [a.title for a in articles] == ["白沙镇图书馆延长开放时间", "青松村修好石板桥"]
    first, second = articles
    assert first.authors == ["林夕"] and "林夕" not in first.body
    assert second.kicker is None and second.authors == []


def test_a_bracketed_number_between_paragraphs_stays_a_section_head_not_a_credit():
    text = page(
        "白沙村的变迁",
        "白沙村过去是有名的穷村,如今家家住上了新楼房。",
        "(十二)",
        "村里还办起了合作社,村民收入年年增长。",
    )
    [article] = parse_page(text)
    assert article.sections == ["(十二)"] and article.authors == []


def test_a_bracketed_credit_line_with_a_role_and_staff_names_only_the_reporters():
    text = page(
        "小小讲解员上岗",
        "暑假里,湖边小学的同学们在镇史馆当起了讲解员。",
        "他们轮流值班,一个月接待参观者三百多人。",
        "(周舟供稿 图文林夕 审核:王五 )",
        "湖边书屋开门迎客",
        "湖边书屋开门了,居民可以免费借阅。",
    )
    articles = parse_page(text)
    assert [a.title for a in articles] == ["小小讲解员上岗", "湖边书屋开门迎客"]
    assert articles[0].authors == ["周舟", "林夕"]


def test_a_role_and_name_line_after_the_text_is_its_credit_even_with_text_below():
    text = page(
        "白沙村的新菜场开张",
        "记者 周舟",
        "白沙村的新菜场昨天开张了,村民们一早就来买菜。",
        "菜场负责人林大海说,摊位已经全部租出。",
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
        "记者 林夕",
        "林大海告诉记者,白沙村菜场下个月还要增设早点摊位。",
    )
    articles = parse_page(text)
    market, bridge = by_title(articles, "白沙村的新菜场开张"), by_title(articles, "青松村修好石板桥")
    assert bridge.authors == ["林夕"] and market.authors == ["周舟"]
    assert market.body.endswith("还要增设早点摊位。")  # the headless text after the credit goes back
    assert len(articles) == 2


def test_a_bracketed_credit_naming_staff_at_the_end_of_the_text_gives_the_reporter_only():
    text = page(
        "白沙村清淤",
        "入冬以来,白沙村组织村民为村前小河清淤。",
        "两周下来,河水清了,岸边也种上了柳树。(融媒记者:林夕 编辑:周舟 审核:王五 终审:赵六)",
    )
    [article] = parse_page(text)
    assert article.authors == ["林夕"]
    assert article.body.endswith("岸边也种上了柳树。")


# -- datelines of other papers and sites ------------------------------------------------------------

def test_another_papers_dateline_without_names_starts_a_new_article_under_its_headline():
    text = page(
        "白沙社区的邻里节",
        "白沙社区的邻里节办了十年,今年来了两千多位居民。",
        "社区还请来剧团演出。",
        "邻里节里话家常",
        "江南晚报讯 周末,青松社区的邻里节热热闹闹开场,居民们摆出了百家宴。",
    )
    articles = parse_page(text)
    assert [a.title for a in articles] == ["白沙社区的邻里节", "邻里节里话家常"]
    assert articles[1].body.startswith("周末,青松社区")


def test_a_sites_dateline_gives_the_names_in_brackets_without_a_role():
    text = page("湖边社区开设夜校", "某某新闻网讯(林夕)3月2日晚,湖边社区的居民夜校开课了。")
    [article] = parse_page(text)
    assert article.authors == ["林夕"] and article.body.startswith("3月2日晚")


def test_a_report_opening_with_a_sites_name_and_its_word_for_a_report():
    text = page(
        "青松村举办插秧比赛",
        "云上某某报道:(通讯员 林夕)5月18日,青松村的插秧比赛吸引了二十支队伍。",
        "白沙渔港见闻",
        "某某门户网报道 清晨六点,白沙渔港的渔船陆续靠岸。",
    )
    articles = parse_page(text)
    assert articles[0].authors == ["林夕"] and articles[0].body.startswith("5月18日")
    assert articles[1].title == "白沙渔港见闻" and articles[1].body.startswith("清晨六点")


# -- names as papers print them ------------------------------------------------------------------

def test_a_two_character_name_spaced_out_is_one_name():
    text = page(
        "白沙村的茶园",
        "□ 张 栩 林小夕",
        "白沙村的茶园开采了,山坡上一片忙碌。",
        "茶农们在山坡上采摘新茶。\n本报特约记者 周 舟 摄",
    )
    articles = parse_page(text)
    article = by_title(articles, "白沙村的茶园")
    photo = next(a for a in articles if a.kind == "photo")
    assert article.authors == ["张栩", "林小夕"]
    assert photo.authors == ["周舟"]


def test_a_photo_credit_printed_without_spaces_is_still_a_photo_credit():
    text = page(
        "白沙村的老桥新生",
        "□江南日报记者 林夕",
        "游客们在河边拍照留念。",
        "江南日报记者周舟摄",
        "白沙村的老桥建于清代,去年开始修缮。",
        "如今,桥边还开了一家茶馆。",
    )
    articles = parse_page(text)
    article = by_title(articles, "白沙村的老桥新生")
    photo = next(a for a in articles if a.kind == "photo")
    assert photo.authors == ["周舟"] and photo.body.startswith("游客们在河边")
    assert article.authors == ["林夕"] and article.body.startswith("白沙村的老桥建于清代")


def test_a_role_without_a_name_under_a_caption_credits_nobody():
    text = page(
        "白沙村建起文化广场",
        "某某网讯(通讯员林夕、周舟)近日,白沙村的文化广场建成,晚上跳舞的人多了起来。",
        "白沙村的文化广场。\n通讯员 供图",
        "青松村修好石板桥",
        "青松村的石板桥修好了,孩子们上学不再绕远路。",
    )
    articles = parse_page(text)
    article = by_title(articles, "白沙村建起文化广场")
    photo = next(a for a in articles if a.kind == "photo")
    assert article.authors == ["林夕", "周舟"] and "白沙村的文化广场。" not in article.body
    assert photo.body.startswith("白沙村的文化广场") and photo.authors == []


def test_a_column_named_before_a_reporter_in_a_byline_is_not_a_name():
    text = page(
        "白沙镇办起招聘会",
        "江城观察 林小夕 某某在线记者 周舟 文/图",
        "3月5日,白沙镇的春季招聘会上,五十家企业拿出了八百个岗位。",
    )
    [article] = parse_page(text)
    assert article.authors == ["林小夕", "周舟"]


def test_two_names_printed_without_a_space_are_two_names():
    text = page("白沙村的新路灯", "本报白沙讯(通讯员 刘明李晓华)3月1日,白沙村新装的路灯亮了。")
    [article] = parse_page(text)
    assert article.authors == ["刘明", "李晓华"]


def test_an_author_line_under_the_headline_is_its_byline():
    text = page("白沙村龙舟队开训", "作者:林夕 周舟", "5月3日,白沙村龙舟队开始了赛前训练。")
    [article] = parse_page(text)
    assert article.authors == ["林夕", "周舟"] and article.subtitle is None


# -- headlines ----------------------------------------------------------------------------------

def test_a_headline_its_text_repeats_word_for_word_is_a_new_article_even_on_one_theme():
    text = page(
        "白沙镇的茶叶之路",
        "白沙镇种茶已有三百年,全镇茶园一万亩。",
        "白沙镇的茶农每年春天都要忙上两个月。",
        "白沙镇老茶厂改建成茶文化馆",
        "一场春雨过后,白沙镇老茶厂改建成茶文化馆,迎来第一批客人。",
        "白沙镇的茶文化馆里摆着老茶厂的制茶机器。",
    )
    articles = parse_page(text)
    assert [a.title for a in articles] == ["白沙镇的茶叶之路", "白沙镇老茶厂改建成茶文化馆"]


@pytest.mark.parametrize("title", ["留住乡村的年轻人(1):回乡创业", "留住乡村的年轻人(1):谁来种田?"])
def test_a_headline_numbering_an_instalment_of_a_series_starts_a_new_article(title):
    text = page(
        "白沙村的老会计",
        "王大海在白沙村当了三十年会计,账本堆满了两个柜子。",
        "村民们说,老会计的账从来没有错过一分钱。",
        title,
        "春天到了。村里的田地大多交给了合作社,种田的人越来越少。",
    )
    articles = parse_page(text)
    assert [a.title for a in articles] == ["白沙村的老会计", title]


def test_a_slogan_over_a_line_saying_which_leaders_acted_is_the_kicker():
    text = page(
        "携手同心共建美好家园",
        "县领导赴白沙调研农村供水工程",
        "本报讯 3月8日,县领导来到白沙镇,察看新建的供水站。",
    )
    [article] = parse_page(text)
    assert article.kicker == "携手同心共建美好家园"
    assert article.title == "县领导赴白沙调研农村供水工程"


# -- continuations ------------------------------------------------------------------------------

def test_a_continuation_naming_a_person_only_its_first_part_introduced_goes_back_to_it():
    text = page(
        "白沙镇修缮古桥",
        "入春以来,白沙镇对镇上的七座古桥逐一修缮。这些桥大多建于明清,有的桥面已经松动。",
        "“修旧如旧,一块老石头也不能丢。”副镇长林大海说,修缮前请专家逐座做了测绘。",
        "青松村老街换新颜",
        "青松村的老街铺上了青石板,沿街的店铺挂起了统一的招牌。",
        "老街的店铺今年多了一倍,周末游客络绎不绝。",
        "林大海介绍,七座古桥将在端午前全部完工,届时还将举办古桥摄影展。",
    )
    articles = parse_page(text)
    bridges, street = by_title(articles, "白沙镇修缮古桥"), by_title(articles, "青松村老街换新颜")
    assert bridges.body.endswith("还将举办古桥摄影展。")
    assert street.body.endswith("周末游客络绎不绝。")
