"""`村容` and `村貌` (a village's looks, as in `整治村容村貌`) are common words, not the end of a village's name:
a slogan subtitle holding it names no place, so it does not take the title's place in a headline
group. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.similarity import place_names
from tests.helpers import page


def test_village_looks_name_no_village():
    assert place_names("整治村容村貌 美化乡村环境") == set()


def test_a_slogan_subtitle_about_village_looks_stays_the_subtitle():
    (article,) = parse_page(page(
        "文明新风吹进千家万户",
        "整治村容村貌 美化乡村环境",
        "□特邀记者 林夕报道",
        "本报讯 8月20日,记者在几个庄台看到,路边的柴草垛都已清理干净。",
    ))
    assert (article.kicker, article.title, article.subtitle) == (None, "文明新风吹进千家万户",
                                                                 "整治村容村貌 美化乡村环境")
