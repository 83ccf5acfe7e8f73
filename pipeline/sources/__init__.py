"""Load sources.yaml into ``records.Config``, rejecting a bad file before anything is fetched.

Every problem in the file is collected, not just the first, and raised together as one ``ConfigError``.
Each message names file, line and key path::

    sources.yaml:42: sources[3].article.body: invalid CSS selector 'div[' (lexbor cannot parse it)

The records are built from YAML's node tree (``yaml.compose``) rather than from plain dicts, so every
value still knows its line. Shorthands: a selector list may be one string; a date rule may be a plain
selector. ``${NAME}`` in any string is replaced from the environment.

Settings are layered: defaults (``records.Settings``, described in ``SETTINGS``) < the file's
``settings:`` < overrides (``--set name=value`` on the command line, see ``parse_overrides``).

- ``loading``: the file into a ``Config``, the sources a run visits, the shipped term files;
- ``schema``: each source key read into its record, and the checks its values must pass;
- ``settings``: the settings table and its layering;
- ``reader``: typed reads from YAML nodes, problems noted with file, line and key path.
"""

from pipeline.sources.loading import enabled_sources, load_config, read_config_file
from pipeline.sources.settings import SETTINGS, Setting, parse_overrides, settings_help

__all__ = [
    "SETTINGS",
    "Setting",
    "enabled_sources",
    "load_config",
    "parse_overrides",
    "read_config_file",
    "settings_help",
]
