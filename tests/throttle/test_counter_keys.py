"""Rate-limit counters are keyed by an HMAC of the client address under the secret key: the table
holds no address, and no plain hash that anyone can reverse by hashing the 2^32 IPv4 addresses."""

import hashlib

from throttle import counters

ADDRESS = "203.0.113.7"


def _digest(key: str) -> str:
    return key.rsplit(":", 1)[1]


def test_the_key_is_not_a_plain_hash_of_the_address():
    key, _ends = counters.window_key(scope="saved-results", ident=ADDRESS, period=600, now=0)
    assert ADDRESS not in key
    assert _digest(key) != hashlib.sha256(ADDRESS.encode()).hexdigest()[: len(_digest(key))]
    assert _digest(key) not in hashlib.sha256(ADDRESS.encode()).hexdigest()


def test_the_key_depends_on_the_secret_key_and_is_the_same_on_every_server(settings):
    key, _ends = counters.window_key(scope="saved-results", ident=ADDRESS, period=600, now=0)
    assert counters.window_key(scope="saved-results", ident=ADDRESS, period=600, now=0)[0] == key
    settings.SECRET_KEY = "another-secret-key-" + "x" * 40
    assert counters.window_key(scope="saved-results", ident=ADDRESS, period=600, now=0)[0] != key


def test_two_addresses_have_two_keys():
    one = counters.window_key(scope="s", ident=ADDRESS, period=60, now=0)[0]
    other = counters.window_key(scope="s", ident="203.0.113.8", period=60, now=0)[0]
    assert one != other
