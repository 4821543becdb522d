"""An article left open mid-sentence and continued after another: a tail that names a place only the
open article names goes back to it even when it also names a place the host names too (`老旧小区` on a
page about lifts and old blocks); a tail naming only the host's places stays with the host. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_OPEN = ("青松小区的老人下楼不再难",
         "本报讯(记者 张三)家住青松小区五楼的周大妈今年八十岁了,腿脚不便的她已经两年没有下过楼。",
         "从前她每次去医院都要请两个邻居帮忙,扶着她一级一级慢慢往下挪,碰上阴雨天更是难上加难,"
         "从五楼挪到一楼常常要走二十多分")
_HOST = ("白沙街道推进老旧小区改造",
         "本报讯(通讯员 李四)今年以来,白沙街道对辖区六个老旧小区的外墙、管网和绿化进行了改造。",
         "白沙街道还请来设计师,和居民一起商量改造后的停车位怎么划、健身器材放在哪里。")


def test_a_tail_naming_the_open_articles_place_goes_back_though_it_names_the_hosts_too():
    articles = parse_page(page(*_OPEN, *_HOST,
                               "钟。今年春天,青松小区这栋楼装上了电梯,和其他老旧小区一样,楼里的老人终于能自己下楼了。",
                               "周大妈说,装了电梯以后,她每天都下楼晒太阳。"))
    body = by_title(articles, "青松小区的老人下楼不再难").body.replace("\n", "")
    assert "二十多分钟。今年春天" in body and body.endswith("每天都下楼晒太阳。")
    assert by_title(articles, "白沙街道推进老旧小区改造").body.endswith("健身器材放在哪里。")


def test_a_paragraph_naming_only_the_hosts_places_stays_with_the_host():
    articles = parse_page(page(*_OPEN[:2], _OPEN[2] + "钟。", *_HOST,
                               "改造后的老旧小区还装上了充电桩,白沙街道的居民再不用拉电线给电瓶车充电。"))
    assert by_title(articles, "白沙街道推进老旧小区改造").body.endswith("给电瓶车充电。")
