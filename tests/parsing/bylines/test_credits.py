"""Bylines, datelines and credits: names into `authors`, credits out of the text."""

from app.parsing import parse_page

from tests.helpers import by_title, page


def test_dateline_names_go_to_authors_and_leave_the_body():
    text = page("河湾街道 增设便民长椅", "本报讯(朱一鸣 颜小路)近日,河湾街道在公交站台旁增设便民长椅二十张。")
    article = by_title(parse_page(text), "河湾街道 增设便民长椅")
    assert article.authors == ["朱一鸣", "颜小路"]
    assert article.body == "近日,河湾街道在公交站台旁增设便民长椅二十张。"


def test_dateline_role_words_are_stripped():
    text = page("东岭镇 举办技能比武", "本报讯(记者 王三川 通讯员 李思远)东岭镇日前举办技能比武大赛。")
    assert parse_page(text)[0].authors == ["王三川", "李思远"]


def test_box_byline_with_role_words():
    text = page("南溪区推进口袋公园建设", "□ 见习记者 赵六合 实习生 钱七巧",
                "今年以来,南溪区新建口袋公园十二座,方便居民就近休闲。")
    article = parse_page(text)[0]
    assert article.authors == ["赵六合", "钱七巧"]
    assert "见习记者" not in article.body and "□" not in article.body


def test_box_byline_with_plain_names():
    text = page("西坝村 办起老年食堂", "□ 陈悦心 陶远方", "西坝村老年食堂开张,每天为六十余位老人供应午餐。")
    assert parse_page(text)[0].authors == ["陈悦心", "陶远方"]


def test_end_byline_closes_the_article():
    text = page("区领导调研防汛工作", "6月1日,区领导调研防汛工作,要求压实责任。", "·缪一帆 陈二川·",
                "区领导检查食品安全", "6月2日,区领导检查食品安全工作。", "·金一·")
    articles = parse_page(text)
    assert by_title(articles, "区领导调研防汛工作").authors == ["缪一帆", "陈二川"]
    assert by_title(articles, "区领导检查食品安全").authors == ["金一"]
    assert all("·" not in a.body for a in articles)


def test_photo_credit_with_role_word():
    text = "\n\n\n稻浪金黄\n\n9月20日,农户在田间收割水稻。\n本报记者 孙一禾 摄\n"
    photo = parse_page(text)[0]
    assert photo.kind == "photo"
    assert photo.authors == ["孙一禾"]
    assert photo.title == "稻浪金黄"
    assert photo.body == "9月20日,农户在田间收割水稻。"


def test_supplied_credit_inside_a_paragraph_is_removed_and_kept():
    text = page("北街社区 开办四点半课堂",
                "本报讯(林夕)北街社区开办四点半课堂(北街社区供图),为双职工家庭解决接娃难题。")
    article = parse_page(text)[0]
    assert article.body == "北街社区开办四点半课堂,为双职工家庭解决接娃难题。"
    assert article.credits == ["北街社区供图"]


def test_supplied_credit_between_the_halves_of_a_broken_sentence():
    text = page("滨江社区 志愿者巡河护水",
                "本报讯(方圆)每周六上午,滨江社区志愿者沿河巡查,发现河面漂浮物后及时打",
                "\n\n(滨江社区供图)\n\n",
                "捞,并记录在巡河日志中。")
    article = parse_page(text)[0]
    assert "及时打捞,并记录" in article.body
    assert "供图" not in article.body
    assert article.credits == ["滨江社区供图"]
    assert len(parse_page(text)) == 1


def test_dateline_names_without_brackets():
    text = page("南港镇 开展消防演练", "本报讯 记者 周一航 通讯员 吴二 近日,南港镇开展消防演练。")
    article = parse_page(text)[0]
    assert article.authors == ["周一航", "吴二"]
    assert article.body == "近日,南港镇开展消防演练。"


def test_reporters_in_brackets_at_the_end_of_the_text():
    text = page("北港镇 开通夜间门诊", "北港镇卫生院开通夜间门诊,方便上班族就医。(记者 孙三 通讯员 钱四)")
    article = parse_page(text)[0]
    assert article.authors == ["孙三", "钱四"]
    assert article.body == "北港镇卫生院开通夜间门诊,方便上班族就医。"


def test_names_that_begin_like_role_words_are_kept():
    text = page("东城区 举办读书节", "□ 文华 图南", "东城区举办第五届读书节。")
    assert parse_page(text)[0].authors == ["文华", "图南"]


def test_dotted_label_with_no_text_above_is_not_a_byline():
    text = page("·社区动态·", "西河社区 开设托育点", "本报讯(严明)西河社区开设托育点。")
    article = parse_page(text)[0]
    assert article.authors == ["严明"]


def test_dateline_variants_with_place_date_or_wire_service():
    body = "近日,城北社区开展邻里节活动,居民踊跃参加。"
    for opening, names in [("本报苏州讯(记者 方舟)", ["方舟"]), ("本报5月1日讯 记者 方舟 ", ["方舟"]),
                           ("新华社南京5月1日电(记者方舟 丁原)", ["方舟", "丁原"])]:
        article = parse_page(f"\n\n城北社区办起邻里节\n\n{opening}{body}\n")[0]
        assert article.authors == names, opening
        assert article.body == body, opening


def test_text_and_picture_byline():
    text = "\n\n城北社区办起邻里节\n\n文/方舟 图/丁原\n\n近日,城北社区开展邻里节活动,居民踊跃参加。\n"
    article = parse_page(text)[0]
    assert article.authors == ["方舟", "丁原"]
    assert "文/" not in article.body and article.subtitle is None


def test_a_name_beginning_with_a_role_character_stays_a_name():
    text = "\n\n城北社区办起邻里节\n\n□ 本报记者 文静\n\n近日,城北社区开展邻里节活动,居民踊跃参加。\n"
    assert parse_page(text)[0].authors == ["文静"]


def test_caption_with_its_credit_inline_is_a_photo():
    photo = parse_page("\n\n\n湖畔秋色\n\n近日,城西湿地公园芦花飞舞,游人如织。(丁原 摄)\n")[0]
    assert (photo.kind, photo.authors, photo.credits) == ("photo", ["丁原"], [])
    assert photo.body == "近日,城西湿地公园芦花飞舞,游人如织。"


def test_an_article_keeps_an_inline_photo_credit_as_a_credit():
    text = "\n\n城北社区办起邻里节\n\n本报讯(方舟)近日,城北社区开展邻里节活动(丁原 摄),居民踊跃参加。\n"
    article = parse_page(text)[0]
    assert (article.kind, article.authors, article.credits) == ("article", ["方舟"], ["丁原 摄"])


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


def test_a_benkan_dateline_names_its_reporters():
    text = page(
        "爱心书包送进山村小学",
        "本刊讯(林夕 宋雨)3月16日,县里的爱心工作组把书包送到了青松村小学。",
        "孩子们背上新书包,笑得很开心。",
    )
    (article,) = parse_page(text)
    assert article.authors == ["林夕", "宋雨"]
    assert article.body.startswith("3月16日")


def test_an_office_named_before_the_writer_in_the_closing_credit_is_not_a_name():
    text = page(
        "青年志愿者走进敬老院",
        "3月5日,白沙街道团工委带着十几名年轻人去了敬老院,给老人擦窗、量血压。",
        "老人们拉着志愿者的手,连声道谢。(白沙街道团工委 林夕)",
    )
    (article,) = parse_page(text)
    assert article.authors == ["林夕"]
    assert article.body.endswith("连声道谢。")
