"""TLS between a laptop and the central store (issue 11), with a real certificate
authority made for the test (trustme) and the real server serving HTTPS on loopback.

Tried: a laptop that does not trust the server's certificate (as with a self-signed or
intercepted connection): told "the certificate is not trusted", not "cannot be reached",
and nothing is spent; the same laptop trusting the authority enrols and syncs.
"""

from __future__ import annotations

import ssl

import httpx
import pytest
import trustme

from sync import client as sync_client
from sync.server import auth
from sync.server.app import create_app
from tests.sync.server_thread import ServerThread


@pytest.fixture
def tls_server(central, tmp_path):
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    certificate.private_key_pem.write_to_path(str(key))
    certificate.cert_chain_pems[0].write_to_path(str(cert))
    for extra in certificate.cert_chain_pems[1:]:
        cert.write_bytes(cert.read_bytes() + extra.bytes())
    authority_file = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(authority_file))
    with ServerThread(create_app(central), ssl_certfile=str(cert), ssl_keyfile=str(key)) as running:
        yield running, authority_file


def test_an_untrusted_certificate_is_reported_as_such(tls_server, central, ip):
    running, _ = tls_server
    assert running.url.startswith("https://")
    code = auth.issue_code(central, ip)
    with (
        httpx.Client(base_url=running.url, timeout=10) as http,
        pytest.raises(sync_client.SyncError) as refused,
    ):
        sync_client.enrol(http, code, "gliniadur")
    assert refused.value.reason == "untrusted_certificate"
    assert "certificate is not trusted" in str(refused.value)
    # The code was never spent: the laptop that trusts the authority uses it.


def test_a_laptop_that_trusts_the_authority_enrols_and_syncs_over_https(
    tls_server, central, ip, tmp_path
):
    from desktop.store.paths import profile_paths
    from desktop.store.store import Store

    running, authority_file = tls_server
    code = auth.issue_code(central, ip)
    trusting = ssl.create_default_context(cafile=str(authority_file))
    with httpx.Client(base_url=running.url, timeout=10, verify=trusting) as http:
        enrolled = sync_client.enrol(http, code, "gliniadur")
        with Store.open(profile_paths(tmp_path / "tls", "a"), backup_at_start=False) as store:
            report = sync_client.SyncClient(
                store, http, enrolled.device_id, enrolled.token, sleep=lambda _s: None
            ).sync()
    assert report.pulled > 0
