# The README's commands.  Every target creates .venv and installs on its own,
# so a fresh clone needs nothing but Python 3.11.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run test serve bench messages migrate data clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

messages: install
	$(PY) manage.py compilemessages --ignore=.venv -v 0

migrate: install
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py createcachetable

data: migrate
	$(PY) manage.py import_draws draws/data/ee_rounds.json draws/data/ee_rounds_435-444.json

run: messages data
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

test: messages
	$(PY) -m pytest

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
