"""Imported by the harvest's worker forkserver: loads language identification's models there, once.

Every worker is forked from that server, so the models' pages (lingua's n-gram tables) are shared
copy-on-write instead of each worker building its own (147 MB resident per worker before, #13).
``page_stages.load_stages`` in each worker then finds them loaded.

Then every object the server holds is frozen out of the garbage collector (``gc.freeze``): a worker's
collections would otherwise write to the header of each object they traverse, the server's imported
modules and loaded tables included, and so copy every page holding one into the worker.
"""

from __future__ import annotations

import gc

from .page_stages import warm_up_models

warm_up_models()
gc.freeze()
