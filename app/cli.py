"""The `zhenzhi` command: ingest, export, stats, serve, reindex, retag."""

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from sqlmodel import Session

from app.config import Settings
from app.db import make_engine, migrate

cli = typer.Typer(help="镇志 zhenzhi — an archive of local-governance reporting.", add_completion=False,
                  no_args_is_help=True, pretty_exceptions_enable=False)


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


@cli.command()
def ingest(paths: Annotated[list[Path] | None, typer.Argument(help="page files or folders")] = None,
           progress: Progress = None) -> None:
    """Ingest page files or folders (default seeds/); unchanged files are skipped."""
    from app.pipeline import ingest_and_index

    settings, engine = open_archive()
    try:
        report = ingest_and_index(settings, engine, paths or [Path("seeds")], show_progress=wants_progress(progress),
                                  on_rejected=say_rejected)
    except KeyboardInterrupt:
        typer.echo("interrupted: the archive is consistent; run the same command again to finish", err=True)
        raise typer.Exit(130) from None
    typer.echo(report.summary())
    raise typer.Exit(1 if report.rejected else 0)


@cli.command()
def export() -> None:
    """Print every article as one JSON object per line."""
    from app.queries import export_records

    _, engine = open_archive()
    with Session(engine) as session:
        for record in export_records(session):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@cli.command()
def stats() -> None:
    """Counts of pages, articles, places and authors."""
    from app.store import counts

    _, engine = open_archive()
    with Session(engine) as session:
        for name, value in counts(session).items():
            typer.echo(f"{name}: {value}")


@cli.command()
def reindex(progress: Progress = None) -> None:
    """Rebuild the search index from the database (the server keeps answering meanwhile)."""
    from app.pipeline import rebuild_index

    settings, engine = open_archive()
    count = rebuild_index(settings, engine, show_progress=wants_progress(progress))
    typer.echo(f"reindexed {count} articles")


@cli.command()
def retag(progress: Progress = None) -> None:
    """Tag stored articles with places again (after the gazetteer, aliases or rules changed); lists what changed."""
    from app.pipeline import retag as retag_articles

    settings, engine = open_archive()
    seen, changed = retag_articles(settings, engine, show_progress=wants_progress(progress))
    for change in changed:  # one line per article: id, title, primary place before → after
        place = f"{change.before} → {change.after}" if change.before != change.after else f"{change.after} (mentions)"
        typer.echo(f"changed {change.article_id} «{change.title or ''}»: {place}")
    typer.echo(f"retagged {seen} articles, {len(changed)} changed")


@cli.command()
def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the site and the JSON API."""
    import uvicorn

    from app.web.app import create_app

    from app import indexing
    from app.pipeline import ensure_places, rebuild_index

    settings, engine = open_archive()
    ensure_places(engine)
    if indexing.is_stale(settings, engine):
        typer.echo("building the search index …", err=True)
        rebuild_index(settings, engine, show_progress=sys.stderr.isatty())
    uvicorn.run(create_app(settings), host=host, port=port)


def main() -> None:
    cli()
