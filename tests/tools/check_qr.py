#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent check of a transcript's signed QR, written apart from DualDegree's
code: zbarimg decodes the image, the JWS is split here, and OpenSSL's command line
verifies the ES256 signature with the certificate whose SHA-256 is the kid.
Usage: check_qr.py IMAGE.png|JWS BUNDLE.pem — prints the claims; exit 0 valid, 1 not."""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile


def b64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def der_integer(value):
    value = value.lstrip(b"\0") or b"\0"
    if value[0] & 0x80:
        value = b"\0" + value
    return b"\x02" + bytes([len(value)]) + value


def main():
    what, bundle = sys.argv[1], sys.argv[2]
    if os.path.isfile(what):
        out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", what],
                             capture_output=True, text=True).stdout
        tokens = [line for line in out.split() if line.count(".") == 2]
        if not tokens:
            print("no JWS in the image")
            return 1
        jws = tokens[0]
    else:
        jws = what
    header_b64, payload_b64, sig_b64 = jws.split(".")
    header = json.loads(b64url(header_b64))
    claims = json.loads(b64url(payload_b64))
    if header.get("alg") != "ES256":
        print("not ES256")
        return 1
    pems = re.findall(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", open(bundle).read(), re.S)
    with tempfile.TemporaryDirectory() as tmp:
        signer = None
        for i, pem in enumerate(pems):
            path = os.path.join(tmp, f"c{i}.pem")
            open(path, "w").write(pem + "\n")
            der = subprocess.run(["openssl", "x509", "-in", path, "-outform", "DER"], capture_output=True).stdout
            if hashlib.sha256(der).hexdigest() == header.get("kid"):
                signer = path
        if not signer:
            print("kid not in the bundle")
            return 1
        pub = os.path.join(tmp, "pub.pem")
        subprocess.run(["openssl", "x509", "-in", signer, "-pubkey", "-noout", "-out", pub], check=True)
        raw = b64url(sig_b64)
        body = der_integer(raw[:32]) + der_integer(raw[32:])
        sig = os.path.join(tmp, "sig.der")
        open(sig, "wb").write(b"\x30" + bytes([len(body)]) + body)
        data = os.path.join(tmp, "input")
        open(data, "wb").write(f"{header_b64}.{payload_b64}".encode())
        ok = subprocess.run(["openssl", "dgst", "-sha256", "-verify", pub, "-signature", sig, data],
                            capture_output=True).returncode == 0
    for key, value in claims.items():
        print(f"{key}: {value}")
    print("signature valid" if ok else "signature NOT valid")
    return 0 if ok else 1


sys.exit(main())
