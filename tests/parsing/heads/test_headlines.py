"""Kicker (引题), title and subtitle (副题), two-line headlines and section heads."""

from app.parsing import parse_page

from tests.helpers import page

BODY = "本报讯(何平)近日,相关工作稳步推进,群众满意度持续提升。"
PLAIN_BODY = "近日,相关工作稳步推进,群众满意度持续提升。"


def headline(text: str) -> tuple[str | None, str | None, str | None]:
    article = parse_page(text)[0]
    return article.kicker, article.title, article.subtitle


def test_single_unit_is_the_title_and_keeps_its_place_prefix():
    assert headline(page("城南街道 “银发课堂”开进小区", BODY)) == (None, "城南街道 “银发课堂”开进小区", None)


def test_first_unit_is_title_and_second_subtitle_by_default():
    text = page("城西街道推进垃圾分类", "分类习惯渐成新风尚", "□ 本报记者 吴迪", PLAIN_BODY)
    assert headline(text) == (None, "城西街道推进垃圾分类", "分类习惯渐成新风尚")


def test_kicker_ending_in_a_dash():
    text = page("河西街道开展专项行动,清理杂物三十车——", "小巷重现干净模样", PLAIN_BODY)
    assert headline(text) == ("河西街道开展专项行动,清理杂物三十车——", "小巷重现干净模样", None)


def test_kicker_that_is_only_a_place_or_organisation():
    assert headline(page("平湖城南街道", "老旧小区焕新颜", BODY)) == ("平湖城南街道", "老旧小区焕新颜", None)
    assert headline(page("农商银行城北支行", "金融活水润小微", BODY)) == ("农商银行城北支行", "金融活水润小微", None)


def test_kicker_that_is_a_parallel_slogan():
    text = page("用心服务 用情解忧 用力攻坚", "城北新区：“三用”工作法暖民心", "□ 本报记者 程远", PLAIN_BODY)
    assert headline(text) == ("用心服务 用情解忧 用力攻坚", "城北新区：“三用”工作法暖民心", None)


def test_two_line_title_is_one_unit():
    text = page("绿意盎然\n满城芬芳", "□ 本报记者 柳青", PLAIN_BODY)
    assert headline(text) == (None, "绿意盎然 满城芬芳", None)


def test_headline_with_a_shorter_line_under_it_is_title_and_subtitle():
    text = page("“邻里议事会”激活居民自治\n助力老旧小区长效管理", PLAIN_BODY, "·葛文·")
    assert headline(text) == (None, "“邻里议事会”激活居民自治", "助力老旧小区长效管理")


def test_two_line_subtitle_is_one_unit():
    text = page("湖东启动助企服务月", "优化营商环境\n提振发展信心", PLAIN_BODY, "·葛文·")
    assert headline(text) == (None, "湖东启动助企服务月", "优化营商环境 提振发展信心")


def test_subtitle_may_end_with_a_full_stop():
    text = page("科技园启动暖心行动", "快递小哥有了歇脚处,城市多了新帮手。", "暖心驿站遍布园区",
                "园区建起十一个暖心驿站,提供饮水、充电等服务。")
    article = parse_page(text)[0]
    assert article.subtitle == "快递小哥有了歇脚处,城市多了新帮手。"
    assert article.sections == ["暖心驿站遍布园区"]


def test_section_heads_stay_inside_the_article():
    text = page("北湖区推进民生实事", "□ 本报记者 唐宁",
                "今年以来,北湖区聚焦群众关切,推进一批民生实事。",
                "办好家门口的事",
                "北湖区新建社区食堂八家,老人吃饭更方便。",
                "架起服务群众“连心桥”\n用心倾听民声",
                "区人大代表定期接待选民,收集意见建议四十余条。")
    articles = parse_page(text)
    assert len(articles) == 1
    article = articles[0]
    assert article.sections == ["办好家门口的事", "架起服务群众“连心桥” 用心倾听民声"]
    assert "办好家门口的事" in article.paragraphs


def test_short_quoted_sentence_at_the_end_is_body():
    text = page("东门社区 网格员上门服务", "□ 陆明",
                "网格员每天走访居民,帮助解决生活难题。",
                "“有困难就找网格员,办事又快又好!”",
                "西门社区 开设法律门诊",
                "本报讯(宋词)西门社区开设法律门诊,每周为居民提供免费咨询。")
    articles = parse_page(text)
    assert [a.title for a in articles] == ["东门社区 网格员上门服务", "西门社区 开设法律门诊"]
    assert articles[0].paragraphs[-1] == "“有困难就找网格员,办事又快又好!”"


def test_headline_without_body_is_an_empty_photo_not_glued_to_a_neighbour():
    text = page("新河镇 清理河道垃圾", "本报讯(章程)新河镇组织志愿者清理河道垃圾两吨。",
                "\n\n\n欢度端午 粽香满城\n\n\n",
                "老城区 改造背街小巷", "本报讯(乔木)老城区改造背街小巷十条。")
    articles = parse_page(text)
    lone = [a for a in articles if a.title == "欢度端午 粽香满城"]
    assert len(lone) == 1 and lone[0].kind == "photo" and lone[0].body == ""
    assert [a.title for a in articles if a.body] == ["新河镇 清理河道垃圾", "老城区 改造背街小巷"]


def test_exclaiming_headline_above_a_dateline():
    text = page("垃圾分类,你做对了吗?", "本报讯(白露)东湖社区开展垃圾分类宣传。")
    article = parse_page(text)[0]
    assert article.title == "垃圾分类,你做对了吗?" and article.authors == ["白露"]


def test_comma_line_after_a_paragraph_is_text_not_a_headline():
    text = page("北岸社区 建起共享书房", "本报讯(简单)北岸社区建起共享书房。",
                "在这样的思路下,今年以来,北岸",
                "社区又陆续开设了三个阅读角。")
    articles = parse_page(text)
    assert len(articles) == 1
    assert articles[0].paragraphs[-1] == "在这样的思路下,今年以来,北岸社区又陆续开设了三个阅读角。"


def test_a_head_over_a_lead_dated_and_set_in_another_village_starts_a_new_item():
    text = page(
        "青松村办起秋季村晚",
        "青松村的秋季村晚在文化广场举行,村民们自编自演了十多个节目。",
        "晚会在大合唱中结束,台下掌声不断。",
        "迎新春 乐游园",
        "为丰富节日生活,1月30日,白沙镇石桥村开展新春游园活动,村民们套圈、猜谜。",
        "游园会一直热闹到傍晚。",
    )
    first, second = parse_page(text)
    assert first.title == "青松村办起秋季村晚" and first.body.endswith("台下掌声不断。")
    assert second.title == "迎新春 乐游园" and second.body.startswith("为丰富节日生活")


def test_a_dated_head_section_that_stays_in_the_articles_village_is_still_a_section():
    text = page(
        "青松村办起秋季村晚",
        "青松村的秋季村晚在文化广场举行,村民们自编自演了十多个节目。",
        "节目背后",
        "1月30日,青松村的文艺队又排起了新节目,队员们说要年年办下去。",
    )
    (article,) = parse_page(text)
    assert article.sections == ["节目背后"]


def test_the_line_right_above_a_dashed_subtitle_is_the_title_even_with_a_line_below():
    text = page("秋到青松 稻谷飘香", "——白沙镇秋收见闻", "某某通讯社通联人员林夕",
                "白沙镇青松村的稻田里,收割机来回穿梭。")
    (article,) = parse_page(text)
    assert article.title == "秋到青松 稻谷飘香" and article.kicker is None
    assert article.subtitle.startswith("——白沙镇秋收见闻")


def test_a_short_quoted_catchword_over_a_longer_line_is_its_kicker():
    text = page("“一户一景”", "绿意扮靓农家小院", "本报讯 近日,白沙镇各村掀起庭院整治热潮。")
    (article,) = parse_page(text)
    assert article.kicker == "“一户一景”" and article.title == "绿意扮靓农家小院"


def test_a_sentence_broken_under_its_title_above_another_items_title_is_text():
    text = page(
        "青松村开展垃圾分类宣传",
        "为了帮助居民更好地理解垃圾分类,近日,青松村组织志愿者走进",
        "白沙社区开展消防演练",
        "本报讯 近日,白沙社区组织居民开展消防演练。",
        "小区,向居民发放垃圾分类宣传单。",
    )
    first, second = parse_page(text)
    assert first.title == "青松村开展垃圾分类宣传" and first.kicker is None and first.subtitle is None
    assert first.body == "为了帮助居民更好地理解垃圾分类,近日,青松村组织志愿者走进小区,向居民发放垃圾分类宣传单。"
    assert second.title == "白沙社区开展消防演练" and second.body == "近日,白沙社区组织居民开展消防演练。"


def test_a_long_comma_kicker_at_the_top_of_the_page_is_the_kicker_of_the_headline_below():
    text = page(
        "白沙镇推动十二个老旧小区改造,以小切口换来居民身边大变化",
        "老小区换了新模样",
        "走进青松小区,平整的道路、整齐的车位映入眼帘。",
    )
    (article,) = parse_page(text)
    assert article.title == "老小区换了新模样"
    assert article.kicker == "白沙镇推动十二个老旧小区改造,以小切口换来居民身边大变化"
    assert article.body == "走进青松小区,平整的道路、整齐的车位映入眼帘。"


def test_a_role_naming_nobody_under_a_title_is_no_subtitle():
    text = page("老街巷的新日子", "某某社记者", "某某社北京6月2日电 走进白沙镇青松村,石板路干干净净。")
    (article,) = parse_page(text)
    assert article.title == "老街巷的新日子" and article.subtitle is None


def test_a_long_line_cut_off_right_under_its_headline_is_text_not_the_next_items_kicker():
    text = page(
        "白沙镇消防宣传月活动走进文化广场",
        "11月9日是全国消防日,上午,由白沙镇消防站牵头,派出所、供电所、卫生院、青松村村委会等多个单位共",
        "青松村修好石板桥",
        "□ 本报记者 林夕",
        "本报讯 近日,青松村的石板桥修好了,村民出行方便多了。",
        "同参与的宣传活动在镇文化广场举行,吸引了许多居民驻足。",
    )
    fire, bridge = parse_page(text)
    assert fire.title == "白沙镇消防宣传月活动走进文化广场" and "多个单位共同参与" in fire.body
    assert bridge.title == "青松村修好石板桥" and bridge.authors == ["林夕"]
