"""Batches of articles in worker processes, surviving a worker that dies.

``run_batches`` sends each batch to a ``ProcessPoolExecutor`` and yields the results in input order, at most
two batches per worker in flight. A worker killed from outside (the OOM killer, ``kill -9``) breaks the
pool and every batch in it: those batches are run again, once, one at a time, each in a fresh process (so
that one deadly batch cannot take the others down with it); a batch whose worker dies again comes back as a
``WorkerDiedError`` for each of its articles. Then a new pool takes the rest.
"""

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from zhqx.errors import WorkerDiedError


def run_batches(
    work: Callable[[list], list], batches: Iterable[list], n_process: int
) -> Iterator[tuple[int, object]]:
    """``work(batch)`` for each batch of (index, item) pairs, in ``n_process`` worker processes (forked
    where the platform allows, so that they share what the parent loaded); yields its (index, result)
    pairs batch after batch, in input order."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    batches = iter(batches)
    pending = deque()  # (batch, future) in input order
    pool = ProcessPoolExecutor(n_process, mp_context=context)
    try:
        while True:
            while len(pending) < 2 * n_process and (batch := next(batches, None)) is not None:
                pending.append((batch, pool.submit(work, batch)))
            if not pending:
                return
            batch, future = pending[0]
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pending = deque((b, f if _succeeded(f) else _alone(work, b, context)) for b, f in pending)
                pool = ProcessPoolExecutor(n_process, mp_context=context)
                continue
            pending.popleft()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _succeeded(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _alone(work: Callable[[list], list], batch: list, context) -> Future:
    """``work(batch)`` run again in a process of its own: a done future holding its results, or a
    ``WorkerDiedError`` for each article when that process dies too."""
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        future = pool.submit(work, batch)
        try:
            future.result()
            return future
        except BrokenProcessPool:
            pass
    first, last = batch[0][0], batch[-1][0]
    died = Future()
    died.set_result([
        (index, WorkerDiedError(
            f"the worker process extracting items {first}-{last} died twice (killed from outside, e.g. by the "
            "out-of-memory killer); try fewer processes or a smaller batch_size"
        ))
        for index, _ in batch
    ])
    return died
