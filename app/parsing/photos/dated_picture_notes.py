"""A caption's bracketed note of when and how its picture was taken (`(3月16日摄)`, `(5月9日无人机高空拍摄)`): the day
opens it and the way of shooting closes it, so it names no one and is no credit; it stays in the caption it is
printed in. (A credit names who took the picture: `(张三 摄)`.)"""

# (a lookahead's body: the note's brackets included)
DATED_PICTURE_NOTE = r"\((?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:摄|[^()0-9]{0,8}?拍摄)\)"
