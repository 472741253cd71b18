"""The JSON API over a store seeded with the seed page (article and note) through the workflow.

Every route answers; errors are JSON 4xx; writes need the CSRF token; added URLs cannot reach
loopback addresses; uploads have a size limit; a server with a token requires it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import SEED_ARTICLE, SEED_NOTE, SEED_PAGE
from storyline.errors import ConfigError
from storyline.present.web import create_app
from storyline.settings import Settings
from webapp import client_for, copy_store, csrf, seed_store


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_store(tmp_path_factory.mktemp("api") / "seeded.db", [str(SEED_PAGE)])


@pytest.fixture
def seeded_db(seeded_template: Path, tmp_path: Path) -> Path:
    return copy_store(seeded_template, tmp_path / "storyline.db")


@pytest.fixture
def api(seeded_db: Path) -> TestClient:
    return client_for(seeded_db)


def _planned_visit(claims: list[dict]) -> dict:
    return next(c for c in claims if c["text"].startswith("The North Korean leader plans to visit"))


def test_read_routes_answer_with_the_dossier(api: TestClient) -> None:
    stories = api.get("/api/stories").json()
    assert len(stories) == 1 and stories[0]["outlets"] == ["UNIAN"]
    story_id = stories[0]["id"]
    story = api.get(f"/api/stories/{story_id}").json()
    assert {"story", "documents", "claims", "timeline", "entities"} <= story.keys()
    article = next(d for d in story["documents"] if d["kind"] == "article")
    document = api.get(f"/api/documents/{article['id']}").json()
    assert document["outlet"] == "UNIAN" and len(document["notes"]) == 1
    assert document["claims"] and document["timexes"] and document["mentions"]
    assert api.get("/api/claims", params={"story": story_id}).json()
    assert api.get("/api/claims", params={"status": "confirmed"}).json()
    assert api.get("/api/timeline", params={"story": story_id}).json()
    entities = api.get("/api/entities").json()
    kim = next(e for e in entities if e["name"] == "Kim Jong-un")
    assert "Kim Jong Un" in kim["aliases"] or "The North Korean leader" in kim["aliases"]
    assert api.get(f"/api/entities/{kim['id']}").json()["mention_list"]
    hits = api.get("/api/search", params={"q": "Shoigu"}).json()
    assert hits and "[Shoigu]" in hits[0]["snippet"]
    schema = api.get("/api/openapi.json").json()
    for path in ("/api/stories", "/api/documents", "/api/claims/{claim_id}", "/api/export"):
        assert path in schema["paths"]


def test_planned_visit_is_confirmed_by_the_note(api: TestClient) -> None:
    claim = _planned_visit(api.get("/api/claims").json())
    assert claim["status"] == "confirmed"
    assert "confirms" in [e["relation"] for e in claim["evidence"]]


def test_errors_are_json_4xx(api: TestClient) -> None:
    for path, status in [
        ("/api/documents/nothing-here", 404),
        ("/api/stories/nothing-here", 404),
        ("/api/claims/nothing-here", 404),
        ("/api/entities/nothing-here", 404),
        ("/api/claims?status=maybe", 400),
        ("/api/export?format=pdf", 400),
        ("/api/search", 422),
        ("/api/no-such-route", 404),
    ]:
        response = api.get(path)
        assert response.status_code == status, path
        body = response.json()
        assert body["error"].startswith("SL") and body["message"], path
        assert "Traceback" not in response.text


def test_add_text_and_note_report_what_changed(tmp_path: Path) -> None:
    api = client_for(tmp_path / "fresh.db")
    token = csrf(api)
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    added = api.post("/api/documents", data={"text": article}, headers={"X-CSRF-Token": token})
    assert added.status_code == 201, added.text
    [doc] = added.json()["documents"]
    assert doc["created"]
    note = SEED_NOTE.read_text(encoding="utf-8").strip().removeprefix("date 2023-09-11")
    response = api.post(
        f"/api/documents/{doc['id']}/notes",
        json={"text": note, "date": "2023-09-11"},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 201, response.text
    changes = response.json()["changes"]
    assert any(
        c["after"] == "confirmed" and c["claim"]["text"].startswith("The North Korean leader plans")
        for c in changes
    )


def test_upload_a_file(tmp_path: Path) -> None:
    api = client_for(tmp_path / "fresh.db")
    files = {"files": ("page.txt", SEED_ARTICLE.read_bytes(), "text/plain")}
    response = api.post("/api/documents", files=files, headers={"X-CSRF-Token": csrf(api)})
    assert response.status_code == 201, response.text
    assert len(response.json()["documents"]) == 1


def test_patch_claim_is_an_analyst_override(api: TestClient) -> None:
    claim = _planned_visit(api.get("/api/claims").json())
    response = api.patch(
        f"/api/claims/{claim['id']}",
        json={"status": "contradicted", "reason": "the visit was called off"},
        headers={"X-CSRF-Token": csrf(api)},
    )
    assert response.status_code == 200, response.text
    patched = api.get(f"/api/claims/{claim['id']}").json()
    assert patched["status"] == "contradicted" and patched["status_pinned"]
    bad = api.patch(
        f"/api/claims/{claim['id']}",
        json={"status": "maybe", "reason": "x"},
        headers={"X-CSRF-Token": csrf(api)},
    )
    assert bad.status_code == 400 and bad.json()["error"] == "SL100"
    missing = api.patch(
        f"/api/claims/{claim['id']}", json={"status": "open"}, headers={"X-CSRF-Token": csrf(api)}
    )
    assert missing.status_code == 422 and "reason" in missing.json()["message"]


def test_writes_without_csrf_token_are_refused(api: TestClient) -> None:
    claim = _planned_visit(api.get("/api/claims").json())
    patch = {"status": "open", "reason": "no"}
    refused = [
        api.post("/api/documents", data={"text": "Some text."}),
        api.patch(f"/api/claims/{claim['id']}", json=patch),
        api.patch(f"/api/claims/{claim['id']}", json=patch, headers={"X-CSRF-Token": "forged"}),
        api.post("/add", data={"text": "Some text.", "csrf_token": "forged"}),
    ]
    for response in refused:
        assert response.status_code == 403 and response.json()["error"] == "SL100"
    cross_site = api.patch(
        f"/api/claims/{claim['id']}",
        json=patch,
        headers={"X-CSRF-Token": csrf(api), "Origin": "https://evil.example"},
    )
    assert cross_site.status_code == 403
    assert api.get(f"/api/claims/{claim['id']}").json()["status"] == "confirmed"


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/page", "http://localhost/feed.xml", "http://[::1]/", "http://10.0.0.1/"],
)
def test_urls_may_not_reach_private_addresses(api: TestClient, url: str) -> None:
    response = api.post("/api/documents", data={"url": url}, headers={"X-CSRF-Token": csrf(api)})
    assert response.status_code == 400
    assert "private address" in response.json()["message"]


def test_urls_must_be_http_not_server_paths(api: TestClient) -> None:
    for url in (str(SEED_ARTICLE), "file:///etc/passwd", "javascript:alert(1)"):
        response = api.post(
            "/api/documents", data={"url": url}, headers={"X-CSRF-Token": csrf(api)}
        )
        assert response.status_code == 400, url
        assert "http" in response.json()["message"]


def test_uploads_have_a_size_limit(tmp_path: Path) -> None:
    api = client_for(tmp_path / "small.db", max_bytes=1000)
    token = csrf(api)
    big = {"files": ("big.txt", b"word " * 1000, "text/plain")}
    response = api.post("/api/documents", files=big, headers={"X-CSRF-Token": token})
    assert response.status_code == 413 and response.json()["error"] == "SL100"
    huge = {"files": ("huge.txt", b"word " * 100_000, "text/plain")}
    response = api.post("/api/documents", files=huge, headers={"X-CSRF-Token": token})
    assert response.status_code == 413
    text = api.post("/api/documents", data={"text": "x" * 5000}, headers={"X-CSRF-Token": token})
    assert text.status_code == 413


def test_exactly_one_source_per_request(api: TestClient) -> None:
    both = {"text": "Some text.", "url": "https://example.org/"}
    response = api.post("/api/documents", data=both, headers={"X-CSRF-Token": csrf(api)})
    assert response.status_code == 400 and "exactly one" in response.json()["message"]


def test_token_is_required_when_set(seeded_db: Path) -> None:
    api = client_for(seeded_db, token="s3cret-token")
    assert api.get("/api/stories").status_code == 401
    assert api.get("/api/stories", headers={"Authorization": "Bearer wrong"}).status_code == 401
    bearer = {"Authorization": "Bearer s3cret-token"}
    assert api.get("/api/stories", headers=bearer).status_code == 200
    claim = _planned_visit(api.get("/api/claims", headers=bearer).json())
    patch = {"status": "open", "reason": "checking"}
    assert api.patch(f"/api/claims/{claim['id']}", json=patch, headers=bearer).status_code == 200
    # a browser opens a page once with ?token=, gets a cookie and a clean address
    first = api.get("/?token=s3cret-token", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/"
    assert api.get("/", headers={"accept": "text/html"}).status_code == 200


def test_host_names_other_than_loopback_are_refused_without_token(seeded_db: Path) -> None:
    app = create_app(Settings(db=str(seeded_db)))
    rebinding = TestClient(app, base_url="http://attacker.example")
    assert rebinding.get("/api/stories").status_code == 403


def test_binding_beyond_loopback_needs_a_token(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        create_app(Settings(db=str(tmp_path / "x.db"), host="0.0.0.0"))
    assert create_app(Settings(db=str(tmp_path / "x.db"), host="0.0.0.0", token="t"))


def test_unexpected_errors_are_a_plain_500(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database" * 100)
    response = client_for(broken).get("/api/stories")
    assert response.status_code == 500
    assert json.loads(response.text)["error"].startswith("SL")
    assert "Traceback" not in response.text and 'File "' not in response.text
