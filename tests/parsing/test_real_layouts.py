"""Layouts met on real pages: articles without datelines side by side, section heads, kicker and
subtitle lines, captions between a headline and its body, interrupted articles, and the same
page wrapped at a narrow column width. Every snippet here is invented."""

import textwrap

from app.parsing import ParsedArticle, parse_page
from tests.helpers import by_title, page


def narrow(text: str, width: int = 37) -> str:
    """The same page as narrow columns print it: every long line wrapped at `width` characters."""
    out = []
    for line in text.split("\n"):
        out.extend(textwrap.wrap(line, width) if len(line) > width else [line])
    return "\n".join(out)


def titles(articles: list[ParsedArticle]) -> list[str | None]:
    return [a.title for a in articles]



# -- a new article or a section head of the one above ------------------------------------------

TWO_UNDATED_ARTICLES = page(
    "青松村办起共享菜园",
    "近日,青松村把村口一片闲置地改成共享菜园,二十户村民认领了菜畦。",
    "村干部说,菜园收成的一部分将送给村里的独居老人。",
    "白沙镇开通乡村公交",
    "上周,白沙镇开通两条乡村公交线路,沿线八个村的村民出行更方便了。",
    "线路每半小时发一班车。",
)


def test_a_headline_naming_a_new_place_starts_a_new_article():
    articles = parse_page(TWO_UNDATED_ARTICLES)
    assert titles(articles) == ["青松村办起共享菜园", "白沙镇开通乡村公交"]
    assert "公交" not in articles[0].body and articles[0].sections == []


def test_a_headline_that_restates_the_text_below_starts_a_new_article():
    text = page(
        "老街茶馆重新开张",
        "修缮一新的老街茶馆昨天重新开张,老茶客们又坐回了熟悉的位置。",
        "茶馆每天下午还有评弹演出。",
        "职工书屋添新书",
        "区总工会为职工书屋添置新书五百册,职工书屋每周开放六天。",
    )
    assert titles(parse_page(text)) == ["老街茶馆重新开张", "职工书屋添新书"]


def test_a_head_about_the_same_place_stays_a_section_head():
    text = page(
        "青松村描绘乡村新图景",
        "近年来,青松村整治河塘、修缮老屋,村容村貌焕然一新。",
        "青山绿水入画来",
        "走进青松村,一条清澈的小河穿村而过,河边的步道上不时有村民散步。",
        "产业兴旺好日子",
        "村里的茶叶合作社今年收入比去年增长了两成。",
    )
    articles = parse_page(text)
    assert titles(articles) == ["青松村描绘乡村新图景"]
    assert articles[0].sections == ["青山绿水入画来", "产业兴旺好日子"]


# -- kicker, title and subtitle --------------------------------------------------------------

def test_three_headline_lines_are_kicker_title_and_subtitle():
    text = page("区政协视察河道整治", "碧水绕城 清流入户", "三条河道年底前全部完工",
                "本报讯(甘霖)昨天,区政协组织委员视察河道整治工程。")
    article = parse_page(text)[0]
    assert (article.kicker, article.title, article.subtitle) == (
        "区政协视察河道整治", "碧水绕城 清流入户", "三条河道年底前全部完工")


def test_a_slogan_over_a_line_naming_who_acted_is_the_kicker():
    text = page("把好事办到群众心坎上", "梅林镇召开民生实事推进会",
                "本报讯(柯然)梅林镇昨天召开民生实事推进会,确定今年十件实事。")
    article = parse_page(text)[0]
    assert (article.kicker, article.title) == ("把好事办到群众心坎上", "梅林镇召开民生实事推进会")


def test_a_title_over_a_slogan_keeps_the_slogan_as_subtitle():
    text = page("梅林镇召开民生实事推进会", "把好事办到群众心坎上",
                "本报讯(柯然)梅林镇昨天召开民生实事推进会,确定今年十件实事。")
    article = parse_page(text)[0]
    assert (article.kicker, article.title, article.subtitle) == (
        None, "梅林镇召开民生实事推进会", "把好事办到群众心坎上")


def test_a_comma_title_under_a_dash_kicker_is_the_title():
    text = page("治水护绿惠民生——", "湖光镇:水清岸绿,百姓乐享",
                "湖光镇今年疏浚河道二十公里,沿岸新建绿道六公里。",
                "镇里还在河边建起三座口袋公园。")
    article = parse_page(text)[0]
    assert (article.kicker, article.title) == ("治水护绿惠民生——", "湖光镇:水清岸绿,百姓乐享")
    assert article.body.startswith("湖光镇今年疏浚河道")


def test_a_comma_title_that_restates_its_text_is_a_title():
    text = page("银杏社区:老人吃饭,食堂管饱",
                "银杏社区的老人食堂开张一个月,每天有六十多位老人来这里吃饭。",
                "食堂的饭菜每周换一次花样。")
    article = parse_page(text)[0]
    assert article.title == "银杏社区:老人吃饭,食堂管饱"


def test_a_comma_line_that_breaks_a_sentence_stays_text():
    text = page("银杏社区 办起老人食堂",
                "今年以来,银杏社区多方筹措资金",
                "办起老人食堂,每天有六十多位老人来这里吃饭。")
    article = parse_page(text)[0]
    assert article.title == "银杏社区 办起老人食堂"
    assert article.body == "今年以来,银杏社区多方筹措资金办起老人食堂,每天有六十多位老人来这里吃饭。"


# -- an article interrupted by another and continued lower -----------------------------------

def test_an_article_broken_off_mid_sentence_takes_back_its_continuation():
    text = page(
        "桃园村修缮百年古桥",
        "桃园村的古石桥建于清代,去年汛期桥面出现裂缝。村里请来文物专家,",
        "柳岸社区 旧衣回收进小区",
        "本报讯(江帆)柳岸社区在五个小区设置旧衣回收箱,居民可随时投放。",
        "回收的旧衣经过消毒后捐给公益组织。",
        "按照原样修缮古桥的石栏和桥面。桃园村党支部书记说,古桥修好后将成为村里的文化地标。",
        "修缮工程预计年底完工,届时古桥将重新向行人开放。",
    )
    articles = parse_page(text)
    bridge = by_title(articles, "桃园村修缮百年古桥")
    clothes = by_title(articles, "柳岸社区 旧衣回收进小区")
    assert "村里请来文物专家,按照原样修缮古桥" in bridge.body
    assert bridge.body.endswith("重新向行人开放。")
    assert "古桥" not in clothes.body and clothes.authors == ["江帆"]


def test_a_continuation_naming_the_first_articles_place_goes_back_to_it():
    text = page(
        "杏花村办起农民夜校",
        "杏花村的农民夜校开课一个月,每周三晚上上课。",
        "东湖街道 开展消防演练",
        "本报讯(林立)东湖街道昨天在辖区商场开展消防演练,二百多名员工参加。",
        "演练结束后,消防员为员工讲解了灭火器的使用方法。",
        "杏花村的夜校请来农技员讲种植技术,村民听得很认真。",
    )
    articles = parse_page(text)
    assert by_title(articles, "杏花村办起农民夜校").body.endswith("村民听得很认真。")
    assert "夜校" not in by_title(articles, "东湖街道 开展消防演练").body


def test_a_credit_printed_after_a_continuation_goes_with_it():
    text = page(
        "石湖镇 整治河塘",
        "本报讯 石湖镇今年整治河塘四十口,清淤二十万立方米,",
        "金桥社区举办邻里节",
        "金桥社区昨天举办邻里节,居民带来自家做的点心。",
        "邻里节上还有书法表演。",
        "沿河新建步道三公里。石湖镇有关负责人表示,明年将再整治三十口河塘。",
        "·程远·",
    )
    articles = parse_page(text)
    assert by_title(articles, "石湖镇 整治河塘").authors == ["程远"]
    assert by_title(articles, "金桥社区举办邻里节").authors == []


def test_a_line_ending_in_a_particle_is_a_broken_sentence_not_a_subtitle():
    text = page("南塘社区的“老娘舅”",
                "七十岁的周伯是南塘社区调解队里年纪最大的",
                "队员,也是居民最信任的人。",
                "他调解邻里纠纷已有十年。")
    article = parse_page(text)[0]
    assert article.subtitle is None
    assert article.body.startswith("七十岁的周伯是南塘社区调解队里年纪最大的队员")


# -- photos between a headline and its body ----------------------------------------------------

def test_a_caption_between_a_headline_and_its_body_is_a_photo_of_its_own():
    text = page(
        "芦苇荡湿地公园开园",
        "5月1日,小朋友在城东小学的操场上放风筝。\n韦青 摄",
        "本报讯(骆川)芦苇荡湿地公园昨天开园,公园里新建了三公里木栈道。",
        "湿地公园每天开放到晚上九点。",
    )
    articles = parse_page(text)
    park = by_title(articles, "芦苇荡湿地公园开园")
    photo = next(a for a in articles if a.kind == "photo")
    assert park.kind == "article" and park.authors == ["骆川"]
    assert park.body.startswith("芦苇荡湿地公园昨天开园") and "风筝" not in park.body
    assert photo.title is None and photo.authors == ["韦青"] and "风筝" in photo.body


def test_a_photo_credit_under_an_articles_lead_keeps_the_article_whole():
    text = page(
        "翠竹社区开设周末课堂",
        "□ 柏舟",
        "翠竹社区的周末课堂本月开课,社区里的孩子可以免费参加。\n柏舟 摄",
        "周末课堂由退休教师授课,开设书法、象棋和手工三门课。",
        "翠竹社区还为课堂添置了新桌椅。",
    )
    articles = parse_page(text)
    assert [a.kind for a in articles] == ["article"]
    article = articles[0]
    assert article.authors == ["柏舟"] and "摄" not in article.body
    assert article.body.startswith("翠竹社区的周末课堂") and article.body.endswith("添置了新桌椅。")


def test_a_correspondents_photo_credit_is_not_a_dateline():
    text = page("雪后古镇", "古镇的石桥上落满了雪。\n本报通讯员 白羽 摄")
    photo = parse_page(text)[0]
    assert photo.kind == "photo" and photo.authors == ["白羽"] and photo.body == "古镇的石桥上落满了雪。"


# -- the same page wrapped at a narrow column width --------------------------------------------

LONG_PAGE = page(
    "青松村办起共享菜园",
    "本报讯(罗晴)近日,青松村把村口一片闲置了多年的荒地改成共享菜园,村里二十户村民认领了菜畦,"
    "种上了青菜、萝卜和番茄,菜园每天早晚都有村民来浇水除草。",
    "村干部说,菜园收成的一部分将送给村里的独居老人,剩下的由认领菜畦的村民自己留用,"
    "村里还请来农技员每月上一堂种菜课。",
    "入秋以来全村三十二户党员家庭和村里的志愿者在周末走进菜园帮助年纪大的村民采摘成熟的"
    "青菜和萝卜并把一部分蔬菜送到了村里的老年食堂。",
    "白沙镇开通乡村公交",
    "本报讯(石磊)上周,白沙镇开通两条乡村公交线路,沿线八个村的村民到镇上赶集、看病、办事"
    "都不用再走远路,两条线路每半小时发一班车,老人凭卡免费乘坐。",
    "开通一周以来,两条线路每天载客超过八百人次,早晚高峰时段还加开了班次,镇里正在考虑"
    "再开一条通往高铁站的线路。",
)


def cut(articles: list[ParsedArticle]) -> list[tuple]:
    return [(a.kind, a.title, a.authors, a.sections, "".join(a.body.split())) for a in articles]


def test_a_page_wrapped_at_a_narrow_width_is_cut_as_the_wide_page():
    wide = parse_page(LONG_PAGE)
    assert titles(wide) == ["青松村办起共享菜园", "白沙镇开通乡村公交"]
    assert cut(parse_page(narrow(LONG_PAGE))) == cut(wide)


def test_a_wrapped_line_is_never_a_headline_even_before_a_blank_line():
    every_line_apart = "\n\n".join(narrow(LONG_PAGE).split("\n"))
    assert cut(parse_page(every_line_apart)) == cut(parse_page(LONG_PAGE))


def test_a_credit_under_a_wrapped_caption_keeps_its_own_line():
    text = narrow(LONG_PAGE + "\n\n" + (
        "6月1日,城东小学的学生在操场上表演节目,家长们在一旁为孩子们鼓掌加油,校园里一片欢声笑语,"
        "孩子们还把亲手做的贺卡和鲜花送给了辛勤工作的老师们。\n"
        "韦青 摄\n"))
    photo = parse_page(text)[-1]
    assert photo.kind == "photo" and photo.authors == ["韦青"] and "摄" not in photo.body


def test_a_headline_as_wide_as_the_column_stays_a_headline():
    title = "梧桐街道组织辖区内三十多家企业负责人召开安全生产和消防工作专题推进会议"
    text = "\n\n".join(narrow(LONG_PAGE).split("\n")) + "\n\n" + page(
        title, "本报讯(汪洋)梧桐街道昨天召开安全生产工作会议。")
    assert by_title(parse_page(text), title).authors == ["汪洋"]


# -- more headline shapes ----------------------------------------------------------------------

def test_a_comma_headline_set_apart_by_two_blank_lines_is_a_headline():
    text = page("柳岸社区 旧衣回收进小区", "本报讯(江帆)柳岸社区在五个小区设置旧衣回收箱。") + "\n\n" + page(
        "冬日送温暖,邻里情更浓", "入冬以来,社区志愿者为独居老人送去棉被和取暖器。")
    assert titles(parse_page(text)) == ["柳岸社区 旧衣回收进小区", "冬日送温暖,邻里情更浓"]


def test_a_long_unfinished_line_over_a_title_and_byline_is_the_kicker():
    kicker = "整洁的街道、有序的车流、礼让的司机和随处可见的热心志愿者一起让这座小城的日子越过越舒心"
    text = page(kicker, "一声“真好”是对小城最好的评价", "□ 本报记者 闻笛",
                "生活在这座小城,你是否留意过街头的这些变化?")
    article = parse_page(text)[0]
    assert (article.kicker, article.title, article.authors) == (kicker, "一声“真好”是对小城最好的评价", ["闻笛"])


def test_a_papers_own_name_before_a_role_is_not_an_author():
    text = page("小城新变化", "□ 晚报记者 闻笛 晚报通讯员 岳山", "生活在这座小城,你是否留意过街头的这些变化?")
    assert parse_page(text)[0].authors == ["闻笛", "岳山"]


def test_a_caption_under_a_head_inside_an_article_leaves_the_head_to_the_next_article():
    text = page(
        "青松村描绘乡村新图景",
        "近年来,青松村整治河塘、修缮老屋,村容村貌焕然一新。",
        "村里的茶叶合作社今年收入比去年增长了两成。",
        "白沙镇开通乡村公交",
        "5月1日,小朋友在城东小学的操场上放风筝。\n韦青 摄",
        "本报讯(石磊)上周,白沙镇开通两条乡村公交线路。",
    )
    articles = parse_page(text)
    bus = by_title(articles, "白沙镇开通乡村公交")
    assert bus.authors == ["石磊"] and bus.body.startswith("上周,白沙镇")
    assert by_title(articles, "青松村描绘乡村新图景").sections == []
    assert [a.kind for a in articles].count("photo") == 1


def test_the_piece_that_finishes_an_open_sentence_goes_back_with_its_continuation():
    text = page(
        "桃园村修缮百年古桥",
        "桃园村的古石桥建于清代,去年汛期桥面出现裂缝。村里请来文物专家,",
        "柳岸社区 旧衣回收进小区",
        "本报讯(江帆)柳岸社区在五个小区设置旧衣回收箱,居民可随时投放。",
        "回收的旧衣经过消毒后捐给公益组织,每月清运两次。",
        "全程指导施工,工期三个月。",
        "桃园村党支部书记说,古桥修好后将成为桃园村的文化地标。",
    )
    articles = parse_page(text)
    bridge = by_title(articles, "桃园村修缮百年古桥")
    assert "村里请来文物专家,全程指导施工,工期三个月。" in bridge.body
    assert bridge.body.endswith("文化地标。")
    assert by_title(articles, "柳岸社区 旧衣回收进小区").body.endswith("每月清运两次。")


def lines_apart(*paragraphs: str, width: int = 37) -> str:
    """Paragraphs cut every `width` characters, a blank line after every line."""
    lines = [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]
    return "\n\n".join(lines) + "\n"


def test_the_short_last_line_of_a_broken_paragraph_is_not_an_article():
    # The column broke a sentence after `全镇的电子`; the text goes on in the next piece.
    text = "\n\n".join(narrow(LONG_PAGE).split("\n")) + "\n\n" + lines_apart(
        "白沙镇的公交站台都装上了电子站牌,乘客在站台上就能看到下一班车还有几分钟到站全镇的电子",
        "站牌今年还将增加一倍,老人们说再也不用在路边干等了。")
    articles = parse_page(text)
    assert titles(articles) == ["青松村办起共享菜园", "白沙镇开通乡村公交"]
    assert "到站全镇的电子站牌今年" in articles[1].body


def test_a_reporters_credit_split_by_the_column_is_still_read():
    text = "\n\n".join(narrow(LONG_PAGE).split("\n")) + "\n\n" + page(
        "河口镇 整治占道经营") + lines_apart(
        "河口镇集中整治占道经营行为,清理占道摊点四十余处,主干道通行顺畅了。(记者 甘霖)")
    assert by_title(parse_page(text), "河口镇 整治占道经营").authors == ["甘霖"]


def test_a_full_stop_or_quote_pushed_onto_a_line_of_its_own_ends_the_text_above():
    text = "\n\n".join(narrow(LONG_PAGE).split("\n")) + "\n\n" + lines_apart(
        "一位老人笑着对我说:“车站就在家门口,去镇上看病方便多了,再也不用走远路了!”",
        "镇里还为公交线路沿线的十二个站台加装了雨棚和座椅,方便乘客候车休息。")
    body = parse_page(text)[-1].body
    assert "再也不用走远路了!”" in body
    assert body.endswith("方便乘客候车休息。")
