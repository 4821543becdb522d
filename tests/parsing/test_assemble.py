"""Putting articles back together: broken lines, photos, orphan headlines, continuations,
repeated fragments and the line ranges each article came from."""

from app.parsing import parse_page

from tests.helpers import by_title, line_of, page


def test_a_line_broken_mid_sentence_is_rejoined_without_separator():
    text = page("清水镇 建成污水管网",
                "本报讯(邓林)清水镇今年新铺设污水管网十二公里,沿线三个村的生活污水实现集中收",
                "集处理。",
                "下一步,该镇将继续扩大管网覆盖范围。")
    article = parse_page(text)[0]
    assert article.paragraphs == ["清水镇今年新铺设污水管网十二公里,沿线三个村的生活污水实现集中收集处理。",
                                  "下一步,该镇将继续扩大管网覆盖范围。"]


def test_a_finished_paragraph_is_not_joined_to_the_next():
    text = page("石桥村 修缮古桥", "本报讯(段舒)石桥村修缮百年古桥。", "修缮工程历时三个月。")
    assert parse_page(text)[0].paragraphs == ["石桥村修缮百年古桥。", "修缮工程历时三个月。"]


def test_caption_without_headline_is_split_off_as_a_photo():
    text = page("湖滨社区 开展义诊",
                "本报讯(许言)近日,湖滨社区邀请医生为居民义诊。",
                "义诊现场还开展了健康知识讲座。",
                "6月1日,湖滨小学学生在操场上表演节目,欢度儿童节。\n李华 摄",
                "\n\n河口镇 整治占道经营",
                "本报讯(闻达)河口镇集中整治占道经营行为。")
    articles = parse_page(text)
    assert [a.kind for a in articles] == ["article", "photo", "article"]
    photo = articles[1]
    assert photo.title is None and photo.authors == ["李华"]
    assert photo.body == "6月1日,湖滨小学学生在操场上表演节目,欢度儿童节。"
    clinic = by_title(articles, "湖滨社区 开展义诊")
    assert "儿童节" not in clinic.body and clinic.authors == ["许言"]


def test_caption_with_two_line_headline_is_a_photo():
    text = page("古镇 修缮石板路", "本报讯(钟声)古镇修缮石板路三条。",
                "\n\n荷花盛开\n迎宾客", "7月5日,游客在公园荷塘边赏花拍照。", "陈晨 摄",
                "新城区 开通社区巴士", "本报讯(欧阳)新城区开通两条社区巴士线路。")
    photo = by_title(parse_page(text), "荷花盛开 迎宾客")
    assert photo.kind == "photo" and photo.authors == ["陈晨"]
    assert photo.body == "7月5日,游客在公园荷塘边赏花拍照。"


def test_orphan_headline_is_reunited_with_its_dateline_body():
    text = page("枫林镇启动秋季植树行动",
                "青石街道 老街巷换新颜",
                "本报讯(周舟)近日,青石街道对三条老街巷实施改造,铺设石板路面,修缮沿街立面。",
                "改造后的老街巷吸引不少市民前来散步。",
                "本报讯(韩梅)近日,枫林镇启动秋季植树行动,全镇干部群众在河道两岸种下树苗三千余株。",
                "枫林镇有关负责人表示,植树行动将持续到月底。")
    articles = parse_page(text)
    assert len(articles) == 2
    trees = by_title(articles, "枫林镇启动秋季植树行动")
    assert trees.authors == ["韩梅"] and trees.subtitle is None
    assert trees.body.startswith("近日,枫林镇启动") and "老街巷" not in trees.body
    lanes = by_title(articles, "青石街道 老街巷换新颜")
    assert lanes.authors == ["周舟"] and "植树" not in lanes.body
    start = line_of(text, "本报讯(韩梅)")
    assert trees.lines == [(1, 1), (start, line_of(text, "持续到月底"))]


def test_interrupted_article_is_continued_after_the_one_that_interrupted_it():
    text = page("区长调研老街改造工作",
                "加快推进老街焕新",
                "6月2日上午,区长王林调研老街改造工作,要求统筹推进改造进度。区领导李明、赵",
                "河西社区开展端午慰问",
                "近日,河西社区志愿者走访辖区独居老人,送去粽子和节日祝福。",
                "·钱程·",
                "刚陪同调研。在老街南段,王林详细了解管线迁改情况,要求加强协作。",
                "·孙悦·")
    articles = parse_page(text)
    assert [a.title for a in articles] == ["区长调研老街改造工作", "河西社区开展端午慰问"]
    street = articles[0]
    assert "区领导李明、赵刚陪同调研。" in street.body
    assert street.authors == ["孙悦"]
    assert street.lines == [(1, line_of(text, "区领导李明")), (line_of(text, "刚陪同"), line_of(text, "孙悦"))]
    assert articles[1].authors == ["钱程"] and "陪同" not in articles[1].body


def test_repeated_fragment_never_becomes_an_article():
    text = page("西塘街道 协商停车难题",
                "本报讯(甲乙)近日,西塘街道召开议事会,为开展议事活动打下基础。会上,与会人员围绕停车难题各抒己见,"
                "提出增设错时停车位。",
                "东塘街道 共商基层治理",
                "本报讯(丙丁)近日,东塘街道召开议事会,听取居民意见,为开展议事活动打下基础。",
                "南塘街道 抓实安全检查",
                "本报讯(戊己)近日,南塘街道开展安全检查,逐户走访,不断完善",
                "活动打下基础。会上,与会人员围绕停车难题各抒己见,提出增设错时停车位。",
                "北塘街道 清理楼道杂物",
                "本报讯(庚辛)北塘街道清理楼道杂物两百余处。")
    articles = parse_page(text)
    assert [a.title for a in articles] == ["西塘街道 协商停车难题", "东塘街道 共商基层治理",
                                           "南塘街道 抓实安全检查", "北塘街道 清理楼道杂物"]
    south = by_title(articles, "南塘街道 抓实安全检查")
    assert south.body.endswith("不断完善")
    east = by_title(articles, "东塘街道 共商基层治理")
    # The fragment repeats the end of this article and carries on: the overlap is printed once.
    assert east.body.endswith("为开展议事活动打下基础。会上,与会人员围绕停车难题各抒己见,提出增设错时停车位。")
    assert east.body.count("打下基础") == 1


def test_line_ranges_cover_headline_byline_and_credit_lines():
    text = page("金湖村 建起文化礼堂", "□ 本报记者 于洋", "金湖村文化礼堂落成,村民有了活动场所。",
                "·于洋·", "银湖村 开通公交", "本报讯(丘山)银湖村开通城乡公交。")
    articles = parse_page(text)
    assert articles[0].lines == [(1, line_of(text, "·于洋·"))]
    assert articles[1].lines == [(line_of(text, "银湖村 开通公交"), line_of(text, "开通城乡公交"))]


def test_photo_headline_printed_like_a_section_head_goes_with_its_caption():
    text = page("东林区推进河长制", "□ 本报记者 石磊",
                "东林区全面推行河长制,河道水质持续改善。",
                "碧水绕城", "清晨,市民在整治后的河畔晨练。",
                "许诺 摄")
    articles = parse_page(text)
    assert [(a.kind, a.title) for a in articles] == [("article", "东林区推进河长制"), ("photo", "碧水绕城")]
    assert articles[1].authors == ["许诺"] and articles[0].sections == []


def test_caption_after_a_closed_article_is_not_glued_to_an_unfinished_one():
    text = page("区领导调研水利工程", "6月3日,区领导调研水利工程建设,要求确保工程质量。区领导周",
                "镇里开展安全月活动", "近日,镇里开展安全生产月宣传活动。", "·蒋平·",
                "6月5日,市民在广场参观安全宣传展板。\n沈星 摄",
                "全程陪同调研。", "·韩雪·")
    articles = parse_page(text)
    assert [(a.kind, a.title) for a in articles] == [
        ("article", "区领导调研水利工程"), ("article", "镇里开展安全月活动"), ("photo", None)]
    assert articles[0].body.endswith("区领导周全程陪同调研。")
    assert articles[2].authors == ["沈星"]


def test_a_photo_printed_inside_an_article_does_not_cut_it_in_two():
    text = ("\n\n城北社区办起邻里节\n\n本报讯(方舟)近日,城北社区开展邻里节活动,居民踊跃参加。\n\n"
            "图为活动现场。\n丁原 摄\n\n活动持续一周,吸引周边小区居民。\n")
    article, photo = parse_page(text)
    assert article.body == "近日,城北社区开展邻里节活动,居民踊跃参加。\n活动持续一周,吸引周边小区居民。"
    assert article.lines == [(3, 5), (10, 10)]
    assert (photo.kind, photo.authors, photo.body) == ("photo", ["丁原"], "图为活动现场。")


def test_editor_and_proofreader_lines_are_no_article():
    text = "\n\n城北社区办起邻里节\n\n本报讯(方舟)近日,城北社区开展邻里节活动。\n\n责任编辑:周一 校对:吴二\n"
    articles = parse_page(text)
    assert len(articles) == 1 and "周一" not in articles[0].body and articles[0].authors == ["方舟"]


def test_a_text_compared_by_its_parts_has_the_bigrams_and_places_of_the_whole():
    from app.parsing.continuations.page_texts import PageTexts
    from app.parsing.similarity import bigrams, place_names

    heading = "新村居民说好"
    paragraphs = ("城东街道召开会议。", "", "——", "走进东", "湖镇，居民说，")
    other = ("西园镇会议", "西园镇居民说好")
    articles = [(paragraphs, heading), (other, ""), (("居民会议",), "居民")]
    texts = PageTexts(articles)
    common = set.intersection(*(bigrams("".join(p) + h) for p, h in articles))  # in all three
    assert common == {"居民", "会议"}

    def grams(text: str) -> set[str]:
        return bigrams(text) - common

    article = texts.article(paragraphs, heading)
    far = texts.article(other, "").whole
    for k in range(len(paragraphs) + 1):
        kept = "".join(paragraphs[:k]) + heading
        cut = [(article.kept(k), kept)]
        if k < len(paragraphs):
            cut.append((article.tail(k), "".join(paragraphs[k:])))
        for text, whole in cut:
            assert (text.folded, text.places, text.towns) == (whole, place_names(whole),
                                                              place_names(whole, towns_only=True))
            assert text.shared(far) == len(grams(whole) & grams("".join(other)))
    # `东湖镇` only where two parts meet
    assert "东湖" in article.whole.towns and "东湖" not in place_names("走进东") | place_names("湖镇，居民说，")
