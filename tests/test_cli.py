"""The command line end to end on a real SQLite file: the seed page, notes, errors, idempotency."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import SEED_ARTICLE, SEED_NOTE, SEED_PAGE
from storyline.present.cli import main


@pytest.fixture
def cli(tmp_path: Path):
    """Run `storyline ...` in-process against a fresh database file."""
    db = str(tmp_path / "storyline.db")
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Result:
        return runner.invoke(main, [*args, "--db", db], input=input, catch_exceptions=False)

    return run


def ids_of(result: Result) -> list[str]:
    assert result.exit_code == 0, result.output
    return result.stdout.split()


def test_seed_page_gives_the_article_and_its_dated_note(cli) -> None:
    article_id, note_id = ids_of(cli("add", str(SEED_PAGE)))
    documents = json.loads(cli("list", "--json").stdout)
    assert [d["id"] for d in documents] == [article_id, note_id]
    article = json.loads(cli("show", article_id, "--json").stdout)
    assert article["title"] == "Kim Jong-un goes to Putin in Russia: NYT found out the details"
    assert article["author"] == "Katerina Chernovol"
    assert article["published"] == "2023-09-04T21:53"
    assert article["outlet"] == "UNIAN"
    assert article["stats"] == {"read_minutes": 3, "views": 920}
    assert "Cooperation between Russia and North Korea" in article["headings"]
    assert [n["id"] for n in article["notes"]] == [note_id]
    note = article["notes"][0]
    assert (note["kind"], note["parent_id"], note["published"]) == (
        "note",
        article_id,
        "2023-09-11",
    )


def test_adding_again_changes_nothing(cli, tmp_path: Path) -> None:
    first = ids_of(cli("add", str(SEED_PAGE)))
    before = (tmp_path / "storyline.db").stat().st_size
    assert ids_of(cli("add", str(SEED_PAGE))) == first
    assert len(json.loads(cli("list", "--json").stdout)) == 2
    assert json.loads(cli("add", str(SEED_PAGE), "--json").stdout) == [
        {"id": doc_id, "created": False} for doc_id in first
    ]
    assert (tmp_path / "storyline.db").stat().st_size == before


def test_search_finds_shoigu_in_article_and_note(cli) -> None:
    article_id, note_id = ids_of(cli("add", str(SEED_PAGE)))
    hits = json.loads(cli("search", "Shoigu", "--json").stdout)
    assert {hit["doc_id"] for hit in hits} == {article_id, note_id}
    assert all("[Shoigu]" in hit["snippet"] for hit in hits)


def test_note_command_attaches_the_seed_note_with_its_own_date(cli) -> None:
    [article_id] = ids_of(cli("add", str(SEED_ARTICLE)))
    result = cli("note", article_id[:8], "--file", str(SEED_NOTE), "--json")
    note = json.loads(result.stdout)
    assert (note["parent_id"], note["published"], note["kind"]) == (
        article_id,
        "2023-09-11",
        "note",
    )
    assert note["text"].startswith('The Russian "Interfax" writes')


def test_show_tells_what_a_note_adds_and_what_it_settles(cli) -> None:
    """The seed note's news is the Kremlin's confirmation of the planned visit; its `Earlier,
    ...` sentences are known already."""
    [article_id] = ids_of(cli("add", str(SEED_ARTICLE)))
    note_id = json.loads(cli("note", article_id, "--file", str(SEED_NOTE), "--json").stdout)["id"]
    shown = json.loads(cli("show", note_id, "--json").stdout)
    novelty = shown["novelty"]
    settled = {claim_id: relation for claim_id, relation in novelty["settled"]}
    claims = {c["id"]: c for c in json.loads(cli("claims", "--json").stdout)}
    visits = [claims[i]["text"] for i, relation in settled.items() if relation == "confirms"]
    assert any("plans to visit Russia" in text for text in visits)
    assert novelty["known_claims"] and novelty["new_claims"]
    table = cli("show", note_id).stdout
    assert "What it adds" in table and "confirms" in table and "known" in table


def test_note_from_text_with_a_date_flag(cli) -> None:
    [article_id] = ids_of(cli("add", str(SEED_ARTICLE)))
    [note_id] = ids_of(cli("note", article_id, "--date", "2023-09-13", "Kim arrived by train."))
    shown = json.loads(cli("show", note_id, "--json").stdout)
    assert shown["published"] == "2023-09-13"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("note", "{article}", "--date", "2023-02-30", "An impossible day."), "2023-02-30"),
        (("note", "dnosuchdocument", "--date", "2023-09-11", "Orphan."), "no document"),
        (("note", "{article}", "No date anywhere."), "date"),
        (("show", "dnosuchdocument"), "no document"),
        (("add", "/no/such/file.txt"), "/no/such/file.txt"),
        (("add", "http://127.0.0.1:9/unreachable"), "127.0.0.1:9"),
    ],
)
def test_user_errors_are_one_clear_line_and_lose_nothing(cli, args, message) -> None:
    [article_id] = ids_of(cli("add", str(SEED_ARTICLE)))
    before = cli("list", "--json").stdout
    result = cli(*(arg.replace("{article}", article_id) for arg in args))
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert result.stderr.startswith("error SL")
    assert cli("list", "--json").stdout == before


def test_jsonl_with_a_bad_line_imports_the_rest_or_nothing(cli, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = [
        json.dumps({"text": f"Report number {n} on the flood.", "outlet": "Wire"}) for n in (1, 2)
    ]
    path.write_text("\n".join([good[0], "{not json", good[1]]) + "\n", encoding="utf-8")
    strict = cli("add", str(path), "--all-or-nothing")
    assert strict.exit_code == 1
    assert "line 2" in strict.stderr
    assert json.loads(cli("list", "--json").stdout) == []
    lenient = cli("add", str(path))
    assert lenient.exit_code == 0
    assert len(ids_of(lenient)) == 2
    assert "line 2" in lenient.stderr


def test_export_json_holds_every_document(cli, tmp_path: Path) -> None:
    ids = ids_of(cli("add", str(SEED_PAGE)))
    out = tmp_path / "dossier.json"
    assert cli("export", "--format", "json", "-o", str(out)).exit_code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in exported["documents"]] == ids


def test_standard_input_is_a_source(cli) -> None:
    [doc_id] = ids_of(cli("add", "-", input="Storm closes the port of Gdansk.\n\nShips wait."))
    assert "Gdansk" in json.loads(cli("show", doc_id, "--json").stdout)["text"]
