#!/usr/bin/env bash
# The whole test suite: install what is needed, lint, run pytest on SQLite and PostgreSQL.
# Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh"
.venv/bin/ruff check src tests evaluation benchmarks
.venv/bin/ruff format --check src tests evaluation benchmarks
# A throwaway PostgreSQL cluster, so the store tests run on both back ends (see postgres.sh).
source scripts/postgres.sh
storyline_postgres_start
trap storyline_postgres_stop EXIT
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "storyline: pytest collected no tests; that is a failure here" >&2
  exit 1
fi
exit "$status"
