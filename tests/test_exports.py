"""Every export format, parsed by a real parser, over a store holding the seed page.

json with `json`, csv with `csv`, iCalendar with `icalendar`, GraphML with `networkx`, the
Markdown dossier by its sections, TimelineJS by the keys the Knight Lab library requires.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from icalendar import Calendar

from conftest import SEED_PAGE
from storyline.errors import InputError, NotFound
from storyline.present.export import EXPORTERS, FORMATS, export
from storyline.present.export.csv_export import COLUMNS
from storyline.store import Store, open_store
from webapp import client_for, seed_store


@pytest.fixture(scope="module")
def seeded_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_store(tmp_path_factory.mktemp("exports") / "seeded.db", [str(SEED_PAGE)])


@pytest.fixture
def store(seeded_path: Path) -> Store:
    opened = open_store(str(seeded_path))
    yield opened
    opened.close()


@pytest.fixture
def story_id(store: Store) -> str:
    [story] = store.stories()
    return story.id


def test_the_registry_holds_every_format() -> None:
    assert sorted(EXPORTERS) == ["csv", "graphml", "ics", "json", "markdown", "timelinejs"]
    assert all(FORMATS[name].export is EXPORTERS[name] for name in EXPORTERS)


def test_json_holds_everything(store: Store, story_id: str) -> None:
    data = json.loads(export(store, "json", story_id=story_id))
    assert data["story"]["id"] == story_id
    assert {d["kind"] for d in data["documents"]} == {"article", "note"}
    confirmed = [c for c in data["claims"] if c["status"] == "confirmed"]
    assert confirmed and confirmed[0]["evidence"]
    assert data["timeline"] and data["entities"]
    assert json.loads(export(store, "json"))["story"] is None


def test_csv_has_claims_timeline_and_entities(store: Store, story_id: str) -> None:
    rows = list(csv.DictReader(io.StringIO(export(store, "csv", story_id=story_id))))
    assert tuple(rows[0].keys()) == COLUMNS
    tables = {row["table"] for row in rows}
    assert tables == {"claim", "timeline", "entity"}
    claims = [row for row in rows if row["table"] == "claim"]
    assert any(row["status"] == "confirmed" and json.loads(row["evidence"]) for row in claims)
    assert all(not row["text"].startswith(("=", "+", "@")) for row in rows)


def test_ics_has_the_dated_events(store: Store, story_id: str) -> None:
    calendar = Calendar.from_ical(export(store, "ics", story_id=story_id))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len([e for e in store.timeline(story_id=story_id) if e.entry.start])
    forum = [e for e in events if str(e.decoded("dtstart")) == "2023-09-10"]
    assert forum and str(forum[0].decoded("dtend")) == "2023-09-14"  # exclusive end
    assert {str(e["status"]) for e in events} <= {"TENTATIVE", "CONFIRMED"}


def test_graphml_is_the_co_occurrence_network(store: Store, story_id: str) -> None:
    text = export(store, "graphml", story_id=story_id)
    graph = nx.read_graphml(io.BytesIO(text.encode("utf-8")))
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"Kim Jong-un", "Vladimir Putin"} <= labels
    ids = {data["label"]: node for node, data in graph.nodes(data=True)}
    assert graph.has_edge(ids["Kim Jong-un"], ids["Vladimir Putin"])
    assert graph.edges[ids["Kim Jong-un"], ids["Vladimir Putin"]]["weight"] >= 1


def test_timelinejs_has_the_required_keys(store: Store, story_id: str) -> None:
    data = json.loads(export(store, "timelinejs", story_id=story_id))
    assert data["title"]["text"]["headline"]
    assert data["events"]
    for event in data["events"]:
        assert event["start_date"]["year"].isdigit()
        assert {"headline", "text"} <= event["text"].keys()
        assert event["group"] in {"Plans", "Facts"}
    assert any(e["group"] == "Plans" for e in data["events"])


def test_markdown_dossier_has_its_sections(store: Store, story_id: str) -> None:
    text = export(store, "markdown", story_id=story_id)
    assert text.startswith("# Kim Jong\\-un goes to Putin in Russia")
    for section in ("## Timeline", "## Claims", "## Sources"):
        assert section in text
    assert "**CONFIRMED**" in text and "confirms" in text


def test_unknown_format_and_story(store: Store) -> None:
    with pytest.raises(InputError):
        export(store, "pdf")
    with pytest.raises(NotFound):
        export(store, "json", story_id="no-such-story")


def test_the_api_sends_each_export_as_a_download(seeded_path: Path, story_id: str) -> None:
    api = client_for(seeded_path)
    for name, chosen in FORMATS.items():
        response = api.get("/api/export", params={"format": name, "story": story_id})
        assert response.status_code == 200, name
        assert response.headers["content-type"].startswith(chosen.media_type.split(";")[0])
        assert f'filename="storyline-{story_id}.' in response.headers["content-disposition"]
