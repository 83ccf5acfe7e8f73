"""Daily digest emails: what is new since the last digest each recipient received.

    recipients.yaml ──load_recipients──▶ RecipientsFile                               (``recipients``)
    database ──load_groups──▶ Group…   (a story with all its versions; an item no story holds is its own)
                                                                                      (``groups``)
    Group… × Recipient ──build_digests──▶ DigestMessage…  (HTML + plain text, in the recipient's language)
                                                                          (``messages``, via ``views``)
    DigestMessage ──write_eml──▶ data/outbox/<date>/*.eml          (--dry-run: nothing marked sent)
                  ──send_digests──▶ SMTP, then mark_sent            (only what was accepted is marked; ``smtp``)

A group is sent again only when its version changes (an item joined the story or was revised); it then
carries an "updated" mark. Scraped text is untrusted: the HTML template escapes everything, and only
http(s) links become links.
"""

from pipeline.digest.groups import Event, Group, SourceVersion, interested, load_groups, treaty_name
from pipeline.digest.messages import (
    LOOKBACK_DAYS,
    DigestMessage,
    build_digests,
    eml_name,
    mark_sent,
    sent_versions,
    write_eml,
)
from pipeline.digest.recipients import (
    CONTROL_CHARACTERS,
    FORMATS,
    RECIPIENT_KEYS,
    TOP_KEYS,
    Recipient,
    RecipientsFile,
    load_recipients,
)
from pipeline.digest.smtp import MAX_PORT, Delivery, SmtpSettings, send_digests, smtp_settings
from pipeline.digest.views import (
    LOCAL_TIME,
    DigestView,
    GroupView,
    LinkView,
    SectionView,
    choose_title,
    digest_view,
    event_line,
    group_view,
    local_time,
    render,
    zoned_time,
)
from pipeline.paths import DEFAULT_OUTBOX, DEFAULT_RECIPIENTS

__all__ = [
    "CONTROL_CHARACTERS",
    "DEFAULT_OUTBOX",
    "DEFAULT_RECIPIENTS",
    "FORMATS",
    "LOCAL_TIME",
    "LOOKBACK_DAYS",
    "MAX_PORT",
    "RECIPIENT_KEYS",
    "TOP_KEYS",
    "Delivery",
    "DigestMessage",
    "DigestView",
    "Event",
    "Group",
    "GroupView",
    "LinkView",
    "Recipient",
    "RecipientsFile",
    "SectionView",
    "SmtpSettings",
    "SourceVersion",
    "build_digests",
    "choose_title",
    "digest_view",
    "eml_name",
    "event_line",
    "group_view",
    "interested",
    "load_groups",
    "load_recipients",
    "local_time",
    "mark_sent",
    "render",
    "send_digests",
    "sent_versions",
    "smtp_settings",
    "treaty_name",
    "write_eml",
    "zoned_time",
]
