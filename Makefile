# The README's commands.  Every target creates .venv and installs on its own,
# so a fresh clone needs nothing but Python 3.11.
#
# Installs are reproducible: pip installs the exact versions and file hashes of
# a lock file made from pyproject.toml by `make lock`.  .venv (run, test, lint,
# bench) gets requirements-dev.lock, with the development extras; `make serve`
# gets its own .venv-serve from requirements.lock, without them, as production does.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
SERVE_VENV  := .venv-serve
SERVE_PY    := $(SERVE_VENV)/bin/python
SERVE_STAMP := $(SERVE_VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: lint install lock run test test-postgres serve static bench soak profile messages po migrate data clean

# With DEBUG off the app refuses to start without a real secret key: unless DJANGO_SECRET_KEY is
# set, every target uses a local one, made once and kept in .secret_key (git-ignored, mode 600),
# so sessions outlive a restart of `make serve`.
SECRET_KEY_FILE := .secret_key
export DJANGO_SECRET_KEY ?= $(shell test -s $(SECRET_KEY_FILE) || (umask 077 && python3 -c \
	'import secrets; print(secrets.token_urlsafe(50))' > $(SECRET_KEY_FILE)); cat $(SECRET_KEY_FILE))

# gunicorn: sync workers, two per core plus one (the app waits on the database
# between bursts of CPU).  Override with `make serve WORKERS=n`.
WORKERS ?= $(shell echo $$(( $$(nproc) * 2 + 1 )))

$(STAMP): requirements-dev.lock
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --require-hashes --no-deps -r requirements-dev.lock
	touch $(STAMP)

$(SERVE_STAMP): requirements.lock
	python3 -m venv $(SERVE_VENV)
	$(SERVE_VENV)/bin/pip install --quiet --require-hashes --no-deps -r requirements.lock
	touch $(SERVE_STAMP)

install: $(STAMP)

# After changing pyproject.toml's dependencies: pin them again, with hashes
# (tests/test_lock_files.py fails while a lock file disagrees with pyproject.toml).
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --no-header --quiet
lock: install
	$(VENV)/bin/uv pip compile pyproject.toml $(LOCK_FLAGS) -o requirements.lock
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev $(LOCK_FLAGS) -o requirements-dev.lock

messages: install
	$(PY) manage.py compilemessages --ignore=.venv --ignore=$(SERVE_VENV) -v 0

# Refresh locale/fr/LC_MESSAGES/django.po from the code; then translate every
# new entry (tests/test_i18n.py fails on an untranslated or fuzzy one).
po: install
	$(PY) manage.py makemessages -l fr --ignore=.venv --ignore=$(SERVE_VENV) --ignore=tests --ignore=build

migrate: install
	$(PY) manage.py migrate --noinput -v 0

data: migrate
	$(PY) manage.py import_draws --if-empty draws/data/ee_rounds.json draws/data/ee_rounds_435-444.json

run: messages data
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

test: messages
	$(PY) -m pytest

# Lint and format check (ruff) and type check of the pure engines (mypy, crs/); CI runs it
# before the suite.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# The same suite against a throwaway PostgreSQL cluster (started and removed by the script).
test-postgres: messages
	scripts/with_postgres.sh $(PY) -m pytest

static: install
	DJANGO_DEBUG=0 $(PY) manage.py collectstatic --noinput --clear -v 0

# Production-like: the production lock without the development extras, DEBUG
# off, gunicorn, whitenoise serving compressed hashed static files, one log line
# per request on stderr.  Plain HTTP on loopback, so HTTPS-only cookies/redirect/HSTS
# are off unless DJANGO_HTTPS=1 (set it behind a TLS-terminating proxy).
serve: $(SERVE_STAMP)
	$(SERVE_PY) manage.py compilemessages --ignore=.venv --ignore=$(SERVE_VENV) -v 0
	$(SERVE_PY) manage.py migrate --noinput -v 0
	$(SERVE_PY) manage.py createcachetable
	$(SERVE_PY) manage.py import_draws draws/data/ee_rounds.json draws/data/ee_rounds_435-444.json
	DJANGO_DEBUG=0 $(SERVE_PY) manage.py collectstatic --noinput --clear -v 0
	DJANGO_DEBUG=0 DJANGO_HTTPS=$${DJANGO_HTTPS:-0} DJANGO_REQUEST_LOG=$${DJANGO_REQUEST_LOG:-1} \
		$(SERVE_VENV)/bin/gunicorn crs_site.wsgi \
		--bind $(HOST):$(PORT) --workers $(WORKERS) --worker-tmp-dir /dev/shm \
		--error-logfile - --log-level warning

# Load tests against gunicorn on loopback; results in benchmarks/RESULTS.md.
bench: messages
	$(PY) benchmarks/run.py

soak: messages
	$(PY) benchmarks/run.py --soak

# Where each measured page spends its time, in process (no server): its section of benchmarks/RESULTS.md.
profile: messages
	$(PY) benchmarks/profile_pages.py

clean:
	rm -rf $(VENV) $(SERVE_VENV) staticfiles db.sqlite3
