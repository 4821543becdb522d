"""More layouts met on pages laid out from real texts nobody had tuned for: other papers'
datelines and credits, numbered and place-named heads, exclamation titles, photos between a
headline and its body, articles continued after another. Every snippet is invented."""

from app.parsing import ParsedArticle, parse_page
from app.parsing.similarity import place_names
from tests.helpers import page


def titles(articles: list[ParsedArticle]) -> list[str | None]:
    return [a.title for a in articles]


# -- datelines and credits ----------------------------------------------------------------------

def test_another_papers_dateline_gives_its_names_and_opens_the_body():
    text = page(
        "青松村办起共享菜园",
        "江南晚报讯(记者 林夕 通讯员 周舟)近日,青松村把村口闲置地改成共享菜园。",
        "二十户村民认领了菜畦,收成的一部分送给独居老人。",
    )
    [article] = parse_page(text)
    assert article.authors == ["林夕", "周舟"]
    assert article.body.startswith("近日,青松村")


def test_a_sites_dateline_with_its_papers_name_in_brackets_is_a_dateline():
    text = page(
        "白沙镇开展义诊",
        "湖光网(湖光日报网)讯(记者林夕 通讯员周舟、王五)5月8日,白沙镇卫生院走进村里开展义诊。",
    )
    [article] = parse_page(text)
    assert article.authors == ["林夕", "周舟", "王五"]
    assert article.body.startswith("5月8日")


def test_names_alone_in_brackets_after_the_last_sentence_are_the_credit():
    text = page(
        "白沙镇志愿者清理河道",
        "本报讯 白沙镇志愿者周末清理了镇区三条河道。",
        "清出垃圾两吨多,河面焕然一新。 (林夕)",
    )
    [article] = parse_page(text)
    assert article.authors == ["林夕"]
    assert "林夕" not in article.body


def test_an_editorial_note_in_brackets_is_not_a_name():
    text = page("老街的故事", "老街的石板路,已经走过了三百年。(待续)")
    [article] = parse_page(text)
    assert article.authors == [] and article.body.endswith("(待续)")


def test_a_supplied_picture_credited_by_name_under_its_caption_is_a_photo():
    text = page(
        "青松村办起共享菜园",
        "近日,青松村把村口闲置地改成共享菜园,二十户村民认领了菜畦。",
        "",
        "村民在菜园里劳作。\n周舟 供图",
    )
    articles = parse_page(text)
    assert [a.kind for a in articles] == ["article", "photo"]
    assert articles[1].authors == ["周舟"] and articles[1].body == "村民在菜园里劳作。"


def test_the_day_a_picture_was_taken_stays_in_its_caption():
    text = page("村民在菜园里浇水(5月8日摄)。\n周舟 摄")
    [photo] = parse_page(text)
    assert photo.kind == "photo" and photo.body == "村民在菜园里浇水(5月8日摄)。"


def test_an_unpunctuated_line_over_a_photo_credit_is_the_caption():
    text = page("白沙镇老街修缮完工", "老街修缮工程近日完工,老宅恢复原样。", "", "", "茶馆里喝早茶的老人\n周舟 摄")
    photo = parse_page(text)[-1]
    assert (photo.kind, photo.title, photo.body) == ("photo", None, "茶馆里喝早茶的老人")


# -- heads ----------------------------------------------------------------------------------------

def test_numbered_heads_are_sections_of_the_article():
    text = page(
        "湖畔春游三条线",
        "春天到了,湖畔各镇推出了三条春游线路。",
        "1. 白沙老街寻茶",
        "白沙老街的茶馆一早开门,游客可以体验炒茶。",
        "2. 青松村摘草莓",
        "青松村的草莓大棚对游客开放,采摘按斤计价。",
        "3. 长林古桥看灯",
        "长林古桥夜里亮灯,桥下有游船往返。",
    )
    [article] = parse_page(text)
    assert article.sections == ["1. 白沙老街寻茶", "2. 青松村摘草莓", "3. 长林古桥看灯"]


def test_a_headline_opening_with_a_place_and_a_colon_starts_a_new_article_of_the_same_theme():
    text = page(
        "湖光:产业兴旺助力乡村振兴",
        "近年来,湖光市大力发展乡村产业,白沙镇的茶叶、青松村的草莓都打出了品牌。",
        "各镇还办起了农产品展销会。",
        "湖光青松村:草莓大棚里的新农人",
        "走进湖光市白沙镇青松村,草莓大棚里一片忙碌。",
        "返乡青年在棚里直播卖草莓,一天能卖出两百多单。",
    )
    assert titles(parse_page(text)) == ["湖光:产业兴旺助力乡村振兴", "湖光青松村:草莓大棚里的新农人"]


def test_a_comma_title_opening_with_the_place_below_and_a_colon_is_a_title():
    text = page(
        "老街上的茶馆",
        "白沙老街的茶馆一早就坐满了人,老茶客们说,这里的早茶一喝就是几十年,谁也离不开这一口。",
        "白沙镇:老街焕新,游客盈门",
        "白沙镇这个周末来了不少外地客人,茶室门口排起了长队。",
    )
    assert titles(parse_page(text)) == ["老街上的茶馆", "白沙镇:老街焕新,游客盈门"]


def test_town_and_village_as_common_nouns_name_no_place():
    # 提升镇村风貌 and 引导村民 name nobody, so the head stays a section of its article
    assert place_names("全面提升镇村风貌,引导村民参与,创建文明村镇,建设美丽村庄") == set()
    text = page(
        "白沙镇人居环境整治见成效",
        "今年以来,白沙镇补齐短板,整治河道十三条。",
        "环境再提升 家园焕新颜",
        "白沙镇全面提升镇村风貌,引导村民拆除违建,家家户户门前整洁。",
    )
    [article] = parse_page(text)
    assert article.sections == ["环境再提升 家园焕新颜"]


def test_honours_and_kinds_of_village_are_not_place_names():
    assert place_names("全国文明村、省级示范村、千强镇、二十个自然村和行政村、湖光工业园区") == set()
    assert place_names("白沙镇青松村") == {"白沙", "青松"}


def test_an_exclamation_that_restates_the_text_below_is_a_title():
    text = page(
        "",
        "白沙老街,上热搜!",
        "今天一早,白沙老街登上了热搜,老街的茶馆成了打卡地。",
        "不少游客专程赶来,茶馆门口排起了长队。",
    )
    [article] = parse_page(text)
    assert article.title == "白沙老街,上热搜!"


def test_a_comma_title_over_a_dash_subtitle_is_the_title():
    text = page(
        "",
        "守住老街,守住乡愁",
        "——记白沙镇老街修缮工程",
        "白沙镇老街修缮工程近日完工,二十多座老宅恢复了原样。",
    )
    [article] = parse_page(text)
    assert (article.kicker, article.title, article.subtitle) == (None, "守住老街,守住乡愁", "——记白沙镇老街修缮工程")


def test_a_headline_over_a_captioned_photo_titles_the_text_after_it():
    text = page(
        "白沙镇老街修缮完工",
        "白沙镇老街修缮工程近日完工,二十多座老宅恢复了原样,街上还新开了书店和茶室,周末游客不少。",
        "采茶人家忙",
        "果农在大棚里采摘草莓。\n周舟 摄",
        "时下,湖畔的新茶陆续上市,茶农天不亮就上山采摘鲜叶。",
    )
    articles = parse_page(text)
    assert [(a.kind, a.title) for a in articles] == [
        ("article", "白沙镇老街修缮完工"), ("article", "采茶人家忙"), ("photo", None)]
    assert articles[1].body.startswith("时下") and articles[2].body == "果农在大棚里采摘草莓。"


# -- continuations --------------------------------------------------------------------------------

def test_a_paragraph_printed_with_its_credit_ends_its_article_and_the_rest_goes_back():
    text = page(
        "青松村的草莓熟了",
        "青松村的草莓大棚近日迎来采摘季,大棚里红彤彤的草莓挂满枝头,前来采摘的游客络绎不绝,"
        "不少人一买就是好几箱,返乡青年小周每天都在棚里",
        "长林镇志愿服务暖人心",
        "本报讯 长林镇近年来组建了十支志愿服务队,注册志愿者一千二百多名,服务覆盖全镇各村。",
        "“志愿服务+环境整治”,队员每周清理一次河道。(林夕)",
        "直播卖草莓,一天能卖出两百多单。",
        "青松村还打算明年再建五个大棚。",
    )
    first, second = parse_page(text)
    assert "都在棚里直播卖草莓" in first.body and "再建五个大棚" in first.body
    assert second.authors == ["林夕"] and second.body.endswith("清理一次河道。")


def test_a_continuation_that_opens_by_restating_the_first_headline_goes_back_to_it():
    text = page(
        "青松村菜园扩建工程加快推进",
        "初夏的风拂过青松村的田野,新翻的菜畦一垄挨着一垄,村民们一早就在地里忙着搭瓜架、种豆角。",
        "青松村:共享菜园见成效",
        "青松村把村口闲置地改成共享菜园,二十户村民认领了菜畦。",
        "菜园收成的一部分送给村里的独居老人。",
        "日前,青松村菜园扩建工程正在加快推进,新建菜畦四十块。",
        "扩建完成后,菜园将向周边社区开放。",
    )
    first, second = parse_page(text)
    assert first.title == "青松村菜园扩建工程加快推进"
    assert "扩建工程正在加快推进" in first.body and "向周边社区开放" in first.body
    assert "扩建" not in second.body


def test_a_neutral_piece_finishes_the_sentence_the_first_article_left_open():
    text = page(
        "青松村建起智慧大棚",
        "走进青松村的智慧大棚,一排排番茄长势喜人,滴灌管道沿着苗床铺开,农技员正在查看长势,棚内的电子屏上实",
        "白沙镇老街修缮完工",
        "白沙镇老街修缮工程近日完工,二十多座老宅恢复了原样,街上还新开了书店和茶室,周末游客不少。",
        "时显示着温度和湿度。",
        "“手机上就能看数据,浇水施肥心里有底。”",
        "青松村的农技员说,大棚里的番茄比露天的早熟半个月。",
    )
    first, second = parse_page(text)
    assert "电子屏上实时显示着温度和湿度。" in first.body and "心里有底" in first.body
    assert "早熟半个月" in first.body
    assert second.body.endswith("周末游客不少。")


def every_line_apart(paragraph: str, width: int = 20) -> str:
    """A paragraph as a narrow column prints it when every line stands apart."""
    return "\n\n".join(paragraph[k:k + width] for k in range(0, len(paragraph), width))


def test_a_closing_quote_and_full_stop_pushed_onto_a_line_of_their_own_end_the_text_above():
    lead = ("白沙镇老街修缮工程近日完工,二十多座老宅恢复了原样,街上新开了书店和茶室,周末游客真不少,"
            "镇上人都把这条老街叫作“会客厅”。")
    assert every_line_apart(lead).endswith("\n\n”。")  # the column pushed `”。` onto a line of its own
    text = page(
        "白沙镇老街修缮完工",
        every_line_apart(lead),
        "老宅新生 茶香满街",
        every_line_apart("修缮后的老宅里开起了茶室和书店,周末来喝茶看书的游客络绎不绝,老街坊们说比从前热闹多了。"),
    )
    [article] = parse_page(text)
    assert article.sections == ["老宅新生 茶香满街"]
    assert "叫作“会客厅”。" in article.body


def test_the_text_under_a_section_head_stays_with_the_heads_article():
    # it names a village only the article above names, yet the head says whose it is
    text = page(
        "青松村草莓大棚开园",
        "青松村的草莓大棚近日开园,大棚里红彤彤的草莓挂满枝头,前来采摘的游客络绎不绝,停车场一早就满了。",
        "湖光:农文旅融合发展",
        "近年来,湖光市把农业、文化和旅游连在一起,乡村游一年比一年热,周末的民宿常常一房难求。",
        "一条路串起三个村",
        "这条乡村公路沿途穿过白沙镇、青松村和长林村,路边的花海成了拍照打卡的好去处。",
    )
    first, second = parse_page(text)
    assert second.sections == ["一条路串起三个村"] and second.body.endswith("打卡的好去处。")
    assert "乡村公路" not in first.body


def test_a_headline_whose_subject_opens_the_text_below_and_is_new_to_the_page_starts_an_article():
    text = page(
        "白沙镇老街修缮完工",
        "白沙镇老街修缮工程近日完工,二十多座老宅恢复了原样,街上还新开了书店和茶室,周末游客不少。",
        "千亩荷塘 再迎花期",
        "荷塘边的木栈道已经修好,六月起每天傍晚都有人来散步、拍照,附近的农家乐也忙了起来。",
    )
    assert titles(parse_page(text)) == ["白沙镇老街修缮完工", "千亩荷塘 再迎花期"]


def test_a_head_whose_subject_the_article_above_already_named_stays_a_section():
    text = page(
        "白沙镇荷塘整治见成效",
        "今年以来,白沙镇清淤疏浚了镇东的千亩荷塘,新修木栈道两公里,塘边还种上了垂柳。",
        "荷塘边上 人气渐旺",
        "荷塘边的农家乐忙了起来,周末的包间要提前一周预订,村民的腰包也鼓了。",
    )
    [article] = parse_page(text)
    assert article.sections == ["荷塘边上 人气渐旺"]


def test_an_exclamation_naming_what_the_text_below_opens_with_is_a_new_title():
    text = page(
        "白沙镇老街修缮完工",
        "白沙镇老街修缮工程近日完工,二十多座老宅恢复了原样,街上还新开了书店和茶室,周末游客不少。",
        "中秋游湖畔,玩法抢先看!",
        "中秋将至,湖畔各景区推出了赏月、游船和灯会,市民可以提前在网上预约。",
    )
    assert titles(parse_page(text)) == ["白沙镇老街修缮完工", "中秋游湖畔,玩法抢先看!"]


def test_an_exclamation_repeating_the_articles_own_words_stays_text():
    text = page(
        "常来白沙 茶香老街行",
        "第一次去白沙,是为了老街上的那一壶早茶,茶馆里坐满了喝茶聊天的老人。",
        "常来白沙,白沙常来!",
        "白沙的老街不长,走完一趟不过半个小时,可每一块石板都有故事。",
    )
    [article] = parse_page(text)
    assert article.sections == [] and "常来白沙,白沙常来!" in article.body
