# The two commands of the README, plus a few conveniences.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
APP := $(BUILD_DIR)/app/aria-integrations

.PHONY: all deps configure build run test bench package format clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

run: build
	@$(APP) $(ARGS)

test: build
	@scripts/test.sh $(PRESET)

# Start-up, memory and idle cost against a bare Qt baseline, on a Release build (bench/RESULTS.md).
bench: deps
	@scripts/bench.sh $(BENCH_ARGS)

# The Debian package, always from the release preset (no tests built): build/release/*.deb
package: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release
	@cpack --preset release

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
