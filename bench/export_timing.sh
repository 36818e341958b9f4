#!/usr/bin/env bash
# Whole-process timing of `paiban export` (issue 5's targets: the sample under 150 ms, a
# 24-page edition under 2 s), median of N runs, with the converted-photo cache warm (the
# usual case: tonight's photos were converted at the first proof) and, once, cold.
#
#   bench/export_timing.sh [N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
paiban="$root/build/app/paiban"
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

edition24=$(python3 "$root/bench/make_edition.py" 24 "$work/edition-24/edition.paiban")

median() {  # seconds of each run on stdin → the median in ms
  sort -n | awk '{a[NR]=$1} END {printf "%.0f ms", a[int((NR+1)/2)]*1000}'
}

time_export() {  # document, output → wall seconds (bash's own clock: no extra processes)
  local TIMEFORMAT=%R
  { time "$paiban" export "$1" -o "$2" 2>/dev/null; } 2>&1
}

for doc in "$root/resources/sample/weidu-weekly.paiban" "$edition24"; do
  name=$(basename "$doc")
  cold=$(time_export "$doc" "$work/out.pdf")
  warm=$(for _ in $(seq "$runs"); do time_export "$doc" "$work/out.pdf"; done | median)
  size=$(stat -c %s "$work/out.pdf")
  printf '%-22s pages %3s  cold %5.0f ms  warm median %s  PDF %s KB\n' "$name" \
    "$(pdfinfo "$work/out.pdf" | awk '/^Pages:/ {print $2}')" "$(awk -v c="$cold" 'BEGIN {print c * 1000}')" \
    "$warm" "$((size / 1024))"
done
