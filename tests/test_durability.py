"""What a command reports is what the database holds: the real ``legalnews`` process writes, another
connection reads. With the tiny Argos models installed (as a user would, ``models install --file``), every
writing stage keeps its rows; a run killed with SIGKILL in any stage and run again loses nothing, stores
nothing twice and mails nobody twice."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from pipeline.samplesite import SampleSites, default_samples_root

from .analyst_data import free_port
from .conftest import copy_db
from .translation_model import build_packages

ROOT = Path(__file__).resolve().parent.parent
LEGALNEWS = str(Path(sys.executable).with_name("legalnews"))
SAMPLE_SOURCES = str(default_samples_root() / "sources.yaml")
RUN_TIMEOUT = 240

pytestmark = pytest.mark.slow


def legalnews(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
              timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess[str]:
    """The installed ``legalnews`` command, as cron or a user runs it (no terminal)."""
    return subprocess.run([LEGALNEWS, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, cwd=cwd, stdin=subprocess.DEVNULL)


def rows(db: Path, sql: str) -> list[tuple]:
    """Read through a connection of our own, as an analyst's Datasette would: never the writer's."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def count(db: Path, table: str) -> int:
    return int(rows(db, f"select count(*) from {table}")[0][0])


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The four tiny packages, installed through the command line like a user installs real ones."""
    folder = tmp_path_factory.mktemp("argos")
    packages = build_packages(folder / "packages")
    installed = folder / "models"
    files = [arg for path in packages.values() for arg in ("--file", str(path))]
    done = legalnews("models", "install", *files, "-c", SAMPLE_SOURCES, "--set", f"models_dir={installed}")
    assert done.returncode == 0, done.stderr
    return installed


def _settings(models: Path) -> list[str]:
    return ["-c", SAMPLE_SOURCES, "--set", f"models_dir={models}"]


def _resolve(server: SampleSites) -> list[str]:
    return [f"--resolve={host}={address}" for host, address in server.resolve_map().items()]


# --------------------------------------------------------------------------------------------------
# translate


def test_translate_keeps_its_translations_and_empties_the_queue_as_another_connection_sees(
    sample_db: Path, models_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    shutil.copy(sample_db, db)
    # Six items in the three languages keep the tiny models' time down; the path is the same for 200.
    chosen = [f"--item={item_id}" for language in ("ru", "az", "en") for (item_id,) in
              rows(db, f"select id from items where relevant = 1 and language = '{language}' order by id limit 2")]
    first = legalnews("translate", "--json", *chosen, "--db", str(db), *_settings(models_dir))
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["items"] == len(chosen) == 6 and report["translated"] > 0
    assert count(db, "translations") == report["written"] > 0
    assert count(db, "translation_cache") > 0
    queued = rows(db, f"select count(*) from translation_pending where item_id in ({','.join(c[7:] for c in chosen)})")
    assert queued == [(0,)]

    again = json.loads(legalnews("translate", "--json", *chosen, "--db", str(db), *_settings(models_dir)).stdout)
    assert (again["written"], again["translated"], again["up_to_date"]) == (0, 0, report["written"])


# --------------------------------------------------------------------------------------------------
# daily --send, with a real SMTP server


@dataclass
class Mailbox:
    """An aiosmtpd handler counting the messages it accepted per recipient.

    With ``hold`` set, the first RCPT waits until ``release`` is set: the client is then mid-send, the
    moment a test kills it.
    """

    hold: bool = False
    received: Counter[str] = field(default_factory=Counter)
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd API)
        if self.hold and not self.release.is_set():
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "421 4.3.0 closing"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        self.received.update(envelope.rcpt_tos)
        return "250 Message accepted"


@contextmanager
def _smtp(mailbox: Mailbox) -> Iterator[dict[str, str]]:
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield {"LEGALNEWS_SMTP_HOST": "127.0.0.1", "LEGALNEWS_SMTP_PORT": str(controller.port),
               "LEGALNEWS_SMTP_STARTTLS": "0", "LEGALNEWS_SMTP_TIMEOUT": "5"}
    finally:
        mailbox.release.set()
        controller.stop()


@pytest.fixture
def recipients(tmp_path: Path) -> Path:
    path = tmp_path / "recipients.yaml"
    shutil.copy(ROOT / "recipients.example.yaml", path)
    return path


# Three editions of one agency and an official site: the same stories in three languages, in a third of
# the time of all eighteen sources (health then calls the others never run: exit 1, which is allowed).
DAILY_SOURCES = ("trend-ru", "trend-az", "trend-en", "president-en")


def _daily(db: Path, models: Path, server: SampleSites, recipients: Path, outbox: Path) -> list[str]:
    return ["daily", "--send", "--db", str(db), *_settings(models), *_resolve(server),
            *(arg for source in DAILY_SOURCES for arg in ("--source", source)),
            "--recipients", str(recipients), "--outbox", str(outbox),
            "--log-dir", str(db.parent / "logs")]  # not the checkout's data/logs/


STATE_SQL = {
    "translations": "select i.url, t.field, t.language from translations t join items i on i.id = t.item_id",
    "pending": "select i.url, p.language from translation_pending p join items i on i.id = p.item_id",
    "events": """select i.url, e.action, e.treaty_id, e.states, e.act_date, s.story_id
                 from events e join items i on i.id = e.item_id left join story_items s on s.item_id = e.item_id""",
    "stories": "select s.story_id, i.url from story_items s join items i on i.id = s.item_id",
    "digest_sent": "select recipient, story_id from digest_sent",
}


def state(db: Path) -> dict[str, Counter[tuple]]:
    """Everything the later stages wrote, as multisets (a duplicate shows as a count of 2).

    Item ids depend on which page the concurrent harvest stored first, so items are named by URL and
    stories by the set of their items' URLs.
    """
    found = {name: Counter(rows(db, sql)) for name, sql in STATE_SQL.items()}
    members: dict[str, set[str]] = {}
    for (story_id, url), _ in found["stories"].items():
        members.setdefault(story_id, set()).add(url)
    story = {story_id: " ".join(sorted(urls)) for story_id, urls in members.items()}
    found["stories"] = Counter(story.values())
    found["events"] = Counter((*row[:-1], story.get(row[-1])) for row in found["events"].elements())
    sent = found["digest_sent"].elements()
    found["digest_sent"] = Counter((recipient, story.get(key, key)) for recipient, key in sent)
    return found


@dataclass(frozen=True)
class Reference:
    """One uninterrupted ``daily --send`` on a fresh database: what every interrupted one must end with."""

    db: Path
    state: dict[str, Counter[tuple]]
    mail: Counter[str]
    stdout: str


@pytest.fixture(scope="module")
def reference(models_dir: Path, sample_server: SampleSites, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    folder = tmp_path_factory.mktemp("reference")
    sample_server.reset()
    mailbox = Mailbox()
    with _smtp(mailbox) as env:
        recipients = folder / "recipients.yaml"
        shutil.copy(ROOT / "recipients.example.yaml", recipients)
        done = legalnews(*_daily(folder / "news.db", models_dir, sample_server, recipients, folder / "outbox"),
                         env=env)
        assert done.returncode in (0, 1), done.stderr
    return Reference(folder / "news.db", state(folder / "news.db"), Counter(mailbox.received), done.stdout)


def test_daily_send_twice_with_models_keeps_every_stage_and_mails_each_story_once(
    reference: Reference, models_dir: Path, fresh_sample_server: SampleSites, recipients: Path, tmp_path: Path
) -> None:
    # The first run is the reference's (the same command on a fresh database); the second runs on a copy of it.
    assert "digest: " in reference.stdout
    assert all(reference.state[name] for name in ("translations", "stories", "events", "digest_sent"))
    assert not reference.state["pending"]
    assert reference.mail and set(reference.mail.values()) == {1}
    db, mailbox = tmp_path / "news.db", Mailbox()
    copy_db(reference.db, db)
    with _smtp(mailbox) as env:
        second = legalnews(*_daily(db, models_dir, fresh_sample_server, recipients, tmp_path / "outbox"), env=env)
        assert second.returncode in (0, 1) and "Traceback" not in second.stderr, second.stderr
    assert not mailbox.received, "the second run mailed stories already sent"
    assert "digest: 0 sent" in second.stdout
    assert state(db) == reference.state


# --------------------------------------------------------------------------------------------------
# kill -9 in the middle of a stage, then run again


def _kill_after_line(command: list[str], marker: str, env: dict[str, str]) -> None:
    """Start ``command`` and SIGKILL it as soon as it prints ``marker`` (the step before has ended)."""
    process = subprocess.Popen([LEGALNEWS, *command], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env={**os.environ, **env}, stdin=subprocess.DEVNULL)
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.startswith(marker):
                break
        else:
            pytest.fail(f"the run ended before logging {marker!r}")
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=RUN_TIMEOUT)
    assert process.returncode == -signal.SIGKILL


@pytest.mark.parametrize("killed_in", ["translate", "stories", "events"])
def test_a_run_killed_during_a_stage_and_run_again_loses_and_repeats_nothing(
    killed_in: str, reference: Reference, models_dir: Path,
    fresh_sample_server: SampleSites, recipients: Path, tmp_path: Path
) -> None:
    before = {"translate": "harvest", "stories": "translate", "events": "stories"}[killed_in]
    db, mailbox = tmp_path / "news.db", Mailbox()
    with _smtp(mailbox) as env:
        command = _daily(db, models_dir, fresh_sample_server, recipients, tmp_path / "outbox")
        _kill_after_line(command, f"{before}: ", env)
        assert rows(db, "select count(*) from runs where status = 'running'") == [(0,)]
        rerun = legalnews(*command, env=env)
        assert rerun.returncode in (0, 1), rerun.stderr
    assert state(db) == reference.state
    assert mailbox.received == reference.mail


def test_a_run_killed_while_mailing_and_run_again_mails_each_recipient_once(
    reference: Reference, models_dir: Path, fresh_sample_server: SampleSites, recipients: Path, tmp_path: Path
) -> None:
    db, mailbox = tmp_path / "news.db", Mailbox(hold=True)
    with _smtp(mailbox) as env:
        command = _daily(db, models_dir, fresh_sample_server, recipients, tmp_path / "outbox")
        process = subprocess.Popen([LEGALNEWS, *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env={**os.environ, **env}, stdin=subprocess.DEVNULL)
        try:
            assert mailbox.holding.wait(RUN_TIMEOUT), "the run never reached the SMTP server"
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        finally:
            process.kill()
        mailbox.release.set()
        assert not mailbox.received
        for _ in range(2):  # the rerun sends what the killed one could not; the one after sends nothing
            rerun = legalnews(*command, env=env)
            assert rerun.returncode in (0, 1), rerun.stderr
    assert mailbox.received == reference.mail
    assert state(db) == reference.state


# --------------------------------------------------------------------------------------------------
# every other command that writes, each its own process, each checked from another connection

STATUS_PAGE = default_samples_root() / "sites" / "treaties.un.test" / "Pages" / "ViewDetails.aspx"
STATUS_URL = "http://treaties.un.test/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"


def test_each_writing_command_keeps_what_it_reports(
    sample_db: Path, models_dir: Path, recipients: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    shutil.copy(sample_db, db)
    base = ["--db", str(db), *_settings(models_dir)]

    stories = legalnews("stories", "--json", *base)
    assert stories.returncode == 0, stories.stderr
    assert count(db, "story_items") == json.loads(stories.stdout)["items"] > 0

    events = legalnews("events", "--json", *base)
    assert events.returncode == 0, events.stderr
    assert count(db, "events") == json.loads(events.stdout)["events"] > 0

    status = legalnews("treaties", "status", str(STATUS_PAGE), "--url", STATUS_URL, *base)
    assert status.returncode == 0, status.stderr
    assert rows(db, "select count(*) from treaty_status where treaty_id = 'un-cybercrime-convention'") == [(11,)]

    outbox = tmp_path / "outbox"
    dry = legalnews("digest", "--dry-run", "--recipients", str(recipients), "--outbox", str(outbox), *base)
    assert dry.returncode == 0, dry.stderr
    assert len(list(outbox.rglob("*.eml"))) == len(dry.stdout.splitlines()) > 0
    assert count(db, "digest_sent") == 0, "a dry run marks nothing sent"

    mailbox = Mailbox()
    with _smtp(mailbox) as env:
        sent = legalnews("digest", "--send", "--recipients", str(recipients), *base, env=env)
        again = legalnews("digest", "--send", "--recipients", str(recipients), *base, env=env)
    assert sent.returncode == again.returncode == 0, sent.stderr + again.stderr
    assert set(mailbox.received.values()) == {1} and len(mailbox.received) == sent.stdout.count(": sent")
    assert {r for (r,) in rows(db, "select distinct recipient from digest_sent")} == set(mailbox.received)


def test_items_stored_by_an_interrupted_harvest_are_queued_and_translated_later(
    models_dir: Path, fresh_sample_server: SampleSites, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    fresh_sample_server.set_latency(0.3)  # Ctrl-C lands mid-harvest, after some items are stored
    process = subprocess.Popen([LEGALNEWS, "harvest", "--db", str(db), *_settings(models_dir),
                                *_resolve(fresh_sample_server)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, stdin=subprocess.DEVNULL)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("source=") and " new=0 " not in line:
                break
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, err
    relevant = {url for (url,) in rows(db, "select url from items where relevant = 1")}
    assert relevant, "nothing was stored before the interruption"
    queued = {url for (url,) in rows(db, "select distinct i.url from translation_pending p join items i"
                                         " on i.id = p.item_id")}
    assert queued == relevant
    done = legalnews("translate", "--pending", "--json", "--db", str(db), *_settings(models_dir))
    assert done.returncode == 0, done.stderr
    assert count(db, "translation_pending") == 0
    assert {url for (url,) in rows(db, "select distinct i.url from translations t join items i"
                                       " on i.id = t.item_id")} == relevant
