#!/usr/bin/env bash
# CI: build the .deb, install it, smoke-test the installed app and CLI, measure its start against
# the development install, remove it and check nothing of it is left. Run as root (CI, containers)
# or with sudo available. Called from .ci/run after `make test`.
#
#   packaging/ci-smoke.sh          SKIP_BUILD=1 reuses dist/editorial-workstation_*.deb
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export DEBIAN_FRONTEND=noninteractive
PKG=editorial-workstation
started=$SECONDS
step() { echo; echo "== $* [$((SECONDS - started)) s]"; }
fail() { echo "ci-smoke: FAIL: $*" >&2; exit 1; }
SUDO=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "run as root or install sudo: dpkg -i needs it"
    SUDO=sudo
fi

WORK="$(mktemp -d)"
cleanup() {
    rm -rf "$WORK"
    # Never leave the package behind on a failed run.
    if dpkg -s "$PKG" >/dev/null 2>&1 && [ "${KEEP_INSTALLED:-0}" != 1 ]; then
        $SUDO dpkg --purge "$PKG" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ] || ! ls dist/${PKG}_*.deb >/dev/null 2>&1; then
    step "build: make package"
    make package
fi
VERSION="$(.venv/bin/python -c 'import workstation; print(workstation.__version__)')"
DEB="dist/${PKG}_${VERSION}_$(dpkg --print-architecture).deb"
[ -f "$DEB" ] || fail "$DEB was not built"
echo "package: $DEB, $(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes); installed size $(dpkg-deb -f "$DEB" Installed-Size) KiB"

step "install: dpkg -i (and apt-get -f install for Depends)"
if dpkg -s "$PKG" >/dev/null 2>&1; then $SUDO dpkg --purge "$PKG"; fi
if ! $SUDO dpkg -i "$DEB"; then
    $SUDO apt-get update -qq
    $SUDO apt-get -f install -y -qq --no-install-recommends
fi
dpkg -s "$PKG" | grep -q '^Status: install ok installed' || fail "$PKG is not installed"
dpkg -L "$PKG" > "$WORK/files"
echo "$(wc -l < "$WORK/files") paths installed"

step "installed workstation --version"
[ "$(command -v workstation)" = /usr/bin/workstation ] || fail "workstation on PATH is $(command -v workstation)"
got="$(cd / && /usr/bin/workstation --version)"
[ "$got" = "workstation $VERSION" ] || fail "--version printed '$got', expected 'workstation $VERSION'"
echo "$got"
# QtWebEngine's helper and data: every library resolves, and the en-US locale is there.
helper=/opt/$PKG/_internal/PySide6/Qt/libexec/QtWebEngineProcess
[ -x "$helper" ] || fail "$helper is missing"
if ldd "$helper" | grep -q "not found"; then ldd "$helper" | grep "not found"; fail "QtWebEngineProcess has unresolved libraries"; fi
for f in resources/icudtl.dat resources/qtwebengine_resources.pak translations/qtwebengine_locales/en-US.pak; do
    [ -f "/opt/$PKG/_internal/PySide6/Qt/$f" ] || fail "WebEngine file $f is missing"
done
# The Swedish interface: the app's catalogue and Qt's own for the standard dialogs.
for f in _internal/workstation/ui/translations/workstation_sv.qm _internal/PySide6/Qt/translations/qtbase_sv.qm; do
    [ -f "/opt/$PKG/$f" ] || fail "translation $f is missing"
done
missing="$(find /opt/$PKG -name '*.so*' -type f -exec ldd {} + 2>/dev/null | grep 'not found' | sort -u || true)"
[ -z "$missing" ] || { echo "$missing"; fail "bundled libraries with unresolved dependencies"; }

step "installed app: headless start on a fresh data dir, exit 0 after the first paint"
DATA="$WORK/home/data"
CONFIG="$WORK/managed.toml"
# A managed configuration, through the environment variable (no file in /etc to clean up).
cat > "$CONFIG" <<'EOF'
[sections]
tree = ["News/Politics"]
[photos]
rendition_size = 1600
EOF
export QT_QPA_PLATFORM=offscreen WORKSTATION_MANAGED_CONFIG="$CONFIG" HOME="$WORK/home"
mkdir -p "$HOME"
t0=$SECONDS
(cd / && timeout 120 /usr/bin/workstation --data-dir "$DATA" --quit-after-show) 2> "$WORK/start.err" ||
    { cat "$WORK/start.err"; fail "the installed app did not start and quit cleanly"; }
cat "$WORK/start.err"
[ -f "$DATA/workstation.sqlite3" ] || fail "the installed app made no store in $DATA"
grep -q "created managed section 'News/Politics'" "$WORK/start.err" || fail "managed sections not applied"
echo "started, painted and quit in $((SECONDS - t0)) s; store at $DATA"

step "installed CLI: import / export round trip"
SAMPLE="/opt/$PKG/_internal/resources/sample/kim-jong-un-drones.md"
[ -f "$SAMPLE" ] || fail "the sample article is not in the bundle"
cd "$WORK"
workstation import --data-dir "$DATA" --json "$SAMPLE" > import1.json
id1="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' import1.json)"
workstation export "$id1" --data-dir "$DATA" --format markdown -o first.md
workstation import --data-dir "$DATA" --json first.md > import2.json
id2="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' import2.json)"
workstation export "$id2" --data-dir "$DATA" --format markdown -o second.md
cmp first.md second.md || fail "export -> import -> export changed the article"
workstation export "$id1" --data-dir "$DATA" --format html -o page.html
grep -q "<html" page.html || fail "the HTML export (page template) is empty"
workstation list --data-dir "$DATA" --section News/Politics > /dev/null || fail "managed section missing in CLI"
# With an article in the store the window opens it, and its Preview starts QtWebEngine (Chromium).
(cd / && timeout 120 /usr/bin/workstation --data-dir "$DATA" --quit-after-show) 2> "$WORK/start2.err" ||
    { cat "$WORK/start2.err"; fail "the installed app did not open the imported article and quit cleanly"; }
echo "articles $id1 and $id2: markdown round trip identical ($(wc -c < first.md) bytes), HTML page $(wc -c < page.html) bytes"
cd "$ROOT"

step "installed CLI: publish to a local WordPress, password in the real Secret Service"
# A throwaway WordPress (tests/integration's harness) and GNOME Keyring on a private D-Bus
# session: the bundle's httpx, keyring backends and markdownify do the real work.
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null &&
    .venv/bin/python -c 'import sys; from tests.integration.wordpress_site import missing_requirements as m; sys.exit(bool(m()))'; then
    WP="$WORK/wordpress"
    .venv/bin/python -m tests.integration.wordpress_site start "$WP" > "$WORK/wp.json" ||
        fail "the local WordPress did not start"
    stop_wp() { .venv/bin/python -m tests.integration.wordpress_site stop "$WP" >/dev/null 2>&1 || true; }
    trap 'stop_wp; cleanup' EXIT
    WP_URL="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["url"])' "$WORK/wp.json")"
    WP_USER="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["user"])' "$WORK/wp.json")"
    WP_PASSWORD="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$WORK/wp.json")"
    export WP_URL WP_USER WP_PASSWORD DATA id1
    (cd / && timeout 300 dbus-run-session -- sh -ec '
        printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        printf "%s\n" "$WP_PASSWORD" | workstation destinations add Local "$WP_URL" --user "$WP_USER" --data-dir "$DATA"
        workstation publish "$id1" --destination Local --data-dir "$DATA"
        workstation show "$id1" --json --data-dir "$DATA" > "$DATA/../shown.json"
        workstation pull --destination Local --data-dir "$DATA"
        workstation destinations remove Local --data-dir "$DATA"
    ' 2>"$WORK/publish.err") || { cat "$WORK/publish.err"; fail "publishing from the installed app failed"; }
    python3 - "$WORK/home/shown.json" <<'PY' || fail "the published article has no link"
import json, sys
publications = json.load(open(sys.argv[1]))["publications"]
assert publications and publications[0]["status"] == "publish" and publications[0]["link"], publications
print("published:", publications[0]["link"])
PY
    grep -q "$WP_PASSWORD" "$DATA/workstation.sqlite3" && fail "the password reached the store"
    stop_wp
else
    echo "skipped: no local WordPress packages or no dbus-run-session/gnome-keyring (make test as root installs them)"
fi

step "first paint: installed vs development install (budget <= 1.2x)"
unset WORKSTATION_MANAGED_CONFIG
.venv/bin/python -m benchmarks.bench_installed_start --data-dir "$DATA" --installed /usr/bin/workstation \
    --runs "${FIRST_PAINT_RUNS:-7}" --check || echo "ci-smoke: WARNING: installed first paint over budget"

step "remove: dpkg --purge, and nothing of the package left outside the user's data dir"
$SUDO dpkg --purge "$PKG"
! dpkg -s "$PKG" >/dev/null 2>&1 || fail "$PKG still installed"
left=()
while IFS= read -r path; do
    [ -e "$path" ] || [ -L "$path" ] || continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A folder the system or another package still owns (/usr/share/icons/hicolor/...) stays.
        dpkg-query -S "$path" >/dev/null 2>&1 && continue
        case "$path" in /. | /opt | /usr | /usr/bin | /usr/share | /usr/share/doc | /usr/share/applications | \
            /usr/share/icons | /usr/share/metainfo) continue ;; esac
    fi
    left+=("$path")
done < "$WORK/files"
[ -e "/opt/$PKG" ] && left+=("/opt/$PKG")
[ -e "/etc/$PKG" ] && left+=("/etc/$PKG")
if [ "${#left[@]}" -gt 0 ]; then
    printf '  left: %s\n' "${left[@]}" | head -20
    fail "${#left[@]} paths of the package are left after dpkg --purge"
fi
[ -f "$DATA/workstation.sqlite3" ] || fail "the user's data dir must survive the removal"
echo "all $(wc -l < "$WORK/files") paths gone; the user's data dir is untouched"

step "ci-smoke passed in $((SECONDS - started)) s"
