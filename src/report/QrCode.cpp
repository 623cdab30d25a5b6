// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/QrCode.h"

#include <QPainter>

#include <qrencode.h>

namespace dd {

QrCode::QrCode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char*>(utf8.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code) {
        return;
    }
    m_width = code->width;
    m_modules.reserve(m_width * m_width);
    for (int i = 0; i < m_width * m_width; ++i) {
        m_modules.append(code->data[i] & 1);
    }
    QRcode_free(code);
}

QImage QrCode::image(int moduleSize) const
{
    const int quiet = 4;
    const int side = (m_width + 2 * quiet) * moduleSize;
    QImage out(side, side, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (dark(x, y)) {
                p.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize, moduleSize, Qt::black);
            }
        }
    }
    return out;
}

} // namespace dd
