#!/usr/bin/env bash
# Debian's Chromium for the browser tests (Playwright drives it; no browser is downloaded by
# Playwright). Installs it with apt-get when /usr/bin/chromium is missing. Sourced by test.sh;
# when it cannot install, the browser tests skip and say why.
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
      sudo_cmd="sudo -n"
    fi
    echo "storyline: installing chromium for the browser tests (apt-get)" >&2
    { $sudo_cmd apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
        chromium; } >/dev/null 2>&1 ||
      echo "storyline: could not install chromium; the browser tests will skip" >&2
  else
    echo "storyline: no apt-get here; install chromium to run the browser tests" >&2
  fi
fi
