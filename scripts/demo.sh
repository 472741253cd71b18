#!/usr/bin/env bash
# The main job: install what is needed, add the bundled example story to ./storyline.db, and
# print its dossier. Running it again adds nothing twice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
export STORYLINE_DB="${STORYLINE_DB:-storyline.db}"
.venv/bin/storyline add examples/nordic_crane/ >/dev/null
.venv/bin/storyline dossier
