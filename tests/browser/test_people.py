"""A reader's path through the people pages in a real browser: filter, a person, their report; the same at
phone width."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.helpers import Console, LiveServer

pytestmark = pytest.mark.browser


def test_from_people_to_a_person_to_the_article_that_reports_the_post(page: Page, live_server: LiveServer,
                                                                       console: Console) -> None:
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="站点").get_by_role("link", name="人物").click()
    page.wait_for_url("**/people")
    expect(page.locator("h1")).to_have_text("人物")
    expect(page.locator(".limits")).to_contain_text("职务是报道中的说法")

    # 所有镇党委书记: the title and the level, chosen with the keyboard-usable form.
    page.get_by_label("职务名称").select_option("书记")
    page.get_by_label("职务所在层级").select_option("town")
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url(re.compile(r"title=.*level=town"))
    people = page.locator("ol.people > li h3 a")
    expect(people).to_have_count(1)
    expect(people.first).to_have_text("杨晓峰")
    expect(page.locator("ol.people .meta")).to_contain_text("辛庄镇党委书记")

    people.first.click()
    page.wait_for_url("**/people/*")
    expect(page.locator("h1")).to_have_text("杨晓峰")
    expect(page.locator(".breadcrumbs [aria-current='page']")).to_have_text("杨晓峰")
    post = page.locator("ol.posts > li").filter(has_text="辛庄镇党委书记")
    report = post.locator("dd a").first
    title = report.inner_text()
    report.click()
    page.wait_for_url("**/articles/*")
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".story .body")).to_contain_text("杨晓峰")

    # The article lists the person back, and the link leads to their page.
    page.locator("ul.article-people a", has_text="杨晓峰").click()
    page.wait_for_url("**/people/*")
    expect(page.locator("h1")).to_have_text("杨晓峰")
    assert console.errors == []


def test_keyboard_reaches_and_submits_the_people_filter(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/people")
    page.get_by_label("地方（名称或代码）").focus()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.type("崇川区")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"place="))
    names = page.locator("ol.people > li h3 a").all_inner_texts()
    assert "胡拥军" in names and "杨晓峰" not in names


def test_place_page_leads_to_its_people(phone: Page, live_server: LiveServer) -> None:
    phone.goto(live_server.url + "/places/320613")
    phone.get_by_role("link", name=re.compile("崇川区的全部")).click()
    phone.wait_for_url(re.compile(r"/people\?place=320613"))
    expect(phone.locator("#f-place")).to_have_value("320613")
    assert "胡拥军" in phone.locator("ol.people").inner_text()
    width, inner = phone.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert width <= inner
