"""Of two headline lines each made of spaced phrases (`办好五件实事 建设美丽乡村` over `干部走进田头 倾听村民心声`),
the first is the kicker and the second the title: a subtitle tells more in a sentence, it is not printed as
a second slogan. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "本报讯(记者 张三)昨日,白沙镇三十多名干部分头走进青松村、柳河村的田间地头,听村民谈今年的收成和打算。"


def test_a_spaced_slogan_over_a_spaced_title_is_its_kicker():
    (article,) = parse_page(page("办好五件实事 建设美丽乡村", "干部走进田头 倾听村民心声", _TEXT))
    assert (article.kicker, article.title, article.subtitle) == ("办好五件实事 建设美丽乡村",
                                                                 "干部走进田头 倾听村民心声", None)


def test_a_spaced_title_over_a_sentence_keeps_it_as_its_subtitle():
    (article,) = parse_page(page("干部走进田头 倾听村民心声", "三十多名干部用一天时间走访田间地头,听取种粮意见", _TEXT))
    assert (article.kicker, article.title) == (None, "干部走进田头 倾听村民心声")
    assert article.subtitle == "三十多名干部用一天时间走访田间地头,听取种粮意见"
