#!/usr/bin/env bash
# The whole test suite: install what is needed, lint, run pytest. Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
.venv/bin/ruff check src tests evaluation benchmarks
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "storyline: pytest collected no tests; that is a failure here" >&2
  exit 1
fi
exit "$status"
