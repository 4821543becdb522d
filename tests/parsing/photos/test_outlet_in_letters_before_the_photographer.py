"""A picture credit whose outlet is printed with digits, Latin letters, a space or a hyphen before its reporter's
role (`第9眼T V-某某网记者 张三 摄`), or whose site's name runs into the role (`某某网记者 张三 摄`): the names are
those after the last role word, the outlet none of them. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import photo_credit_names
from app.text import fold


def test_an_outlet_in_letters_and_digits_names_no_one():
    line = "第9眼T V-青石网记者 林夕 摄"
    assert photo_credit_names(line, fold(line)) == ["林夕"]


def test_a_sites_name_run_into_the_role_is_no_name():
    line = "華清網記者 林夕 攝"
    assert photo_credit_names(line, fold(line)) == ["林夕"]


def test_a_titled_photo_with_such_a_credit():
    caption = "青松村村民在屋顶晾晒玉米和辣椒。\n第9眼T V-青石网记者 林夕 摄"
    page = "\n\n" + "\n\n".join(["白沙镇的晒秋", caption]) + "\n"
    [photo] = parse_page(page)
    assert photo.kind == "photo" and photo.authors == ["林夕"] and photo.body == "青松村村民在屋顶晾晒玉米和辣椒。"
