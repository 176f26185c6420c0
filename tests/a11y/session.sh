#!/bin/bash
# The AT-SPI run of test_atspi_tree.py, inside one dbus-run-session (a private session bus) on
# the Xvfb display $DISPLAY: the AT-SPI bus and registry, the app on $DATA with an article open,
# then a dump of the tree (probe/atspi_dump.py) for the main window, each side tab and each
# dialog, and a Tab walk. Writes into $OUT; stops only what it started, by PID.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
PROBE="$HERE/probe"
PY=/usr/bin/python3  # python3-pyatspi lives in the system Python
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; }
trap cleanup EXIT
dump() { $PY "$PROBE/atspi_dump.py" --app Editorial --out "$OUT/tree_$1.json"; }
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$OUT/bus.log" 2>&1 & PIDS+=($!)
sleep 1
/usr/libexec/at-spi2-registryd >"$OUT/registryd.log" 2>&1 & PIDS+=($!)
sleep 0.5
# a native crash prints the Python stack into app.log
export QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb PYTHONFAULTHANDLER=1
"$WS_PYTHON" -m workstation --data-dir "$DATA" >"$OUT/app.log" 2>&1 & APP=$!; PIDS+=($APP)
for _ in $(seq 40); do
  $PY "$PROBE/atspi_dump.py" --list-apps 2>/dev/null | grep -q Editorial && break; sleep 0.5
done
sleep 3
WIN=$(xdotool search --pid "$APP" --name "^Editorial Workstation$" | tail -1)
focus_window() { [ -n "$WIN" ] && xdotool windowactivate --sync "$WIN" 2>/dev/null || xdotool windowfocus "$WIN"; sleep 0.5; }
focus_window
$PY "$PROBE/atspi_click.py" --app Editorial --role "table cell" --within Articles --index 0 >"$OUT/click.log" 2>&1
sleep 4
dump main
$PY "$PROBE/atspi_click.py" --app Editorial --role text --name "Search articles" >>"$OUT/click.log" 2>&1
$PY "$PROBE/atspi_focus_walk.py" --app Editorial --count "${TABS:-40}" --delay 0.3 --out "$OUT/focus_main.json" >/dev/null
for tab in Outline Photos History Outbox; do
  $PY "$PROBE/atspi_click.py" --app Editorial --role "page tab" --name "$tab" >>"$OUT/click.log" 2>&1
  sleep 1.5; dump "tab_$tab"
done
$PY "$PROBE/atspi_click.py" --app Editorial --role "page tab" --name Preview >>"$OUT/click.log" 2>&1
# the dialogs: Preferences (Ctrl+,), Publish > Destinations (Alt+P, D), Keyboard Shortcuts (F1)
for spec in "preferences:ctrl+comma" "destinations:alt+p d" "shortcuts:F1"; do
  name=${spec%%:*}; keys=${spec#*:}
  focus_window
  $PY "$PROBE/atspi_click.py" --app Editorial --role text --name Headline >>"$OUT/click.log" 2>&1; sleep 0.5
  for k in $keys; do xdotool key "$k"; sleep 1; done
  sleep 1.5; dump "$name"
  xdotool key Escape; sleep 1
done
kill -0 "$APP" 2>/dev/null || { wait "$APP"; echo "the app exited with status $? before the end" >&2; exit 1; }
echo done >"$OUT/session.done"
