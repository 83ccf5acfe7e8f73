"""The recipients file (data/recipients.yaml): who gets a digest, in which language, about what.

A unit because it is configuration, checked before anything is read or sent: every problem is reported at
once as ``file:line: ...``, and a treaty name no gazetteer entry matches is refused (a typo would otherwise
silently send that recipient nothing).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import getaddresses
from pathlib import Path
from typing import Literal

import yaml

from pipeline.errors import ConfigError
from pipeline.records import LANGUAGES, EditionLanguage
from pipeline.topics import RELEVANT_TOPICS
from pipeline.treaties import Gazetteer, load_gazetteer

FORMATS = ("html", "text")
RECIPIENT_KEYS = ("email", "name", "language", "topics", "treaties", "format")
TOP_KEYS = ("sender", "recipients")
# Line breaks (and other control characters) in a header value would start a new header: never accepted.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


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
