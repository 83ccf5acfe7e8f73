"""Stories: one event, reported by several sources in several languages, grouped as one story.

A Trend flash in Russian, its Azerbaijani and English editions and APA's report of the same signature are
one row for the analyst, with or without a translation model. The package reads in four steps:

- ``facts``: language-free keys of what an item says (states as ISO codes, treaty keys, actions, dates,
  legal act numbers, names folded across scripts, glossary concepts) and who acts in its title;
- ``fingerprints``: those facts and the MinHash of the compared text (the English translation when stored);
- ``candidates``: the recent items sharing text or an event key with a new item;
- ``clustering``: scores, vetoes, joins and merges;
- ``storage``: reading items and translations, writing stories and recording merges.

Incremental and stable: an item is assigned once; a story's id is ``story-<id of its first item>``, kept
when a later story merges into it. The items of one run are taken in publication order, so the first
report founds the story. ``--rebuild`` regroups everything from scratch in publication order.
"""

from pipeline.stories.clustering import Assignment, Clusterer, Merge, cluster, similarity, story_id_for
from pipeline.stories.facts import Facts, facts_of
from pipeline.stories.fingerprints import Fingerprint, Hasher, StoryItem, fingerprint, fingerprints
from pipeline.stories.options import StoryOptions, load_options
from pipeline.stories.storage import StoriesReport, Version, resolve_story, supersedes, update_stories
from pipeline.stories.treaty_keys import treaty_key_of, treaty_keys_compatible
from pipeline.stories.vetoes import vetoed

__all__ = [
    "Assignment",
    "Clusterer",
    "Facts",
    "Fingerprint",
    "Hasher",
    "Merge",
    "StoriesReport",
    "StoryItem",
    "StoryOptions",
    "Version",
    "cluster",
    "facts_of",
    "fingerprint",
    "fingerprints",
    "load_options",
    "resolve_story",
    "similarity",
    "story_id_for",
    "supersedes",
    "treaty_key_of",
    "treaty_keys_compatible",
    "update_stories",
    "vetoed",
]
