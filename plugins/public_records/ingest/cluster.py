"""The import's map over reports on a Dask cluster (`import --scheduler tcp://HOST:PORT`).

The import hands this module batches of work in file order and gets each batch's
results back in the same order, whichever worker finished first, so the parent writes
content files, manifest and cache exactly as a local import does (docs/scaling.md,
"Past one machine"). Workers only compute: the parent reads every report and ships
the record (workers on other machines cannot read the lead's disk, and need no
credentials for a bucket the seeds come from), and the workers return the finished
content files as bytes.

`distributed` is imported only here, and this module only when a scheduler is given:
a local import does not pay Dask's import time (about 1 s).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

logger = logging.getLogger(__name__)

# How many batches may be in flight per worker thread: enough to keep every worker
# busy while the parent reads the next reports, few enough that the parent does not
# hold the whole archive's texts.
BATCHES_IN_FLIGHT_PER_THREAD = 4
CONNECT_TIMEOUT_S = 20


class ClusterError(RuntimeError):
    """The cluster cannot be used: not reachable, no workers, or a worker failed."""


class ClusterMap:
    """An ordered map of batches over the Dask cluster at `address`; `shared` (the
    registry and the versions the workers check) is sent to every worker once.

    Used as a context manager: the client is closed whatever happens (the cluster
    itself is not ours to stop)."""

    def __init__(self, address: str, shared: object):
        try:
            from distributed import Client
        except ImportError as e:  # requirements.txt pins it; a hand-made venv may lack it
            raise ClusterError(f"--scheduler needs dask[distributed] ({e})") from None
        self.address = address
        try:
            self.client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from None
        try:
            threads = sum(self.client.nthreads().values())
            if not threads:
                self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
                threads = sum(self.client.nthreads().values())
            self.window = max(1, threads) * BATCHES_IN_FLIGHT_PER_THREAD
            self.shared = self.client.scatter(shared, broadcast=True, hash=False)
        except (OSError, TimeoutError) as e:
            self.client.close()
            raise ClusterError(f"no Dask worker joined {address} in time: {e}") from None
        logger.info("import on the Dask cluster at %s (%d worker threads)", address, threads)

    def __enter__(self) -> ClusterMap:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def map(
        self, task: Callable[[Any, list], list], batches: Iterable[tuple[Any, list]]
    ) -> Iterator[tuple[Any, list]]:
        """For each (kept, payload) of `batches`, in order: (kept, task(shared, payload))
        computed on a worker (an empty payload is not sent: its result is []). `batches`
        is read lazily, a window ahead of the results, so the parent prepares the next
        batches while the workers compute.

        `task` must be importable by the workers (a module-level function of the
        package: workers need plugins/ on their PYTHONPATH)."""
        pending: deque = deque()
        for kept, payload in batches:
            future = self.client.submit(task, self.shared, payload, pure=False) if payload else None
            pending.append((kept, future))
            while len(pending) >= self.window:
                yield self._result(*pending.popleft())
        while pending:
            yield self._result(*pending.popleft())

    def _result(self, kept: Any, future: Any) -> tuple[Any, list]:
        if future is None:
            return kept, []
        try:
            return kept, future.result()
        except (OSError, TimeoutError) as e:  # the connection to the scheduler was lost
            raise ClusterError(f"the Dask scheduler at {self.address} went away: {e}") from e
