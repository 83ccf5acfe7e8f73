"""HTTPS through the aiohttp pools under the httpx client: live sites are HTTPS, and the loopback sample
sites of the other tests are plain HTTP. A self-signed certificate made by the openssl command line."""

from __future__ import annotations

import asyncio
import http.server
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pipeline.transport import AiohttpTransport, PerHostTransport

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


@pytest.fixture(scope="module")
def https_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    """An HTTPS server on 127.0.0.1 for the name localhost, serving index.html; yields (port, its certificate)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
                   check=True, capture_output=True)
    (folder / "index.html").write_text("<h1>Ratified</h1>", encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], cert
    server.shutdown()


def _client(tls: ssl.SSLContext) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=PerHostTransport(lambda scheme, host: AiohttpTransport(tls, limit=None)))


def test_a_page_and_its_304_come_over_https_verified(https_site: tuple[int, Path]) -> None:
    port, cert = https_site

    async def fetch() -> tuple[int, str, int]:
        async with _client(ssl.create_default_context(cafile=str(cert))) as client:
            page = await client.get(f"https://localhost:{port}/index.html")
            again = await client.get(f"https://localhost:{port}/index.html",
                                     headers={"If-Modified-Since": page.headers["last-modified"]})
            return page.status_code, page.text, again.status_code

    assert asyncio.run(fetch()) == (200, "<h1>Ratified</h1>", 304)


def test_a_certificate_nobody_vouches_for_is_refused(https_site: tuple[int, Path]) -> None:
    port, _ = https_site

    async def fetch() -> None:
        async with _client(httpx.create_ssl_context()) as client:  # the crawler's own context: certifi's roots
            await client.get(f"https://localhost:{port}/index.html")

    with pytest.raises(httpx.ConnectError, match="(?i)certificate"):
        asyncio.run(fetch())
