# Interleave — the two commands of the README:
#   make serve   install what is missing, build release, serve on :8080
#   make test    install what is missing (test tools too), run every test
# Everything builds in one configuration (release, with testing enabled) so
# the test run, the conformance run and the benchmarks share one build.

SWIFT_FLAGS := -c release -Xswiftc -enable-testing
BIN := .build/release/interleave
PORT ?= 8080

.PHONY: serve build test deps test-deps conformance lint-docker soak-long clean

deps:
	scripts/install-deps.sh

test-deps:
	scripts/install-deps.sh --test

build: deps
	swift build $(SWIFT_FLAGS)

serve: build
	$(BIN) serve --port $(PORT)

# One build of everything (products and tests), then the tests without a
# rebuild: `swift test` alone would recompile with its own flags.
test: test-deps
	swift build $(SWIFT_FLAGS) --build-tests
	swift test $(SWIFT_FLAGS) --skip-build
	INTERLEAVE_RELEASE_STRESS=1 swift test $(SWIFT_FLAGS) --skip-build --filter 'DeepRelease|HeapAccounting|RunTeardown'
	scripts/conformance-check.sh $(BIN)
	scripts/test-memory-stress.sh $(BIN)
	scripts/test-api-schema.sh $(BIN)
	scripts/test-scaleout.sh $(BIN)
	scripts/test-page.sh $(BIN)
	scripts/soak.sh $(BIN) --duration 20
	scripts/lint-docker.sh

# The soak's long form (10 minutes), on demand; `make test` runs a 20 s one.
soak-long: build
	scripts/soak.sh $(BIN) --long

conformance: build
	../shared/conformance/run.sh $(BIN)

clean:
	rm -rf .build
