#!/usr/bin/env bash
# The editor in a real X window (Xvfb): it opens the sample and shows the page — a
# screenshot of the screen's middle holds a white page with black text on it. Run by
# CTest when xvfb-run and ImageMagick are there. Screenshots are taken once a second
# until the page shows (a loaded machine starts the editor slowly), for at most 40 s.
set -euo pipefail
paiban=$1
sample=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work"  # a fresh QSettings: the default window layout
# A real X window, whatever the test run sets for the other (offscreen) suites.
export QT_QPA_PLATFORM=xcb

cat > "$work/look.sh" <<LOOK
#!/usr/bin/env bash
# White page pixels and near-black text pixels in the middle of the screen.
import -window root "$work/screen.png" 2>/dev/null || { echo "0 0"; exit; }
convert "$work/screen.png" -crop 33%x60%+530+200 -depth 8 txt:- |
  awk 'NR > 1 { gsub(/[(),]/, " "); r = \$3; g = \$4; b = \$5;
                if (r > 245 && g > 245 && b > 245) w++;
                if (r < 70 && g < 70 && b < 70) d++ }
       END { print w + 0, d + 0 }'
LOOK
chmod +x "$work/look.sh"

xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
  '$paiban' '$sample' 2>/dev/null &
  pid=\$!
  for i in \$(seq 40); do
    sleep 1
    read -r white dark < <('$work/look.sh')
    if [ \"\$white\" -gt 20000 ] && [ \"\$dark\" -gt 300 ]; then
      echo \"page shown after \$i s: white page pixels \$white, dark text pixels \$dark\"
      kill \$pid
      exit 0
    fi
  done
  echo \"no page on screen after 40 s: white page pixels \$white, dark text pixels \$dark\"
  kill \$pid
  exit 1
"
