# The commands the README names. `make sample` runs the pipeline on the bundled samples;
# `make test` runs what CI runs. Both install the system libraries they need first.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcsv-dev libsqlite3-dev

.PHONY: deps sample test lint format bench

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi

sample: deps
	$(SWIFT) build -c release --product otklik
	.build/release/otklik run --config data/otklik.yaml

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift

# Rewrites the golden sample report the end-to-end test compares against; review the diff.
golden: deps
	$(SWIFT) build --product otklik
	rm -rf .build/golden && mkdir -p .build/golden
	sed -e 's#path: samples/#path: $(CURDIR)/data/samples/#' \
	    -e 's#output: ../reports#output: $(CURDIR)/.build/golden#' data/otklik.yaml > .build/golden/otklik.yaml
	.build/debug/otklik run --config .build/golden/otklik.yaml --now 2026-11-30 --no-history --quiet
	cp .build/golden/latest/report.md .build/golden/latest/summary.json Tests/otklikTests/Golden/

# `make bench` times libcsv's bare parse, ingest, ingest + analysis and the full run on a generated
# 50 MB reviews export (and pandas + VADER when installed); `make bench BENCH_SIZE=500MB` for more.
BENCH_SIZE ?= 50MB
BENCH_RUNS ?= 3

bench: deps
	$(SWIFT) build -c release --product otklik
	.build/release/otklik bench pipeline --size $(BENCH_SIZE) --runs $(BENCH_RUNS)

# Sentiment evaluation on the labelled sets in ../shared/eval/ (skipped when they are absent).
EVAL_DIR ?= ../shared/eval
.PHONY: eval
eval: deps
	@if ls $(EVAL_DIR)/*.csv >/dev/null 2>&1; then \
	  $(SWIFT) build --product otklik && \
	  for f in $(EVAL_DIR)/*.csv; do .build/debug/otklik eval "$$f" --text-column text --label-column label || exit 1; echo; done; \
	else echo "no labelled sets in $(EVAL_DIR); skipping eval"; fi
