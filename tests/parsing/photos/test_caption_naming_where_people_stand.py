"""A caption telling where a person stands in the picture (`张三(右)正在…`, `李四(前排左二)…`), printed between a
headline and its body: on a page with every line apart it was read as the group's last line, the credit under it
making the whole group a photo and the text below headless. The line is the photo's caption; the headline above it
titles the text. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import describes_a_picture


def test_a_persons_place_in_the_picture_is_a_captions_wording():
    assert describes_a_picture("林小河(右)正在翻看账本")
    assert describes_a_picture("王青(前排左二)和村民一起插秧")
    assert not describes_a_picture("白沙镇推进美丽乡村建设")


def test_every_line_apart_the_caption_leaves_the_title_to_the_text():
    lines = [
        "青松村:一本账本管好集体家底",
        "林小河(右)正在翻看账本",
        "本报记者王青 摄",
        "“村里的每一笔钱,都记在这本账上。”走进柳湾县白沙镇青松村村委会,",
        "会计林小河正在核对上个月的开支。",
        "这些年,青松村坚持每月公开账目,村民有疑问可以随时来查。",
    ]
    page = "\n\n" + "\n\n".join(lines) + "\n"
    articles = parse_page(page)
    [article] = [a for a in articles if a.kind == "article"]
    [photo] = [a for a in articles if a.kind == "photo"]
    assert article.title == "青松村:一本账本管好集体家底" and article.body.startswith("“村里的每一笔钱")
    assert photo.body == "林小河(右)正在翻看账本" and photo.authors == ["王青"]
