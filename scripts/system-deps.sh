#!/usr/bin/env bash
# The programs the tests drive, from Debian's packages: Chromium (the browser tests, through
# playwright-core), LibreOffice (opening the workbooks the product writes and printing them to PDF),
# poppler-utils (reading those PDFs: pdfinfo, pdftotext, pdffonts, pdftoppm) and fonts-liberation2
# (Liberation Serif, metric-compatible with Times New Roman, so the printed pages measure as in Excel).
# Installs what is missing when run as root; otherwise says how.
set -euo pipefail
need_chromium=0
need_office=0
need_poppler=0
need_fonts=0
[ -x /usr/bin/chromium ] || need_chromium=1
command -v soffice >/dev/null 2>&1 || need_office=1
command -v pdftotext >/dev/null 2>&1 || need_poppler=1
[ -d /usr/share/fonts/truetype/liberation2 ] || need_fonts=1
[ $need_chromium -eq 0 ] && [ $need_office -eq 0 ] && [ $need_poppler -eq 0 ] && [ $need_fonts -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Các bài kiểm thử cần / The tests need:" >&2
  [ $need_chromium -eq 1 ] && echo "  sudo apt-get install -y chromium" >&2
  [ $need_office -eq 1 ] && echo "  sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2
  [ $need_poppler -eq 1 ] && echo "  sudo apt-get install -y poppler-utils" >&2
  [ $need_fonts -eq 1 ] && echo "  sudo apt-get install -y fonts-liberation2" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
[ $need_chromium -eq 1 ] && apt-get install -y chromium
[ $need_office -eq 1 ] && apt-get install -y --no-install-recommends libreoffice-calc-nogui
[ $need_poppler -eq 1 ] && apt-get install -y poppler-utils
[ $need_fonts -eq 1 ] && apt-get install -y fonts-liberation2
exit 0
