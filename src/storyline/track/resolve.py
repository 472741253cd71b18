"""Entities across documents: one entity per real-world referent, never two people merged.

Resolution is a pure function over candidates that an index found (`blocking_keys` gives the
index's keys: the name's words, per entity class), so adding a document never scans the store.

The rules, in the order they are tried, and why:

- names are compared after `normalize_name`: case, diacritics, hyphens, dots, possessives and
  titles (`Russian President Vladimir Putin` is `vladimir putin`) do not make another entity;
- equal names, or equal once spaces are dropped (`Kim Jong Un`, `Kim Jongun`), match;
- for people, two full names match only when every word of the shorter one is matched, in order,
  by a word of the longer one (an initial matches its word; a long word may have a typo): a
  different given name is a different person, so `Kim Jong-il` is never `Kim Jong-un` and
  `Kim Yo Jong` is neither; the same rule with words kept in order serves organizations and places;
- a single word (`Kim`, `Putin`, `Promises`) attaches to an entity whose name starts or ends with
  it only when exactly one candidate entity qualifies: an ambiguous short mention stays apart;
- an acronym matches the name it abbreviates (`NBA`, `U.S.`);
- failing all that, a name of two words or more matches the one entity of another type that has
  exactly that name: the tagger calls `Nordic Crane` a product in one report, a person in the next
  (an institution and a place or building of one name, a church and its church, stay apart);
  so does a one-word name typed a person in one report and a place in another, where the person
  has no other name: an unknown town (`through central Arnhaven`, then `ARNHAVEN (Newsline) -`),
  and one typed a product or a work in one report and an organization in another (`Bundestag`);
- a one-word place no gazetteer knows (`Scholz is expected to be elected`) is the one person
  of that surname, when exactly one has it; an organization of one word stays apart (`Ford`).

Fuzzy matching (rapidfuzz) only ever forgives typos inside one long word, because whole-name
similarity is what merges `Kim Jong-un` with `Kim Jong-il` (0.9 similar, another man).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from storyline.analyze.lexicon import PERSON_TITLES

__all__ = [
    "EntityCandidate",
    "EntityIndex",
    "EntityKey",
    "EntityMatch",
    "blocking_keys",
    "entity_class",
    "entity_key",
    "normalize_name",
    "resolve_entity",
    "surname",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that head a title before a name: the ranks and offices the analysis tags names after
# (`lexicon.PERSON_TITLES`), and roles a report writes the same way (`Singer Mara Lind`).
_TITLE_HEADS = PERSON_TITLES | _words(
    """
    premier king queen prince princess miss doctor sir dame lord lady representative ceo leader
    pope rev reverend sheikh ayatollah actor actress singer star agent
    """
)
# ... and the words a title may run through before the name (`Russian Foreign Minister`).
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # `John J. Ray III` is Ray
_TITLES = _TITLE_HEADS | _words(
    """
    vice prime foreign defense defence interior state former late supreme us american russian
    north south korean chinese british french german ukrainian
    """
)
_CLASSES = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "org",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_TAGGED_CLASSES = frozenset(_CLASSES.values())  # people, groups, organizations, places
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "&"})
_DISTINCT_CLASSES = frozenset({"org", "place", "group"})
_GUESSED_CLASSES = frozenset({"person", "place"})  # what the tagger takes an unknown town for
_TYPO_MIN_LENGTH = 6
_NATION_CLASSES = frozenset({"group", "place"})
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "er", "i", "n")  # `Valdan`, `Norlander`


@dataclass(frozen=True, slots=True)
class EntityKey:
    """What identifies a name across documents: its class and its normalized words."""

    cls: str
    name: str

    def __str__(self) -> str:
        return f"{self.cls}:{self.name}"


@dataclass(frozen=True, slots=True)
class EntityCandidate:
    """An entity already in the store, as the resolver needs it."""

    id: str
    type: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityMatch:
    entity_id: str
    score: float
    reason: str


def entity_class(entity_type: str) -> str:
    """Coarse class: spaCy and ECB+ disagree on GPE/LOC/FAC, and a place is a place."""
    return _CLASSES.get(entity_type.upper(), entity_type.lower())


def normalize_name(name: str, entity_type: str = "PERSON") -> str:
    """Lower case, no diacritics, no punctuation, no titles (for people), no leading `the`."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", text)  # U.S. -> us.
    text = re.sub(r"[^\w\s]", " ", text.replace(".", ""))
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    if entity_class(entity_type) == "person":
        words = _strip_titles(words)
    return " ".join(words)


def surname(name: str) -> str | None:
    """The word a person is called by alone: `Ray` for `John J. Ray III`, `fried` for
    `Bankman-Fried` as `bankman fried` splits."""
    words = [w for w in normalize_name(name).split() if w not in GENERATIONS]
    return words[-1] if words else None


def _strip_titles(words: list[str]) -> list[str]:
    """Drop a leading run of title words, keeping at least one word of the name."""
    cut = 0
    while cut < len(words) - 1 and words[cut] in _TITLES:
        cut += 1
    if cut and not any(w in _TITLE_HEADS for w in words[:cut]):
        return words  # `North Korean` alone is not a title: keep the name as it is
    return words[cut:]


def entity_key(name: str, entity_type: str) -> EntityKey:
    return EntityKey(entity_class(entity_type), normalize_name(name, entity_type))


def blocking_keys(name: str, entity_type: str) -> tuple[str, ...]:
    """Index keys under which a name is filed and looked up: one per word, per class.

    Every rule below needs a shared word (or an acronym), so these keys find every candidate
    the resolver could accept; acronyms are filed under their letters' initials too.
    """
    key = entity_key(name, entity_type)
    words = [w for w in key.name.split() if w not in _SMALL_WORDS]
    keys = {f"{key.cls}:{w}" for w in words}
    if len(words) > 1 and key.cls != "person":
        keys.add(f"{key.cls}:{''.join(w[0] for w in words)}")
    keys.add(f"name:{normalize_name(name, 'ORG')}")  # the same full name, any type
    if len(words) == 1:
        keys.update(f"nation:{stem}" for stem in _nation_stems(words[0], key.cls))
    if len(words) == 1 and key.cls == "place":
        keys.add(f"person:{words[0]}")  # a surname the tagger took for a place
    return tuple(sorted(keys))


def resolve_entity(
    name: str, entity_type: str, candidates: Sequence[EntityCandidate]
) -> EntityMatch | None:
    """The candidate entity this mention refers to, or None for a new entity."""
    key = entity_key(name, entity_type)
    if not key.name:
        return None
    scored: list[EntityMatch] = []
    partial: list[EntityMatch] = []
    for candidate in candidates:
        if entity_class(candidate.type) != key.cls:
            continue
        best = _best_match(key, candidate)
        if best is None:
            continue
        (partial if best.reason == "partial" else scored).append(best)
    if scored:
        return max(scored, key=lambda m: m.score)
    # before a part of a name, the whole name typed otherwise, or the people of a country
    full = (
        _same_full_name(name, key.cls, candidates)
        or _its_people(name, key.cls, candidates)
        or _a_surname_taken_for_a_place(key, candidates)
    )
    if full is None and len({m.entity_id for m in partial}) == 1:
        return partial[0]
    return full


def _same_full_name(
    name: str, cls: str, candidates: Sequence[EntityCandidate]
) -> EntityMatch | None:
    """A name of two words or more that the tagger typed otherwise elsewhere (`Nordic Crane` as
    a product, then as a person) is still that one thing, when exactly one entity has it, and
    so is a town's one word (`_a_guessed_town`). An institution, a place and a building of one
    name (a church and its building) stay apart."""
    key = normalize_name(name, "ORG")
    same = {
        c.id
        for c in candidates
        if not {cls, entity_class(c.type)} <= _DISTINCT_CLASSES
        and any(normalize_name(other, "ORG") == key for other in c.names)
        and (" " in key or _a_guessed_town(cls, c) or _a_guessed_kind(cls, c))
    }
    return EntityMatch(same.pop(), 0.8, "same name, another type") if len(same) == 1 else None


def _its_people(name: str, cls: str, candidates: Sequence[EntityCandidate]) -> EntityMatch | None:
    """A people and its country are one participant (`two Valdan diplomats`, `Valdia's foreign
    ministry`): a one-word group named as its one-word place is, less its ending, when exactly
    one entity is. The demonyms the lexicon knows (`French`) are countries already."""
    mine = _nation_stems(normalize_name(name, "ORG"), cls)
    same = set()
    for candidate in candidates:
        other = entity_class(candidate.type)
        if {cls, other} != _NATION_CLASSES:
            continue
        if any(mine & _nation_stems(normalize_name(n, "ORG"), other) for n in candidate.names):
            same.add(candidate.id)
    return EntityMatch(same.pop(), 0.75, "a people and its country") if len(same) == 1 else None


def _nation_stems(name: str, cls: str) -> set[str]:
    """What a one-word place or people is named by, less its ending: `valdia` and `valdan` are
    `vald`, `norland` and `norlander` are `norland`; `austria` is `austr`, `australia`
    `austral`."""
    if " " in name or cls not in _NATION_CLASSES:
        return set()
    if cls == "place":
        stem = name.rstrip("aeiouy")
        return {stem} if len(stem) >= 3 else set()
    ends = (end for end in _DEMONYM_ENDINGS if name.endswith(end) and len(name) - len(end) >= 3)
    return {name[: -len(end)] for end in ends}


def _a_guessed_town(cls: str, candidate: EntityCandidate) -> bool:
    """A one-word name typed a place here and a person there, or the other way round, where
    the person has no other name: the tagger's guess at a town it does not know (`through
    central Arnhaven` read as a person, `ARNHAVEN (Newsline) -` a place). Someone known by a
    full name (`Michael Jordan`) stays apart from the place (`Jordan`)."""
    classes = {cls, entity_class(candidate.type)}
    return classes == _GUESSED_CLASSES and all(" " not in n.strip() for n in candidate.names)


def _a_guessed_kind(cls: str, candidate: EntityCandidate) -> bool:
    """A one-word name the tagger gave a kind beyond people, groups, organizations and places
    in one report (`the Bundestag` a product) and one of those in another: one thing."""
    return not {cls, entity_class(candidate.type)} <= _TAGGED_CLASSES


def _a_surname_taken_for_a_place(
    key: EntityKey, candidates: Sequence[EntityCandidate]
) -> EntityMatch | None:
    """A lone word typed a place (`Scholz is expected to be elected`) that is no place the
    gazetteer knows, nor the whole name of any entity, and ends the full name of exactly one
    person (`Olaf Scholz`): that person, called by surname. `Jordan` stays a country."""
    from storyline.track.places import is_known_place  # the gazetteer reads this module's names

    if key.cls != "place" or " " in key.name or is_known_place(key.name):
        return None
    if any(normalize_name(n, "ORG") == key.name for c in candidates for n in c.names):
        return None
    people = {
        c.id
        for c in candidates
        if entity_class(c.type) == "person"
        and any(" " in n.strip() and surname(n) == key.name for n in c.names)
    }
    return (
        EntityMatch(people.pop(), 0.7, "a surname taken for a place") if len(people) == 1 else None
    )


def _best_match(key: EntityKey, candidate: EntityCandidate) -> EntityMatch | None:
    best: EntityMatch | None = None
    for other in candidate.names:
        other_name = normalize_name(other, candidate.type)
        found = _compare(key.name, other_name, key.cls)
        if found and (best is None or found[0] > best.score):
            best = EntityMatch(candidate.id, found[0], found[1])
    return best


def _compare(a: str, b: str, cls: str) -> tuple[float, str] | None:
    if not b:
        return None
    if a == b:
        return 1.0, "same name"
    if a.replace(" ", "") == b.replace(" ", ""):
        return 0.98, "same name but spacing"
    wa, wb = a.split(), b.split()
    if _is_acronym(wa, wb) or _is_acronym(wb, wa):
        return 0.9, "acronym"
    if len(wa) == 1 or len(wb) == 1:
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if len(long_) > 1 and (_word_match(short[0], long_[0]) or _word_match(short[0], long_[-1])):
            return 0.7, "partial"
        return None
    if _aligned(wa, wb) if len(wa) <= len(wb) else _aligned(wb, wa):
        if cls == "person" and not _same_ends(wa, wb):
            return None
        return 0.9, "same words in order"
    return None


def _word_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return min(len(a), len(b)) >= _TYPO_MIN_LENGTH and Levenshtein.distance(a, b) <= 1


def _aligned(short: list[str], long_: list[str]) -> bool:
    """Every word of `short` matches a word of `long_`, in order (extra words: middle names)."""
    at = 0
    for word in short:
        while at < len(long_) and not _word_match(word, long_[at]):
            at += 1
        if at == len(long_):
            return False
        at += 1
    return True


def _same_ends(wa: list[str], wb: list[str]) -> bool:
    """People: the first and the last names must both agree, or it is a relative."""
    return _word_match(wa[0], wb[0]) and _word_match(wa[-1], wb[-1])


def _is_acronym(short: list[str], long_: list[str]) -> bool:
    if len(short) != 1 or len(long_) < 2:
        return False
    initials = "".join(w[0] for w in long_ if w not in _SMALL_WORDS)
    return len(short[0]) >= 2 and short[0] == initials


class EntityIndex:
    """In-memory entity table with a blocking index: the reference the store mirrors in SQL.

    A mention's candidates are the entities filed under its blocking keys, never all entities.
    """

    def __init__(self) -> None:
        self.entities: dict[str, EntityCandidate] = {}
        self._postings: dict[str, dict[str, None]] = {}

    def candidates(self, name: str, entity_type: str) -> list[EntityCandidate]:
        found: dict[str, None] = {}
        for key in blocking_keys(name, entity_type):
            found.update(self._postings.get(key, {}))
        return [self.entities[e] for e in found]

    def add(self, name: str, entity_type: str) -> str:
        """Resolve a mention to an entity id, creating the entity when nothing matches."""
        match = resolve_entity(name, entity_type, self.candidates(name, entity_type))
        if match is None:
            entity_id = f"ent{len(self.entities) + 1}"
            entity = EntityCandidate(entity_id, entity_type, (name,))
        else:
            entity_id = match.entity_id
            known = self.entities[entity_id]
            names = known.names if name in known.names else (*known.names, name)
            entity = EntityCandidate(entity_id, known.type, names)
        self.entities[entity_id] = entity
        for key in blocking_keys(name, entity_type):
            self._postings.setdefault(key, {})[entity_id] = None
        return entity_id
