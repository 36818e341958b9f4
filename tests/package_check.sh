#!/usr/bin/env bash
# The Debian package as a newsroom's IT would take it: cpack -G DEB in the build, the
# package unpacked into a scratch root (dpkg -x), and the installed program run from
# there — its version, and an export of the installed sample edition. Checks the
# package's dependencies and the files it must carry.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/paiban_*_amd64.deb)
echo "package: $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in fonts-noto-cjk libgs-common libqt6widgets6 libharfbuzz; do
  grep -q "$needed" <<< "$depends" || { echo "Depends lacks $needed: $depends"; exit 1; }
done
dpkg -x "$deb" "$work/root"
for file in usr/bin/paiban usr/bin/paiban-editor usr/share/applications/paiban.desktop \
            usr/share/mime/packages/paiban.xml usr/share/icons/hicolor/scalable/apps/paiban.svg \
            usr/share/man/man1/paiban.1.gz usr/share/paiban/sample/weidu-weekly.paiban; do
  [ -e "$work/root/$file" ] || { echo "missing from the package: $file"; exit 1; }
done
grep -q "Categories=Office;Publishing" "$work/root/usr/share/applications/paiban.desktop"
"$work/root/usr/bin/paiban" --version
"$work/root/usr/bin/paiban" export "$work/root/usr/share/paiban/sample/weidu-weekly.paiban" \
  -o "$work/sample.pdf" 2>/dev/null
pdfinfo "$work/sample.pdf" | grep -q "Pages: *2"
zcat "$work/root/usr/share/man/man1/paiban.1.gz" | grep -q "paiban export"
echo "installed from the package: --version and export of the sample work"
