// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/policy/GradingScale.h"
#include "core/policy/TermNaming.h"
#include "core/records/Course.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dd {

/**
 * One institution's regulations as data: names, how hours make a credit, course
 * categories, term naming, grading scale and GPA rule. Read from
 * \c data/policies/<INSTITUTION>.json; the registrar may change that file, the
 * code knows none of the numbers.
 */
class InstitutionPolicy
{
public:
    struct Category
    {
        QString code;
        QString nameEn;
        QString nameZh;
        QString nameTh;
        QString countsToward; ///< parent category code, or empty
    };

    enum class Rounding {
        HalfUp,
        Truncate,
    };
    enum class AttemptsInGpa {
        Best, ///< only the best attempt of a course counts
        All, ///< every graded attempt counts
    };

    struct GpaRule
    {
        Rounding rounding = Rounding::HalfUp;
        int decimals = 2;
        AttemptsInGpa attempts = AttemptsInGpa::Best;
        std::optional<int> makeupPassedMarkTenths; ///< a passed make-up exam counts as this mark
        bool transfersInGpa = true; ///< whether grades converted by a transfer count in the GPA
    };

    /** What this institution accepts as credit transferred in from the other one. */
    struct TransferInRule
    {
        std::optional<Grade> minimumGrade; ///< the lowest converted grade accepted; none = any pass
        int maxAgeYears = 0; ///< 0 = no limit; age counts from the end of the source term
    };

    /** How this institution's transcripts are written. */
    struct TranscriptRule
    {
        QString language = QStringLiteral("en"); ///< the document language: en, en-zh or en-th
        QString transferLabel = QStringLiteral("TR"); ///< printed before a transferred grade
        QString makeupLabel; ///< annotation of a make-up exam, in the native language
        QString retakeLabel; ///< annotation of a retake
        QString countedOnceLabel; ///< annotation of a transfer into a course also passed here
        QString makeupCountsAsLabel; ///< "按{mark}分计": what a passed make-up exam counts as, natively
        QString blockCreditLabel; ///< "类别学分：{category}": the native title of block credit
        bool printsNationalId = false; ///< the identity block shows the student's national ID
        QString dateLocale = QStringLiteral("en"); ///< locale of the native date of issue
        QString dateFormat = QStringLiteral("d MMMM {year}"); ///< QLocale format; {year} = year + era offset
        int dateEraOffset = 0;
        QString signatoryEn = QStringLiteral("Registrar");
        QString signatoryNative;

        /** \a date written as the institution writes it in its own language. */
        QString nativeDate(const QDate& date) const;
    };

    /** The credits a student may take in one term (0: no limit set). */
    struct Load
    {
        int minHalves = 0; ///< the least in a regular term
        int maxHalves = 0; ///< the most in a regular term
        int summerMaxHalves = 0; ///< the most in a term that is not regular
        /** Whether the policy says how much a term may carry at all. */
        bool isSet() const { return maxHalves > 0; }
        int maxFor(bool regular) const { return regular ? maxHalves : summerMaxHalves; }
    };
    /** Who the institution is in records exchanged with others (ELMO's issuer). */
    struct Exchange
    {
        QString country; ///< ISO 3166-1 alpha-2
        QString schac; ///< its SCHAC home organisation (internet domain)
        QString url; ///< its web site
    };

    /**
     * Reads a policy file. Returns false with "file: path: reason" in \a error when
     * the file is malformed.
     */
    static bool fromJson(const QByteArray& bytes, const QString& fileName, InstitutionPolicy* policy, QString* error);

    QString code() const { return m_code; }
    QString version() const { return m_version; }
    QString nameEn() const { return m_nameEn; }
    QString nameZh() const { return m_nameZh; }
    QString nameTh() const { return m_nameTh; }
    int lectureHoursPerCredit() const { return m_lectureHoursPerCredit; }
    int labHoursPerCredit() const { return m_labHoursPerCredit; }
    const QList<Category>& categories() const { return m_categories; }
    bool hasCategory(const QString& code) const;
    QStringList categoryCodes() const;
    const TermNaming& terms() const { return m_terms; }
    const GradingScale& grading() const { return m_grading; }
    const GpaRule& gpa() const { return m_gpa; }
    const TransferInRule& transferIn() const { return m_transferIn; }
    const TranscriptRule& transcript() const { return m_transcript; }
    const Exchange& exchange() const { return m_exchange; }
    const Load& load() const { return m_load; }
    /** The grade a plan assumes for every course still to be taken here, unless told otherwise. */
    QString plannedGrade() const { return m_plannedGrade; }
    /** The institution's name in the native language of its transcripts (Chinese or Thai), or English. */
    QString nativeName() const;

    /**
     * Whether a converted grade on this institution's scale may come in by
     * transfer: it must be a pass, and not below the rule's minimum grade.
     */
    bool acceptsTransferGrade(const Grade& grade) const;

    /**
     * The credits that \a lectureHours and \a labHours (per term) are worth here,
     * rounded down to half a credit.
     */
    int creditsForHours(int lectureHours, int labHours) const;

    /**
     * Credits as this institution writes them: plain ("3", "2.5"), or with the
     * weekly hours of lecture, lab and self-study over the term's weeks, as in
     * the Thai notation "3(2-2-5)".
     */
    QString formatCredits(const Course& course) const;
    QByteArray source() const { return m_source; }

private:
    QString m_code;
    QString m_version;
    QString m_nameEn;
    Exchange m_exchange;
    Load m_load;
    QString m_plannedGrade;
    QString m_nameZh;
    QString m_nameTh;
    int m_lectureHoursPerCredit = 16;
    int m_labHoursPerCredit = 32;
    QList<Category> m_categories;
    TermNaming m_terms;
    GradingScale m_grading;
    GpaRule m_gpa;
    TransferInRule m_transferIn;
    TranscriptRule m_transcript;
    bool m_creditsWithWeeklyHours = false;
    int m_weeksPerTerm = 15;
    QByteArray m_source;
};

} // namespace dd
