#!/bin/sh
# What the tests need from the operating system, not from PyPI: Debian's Chromium (the
# browser tests drive it through Playwright) and Noto CJK fonts (the PDF fixtures embed
# a Chinese face). `make test` runs this first. When something is missing it installs it
# with apt-get where it can (Debian, as root, with the package archive reachable);
# where it cannot, it stops at once with one line naming what to install.
set -u
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need="$need fonts-noto-cjk"
[ -z "$need" ] && exit 0

say() { echo "make test: the tests need the Debian packages${need}: $1" >&2; exit 2; }
command -v apt-get >/dev/null 2>&1 || say "install them (or their equivalents) with your system's package manager"
[ "$(id -u)" = 0 ] || say "run 'sudo apt-get install${need}', then make test again"
# bounded, so a machine without network fails in seconds rather than waiting on retries
opts="-o Acquire::Retries=0 -o Acquire::http::Timeout=20 -o Acquire::https::Timeout=20"
timeout 300 apt-get $opts update -qq >/dev/null 2>&1 \
  && DEBIAN_FRONTEND=noninteractive timeout 900 apt-get $opts install -y -qq \
     --no-install-recommends $need >/dev/null 2>&1 \
  || say "apt-get could not install them (no network?): run 'apt-get install${need}', then make test again"
echo "make test: installed${need} with apt-get" >&2
