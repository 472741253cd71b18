"""Entities: named mentions with the aliases of one referent merged, within one document.

`find_entities(doc, doc_id)` clusters spaCy's entity mentions (plus role descriptions and media
anaphors) into referents:

- people by their normalized name (`Kim Jong-un` = `Kim Jong Un`), the gazetteer's spellings,
  a lone family or given name (`Kim`, `Putin`) linked to the nearest full name that has it, and
  a one-off misspelling (`Kim Jong-In`) linked to the closest full name; never two names the
  gazetteer knows as different people, never two names that stand in one sentence;
- role descriptions (`the North Korean leader`, `the leader of North Korea`) linked through the
  title or apposition that names the person anywhere in the document
  (`Russian President Vladimir Putin`, `the leader of North Korea (DPRK) Kim Jong-un`);
- places and organizations by the gazetteer (`DPRK` = `North Korea`), a parenthesized short form
  (`North Korea (DPRK)`), and acronyms (`NYT` = `The New York Times`); demonyms (`North Korean`)
  count as mentions of their country;
- media anaphors (`the publication`, `the newspaper`) linked to the last news outlet named;
- metonyms kept as themselves with what they stand for: `the Kremlin` (always) and a capital that
  acts (`Pyongyang denies`) stand for their country's government.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from storyline.analyze import lexicon
from storyline.model import Entity, Mention, content_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["EntityIndex", "country_name", "find_entities", "normalize_name"]

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_SPLIT = re.compile(r"[\s\-‐–.]+")
#: A document-level referent's type when mentions disagree: the more specific wins.
_REGION_TYPES = frozenset({"GPE", "LOC"})
_TYPE_ORDER = (
    "PERSON",
    "GPE",
    "ORG",
    "LOC",
    "FAC",
    "NORP",
    "EVENT",
    "PRODUCT",
    "LAW",
    "WORK_OF_ART",
)


def normalize_name(text: str) -> str:
    """A comparison key: no article, no possessive, lower case, hyphens and dots as spaces."""
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip()))
    return " ".join(part for part in _SPLIT.split(text.lower()) if part)


def _surface(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()).strip()


def _alias_table(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out = {}
    for canonical, aliases in table.items():
        for name in (canonical, *aliases):
            out[normalize_name(name)] = canonical
    return out


_PEOPLE = _alias_table(lexicon.KNOWN_PEOPLE)
_SURNAMES: dict[str, list[str]] = {}
for _canonical in lexicon.KNOWN_PEOPLE:
    _SURNAMES.setdefault(normalize_name(_canonical).split()[-1], []).append(_canonical)
#: A family name that only one known person has (`Putin`), never a shared one (`Clinton`).
_UNIQUE_SURNAMES = {k: v[0] for k, v in _SURNAMES.items() if len(v) == 1}
_COUNTRIES = _alias_table(lexicon.COUNTRIES)
_MEDIA = _alias_table(lexicon.MEDIA)
_DEMONYMS = {normalize_name(k): v for k, v in lexicon.DEMONYMS.items()}
_SEATS = {normalize_name(k): v for k, v in lexicon.SEATS_OF_POWER.items()}
_SEAT_BUILDINGS = {normalize_name(k) for k in lexicon.SEAT_BUILDINGS}


def country_name(text: str) -> str | None:
    """The country a name or abbreviation stands for (`U.S.` is the United States), if any."""
    return _COUNTRIES.get(normalize_name(text))


@dataclass
class _Mention:
    start: int  # token index
    end: int
    text: str
    label: str
    key: str
    sent: int
    named: bool = True
    role_key: tuple[str, str] | None = None


@dataclass
class _Cluster:
    label: str
    mentions: list[_Mention] = field(default_factory=list)
    canonical: str | None = None
    stands_for: str | None = None

    @property
    def keys(self) -> set[str]:
        return {m.key for m in self.mentions if m.named}


@dataclass(frozen=True)
class EntityIndex:
    """The entities of one document and where their mentions sit (token spans)."""

    entities: tuple[Entity, ...]
    token_entity: dict[int, int]  # token index -> position in `entities`
    spans: tuple[tuple[int, int, int], ...]  # (start, end, entity position), text order
    starts: tuple[int, ...] = ()  # the spans' starts, for binary search
    proper_nouns: dict[str, int] = field(default_factory=dict)  # each one written, how often

    def at(self, token_i: int) -> Entity | None:
        position = self.token_entity.get(token_i)
        return None if position is None else self.entities[position]

    def spans_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Mention spans inside [start, end), in text order, by binary search."""
        out = []
        for index in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
            span = self.spans[index]
            if span[1] <= end:
                out.append(span)
        return out

    def within(self, start: int, end: int) -> list[Entity]:
        """Entities with a mention inside [start, end), in text order, each once."""
        seen: list[Entity] = []
        for _start, _end, position in self.spans_in(start, end):
            if self.entities[position] not in seen:
                seen.append(self.entities[position])
        return seen

    def times_named(self, person: Entity) -> int:
        """How often the document writes the person's surname (`Lind`, tagged or not)."""
        return self.proper_nouns.get(person.name.split()[-1], 0)

    def person_by_surname(self, word: str) -> Entity | None:
        """The one person whose name ends with `word` (`Prigozhin`), or None."""
        return self._surnames.get(word)

    @cached_property
    def _surnames(self) -> dict[str, Entity | None]:
        """Surname -> the person named in full with it; None where two people share it. A
        person the tagger found only by surname is found by it too, where no one named in full
        has it (`Erdogan` in the headline, `Recep Tayyip Erdogan` untagged after a dateline)."""
        found: dict[str, Entity | None] = {}
        for entity in self.entities:
            if entity.type == "PERSON" and " " in entity.name:
                surname = entity.name.split()[-1]
                found[surname] = None if surname in found else entity
        for entity in self.entities:
            if entity.type == "PERSON" and " " not in entity.name:
                found.setdefault(entity.name, entity)
        return found

    @cached_property
    def topic(self) -> Entity | None:
        """What the document is about: its most mentioned entity, never an outlet that reports
        it (`AFP reports the four aid workers were freed`); on a tie, the first that is no town
        or region (`HARBOR CITY - St. Brendan's and its nurses reached a deal`: the members who
        will vote on it are not the city's)."""
        told_of = [e for e in self.entities if normalize_name(e.name) not in _MEDIA]
        return max(
            told_of,
            key=lambda entity: (len(entity.mentions), entity.type not in _REGION_TYPES),
            default=None,
        )

    def before(self, i: int) -> Iterator[tuple[int, int, int]]:
        """Mention spans starting before token `i`, nearest first."""
        for index in range(bisect_left(self.starts, i) - 1, -1, -1):
            yield self.spans[index]

    def by_id(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)


# --- mention collection ---------------------------------------------------------------------


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def _country_of(token: Token, ent_at: dict[int, _Mention]) -> str | None:
    mention = ent_at.get(token.i)
    if mention is None:
        return None
    if mention.label == "NORP":
        return _DEMONYMS.get(mention.key)
    if mention.label == "GPE":
        return _COUNTRIES.get(mention.key, mention.text)
    return None


def _descriptions(doc: Doc, ent_at: dict[int, _Mention], sent_of: list[int]) -> list[_Mention]:
    """`the North Korean leader`, `the leader of North Korea (DPRK)`, `Russian President`."""
    found = []
    for token in doc:
        if token.lemma_.lower() not in lexicon.ROLE_NOUNS or token.tag_ not in ("NN", "NNP"):
            continue
        if token.i in ent_at and ent_at[token.i].label == "PERSON":
            continue
        country = None
        start = token.i
        for left in token.lefts:
            if left.dep_ in ("amod", "compound", "nmod", "det"):
                country = country or _country_of(left, ent_at)
                start = min(start, left.left_edge.i)
        end = token.i + 1
        for right in token.rights:
            if right.dep_ == "prep" and right.lower_ == "of":
                pobj = next((c for c in right.children if c.dep_ == "pobj"), None)
                if pobj is not None and _country_of(pobj, ent_at):
                    country = country or _country_of(pobj, ent_at)
                    end = pobj.i + 1
                    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                        end += 3
        if country is None:
            continue
        found.append(
            _Mention(
                start,
                end,
                doc[start:end].text,
                "PERSON",
                "",
                sent_of[token.i],
                named=False,
                role_key=(token.lemma_.lower(), country),
            )
        )
    return found


def _next_person(doc: Doc, end: int, ent_at: dict[int, _Mention]) -> _Mention | None:
    """The person mention right after a description (skipping `(DPRK)`, commas)."""
    i, depth, steps = end, 0, 0
    while i < len(doc) and steps < 8:
        token = doc[i]
        mention = ent_at.get(i)
        if depth == 0 and mention is not None and mention.label == "PERSON":
            return mention
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0 and not (token.is_punct or token.is_space or mention is not None):
            return None
        i, steps = i + 1, steps + 1
    return None


def _collect(doc: Doc) -> tuple[list[_Mention], list[int]]:
    sent_of = _sentence_index(doc)
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in lexicon.ENTITY_LABELS:
            continue
        text = _surface(_LEADING_THE.sub("", ent.text) if ent.label_ != "ORG" else ent.text)
        key = normalize_name(ent.text)
        if not key:
            continue
        label = ent.label_
        if label == "NORP" and key in _DEMONYMS:
            label, key = "GPE", normalize_name(_DEMONYMS[key])
        elif label == "NORP":
            continue
        mentions.append(_Mention(ent.start, ent.end, text, label, key, sent_of[ent.start]))
    return mentions + _repeats(doc, mentions, sent_of), sent_of


def _repeats(doc: Doc, mentions: list[_Mention], sent_of: list[int]) -> list[_Mention]:
    """The same name where the tagger missed it (`The Nordic Crane was refloated`): every other
    occurrence, in the same capitals, of a name of two words or more it found elsewhere."""
    names: dict[str, list[_Mention]] = {}
    for mention in mentions:
        if mention.end - mention.start > 1:
            names.setdefault(doc[mention.start].text, []).append(mention)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found: list[_Mention] = []
    for token in doc:
        for known in names.get(token.text, ()):
            end = token.i + known.end - known.start
            if end > len(doc) or any(i in covered for i in range(token.i, end)):
                continue
            if doc[token.i : end].text == doc[known.start : known.end].text:
                found.append(replace(known, start=token.i, end=end, sent=sent_of[token.i]))
                covered.update(range(token.i, end))
                break
    return found


# --- clustering -----------------------------------------------------------------------------


def _canonical_key(mention: _Mention) -> str:
    if mention.label == "PERSON":
        canonical = _PEOPLE.get(mention.key)
    else:
        canonical = _COUNTRIES.get(mention.key) or _MEDIA.get(mention.key)
    return normalize_name(canonical) if canonical else mention.key


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in lexicon.ACRONYM_SKIP)


def _is_media(cluster: _Cluster) -> bool:
    if cluster.label != "ORG":
        return False
    for mention in cluster.mentions:
        if mention.key in _MEDIA:
            return True
        if set(mention.text.split()) & lexicon.MEDIA_NAME_WORDS:
            return True
    return False


def _person_clusters(people: list[_Mention]) -> list[_Cluster]:
    full: dict[str, _Cluster] = {}
    singles: list[_Mention] = []
    for mention in people:
        key = _canonical_key(mention)
        if len(key.split()) >= 2:
            full.setdefault(key, _Cluster("PERSON")).mentions.append(mention)
        else:
            singles.append(mention)
    _merge_misspellings(full)
    clusters = list(full.values())
    for mention in singles:
        token = mention.key
        candidates = [
            c
            for c in clusters
            if any(token in (k.split()[0], k.split()[-1]) for k in c.keys if len(k.split()) > 1)
        ]
        target = _nearest(candidates, mention)
        if target is None:
            target = next((c for c in clusters if mention.key in c.keys), None)
        if target is None:
            target = _Cluster("PERSON")
            clusters.append(target)
        target.mentions.append(mention)
    return clusters


def _nearest(candidates: Iterable[_Cluster], mention: _Mention) -> _Cluster | None:
    """The candidate mentioned last before `mention` (else first after it)."""
    best, best_distance = None, None
    for cluster in candidates:
        for other in cluster.mentions:
            if not other.named or len(other.key.split()) < 2:
                continue
            distance = mention.start - other.start
            rank = distance if distance > 0 else 10**9 - distance
            if best_distance is None or rank < best_distance:
                best, best_distance = cluster, rank
    return best


def _merge_misspellings(full: dict[str, _Cluster]) -> None:
    """Fold a one-off unknown spelling into the one full name it nearly matches."""
    for key in list(full):
        cluster = full[key]
        if key in _PEOPLE or len(cluster.mentions) != 1:
            continue
        mention = cluster.mentions[0]
        scored = []
        for other_key, other in full.items():
            if other is cluster or len(other.mentions) < 2:
                continue
            if other_key.split()[0] != key.split()[0] or len(other_key.split()) != len(key.split()):
                continue
            if any(m.sent == mention.sent for m in other.mentions):
                continue
            score = fuzz.ratio(key, other_key)
            if score < 80:
                continue
            cased = max(fuzz.ratio(mention.text, m.text) for m in other.mentions)
            scored.append((score, cased, other_key))
        scored.sort(reverse=True)
        if not scored or (len(scored) > 1 and scored[0][:2] == scored[1][:2]):
            continue
        full[scored[0][2]].mentions.extend(cluster.mentions)
        del full[key]


def _other_clusters(mentions: list[_Mention], doc: Doc) -> list[_Cluster]:
    by_key: dict[str, _Cluster] = {}
    for mention in mentions:
        key = _canonical_key(mention)
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = _Cluster(mention.label)
        cluster.mentions.append(mention)
    # `North Korea (DPRK)`: a parenthesized short form names the entity before it
    for key, cluster in list(by_key.items()):
        for mention in list(cluster.mentions):
            before = mention.start - 1
            after = mention.end
            if before < 1 or after >= len(doc):
                continue
            if doc[before].text != "(" or doc[after].text != ")":
                continue
            host = next(
                (
                    c
                    for c in by_key.values()
                    if c is not cluster and any(m.end == before for m in c.mentions)
                ),
                None,
            )
            if host is not None and key in by_key:
                host.mentions.extend(cluster.mentions)
                del by_key[key]
                break
    # `NYT` = `The New York Times`: an acronym of another entity's name
    for key, cluster in list(by_key.items()):
        if key not in by_key or " " in key or not (2 <= len(key) <= 6):
            continue
        if not any(m.text.isupper() for m in cluster.mentions):
            continue
        host = next(
            (c for k, c in by_key.items() if c is not cluster and " " in k and _initials(k) == key),
            None,
        )
        if host is not None:
            host.mentions.extend(cluster.mentions)
            del by_key[key]
    return list(by_key.values())


def _attach_descriptions(
    doc: Doc, descriptions: list[_Mention], clusters: list[_Cluster], ent_at: dict[int, _Mention]
) -> None:
    by_mention = {id(m): c for c in clusters for m in c.mentions}
    roles: dict[tuple[str, str], _Cluster] = {}
    for description in descriptions:
        person = _next_person(doc, description.end, ent_at)
        if person is not None and description.role_key is not None:
            cluster = by_mention.get(id(person))
            if cluster is not None:
                roles.setdefault(description.role_key, cluster)
    for description in descriptions:
        cluster = roles.get(description.role_key) if description.role_key else None
        if cluster is None:
            continue
        if doc[description.start].tag_ == "NNS" or doc[description.end - 1].tag_ == "NNS":
            continue
        cluster.mentions.append(description)


def _one_label_per_name(mentions: list[_Mention]) -> None:
    """A name of two words or more is one thing throughout a document, whatever the tagger
    called it each time (`Nordic Crane` as PRODUCT, ORG and PERSON): the most frequent label
    wins, the more specific on a tie."""
    labels: dict[str, list[str]] = {}
    for mention in mentions:
        if " " in mention.key:
            labels.setdefault(mention.key, []).append(mention.label)
    for mention in mentions:
        found = labels.get(mention.key)
        if found and len(set(found)) > 1:
            mention.label = min(found, key=lambda lab: (-found.count(lab), _TYPE_ORDER.index(lab)))


def _attach_kind_anaphors(
    doc: Doc, clusters: list[_Cluster], covered: set[int], sent_of: list[int]
) -> None:
    """`the ship` after `the container ship Nordic Crane`: a definite noun that the document
    put next to exactly one named thing (`Titan submersible`, `ship Nordic Crane`) is that
    thing (the tagger may call a ship a person; role nouns are for people's own rules); a noun
    shared by two names stays apart."""
    kinds: dict[str, set[int]] = {}
    for position, cluster in enumerate(clusters):
        for mention in cluster.mentions:
            for noun in _kind_nouns(doc, mention):
                kinds.setdefault(noun, set()).add(position)
    for token in doc:
        owners = kinds.get(token.lemma_.lower(), set())
        if len(owners) != 1 or token.i in covered or token.tag_ != "NN" or token.i == 0:
            continue
        if doc[token.i - 1].lower_ != "the" or token.head.i in covered:
            continue
        cluster = clusters[next(iter(owners))]
        first = min(m.start for m in cluster.mentions)
        if token.i > first:
            cluster.mentions.append(
                _Mention(token.i - 1, token.i + 1, doc[token.i - 1 : token.i + 1].text,
                         cluster.label, "", sent_of[token.i], named=False)
            )  # fmt: skip


def _kind_nouns(doc: Doc, mention: _Mention) -> Iterator[str]:
    """The common nouns a name stands beside: its head (`Titan [submersible]`), a noun it is
    in apposition to (`the [ship], the Nordic Crane`) or, for a thing, the noun right before
    it (`container [ship] Baltic Star`; not `after the [crash] Prigozhin ...`) or the last
    word of its own name (`Suez [Canal]`, `Suez Canal [Authority]`)."""
    root = doc[mention.start : mention.end].root
    if mention.label != "PERSON" and mention.end - mention.start > 1 and root.is_title:
        yield root.lemma_.lower()
    beside = ("compound", "appos")
    around = [root.head] if root.head.i != root.i and root.dep_ in beside else []
    around += [t for t in root.lefts if t.i < mention.start and t.dep_ in beside]
    if mention.start > 0 and mention.label != "PERSON":
        around.append(doc[mention.start - 1])
    for token in around:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma not in lexicon.PEOPLE_NOUNS:
            yield lemma


def _attach_media_anaphors(
    doc: Doc, clusters: list[_Cluster], covered: set[int], sent_of: list[int]
) -> None:
    media = [c for c in clusters if _is_media(c)]
    if not media:
        return
    for token in doc:
        if token.lemma_.lower() not in lexicon.MEDIA_ANAPHORS or token.tag_ != "NN":
            continue
        if token.i in covered or token.i == 0:
            continue
        det = doc[token.i - 1]
        if det.lower_ not in ("the", "this"):
            continue
        previous = [
            (m.start, c) for c in media for m in c.mentions if m.named and m.start < token.i
        ]
        if not previous:
            continue
        _, cluster = max(previous, key=lambda item: item[0])
        cluster.mentions.append(
            _Mention(
                det.i,
                token.i + 1,
                doc[det.i : token.i + 1].text,
                "ORG",
                "",
                sent_of[token.i],
                named=False,
            )
        )


def _stands_for(cluster: _Cluster, doc: Doc) -> str | None:
    for mention in cluster.mentions:
        country = _SEATS.get(mention.key)
        if country is None:
            continue
        if mention.key in _SEAT_BUILDINGS:
            return country
        root = doc[mention.start : mention.end].root
        if root.dep_ in ("nsubj", "nsubjpass", "agent") and root.head.pos_ in ("VERB", "AUX"):
            return country
    return None


def _name(cluster: _Cluster) -> str:
    named = [m for m in cluster.mentions if m.named]
    if not named:
        return cluster.mentions[0].text
    for mention in named:
        key = mention.key
        canonical = (
            _PEOPLE.get(key)
            if cluster.label == "PERSON"
            else _COUNTRIES.get(key) or _MEDIA.get(key)
        )
        if canonical:
            return canonical
    if cluster.label == "PERSON" and all(len(m.key.split()) == 1 for m in named):
        known = _UNIQUE_SURNAMES.get(named[0].key)
        if known:
            return known
    longest = max(named, key=lambda m: (len(m.key.split()), not m.text.isupper(), -m.start))
    return longest.text


def _names_a_site(doc: Doc, mention: _Mention) -> bool:
    """`the Gemelli hospital`, `the Rubin airport`: a name before a site noun is the site's."""
    return mention.end < len(doc) and doc[mention.end].lower_ in lexicon.SITE_WORDS


def _followed_by_who(doc: Doc, mention: _Mention) -> bool:
    """`Delorme, who testified ...`: only a person is a `who`."""
    after = [t.lower_ for t in doc[mention.end : mention.end + 2]]
    return after[:1] == ["who"] or after == [",", "who"]


def find_entities(doc: Doc, doc_id: str) -> EntityIndex:
    """Cluster the Doc's mentions into the document's entities."""
    mentions, sent_of = _collect(doc)
    ent_at = {i: m for m in mentions for i in range(m.start, m.end)}
    place_keys = {m.key: m.label for m in mentions if m.label in ("GPE", "LOC", "FAC")}
    named_at = {
        m.key.split()[-1]: m.start
        for m in reversed(mentions)
        if m.label == "PERSON" and " " in m.key
    }  # each surname of a person named in full, and where first so named
    for mention in mentions:  # a lone `Vladivostok` tagged PERSON where it is also a place
        if mention.label == "PERSON" and " " not in mention.key and mention.key in place_keys:
            mention.label = place_keys[mention.key]
        elif mention.key in named_at and _followed_by_who(doc, mention):
            mention.label = "PERSON"  # `Delorme, who testified`, tagged a place
        elif mention.label == "ORG" and named_at.get(mention.key, mention.start) < mention.start:
            mention.label = "PERSON"  # `appointed Erik Dahl`, then `Dahl will watch`, an ORG
        elif mention.label == "PERSON" and _names_a_site(doc, mention):
            mention.label = "FAC"  # `the Gemelli hospital` is no one a `he` can stand for
    _one_label_per_name(mentions)
    people = [m for m in mentions if m.label == "PERSON"]
    others = [m for m in mentions if m.label != "PERSON"]
    clusters = _person_clusters(people) + _other_clusters(others, doc)
    _attach_descriptions(doc, _descriptions(doc, ent_at, sent_of), clusters, ent_at)
    covered = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    _attach_media_anaphors(doc, clusters, covered, sent_of)
    _attach_kind_anaphors(doc, clusters, covered, sent_of)

    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    entities: list[Entity] = []
    ids: set[str] = set()
    token_entity: dict[int, int] = {}
    spans: list[tuple[int, int, int]] = []
    for position, cluster in enumerate(clusters):
        cluster.mentions.sort(key=lambda m: m.start)
        labels = [m.label for m in cluster.mentions if m.named] or [cluster.label]
        label = min(labels, key=lambda lab: (-labels.count(lab), _TYPE_ORDER.index(lab)))
        name = _name(cluster)
        aliases: list[str] = []
        for mention in cluster.mentions:
            text = _surface(mention.text)
            if text != name and text not in aliases:
                aliases.append(text)
        entity_id = content_id("e", doc_id, label, name)
        if entity_id in ids:
            entity_id = content_id("e", doc_id, label, name, str(position))
        ids.add(entity_id)
        entities.append(
            Entity(
                id=entity_id,
                name=name,
                type=label,
                aliases=tuple(aliases),
                mentions=tuple(
                    Mention(
                        doc[m.start : m.end].text,
                        doc[m.start].idx,
                        doc[m.end - 1].idx + len(doc[m.end - 1].text),
                    )
                    for m in cluster.mentions
                ),
                stands_for=_stands_for(cluster, doc),
            )
        )
        for mention in cluster.mentions:
            spans.append((mention.start, mention.end, position))
    for start, end, position in sorted(spans, key=lambda s: s[1] - s[0]):
        for i in range(start, end):  # the shortest mention over a token names it
            token_entity.setdefault(i, position)
    spans.sort()
    proper_nouns = Counter(token.text for token in doc if token.pos_ == "PROPN")
    return EntityIndex(
        tuple(entities), token_entity, tuple(spans), tuple(s[0] for s in spans), proper_nouns
    )
