"""``python -m pipeline.samplesite``: serve the sample sites (see ``server.main``)."""

from .server import main

main()
