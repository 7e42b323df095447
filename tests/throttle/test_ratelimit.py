"""The ``@ratelimit`` decorator and the database counters under it."""

import json
import threading

import pytest
from django.db import connections
from django.http import HttpResponse
from django.test import RequestFactory

from throttle import counters
from throttle.clients import client_ip
from throttle.decorators import parse_rate, ratelimit

factory = RequestFactory()


@ratelimit(rate="3/m", scope="test-save")
def save(request):
    return HttpResponse("saved", status=201)


def _post(path="/api/results", ip="203.0.113.7", **extra):
    return factory.post(path, data="{}", content_type="application/json", REMOTE_ADDR=ip, **extra)


@pytest.mark.parametrize(
    ("rate", "expected"), [("20/m", (20, 60)), ("100/5m", (100, 300)), ("1/s", (1, 1)), ("1000/d", (1000, 86400))]
)
def test_rates_read_as_hits_per_period(rate, expected):
    assert parse_rate(rate) == expected


@pytest.mark.parametrize("rate", ["", "20", "x/m", "20/w", "20/0m", "-1/m"])
def test_malformed_rates_are_refused_when_the_view_is_decorated(rate):
    with pytest.raises(ValueError):
        ratelimit(rate=rate)


@pytest.mark.django_db
def test_requests_over_the_limit_get_429_json_with_retry_after_and_the_view_is_not_called():
    assert [save(_post()).status_code for _ in range(3)] == [201, 201, 201]
    refused = save(_post())
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "error" in json.loads(refused.content)


@pytest.mark.django_db
def test_page_posts_over_the_limit_get_plain_text():
    for _ in range(3):
        save(factory.post("/en/save/", {"a": "1"}, REMOTE_ADDR="203.0.113.7"))
    refused = save(factory.post("/en/save/", {"a": "1"}, REMOTE_ADDR="203.0.113.7"))
    assert refused.status_code == 429
    assert refused["Content-Type"].startswith("text/plain")


@pytest.mark.django_db
def test_each_client_address_has_its_own_budget():
    for _ in range(3):
        save(_post(ip="203.0.113.7"))
    assert save(_post(ip="203.0.113.7")).status_code == 429
    assert save(_post(ip="198.51.100.2")).status_code == 201


@pytest.mark.django_db
def test_only_the_named_methods_are_counted():
    for _ in range(10):
        assert save(factory.get("/api/results", REMOTE_ADDR="203.0.113.7")).status_code == 201
    assert save(_post()).status_code == 201


@pytest.mark.django_db
def test_the_budget_comes_back_in_the_next_window(monkeypatch):
    clock = [1_000_000_020.0]
    monkeypatch.setattr(counters.time, "time", lambda: clock[0])
    for _ in range(3):
        save(_post())
    assert save(_post()).status_code == 429
    clock[0] += 60
    assert save(_post()).status_code == 201


@pytest.mark.django_db
def test_expired_windows_are_swept(monkeypatch):
    clock = [1_000_000_020.0]
    monkeypatch.setattr(counters.time, "time", lambda: clock[0])
    counters.hit(scope="s", ident="a", period=1)
    monkeypatch.setattr(counters, "SWEEP_PROBABILITY", 1.0)
    clock[0] = 2_000_000_000.0
    counters.hit(scope="s", ident="b", period=1)
    assert counters.RateCounter.objects.count() == 1


@pytest.mark.django_db
def test_peek_and_reset_do_not_count():
    counters.hit(scope="s", ident="a", period=60)
    counters.hit(scope="s", ident="a", period=60)
    assert counters.peek(scope="s", ident="a", period=60) == 2
    assert counters.peek(scope="s", ident="a", period=60) == 2
    counters.reset(scope="s", ident="a", period=60)
    assert counters.peek(scope="s", ident="a", period=60) == 0


@pytest.mark.django_db
def test_identities_of_any_length_and_script_fit_the_key():
    assert counters.hit(scope="s", ident="名前\udcff" * 500, period=60) == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_hits_on_separate_connections_are_all_counted():
    def hammer():
        try:
            for _ in range(25):
                counters.hit(scope="race", ident="one client", period=3600)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counters.peek(scope="race", ident="one client", period=3600) == 200


def test_the_client_is_the_socket_address_unless_behind_a_proxy(settings):
    request = factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    settings.SECURE_PROXY_SSL_HEADER = None
    assert client_ip(request) == "10.0.0.1"
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client_ip(request) == "203.0.113.9"  # the proxy's entry, not the client's own claim


def test_an_ipv6_client_is_counted_by_its_64_prefix():
    one = factory.get("/", REMOTE_ADDR="2001:db8:1:2:aaaa::1")
    other = factory.get("/", REMOTE_ADDR="2001:db8:1:2:bbbb::9")
    assert client_ip(one) == client_ip(other) == "2001:db8:1:2::/64"
    assert client_ip(factory.get("/", REMOTE_ADDR="::ffff:192.0.2.1")) == "192.0.2.1"


@pytest.mark.django_db
def test_every_counted_answer_tells_the_remaining_budget_and_the_refusal_says_none_is_left():
    answers = [save(_post(ip="203.0.113.50")) for _ in range(4)]
    assert [a["RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert all(a["RateLimit-Limit"] == "3" and 1 <= int(a["RateLimit-Reset"]) <= 60 for a in answers)
    assert answers[-1].status_code == 429 and answers[-1]["Retry-After"] == answers[-1]["RateLimit-Reset"]


@pytest.mark.django_db
def test_uncounted_methods_carry_no_budget():
    assert not save(factory.get("/api/results", REMOTE_ADDR="203.0.113.51")).has_header("RateLimit-Limit")
