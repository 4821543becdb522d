"""A caption's bracketed note of when and how its picture was taken (`(3月16日摄)`, `(2023 年 3 月 16 日摄)`,
`(5月9日无人机高空拍摄)`): the day opens it and the way of shooting closes it, so it names no one and is no credit; it
stays in the caption it is printed in. (A credit names who took the picture: `(张三 摄)`.)"""

# The day a picture was taken, its figures spaced from their words or not (`3月16日`, `2023 年 3 月 16 日`).
PICTURE_DAY = r"(?:[0-9]{4}\s*年\s*)?[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日"
# (a lookahead's body: the note's brackets included)
DATED_PICTURE_NOTE = rf"\({PICTURE_DAY}\s*(?:摄|[^()0-9]{{0,8}}?拍摄)\)"
