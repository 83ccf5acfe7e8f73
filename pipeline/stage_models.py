"""Imported by the harvest's worker forkserver: loads language identification's models there, once.

Every worker is forked from that server, so the models' pages (lingua's n-gram tables) are shared
copy-on-write instead of each worker building its own (147 MB resident per worker before, #13).
``page_stages.load_stages`` in each worker then finds them loaded.
"""

from __future__ import annotations

from .page_stages import warm_up_models

warm_up_models()
