// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/policy/Programme.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

/**
 * One requirement of a programme, as written in its rule file. Which fields are
 * used depends on the kind:
 * - Credits: \c credits from courses matching \c categories / \c courses
 *   (optionally \c min_grade), with nested \c children whose credits count
 *   toward this requirement too;
 * - Courses: every course of \c courses passed (optionally \c min_grade);
 * - Choose: \c count courses from \c categories / \c courses;
 * - TotalCredits: \c credits over every course;
 * - Gpa: GPA at least \c minGpa (after the institution's rounding);
 * - Residency: \c credits taken at the institution itself;
 * - TransferCap: transferred credits at most \c fraction of \c ofCredits;
 * - Milestone: an HSK sitting of \c minLevel with \c minScore, or a passed
 *   thesis or internship;
 * - TimeLimit: finished within \c regularSemesters regular semesters.
 */
struct Requirement
{
    enum class Kind {
        Credits,
        Courses,
        Choose,
        TotalCredits,
        Gpa,
        Residency,
        TransferCap,
        Milestone,
        TimeLimit,
    };

    QString id;
    QString label;
    QString labelZh; ///< the label in Chinese, when the rule file gives one
    QString labelTh; ///< the label in Thai, when the rule file gives one
    Kind kind = Kind::Credits;
    QString parentId;
    int creditsHalves = 0;
    int count = 0;
    QStringList categories;
    QStringList courses;
    QStringList exclude;
    QString minGrade; ///< on the institution's own scale; empty = any pass
    int minGpaScaled = 0; ///< GPA x 100
    int fractionPermille = 0; ///< TransferCap: 750 = 3/4
    int ofCreditsHalves = 0; ///< TransferCap: of this many credits
    QString milestone; ///< HSK, THESIS, INTERNSHIP
    int minLevel = 0;
    int minScore = 0;
    int regularSemesters = 0;

    /** Requirements about credits of matching courses (the ones courses are assigned to). */
    bool takesCourses() const { return kind == Kind::Credits || kind == Kind::Courses || kind == Kind::Choose; }
    /** Whether a course with \a code in \a category may count here (exceptions aside). */
    bool matches(const QString& code, const QString& category) const;
};

/**
 * A programme's degree requirements: the rule file of one institution and
 * catalogue year (data/programmes/<CODE>.json). Which requirements decide
 * graduation and which the degree, which may share a course, and the honours
 * rules are part of the file.
 */
class RuleSet
{
public:
    struct HonoursClass
    {
        QString name; ///< "first", "second"
        int minGpaScaled = 0;
    };
    struct Honours
    {
        QList<HonoursClass> classes; ///< best first
        QString minGrade; ///< no grade below this
        bool noRetake = false;
        int maxRegularSemesters = 0;
    };

    /**
     * Where and how long the programme's students study: the years of study (1 = the
     * cohort's first academic year) they spend at this institution, and the most years
     * the programme allows from the first.
     */
    struct Study
    {
        QList<int> years;
        int normalYears = 0; ///< how long the programme takes when all goes to plan
        int timeLimitYears = 0;
    };
    /** Reads a rule file; returns false with "file: path: reason" in \a error. */
    static bool fromJson(const QByteArray& bytes, const QString& fileName, RuleSet* rules, QString* error);

    const Programme& programme() const { return m_programme; }
    const QList<Requirement>& requirements() const { return m_requirements; }
    const Requirement* requirement(const QString& id) const;
    /** Ids of the direct children of \a id, in file order. */
    QStringList children(const QString& id) const;
    /** True when \a ancestor is \a id or one of its parents. */
    bool isAncestor(const QString& ancestor, const QString& id) const;
    const QStringList& graduation() const { return m_graduation; }
    const QStringList& degree() const { return m_degree; }
    /** True when the rule file lets requirements \a a and \a b count the same course. */
    bool mayShare(const QString& a, const QString& b) const;
    const std::optional<Honours>& honours() const { return m_honours; }
    /** The study block of the rule file; none when the file has no "study". */
    const std::optional<Study>& study() const { return m_study; }

    /** The credits of the first total_credits requirement, or 0. */
    int totalCreditsHalves() const;
    /** The credits a transfer_cap requirement \a r allows (its fraction of its credits or of the total). */
    int capHalves(const Requirement& r) const;
    /** The cap of the programme's first transfer_cap requirement, or 0 when it has none. */
    int transferCapHalves() const;

private:
    Programme m_programme;
    QList<Requirement> m_requirements;
    QStringList m_graduation;
    QStringList m_degree;
    QList<QPair<QString, QString>> m_shares;
    std::optional<Honours> m_honours;
    std::optional<Study> m_study;
};

} // namespace dd
