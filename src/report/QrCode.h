// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace dd {

/** A QR code (libqrencode, error correction level M) of a UTF-8 text. */
class QrCode
{
public:
    /** Encodes \a text; isNull() when it cannot be encoded. */
    explicit QrCode(const QString& text);

    bool isNull() const { return m_width == 0; }
    /** Modules per side, without the quiet zone. */
    int width() const { return m_width; }
    /** Whether the module at \a x, \a y is dark. */
    bool dark(int x, int y) const { return m_modules.at(y * m_width + x); }

    /** Black on white, \a moduleSize pixels a module, with the 4-module quiet zone. */
    QImage image(int moduleSize) const;

private:
    int m_width = 0;
    QList<bool> m_modules;
};

} // namespace dd
