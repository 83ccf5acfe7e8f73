"""Digest emails: built from a real database, sent through a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlite_utils
from aiosmtpd.controller import Controller

from pipeline import cli, digest
from pipeline.errors import ConfigError

from . import analyst_data as sample
from .browser import needs_chromium, render, visible_text

REPO = Path(__file__).resolve().parent.parent
REJECTED = "bounce@example.org"


@dataclass
class Mailbox:
    """An aiosmtpd handler keeping what it received; it refuses RCPT for ``REJECTED``."""

    received: list[tuple[list[str], EmailMessage]] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd API)
        if address == REJECTED:
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted"

    def to(self, address: str) -> EmailMessage:
        [message] = [m for rcpt, m in self.received if rcpt == [address]]
        return message


@pytest.fixture
def smtp_server() -> Iterator[tuple[Mailbox, digest.SmtpSettings]]:
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=sample.free_port())
    controller.start()
    try:
        yield mailbox, digest.SmtpSettings(host="127.0.0.1", port=controller.port, starttls=False, timeout=5)
    finally:
        controller.stop()


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    return sample.build(tmp_path / "legalnews.db")


def recipients(*people: digest.Recipient) -> digest.RecipientsFile:
    return digest.RecipientsFile(sender="Legal news <legalnews@example.org>", recipients=people, path="test")


EN = digest.Recipient(email="desk@example.org", name="Treaty desk", language="en")
RU = digest.Recipient(email="ru@example.org", language="ru", topics=("ratification", "accession"))
AZ = digest.Recipient(email="az@example.org", language="az", treaties=("cybercrime",), format="text")


def parts(message: EmailMessage) -> tuple[str, str | None]:
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    return text.get_content(), html.get_content() if html else None


# --------------------------------------------------------------------------------------------------
# Sending and not resending


def test_a_sent_digest_arrives_grouped_by_treaty_in_the_recipients_language(db, smtp_server):
    mailbox, smtp = smtp_server
    messages = digest.build_digests(db, recipients(EN, RU, AZ), sample.NOW)
    deliveries = digest.send_digests(db, messages, smtp, sample.NOW)
    assert [d.ok for d in deliveries] == [True, True, True]

    en = mailbox.to("desk@example.org")
    assert en["To"] == "Treaty desk <desk@example.org>"
    assert en["From"] == "Legal news <legalnews@example.org>"
    assert en["Subject"] == "Legal news digest 2026-02-23: 3 new, 0 updated"
    text, html = parts(en)
    assert html is not None and en.get_content_type() == "multipart/alternative"
    # Sections per treaty, stories without a known treaty last.
    assert text.index("== Agreement on mutual legal assistance") < text.index(
        "== United Nations Convention against Cybercrime ==") < text.index("== Other news ==")
    # No English original in the cybercrime story: the lead version's translation, said to be one.
    assert "* Law on the approval of the United Nations Convention against Cybercrime" in text
    assert "(machine translation from AZ)" in text
    # The President's own law confirms the act, and the depositary lists it: both are named.
    assert ("Approval by law: United Nations Convention against Cybercrime — Azerbaijan — 2026-02-23 "
            "(Law No. 123-VIIQ) [confirmed by President of Azerbaijan, the depositary (UN Treaty Collection)]\r\n"
            ) in text
    # An action the depositary has not recorded (most bilateral treaties have no depositary) says nothing.
    assert "Azerbaijan, Georgia — 2026-02-22\r\n" in text
    # Every source version is linked, official and revised ones marked.
    for item_id, source in ((1, "trend_ru"), (2, "trend_az"), (3, "president")):
        assert f'href="https://{source}.example/news/{item_id}"' in html
    assert "President of Azerbaijan [AZ] official 2026-02-23 06:50 (Baku time, UTC+4) (revision 2)" in text
    assert "Trend [RU] 2026-02-22 13:50 (Baku time, UTC+4)" in text  # the edition's language is the badge
    # Never in a digest: irrelevant, duplicate, a month old.
    for never in ("Карабах", "news/7", "месяц назад"):
        assert never not in text and never not in html


def test_titles_fall_back_to_the_original_with_a_language_badge(db, smtp_server):
    mailbox, smtp = smtp_server
    digest.send_digests(db, digest.build_digests(db, recipients(RU), sample.NOW), smtp, sample.NOW)
    text, html = parts(mailbox.to("ru@example.org"))
    # A Russian original exists in the story: it is the title, without badge.
    assert "* Азербайджан ратифицировал Конвенцию ООН против киберпреступности\n" in text
    assert "== Конвенция Организации Объединённых Наций против киберпреступности ==" in text
    # The accession item has no Russian version or translation: English original, badged.
    assert "* [EN] <script>" in text
    assert '>EN</span>' in html
    # Topics filter: the signature story is not a ratification or accession.
    assert "Georgia" not in text


def test_scraped_markup_arrives_as_text_never_as_html(db, smtp_server):
    mailbox, smtp = smtp_server
    digest.send_digests(db, digest.build_digests(db, recipients(EN), sample.NOW), smtp, sample.NOW)
    _, html = parts(mailbox.to("desk@example.org"))
    assert html is not None
    assert "<script>" not in html and "<b>Apostille" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Apostille&lt;/b&gt;" in html


def test_a_text_recipient_gets_plain_text_only_filtered_by_treaty(db, smtp_server):
    mailbox, smtp = smtp_server
    digest.send_digests(db, digest.build_digests(db, recipients(AZ), sample.NOW), smtp, sample.NOW)
    message = mailbox.to("az@example.org")
    assert message.get_content_type() == "text/plain"
    text = message.get_content()
    assert message["Subject"] == "Hüquqi xəbərlər icmalı 2026-02-23: yeni: 1, yenilənmiş: 0"
    assert "Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında Qanun" in text
    assert "Qanunla təsdiq:" in text and "Apostille" not in text


def test_nothing_is_sent_twice_unless_the_story_was_updated(db, smtp_server):
    mailbox, smtp = smtp_server
    people = recipients(EN, RU)
    digest.send_digests(db, digest.build_digests(db, people, sample.NOW), smtp, sample.NOW)
    later = sample.NOW + timedelta(hours=24)
    assert digest.build_digests(db, people, later) == []

    # Trend revises its Russian article: the story goes out again, marked updated; nothing else does.
    db["items"].update(1, {"revision": 2, "last_changed_at": (later - timedelta(hours=1)).isoformat()})
    [message] = [m for m in digest.build_digests(db, people, later) if m.recipient == EN]
    assert message.subject == "Legal news digest 2026-02-24: 0 new, 1 updated"
    assert [key for key, _ in message.groups] == ["s-cybercrime"]
    assert "[UPDATED]" in message.text and "class=\"updated\"" in (message.html or "")
    digest.send_digests(db, [message], smtp, later)
    assert [m.recipient for m in digest.build_digests(db, people, later)] == [RU]


def test_when_smtp_is_down_nothing_is_marked_and_the_next_run_retries(db, smtp_server):
    mailbox, smtp = smtp_server
    people = recipients(EN, RU)
    down = digest.SmtpSettings(host="127.0.0.1", port=sample.free_port(), starttls=False, timeout=2)
    failed = digest.send_digests(db, digest.build_digests(db, people, sample.NOW), down, sample.NOW)
    assert [d.ok for d in failed] == [False, False]
    assert f"127.0.0.1:{down.port}" in failed[0].error
    assert db["digest_sent"].count == 0

    retried = digest.send_digests(db, digest.build_digests(db, people, sample.NOW), smtp, sample.NOW)
    assert [d.ok for d in retried] == [True, True]
    assert len(mailbox.received) == 2


def test_one_refused_recipient_does_not_stop_the_others(db, smtp_server):
    mailbox, smtp = smtp_server
    bounce = digest.Recipient(email=REJECTED, language="en")
    deliveries = digest.send_digests(db, digest.build_digests(db, recipients(bounce, EN), sample.NOW), smtp,
                                     sample.NOW)
    assert [(d.recipient, d.ok) for d in deliveries] == [(REJECTED, False), ("desk@example.org", True)]
    assert "no such user" in deliveries[0].error
    assert {r["recipient"] for r in db["digest_sent"].rows} == {"desk@example.org"}
    assert [m.recipient for m in digest.build_digests(db, recipients(bounce, EN), sample.NOW)] == [bounce]


def test_starttls_is_required_when_configured(db, smtp_server):
    """A server without STARTTLS must not receive the digest in clear when TLS was asked for."""
    mailbox, smtp = smtp_server
    strict = digest.SmtpSettings(host=smtp.host, port=smtp.port, starttls=True, timeout=5)
    [delivery] = digest.send_digests(db, digest.build_digests(db, recipients(EN), sample.NOW), strict, sample.NOW)
    assert not delivery.ok and "STARTTLS" in delivery.error
    assert mailbox.received == [] and db["digest_sent"].count == 0


# --------------------------------------------------------------------------------------------------
# Dry run, no stories, configuration


def test_dry_run_writes_eml_files_and_marks_nothing(db, tmp_path):
    messages = digest.build_digests(db, recipients(EN, AZ), sample.NOW)
    paths = digest.write_eml(messages, tmp_path / "outbox", sample.NOW)
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "outbox/2026-02-23/desk@example.org.eml", "outbox/2026-02-23/az@example.org.eml"]
    parsed = email.message_from_bytes(paths[0].read_bytes(), policy=email.policy.default)
    assert parsed["Subject"] == messages[0].subject and "Cybercrime" in parts(parsed)[0]
    assert db["digest_sent"].count == 0


def test_dry_run_keeps_one_file_per_recipient(db, tmp_path):
    addresses = ("a+b@example.org", "a_b@example.org", "a=b@example.org", "a/b@example.org")
    people = [digest.Recipient(email=address, language="en") for address in addresses]
    paths = digest.write_eml(digest.build_digests(db, recipients(*people), sample.NOW), tmp_path, sample.NOW)
    assert len(set(paths)) == 4 and all(p.is_file() and p.parent == tmp_path / "2026-02-23" for p in paths)
    received = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)["To"] for p in paths]
    assert received == list(addresses)  # each file holds its own recipient's digest


def test_without_stories_each_relevant_item_is_its_own_group(tmp_path):
    db = sample.build(tmp_path / "nostories.db")
    for table in ("events", "story_items", "stories"):
        db[table].delete_where()
    [message] = digest.build_digests(db, recipients(EN), sample.NOW)
    assert sorted(key for key, _ in message.groups) == ["item:1", "item:2", "item:3", "item:4", "item:5"]
    assert "* Azerbaijan ratified the UN Convention against Cybercrime" in message.text
    assert "== Other news ==" in message.text


def test_the_example_recipients_file_loads(tmp_path):
    loaded = digest.load_recipients(REPO / "recipients.example.yaml")
    assert [(r.email, r.language, r.format) for r in loaded.recipients] == [
        ("desk@example.org", "en", "html"), ("analyst.ru@example.org", "ru", "html"),
        ("analyst.az@example.org", "az", "text")]
    assert loaded.recipients[1].topics == ("ratification", "accession")


def test_a_bad_recipients_file_names_every_problem_with_its_line(tmp_path):
    path = tmp_path / "recipients.yaml"
    path.write_text(
        "sender: nobody\n"
        "recipients:\n"
        "  - email: ok@example.org\n"
        "    language: en\n"
        "  - email: not-an-address\n"
        "    language: fr\n"
        "    topics: [ratification, gossip]\n"
        "    colour: blue\n"
        "  - email: ok@example.org\n"
        "    language: ru\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        digest.load_recipients(path)
    problems = caught.value.problems
    assert problems[0].startswith(f"{path}:1: 'sender'")
    assert any(p.startswith(f"{path}:5: unknown key 'colour'") for p in problems)
    assert any(p.startswith(f"{path}:5: 'email'") for p in problems)
    assert any(p.startswith(f"{path}:5: 'language' must be one of ru, az, en, got 'fr'") for p in problems)
    assert any(p.startswith(f"{path}:5: unknown topic 'gossip'") for p in problems)
    assert any(p == f"{path}:9: ok@example.org is listed twice" for p in problems)


def test_a_name_with_a_comma_stays_one_recipient(db):
    doe = digest.Recipient(email="doe@example.org", name="Doe, John", language="en")
    [message] = digest.build_digests(db, recipients(doe), sample.NOW)
    header = message.to_email()["To"]
    assert [a.addr_spec for a in header.addresses] == ["doe@example.org"]
    assert header.addresses[0].display_name == "Doe, John"


def test_recipients_that_would_break_or_inject_mail_headers_are_refused(tmp_path):
    path = tmp_path / "recipients.yaml"
    path.write_text(
        'sender: "legalnews@example.org\\nBcc: everyone@example.org"\n'
        "recipient: []\n"
        "recipients:\n"
        '  - {email: "a,b@example.org", language: en}\n'
        '  - {email: ok@example.org, language: en, name: "Desk\\r\\nBcc: spy@example.org"}\n'
        '  - {email: all@example.org, language: en, treaties: ["", Apostille]}\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        digest.load_recipients(path)
    problems = caught.value.problems
    assert any(p.startswith(f"{path}:2: unknown key 'recipient'") for p in problems)
    assert any(p.startswith(f"{path}:1: 'sender' must be one address") for p in problems)
    assert any(p.startswith(f"{path}:4: 'email' must be a plain address") for p in problems)
    assert any(p.startswith(f"{path}:5: 'name' must be one line") for p in problems)
    assert len(problems) == 4  # an empty treaty word is dropped, not a problem

    path.write_text("sender: legalnews@example.org\nrecipients:\n"
                    '  - {email: all@example.org, language: en, treaties: ["", Apostille]}\n', encoding="utf-8")
    # An empty treaty word would be found in every treaty name: the recipient would get everything.
    assert digest.load_recipients(path).recipients[0].treaties == ("Apostille",)


def test_smtp_settings_come_from_the_environment_and_refuse_clear_text_passwords():
    settings = digest.smtp_settings({"LEGALNEWS_SMTP_HOST": "mail.example.org", "LEGALNEWS_SMTP_USER": "u",
                                     "LEGALNEWS_SMTP_PASSWORD": "s3cret"})
    assert (settings.host, settings.port, settings.starttls, settings.user) == ("mail.example.org", 587, True, "u")
    assert settings.password == "s3cret" and "s3cret" not in repr(settings)
    with pytest.raises(ConfigError, match="LEGALNEWS_SMTP_HOST is not set"):
        digest.smtp_settings({})
    with pytest.raises(ConfigError, match="unencrypted"):
        digest.smtp_settings({"LEGALNEWS_SMTP_HOST": "h", "LEGALNEWS_SMTP_STARTTLS": "0",
                              "LEGALNEWS_SMTP_USER": "u", "LEGALNEWS_SMTP_PASSWORD": "s3cret"})
    # Caught here, not as an OverflowError from smtplib in the middle of sending.
    with pytest.raises(ConfigError, match="LEGALNEWS_SMTP_PORT must be a port number, got '70000'"):
        digest.smtp_settings({"LEGALNEWS_SMTP_HOST": "h", "LEGALNEWS_SMTP_PORT": "70000"})


# --------------------------------------------------------------------------------------------------
# The command


def test_the_digest_command_sends_once_then_has_nothing_new(db, smtp_server, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(logging.getLogger(), "handlers", [])  # the CLI's log handlers die with the test
    mailbox, smtp = smtp_server
    # The command uses the real clock: make the sample's news recent.
    db.execute("UPDATE items SET first_seen_at = datetime('now'), last_changed_at = datetime('now')")
    db.conn.commit()
    people = tmp_path / "recipients.yaml"
    people.write_text("sender: legalnews@example.org\nrecipients:\n  - {email: desk@example.org, language: en}\n",
                      encoding="utf-8")
    for name, value in (("HOST", "127.0.0.1"), ("PORT", str(smtp.port)), ("STARTTLS", "0")):
        monkeypatch.setenv(f"LEGALNEWS_SMTP_{name}", value)
    args = ["digest", "--db", db.conn.execute("PRAGMA database_list").fetchone()[2], "--recipients", str(people),
            "-c", str(REPO / "samples" / "sources.yaml")]

    assert cli.main([*args, "--outbox", str(tmp_path / "outbox")]) == 0  # dry run by default
    assert "(not sent)" in capsys.readouterr().out and mailbox.received == []
    assert cli.main([*args, "--send"]) == 0
    assert capsys.readouterr().out == "desk@example.org: sent\n"
    assert cli.main([*args, "--send"]) == 0
    assert capsys.readouterr().out == "nothing new for any recipient\n"
    assert len(mailbox.received) == 1

    monkeypatch.setenv("LEGALNEWS_SMTP_PORT", str(sample.free_port()))
    db.execute("UPDATE items SET revision = 3, last_changed_at = datetime('now') WHERE id = 4")
    db.conn.commit()
    assert cli.main([*args, "--send"]) == 1
    assert "not sent, will retry next run" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------------
# The digest as each reader sees it (HTML rendered in Chromium)

READER_FACTS = {
    "en": ("Approval by law: United Nations Convention against Cybercrime — Azerbaijan — 2026-02-23 (Law No. 123-VIIQ)"
           " [confirmed by President of Azerbaijan, the depositary (UN Treaty Collection)]",
           "Signature: Agreement on mutual legal assistance between Azerbaijan and Georgia — Azerbaijan, Georgia",
           "President of Azerbaijan [AZ] official 2026-02-23 06:50 (Baku time, UTC+4)",
           "Law on the approval of the United Nations Convention against Cybercrime"),
    "ru": ("Утверждение законом: Конвенция Организации Объединённых Наций против киберпреступности — Азербайджан"
           " — 2026-02-23 (Law No. 123-VIIQ) [подтверждено: Президент Азербайджана, депозитарий (Собрание"
           " договоров ООН)]",
           "Подписание: Agreement on mutual legal assistance between Azerbaijan and Georgia — Азербайджан, Грузия",
           "Президент Азербайджана [AZ] официальный 2026-02-23 06:50 (время бакинское, UTC+4)",
           "Заголовков ещё без перевода на русский: 2.",
           "Azerbaijan and Georgia sign agreement on mutual legal assistance (перевод ожидается)"),
    "az": ("Qanunla təsdiq: Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyası — Azərbaycan —"
           " 2026-02-23 (Law No. 123-VIIQ) [təsdiqləyib: Azərbaycan Prezidenti, depozitari (BMT Müqavilələr"
           " Toplusu)]",
           "İmzalanma: Agreement on mutual legal assistance between Azerbaijan and Georgia — Azərbaycan, Gürcüstan",
           "Azərbaycan Prezidenti [AZ] rəsmi 2026-02-23 06:50 (Bakı vaxtı, UTC+4)",
           "Hələ azərbaycan dilinə tərcümə edilməmiş başlıqlar: 2.",
           "(tərcümə gözlənilir)"),
}


@needs_chromium
@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_each_reader_sees_what_happened_in_their_language_in_a_browser(db, tmp_path, language):
    reader = digest.Recipient(email=f"{language}@example.org", language=language)
    [message] = digest.build_digests(db, recipients(reader), sample.NOW)
    page = tmp_path / f"digest-{language}.html"
    page.write_text(message.html or "", encoding="utf-8")
    shown = visible_text(render(page.as_uri(), tmp_path, f"digest-{language}"))
    for fact in READER_FACTS[language]:
        assert fact in shown
    if language != "en":  # states and official sources in the reader's language, not English
        assert "— Azerbaijan —" not in shown and "President of Azerbaijan" not in shown
    else:
        assert "translation pending" not in shown  # every English reader's title is English or translated


def test_a_treaty_the_gazetteer_lacks_is_named_as_the_readers_language_report_wrote_it(db):
    seen = (sample.NOW - timedelta(hours=29)).isoformat()
    db["items"].insert({"id": 40, "source_id": "trend_ru", "url": "https://trend_ru.example/news/40",
                        "title": "Азербайджан и Грузия подписали соглашение о правовой помощи", "language": "ru",
                        "topics": '["signature"]', "relevant": 1, "content_hash": "h40", "revision": 1,
                        "first_seen_at": seen, "last_changed_at": seen, "published_at": seen})
    db["story_items"].insert({"item_id": 40, "story_id": "s-georgia", "is_latest": 0})
    db["events"].insert({"id": 40, "story_id": "s-georgia", "item_id": 40, "action": "signed", "treaty_id": None,
                         "treaty_name": "Соглашение о взаимной правовой помощи", "evidence_language": "ru",
                         "states": '["AZ", "GE"]', "act_date": "2026-02-22", "confirmed": 0})
    reader = digest.Recipient(email="ru-all@example.org", language="ru")
    [message] = digest.build_digests(db, recipients(reader), sample.NOW)
    assert "Подписание: Соглашение о взаимной правовой помощи — Азербайджан, Грузия — 2026-02-22" in message.text
