"""The `zhenzhi` command: migrate, ingest, export, stats, serve, reindex, retag, check. It alone talks to the user:
jobs report progress through a callback, and the bars and messages are drawn here."""

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn
from sqlmodel import Session

from app.archive.db import make_engine, migrate
from app.config import Settings

# Plain help (no rich panels): rich help prints each option's type, e.g. a stray "<bool>" beside --help.
cli = typer.Typer(help="镇志 zhenzhi — an archive of local-governance reporting.", add_completion=False,
                  no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None)


def open_archive() -> tuple[Settings, object]:
    settings = Settings()
    migrate(settings)
    return settings, make_engine(settings)


def say_rejected(name: str, reason: str) -> None:
    typer.echo(f"rejected: {name}: {reason}", err=True)


Progress = Annotated[bool | None, typer.Option("--progress/--no-progress",
                                              help="show a progress bar (default: when on a terminal)")]


def wants_progress(flag: bool | None) -> bool:
    return sys.stderr.isatty() if flag is None else flag


@contextmanager
def progress_bar(label: str, show: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A bar on stderr fed by a job's progress(done, total) callback; None when not shown."""
    if not show:
        yield None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Bar(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


@cli.command("migrate")
def migrate_schema() -> None:
    """Create the database's tables or bring them to this version (every other command does it too).

    For a shared PostgreSQL: run it once, from one machine, before starting the servers."""
    settings = Settings()
    migrate(settings)
    typer.echo("the database schema is current")


@cli.command()
def ingest(paths: Annotated[list[Path] | None,
                            typer.Argument(help="page files or folders", metavar="PATH", show_default=False)] = None,
           progress: Progress = None,
           timings: Annotated[bool, typer.Option("--timings", help="print the seconds each stage took")] = False,
           ) -> None:
    """Ingest page files or folders (default seeds/).

    Unchanged files are skipped; a changed file replaces its articles."""
    from app.jobs.pipeline import ingest_and_index

    settings, engine = open_archive()
    try:
        with progress_bar("ingesting", wants_progress(progress)) as advance:
            report = ingest_and_index(settings, engine, paths or [Path("seeds")], progress=advance,
                                      on_rejected=say_rejected)
    except KeyboardInterrupt:
        typer.echo("interrupted: the archive is consistent; run the same command again to finish", err=True)
        raise typer.Exit(130) from None
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)
    if timings:
        for line in report.stages.lines():
            typer.echo(f"stage {line}", err=True)
    typer.echo(report.summary())
    raise typer.Exit(1 if report.rejected else 0)


@cli.command()
def export() -> None:
    """Print every article as one JSON object per line."""
    from app.archive.queries.articles import export_records

    _, engine = open_archive()
    with Session(engine) as session:
        for record in export_records(session):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@cli.command()
def stats() -> None:
    """Counts of pages, articles, photos, places and authors.

    What each count means is printed to stderr."""
    from app.archive.queries.stats import MEANINGS, counts

    _, engine = open_archive()
    with Session(engine) as session:
        for name, value in counts(session).items():
            typer.echo(f"{name}: {value}")
    # stdout stays "name: value" lines for scripts; the legend is for the person reading.
    for name, meaning in MEANINGS.items():
        typer.echo(f"  {name}: {meaning}", err=True)


@cli.command()
def reindex(progress: Progress = None) -> None:
    """Rebuild the search index from the database.

    The server keeps answering meanwhile."""
    from app.jobs.pipeline import rebuild_index

    settings, engine = open_archive()
    with progress_bar("indexing", wants_progress(progress)) as advance:
        count = rebuild_index(settings, engine, progress=advance)
    typer.echo(f"reindexed {count} articles")


@cli.command()
def retag(progress: Progress = None) -> None:
    """Tag stored articles with places again (after the gazetteer, aliases or rules changed); lists what changed."""
    from app.jobs.pipeline import retag as retag_articles

    settings, engine = open_archive()
    with progress_bar("tagging", wants_progress(progress)) as advance:
        seen, changed = retag_articles(settings, engine, progress=advance)
    for change in changed:  # one line per article: id, title, primary place before → after
        place = f"{change.before} → {change.after}" if change.before != change.after else f"{change.after} (mentions)"
        typer.echo(f"changed {change.article_id} «{change.title or ''}»: {place}")
    typer.echo(f"retagged {seen} articles, {len(changed)} changed")


@cli.command()
def check(repair: Annotated[bool, typer.Option("--repair", help="fix what can be fixed")] = False) -> None:
    """Verify the database (integrity, foreign keys) and the search index against it."""
    from app.jobs.check import check_archive

    settings, engine = open_archive()
    report = check_archive(settings, engine, repair=repair)
    for line in report.repaired:
        typer.echo(f"repaired: {line}")
    for line in report.problems:
        typer.echo(f"problem: {line}", err=True)
    if report.database_damaged:
        typer.echo("the database is damaged: restore it from a backup, then run `zhenzhi reindex`", err=True)
    typer.echo("ok" if report.ok else f"{len(report.problems)} problems")
    raise typer.Exit(0 if report.ok else 1)


@cli.command()
def serve(host: str = "127.0.0.1", port: int = 8000,
          workers: Annotated[int, typer.Option(min=1, max=64, help="server processes sharing the data folder")] = 1
          ) -> None:
    """Serve the site and the JSON API."""
    import os

    import uvicorn

    from app.jobs import indexing
    from app.jobs.pipeline import ensure_places, rebuild_index

    settings, engine = open_archive()
    ensure_places(engine)
    if indexing.is_stale(settings, engine):
        typer.echo("building the search index …", err=True)
        try:
            with progress_bar("indexing", sys.stderr.isatty()) as advance:
                rebuild_index(settings, engine, progress=advance)
        except Exception as error:  # serve what there is; the server tries again later, with pauses
            typer.echo(f"the search index could not be rebuilt ({indexing.describe(error)}); serving the last good "
                       "one", err=True)
    engine.dispose()
    # Every worker process builds its app from the environment: the same settings for all.
    os.environ.setdefault("ZHENZHI_PUBLIC_URL", settings.public_url or f"http://{host}:{port}")
    os.environ["ZHENZHI_DATA_DIR"] = str(settings.data_dir.resolve())
    uvicorn.run("app.web.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
                proxy_headers=bool(settings.forwarded_allow_ips),
                forwarded_allow_ips=settings.forwarded_allow_ips or None,
                h11_max_incomplete_event_size=settings.max_header_bytes,
                # Longer than a busy moment's queue: a client reusing an idle connection the server has just
                # closed sees a reset, not an answer.
                timeout_keep_alive=30)


def main() -> None:
    """Faults the user can do something about (a full disk, a damaged database) are one line and an exit
    code, not a traceback."""
    from alembic.util.exc import CommandError
    from pydantic import ValidationError
    from sqlalchemy.exc import DatabaseError, OperationalError

    try:
        cli()  # usage errors and Ctrl-C are the command line library's business
    except CommandError as error:  # a schema revision this version does not know: a newer or foreign archive
        typer.echo(f"error: the database's schema is not one this version knows ({str(error).splitlines()[0]})",
                   err=True)
        sys.exit(3)
    except ValidationError as error:  # a setting from the environment that cannot be used
        typer.echo(f"error: {error.errors()[0]['msg'].removeprefix('Value error, ')}", err=True)
        sys.exit(2)
    except (DatabaseError, OperationalError) as error:
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        typer.echo(f"error: the database cannot be used ({reason}); `zhenzhi check` says more", err=True)
        sys.exit(3)
    except OSError as error:
        from app.jobs.indexing import describe

        typer.echo(f"error: {describe(error)}", err=True)
        sys.exit(4)

