"""The dots that join two outlets' names before a role (`新某某·某某日报记者 张三`, `农民日报·中国农网记者`): the middle
dot most print, and the same mark as other fonts and sites code it, a bullet (`新某某•某某日报记者`), the katakana dot,
the hyphenation point and the bullet operator. Between two outlets' names each is the joint of a name, never a
name's end: the names are those after the role."""

OUTLET_DOTS = "·•・‧∙"
# (inside a character class: none of them is special there)
OUTLET_DOT = f"[{OUTLET_DOTS}]"
