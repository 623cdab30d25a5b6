// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/records/Grade.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

class JsonReader;

/**
 * An institution's grading scale, read from the "grading" object of its policy
 * file: either numeric marks (with optional words that stand for a mark and a
 * table of grade points by mark) or letter grades with their points, plus the
 * pass/fail marks and the marks that mean withdrawn or incomplete.
 */
class GradingScale
{
public:
    enum class Scheme {
        Mark,
        Letter,
    };

    struct Word
    {
        QString word;
        int markTenths = 0;
    };
    struct PointsBand
    {
        int minMarkTenths = 0;
        int pointsHundredths = 0;
    };
    struct Letter
    {
        QString grade;
        int pointsHundredths = 0;
        bool passed = true;
    };
    struct PassFailMark
    {
        QString mark;
        bool passed = true;
    };
    struct OtherMark
    {
        QString mark;
        Grade::Kind kind = Grade::Kind::Withdrawn;
    };

    /** Reads the scale from \a obj; errors go to \a reader under \a path. */
    static GradingScale fromJson(const QJsonObject& obj, JsonReader& reader, const QString& path);

    /**
     * Classifies \a raw for a course graded in \a mode. An empty mark means in
     * progress. Returns std::nullopt and a reason when the mark is not valid.
     */
    std::optional<Grade> classify(const QString& raw, GradingMode mode, QString* reason) const;

    /** Grade points (hundredths) of a numeric mark (tenths). */
    int pointsForMark(int markTenths) const;

    /** The marks accepted for \a mode, for messages and pickers. */
    QStringList acceptedMarks(GradingMode mode) const;

    Scheme scheme() const { return m_scheme; }
    int passMarkTenths() const { return m_passMarkTenths; }
    int minMarkTenths() const { return m_minTenths; }
    int maxMarkTenths() const { return m_maxTenths; }
    const QList<Word>& words() const { return m_words; }
    const QList<Letter>& letters() const { return m_letters; }
    const QList<PassFailMark>& passFailMarks() const { return m_passFail; }
    /** Grade points by mark, highest band first. */
    const QList<PointsBand>& bands() const { return m_bands; }
    const QList<OtherMark>& otherMarks() const { return m_other; }

private:
    std::optional<Grade> classifyNumber(const QString& raw, QString* reason) const;

    Scheme m_scheme = Scheme::Mark;
    int m_minTenths = 0;
    int m_maxTenths = 1000;
    int m_markDecimals = 0;
    int m_passMarkTenths = 600;
    QList<Word> m_words;
    QList<PointsBand> m_bands; // sorted by minMarkTenths, highest first
    QList<Letter> m_letters;
    QList<PassFailMark> m_passFail;
    QList<OtherMark> m_other;
};

} // namespace dd
