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

time_export() {  # document, output, options… → wall seconds (bash's own clock)
  local TIMEFORMAT=%R doc=$1 out=$2
  shift 2
  { time "$paiban" export "$doc" -o "$out" "$@" 2>/dev/null; } 2>&1
}

# The sample after a proof round with an edit, for a proof carrying its change marks.
proofed="$work/proofed/weidu-weekly.paiban"
mkdir -p "$work/proofed"
cp -r "$root/resources/sample/." "$work/proofed/"
"$paiban" notes start-round "$proofed" 一校 >/dev/null
sed -i 's/11月20日上午/11月21日/' "$proofed"

# The 24 pages rotate the sample's text through its frames, so a few stories run over:
# --force writes them anyway (this times the writing, not preflight's verdict).
for run in "press|$root/resources/sample/weidu-weekly.paiban|" "press|$edition24|--force" \
           "proof|$root/resources/sample/weidu-weekly.paiban|--proof" \
           "proof+marks|$proofed|--proof --notes all --changes-since 一校"; do
  IFS='|' read -r kind doc options <<<"$run"
  name="$(basename "$doc") $kind"
  # shellcheck disable=SC2086  # the options are words
  cold=$(time_export "$doc" "$work/out.pdf" $options)
  # shellcheck disable=SC2086
  warm=$(for _ in $(seq "$runs"); do time_export "$doc" "$work/out.pdf" $options; done | median)
  size=$(stat -c %s "$work/out.pdf")
  printf '%-34s pages %3s  cold %5.0f ms  warm median %s  PDF %s KB\n' "$name" \
    "$(pdfinfo "$work/out.pdf" | awk '/^Pages:/ {print $2}')" "$(awk -v c="$cold" 'BEGIN {print c * 1000}')" \
    "$warm" "$((size / 1024))"
done
