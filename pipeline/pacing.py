"""Politeness in time: how many requests a host has in flight, and how far apart they are sent.

``Pacer.slot`` is held around each request. It waits for a free per-host slot (the smallest concurrency
any caller asked for), then for the host's spacing, then for a global slot (``settings.concurrency``).
Spacing is measured between the moments requests are *sent*, not the moments slots are taken: the slot
yields a callback that the request calls when its headers go out (after connecting, which on a real site
means DNS and a TLS handshake), and until it does the next request to the host waits. Timed at the slot,
robots.txt and then the first page over a new connection came 226 ms apart at a 250 ms delay (#13).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

__all__ = ["Pacer"]


@dataclass
class _Host:
    """Bookkeeping for one host name (mutable; touched only from the event loop)."""

    in_flight: int = 0
    limit: int = 0
    """Requests in flight allowed: the smallest concurrency any caller asked for."""
    last_sent: float = float("-inf")
    """When the last request went out (the moment its headers were written), or its slot was taken."""
    unsent: int = 0
    """Requests holding a slot whose headers are not written yet: the next one waits for them."""
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    def next_send(self, spacing: float) -> float:
        """The earliest moment the next request may be sent; "now + spacing" while one is still unsent."""
        anchor = time.monotonic() if self.unsent and spacing else self.last_sent
        return anchor + spacing


class Pacer:
    """Per-host concurrency and spacing inside a global limit; one per run, shared by all sources."""

    def __init__(self, concurrency: int) -> None:
        self._hosts: dict[str, _Host] = {}
        self._global = asyncio.Semaphore(concurrency)

    @asynccontextmanager
    async def slot(self, host_name: str, spacing: float, concurrency: int) -> AsyncIterator[Callable[[], None]]:
        """Hold a request slot of ``host_name``; call the yielded function when the request is sent.

        The global slot is taken only once the host's wait is over, so a slow-paced host never blocks
        the others; the spacing is re-checked after it, as another request may have gone out meanwhile.
        """
        host = self._hosts.setdefault(host_name, _Host())
        requested = max(concurrency, 1)
        host.limit = min(host.limit, requested) if host.limit else requested
        async with host.changed:
            await host.changed.wait_for(lambda: host.in_flight < host.limit)
            host.in_flight += 1
        unsent = False

        def sent() -> None:
            nonlocal unsent
            if unsent:
                unsent = False
                host.unsent -= 1
                host.last_sent = time.monotonic()

        try:
            while True:
                wait = host.next_send(spacing) - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                    continue
                await self._global.acquire()
                if time.monotonic() >= host.next_send(spacing):
                    break
                self._global.release()
            host.last_sent = time.monotonic()
            host.unsent += 1
            unsent = True
            try:
                yield sent
            finally:
                self._global.release()
        finally:
            if unsent:  # never sent (no connection): the slot's start stands as the last send
                host.unsent -= 1
            async with host.changed:
                host.in_flight -= 1
                host.changed.notify()  # one waiter: all share one predicate, and waking hundreds costs O(n²)
