// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/TextEncoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <iconv.h>

namespace dd {

namespace {

/** The iconv name of a canonical encoding. */
const char* iconvName(const QString& encoding)
{
    if (encoding == QLatin1String("gb18030")) {
        return "GB18030";
    }
    if (encoding == QLatin1String("windows-874")) {
        return "CP874";
    }
    return nullptr;
}

/** Line (1-based) of byte \a offset in \a bytes, counting LF. */
int lineOf(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

bool utf16(const QByteArray& bytes, QByteArray* utf8, QString* error)
{
    const bool little = bytes.startsWith("\xff\xfe");
    QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes.mid(2));
    if (decoder.hasError() || bytes.size() % 2 != 0) {
        *error = TextEncoding::tr("the file says it is UTF-16 but is not: an odd number of bytes or a broken pair");
        return false;
    }
    *utf8 = text.toUtf8();
    return true;
}

} // namespace

QStringList TextEncoding::names()
{
    return {QStringLiteral("utf-8"), QStringLiteral("utf-16"), QStringLiteral("gb18030"),
            QStringLiteral("windows-874")};
}

QString TextEncoding::canonical(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('_'));
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8")) {
        return QStringLiteral("utf-8");
    }
    if (n == QLatin1String("utf-16") || n == QLatin1String("utf16") || n == QLatin1String("unicode")) {
        return QStringLiteral("utf-16");
    }
    if (n == QLatin1String("gb18030")) {
        return QStringLiteral("gb18030");
    }
    if (n == QLatin1String("windows-874") || n == QLatin1String("cp874") || n == QLatin1String("tis-620")
        || n == QLatin1String("tis620") || n == QLatin1String("windows874")) {
        return QStringLiteral("windows-874");
    }
    return QString();
}

QString TextEncoding::detectUnicode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        return QStringLiteral("utf-16");
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return decoder.hasError() ? QString() : QStringLiteral("utf-8");
}

bool TextEncoding::toUtf8(const QByteArray& bytes, const QString& encoding, QByteArray* utf8, QString* error)
{
    const QString name = canonical(encoding);
    if (name == QLatin1String("utf-8")) {
        if (detectUnicode(bytes) != QLatin1String("utf-8") || bytes.startsWith("\xff\xfe")
            || bytes.startsWith("\xfe\xff")) {
            *error = tr("the file is not valid UTF-8");
            return false;
        }
        *utf8 = bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes;
        return true;
    }
    if (name == QLatin1String("utf-16")) {
        if (!bytes.startsWith("\xff\xfe") && !bytes.startsWith("\xfe\xff")) {
            *error = tr("the file has no UTF-16 byte-order mark (Excel's \"Unicode text\" has one)");
            return false;
        }
        return utf16(bytes, utf8, error);
    }
    const char* from = iconvName(name);
    if (!from) {
        *error = tr("unknown encoding '%1' (expected %2)").arg(encoding, names().join(QStringLiteral(", ")));
        return false;
    }
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == iconv_t(-1)) {
        *error = tr("this system cannot read %1 (iconv)").arg(name);
        return false;
    }
    QByteArray out(bytes.size() * 4 + 16, Qt::Uninitialized);
    char* in = const_cast<char*>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char* to = out.data();
    size_t outLeft = size_t(out.size());
    const size_t done = iconv(cd, &in, &inLeft, &to, &outLeft);
    const int fault = errno;
    iconv_close(cd);
    if (done == size_t(-1)) {
        const qsizetype at = in - bytes.constData();
        *error = fault == EINVAL ? tr("the file ends inside a %1 character").arg(name)
                                 : tr("line %1: byte 0x%2 is not %3")
                                       .arg(lineOf(bytes, at))
                                       .arg(uchar(bytes.at(at)), 2, 16, QLatin1Char('0'))
                                       .arg(name);
        return false;
    }
    out.truncate(out.size() - qsizetype(outLeft));
    *utf8 = out;
    return true;
}

QList<TextEncoding::Candidate> TextEncoding::candidates(const QByteArray& bytes)
{
    QList<Candidate> out;
    for (const QString& name : {QStringLiteral("gb18030"), QStringLiteral("windows-874")}) {
        QByteArray utf8;
        QString ignored;
        if (toUtf8(bytes, name, &utf8, &ignored)) {
            // The first line that is not plain ASCII shows best what the encoding makes of the file.
            QString sample;
            for (const QByteArray& line : utf8.split('\n')) {
                const QString text = QString::fromUtf8(line).trimmed();
                if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7f; })) {
                    sample = text.left(60);
                    break;
                }
            }
            out.append({name, sample});
        }
    }
    return out;
}

} // namespace dd
