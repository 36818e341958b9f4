#!/usr/bin/env bash
# The editor in a real X window (Xvfb): it opens the sample and shows the page — a
# screenshot of the screen's middle is a fifth or more white page with black text on it. Run by
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
# The share of white page and of near-black text in the middle of the screen, per mille.
import -window root "$work/screen.png" 2>/dev/null || { echo "0 0"; exit; }
middle=(-crop 33%x60%+530+200 +repage -colorspace gray)
white=\$(convert "$work/screen.png" "\${middle[@]}" -threshold 96% -format '%[fx:round(mean*1000)]' info:)
dark=\$(convert "$work/screen.png" "\${middle[@]}" -negate -threshold 72% -format '%[fx:round(mean*1000)]' info:)
echo "\$white \$dark"
LOOK
chmod +x "$work/look.sh"

xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
  '$paiban' '$sample' 2>/dev/null &
  pid=\$!
  for i in \$(seq 40); do
    sleep 1
    read -r white dark < <('$work/look.sh')
    if [ \"\$white\" -gt 200 ] && [ \"\$dark\" -gt 2 ]; then
      echo \"page shown after \$i s: white page \$white‰, dark text \$dark‰\"
      kill \$pid
      exit 0
    fi
  done
  echo \"no page on screen after 40 s: white page \$white‰, dark text \$dark‰\"
  kill \$pid
  exit 1
"
