"""Treaty events: which treaty was signed, ratified, approved or acceded to, by whom, when, on what evidence.

An extractor that reads constructions, not phrases, in ru, az and en (word lists in ``events.yaml``):

- ``mentions``: treaty mentions headed by a treaty noun, with their extent, without the gazetteer;
- ``actions``: verbs of acting by lemma (pymorphy3 for ru, suffix rules in ``azerbaijani`` for az), with
  tense, mood and negation;
- ``dates``: dates in running text and the one that belongs to the act;
- ``linking``: which treaty a mention names: its gazetteer id (by alias, the item's main treaty, a bilateral
  treaty's parties and subject, an open treaty's words), else its type, parties and subject;
- ``identity``: the treaty's language-free key (gazetteer id, else type + parties + subject concepts);
- ``parties``: who acts and which states are parties (subjects, partners, "between", beneficiaries);
- ``extract``: the constructions that join them into events, one per (action, treaty) per item;
- ``merge``: one event per (action, treaty) per story; ``store``: the events table.

States and subject concepts come from the shared vocabulary (``pipeline.states``, ``pipeline.glossary``).

The package imports nothing itself: callers import the submodule they need, so the digest and Datasette,
which only merge stored events, do not load the extractor and its Russian morphology (pymorphy3).
"""
