// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/GradingScale.h"

#include "core/text/Decimal.h"
#include "core/text/JsonReader.h"

#include <algorithm>

namespace dd {

GradingScale GradingScale::fromJson(const QJsonObject& obj, JsonReader& reader, const QString& path)
{
    GradingScale scale;
    const QString scheme = reader.string(obj, QStringLiteral("scheme"), path);
    if (scheme == QLatin1String("mark")) {
        scale.m_scheme = Scheme::Mark;
        scale.m_minTenths = int(reader.scaled(obj, QStringLiteral("mark_min"), path, 1).value_or(0));
        scale.m_maxTenths = int(reader.scaled(obj, QStringLiteral("mark_max"), path, 1).value_or(1000));
        scale.m_markDecimals = reader.integer(obj, QStringLiteral("mark_decimals"), path, false).value_or(0);
        scale.m_passMarkTenths = int(reader.scaled(obj, QStringLiteral("pass_mark"), path, 1).value_or(600));
        if (scale.m_markDecimals < 0 || scale.m_markDecimals > 1) {
            reader.fail(path + QStringLiteral(".mark_decimals"), QStringLiteral("must be 0 or 1"));
        }
        if (scale.m_minTenths >= scale.m_maxTenths) {
            reader.fail(path + QStringLiteral(".mark_max"), QStringLiteral("must be greater than mark_min"));
        }
        const QJsonArray words = reader.array(obj, QStringLiteral("words"), path, false);
        for (int i = 0; i < words.size(); ++i) {
            const QString p = QStringLiteral("%1.words[%2]").arg(path).arg(i);
            const QJsonObject w = reader.element(words, i, p);
            Word word;
            word.word = reader.string(w, QStringLiteral("word"), p);
            word.markTenths = int(reader.scaled(w, QStringLiteral("mark"), p, 1).value_or(0));
            scale.m_words.append(word);
        }
        const QJsonArray bands = reader.array(obj, QStringLiteral("points"), path);
        for (int i = 0; i < bands.size(); ++i) {
            const QString p = QStringLiteral("%1.points[%2]").arg(path).arg(i);
            const QJsonObject b = reader.element(bands, i, p);
            PointsBand band;
            band.minMarkTenths = int(reader.scaled(b, QStringLiteral("min"), p, 1).value_or(0));
            band.pointsHundredths = int(reader.scaled(b, QStringLiteral("points"), p, 2).value_or(0));
            scale.m_bands.append(band);
        }
        std::sort(scale.m_bands.begin(), scale.m_bands.end(),
                  [](const PointsBand& a, const PointsBand& b) { return a.minMarkTenths > b.minMarkTenths; });
        if (reader.ok() && (scale.m_bands.isEmpty() || scale.m_bands.last().minMarkTenths > scale.m_minTenths)) {
            reader.fail(path + QStringLiteral(".points"), QStringLiteral("the bands must reach down to mark_min"));
        }
    } else if (scheme == QLatin1String("letter")) {
        scale.m_scheme = Scheme::Letter;
        const QJsonArray letters = reader.array(obj, QStringLiteral("letters"), path);
        for (int i = 0; i < letters.size(); ++i) {
            const QString p = QStringLiteral("%1.letters[%2]").arg(path).arg(i);
            const QJsonObject l = reader.element(letters, i, p);
            Letter letter;
            letter.grade = reader.string(l, QStringLiteral("grade"), p);
            letter.pointsHundredths = int(reader.scaled(l, QStringLiteral("points"), p, 2).value_or(0));
            letter.passed = reader.boolean(l, QStringLiteral("passed"), p, true);
            scale.m_letters.append(letter);
        }
        if (reader.ok() && scale.m_letters.isEmpty()) {
            reader.fail(path + QStringLiteral(".letters"), QStringLiteral("needs at least one letter"));
        }
    } else if (reader.ok()) {
        reader.fail(path + QStringLiteral(".scheme"),
                    QStringLiteral("must be \"mark\" or \"letter\", not \"%1\"").arg(scheme));
    }

    const QJsonArray passFail = reader.array(obj, QStringLiteral("pass_fail"), path);
    for (int i = 0; i < passFail.size(); ++i) {
        const QString p = QStringLiteral("%1.pass_fail[%2]").arg(path).arg(i);
        const QJsonObject m = reader.element(passFail, i, p);
        PassFailMark mark;
        mark.mark = reader.string(m, QStringLiteral("mark"), p);
        mark.passed = reader.boolean(m, QStringLiteral("passed"), p, true);
        scale.m_passFail.append(mark);
    }
    const QJsonArray other = reader.array(obj, QStringLiteral("other"), path, false);
    for (int i = 0; i < other.size(); ++i) {
        const QString p = QStringLiteral("%1.other[%2]").arg(path).arg(i);
        const QJsonObject m = reader.element(other, i, p);
        OtherMark mark;
        mark.mark = reader.string(m, QStringLiteral("mark"), p);
        const QString meaning = reader.string(m, QStringLiteral("meaning"), p);
        if (meaning == QLatin1String("withdrawn")) {
            mark.kind = Grade::Kind::Withdrawn;
        } else if (meaning == QLatin1String("incomplete")) {
            mark.kind = Grade::Kind::Incomplete;
        } else if (reader.ok()) {
            reader.fail(p + QStringLiteral(".meaning"), QStringLiteral("must be \"withdrawn\" or \"incomplete\""));
        }
        scale.m_other.append(mark);
    }
    return scale;
}

int GradingScale::pointsForMark(int markTenths) const
{
    for (const PointsBand& band : m_bands) {
        if (markTenths >= band.minMarkTenths) {
            return band.pointsHundredths;
        }
    }
    return 0;
}

QStringList GradingScale::acceptedMarks(GradingMode mode) const
{
    QStringList out;
    if (mode == GradingMode::Graded) {
        if (m_scheme == Scheme::Mark) {
            out << QStringLiteral("%1-%2").arg(Decimal::formatScaled(m_minTenths, 1, 0),
                                               Decimal::formatScaled(m_maxTenths, 1, 0));
            for (const Word& w : m_words) {
                out << w.word;
            }
        } else {
            for (const Letter& l : m_letters) {
                out << l.grade;
            }
        }
    } else {
        for (const PassFailMark& m : m_passFail) {
            out << m.mark;
        }
    }
    for (const OtherMark& m : m_other) {
        out << m.mark;
    }
    return out;
}

std::optional<Grade> GradingScale::classifyNumber(const QString& raw, QString* reason) const
{
    const std::optional<qint64> tenths = Decimal::parseScaled(raw, m_markDecimals > 0 ? 1 : 0);
    if (!tenths) {
        return std::nullopt;
    }
    const qint64 value = m_markDecimals > 0 ? *tenths : *tenths * 10;
    if (value < m_minTenths || value > m_maxTenths) {
        *reason = QStringLiteral("mark %1 is outside the scale %2-%3")
                      .arg(raw, Decimal::formatScaled(m_minTenths, 1, 0), Decimal::formatScaled(m_maxTenths, 1, 0));
        return Grade();
    }
    Grade grade;
    grade.kind = Grade::Kind::Mark;
    grade.raw = raw.trimmed();
    grade.markTenths = int(value);
    grade.pointsHundredths = pointsForMark(grade.markTenths);
    grade.passed = grade.markTenths >= m_passMarkTenths;
    return grade;
}

std::optional<Grade> GradingScale::classify(const QString& rawIn, GradingMode mode, QString* reason) const
{
    const QString raw = rawIn.trimmed();
    Grade grade;
    grade.raw = raw;
    if (raw.isEmpty()) {
        return grade; // in progress
    }
    for (const OtherMark& m : m_other) {
        if (raw.compare(m.mark, Qt::CaseInsensitive) == 0) {
            grade.kind = m.kind;
            grade.raw = m.mark;
            return grade;
        }
    }
    for (const PassFailMark& m : m_passFail) {
        if (raw.compare(m.mark, Qt::CaseInsensitive) == 0) {
            if (mode != GradingMode::PassFail) {
                *reason = QStringLiteral("'%1' is a pass/fail mark, but the course is graded (expected %2)")
                              .arg(raw, acceptedMarks(GradingMode::Graded).join(QStringLiteral(", ")));
                return std::nullopt;
            }
            grade.kind = m.passed ? Grade::Kind::Pass : Grade::Kind::Fail;
            grade.raw = m.mark;
            grade.passed = m.passed;
            return grade;
        }
    }
    if (mode == GradingMode::PassFail) {
        *reason = QStringLiteral("'%1' is not a mark for a pass/fail course (expected %2)")
                      .arg(raw, acceptedMarks(GradingMode::PassFail).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (m_scheme == Scheme::Mark) {
        for (const Word& w : m_words) {
            if (raw == w.word) {
                grade.kind = Grade::Kind::Mark;
                grade.markTenths = w.markTenths;
                grade.pointsHundredths = pointsForMark(w.markTenths);
                grade.passed = w.markTenths >= m_passMarkTenths;
                return grade;
            }
        }
        QString rangeReason;
        const std::optional<Grade> numeric = classifyNumber(raw, &rangeReason);
        if (numeric && rangeReason.isEmpty()) {
            return numeric;
        }
        *reason = !rangeReason.isEmpty() ? rangeReason
                                         : QStringLiteral("'%1' is not a mark on this scale (expected %2)")
                                               .arg(raw, acceptedMarks(GradingMode::Graded).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    for (const Letter& l : m_letters) {
        if (raw.compare(l.grade, Qt::CaseInsensitive) == 0) {
            grade.kind = Grade::Kind::Letter;
            grade.raw = l.grade;
            grade.pointsHundredths = l.pointsHundredths;
            grade.passed = l.passed;
            return grade;
        }
    }
    *reason = QStringLiteral("'%1' is not a grade on this scale (expected %2)")
                  .arg(raw, acceptedMarks(GradingMode::Graded).join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace dd
