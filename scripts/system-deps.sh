#!/usr/bin/env bash
# The programs the tests drive, from Debian's packages: Chromium (the browser tests, through
# playwright-core) and LibreOffice (opening the workbooks the product writes). Installs what is missing
# when run as root; otherwise says how.
set -euo pipefail
need_chromium=0
need_office=0
[ -x /usr/bin/chromium ] || need_chromium=1
command -v soffice >/dev/null 2>&1 || need_office=1
[ $need_chromium -eq 0 ] && [ $need_office -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Các bài kiểm thử cần / The tests need:" >&2
  [ $need_chromium -eq 1 ] && echo "  sudo apt-get install -y chromium" >&2
  [ $need_office -eq 1 ] && echo "  sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
[ $need_chromium -eq 1 ] && apt-get install -y chromium
[ $need_office -eq 1 ] && apt-get install -y --no-install-recommends libreoffice-calc-nogui
exit 0
