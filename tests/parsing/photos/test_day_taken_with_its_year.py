"""The day a picture was taken, its year printed too, in brackets closing the caption (`(2024年11月7日摄)`), is
the caption's, not a credit: the photographer is the one the credit line names. Every snippet is invented."""

from app.parsing import parse_page

_CAPTION = "在河湾县青石乡某某苗寨,老人们在大树下歇凉(2024年11月7日摄)。"


def test_the_day_taken_with_its_year_stays_in_the_caption():
    (photo,) = parse_page("\n\n" + _CAPTION + "\n青石日报记者 王小明 摄\n")
    assert photo.kind == "photo" and photo.authors == ["王小明"]
    assert photo.body.endswith("(2024年11月7日摄)。")


def test_the_day_taken_without_its_year_stays_in_the_caption_too():
    (photo,) = parse_page("\n\n" + _CAPTION.replace("2024年", "") + "\n青石日报记者 王小明 摄\n")
    assert photo.body.endswith("(11月7日摄)。")
