// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/transcript/Transcript.h"

#include "core/audit/GpaCalculator.h"
#include "core/records/AttemptRecord.h"
#include "core/text/Decimal.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace dd {

namespace {

QString points(const std::optional<int>& hundredths)
{
    return hundredths ? Decimal::formatScaled(*hundredths, 2, 2) : QString();
}

QString shortPoints(int hundredths)
{
    return Decimal::formatScaled(hundredths, 2, hundredths % 10 ? 2 : 1);
}

QString nativeTitle(const Course& c, const QString& language)
{
    if (language == QLatin1String("en-zh")) {
        return c.titleZh;
    }
    if (language == QLatin1String("en-th")) {
        return c.titleTh;
    }
    return QString();
}

QString nativeCategory(const InstitutionPolicy::Category& c, const QString& language)
{
    if (language == QLatin1String("en-zh")) {
        return c.nameZh;
    }
    if (language == QLatin1String("en-th")) {
        return c.nameTh;
    }
    return QString();
}

QList<Transcript::LegendEntry> legendOf(const InstitutionPolicy& policy)
{
    const GradingScale& scale = policy.grading();
    QList<Transcript::LegendEntry> out;
    if (scale.scheme() == GradingScale::Scheme::Mark) {
        int upper = scale.maxMarkTenths();
        for (const GradingScale::PointsBand& band : scale.bands()) {
            const QString range = band.minMarkTenths == upper
                ? Decimal::formatScaled(upper, 1, 0)
                : QStringLiteral("%1–%2").arg(Decimal::formatScaled(band.minMarkTenths, 1, 0),
                                              Decimal::formatScaled(upper, 1, upper % 10 ? 1 : 0));
            out.append({range, shortPoints(band.pointsHundredths)});
            upper = band.minMarkTenths - 1; // the band below ends one tenth lower
        }
        for (const GradingScale::Word& w : scale.words()) {
            out.append({w.word, QStringLiteral("= %1").arg(Decimal::formatScaled(w.markTenths, 1, 0))});
        }
        out.append(
            {QStringLiteral("≥ %1").arg(Decimal::formatScaled(scale.passMarkTenths(), 1, 0)), QStringLiteral("pass")});
    } else {
        for (const GradingScale::Letter& l : scale.letters()) {
            out.append({l.grade,
                        l.passed ? shortPoints(l.pointsHundredths)
                                 : QStringLiteral("%1 (fail)").arg(shortPoints(l.pointsHundredths))});
        }
    }
    for (const GradingScale::PassFailMark& m : scale.passFailMarks()) {
        out.append({m.mark, m.passed ? QStringLiteral("pass") : QStringLiteral("fail")});
    }
    for (const GradingScale::OtherMark& m : scale.otherMarks()) {
        out.append(
            {m.mark, m.kind == Grade::Kind::Withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("incomplete")});
    }
    out.append({policy.transcript().transferLabel, QStringLiteral("credit transferred, converted grade")});
    return out;
}

QString gpaRuleOf(const InstitutionPolicy& policy)
{
    const InstitutionPolicy::GpaRule& rule = policy.gpa();
    QStringList parts {QStringLiteral("GPA = Σ(grade points × credits) ÷ Σ credits of graded courses")};
    parts << (rule.attempts == InstitutionPolicy::AttemptsInGpa::Best ? QStringLiteral("the best attempt counts")
                                                                      : QStringLiteral("every graded attempt counts"));
    if (rule.makeupPassedMarkTenths) {
        parts << QStringLiteral("a passed make-up exam counts as %1")
                     .arg(Decimal::formatScaled(*rule.makeupPassedMarkTenths, 1, 0));
    }
    parts << (rule.transfersInGpa ? QStringLiteral("transferred grades count")
                                  : QStringLiteral("transferred credit carries no grade points"));
    parts << QStringLiteral("%1 to %2 decimals")
                 .arg(rule.rounding == InstitutionPolicy::Rounding::HalfUp ? QStringLiteral("rounded half-up")
                                                                           : QStringLiteral("truncated"))
                 .arg(rule.decimals);
    return parts.join(QStringLiteral("; "));
}

} // namespace

bool TranscriptBuilder::build(const TranscriptSource& in, Transcript* out, QString* error)
{
    const InstitutionPolicy& policy = *in.policy;
    const InstitutionPolicy::TranscriptRule& rule = policy.transcript();
    const QString language = in.language.isEmpty() ? rule.language : in.language;
    const bool native = language != QLatin1String("en");
    Transcript t;
    t.institution = policy.code();
    t.language = language;
    t.institutionNameEn = policy.nameEn();
    t.institutionNameNative = native ? policy.nativeName() : QString();
    t.otherInstitutionNameEn = in.otherInstitutionNameEn;

    const Student& s = in.student;
    t.studentId = s.studentId;
    const bool cqupt = policy.code() == QLatin1String("CQUPT");
    t.institutionNo = cqupt ? s.cquptNo : s.rutsNo;
    t.otherInstitutionNo = cqupt ? s.rutsNo : s.cquptNo;
    t.nameLatin = s.familyName.toUpper() + QLatin1Char(' ') + s.givenName;
    t.nameNative = language == QLatin1String("en-zh") ? s.nameZh
        : language == QLatin1String("en-th")          ? s.nameTh
                                                      : QString();
    t.dateOfBirth = s.dateOfBirth;
    t.dateOfBirthNative = native && s.dateOfBirth.isValid() ? rule.nativeDate(s.dateOfBirth) : QString();
    t.nationality = s.nationality;
    t.nationalId = rule.printsNationalId ? s.nationalId : QString();
    t.cohort = s.cohort;
    t.programmeEn = in.programme.nameEn;
    t.degreeEn = in.programme.degreeEn;
    t.programmeNative = language == QLatin1String("en-zh") ? in.programme.nameZh
        : language == QLatin1String("en-th")               ? in.programme.nameTh
                                                           : QString();
    t.degreeNative = language == QLatin1String("en-zh") ? in.programme.degreeZh
        : language == QLatin1String("en-th")            ? in.programme.degreeTh
                                                        : QString();
    t.transferLabel = rule.transferLabel;
    t.letterGrades = policy.grading().scheme() == GradingScale::Scheme::Letter;
    t.issued = in.issued;
    t.issuedNative = native ? rule.nativeDate(in.issued) : QString();
    t.signatoryEn = rule.signatoryEn;
    t.signatoryNative = native ? rule.signatoryNative : QString();

    const GpaCalculator calc(policy);
    struct Row
    {
        TermInfo term;
        const Course* course = nullptr;
        const CourseResult* result = nullptr;
        AttemptRecord record;
    };
    QList<Row> rows;
    for (const CourseResult& r : in.results) {
        auto course = in.courses.constFind(r.courseCode);
        if (course == in.courses.cend()) {
            *error = QStringLiteral("%1 %2 is not in the catalogue").arg(policy.code(), r.courseCode);
            return false;
        }
        QString reason;
        const std::optional<TermInfo> term = policy.terms().parse(r.term, &reason);
        if (!term) {
            *error = QStringLiteral("%1 %2: %3").arg(r.courseCode, r.term, reason);
            return false;
        }
        Row row;
        row.term = *term;
        row.course = &course.value();
        row.result = &r;
        row.record = {r.courseCode, course->creditsHalves, course->grading, r.mark, r.attempt, term->ordinal(), false};
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.term.ordinal() != b.term.ordinal()) {
            return a.term.ordinal() < b.term.ordinal();
        }
        if (a.result->courseCode != b.result->courseCode) {
            return a.result->courseCode < b.result->courseCode;
        }
        return int(a.result->attempt) < int(b.result->attempt);
    });

    // Courses passed here, by code, with the term of the first pass: a transfer into one
    // of them is another attempt of the same course, shown on its own line and counted once.
    QHash<QString, QString> passedHere;
    for (const Row& row : std::as_const(rows)) {
        QString reason;
        const std::optional<Grade> g = calc.effectiveGrade(row.record, &reason);
        if (g && g->passed && !passedHere.contains(row.course->code)) {
            passedHere.insert(row.course->code, row.term.code);
        }
    }

    // Transfers: their own block, and part of every cumulative GPA (they are prior credit).
    QList<AttemptRecord> transferRecords;
    for (const TransferCredit& tc : in.transfers) {
        Transcript::Line line;
        const auto course = in.courses.constFind(tc.targetCourseCode);
        if (!tc.targetCourseCode.isEmpty() && course != in.courses.cend()) {
            line.code = course->code;
            line.titleEn = course->titleEn;
            line.titleNative = nativeTitle(*course, language);
            line.credits = course->creditsHalves == tc.creditsHalves ? policy.formatCredits(*course)
                                                                     : Decimal::formatHalves(tc.creditsHalves);
        } else {
            line.code = tc.targetCourseCode;
            line.titleEn = QStringLiteral("Block credit: %1").arg(tc.targetCategory);
            for (const InstitutionPolicy::Category& c : policy.categories()) {
                if (c.code == tc.targetCategory) {
                    line.titleEn = QStringLiteral("Block credit: %1").arg(c.nameEn);
                    line.titleNative = nativeCategory(c, language);
                    if (!line.titleNative.isEmpty() && !rule.blockCreditLabel.isEmpty()) {
                        QString label = rule.blockCreditLabel;
                        line.titleNative = label.replace(QLatin1String("{category}"), line.titleNative);
                    }
                }
            }
            line.credits = Decimal::formatHalves(tc.creditsHalves);
        }
        line.grade = rule.transferLabel + QLatin1Char(' ') + tc.convertedGrade;
        const GradingMode mode = course != in.courses.cend() ? course->grading : GradingMode::Graded;
        QString reason;
        const std::optional<Grade> g = policy.grading().classify(tc.convertedGrade, mode, &reason);
        if (policy.gpa().transfersInGpa && g) {
            line.points = points(g->pointsHundredths);
        }
        QStringList from;
        for (const QString& code : tc.fromCodes) {
            const QString term = in.sourceTerms.value(tc.fromInstitution + QLatin1Char(' ') + code);
            from << (term.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, term));
        }
        line.noteEn = QStringLiteral("from %1 %2").arg(tc.fromInstitution, from.join(QStringLiteral(" + ")));
        if (passedHere.contains(tc.targetCourseCode)) {
            line.noteEn += QStringLiteral("; also passed here in %1, credits counted once")
                               .arg(passedHere.value(tc.targetCourseCode));
            line.noteNative = native ? rule.countedOnceLabel : QString();
        }
        t.transferred.append(line);
        // Keyed by the target course, so the transfer and an attempt here are attempts of one course.
        transferRecords.append({tc.targetCourseCode.isEmpty()
                                    ? QStringLiteral("TR:") + tc.fromCodes.join(QLatin1Char('+'))
                                    : tc.targetCourseCode,
                                tc.creditsHalves, mode, tc.convertedGrade, Attempt::Regular, 0, true});
    }
    std::sort(t.transferred.begin(), t.transferred.end(),
              [](const Transcript::Line& a, const Transcript::Line& b) { return a.code < b.code; });

    QList<AttemptRecord> upToNow = transferRecords;
    for (int i = 0; i < rows.size();) {
        Transcript::Term term;
        term.code = rows.at(i).term.code;
        QList<AttemptRecord> inTerm;
        const int ordinal = rows.at(i).term.ordinal();
        for (; i < rows.size() && rows.at(i).term.ordinal() == ordinal; ++i) {
            const Row& row = rows.at(i);
            Transcript::Line line;
            line.code = row.course->code;
            line.titleEn = row.course->titleEn;
            line.titleNative = nativeTitle(*row.course, language);
            line.credits = policy.formatCredits(*row.course);
            line.grade = row.result->mark;
            QString reason;
            const std::optional<Grade> g = calc.effectiveGrade(row.record, &reason);
            if (g) {
                line.points = points(g->pointsHundredths);
            }
            if (row.result->mark.isEmpty()) {
                line.noteEn = QStringLiteral("in progress");
            } else if (row.result->attempt == Attempt::Makeup) {
                line.noteEn = QStringLiteral("make-up exam");
                line.noteNative = native ? rule.makeupLabel : QString();
                const std::optional<int> recordedAs = policy.gpa().makeupPassedMarkTenths;
                if (g && g->passed && recordedAs && g->markTenths == *recordedAs) {
                    const QString as = Decimal::formatScaled(*recordedAs, 1, *recordedAs % 10 ? 1 : 0);
                    if (as != row.result->mark) {
                        line.noteEn += QStringLiteral(", counts as %1").arg(as);
                        if (native && !rule.makeupCountsAsLabel.isEmpty()) {
                            QString countsAs = rule.makeupCountsAsLabel;
                            line.noteNative += countsAs.replace(QLatin1String("{mark}"), as);
                        }
                    }
                }
            } else if (row.result->attempt == Attempt::Retake) {
                line.noteEn = QStringLiteral("retake");
                line.noteNative = native ? rule.retakeLabel : QString();
            }
            term.creditsHalves += row.course->creditsHalves;
            if (g && g->passed) {
                term.earnedHalves += row.course->creditsHalves;
            }
            term.lines.append(line);
            inTerm.append(row.record);
        }
        upToNow.append(inTerm);
        term.termGpa = calc.compute(inTerm).gpaText();
        term.cumulativeGpa = calc.compute(upToNow).gpaText();
        t.terms.append(term);
    }

    t.creditsEarnedHalves = in.audit.creditsEarnedHalves;
    t.creditsRequiredHalves = in.audit.creditsRequiredHalves;
    t.gpa = in.audit.gpa;
    t.graduationCompleted = in.audit.graduationEligible;
    t.degreeAwarded = in.audit.graduationEligible && in.audit.degreeEligible;
    t.honours = t.degreeAwarded ? in.audit.honours : QString();
    t.legend = legendOf(policy);
    t.gpaRuleEn = gpaRuleOf(policy);
    *out = t;
    return true;
}

QString Transcript::canonical() const
{
    QStringList lines;
    auto add = [&lines](const QString& key, const QString& value) {
        QString v = value;
        v.replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << key + QStringLiteral(": ") + v;
    };
    add(QStringLiteral("format"), QString::number(formatVersion));
    add(QStringLiteral("institution"), institution);
    add(QStringLiteral("language"), language);
    add(QStringLiteral("institution_name"), institutionNameEn + QStringLiteral(" | ") + institutionNameNative);
    add(QStringLiteral("student_id"), studentId);
    add(QStringLiteral("student_no"), institutionNo);
    add(QStringLiteral("other_student_no"), otherInstitutionNo);
    add(QStringLiteral("name"), nameLatin + QStringLiteral(" | ") + nameNative);
    add(QStringLiteral("date_of_birth"), dateOfBirth.toString(Qt::ISODate));
    add(QStringLiteral("nationality"), nationality);
    if (!nationalId.isEmpty()) {
        add(QStringLiteral("national_id"), nationalId); // only where printed, so older records read the same
    }
    add(QStringLiteral("cohort"), QString::number(cohort));
    add(QStringLiteral("programme"), programmeEn + QStringLiteral(" | ") + programmeNative);
    add(QStringLiteral("degree"), degreeEn + QStringLiteral(" | ") + degreeNative);
    auto lineText = [](const Line& l) {
        return QStringList {l.code, l.titleEn, l.titleNative, l.credits, l.grade, l.points, l.noteEn, l.noteNative}
            .join(QStringLiteral(" | "));
    };
    for (const Line& l : transferred) {
        add(QStringLiteral("transferred"), lineText(l));
    }
    for (const Term& term : terms) {
        for (const Line& l : term.lines) {
            add(QStringLiteral("course ") + term.code, lineText(l));
        }
        add(QStringLiteral("term ") + term.code,
            QStringLiteral("credits %1 | earned %2 | GPA %3 | cumulative %4")
                .arg(Decimal::formatHalves(term.creditsHalves), Decimal::formatHalves(term.earnedHalves), term.termGpa,
                     term.cumulativeGpa));
    }
    add(QStringLiteral("credits_earned"), Decimal::formatHalves(creditsEarnedHalves));
    add(QStringLiteral("credits_required"), Decimal::formatHalves(creditsRequiredHalves));
    add(QStringLiteral("gpa"), gpa);
    add(QStringLiteral("graduation"),
        graduationCompleted ? QStringLiteral("completed") : QStringLiteral("not completed"));
    add(QStringLiteral("degree_awarded"), degreeAwarded ? QStringLiteral("yes") : QStringLiteral("no"));
    add(QStringLiteral("honours"), honours);
    for (const LegendEntry& e : legend) {
        add(QStringLiteral("legend"), e.grade + QStringLiteral(" = ") + e.meaning);
    }
    add(QStringLiteral("gpa_rule"), gpaRuleEn);
    add(QStringLiteral("issued"), issued.toString(Qt::ISODate));
    add(QStringLiteral("signatory"), signatoryEn + QStringLiteral(" | ") + signatoryNative);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Transcript::digest() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical().toUtf8(), QCryptographicHash::Sha256).toHex());
}

int Transcript::lineCount() const
{
    int n = int(transferred.size());
    for (const Term& term : terms) {
        n += int(term.lines.size());
    }
    return n;
}

QStringList Transcript::differences(const QString& before, const QString& after)
{
    const QStringList a = before.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList b = after.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QMap<QString, int> inA;
    QMap<QString, int> inB;
    for (const QString& line : a) {
        ++inA[line];
    }
    for (const QString& line : b) {
        ++inB[line];
    }
    QStringList out;
    QMap<QString, int> seen;
    for (const QString& line : a) {
        if (++seen[line] > inB.value(line)) {
            out << QStringLiteral("- ") + line;
        }
    }
    seen.clear();
    for (const QString& line : b) {
        if (++seen[line] > inA.value(line)) {
            out << QStringLiteral("+ ") + line;
        }
    }
    return out;
}

} // namespace dd
