"""The sample sites: a real HTTP server on 127.0.0.1 that plays every news host of the offline demo.

Why a real server: the crawler's code path (sockets, keep-alive, redirects, streaming, timeouts) must be
the live one, so the demo and the tests talk HTTP to this server through ``fetch.ResolveTransport``.

One server answers for all hosts, routing by the ``Host`` header. Content comes from a ``Content``:

* ``DocumentRoots`` (default): ``samples/sites/<host>/`` with the overlay ``samples/updates/<host>/`` from
  phase 2 on. ``/a/b/`` serves ``a/b/index.html``, ``/a/b`` serves file ``a/b`` (extension-less files are
  HTML); ``_site.yaml`` per host holds ``headers: {path: {name: value}}`` and ``redirects: {path: target}``.
* ``SyntheticSites``: N generated Trend-like article pages with feeds and listings per host, for benchmarks.

Every 200 carries a strong ETag (content hash) and a Last-Modified fixed per phase (not file mtimes, so
runs are reproducible); conditional requests get 304. Tests inject ``Fault`` sequences per (host, path)
and read the ``requests`` log to check what the crawler sent and when.

Modules: ``content`` (what is served: resources, document roots), ``synthetic`` (generated benchmark
sites), ``faults`` (scripted answers and the request log), ``server`` (the HTTP server and its command line).
"""

from .content import PHASE_TIMES, Content, DocumentRoots, Resource, default_samples_root
from .faults import Fault, LoggedRequest
from .server import SampleSites
from .synthetic import SyntheticSites

__all__ = [
    "PHASE_TIMES",
    "Content",
    "DocumentRoots",
    "Fault",
    "LoggedRequest",
    "Resource",
    "SampleSites",
    "SyntheticSites",
    "default_samples_root",
]
