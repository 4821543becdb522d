"""`通讯员 张三 摄影报道` run on after a caption's last sentence: the photographer took the picture and wrote
its words. The paragraph is a captioned photo credited to that name, not more text of the article printed
above it. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.photos.caption_credit import trailing_photo_credit
from tests.helpers import page


def test_a_photo_report_after_an_article():
    articles = parse_page(page(
        "青松镇卫生院开展义诊",
        "本报讯 5月6日,青松镇卫生院组织医生来到白沙村,为村民免费量血压、测血糖。",
        "",
        "",
        "近日,青松县医院组织医务人员来到白沙镇,开展下乡义诊活动。图为医生为村民讲解健康知识。 通讯员 张小明 摄影报道"))
    [article] = [a for a in articles if a.kind == "article"]
    [photo] = [a for a in articles if a.kind == "photo"]
    assert "图为" not in article.body
    assert photo.authors == ["张小明"] and photo.body.endswith("讲解健康知识。")


def test_the_credit_is_found_at_the_line_end():
    line = "图为医生为村民讲解健康知识。 通讯员 张小明 摄影报道"
    m = trailing_photo_credit(line, 0)
    assert m is not None and m.group(1).split() == ["通讯员", "张小明"]
    assert trailing_photo_credit("村里办起了摄影展,吸引村民前来参观摄影报道", 0) is None
