"""The place tagger's instructions over one pass of parsed pages, counted by callgrind (the load does not move them).

    valgrind --tool=callgrind --instr-atstart=no --toggle-collect=functools_reduce --callgrind-out-file=OUT \
        .venv/bin/python bench/place_instructions.py PAGES                      # the whole pass
    (the same) .venv/bin/python bench/place_instructions.py PAGES --only resolve  # one function the tagger calls
    PYTHONHASHSEED=0 PYTHONPATH=/tmp/older (the same)                           # another checkout's code
    callgrind_annotate OUT | head                                               # the total, then by C function

Every `*.txt` under PAGES is parsed as the ingest does, the gazetteer is loaded and every page tagged once (first-use
tables, compiled patterns); then the script switches the count on (`callgrind_control -i on` on its own process, so
the build of the gazetteer runs uninstrumented) and tags every page again inside `functools.reduce`, which
`--toggle-collect` counts alone. With `--only NAME`, only the calls of the tagger's `NAME` (`resolve`, `anchors`,
`_article_names`, `without_people` …; `resolve._choose` for a function the tagger's modules call among themselves) run
inside `functools.reduce`: the count is that function and what it calls, in the tagger's own flow. The functions so
named must not call one another (the count would switch off inside).
"""

import argparse
import functools
import importlib
import os
import subprocess
from pathlib import Path

from parse_bench import read_pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path, nargs="+")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="count only this function of app.places.tagger (MODULE.NAME: of app.places.MODULE)")
    args = ap.parse_args()

    from app.jobs.tagging import texts_of
    from app.parsing import parse_page
    from app.places import tagger
    from app.places.gazetteer import load_gazetteer

    pages = [texts_of(parse_page(text)) for _, text in read_pages(args.pages)]
    gazetteer = load_gazetteer()
    for articles in pages:
        tagger.tag_page(gazetteer, articles)
    for name in args.only:  # the tagger's `resolve`, or another module's function: `resolve._choose`
        module, _, function = name.rpartition(".")
        owner = importlib.import_module(f"app.places.{module}") if module else tagger
        setattr(owner, function, _counted(getattr(owner, function)))
    # (outside valgrind there is no count to switch on: the pass runs all the same)
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=False, capture_output=True)
    if args.only:
        for articles in pages:
            tagger.tag_page(gazetteer, articles)
    else:
        # (each page's tags freed as soon as they are made: the reduce keeps none)
        functools.reduce(lambda done, articles: tagger.tag_page(gazetteer, articles) and done, pages, 0)


def _counted(function):
    """`function`, run inside `functools.reduce` (what `--toggle-collect=functools_reduce` counts)."""
    def counted(*args, **kwargs):
        return functools.reduce(lambda _, __: function(*args, **kwargs), (None,), None)
    return counted


if __name__ == "__main__":
    main()
