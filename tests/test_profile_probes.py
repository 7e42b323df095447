"""`make profile` times the functions its probes name; a probe whose function moved would stop the
tool at the next run, so every probe is checked to name a function that exists."""

import importlib

import pytest

from benchmarks.profile_pages import PROBES


@pytest.mark.parametrize(("label", "target"), PROBES, ids=[target for _label, target in PROBES])
def test_every_profile_probe_names_a_function_that_exists(label, target):
    module_name, _, qualified = target.partition(":")
    holder = importlib.import_module(module_name)
    for name in qualified.split("."):
        holder = getattr(holder, name)
    assert callable(holder)
