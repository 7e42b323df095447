# The README's commands.  Every target creates .venv and installs on its own,
# so a fresh clone needs nothing but Python 3.11.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: lint install run test test-postgres serve static bench soak messages po migrate data clean

# gunicorn: sync workers, two per core plus one (the app waits on the database
# between bursts of CPU).  Override with `make serve WORKERS=n`.
WORKERS ?= $(shell echo $$(( $$(nproc) * 2 + 1 )))

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

messages: install
	$(PY) manage.py compilemessages --ignore=.venv -v 0

# Refresh locale/fr/LC_MESSAGES/django.po from the code; then translate every
# new entry (tests/test_i18n.py fails on an untranslated or fuzzy one).
po: install
	$(PY) manage.py makemessages -l fr --ignore=.venv --ignore=tests --ignore=build

migrate: install
	$(PY) manage.py migrate --noinput -v 0

data: migrate
	$(PY) manage.py import_draws draws/data/ee_rounds.json draws/data/ee_rounds_435-444.json

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

# Production-like: DEBUG off, gunicorn, whitenoise serving compressed hashed
# static files.  Plain HTTP on loopback, so HTTPS-only cookies/redirect/HSTS
# are off unless DJANGO_HTTPS=1 (set it behind a TLS-terminating proxy).
serve: messages data static
	DJANGO_DEBUG=0 DJANGO_HTTPS=$${DJANGO_HTTPS:-0} $(VENV)/bin/gunicorn crs_site.wsgi \
		--bind $(HOST):$(PORT) --workers $(WORKERS) --worker-tmp-dir /dev/shm \
		--error-logfile - --log-level warning

# Load tests against gunicorn on loopback; results in benchmarks/RESULTS.md.
bench: messages
	$(PY) benchmarks/run.py

soak: messages
	$(PY) benchmarks/run.py --soak

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
