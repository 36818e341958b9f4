#!/usr/bin/env bash
# The editor in a real X window (Xvfb): it opens the sample and shows the page — a
# screenshot of the whole screen is not blank, and its middle holds a white page with
# black text on it. Run by CTest when xvfb-run and ImageMagick are there.
set -euo pipefail
paiban=$1
sample=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work"  # a fresh QSettings: default window layout
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
  '$paiban' '$sample' &
  pid=\$!
  for i in \$(seq 40); do
    sleep 0.5
    if xwininfo -root -tree 2>/dev/null | grep -q 'Paiban'; then break; fi
  done
  sleep 2
  import -window root '$work/screen.png'
  kill \$pid
"
# Count, in the middle third of the screen, white page pixels and near-black text.
read -r white dark < <(convert "$work/screen.png" -crop 33%x60%+530+200 -depth 8 txt:- |
  awk 'NR > 1 { gsub(/[(),]/, " "); r = $3; g = $4; b = $5;
                if (r > 245 && g > 245 && b > 245) w++;
                if (r < 70 && g < 70 && b < 70) d++ }
       END { print w + 0, d + 0 }')
echo "white page pixels: $white, dark text pixels: $dark"
[ "$white" -gt 20000 ] && [ "$dark" -gt 300 ]
