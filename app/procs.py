"""Worker processes end with their parent: a killed ingest or rebuild (kill -9 included) leaves none
behind to run on for minutes."""

import ctypes
import os
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Initializer of a worker process: the kernel sends it SIGKILL when its parent exits. If the parent
    is already gone (it died while this worker started), leave at once."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: workers still end when the pool's pipes close
        pass
    if os.getppid() != parent_pid:
        os._exit(1)
