#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A local RFC 3161 time-stamp authority for the tests: OpenSSL's `openssl ts -reply`
behind a small HTTP server on 127.0.0.1. Makes its own CA and TSA certificate in DIR,
prints "PORT n" once it listens, keeps every query and reply it answered in DIR."""
import http.server
import os
import subprocess
import sys

DIR = sys.argv[1]


def run(*args):
    subprocess.run(args, check=True, cwd=DIR, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def setup():
    os.makedirs(DIR, exist_ok=True)
    with open(os.path.join(DIR, "tsa.ext"), "w") as f:
        f.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                "extendedKeyUsage=critical,timeStamping\n")
    run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "tsa-ca.key", "-out", "tsa-ca.pem", "-days", "3650", "-subj", "/CN=Test TSA Root",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")
    run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", "tsa.key", "-out", "tsa.csr", "-subj", "/CN=Test Time-Stamp Authority")
    run("openssl", "x509", "-req", "-in", "tsa.csr", "-CA", "tsa-ca.pem", "-CAkey", "tsa-ca.key",
        "-CAcreateserial", "-out", "tsa.pem", "-days", "3650", "-extfile", "tsa.ext")
    with open(os.path.join(DIR, "tsa.cnf"), "w") as f:
        f.write(f"""[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {DIR}
serial = $dir/tsaserial
signer_cert = $dir/tsa.pem
certs = $dir/tsa-ca.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
""")
    with open(os.path.join(DIR, "tsaserial"), "w") as f:
        f.write("01\n")


class Handler(http.server.BaseHTTPRequestHandler):
    count = 0

    def do_POST(self):
        Handler.count += 1
        query = os.path.join(DIR, f"query-{Handler.count}.tsq")
        reply = os.path.join(DIR, f"reply-{Handler.count}.tsr")
        with open(query, "wb") as f:
            f.write(self.rfile.read(int(self.headers["Content-Length"])))
        run("openssl", "ts", "-reply", "-config", "tsa.cnf", "-queryfile", query, "-out", reply)
        with open(reply, "rb") as f:
            body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


setup()
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(f"PORT {server.server_address[1]}", flush=True)
server.serve_forever()
