"""A bulk import killed with SIGKILL halfway leaves a consistent database; a rerun completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

FILES = 240  # enough batches to kill the import inside one, few enough for a quick rerun


def storyline(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("storyline")
    return [str(script), *args]


def count_documents(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
        try:
            return connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


@pytest.mark.slow
def test_sigkill_mid_import_then_rerun_finishes_without_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    for n in range(FILES):
        sub = folder / f"batch{n % 10}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{n:05}.txt").write_text(
            f"Report {n}\n\nThe harbour of Gdansk reopened berth {n} after the storm.\n",
            encoding="utf-8",
        )
    db = tmp_path / "bulk.db"
    process = subprocess.Popen(
        storyline("add", str(folder), "--db", str(db)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while count_documents(db) < FILES // 10 and time.monotonic() < deadline:
        assert process.poll() is None, "the import ended before it could be killed"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    kept = count_documents(db)
    assert 0 < kept < FILES, "the kill did not land mid-import"

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        fts = connection.execute("SELECT COUNT(*) FROM documents_fts").fetchone()[0]
        assert fts == kept

    rerun = subprocess.run(
        storyline("add", str(folder), "--db", str(db)), capture_output=True, text=True, check=True
    )
    assert len(rerun.stdout.split()) == FILES
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM documents")
        assert rows.fetchone() == (FILES, FILES)
