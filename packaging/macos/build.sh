#!/usr/bin/env bash
# Build "Editorial Workstation.app" and a .dmg on macOS (run on a Mac, from any folder):
#   packaging/macos/build.sh        -> dist/EditorialWorkstation-<version>.dmg
# Signs only when MACOS_SIGN_IDENTITY names a "Developer ID Application" identity in the keychain;
# notarizes only when it is set and MACOS_NOTARY_PROFILE names a `notarytool store-credentials`
# profile. Otherwise the .app and .dmg are unsigned (Gatekeeper asks users to confirm).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
"$PY" -m pip install --quiet -e . "pyinstaller>=6.10"
VERSION="$("$PY" -c 'import workstation; print(workstation.__version__)')"
APP="dist/Editorial Workstation.app"
DMG="dist/EditorialWorkstation-$VERSION.dmg"
echo "== Editorial Workstation $VERSION"

"$PY" packaging/make_icons.py build/icons
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/workstation.spec
[ -d "$APP" ] || { echo "PyInstaller made no $APP"; exit 1; }

echo "== smoke test of the .app"
export QT_QPA_PLATFORM=offscreen WORKSTATION_MANAGED_CONFIG="$(mktemp -d)/none.toml"
got="$("$APP/Contents/MacOS/workstation" --version)"
[ "$got" = "workstation $VERSION" ] || { echo "--version printed '$got'"; exit 1; }
data="$(mktemp -d)/data"
"$APP/Contents/MacOS/workstation" --data-dir "$data" --quit-after-show
[ -f "$data/workstation.sqlite3" ] || { echo "the .app made no store"; exit 1; }
unset QT_QPA_PLATFORM WORKSTATION_MANAGED_CONFIG
echo "bundle: $(du -sh "$APP" | cut -f1)"

signed=0
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "== codesign with $MACOS_SIGN_IDENTITY"
    # Hardened runtime; QtWebEngine (Chromium's JIT) needs the entitlements in entitlements.plist.
    codesign --force --deep --timestamp --options runtime \
        --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
    signed=1
fi

echo "== $DMG"
stage="build/dmg"
rm -rf "$stage" "$DMG"
mkdir -p "$stage"
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Editorial Workstation" -srcfolder "$stage" -ov -format UDZO "$DMG"
if [ "$signed" = 1 ]; then
    codesign --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        echo "== notarize"
        xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
    fi
fi
echo "built $DMG ($(du -h "$DMG" | cut -f1)); signed: $([ "$signed" = 1 ] && echo yes || echo no)"
