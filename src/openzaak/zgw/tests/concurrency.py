"""Run the same work in many threads at once, each on its own database connection (for
transaction=True tests of races)."""

import threading

from django.db import connection


def run_concurrently(threads: int, work) -> list:
    """`work()` in `threads` threads at once, each on its own database connection."""
    barrier = threading.Barrier(threads)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.extend(work())
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    pool = [threading.Thread(target=run) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    assert not errors, errors
    return results
