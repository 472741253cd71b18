#!/usr/bin/env bash
# Creates .venv when it is missing and installs the pinned, hash-checked requirements into it
# whenever requirements.lock or pyproject.toml changed. Sourced by demo.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python_for_venv() {
  for candidate in python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  echo "storyline: Python 3.11 or newer is needed (install python3.11)" >&2
  exit 1
}

if [ ! -x .venv/bin/python ]; then
  "$(python_for_venv)" -m venv .venv
fi

quiet_pip() {
  # pip warns about every local index folder this machine's pip config names; keep the rest.
  .venv/bin/python -m pip --quiet --disable-pip-version-check "$@" \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
}

stamp=.venv/.storyline-installed
wanted=$(cat requirements-pip.lock requirements.lock pyproject.toml | sha256sum | cut -c1-64)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$wanted" ]; then
  echo "storyline: installing pinned requirements into .venv (first run only)" >&2
  quiet_pip install --require-hashes -r requirements-pip.lock
  quiet_pip install --require-hashes -r requirements.lock
  quiet_pip install --no-deps -e .
  echo "$wanted" >"$stamp"
fi

# The web UI's timeline library (vis-timeline, pinned in package-lock.json), served from the
# package's own files: installed when node_modules is missing or the lock changed. Without npm
# the dossier page still works and shows the timeline as a list.
web=src/storyline/present/web
web_stamp=$web/node_modules/.storyline-installed
web_wanted=$(sha256sum "$web/package-lock.json" | cut -c1-64)
if [ "$(cat "$web_stamp" 2>/dev/null || true)" != "$web_wanted" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "storyline: installing the web UI's timeline library (npm ci)" >&2
    (cd "$web" && npm ci --omit=peer --no-audit --no-fund --loglevel=error) &&
      echo "$web_wanted" >"$web_stamp"
  else
    echo "storyline: npm not found; the web timeline will be a plain list" >&2
  fi
fi
