# The two set-up commands of the README: `make run` and `make test`. Each installs what is missing.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

# Debian packages Qt needs: offscreen (tests) and a real X11 window (run).
QT_OFFSCREEN_LIBS := libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 \
	libglib2.0-0 libxkbcommon0 fonts-dejavu-core \
	libxcomposite1 libxdamage1 libxtst6 libasound2 libnss3 libxrandr2 libxkbfile1 libgbm1
QT_XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
	libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
# The real local WordPress of the integration tests (tests/integration/wordpress_site.py).
WORDPRESS_PKGS := wordpress php-cli php-mysql php-gd php-xml php-mbstring php-curl php-intl mariadb-server
# The real Secret Service for the keyring test (a private D-Bus session with GNOME Keyring).
WORDPRESS_PKGS += gnome-keyring dbus-daemon

# The AT-SPI accessibility test (tests/a11y): the AT-SPI bus and registry, pyatspi in the system
# Python, a private D-Bus session, Xvfb and xdotool; the app runs there on Qt's xcb platform.
A11Y_TEST_PKGS := at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus-x11 xvfb xdotool

# Tools `make package` needs: PyInstaller's binutils, dpkg-shlibdeps (Depends), zstd; and the xcb
# libraries the bundled Qt plugins link, which dpkg-shlibdeps must find to write Depends.
PACKAGE_TOOLS := binutils dpkg-dev zstd

.PHONY: run test lint unit fuzz gui bench chaos package clean translations update-translations system-deps-test system-deps-run system-deps-package

# Branch coverage of the Qt-free core must not fall below this (percent; see ARCHITECTURE.md).
COVERAGE_CORE_MIN := 90

# The interface in Swedish: the catalogue's source (.ts, committed) and its compiled form (.qm,
# built here, not committed). Without the .qm the app runs in English.
TS := workstation/ui/translations/workstation_sv.ts
QM := $(TS:.ts=.qm)

run: system-deps-run $(STAMP) $(QM)
	$(VENV)/bin/workstation

# Everything CI runs: the checks, then the whole suite (the real WordPress and Secret Service
# included) under branch coverage, with a gate on domain/ and services/.
test: system-deps-test $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/coverage run -m pytest
	$(VENV)/bin/coverage report --skip-covered --skip-empty --sort=cover | tail -n 25
	$(VENV)/bin/coverage report --include='workstation/domain/*,workstation/services/*' \
		--fail-under=$(COVERAGE_CORE_MIN) | tail -n 1

# The fast inner loop: no apt, no WordPress.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

unit: $(STAMP)
	$(PY) -m pytest tests/unit tests/fuzz -q

# The fuzz tests (tests/fuzz) with many more examples than `make test` and `make unit` give them;
# the end of the output says how many examples each target ran.
fuzz: $(STAMP)
	WORKSTATION_FUZZ_PROFILE=thorough QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/fuzz -q \
		-p no:cacheprovider --hypothesis-show-statistics

gui: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/gui -q

bench: system-deps-test $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# kill -9 the real app TRIALS times at random moments (typing, autosave, photo import, first-start
# migrations) and check the store after each (tests/chaos/runner.py); CI runs 10 of them.
TRIALS ?= $(if $(CHAOS_TRIALS),$(CHAOS_TRIALS),100)
chaos: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.chaos.runner --trials $(TRIALS)

# The PyInstaller bundle and the .deb: dist/editorial-workstation_<version>_<arch>.deb
package: system-deps-package $(STAMP) $(QM)
	PYTHON=$(PY) packaging/linux/build-deb.sh

translations: $(QM)

# No $(STAMP) here: the targets that use the .qm install the venv first.
$(QM): $(TS)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After adding or changing interface strings: the new ones appear in the .ts, to be translated
# (tests/unit/test_translation_catalogue.py fails until they are).
update-translations: | $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -extensions py workstation -ts $(TS)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
		echo "Cannot create a virtual environment: install python3-venv (apt-get install python3-venv)"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Install missing Debian packages as root; otherwise print the exact command to run.
define apt_ensure
	@if command -v dpkg >/dev/null 2>&1; then \
		missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done | xargs); \
		if [ -n "$$missing" ]; then \
			if [ "$$(id -u)" = 0 ]; then \
				echo "Installing system packages: $$missing"; \
				apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
			else \
				echo "Missing system packages. Run: sudo apt-get install -y $$missing"; exit 1; \
			fi; \
		fi; \
	fi
endef

# WordPress packages: installed as root with service starts denied (the package pulls in Apache and
# MariaDB; the tests run their own on free ports). As non-root, only a note: those tests skip.
define wordpress_ensure
	@if command -v dpkg >/dev/null 2>&1; then \
		missing=$$(for p in $(WORDPRESS_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done | xargs); \
		if [ -z "$$missing" ]; then :; \
		elif [ "$$(id -u)" = 0 ]; then \
			echo "Installing system packages for the WordPress and keyring integration tests: $$missing"; \
			policy=/usr/sbin/policy-rc.d; \
			if [ ! -e $$policy ]; then \
				printf '#!/bin/sh\nexit 101\n' > $$policy && chmod 755 $$policy; \
				trap 'rm -f $$policy' EXIT; \
			fi; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Note: the WordPress and Secret Service tests will be skipped. To run them: sudo apt-get install -y $$missing"; \
		fi; \
	fi
endef

system-deps-test:
	$(call apt_ensure,$(QT_OFFSCREEN_LIBS) $(QT_XCB_LIBS) $(A11Y_TEST_PKGS))
	$(call wordpress_ensure)

system-deps-run:
	$(call apt_ensure,$(QT_OFFSCREEN_LIBS) $(QT_XCB_LIBS))

system-deps-package:
	$(call apt_ensure,$(QT_OFFSCREEN_LIBS) $(QT_XCB_LIBS) $(PACKAGE_TOOLS))

clean:
	rm -f $(QM)
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .coverage .coverage.*
