"""Source health: is each source still delivering, or has it broken (layout changed, blocking us)?

The whole judgement is one SQL query (``HEALTH_SQL``), so ``legalnews health`` and the Datasette
"source health" view show the same verdicts from the same rules. It reads what the harvest records per
run and source (``run_sources``) and per failed page (``failures``); thresholds are the named constants
below, passed as parameters.

A source is **broken** when any of these holds (each becomes a reason in plain words):

- it never had a successful run, or none for ``STALE_HOURS``;
- its last ``FAILED_RUNS`` runs read nothing and reported errors (site down, or it blocks us);
- its last ``NO_LINKS_RUNS`` runs found no article links and said so (feed gone, listing layout changed);
  a run whose feeds and listings all answered 304 Not Modified found nothing new to read, not nothing;
- in its last ``EXTRACTION_RUNS`` runs most fetched pages could not be extracted (article layout changed);
- its last ``QUIET_RUNS`` runs, over at least ``QUIET_HOURS``, brought no new item although it usually
  brings some (runs minutes apart are not a silence);
- more than ``HTTP_ERROR_RATE`` of its requests in the window failed with HTTP errors or timeouts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import sqlite_utils

# A daily cron run that misses one day is tolerable; two days without a successful run is not.
STALE_HOURS = 48
# One failed run can be a network blip; two in a row is an outage or a block.
FAILED_RUNS = 2
# A feed or listing that yields no links twice running has moved or changed its markup.
NO_LINKS_RUNS = 2
# Two consecutive runs where most pages failed extraction: the article template changed.
EXTRACTION_RUNS = 2
# "Most pages": at least this share of a run's fetched pages failed extraction.
EXTRACTION_SHARE = 0.5
# Agencies publish every day; three silent runs from a source that usually brings items is suspicious.
QUIET_RUNS = 3
# ... and those runs span at least three days: a quiet morning, or runs an hour apart, page nobody.
QUIET_HOURS = 72
# ... where "usually" means at least this many new items per run on average before the silence.
USUAL_NEW_PER_RUN = 1.0
# 403/429/timeouts on a third of requests means we are being throttled or blocked.
HTTP_ERROR_RATE = 0.33
# Below this many requests in the window an error rate says nothing.
MIN_REQUESTS = 5
# Failure reasons that mean the server (or the network) refused us, as opposed to a bad page.
HTTP_FAILURE_REASONS = ("http_error", "timeout", "connection")
# Baku has been UTC+04:00 all year since 2016: "items per day" counts analysts' days, not UTC days.
LOCAL_OFFSET = "+4 hours"

HEALTH_SQL = """
WITH
source_runs AS (
  SELECT rs.source_id, r.started_at, rs.finished_at, rs.discovered, rs.fetched, rs.unchanged, rs.new,
    coalesce(json_array_length(nullif(rs.errors, '')), 0) AS errors,
    (SELECT count(*) FROM failures f WHERE f.run_id = rs.run_id AND f.source_id = rs.source_id
       AND f.stage = 'extract') AS extract_failures,
    (SELECT count(*) FROM failures f WHERE f.run_id = rs.run_id AND f.source_id = rs.source_id
       AND f.reason IN (SELECT value FROM json_each(:http_reasons))) AS http_errors,
    row_number() OVER (PARTITION BY rs.source_id ORDER BY r.started_at DESC, r.id DESC) AS age
  FROM run_sources rs JOIN runs r ON r.id = rs.run_id
  WHERE r.started_at <= :now
),
judged AS (
  SELECT *,
    (fetched + unchanged > 0 OR errors = 0) AS succeeded,
    (extract_failures > 0 AND extract_failures >= :extraction_share * fetched) AS extraction_failing,
    (started_at >= strftime('%Y-%m-%dT%H:%M:%S', :now, printf('-%d days', :days))) AS in_window
  FROM source_runs
),
streaks AS (
  SELECT source_id, count(*) AS runs,
    max(CASE WHEN succeeded THEN finished_at END) AS last_success_at,
    coalesce(min(CASE WHEN succeeded THEN age END) - 1, count(*)) AS failed_runs,
    coalesce(min(CASE WHEN discovered > 0 OR errors = 0 THEN age END) - 1, count(*)) AS runs_without_links,
    max(CASE WHEN new > 0 THEN finished_at END) AS last_new_at,
    coalesce(min(CASE WHEN new > 0 THEN age END) - 1, count(*)) AS runs_without_new,
    coalesce(min(CASE WHEN NOT extraction_failing THEN age END) - 1, count(*)) AS runs_extraction_failing,
    sum(CASE WHEN in_window THEN http_errors ELSE 0 END) AS http_errors,
    sum(CASE WHEN in_window THEN fetched + unchanged + http_errors ELSE 0 END) AS http_requests
  FROM judged GROUP BY source_id
),
usual AS (
  SELECT j.source_id, avg(j.new) AS new_per_run
  FROM judged j JOIN streaks s ON s.source_id = j.source_id
  WHERE j.age > s.runs_without_new GROUP BY j.source_id
),
days(day) AS (
  SELECT date(:now, :local_offset, printf('-%d days', :days - 1))
  UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < date(:now, :local_offset)
),
new_items AS (
  SELECT source_id, date(first_seen_at, :local_offset) AS day, count(*) AS n
  FROM items WHERE first_seen_at >= date(:now, printf('-%d days', :days + 1)) GROUP BY 1, 2
),
per_day AS (
  SELECT source_id, json_group_array(n) AS items_per_day FROM (
    SELECT s.id AS source_id, d.day, coalesce(i.n, 0) AS n
    FROM sources s CROSS JOIN days d LEFT JOIN new_items i ON i.source_id = s.id AND i.day = d.day
    ORDER BY s.id, d.day
  ) GROUP BY source_id
),
checks AS (
  SELECT src.id AS source_id, src.name, src.kind,
    s.last_success_at, coalesce(p.items_per_day, '[]') AS items_per_day, coalesce(s.runs, 0) AS runs,
    coalesce(s.failed_runs, 0) AS failed_runs, coalesce(s.runs_without_links, 0) AS runs_without_links,
    coalesce(s.runs_without_new, 0) AS runs_without_new,
    coalesce(s.runs_extraction_failing, 0) AS runs_extraction_failing,
    round(u.new_per_run, 1) AS usual_new_per_run,
    coalesce(s.http_errors, 0) AS http_errors, coalesce(s.http_requests, 0) AS http_requests,
    round(1.0 * s.http_errors / nullif(s.http_requests, 0), 2) AS http_error_rate,
    trim(
      CASE WHEN s.last_success_at IS NULL THEN 'no successful run yet; '
        WHEN s.last_success_at < strftime('%Y-%m-%dT%H:%M:%S', :now, printf('-%d hours', :stale_hours))
        THEN printf('no successful run since %s; ', s.last_success_at) ELSE '' END
      || CASE WHEN s.failed_runs >= :failed_runs
        THEN printf('the last %d runs read nothing and reported errors (site down or blocking us?); ',
                    s.failed_runs) ELSE '' END
      || CASE WHEN s.runs_without_links >= :no_links_runs
        THEN printf('no article links found in the last %d runs (feed gone or listing layout changed?); ',
                    s.runs_without_links) ELSE '' END
      || CASE WHEN s.runs_extraction_failing >= :extraction_runs
        THEN printf('most pages failed extraction in the last %d runs (article layout changed?); ',
                    s.runs_extraction_failing) ELSE '' END
      || CASE WHEN s.runs_without_new >= :quiet_runs AND u.new_per_run >= :usual_new_per_run
          AND s.last_new_at < strftime('%Y-%m-%dT%H:%M:%S', :now, printf('-%d hours', :quiet_hours))
        THEN printf('no new items in the last %d runs, though it usually brings %.1f per run; ',
                    s.runs_without_new, u.new_per_run) ELSE '' END
      || CASE WHEN s.http_requests >= :min_requests AND 1.0 * s.http_errors / s.http_requests > :http_error_rate
        THEN printf('HTTP errors or timeouts on %d of %d requests in %d days (blocking us?); ',
                    s.http_errors, s.http_requests, :days) ELSE '' END,
      '; ') AS reasons
  FROM sources src
    LEFT JOIN streaks s ON s.source_id = src.id
    LEFT JOIN usual u ON u.source_id = src.id
    LEFT JOIN per_day p ON p.source_id = src.id
  WHERE coalesce(src.enabled, 1) = 1
)
SELECT CASE WHEN reasons = '' THEN 'ok' ELSE 'broken' END AS verdict, * FROM checks
ORDER BY verdict = 'ok', source_id
"""


@dataclass(frozen=True)
class SourceHealth:
    source_id: str
    name: str
    verdict: Literal["ok", "broken"]
    reasons: tuple[str, ...]
    """Why the source looks broken, in plain words; empty when it is ok."""
    last_success_at: str | None
    items_per_day: tuple[int, ...]
    """New items per (Baku) day, oldest first, ending today."""
    runs: int
    failed_runs: int
    """Consecutive latest runs that read nothing and reported errors."""
    runs_without_links: int
    runs_without_new: int
    runs_extraction_failing: int
    """Consecutive latest runs where most fetched pages failed extraction."""
    http_errors: int
    http_requests: int
    http_error_rate: float | None

    @property
    def broken(self) -> bool:
        return self.verdict == "broken"


def _parameters(now: str, days: int) -> dict[str, object]:
    return {
        "now": now, "days": days, "local_offset": LOCAL_OFFSET, "stale_hours": STALE_HOURS,
        "failed_runs": FAILED_RUNS, "no_links_runs": NO_LINKS_RUNS, "extraction_runs": EXTRACTION_RUNS,
        "extraction_share": EXTRACTION_SHARE, "quiet_runs": QUIET_RUNS, "quiet_hours": QUIET_HOURS,
        "usual_new_per_run": USUAL_NEW_PER_RUN, "http_error_rate": HTTP_ERROR_RATE,
        "min_requests": MIN_REQUESTS, "http_reasons": json.dumps(HTTP_FAILURE_REASONS),
    }


def _sql_literal(value: object) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


def datasette_sql(days: int = 7) -> str:
    """``HEALTH_SQL`` with every parameter written in, "now" being the moment the query runs.

    Datasette turns each ``:name`` of a canned query into a form field; the thresholds are not the
    analyst's to choose, so the canned view gets them as literals.
    """
    literals = {k: _sql_literal(v) for k, v in _parameters("", days).items()}
    literals["now"] = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
    return re.sub(r":([a-z_]+)\b", lambda m: literals.get(m.group(1), m.group(0)), HEALTH_SQL)


def source_health(db: sqlite_utils.Database, now: datetime, days: int = 7) -> list[SourceHealth]:
    """Health of every enabled source as of ``now`` (aware), broken ones first.

    ``now`` is written as UTC: the query compares it with stored UTC strings as text, where a Baku
    "10:00+04:00" would sort four hours late.
    """
    return [_health(row) for row in db.query(HEALTH_SQL, _parameters(now.astimezone(UTC).isoformat(), days))]


def _health(row: dict[str, Any]) -> SourceHealth:
    reasons = str(row["reasons"])
    return SourceHealth(
        source_id=str(row["source_id"]),
        name=str(row["name"] or row["source_id"]),
        verdict=row["verdict"],
        reasons=tuple(reasons.split("; ")) if reasons else (),
        last_success_at=row["last_success_at"],
        items_per_day=tuple(json.loads(str(row["items_per_day"]))),
        runs=int(row["runs"]),
        failed_runs=int(row["failed_runs"]),
        runs_without_links=int(row["runs_without_links"]),
        runs_without_new=int(row["runs_without_new"]),
        runs_extraction_failing=int(row["runs_extraction_failing"]),
        http_errors=int(row["http_errors"]),
        http_requests=int(row["http_requests"]),
        http_error_rate=row["http_error_rate"],
    )


def exit_code(results: Sequence[SourceHealth]) -> int:
    """1 when any source looks broken, so cron mails the operator; 0 otherwise."""
    return 1 if any(r.broken for r in results) else 0


def _minutes(iso: str | None) -> str:
    return f"{iso[:16].replace('T', ' ')} UTC" if iso else "never"


def format_report(results: Sequence[SourceHealth]) -> str:
    """A plain table for the terminal and cron mail: one line per source, reasons indented below."""
    days = max((len(r.items_per_day) for r in results), default=0)  # the window asked for, not always 7
    lines = [f"{'source':<22} {'verdict':<7} {'last success':<26} {f'new/day ({days}d)':<22} http errors"]
    for r in results:
        rate = f"{r.http_errors}/{r.http_requests}" if r.http_requests else "-"
        per_day = " ".join(str(n) for n in r.items_per_day)
        lines.append(
            f"{r.source_id:<22} {r.verdict:<7} {_minutes(r.last_success_at):<26} {per_day:<22} {rate}"
        )
        lines += [f"    - {reason}" for reason in r.reasons]
    return "\n".join(lines)


def to_json(results: Sequence[SourceHealth]) -> str:
    return json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=2)
