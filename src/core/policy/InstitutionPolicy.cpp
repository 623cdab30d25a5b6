// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/policy/InstitutionPolicy.h"

#include <QLocale>

#include "core/text/Decimal.h"
#include "core/text/JsonReader.h"

#include <QLocale>
#include <QRegularExpression>

namespace dd {

bool InstitutionPolicy::fromJson(const QByteArray& bytes, const QString& fileName, InstitutionPolicy* policy,
                                 QString* error)
{
    JsonReader reader(fileName);
    const QJsonObject root = reader.parse(bytes);
    InstitutionPolicy p;
    if (reader.ok()
        && reader.string(root, QStringLiteral("format"), QString()) != QLatin1String("dualdegree-institution-policy")) {
        reader.fail(QStringLiteral("format"), QStringLiteral("must be \"dualdegree-institution-policy\""));
    }
    if (reader.ok() && reader.integer(root, QStringLiteral("format_version"), QString()).value_or(0) != 1) {
        reader.fail(QStringLiteral("format_version"),
                    QStringLiteral("this version of DualDegree reads format_version 1"));
    }
    p.m_code = reader.string(root, QStringLiteral("institution"), QString());
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z][A-Z0-9]{1,15}$"));
    if (reader.ok() && !codeRe.match(p.m_code).hasMatch()) {
        reader.fail(QStringLiteral("institution"),
                    QStringLiteral("'%1' is not an institution code (A-Z, 0-9)").arg(p.m_code));
    }
    p.m_version = reader.string(root, QStringLiteral("version"), QString());
    const QJsonObject names = reader.object(root, QStringLiteral("names"), QString());
    p.m_nameEn = reader.string(names, QStringLiteral("en"), QStringLiteral("names"));
    p.m_nameZh = reader.string(names, QStringLiteral("zh"), QStringLiteral("names"), false);
    p.m_nameTh = reader.string(names, QStringLiteral("th"), QStringLiteral("names"), false);

    const QJsonObject hours = reader.object(root, QStringLiteral("credit_hours"), QString());
    p.m_lectureHoursPerCredit
        = reader.integer(hours, QStringLiteral("lecture"), QStringLiteral("credit_hours")).value_or(0);
    p.m_labHoursPerCredit = reader.integer(hours, QStringLiteral("lab"), QStringLiteral("credit_hours")).value_or(0);
    if (reader.ok() && (p.m_lectureHoursPerCredit <= 0 || p.m_labHoursPerCredit <= 0)) {
        reader.fail(QStringLiteral("credit_hours"), QStringLiteral("hours per credit must be positive"));
    }

    const QJsonArray categories = reader.array(root, QStringLiteral("categories"), QString());
    for (int i = 0; i < categories.size(); ++i) {
        const QString path = QStringLiteral("categories[%1]").arg(i);
        const QJsonObject c = reader.element(categories, i, path);
        Category cat;
        cat.code = reader.string(c, QStringLiteral("code"), path);
        cat.nameEn = reader.string(c, QStringLiteral("en"), path);
        cat.nameZh = reader.string(c, QStringLiteral("zh"), path, false);
        cat.nameTh = reader.string(c, QStringLiteral("th"), path, false);
        cat.countsToward = reader.string(c, QStringLiteral("counts_toward"), path, false);
        if (reader.ok() && p.hasCategory(cat.code)) {
            reader.fail(path + QStringLiteral(".code"), QStringLiteral("category '%1' is listed twice").arg(cat.code));
        }
        p.m_categories.append(cat);
    }
    for (int i = 0; i < p.m_categories.size() && reader.ok(); ++i) {
        const QString parent = p.m_categories.at(i).countsToward;
        if (!parent.isEmpty() && !p.hasCategory(parent)) {
            reader.fail(QStringLiteral("categories[%1].counts_toward").arg(i),
                        QStringLiteral("unknown category '%1'").arg(parent));
        }
    }

    p.m_terms = TermNaming::fromJson(reader.object(root, QStringLiteral("terms"), QString()), reader,
                                     QStringLiteral("terms"));
    p.m_grading = GradingScale::fromJson(reader.object(root, QStringLiteral("grading"), QString()), reader,
                                         QStringLiteral("grading"));

    const QJsonObject gpa = reader.object(root, QStringLiteral("gpa"), QString());
    const QString rounding = reader.string(gpa, QStringLiteral("rounding"), QStringLiteral("gpa"));
    if (rounding == QLatin1String("half-up")) {
        p.m_gpa.rounding = Rounding::HalfUp;
    } else if (rounding == QLatin1String("truncate")) {
        p.m_gpa.rounding = Rounding::Truncate;
    } else if (reader.ok()) {
        reader.fail(QStringLiteral("gpa.rounding"), QStringLiteral("must be \"half-up\" or \"truncate\""));
    }
    p.m_gpa.decimals = reader.integer(gpa, QStringLiteral("decimals"), QStringLiteral("gpa")).value_or(2);
    if (reader.ok() && (p.m_gpa.decimals < 0 || p.m_gpa.decimals > 4)) {
        reader.fail(QStringLiteral("gpa.decimals"), QStringLiteral("must be between 0 and 4"));
    }
    const std::optional<qint64> makeup
        = reader.scaled(gpa, QStringLiteral("makeup_passed_mark"), QStringLiteral("gpa"), 1, false);
    if (makeup) {
        p.m_gpa.makeupPassedMarkTenths = int(*makeup);
    }
    const QString transfers = reader.string(gpa, QStringLiteral("transfers"), QStringLiteral("gpa"));
    if (transfers == QLatin1String("count")) {
        p.m_gpa.transfersInGpa = true;
    } else if (transfers == QLatin1String("exclude")) {
        p.m_gpa.transfersInGpa = false;
    } else if (reader.ok()) {
        reader.fail(QStringLiteral("gpa.transfers"), QStringLiteral("must be \"count\" or \"exclude\""));
    }
    const QString attempts = reader.string(gpa, QStringLiteral("attempts"), QStringLiteral("gpa"));
    if (attempts == QLatin1String("best")) {
        p.m_gpa.attempts = AttemptsInGpa::Best;
    } else if (attempts == QLatin1String("all")) {
        p.m_gpa.attempts = AttemptsInGpa::All;
    } else if (reader.ok()) {
        reader.fail(QStringLiteral("gpa.attempts"), QStringLiteral("must be \"best\" or \"all\""));
    }

    const QJsonObject transferIn = reader.object(root, QStringLiteral("transfer_in"), QString(), false);
    if (!transferIn.isEmpty()) {
        const QString path = QStringLiteral("transfer_in");
        const QString minimum = reader.string(transferIn, QStringLiteral("minimum_grade"), path, false);
        if (!minimum.isEmpty() && reader.ok()) {
            QString reason;
            const std::optional<Grade> g = p.m_grading.classify(minimum, GradingMode::Graded, &reason);
            if (!g || !g->pointsHundredths) {
                reader.fail(path + QStringLiteral(".minimum_grade"),
                            QStringLiteral("'%1' is not a graded mark on this scale").arg(minimum));
            } else {
                p.m_transferIn.minimumGrade = g;
            }
        }
        p.m_transferIn.maxAgeYears
            = reader.integer(transferIn, QStringLiteral("max_age_years"), path, false).value_or(0);
        if (reader.ok() && p.m_transferIn.maxAgeYears < 0) {
            reader.fail(path + QStringLiteral(".max_age_years"), QStringLiteral("must not be negative"));
        }
    }

    const QJsonObject exchange = reader.object(root, QStringLiteral("exchange"), QString(), false);
    if (!exchange.isEmpty()) {
        const QString path = QStringLiteral("exchange");
        p.m_exchange.country = reader.string(exchange, QStringLiteral("country"), path);
        p.m_exchange.schac = reader.string(exchange, QStringLiteral("schac"), path);
        p.m_exchange.url = reader.string(exchange, QStringLiteral("url"), path);
        static const QRegularExpression countryRe(QStringLiteral("^[A-Z]{2}$"));
        if (reader.ok() && !countryRe.match(p.m_exchange.country).hasMatch()) {
            reader.fail(path + QStringLiteral(".country"), QStringLiteral("must be an ISO 3166-1 alpha-2 code"));
        }
    }
    const QJsonObject load = reader.object(root, QStringLiteral("load"), QString(), false);
    if (!load.isEmpty()) {
        const QString path = QStringLiteral("load");
        auto credits = [&](const QString& key, bool required) {
            const std::optional<qint64> tenths = reader.scaled(load, key, path, 1, required);
            if (!tenths) {
                return 0;
            }
            if (*tenths < 0 || *tenths > 1000 || *tenths % 5 != 0) {
                reader.fail(path + QLatin1Char('.') + key, QStringLiteral("must be a number of credits, in halves"));
                return 0;
            }
            return int(*tenths / 5);
        };
        p.m_load.minHalves = credits(QStringLiteral("min_credits"), false);
        p.m_load.maxHalves = credits(QStringLiteral("max_credits"), true);
        p.m_load.summerMaxHalves = credits(QStringLiteral("summer_max_credits"), false);
        if (reader.ok() && (p.m_load.maxHalves == 0 || p.m_load.minHalves > p.m_load.maxHalves)) {
            reader.fail(path, QStringLiteral("max_credits must be above 0 and not below min_credits"));
        }
    }
    const QJsonObject planning = reader.object(root, QStringLiteral("planning"), QString(), false);
    if (!planning.isEmpty()) {
        p.m_plannedGrade = reader.string(planning, QStringLiteral("assumed_grade"), QStringLiteral("planning"));
        QString reason;
        const std::optional<Grade> g = p.m_grading.classify(p.m_plannedGrade, GradingMode::Graded, &reason);
        if (reader.ok() && (!g || !g->passed || !g->pointsHundredths)) {
            reader.fail(QStringLiteral("planning.assumed_grade"),
                        QStringLiteral("'%1' is not a passing graded mark on this scale").arg(p.m_plannedGrade));
        }
    }
    const QJsonObject transcript = reader.object(root, QStringLiteral("transcript"), QString(), false);
    if (!transcript.isEmpty()) {
        const QString path = QStringLiteral("transcript");
        TranscriptRule& t = p.m_transcript;
        t.language = reader.string(transcript, QStringLiteral("language"), path);
        if (reader.ok()
            && !QStringList {QStringLiteral("en"), QStringLiteral("en-zh"), QStringLiteral("en-th")}.contains(
                t.language)) {
            reader.fail(path + QStringLiteral(".language"), QStringLiteral("must be \"en\", \"en-zh\" or \"en-th\""));
        }
        t.transferLabel = reader.string(transcript, QStringLiteral("transfer_label"), path);
        t.makeupLabel = reader.string(transcript, QStringLiteral("makeup_label"), path, false);
        t.retakeLabel = reader.string(transcript, QStringLiteral("retake_label"), path, false);
        t.countedOnceLabel = reader.string(transcript, QStringLiteral("counted_once_label"), path, false);
        t.makeupCountsAsLabel = reader.string(transcript, QStringLiteral("makeup_counts_as_label"), path, false);
        t.blockCreditLabel = reader.string(transcript, QStringLiteral("block_credit_label"), path, false);
        t.printsNationalId = reader.boolean(transcript, QStringLiteral("prints_national_id"), path, false);
        const QJsonObject date = reader.object(transcript, QStringLiteral("issue_date"), path, false);
        if (!date.isEmpty()) {
            const QString datePath = path + QStringLiteral(".issue_date");
            t.dateLocale = reader.string(date, QStringLiteral("locale"), datePath);
            t.dateFormat = reader.string(date, QStringLiteral("format"), datePath);
            t.dateEraOffset = reader.integer(date, QStringLiteral("era_offset"), datePath, false).value_or(0);
        }
        const QJsonObject signatory = reader.object(transcript, QStringLiteral("signatory"), path, false);
        if (!signatory.isEmpty()) {
            t.signatoryEn = reader.string(signatory, QStringLiteral("en"), path + QStringLiteral(".signatory"));
            t.signatoryNative
                = reader.string(signatory, QStringLiteral("native"), path + QStringLiteral(".signatory"), false);
        }
    }

    const QJsonObject display = reader.object(root, QStringLiteral("credit_display"), QString(), false);
    const QString style = display.isEmpty()
        ? QStringLiteral("plain")
        : reader.string(display, QStringLiteral("style"), QStringLiteral("credit_display"));
    if (style == QLatin1String("weekly-hours")) {
        p.m_creditsWithWeeklyHours = true;
        p.m_weeksPerTerm
            = reader.integer(display, QStringLiteral("weeks_per_term"), QStringLiteral("credit_display")).value_or(15);
        if (reader.ok() && p.m_weeksPerTerm <= 0) {
            reader.fail(QStringLiteral("credit_display.weeks_per_term"), QStringLiteral("must be positive"));
        }
    } else if (style != QLatin1String("plain") && reader.ok()) {
        reader.fail(QStringLiteral("credit_display.style"), QStringLiteral("must be \"plain\" or \"weekly-hours\""));
    }

    if (!reader.ok()) {
        *error = reader.error();
        return false;
    }
    p.m_source = bytes;
    *policy = p;
    return true;
}

QString InstitutionPolicy::formatCredits(const Course& course) const
{
    const QString credits = Decimal::formatHalves(course.creditsHalves);
    if (!m_creditsWithWeeklyHours) {
        return credits;
    }
    auto weekly = [this](int hours) {
        // Whole hours per week where they divide evenly, otherwise one decimal.
        const int tenths = (hours * 10 + m_weeksPerTerm / 2) / m_weeksPerTerm;
        return Decimal::formatScaled(tenths, 1, tenths % 10 ? 1 : 0);
    };
    return QStringLiteral("%1(%2-%3-%4)")
        .arg(credits, weekly(course.lectureHours), weekly(course.labHours), weekly(course.selfStudyHours));
}

QString InstitutionPolicy::TranscriptRule::nativeDate(const QDate& date) const
{
    QString format = dateFormat;
    format.replace(QLatin1String("{year}"), QString::number(date.year() + dateEraOffset));
    return QLocale(dateLocale).toString(date, format);
}

QString InstitutionPolicy::nativeName() const
{
    if (m_transcript.language == QLatin1String("en-zh") && !m_nameZh.isEmpty()) {
        return m_nameZh;
    }
    if (m_transcript.language == QLatin1String("en-th") && !m_nameTh.isEmpty()) {
        return m_nameTh;
    }
    return m_nameEn;
}

bool InstitutionPolicy::hasCategory(const QString& code) const
{
    for (const Category& c : m_categories) {
        if (c.code == code) {
            return true;
        }
    }
    return false;
}

QStringList InstitutionPolicy::categoryCodes() const
{
    QStringList out;
    for (const Category& c : m_categories) {
        out << c.code;
    }
    return out;
}

bool InstitutionPolicy::acceptsTransferGrade(const Grade& grade) const
{
    if (!grade.passed) {
        return false;
    }
    const std::optional<Grade>& minimum = m_transferIn.minimumGrade;
    if (!minimum || !grade.pointsHundredths) {
        return true; // a pass without grade points (S, P) meets any minimum
    }
    if (grade.kind == Grade::Kind::Mark && minimum->kind == Grade::Kind::Mark) {
        return grade.markTenths >= minimum->markTenths;
    }
    return *grade.pointsHundredths >= *minimum->pointsHundredths;
}

int InstitutionPolicy::creditsForHours(int lectureHours, int labHours) const
{
    // floor(2 * (lecture / L + lab / B)) in integers: no binary fractions.
    const qint64 l = m_lectureHoursPerCredit;
    const qint64 b = m_labHoursPerCredit;
    return int((2 * (qint64(lectureHours) * b + qint64(labHours) * l)) / (l * b));
}

} // namespace dd
