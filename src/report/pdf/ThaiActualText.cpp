// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/pdf/ThaiActualText.h"

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace dd {

namespace {

constexpr char16_t kNikhahit = 0x0E4D;
constexpr char16_t kSaraAa = 0x0E32;
constexpr char16_t kSaraAm = 0x0E33;

bool isToneMark(char16_t c)
{
    return c >= 0x0E48 && c <= 0x0E4B;
}

QByteArray streamBytes(QPDFObjectHandle stream)
{
    std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
    return QByteArray(reinterpret_cast<const char*>(data->getBuffer()), int(data->getSize()));
}

/** A font's glyph → character map from its /ToUnicode CMap (single characters only). */
QHash<uint, char16_t> readToUnicode(const QByteArray& cmap)
{
    QHash<uint, char16_t> map;
    const QString text = QString::fromLatin1(cmap);
    static const QRegularExpression section(QStringLiteral("begin(bfrange|bfchar)(.*?)end\\1"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>|\\[|\\]"));
    QRegularExpressionMatchIterator sections = section.globalMatch(text);
    while (sections.hasNext()) {
        const QRegularExpressionMatch s = sections.next();
        const bool range = s.captured(1) == QLatin1String("bfrange");
        QList<QString> tokens;
        QRegularExpressionMatchIterator it = hex.globalMatch(s.captured(2));
        while (it.hasNext()) {
            tokens << it.next().captured(0);
        }
        auto value = [](const QString& token) { return token.mid(1, token.size() - 2).toUInt(nullptr, 16); };
        for (int i = 0; i < tokens.size();) {
            if (!range) {
                if (i + 1 < tokens.size() && tokens[i + 1].size() == 6) {
                    map.insert(value(tokens[i]), char16_t(value(tokens[i + 1])));
                }
                i += 2;
                continue;
            }
            if (i + 2 >= tokens.size()) {
                break;
            }
            const uint first = value(tokens[i]);
            const uint last = value(tokens[i + 1]);
            if (tokens[i + 2] == QLatin1String("[")) {
                int j = i + 3;
                for (uint g = first; j < tokens.size() && tokens[j] != QLatin1String("]"); ++j, ++g) {
                    if (tokens[j].size() == 6 && g <= last) {
                        map.insert(g, char16_t(value(tokens[j])));
                    }
                }
                i = j + 1;
            } else {
                if (tokens[i + 2].size() == 6) {
                    for (uint g = first; g <= last && last - first < 65536; ++g) {
                        map.insert(g, char16_t(value(tokens[i + 2]) + (g - first)));
                    }
                }
                i += 3;
            }
        }
    }
    return map;
}

QByteArray actualText(const std::u16string& text)
{
    QByteArray hex = "FEFF";
    for (const char16_t c : text) {
        hex += QByteArray::number(uint(c), 16).rightJustified(4, '0').toUpper();
    }
    return "/Span <</ActualText <" + hex + ">>> BDC";
}

/** The content with spans around the decomposed SARA AM runs; \a count grows by the runs found. */
QByteArray rewrite(const QByteArray& content, const QHash<QByteArray, QHash<uint, char16_t>>& fonts, int* count)
{
    static const QRegularExpression fontLine(QStringLiteral("^/(\\S+) [0-9.]+ Tf"));
    static const QRegularExpression glyphLine(QStringLiteral(" <([0-9A-Fa-f]{4})> Tj$"));
    QList<QByteArray> lines = content.split('\n');
    // For each line that shows one glyph, the character it reads as (0 when not mapped).
    QList<char16_t> chars(lines.size(), 0);
    QHash<uint, char16_t> font;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromLatin1(lines[i]);
        const QRegularExpressionMatch f = fontLine.match(line);
        if (f.hasMatch()) {
            font = fonts.value(f.captured(1).toLatin1());
        }
        const QRegularExpressionMatch g = glyphLine.match(line);
        if (g.hasMatch()) {
            chars[i] = font.value(g.captured(1).toUInt(nullptr, 16), 0);
        }
    }
    QList<QByteArray> out;
    for (int i = 0; i < lines.size(); ++i) {
        if (chars[i] == kNikhahit) {
            int j = i + 1;
            std::u16string typed;
            if (j < lines.size() && isToneMark(chars[j])) {
                typed += chars[j];
                ++j;
            }
            if (j < lines.size() && chars[j] == kSaraAa) {
                typed += kSaraAm;
                out << actualText(typed);
                for (int k = i; k <= j; ++k) {
                    out << lines[k];
                }
                out << "EMC";
                ++*count;
                i = j;
                continue;
            }
        }
        out << lines[i];
    }
    return out.join('\n');
}

} // namespace

int ThaiActualText::apply(QPDF& pdf)
{
    int count = 0;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle object = page.getObjectHandle();
        QHash<QByteArray, QHash<uint, char16_t>> fonts;
        QPDFObjectHandle fontDict = object.getKey("/Resources").getKeyIfDict("/Font");
        if (!fontDict.isDictionary()) {
            continue;
        }
        bool thai = false;
        for (const std::string& key : fontDict.getKeys()) {
            QPDFObjectHandle toUnicode = fontDict.getKey(key).getKeyIfDict("/ToUnicode");
            if (toUnicode.isStream()) {
                const QHash<uint, char16_t> map = readToUnicode(streamBytes(toUnicode));
                thai = thai || std::any_of(map.cbegin(), map.cend(), [](char16_t c) { return c == kNikhahit; });
                fonts.insert(QByteArray::fromStdString(key.substr(1)), map);
            }
        }
        QPDFObjectHandle contents = object.getKey("/Contents");
        if (!thai || !contents.isStream()) {
            continue;
        }
        int found = 0;
        const QByteArray rewritten = rewrite(streamBytes(contents), fonts, &found);
        if (found > 0) {
            contents.replaceStreamData(rewritten.toStdString(), QPDFObjectHandle::newNull(),
                                       QPDFObjectHandle::newNull());
            count += found;
        }
    }
    return count;
}

} // namespace dd
