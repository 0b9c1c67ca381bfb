"""The benchmark (`bin/benchmark`): seed a dedicated database, serve it with gunicorn as
in production, and measure requests per second and latency percentiles of each
component's hot endpoints from a second process, over keep-alive connections.

Each component contributes a module `openzaak.components.<x>.benchmark` with
`seed(rows) -> dict` (creates data, returns what its scenarios need) and
`scenarios(seeded) -> dict[name, path]` (GET paths to measure).
"""
