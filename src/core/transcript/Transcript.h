// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/audit/AuditResult.h"
#include "core/policy/InstitutionPolicy.h"
#include "core/policy/Programme.h"
#include "core/records/Course.h"
#include "core/records/CourseResult.h"
#include "core/records/Student.h"
#include "core/records/TransferCredit.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

/**
 * What one institution's transcript of one student shows, as plain values ready
 * to print: identity, every term's courses with their marks and grade points, the
 * term and cumulative GPA by the institution's rule, credit transferred in, the
 * outcome, and the grading legend. Texts in the institution's native language
 * (Chinese or Thai) stand beside the English ones. The canonical form is what a
 * transcript's digest is taken over and what verification compares.
 */
struct Transcript
{
    struct Line
    {
        QString code;
        QString titleEn;
        QString titleNative;
        QString credits; ///< as the institution writes them: "3", "3(2-2-5)"
        QString grade; ///< as recorded ("85", "B+", "S"), or "TR B+" / "转入 85" for a transfer
        QString points; ///< grade points ("3.70"), empty when the grade carries none
        QString noteEn; ///< make-up, retake, in progress, where a transfer came from
        QString noteNative;
    };
    struct Term
    {
        QString code; ///< in the institution's own naming: 2021-2022-1, 1/2564
        QList<Line> lines;
        int creditsHalves = 0; ///< credits of the courses taken (each attempt)
        int earnedHalves = 0; ///< credits passed this term
        QString termGpa;
        QString cumulativeGpa;
    };
    struct LegendEntry
    {
        QString grade; ///< "A", "90–100", "优秀"
        QString meaning; ///< "4.0", "= 95", "pass", "withdrawn"
    };

    int formatVersion = 1;
    QString institution;
    QString language; ///< en, en-zh, en-th
    QString institutionNameEn;
    QString institutionNameNative;
    QString otherInstitutionNameEn; ///< where transferred credit came from

    QString studentId;
    QString institutionNo; ///< the student's number at this institution
    QString otherInstitutionNo;
    QString nameLatin; ///< FAMILY Given
    QString nameNative; ///< in Chinese or Thai script, when the transcript's language has it
    QDate dateOfBirth;
    QString dateOfBirthNative; ///< as the institution writes dates (Buddhist Era at RUTS), when native
    QString nationality;
    QString nationalId; ///< printed where the institution's policy says so and the student has one
    int cohort = 0;
    QString programmeEn;
    QString programmeNative;
    QString degreeEn;
    QString degreeNative;

    QList<Line> transferred;
    QList<Term> terms;
    int creditsEarnedHalves = 0;
    int creditsRequiredHalves = 0;
    QString gpa;
    bool graduationCompleted = false;
    bool degreeAwarded = false;
    QString honours; ///< empty, "first", "second"
    QList<LegendEntry> legend;
    QString gpaRuleEn; ///< how the GPA is computed, in words
    QString transferLabel;
    bool letterGrades = false; ///< letters (RUTS) rather than marks (CQUPT)

    QDate issued;
    QString issuedNative; ///< the date of issue as the institution writes it
    QString signatoryEn;
    QString signatoryNative;

    /** The canonical text of everything shown: one "key: value" line per fact, fixed order. */
    QString canonical() const;
    /** Lowercase hex SHA-256 of canonical() in UTF-8. */
    QString digest() const;
    /** How many course lines the transcript has, transfers included. */
    int lineCount() const;

    /**
     * The lines that differ between two canonical texts: "- old" for a line only
     * in \a before, "+ new" for one only in \a after, in their order.
     */
    static QStringList differences(const QString& before, const QString& after);
};

/** The values a transcript is made from, as read from the store. */
struct TranscriptSource
{
    Student student;
    const InstitutionPolicy* policy = nullptr;
    QString language; ///< en, or the institution's own (en-zh, en-th); empty = the institution's own
    QString otherInstitutionNameEn;
    Programme programme;
    QHash<QString, Course> courses; ///< this institution's catalogue, by code
    QList<CourseResult> results; ///< this institution's results of the student
    QList<TransferCredit> transfers; ///< applied transfers into this institution
    /** The source courses' terms, by "INSTITUTION CODE", for the transfer notes. */
    QHash<QString, QString> sourceTerms;
    AuditResult audit; ///< against the student's programme at this institution
    QDate issued;
};

/** Makes a Transcript from a TranscriptSource (a pure function of values). */
class TranscriptBuilder
{
public:
    /** The transcript; false with a reason when a result's course or term is not known. */
    static bool build(const TranscriptSource& source, Transcript* out, QString* error);
};

} // namespace dd
