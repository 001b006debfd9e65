# Balai: build, test and smoke-test plumbing.
#
#   make deps    install missing system packages (apt-get), check Go >= 1.26
#   make build   build bin/balai
#   make run     build, then start the GUI on the default database
#   make test    gofmt check, go vet, go test -race, then the Xvfb smoke test
#   make smoke   build, then scripts/smoke.sh (demo DB + screenshot under Xvfb)
#   make bench   run the benchmarks (3 iterations each)
#   make windows       cross-build dist/Balai-VERSION-windows-amd64.zip and
#                      dist/Balai-Setup-VERSION.exe (mingw-w64, NSIS)
#   make test-windows  make windows, then install and run it under Wine + Xvfb
#   make clean   remove build output

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build
# Steps of "make test" must run in order, even under make -j.
.NOTPARALLEL:

# /usr/local/go/bin is often missing from PATH in non-login shells (CI, sudo).
export PATH := /usr/local/go/bin:$(PATH)
# Fyne's GLFW driver needs cgo.
export CGO_ENABLED := 1

GO           ?= go
TAGS         ?= migrated_fynedo
BIN          := bin/balai
TEST_TIMEOUT ?= 20m
# The version lives in FyneApp.toml only; the build stamps it, the commit and
# the date into balai/app/buildinfo ("balai version", the About dialog, the
# Windows resources, the installer and the file names).
VERSION   := $(shell sed -n 's/^Version *= *"\([^"]*\)".*/\1/p' FyneApp.toml)
COMMIT    := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
DATE      := $(shell date -u $(if $(SOURCE_DATE_EPOCH),-d @$(SOURCE_DATE_EPOCH)) +%Y-%m-%d)
PUBLISHER ?= Proyek Balai
BUILDINFO := balai/app/buildinfo
LDFLAGS   := -X $(BUILDINFO).Version=$(VERSION) -X $(BUILDINFO).Commit=$(COMMIT) -X $(BUILDINFO).Date=$(DATE)
ifeq ($(VERSION),)
$(error no Version = "..." in FyneApp.toml)
endif
# Fyne reads LC_ALL/LC_MESSAGES/LANG and then LANGUAGE; a bare "C" locale makes
# it log "Error parsing user locale C". Used for tests only; "make run" keeps yours.
TEST_ENV     := LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en_US:en

.PHONY: deps deps-windows build run test fmt-check vet unit smoke bench windows test-windows clean

deps:
	@bash scripts/deps.sh

deps-windows:
	@bash scripts/deps.sh windows

build: deps
	$(GO) build -tags $(TAGS) -ldflags '$(LDFLAGS)' -o $(BIN) .

run: build
	./$(BIN)

test: deps fmt-check vet unit smoke

fmt-check:
	@echo 'gofmt -l .'
	@files="$$(gofmt -l .)"; \
	if [ -n "$$files" ]; then \
		echo 'gofmt: these files are not formatted (run: gofmt -w <file>):'; \
		echo "$$files"; \
		exit 1; \
	fi

vet:
	$(TEST_ENV) $(GO) vet -tags $(TAGS) ./...

# Fuzz targets' seed corpora (testdata/fuzz) run as ordinary tests here.
unit:
	$(TEST_ENV) $(GO) test -race -tags $(TAGS) -timeout $(TEST_TIMEOUT) ./...

smoke: build
	$(TEST_ENV) bash scripts/smoke.sh

bench: deps
	$(TEST_ENV) $(GO) test -tags $(TAGS) -run '^$$' -bench . -benchtime 3x -benchmem -timeout $(TEST_TIMEOUT) ./...

windows: deps-windows
	VERSION='$(VERSION)' COMMIT='$(COMMIT)' DATE='$(DATE)' PUBLISHER='$(PUBLISHER)' \
	LDFLAGS='$(LDFLAGS)' TAGS='$(TAGS)' bash scripts/windows-build.sh

test-windows: windows
	$(TEST_ENV) VERSION='$(VERSION)' PUBLISHER='$(PUBLISHER)' bash scripts/test-windows.sh

clean:
	rm -rf bin build dist
	rm -f *.test *.prof
