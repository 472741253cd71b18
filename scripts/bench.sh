#!/usr/bin/env bash
# Every benchmark in one run, as one table (see benchmarks/run_all.py): install what is needed,
# start a throwaway PostgreSQL cluster so that ingest is measured on both back ends, then run.
# Extra arguments go to run_all.py (`--quick` checks the script in a few minutes).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source scripts/postgres.sh
storyline_postgres_start
trap storyline_postgres_stop EXIT
.venv/bin/python benchmarks/run_all.py "$@"
