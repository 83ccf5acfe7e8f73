"""Daily digest emails: what is new since the last digest each recipient received.

    recipients.yaml ──load_recipients──▶ RecipientsFile
    database ──load_groups──▶ Group…   (a story with all its versions; an item no story holds is its own)
    Group… × Recipient ──build_digests──▶ DigestMessage…  (HTML + plain text, in the recipient's language)
    DigestMessage ──write_eml──▶ data/outbox/<date>/*.eml          (--dry-run: nothing marked sent)
                  ──send_digests──▶ SMTP, then mark_sent            (only what was accepted is marked)

A group is sent again only when its version changes (an item joined the story or was revised); it then
carries an "updated" mark. Scraped text is untrusted: the HTML template escapes everything, and only
http(s) links become links.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import smtplib
import ssl
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid, parseaddr
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal
from urllib.parse import quote

import jinja2
import sqlite_utils
import yaml

from .errors import ConfigError
from .localise import LABELS, Labels, capitalise, language_name, source_label, state_label
from .records import LANGUAGES, EditionLanguage
from .store import unit_of_work
from .topics import RELEVANT_TOPICS
from .treaties import Gazetteer, load_gazetteer

DEFAULT_RECIPIENTS = "data/recipients.yaml"
"""Kept under data/ (outside git): real addresses never enter the repository."""
DEFAULT_OUTBOX = "data/outbox"
# A first digest (new recipient, or the first after an outage) carries a week of news, not the archive.
LOOKBACK_DAYS = 7
# Baku has been UTC+04:00 all year since 2016; dates in the digest are the analysts' local dates.
LOCAL_TIME = timedelta(hours=4)
FORMATS = ("html", "text")
RECIPIENT_KEYS = ("email", "name", "language", "topics", "treaties", "format")
TOP_KEYS = ("sender", "recipients")
# Line breaks (and other control characters) in a header value would start a new header: never accepted.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


# --------------------------------------------------------------------------------------------------
# Recipients


@dataclass(frozen=True)
class Recipient:
    email: str
    language: EditionLanguage
    name: str = ""
    topics: tuple[str, ...] = ()
    """Topic tags of interest; with ``treaties`` empty too, everything relevant."""
    treaties: tuple[str, ...] = ()
    """Treaty ids (``un-cybercrime-convention``) or words of a treaty's name, matched case-insensitively."""
    format: Literal["html", "text"] = "html"
    """``html``: HTML with a plain-text alternative; ``text``: plain text only."""


@dataclass(frozen=True)
class RecipientsFile:
    sender: str
    recipients: tuple[Recipient, ...]
    path: str


def load_recipients(path: str | Path, treaties_file: str | None = None) -> RecipientsFile:
    """Read and check a recipients file; every problem is reported at once, each as ``file:line: ...``.

    Treaty names are checked against the gazetteer (``treaties_file``, default the shipped one): a typo
    would otherwise silently send that recipient nothing.
    """
    path = Path(path)
    known = _treaty_vocabulary(load_gazetteer(treaties_file or None))
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no recipients file (copy recipients.example.yaml there)") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read recipients: {error}") from None
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"{path}:1: expected a mapping with 'sender' and 'recipients'")
    top = {key.value: value for key, value in root.value}
    problems = [f"{path}:{_line(key)}: unknown key {key.value!r} (expected one of: {', '.join(TOP_KEYS)})"
                for key, _ in root.value if key.value not in TOP_KEYS]
    sender = _scalar(top.get("sender"))
    if not _one_address(sender):
        problems.append(f"{path}:{_line(top.get('sender', root))}: 'sender' must be one address like "
                        "'Legal news <legalnews@example.org>'")
    entries = top.get("recipients")
    if not isinstance(entries, yaml.SequenceNode):
        problems.append(f"{path}:{_line(entries or root)}: 'recipients' must be a list")
        entries = yaml.SequenceNode("tag:yaml.org,2002:seq", [])
    recipients: list[Recipient] = []
    for node in entries.value:
        recipient = _recipient(node, str(path), problems, known)
        if recipient and any(r.email == recipient.email for r in recipients):
            problems.append(f"{path}:{_line(node)}: {recipient.email} is listed twice")
        elif recipient:
            recipients.append(recipient)
    if problems:
        raise ConfigError(f"{path}: invalid recipients file", tuple(problems))
    return RecipientsFile(sender=sender or "", recipients=tuple(recipients), path=str(path))


def _plain_address(email: str) -> bool:
    """An address the email library writes into a To header unchanged: a comma, quote or parenthesis
    would make it several recipients or a comment, a non-ASCII local part an undeliverable header."""
    if not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", email):
        return False
    try:
        return Address(addr_spec=email).addr_spec == email
    except (ValueError, HeaderParseError):
        return False


def _one_address(header: str | None) -> bool:
    """One ``Name <address>`` with no line break: what can safely become a From header."""
    if not header or CONTROL_CHARACTERS.search(header):
        return False
    addresses = getaddresses([header])
    return len(addresses) == 1 and "@" in addresses[0][1]


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _scalar(node: yaml.Node | None) -> str | None:
    return str(node.value).strip() if isinstance(node, yaml.ScalarNode) else None


def _strings(node: yaml.Node | None) -> tuple[str, ...] | None:
    """A list of strings (or one string); None when it is something else."""
    if node is None:
        return ()
    if isinstance(node, yaml.ScalarNode):
        nodes = [node]
    elif isinstance(node, yaml.SequenceNode) and all(isinstance(n, yaml.ScalarNode) for n in node.value):
        nodes = node.value
    else:
        return None
    # An empty entry would be a treaty "word" contained in every name: the recipient would get everything.
    return tuple(text for n in nodes if (text := str(n.value).strip()))


@dataclass(frozen=True)
class _TreatyVocabulary:
    ids: tuple[str, ...]
    names: tuple[str, ...]
    """Every name and alias in every language, case-folded: a recipient's words must occur in one."""


def _treaty_vocabulary(gazetteer: Gazetteer) -> _TreatyVocabulary:
    names = tuple(n.casefold() for t in gazetteer.treaties for ns in t.names.values() for n in (t.name_en, *ns))
    return _TreatyVocabulary(tuple(t.id for t in gazetteer.treaties), names)


def _treaty_problem(wanted: str, known: _TreatyVocabulary) -> str | None:
    """Why ``wanted`` matches no treaty (as ``interested`` matches them: an id, or words of a name)."""
    folded = wanted.casefold()
    if folded in known.ids or any(folded in name for name in known.names):
        return None
    close = [i for i in known.ids if i.startswith(folded)] or difflib.get_close_matches(folded, known.ids, n=1)
    hint = f"did you mean {close[0]!r}?" if close else "see the ids in treaties.yaml"
    return f"unknown treaty {wanted!r}: no gazetteer id or treaty name matches it ({hint})"


def _recipient(node: yaml.Node, file: str, problems: list[str], known: _TreatyVocabulary) -> Recipient | None:
    at = f"{file}:{_line(node)}"
    if not isinstance(node, yaml.MappingNode):
        problems.append(f"{at}: each recipient must be a mapping with at least 'email' and 'language'")
        return None
    fields = {key.value: value for key, value in node.value}
    before = len(problems)
    for unknown in sorted(set(fields) - set(RECIPIENT_KEYS)):
        problems.append(f"{at}: unknown key {unknown!r} (expected one of: {', '.join(RECIPIENT_KEYS)})")
    email = _scalar(fields.get("email")) or ""
    if not _plain_address(email):
        problems.append(f"{at}: 'email' must be a plain address like analyst@example.org, got {email!r}")
    name = _scalar(fields.get("name")) or ""
    if CONTROL_CHARACTERS.search(name):
        problems.append(f"{at}: 'name' must be one line, got {name!r}")
    language = _scalar(fields.get("language")) or ""
    if language not in LANGUAGES:
        problems.append(f"{at}: 'language' must be one of {', '.join(LANGUAGES)}, got {language!r}")
    fmt = _scalar(fields.get("format")) or "html"
    if fmt not in FORMATS:
        problems.append(f"{at}: 'format' must be one of {', '.join(FORMATS)}, got {fmt!r}")
    topics, treaties = _strings(fields.get("topics")), _strings(fields.get("treaties"))
    if topics is None or treaties is None:
        problems.append(f"{at}: 'topics' and 'treaties' must be lists of names")
    for topic in sorted(set(topics or ()) - RELEVANT_TOPICS):
        problems.append(f"{at}: unknown topic {topic!r} (known: {', '.join(sorted(RELEVANT_TOPICS))})")
    treaty_nodes = fields.get("treaties")
    for wanted in treaties or ():
        if problem := _treaty_problem(wanted, known):
            problems.append(f"{file}:{_line(treaty_nodes) if treaty_nodes else _line(node)}: {problem}")
    if len(problems) > before:
        return None
    return Recipient(email=email, language=language, name=name,  # type: ignore[arg-type]
                     topics=topics or (), treaties=treaties or (), format=fmt)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# What there is to tell: groups read from the database


@dataclass(frozen=True)
class SourceVersion:
    """One source's report (an item) within a group."""

    item_id: int
    source_id: str
    source_name: str
    official: bool
    language: str
    url: str
    title: str
    published_at: str | None
    revision: int


@dataclass(frozen=True)
class Event:
    action: str
    treaty_id: str | None
    treaty_names: Mapping[str, str]
    """Best name per language, "en" always present when the treaty is known."""
    states: tuple[str, ...]
    act_date: str | None
    legal_act: str | None
    confirmed: bool
    """The depositary lists the act (``treaties status``)."""
    treaty_key: str = ""
    """The treaty's language-free identity (events.treaty_key): reports in three languages are one line."""
    confirmed_by: tuple[str, ...] = ()
    """Official sources (by their name in sources.yaml) that reported the act themselves."""


@dataclass(frozen=True)
class Group:
    key: str
    """The story id, or ``item:<id>`` for a relevant item no story holds (yet)."""
    version: str
    """Changes when an item joins or is revised: the group is then sent again, marked "updated"."""
    versions: tuple[SourceVersion, ...]
    """Latest first."""
    events: tuple[Event, ...]
    topics: frozenset[str]
    translated_titles: Mapping[str, str]
    """Machine translations of the lead version's title, by language."""
    story_titles: Mapping[str, str] = field(default_factory=dict)
    changed_at: str = ""

    @property
    def lead(self) -> SourceVersion:
        return self.versions[0]


def load_groups(db: sqlite_utils.Database, since: str) -> list[Group]:
    """Groups with a relevant item first seen or changed at or after ``since`` (ISO UTC), newest first."""
    changed = db.execute(
        """
        SELECT i.id, si.story_id FROM items i LEFT JOIN story_items si ON si.item_id = i.id
        WHERE i.relevant = 1 AND i.duplicate_of IS NULL
          AND coalesce(i.last_changed_at, i.first_seen_at) >= ?
        """,
        [since],
    ).fetchall()
    story_ids = sorted({story for _, story in changed if story})
    members = _story_members(db, story_ids)
    keys: dict[str, list[int]] = {}
    for item_id, story_id in changed:
        if story_id:
            keys[story_id] = members.get(story_id, [item_id])
        else:
            keys[f"item:{item_id}"] = [item_id]
    item_ids = sorted({i for ids in keys.values() for i in ids})
    items = _items(db, item_ids)
    stories = _stories(db, story_ids)
    translations = _title_translations(db, item_ids)
    events = _events(db, item_ids, story_ids)
    groups = [
        _group(key, [items[i] for i in ids if i in items], stories.get(key), translations, events)
        for key, ids in keys.items()
    ]
    return sorted((g for g in groups if g.versions), key=lambda g: (g.changed_at, g.key), reverse=True)


def _json(text: str | None, default: Any) -> Any:
    try:
        return json.loads(text) if text else default
    except ValueError:
        return default


def _story_members(db: sqlite_utils.Database, story_ids: list[str]) -> dict[str, list[int]]:
    rows = db.execute(
        """
        SELECT si.story_id, si.item_id FROM story_items si JOIN items i ON i.id = si.item_id
        WHERE si.story_id IN (SELECT value FROM json_each(?)) AND i.duplicate_of IS NULL
        ORDER BY si.is_latest DESC, coalesce(i.published_at, i.first_seen_at) DESC, i.id DESC
        """,
        [json.dumps(story_ids)],
    ).fetchall()
    members: dict[str, list[int]] = {}
    for story_id, item_id in rows:
        members.setdefault(story_id, []).append(item_id)
    return members


def _items(db: sqlite_utils.Database, item_ids: list[int]) -> dict[int, dict[str, Any]]:
    rows = db.query(
        """
        SELECT i.id, i.source_id, coalesce(s.name, i.source_id) AS source_name, coalesce(s.official, 0) AS official,
          i.language, coalesce(i.canonical_url, i.fetched_url, i.url) AS link, i.title, i.published_at,
          i.revision, i.topics, coalesce(i.last_changed_at, i.first_seen_at) AS changed_at
        FROM items i LEFT JOIN sources s ON s.id = i.source_id
        WHERE i.id IN (SELECT value FROM json_each(?))
        """,
        [json.dumps(item_ids)],
    )
    return {row["id"]: row for row in rows}


def _stories(db: sqlite_utils.Database, story_ids: list[str]) -> dict[str, dict[str, str]]:
    rows = db.execute("SELECT id, titles FROM stories WHERE id IN (SELECT value FROM json_each(?))",
                      [json.dumps(story_ids)]).fetchall()
    return {story_id: _json(titles, {}) for story_id, titles in rows}


def _title_translations(db: sqlite_utils.Database, item_ids: list[int]) -> dict[int, dict[str, str]]:
    rows = db.execute(
        "SELECT item_id, language, text FROM translations WHERE field = 'title' AND text != ''"
        " AND item_id IN (SELECT value FROM json_each(?))",
        [json.dumps(item_ids)],
    ).fetchall()
    found: dict[int, dict[str, str]] = {}
    for item_id, language, text in rows:
        found.setdefault(item_id, {})[language] = text
    return found


def _treaty_names(
    name_en: str | None, names_json: str | None, as_written: str | None, written_in: str | None
) -> dict[str, str]:
    """The gazetteer's names per language; for a treaty it does not know, the name as the report wrote it,
    under the report's language (a Russian reader then sees the Russian report's name, not an English one)."""
    names: dict[str, str] = {}
    for language, value in _json(names_json, {}).items():
        first = value[0] if isinstance(value, list) and value else value
        if isinstance(first, str) and first:
            names[language] = first
    if name_en:
        names["en"] = name_en
    if as_written:
        names.setdefault(written_in if written_in in LANGUAGES else "en", as_written)
    return names


def treaty_name(event: Event, language: str) -> str:
    """The treaty's name in ``language``, else in English, else as any report wrote it."""
    names = event.treaty_names
    return (names.get(language) or names.get("en") or next(iter(names.values()), None) or event.treaty_id
            or "?")


def _events(
    db: sqlite_utils.Database, item_ids: list[int], story_ids: list[str]
) -> dict[int | str, list[Event]]:
    """Events keyed by item id and by story id, confirmed ones first (they win when a group dedupes)."""
    rows = db.query(
        """
        SELECT e.story_id, e.item_id, e.action, e.treaty_id, e.treaty_name, e.states, e.act_date, e.legal_act,
          e.confirmed, e.evidence_language, t.name_en, t.names,
          coalesce(e.treaty_key, e.treaty_id, e.treaty_name) AS treaty_key, src.name AS source_name,
          src.kind AS source_kind
        FROM events e LEFT JOIN treaties t ON t.id = e.treaty_id
          LEFT JOIN items i ON i.id = e.item_id LEFT JOIN sources src ON src.id = i.source_id
        WHERE e.item_id IN (SELECT value FROM json_each(?)) OR e.story_id IN (SELECT value FROM json_each(?))
        ORDER BY coalesce(e.confirmed, 0) DESC, e.act_date, e.id
        """,
        [json.dumps(item_ids), json.dumps(story_ids)],
    )
    found: dict[int | str, list[Event]] = {}
    for row in rows:
        states = _json(row["states"], [])
        event = Event(
            action=row["action"], treaty_id=row["treaty_id"],
            treaty_names=MappingProxyType(_treaty_names(row["name_en"], row["names"], row["treaty_name"],
                                                         row["evidence_language"])),
            states=tuple(states) if isinstance(states, list) else (str(states),),
            act_date=row["act_date"], legal_act=row["legal_act"], confirmed=bool(row["confirmed"]),
            treaty_key=row["treaty_key"] or "",
            confirmed_by=(row["source_name"],) if row["source_kind"] == "official" else (),
        )
        for key in {row["story_id"], row["item_id"]} - {None}:
            found.setdefault(key, []).append(event)
    return found


def _group(
    key: str, rows: list[dict[str, Any]], story_titles: dict[str, str] | None,
    translations: dict[int, dict[str, str]], events: dict[int | str, list[Event]],
) -> Group:
    versions = tuple(
        SourceVersion(
            item_id=r["id"], source_id=r["source_id"], source_name=r["source_name"], official=bool(r["official"]),
            language=r["language"] or "other", url=r["link"], title=r["title"], published_at=r["published_at"],
            revision=r["revision"] or 1,
        )
        for r in rows
    )
    translated: dict[str, str] = {}
    for version in versions:  # the lead's translations win; others fill languages it lacks
        for language, text in translations.get(version.item_id, {}).items():
            translated.setdefault(language, text)
    keys: tuple[int | str, ...] = (key, *(v.item_id for v in versions))
    found = [e for k in keys for e in events.get(k, [])]
    unique: dict[tuple[object, ...], Event] = {}
    for event in found:  # several sources report one act: tell it once, confirmed version first
        act = (event.action, event.treaty_key or event.treaty_id or treaty_name(event, "en"), event.act_date)
        told = unique.setdefault(act, event)
        if told is not event:  # every official source that reported it confirms it, ...
            # ... and each language's report names the treaty in its language
            unique[act] = replace(told, confirmed=told.confirmed or event.confirmed,
                                  confirmed_by=tuple(dict.fromkeys(told.confirmed_by + event.confirmed_by)),
                                  treaty_names=MappingProxyType({**event.treaty_names, **told.treaty_names}))
    return Group(
        key=key,
        version=",".join(f"{v.item_id}.{v.revision}" for v in sorted(versions, key=lambda v: v.item_id)),
        versions=versions,
        events=tuple(sorted(unique.values(), key=lambda e: e.act_date or "")),
        topics=frozenset(t for r in rows for t in _json(r["topics"], [])),
        translated_titles=MappingProxyType(translated),
        story_titles=MappingProxyType(story_titles or {}),
        changed_at=max(r["changed_at"] or "" for r in rows),
    )


def interested(recipient: Recipient, group: Group) -> bool:
    """A recipient with neither topics nor treaties gets everything; otherwise a topic or a treaty must match."""
    if not recipient.topics and not recipient.treaties:
        return True
    if group.topics & set(recipient.topics):
        return True
    wanted = [t.casefold() for t in recipient.treaties]
    for event in group.events:
        names = [n.casefold() for n in event.treaty_names.values()]
        if any(w == (event.treaty_id or "").casefold() or any(w in n for n in names) for w in wanted):
            return True
    return False


# --------------------------------------------------------------------------------------------------
# Rendering: views in the recipient's language


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
    who = [source_label(name, language) for name in event.confirmed_by]
    if event.confirmed:
        who.append(labels.depositary)
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


# --------------------------------------------------------------------------------------------------
# Messages


@dataclass(frozen=True)
class DigestMessage:
    recipient: Recipient
    sender: str
    subject: str
    text: str
    html: str | None
    groups: tuple[tuple[str, str], ...]
    """(group key, version) pairs marked sent once the message is delivered."""
    message_id: str
    date: datetime

    def to_email(self) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        # Address quotes the display name: "Doe, John" stays one recipient, not two.
        message["To"] = Address(display_name=self.recipient.name, addr_spec=self.recipient.email)
        message["Subject"] = self.subject
        message["Date"] = format_datetime(self.date)
        message["Message-ID"] = self.message_id
        message["Auto-Submitted"] = "auto-generated"  # RFC 3834: autoresponders must not reply
        message.set_content(self.text)
        if self.html is not None:
            message.add_alternative(self.html, subtype="html")
        return message


def sent_versions(db: sqlite_utils.Database, recipient: str) -> dict[str, str]:
    return dict(db.execute("SELECT story_id, story_version FROM digest_sent WHERE recipient = ?",
                           [recipient]).fetchall())


def build_digests(db: sqlite_utils.Database, recipients: RecipientsFile, now: datetime) -> list[DigestMessage]:
    """One message per recipient with something new or updated since their last digest (none otherwise)."""
    since = (now - timedelta(days=LOOKBACK_DAYS)).astimezone(UTC).isoformat()
    groups = load_groups(db, since)
    domain = parseaddr(recipients.sender)[1].rpartition("@")[2] or "legalnews.invalid"
    env = _templates()
    messages = []
    for recipient in recipients.recipients:
        sent = sent_versions(db, recipient.email)
        chosen = [(g, g.key in sent) for g in groups if interested(recipient, g) and sent.get(g.key) != g.version]
        if not chosen:
            continue
        view = digest_view(recipient, chosen, now)
        text, html = render(view, env)
        messages.append(DigestMessage(
            recipient=recipient, sender=recipients.sender, subject=view.subject, text=text,
            html=html if recipient.format == "html" else None,
            groups=tuple((g.key, g.version) for g, _ in chosen),
            message_id=make_msgid("digest", domain=domain), date=now,
        ))
    return messages


def mark_sent(db: sqlite_utils.Database, message: DigestMessage, now: datetime) -> None:
    rows = [{"recipient": message.recipient.email, "story_id": key, "story_version": version,
             "sent_at": now.astimezone(UTC).isoformat()} for key, version in message.groups]
    with unit_of_work(db, "digest"):
        db.table("digest_sent").upsert_all(rows, pk=("recipient", "story_id"))


def eml_name(email: str) -> str:
    """A file name for an address, distinct for distinct addresses: anything but letters, digits and
    ``@+._-`` is percent-encoded, so ``a=b@``, ``a_b@`` and ``a/b@`` (all valid) get three files."""
    return quote(email, safe="@+")


def write_eml(messages: Iterable[DigestMessage], outbox: str | Path, now: datetime) -> list[Path]:
    """Write each message to ``outbox/<date>/<recipient>.eml`` (for --dry-run); nothing is marked sent."""
    folder = Path(outbox) / local_time(now.isoformat(), with_time=False)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for message in messages:
        path = folder / (eml_name(message.recipient.email) + ".eml")
        path.write_bytes(message.to_email().as_bytes())
        paths.append(path)
    return paths


# --------------------------------------------------------------------------------------------------
# SMTP


MAX_PORT = 65535


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    starttls: bool = True
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0


def smtp_settings(environ: Mapping[str, str] | None = None) -> SmtpSettings:
    """SMTP settings from the environment (never from a file in the repository)."""
    env = os.environ if environ is None else environ
    host = env.get("LEGALNEWS_SMTP_HOST", "").strip()
    problems = [] if host else ["LEGALNEWS_SMTP_HOST is not set: export the mail server's host name"]
    port, timeout = env.get("LEGALNEWS_SMTP_PORT", "587"), env.get("LEGALNEWS_SMTP_TIMEOUT", "30")
    starttls = env.get("LEGALNEWS_SMTP_STARTTLS", "1").strip().lower()
    # Out of range, smtplib raises OverflowError (not OSError) mid-send; zero would make the socket non-blocking.
    if not port.isdigit() or not 0 < int(port) <= MAX_PORT:
        problems.append(f"LEGALNEWS_SMTP_PORT must be a port number, got {port!r}")
    if not re.fullmatch(r"\d+(\.\d+)?", timeout) or float(timeout) == 0:
        problems.append(f"LEGALNEWS_SMTP_TIMEOUT must be a number of seconds, got {timeout!r}")
    if starttls not in ("1", "0", "true", "false", "yes", "no"):
        problems.append(f"LEGALNEWS_SMTP_STARTTLS must be 1 or 0, got {starttls!r}")
    user, password = env.get("LEGALNEWS_SMTP_USER") or None, env.get("LEGALNEWS_SMTP_PASSWORD") or None
    if user and not password:
        problems.append("LEGALNEWS_SMTP_USER is set but LEGALNEWS_SMTP_PASSWORD is not")
    if user and starttls in ("0", "false", "no"):
        problems.append("refusing to send LEGALNEWS_SMTP_USER's password unencrypted: set LEGALNEWS_SMTP_STARTTLS=1")
    if problems:
        raise ConfigError("SMTP settings: " + "; ".join(problems), tuple(problems))
    return SmtpSettings(host=host, port=int(port), starttls=starttls in ("1", "true", "yes"), user=user,
                        password=password, timeout=float(timeout))


@dataclass(frozen=True)
class Delivery:
    recipient: str
    ok: bool
    error: str = ""


def _deliver(message: DigestMessage, smtp: SmtpSettings) -> None:
    with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as client:
        if smtp.starttls:
            client.starttls(context=ssl.create_default_context())
        if smtp.user:
            client.login(smtp.user, smtp.password or "")
        client.send_message(message.to_email())


def send_digests(
    db: sqlite_utils.Database, messages: Sequence[DigestMessage], smtp: SmtpSettings, now: datetime
) -> list[Delivery]:
    """Send each message on its own connection; mark it sent only once the server accepted it.

    A refused recipient or a dropped connection fails that message alone: it stays unmarked, so the next
    run sends it again, and the other recipients still get theirs.
    """
    deliveries = []
    for message in messages:
        try:
            _deliver(message, smtp)
        except (smtplib.SMTPException, OSError) as error:
            reason = f"{smtp.host}:{smtp.port}: {type(error).__name__}: {error}"
            deliveries.append(Delivery(message.recipient.email, ok=False, error=reason))
            continue
        mark_sent(db, message, now)
        deliveries.append(Delivery(message.recipient.email, ok=True))
    return deliveries
