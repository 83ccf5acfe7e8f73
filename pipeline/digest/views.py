"""Rendering: a reader's digest as views in their language, then plain text and HTML from the templates.

A unit because it is pure: groups and a recipient in, text out, no database and no network. Scraped text
is untrusted: the HTML template escapes everything, and only http(s) links become links.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jinja2

from pipeline.action_lines import confirmations
from pipeline.digest.groups import Event, Group, treaty_name
from pipeline.digest.recipients import Recipient
from pipeline.localise import LABELS, Labels, capitalise, language_name, source_label, state_label

# Baku has been UTC+04:00 all year since 2016; dates in the digest are the analysts' local dates.
LOCAL_TIME = timedelta(hours=4)


@dataclass(frozen=True)
class LinkView:
    source: str
    language: str
    url: str
    href: str | None
    """The URL when it is http(s); anything else (``javascript:``) is shown as text, never linked."""
    published: str
    official: bool
    revision: int


@dataclass(frozen=True)
class GroupView:
    title: str
    title_language: str
    """Language of ``title``; a badge is shown when it is not the recipient's."""
    translated_from: str | None
    updated: bool
    events: tuple[str, ...]
    links: tuple[LinkView, ...]
    pending: bool = False
    """The title is shown in its original language: no translation into the reader's exists yet."""


@dataclass(frozen=True)
class SectionView:
    title: str
    groups: tuple[GroupView, ...]


@dataclass(frozen=True)
class DigestView:
    language: str
    labels: Labels
    subject: str
    summary: str
    date: str
    sections: tuple[SectionView, ...]
    footer: str
    pending_note: str = ""
    """Why some titles are in another language (empty when every title is in the reader's)."""


def choose_title(group: Group, language: str) -> tuple[str, str, str | None]:
    """(title, its language, language it was translated from or None), best first:

    an original version in the recipient's language; the machine translation of the lead version's
    title; the story's title in that language; else the lead's original title (shown with a badge).
    """
    original = next((v for v in group.versions if v.language == language), None)
    if original:
        return original.title, language, None
    if text := group.translated_titles.get(language):
        return text, language, group.lead.language
    if text := group.story_titles.get(language):
        return text, language, group.lead.language
    return group.lead.title, group.lead.language, None


def local_time(iso: str | None, with_time: bool = True) -> str:
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return iso
    local = moment.astimezone(UTC) + LOCAL_TIME
    return local.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def event_line(event: Event, labels: Labels, language: str) -> str:
    """Who did what to which treaty, when, confirmed by whom, in the reader's language:
    "Ratification: Convention X — Azerbaijan — 2026-02-23 (Law 12) [confirmed by President of Azerbaijan]"."""
    action = labels.actions.get(event.action, event.action.replace("_", " "))
    treaty = treaty_name(event, language)
    parts = [f"{capitalise(action, language)}: {treaty}"]
    if event.states:  # ISO codes, the acting state first (older rows: English names as printed)
        parts.append(", ".join(state_label(s, language) for s in event.states))
    if event.act_date:
        parts.append(event.act_date)
    line = " — ".join(parts)
    if event.legal_act:
        line += f" ({event.legal_act})"
    # An official source reporting its own act confirms it, and so does the depositary's record; most
    # (bilateral) treaties have neither, so saying "unconfirmed" on every line would be noise.
    who = confirmations(event.confirmed_by, event.confirmed, language)
    if who:
        line += f" [{labels.confirmed_by.format(who=', '.join(who))}]"
    return line


def zoned_time(iso: str | None, labels: Labels) -> str:
    """A stored UTC time as the reader's local time with its zone named: "2026-02-23 10:00 (Baku time, UTC+4)"."""
    local = local_time(iso)
    return f"{local} ({labels.zone})" if local and local != iso else local


def _safe_href(url: str) -> str | None:
    return url if re.match(r"https?://", url, re.IGNORECASE) else None


def group_view(group: Group, language: str, updated: bool) -> GroupView:
    labels = LABELS[language]
    title, title_language, translated_from = choose_title(group, language)
    return GroupView(
        title=title, title_language=title_language, translated_from=translated_from, updated=updated,
        pending=title_language != language, events=tuple(event_line(e, labels, language) for e in group.events),
        links=tuple(
            LinkView(source=source_label(v.source_name, language), language=v.language, url=v.url,
                     href=_safe_href(v.url), published=zoned_time(v.published_at, labels), official=v.official,
                     revision=v.revision)
            for v in group.versions
        ),
    )


def _section_title(group: Group, language: str, labels: Labels) -> str:
    """The treaty of the group's first event (in the reader's language if known), or "Other news"."""
    if not group.events:
        return labels.other_news
    return treaty_name(group.events[0], language)


def digest_view(recipient: Recipient, groups: Sequence[tuple[Group, bool]], now: datetime) -> DigestView:
    """Sections per treaty (stories without a treaty last), each group in the recipient's language."""
    labels = LABELS[recipient.language]
    sections: dict[str, list[GroupView]] = {}
    for group, updated in groups:
        sections.setdefault(_section_title(group, recipient.language, labels), []).append(
            group_view(group, recipient.language, updated))
    ordered = sorted(sections.items(), key=lambda kv: (kv[0] == labels.other_news, kv[0].casefold()))
    updated_count = sum(1 for _, updated in groups if updated)
    summary = labels.counts.format(new=len(groups) - updated_count, updated=updated_count)
    date = local_time(now.isoformat(), with_time=False)
    pending = sum(view.pending for _, views in ordered for view in views)
    return DigestView(
        language=recipient.language, labels=labels, subject=f"{labels.heading} {date}: {summary}",
        summary=summary, date=date,
        sections=tuple(SectionView(title, tuple(views)) for title, views in ordered),
        footer=labels.footer.format(email=recipient.email),
        pending_note=labels.pending_note.format(
            count=pending, language=language_name(recipient.language, recipient.language)) if pending else "",
    )


def _templates() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )


def render(view: DigestView, env: jinja2.Environment | None = None) -> tuple[str, str]:
    """(plain text, HTML) of a digest; pass ``env`` (from ``_templates``) to compile the templates once per run."""
    env = env or _templates()
    return env.get_template("digest.txt.j2").render(d=view), env.get_template("digest.html.j2").render(d=view)
