"""A short line of phrases set apart by a space and ending in `!` (`敬老爱老 青松镇重阳活动暖人心!`)
is a title: a sentence in the text never spaces its words. So it heads a text that opens with a
quotation, which shares few of its words. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_spaced_exclamation_over_a_quoted_lead_is_the_title():
    [article] = parse_page(page(
        "敬老爱老 青松镇重阳活动暖人心!",
        "“祝您身体健康,天天开心!”10月4日,在白沙村文化礼堂里,九十多岁的老人吹灭了蜡烛。",
        "重阳节前后,全镇各村都办起了敬老宴,志愿者还给老人们理了发。"))
    assert article.title == "敬老爱老 青松镇重阳活动暖人心!"
    assert article.paragraphs[0].startswith("“祝您身体健康")


def test_an_exclamation_in_the_text_stays_text():
    [article] = parse_page(page("青松镇重阳活动暖人心", "10月4日,青松镇各村办起了敬老宴。",
                                "真是太好了!", "老人们说,这样的节日过得开心。"))
    assert "真是太好了!" in article.paragraphs
