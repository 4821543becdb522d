"""A site's source and author fields printed on one line under the text (`来源:柳湾新闻网 作者:林小河`) close the
article like a source line and name its writer; they title nothing below. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_source_and_author_fields_on_one_line_close_the_text():
    text = page("白沙镇干部走村入户", "连日来,柳湾县白沙镇干部分头走进农户家中,帮助村民解决春耕中的难题。",
                "来源:柳湾新闻网 作者:林小河",
                "青松村修好了灌溉渠", "本报讯 近日,柳湾县青松村新修的灌溉渠通水,两百多亩农田用上了放心水。")
    first, second = parse_page(text)
    assert first.authors == ["林小河"] and first.body.endswith("春耕中的难题。")
    assert second.title == "青松村修好了灌溉渠" and second.subtitle is None
