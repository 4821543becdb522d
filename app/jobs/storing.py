"""An ingest's pages into the database: a few pages a transaction, each page whole or absent.

A commit writes every database page the transaction dirtied to the write-ahead log. Pages stored one
after another dirty many of the same ones (the page table's last leaf, the change record, the meta row,
the tables' upper levels), so committing a few newspaper pages at once writes them once instead of once
a page. Each page still goes in as a unit: it is stored inside a savepoint of its own, so a page that
fails, or an interrupt (Ctrl-C, a signal that raises) in the middle of it, rolls back that page alone, and
the pages stored before it are committed before the error goes on. Only a process killed outright (or a
power cut) loses the pages of the transaction it was in: whole pages, which the next ingest stores.
"""

import os
import signal
from types import TracebackType

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.archive import write

PAGES_PER_COMMIT = 8
# For the tests of interrupted ingests, never set in use: "N:SIGNAL" (say "2:SIGINT") sends SIGNAL inside
# the N-th page's store, its rows written and not committed, as a Ctrl-C or a crash at that moment would.
# A Ctrl-C goes to the whole process group, as a terminal sends it; any other signal to this process alone.
FAULT_AT_STORE = "ZHENZHI_FAULT_AT_STORE"


class PageStore:
    """Stores pages a few to a transaction (see the module); use as a context manager, which commits the
    pages stored so far when it ends, also when it ends by an error."""

    def __init__(self, engine: Engine, pages_per_commit: int = PAGES_PER_COMMIT) -> None:
        self.engine, self.pages_per_commit = engine, pages_per_commit
        self.session: Session | None = None
        self.pending = 0  # pages stored in the open transaction
        self.stored = 0  # pages stored in all, committed or about to be

    def __enter__(self) -> "PageStore":
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.commit()

    def store(self, page_in: write.PageInput, rows: write.PageRows) -> tuple[list[int], list[int]]:
        """Store one page (see app.archive.write.store_rows); committed with the next few."""
        session = self._session()
        with session.begin_nested():  # rolled back alone if anything below raises
            changed = write.store_rows(session, page_in, rows)
            fault_point(self.stored + 1)
        self.stored += 1
        self.pending += 1
        if self.pending >= self.pages_per_commit:
            self.commit()
        return changed

    def stored_page(self, file: str) -> write.StoredPage | None:
        """What the archive holds under `file`, the pages of the open transaction included."""
        if self.session is not None:
            return write.stored_page(self.session, file)
        with Session(self.engine) as session:
            return write.stored_page(session, file)

    def commit(self) -> None:
        """Commit the pages stored since the last commit, and close the session."""
        session, self.session = self.session, None
        if session is None:
            return
        try:
            if self.pending:
                session.commit()
        finally:
            self.pending = 0
            session.close()

    def _session(self) -> Session:
        if self.session is None:
            self.session = Session(self.engine)
            if self.engine.dialect.name == "sqlite":
                # The sqlite3 module opens a transaction only before a data change; a savepoint opened
                # outside one would be a transaction of its own, and releasing it a commit.
                self.session.connection().exec_driver_sql("BEGIN")
        return self.session


def fault_point(stored: int) -> None:
    """Send the signal asked for by FAULT_AT_STORE when storing page number `stored`."""
    number, _, name = os.environ.get(FAULT_AT_STORE, "").partition(":")
    if not number.isdigit() or int(number) != stored:
        return
    sig = signal.Signals[name]
    if sig == signal.SIGINT:
        os.killpg(os.getpgrp(), sig)
    else:
        os.kill(os.getpid(), sig)
