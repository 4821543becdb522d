"""The place a headline names before its colon (`江苏灌南:留住乡村…`, `白沙:…`) is what its article is
about. Text printed lower on the page that names that place (`…灌南通过…`) where the text around it never
does goes on about the same subject: a continuation of that article, even when it opens a new paragraph
after the article's last sentence was finished (a county's name counts here: the headline chose it)."""

from .similarity import NAMED_HEAD, compact

# a province named before the place (`江苏灌南:…`): the place is printed without it in the text
_PROVINCES = ("江苏", "浙江", "安徽", "山东", "河南", "湖北", "湖南", "江西", "福建", "广东", "四川", "河北", "山西", "上海")


def names_headline_subject(paragraph: str, heading: str, earlier_text, host_heading: str, host_above: list[str]) -> bool:
    """Does a paragraph name the place the earlier article's headline names before its colon, a place
    that article's text (`earlier_text.folded`) names again and the host (its headline and its text
    above, `host_above`) never names?"""
    m = NAMED_HEAD.match(heading)
    if m is None:
        return False  # (most headlines: nothing else is looked at)
    subject = m.group(1)
    key = subject[2:] if subject.startswith(_PROVINCES) and len(subject) >= 4 else subject
    return (key in paragraph and earlier_text.folded.count(key) >= 2
            and key not in compact(host_heading + "".join(host_above)))
