"""Browse by newspaper → year → month calendar → issue → page, each page beside its JSON twin."""

from urllib.parse import quote

from tests.helpers import on_this_day


def test_newspapers_list_each_title_with_its_span_and_counts(dated) -> None:
    data = dated.get("/api/newspapers").json()
    papers = {p["name"]: p for p in data["newspapers"]}
    assert set(papers) == {"苏州日报", "姑苏晚报", "无锡日报"}
    suzhou = papers["苏州日报"]
    assert (suzhou["first"], suzhou["last"], suzhou["pages"], suzhou["articles"]) == (
        min(on_this_day(), "2021-11-03"), "2022-11-09", 5, 7)
    assert suzhou["printed_names"] == ["szrb", "苏州日报"]
    assert data["without_newspaper"] == {"pages": 1, "articles": 2}
    html = dated.get("/newspapers").text
    assert "2022年11月9日" in html and "又作 szrb" in html and "报名不详" in html


def test_a_title_its_years_a_month_calendar_and_an_issue_in_edition_order(dated) -> None:
    years = dated.get("/api/newspapers/szrb").json()  # an alias finds the newspaper
    assert years["name"] == "苏州日报" and "2022" in [y["period"] for y in years["years"]]
    year = dated.get(f"/api/newspapers/{quote('苏州日报')}/2022").json()
    november = year["months"][10]
    assert (november["issues"], november["pages"]) == (2, 3) and year["months"][0]["url"] is None
    month = dated.get("/api/newspapers/苏州日报/2022-11").json()
    linked = [d["day"] for week in month["weeks"] for d in week if d["url"]]
    assert linked == [8, 9] and month["weeks"][0][0]["day"] is None  # 1 November 2022 was a Tuesday
    calendar = dated.get("/newspapers/苏州日报/2022-11").text
    assert '<table class="calendar">' in calendar and 'aria-label="11月8日，2 个版面"' in calendar
    issue = dated.get("/api/newspapers/苏州日报/2022-11-08").json()
    assert [p["edition"] for p in issue["pages"]] == ["A01", "A05"]
    assert issue["next"]["period"] == "2022-11-09"
    assert "A05版" in dated.get("/newspapers/苏州日报/2022-11-08").text


def test_a_page_links_its_issue_and_the_pages_before_and_after(dated) -> None:
    first = dated.get("/api/pages/苏州日报_2022-11-08_A01.txt").json()
    assert first["issue"]["url"] == f"/newspapers/{quote('苏州日报', safe='')}/2022-11-08"
    assert first["previous_page"] is None and first["next_page"]["edition"] == "A05"
    assert first["metadata_from"] == {"newspaper": "filename", "date": "filename", "edition": "filename"}
    html = dated.get("/pages/苏州日报_2022-11-08_A05.txt").text
    assert "上一版：A01版" in html and "本期全部版面" in html and "据文件名" in html
    assert dated.get("/api/pages/undated.txt").json()["issue"] is None


def test_unknown_newspapers_issues_and_periods_are_404(dated) -> None:
    for path in ("/newspapers/无此报", "/api/newspapers/无此报", "/newspapers/苏州日报/2022-11-10",
                 "/api/newspapers/苏州日报/2022-13", "/newspapers/苏州日报/2022-02-30"):
        assert dated.get(path).status_code == 404, path


def test_dates_are_shown_in_chinese_on_every_list_and_undated_pages_say_so(dated) -> None:
    home = dated.get("/").text
    assert "2022年11月9日</time> · A02版" in home
    assert "日期不详" in dated.get("/authors/李明").text
    assert "历史上的今天" in home
    search = dated.get("/search", params={"q": "垃圾分类"}).text
    assert "苏州日报 · <time datetime=\"2022-11-08\">2022年11月8日</time> · A01版" in search
    author = dated.get("/authors/王芳").text
    assert "2019年5月20日" in author
    article = dated.get(dated.get("/api/articles", params={"newspaper": "无锡日报"}).json()["items"][0]["url"]).text
    assert "无锡日报 2018年3月2日 A04版" in article


def test_on_this_day_lists_only_earlier_years_of_todays_date(dated) -> None:
    home = dated.get("/").text
    section = home.split('id="today-h"')[1].split("</section>")[0]
    assert "平江街道修好背街小巷" in section and "2022年" not in section


def test_on_this_day_has_a_json_twin(dated) -> None:
    items = dated.get("/api/on-this-day").json()
    assert [item["source"]["date"] for item in items] == [on_this_day()]


def test_place_and_author_listings_and_feeds_take_a_newspaper_and_a_period(dated) -> None:
    author = dated.get("/api/authors/王芳", params={"from": "2022", "to": "2022"}).json()["articles"]
    assert {item["source"]["date"] for item in author["items"]} == {"2022-11-08", "2022-11-09"}
    oldest = dated.get("/api/authors/王芳", params={"sort": "oldest"}).json()["articles"]["items"]
    assert oldest[0]["source"]["date"] == "2019-05-20" and "date" not in oldest[-1]["source"]
    town = dated.get("/api/places/320506", params={"newspaper": "姑苏晚报"}).json()["articles"]
    assert town["total"] >= 1 and {item["source"]["newspaper"] for item in town["items"]} == {"姑苏晚报"}
    feed = dated.get("/feeds/authors/王芳.atom", params={"to": "2019"}).text
    assert feed.count("<entry>") == 1 and "2019-05-20T00:00:00Z" in feed
    assert dated.get("/api/places/320506", params={"from": "2022-13"}).status_code == 422
    assert dated.get("/api/authors/王芳", params={"newspaper": "无此报"}).status_code == 404
