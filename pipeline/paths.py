"""Where ``legalnews`` reads and writes by default, relative to the working folder (the checkout, under cron).

Kept apart from the stages that use them so the command line can name them in its help without importing
those stages (the digest's templates, gazetteer and SMTP code) on every start.
"""

DEFAULT_RECIPIENTS = "data/recipients.yaml"
"""Kept under data/ (outside git): real addresses never enter the repository."""
DEFAULT_OUTBOX = "data/outbox"
"""Where the digest's unsent messages (--dry-run) are written, one folder per day."""
