"""One exception tree for everything the pipeline raises on purpose.

    PipelineError                 exit code 1 unless a subclass says otherwise
    ├── ConfigError               exit 2: a file we read is wrong; the message names file, line and key
    ├── LockedError               exit 3: another run holds the database
    ├── StorageError              exit 4: the database file cannot be used (read-only, disk full,
    │   │                         no writable folder, closed with a transaction open); names the file
    │   └── DatabaseCorrupt       exit 5: the file is damaged or not a SQLite database
    ├── DiscoveryError            a feed, sitemap or listing cannot be read (also a ValueError); names the URL
    └── TranslationError
        └── ModelMissing          no installed model for a language pair (items stay pending)

Per-item problems (a 503, a page without a body) are not exceptions: they are named results
(``records.FetchFailure``, ``records.ExtractionFailure``) recorded with the run, so one bad page never
stops the others. Third-party exceptions are converted where they are caught (fetch, store, translate).
"""

from __future__ import annotations


class PipelineError(Exception):
    exit_code = 1


class ConfigError(PipelineError):
    """A configuration file is invalid. ``problems`` lists every one found, each naming file:line."""

    exit_code = 2

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems or (message,)

    def __str__(self) -> str:
        return "\n".join(self.problems)


class LockedError(PipelineError):
    exit_code = 3


class StorageError(PipelineError):
    exit_code = 4


class DatabaseCorrupt(StorageError):
    exit_code = 5


class DiscoveryError(PipelineError, ValueError):
    """Recorded as an error of the source; its other feeds and listings are still read."""


class TranslationError(PipelineError):
    pass


class ModelMissing(TranslationError):
    pass
