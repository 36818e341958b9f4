#!/usr/bin/env bash
# Side by side (issue 18): the sample edition to a press PDF by `paiban export`, cold (empty
# caches: photos converted, fonts subset) and warm (tonight's tenth export), against XeLaTeX
# + ctex setting the same content at the same places (bench/make_latex.py), one run of each
# in turn so that both see the same machine. Prints the median wall-clock time and the
# median CPU time (user + system, which a busy host disturbs less) of N rounds.
#
#   bench/vs_xelatex.sh [N] [EDITION.paiban]     (N ≥ 11 for the figures in bench/README.md)
#
# Needs texlive-xetex and texlive-lang-chinese (not in scripts/packages.txt: only this
# benchmark uses them).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
paiban="$root/build/app/paiban"
runs=${1:-11}
edition=${2:-$root/resources/sample/weidu-weekly.paiban}
command -v xelatex >/dev/null || { echo "xelatex is not installed (apt-get install texlive-xetex texlive-lang-chinese)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$root/bench/make_latex.py" "$edition" "$work/edition.tex"

# One timed run: wall and CPU seconds on one line ("wall cpu").
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  awk '{printf "%s %.3f\n", $1, $2 + $3}' "$work/time"
}

xelatex_run() {  # a fresh directory each time: no .aux, nothing left from the last run
  rm -rf "$work/tex" && mkdir "$work/tex" && cp "$work/edition.tex" "$work/tex/"
  (cd "$work/tex" && timed xelatex -interaction=batchmode -halt-on-error edition.tex)
}
paiban_cold() {
  rm -rf "$work/cache"
  XDG_CACHE_HOME="$work/cache" timed "$paiban" export "$edition" -o "$work/paiban.pdf" --force
}
paiban_warm() {
  XDG_CACHE_HOME="$work/cache" timed "$paiban" export "$edition" -o "$work/paiban.pdf" --force
}

: >"$work/xelatex"; : >"$work/cold"; : >"$work/warm"
for _ in $(seq "$runs"); do
  xelatex_run >>"$work/xelatex"
  paiban_cold >>"$work/cold"
  paiban_warm >>"$work/warm"
done

median() {  # column of a results file → median in ms
  awk -v c="$2" '{print $c}' "$1" | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]*1000}'
}
xw=$(median "$work/xelatex" 1); xc=$(median "$work/xelatex" 2)
printf '%-22s %10s %10s %14s %14s\n' "" "wall ms" "CPU ms" "XeLaTeX/this" "(by CPU)"
printf '%-22s %10s %10s\n' "XeLaTeX + ctex" "$xw" "$xc"
for kind in cold warm; do
  w=$(median "$work/$kind" 1); c=$(median "$work/$kind" 2)
  printf '%-22s %10s %10s %13.1f× %13.1f×\n' "paiban export, $kind" "$w" "$c" \
    "$(awk -v a="$xw" -v b="$w" 'BEGIN {print a / b}')" "$(awk -v a="$xc" -v b="$c" 'BEGIN {print a / b}')"
done
printf 'rounds: %s; PDFs: XeLaTeX %s KB, paiban %s KB\n' "$runs" \
  "$(($(stat -c %s "$work/tex/edition.pdf") / 1024))" "$(($(stat -c %s "$work/paiban.pdf") / 1024))"
