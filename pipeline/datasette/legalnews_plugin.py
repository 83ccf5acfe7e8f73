"""Datasette plugin loaded by ``legalnews serve`` (``--plugins-dir``): the SQL function ``inflected_query``.

Our own ten lines instead of a third-party plugin: the "search all forms" canned query needs a stemmer
in SQL, and analysts can use it in their own queries too (``... MATCH inflected_query('ратификация')``).
"""

import sqlite3

from datasette import hookimpl

from pipeline.serve import inflected_query


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("inflected_query", 1, inflected_query, deterministic=True)
