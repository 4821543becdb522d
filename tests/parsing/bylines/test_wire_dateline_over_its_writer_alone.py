"""A wire's dateline printed on a line of its own under the title with only the writer after it
(`某社某地10月5日电 某社记者张三`), then a photo's caption and credit, then the text: the line is the
article's byline, not the start of its body, so the caption under it is a photo between headline and body
and the article's text begins below the credit. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_wire_dateline_with_only_its_writer_is_a_byline():
    articles = parse_page(page("小县城迎来秋游热", "新华社青松10月3日电 新华社记者林小川",
                               "国庆假期,游客在湖边草坪上听音乐会。\n新华社记者林小川 摄",
                               "草坪音乐会、夜间灯光秀、非遗市集……国庆假期,青松县在湖边办起秋游节,吸引各地游客。",
                               "据了解,假期前三天,青松湖景区接待游客八万多人次。"))
    article = next(a for a in articles if a.kind == "article")
    assert article.title == "小县城迎来秋游热" and article.authors == ["林小川"]
    assert article.body.startswith("草坪音乐会") and "听音乐会。" not in article.body
    photos = [a for a in articles if a.kind == "photo"]
    assert [p.body for p in photos] == ["国庆假期,游客在湖边草坪上听音乐会。"] and photos[0].authors == ["林小川"]
