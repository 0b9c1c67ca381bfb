"""Server timing: what one request cost inside the application, in a `Server-Timing`
response header (opt-in, `SERVER_TIMING`; docs/configuration.md).

    Server-Timing: app;dur=12.31, cpu;dur=7.10, sql;dur=4.52;desc="9 queries"

`app` is the time from the first middleware to the response (authentication, the view,
serialisation, rendering, the transaction's commit), `cpu` the processor time the
request's thread used in that time (what a busy machine inflates `app` with is not in
it), `sql` the time spent executing queries on any database connection and how many
there were. `bin/benchmark` reads the
header to report a request's service time beside its SQL time; a browser's developer
tools show it too.

Off by default: the header tells a client how long the server works on each request.
"""

from __future__ import annotations

import re
import time
from contextlib import ExitStack

from django.db import connections

HEADER = "Server-Timing"
_METRIC = re.compile(r'(\w+);dur=([0-9.]+)(?:;desc="(\d+) queries")?')


class _SqlClock:
    """A database execute wrapper that adds up the time and count of queries."""

    __slots__ = ("seconds", "count")

    def __init__(self):
        self.seconds = 0.0
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start
            self.count += 1


class ServerTimingMiddleware:
    """Put first in MIDDLEWARE (settings does, when SERVER_TIMING is on), so `app`
    covers every other middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        clock = _SqlClock()
        start, cpu = time.perf_counter(), time.thread_time()
        with ExitStack() as stack:
            for connection in connections.all(initialized_only=False):
                stack.enter_context(connection.execute_wrapper(clock))
            response = self.get_response(request)
        app, cpu = time.perf_counter() - start, time.thread_time() - cpu
        response[HEADER] = header(app, cpu, clock.seconds, clock.count)
        return response


def header(app: float, cpu: float, sql: float, queries: int) -> str:
    return f'app;dur={app * 1000:.2f}, cpu;dur={cpu * 1000:.2f}, sql;dur={sql * 1000:.2f};desc="{queries} queries"'


def parse(value: str) -> tuple[float, float, float, int] | None:
    """(app ms, cpu ms, sql ms, queries) from a `Server-Timing` value that `header` wrote."""
    found = {name: (float(dur), desc) for name, dur, desc in _METRIC.findall(value or "")}
    if not {"app", "cpu", "sql"} <= found.keys():
        return None
    return found["app"][0], found["cpu"][0], found["sql"][0], int(found["sql"][1] or 0)
