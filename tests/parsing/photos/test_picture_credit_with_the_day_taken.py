"""A picture credit that names the day the picture was taken after `摄于` (`本报记者 张三 摄于2014年11月10日`) is a
photo credit: the day belongs to the picture, not to a text. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import photo_credit_names


def test_a_credit_with_the_day_names_the_photographer():
    assert photo_credit_names("本报记者 林小河 摄于2014年11月10日", "本报记者 林小河 摄于2014年11月10日") == ["林小河"]
    assert photo_credit_names("王青 摄于1月16日", "王青 摄于1月16日") == ["王青"]


def test_a_titled_photo_credited_with_the_day_taken():
    page = "\n\n" + "\n\n".join([
        "牧民科学养畜",
        "图为柳湾县白沙乡村民正在牧羊,通过科学喂养,他年收入达20万元。\n本报记者 林小河 摄于2014年11月10日",
    ]) + "\n"
    [photo] = parse_page(page)
    assert photo.kind == "photo" and photo.title == "牧民科学养畜" and photo.authors == ["林小河"]
