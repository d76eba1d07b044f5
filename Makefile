# The two commands of the README, plus a few conveniences.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
APP := $(BUILD_DIR)/app/aria-integrations

.PHONY: all deps configure build run demo test bench package format clean windows-sdk windows windows-check test-windows

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

run: build
	@$(APP) $(ARGS)

# The sandbox: the app against the local peers in throwaway profiles (scripts/demo.sh).
# make demo INSTANCES=2 opens two windows signed in as the same user; BROWSER=real uses your
# browser instead of the stand-in that consents by itself.
INSTANCES ?= 1
demo: build
	@ARIA_DEMO_INSTANCES=$(INSTANCES) ARIA_DEMO_BROWSER=$(if $(filter real,$(BROWSER)),real,standin) \
		scripts/demo.sh --app $(APP)

test: build
	@scripts/test.sh $(PRESET)

# Benchmarks (print tables; not part of `make test`): the window's frame intervals, then
# start-up, memory and idle cost against a bare Qt baseline on a Release build (bench/RESULTS.md).
bench: build
	@cmake --build --preset $(PRESET) --target bench
	@scripts/bench.sh $(BENCH_ARGS)

# The Debian package, always from the release preset (no tests built): build/release/*.deb
package: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release
	@cpack --preset release

# Windows, cross-built on this machine (docs/WINDOWS.md). The SDK (Qt 6.4.2, SQLite, QtKeychain
# for mingw-w64) is built once into ~/.cache/aria-windows-sdk (ARIA_WINDOWS_SDK); `make windows`
# then makes build/windows/aria-integrations-<version>-win64.exe, and `make windows-check`
# installs it under Wine, runs the command line and screenshots the window.
windows-sdk:
	@scripts/windows-sdk.sh

windows:
	@scripts/install-deps.sh windows
	@scripts/windows-build.sh

windows-check: windows
	@scripts/windows-check.sh

# The tests built for Windows and run under Wine, against the same node peers (docs/WINDOWS.md).
test-windows:
	@scripts/install-deps.sh windows
	@scripts/windows-test.sh $(CTEST_ARGS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
