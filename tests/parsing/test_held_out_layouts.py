"""Layouts met on a further round of pages laid out from real texts nobody had tuned for:
credits printed in other ways, numbered heads, comma heads, a diary's date line, captions
without a credit, quotations cut by the column. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


# -- credits ---------------------------------------------------------------------------------------

def test_a_byline_boxed_with_a_double_circle_and_a_papers_name_gives_only_the_names():
    text = page(
        "走进湖边的村庄",
        "◎ 文 江南日报 《乡土》全媒体记者 林夕",
        "湖边的白沙村,这几年变了模样。",
        "村里修了步道,建了书屋。",
    )
    [article] = parse_page(text)
    assert article.title == "走进湖边的村庄"
    assert article.authors == ["林夕"]
    assert article.body.startswith("湖边的白沙村")


def test_a_photo_credit_ending_in_a_full_stop_is_still_a_credit():
    text = page(
        "白沙村的秋天",
        "白沙村的稻田一片金黄,村民们忙着收割。",
        "江南日报记者 林夕 摄。",
    )
    [photo] = parse_page(text)
    assert photo.kind == "photo" and photo.authors == ["林夕"]
    assert "摄" not in photo.body


def test_a_file_photo_credit_makes_the_line_above_a_caption_between_headline_and_body():
    text = page(
        "白沙村走出致富新路",
        "▲村口的百年银杏\n资料图片",
        "白沙村地处湖边,过去是有名的穷村。",
        "如今,白沙村靠银杏林发展起乡村旅游,致富新路越走越宽。",
    )
    articles = parse_page(text)
    photo = next(a for a in articles if a.kind == "photo")
    article = by_title(articles, "白沙村走出致富新路")
    assert "银杏" in photo.body and "资料图片" not in photo.body
    assert article.body.startswith("白沙村地处湖边")


def test_a_credit_in_brackets_opening_the_first_paragraph_gives_the_names():
    text = page(
        "白沙镇入选历史文化名镇",
        "(全媒体记者林夕 通讯员周舟)近日,白沙镇入选省历史文化名镇。",
        "白沙老街保存着两百多间老屋。",
    )
    [article] = parse_page(text)
    assert article.authors == ["林夕", "周舟"]
    assert article.body.startswith("近日,白沙镇")


def test_a_role_and_name_line_after_the_last_paragraph_is_the_articles_credit():
    text = page(
        "白沙镇调研乡村振兴",
        "5月8日,县领导到白沙镇调研乡村振兴工作,察看了青松村的示范点和生态园。",
        "调研要求,各村要围绕乡村振兴履职尽责,开拓工作新局面。",
        "融媒体记者:林夕",
        "青松村的新书屋",
        "青松村的书屋开门了,村民们排队借书。",
    )
    articles = parse_page(text)
    article = by_title(articles, "白沙镇调研乡村振兴")
    assert article.authors == ["林夕"] and article.body.endswith("开拓工作新局面。")
    assert by_title(articles, "青松村的新书屋").authors == []


def test_an_end_credit_naming_text_and_photos_gives_the_names():
    text = page(
        "一本相册送给居民",
        "白沙社区把十年的活动照片编成相册,送给居民。",
        "“这是我们的回忆。”( 江南融媒记者 林夕 通讯员 周舟 文/摄)",
    )
    [article] = parse_page(text)
    assert article.kind == "article" and article.authors == ["林夕", "周舟"] and article.credits == []
    assert article.body.endswith("回忆。”")


# -- numbered and comma heads ----------------------------------------------------------------------

def test_a_numbered_head_with_a_comma_is_a_section_not_a_broken_sentence():
    text = page(
        "种菜种出好日子",
        "白沙村的蔬菜合作社成立十年,带着村民走上致富路。",
        "一、敢为人先,带头试种",
        "十年前,村里没人种过大棚菜,书记第一个试种。",
        "二、抱团发展,统一销售",
        "合作社统一收购,菜农不愁销路。",
    )
    [article] = parse_page(text)
    assert article.sections == ["一、敢为人先,带头试种", "二、抱团发展,统一销售"]
    assert "一、敢为人先,带头试种\n十年前" in article.body


def test_a_two_phrase_comma_head_after_finished_text_is_a_section():
    text = page(
        "走进江南小城",
        "江南小城的繁荣,来自一个个村庄的发展。",
        "白沙村,一个普通村庄的逆袭",
        "在小城的最西边,湖水边几座凉亭里,画家们对着青山作画。",
        "白沙村十年前还是穷村,如今成了网红村。",
    )
    [article] = parse_page(text)
    assert article.sections == ["白沙村,一个普通村庄的逆袭"]


def test_a_short_comma_line_that_opens_a_clause_is_still_a_broken_sentence():
    text = page(
        "白沙镇整治河道",
        "白沙镇今年整治河道十条。",
        "近年来,白沙",
        "镇把河道整治作为民生实事来办。",
    )
    [article] = parse_page(text)
    assert article.sections == []
    assert "近年来,白沙镇把河道" in article.body.replace("\n", "")


def test_a_head_printed_on_two_lines_the_first_ending_in_a_comma_is_one_section():
    text = page(
        "双节同乐",
        "中秋国庆,白沙镇邀请游客走进古镇。",
        "一周活动,\n“拉满”节日氛围",
        "9月26日晚,白沙镇文化周启动。",
        "在老街,将开展诗词会和市集。",
    )
    [article] = parse_page(text)
    assert len(article.sections) == 1 and article.sections[0].startswith("一周活动,")
    assert "“拉满”节日氛围" in article.body


def test_a_number_printed_over_a_section_head_stays_with_it():
    text = page(
        "越走越爱家乡",
        "走得越远,越爱白沙。",
        "01\n历史的自豪",
        "白沙的历史,是一部奋斗史。",
        "02\n今天的品质",
        "白沙的今天,处处有品质。",
    )
    [article] = parse_page(text)
    assert [s.replace(" ", "") for s in article.sections] == ["01历史的自豪", "02今天的品质"]


def test_a_numbered_head_right_under_the_title_opens_the_body():
    text = page(
        "山村的答卷",
        "(一)",
        "山是大地的骨架,山村有山村的路。",
        "山村人靠山吃山,也靠山致富。",
    )
    [article] = parse_page(text)
    assert article.title == "山村的答卷" and article.subtitle is None
    assert article.body.startswith("(一)")


# -- lines that are text, not headlines ------------------------------------------------------------

def test_a_diarys_date_line_under_the_headline_is_the_first_line_of_the_text():
    text = page(
        "代表的日记",
        "——写在驻地",
        "3月12日 晴",
        "今天,我在驻地读到一篇写家乡的文章。",
    )
    [article] = parse_page(text)
    assert article.subtitle == "——写在驻地"
    assert article.body.startswith("3月12日 晴")


def test_a_comma_title_over_a_caption_line_is_a_title_not_a_broken_sentence():
    text = page(
        "白沙村的报纸",
        "白沙村办起村报,已经出了十期,村里的大事小事都登在报上,村民们爱看。",
        "村报由村里的退休教师编写,每月一期,送到每家每户。",
        "青松村办小报,沟通了民意",
        "图为村民在阅读村报。",
        "记者来到青松村,看到村民在读一份小报。",
    )
    articles = parse_page(text)
    article = by_title(articles, "青松村办小报,沟通了民意")
    assert article.body.startswith("图为村民在阅读村报。")
    assert "青松村办小报" not in by_title(articles, "白沙村的报纸").body


def test_a_line_opening_a_quotation_it_does_not_close_is_text():
    text = page(
        "白沙社区办起志愿集市",
        "白沙社区每月办一次志愿集市,居民在家门口就能办事。",
        "“5个旧电池可以换一支牙膏、2个旧灯管可以换",
        "1瓶洗洁精……”集市里设了兑换点,居民们纷纷拿来旧电池。",
    )
    [article] = parse_page(text)
    assert article.sections == []
    assert "可以换1瓶洗洁精" in article.body.replace("\n", "")


def test_an_editors_note_under_a_caption_between_headline_and_body_opens_the_body():
    text = page(
        "山村走上振兴路",
        "田园风光。\n林夕 摄",
        "编者按",
        "山村如何振兴?本报记者走进山村,今日推出长篇报道。",
        "清晨,山村的大桥矗立在山谷之间,打通了山村振兴的道路。",
    )
    articles = parse_page(text)
    article = by_title(articles, "山村走上振兴路")
    assert article.body.startswith("编者按")
    assert next(a for a in articles if a.kind == "photo").title is None


def test_the_first_part_of_a_broken_sentence_over_the_next_title_is_not_its_kicker():
    text = page(
        "白沙村的故事",
        "在白沙镇北部,有一个名为白沙的村落,东临石塘,西临长河,村里小桥流水、白墙黛瓦。",
        "白沙村的历史悠久,其名称沿用自原",
        "青松村创办村报",
        "中新网5月8日电 青松村日前创办村报,每月一期,送到每家每户。",
        "太平乡白沙村。建国初期,白沙村分属两个乡,后来合并。",
    )
    articles = parse_page(text)
    assert by_title(articles, "青松村创办村报").kicker is None
    assert "沿用自原太平乡白沙村" in by_title(articles, "白沙村的故事").body


def test_a_headline_that_exclaims_and_then_says_what_happened_starts_a_new_article():
    text = page(
        "白沙社区办起便民市集",
        "近日,白沙社区在广场上办起便民市集,志愿者为居民提供义诊、理发和政策咨询等服务。",
        "市集上还有非遗手作,居民们在体验中感受传统文化的魅力,现场暖意融融。",
        "多方合作关爱老人!社区开展“公益+养老”活动",
        "近日,在地铁站厅内,青松社区联合多家单位开展公益活动,吸引了来来往往的市民。",
        "活动现场,义卖摊上的手工小物件让不少路人停下脚步。",
    )
    articles = parse_page(text)
    assert len(articles) == 2
    assert by_title(articles, "多方合作关爱老人!社区开展“公益+养老”活动").body.startswith("近日,在地铁站厅内")


def test_a_numbered_head_after_a_list_line_without_a_full_stop_is_still_a_section():
    text = page(
        "湖边散记",
        "这次到湖边玩,目标很明确:看山,看水,看古村,一天走完三个地方,晚上再去老街吃一碗面。",
        "必去:白沙村,青松村,老街",
        "一.爬上南山",
        "从宾馆出来,两三分钟便到了车站,乘车半小时就到了南山脚下。",
    )
    [article] = parse_page(text)
    assert article.title == "湖边散记" and article.sections == ["一.爬上南山"]


def test_the_last_line_of_a_dateline_paragraph_cut_by_a_narrow_column_is_text():
    width = 22
    first = "本报讯(林夕)7月27日,白沙镇等十个镇的代表在湖边相聚一起发布《乡镇发"
    rest = ("展报告》,报告写清楚了每个镇的长处和短处,让大家看得明白,用得上,也将送到每个村的书屋。"
            "白沙镇的代表说,报告会送到每个村,各村可以对照报告找差距,补短板,把长处发挥出来。"
            "青松镇的代表说,报告写得实在,镇里要组织干部认真学习,把报告里提到的短处一条条补上。")
    lines = [text[n:n + width] for text in (first, rest) for n in range(0, len(text), width)]
    articles = parse_page(page("白沙镇参加乡镇报告讨论", *lines))
    assert len(articles) == 1
    assert "发布《乡镇发展报告》" in articles[0].body.replace("\n", "")
