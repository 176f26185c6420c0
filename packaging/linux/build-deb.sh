#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller and wrap it in a .deb (`make package`).
#
#   packaging/linux/build-deb.sh            -> dist/editorial-workstation_<version>_<arch>.deb
#
# Environment: PYTHON (default .venv/bin/python), DEB_COMPRESSION (zstd, default; gzip; xz),
# SKIP_BUNDLE=1 reuses dist/editorial-workstation from an earlier run.
# Needs binutils (PyInstaller), dpkg-dev (dpkg-shlibdeps for Depends) and zstd.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-.venv/bin/python}"
PKG=editorial-workstation
APP_ID=org.editorialworkstation.Workstation
COMPRESSION="${DEB_COMPRESSION:-zstd}"
VERSION="$("$PY" -c 'import workstation; print(workstation.__version__)')"  # the one place
ARCH="$(dpkg --print-architecture)"
STAGE="build/deb/$PKG"
DEB="dist/${PKG}_${VERSION}_${ARCH}.deb"
started=$SECONDS

if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    echo "Installing PyInstaller into the venv"
    "$PY" -m pip install --quiet "pyinstaller>=6.10"
fi

echo "== icons"
"$PY" packaging/make_icons.py build/icons

if [ "${SKIP_BUNDLE:-0}" != 1 ] || [ ! -x "dist/$PKG/workstation" ]; then
    echo "== PyInstaller bundle"
    "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
        packaging/workstation.spec
fi
echo "   bundle: $(du -sh "dist/$PKG" | cut -f1) in dist/$PKG ($((SECONDS - started)) s so far)"

echo "== staging $STAGE"
rm -rf "$STAGE"
umask 022
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/$PKG" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "dist/$PKG" "$STAGE/opt/$PKG"
# Chromium makes this empty folder beside its resources when QtWebEngine starts (as root it can):
# shipped empty, it belongs to the package and goes with it.
mkdir -p "$STAGE/opt/$PKG/_internal/PySide6/Qt/resources/locales"
chmod -R u+rwX,go+rX,go-w "$STAGE/opt/$PKG"
# The launcher: PyInstaller's bootloader finds its folder through /proc/self/exe, so a symlink works.
ln -s "/opt/$PKG/workstation" "$STAGE/usr/bin/workstation"
install -m 644 packaging/linux/$PKG.desktop "$STAGE/usr/share/applications/$PKG.desktop"
for dir in build/icons/*x*; do
    size="$(basename "$dir")"
    install -D -m 644 "$dir/$PKG.png" "$STAGE/usr/share/icons/hicolor/$size/apps/$PKG.png"
done
install -m 644 resources/icons/$PKG.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$PKG.svg"

# Dates from the last commit, so two builds of one commit are the same package.
EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u -d "@$EPOCH" +%Y-%m-%d)/" \
    packaging/linux/$PKG.metainfo.xml.in > "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 644 packaging/linux/copyright "$STAGE/usr/share/doc/$PKG/copyright"
{
    echo "$PKG ($VERSION) stable; urgency=medium"
    echo
    echo "  * Release $VERSION."
    echo
    echo " -- Editorial Workstation maintainers <workstation@localhost>  $(LC_ALL=C date -u -R -d "@$EPOCH")"
} | gzip -9n > "$STAGE/usr/share/doc/$PKG/changelog.gz"
chmod 644 "$STAGE/usr/share/doc/$PKG/changelog.gz"

echo "== Depends (dpkg-shlibdeps over every ELF file of the bundle)"
mapfile -t elves < <(find "$ROOT/$STAGE/opt/$PKG" -type f -exec sh -c \
    'for f; do [ "$(head -c4 "$f" | od -An -c | tr -d " ")" = 177ELF ] && echo "$f"; done' sh {} +)
args=()
while IFS= read -r dir; do args+=("-l$dir"); done < <(printf '%s\n' "${elves[@]}" | xargs -n1 dirname | sort -u)
for f in "${elves[@]}"; do args+=("-e$f"); done
work="$(mktemp -d)"
mkdir -p "$work/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PKG" "$PKG" > "$work/debian/control"
# -e: the files; -l: the bundle's own library folders (its libraries satisfy each other).
shlibs="$(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 "${args[@]}" 2>"$work/err" |
    sed -n 's/^shlibs:Depends=//p')" || true
[ -n "$shlibs" ] || { cat "$work/err"; echo "dpkg-shlibdeps found no dependencies: refusing to build"; exit 1; }
rm -rf "$work"
# Loaded at run time rather than linked: fonts (Qt draws no text without one), the TLS and
# certificate files of QtNetwork and NSS, and Chromium's NSS modules.
extra="fontconfig, fonts-dejavu-core | fonts-liberation2 | fonts-noto-core, ca-certificates"
DEPENDS="$shlibs, $extra"

INSTALLED_KB="$(du -sk --apparent-size "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PKG
Version: $VERSION
Architecture: $ARCH
Maintainer: Editorial Workstation maintainers <workstation@localhost>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Suggests: gnome-keyring
Section: editors
Priority: optional
Description: desktop workstation for newsroom editors
 Draft and revise articles offline, keep every field of the published page,
 preview it exactly as readers will see it, and publish to the site.
 .
 The application and its runtime live in /opt/$PKG; the command is
 workstation. Managed configuration: /etc/editorial-workstation/config.toml.
EOF

echo "== dpkg-deb ($COMPRESSION)"
mkdir -p dist
rm -f "$DEB"
t0=$SECONDS
dpkg-deb --root-owner-group -Z"$COMPRESSION" --build "$STAGE" "$DEB" >/dev/null
echo "   compressed in $((SECONDS - t0)) s"
echo "== built $DEB"
echo "   package size:   $(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes)"
echo "   installed size: $((INSTALLED_KB / 1024)) MiB"
echo "   Depends: $DEPENDS"
echo "   total $((SECONDS - started)) s"
