// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sign/OpenSsl.h"

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/err.h>

namespace dd::openssl {

QString takeErrors(const QString& fallback)
{
    QStringList lines;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        const char* reason = ERR_reason_error_string(code);
        const QString line = reason ? QString::fromUtf8(reason) : QStringLiteral("error %1").arg(code, 0, 16);
        if (!lines.contains(line)) {
            lines << line;
        }
    }
    return lines.isEmpty() ? fallback : fallback + QStringLiteral(" (") + lines.join(QStringLiteral("; ")) + u')';
}

Owned<BIO> memoryReader(const QByteArray& bytes)
{
    return Owned<BIO>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace dd::openssl
