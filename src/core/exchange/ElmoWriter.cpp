// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/exchange/ElmoWriter.h"

#include "core/text/Decimal.h"

#include <QLocale>
#include <QXmlStreamWriter>

#include <algorithm>

namespace dd {

namespace {

QString dateTimeText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

void title(QXmlStreamWriter& xml, const QString& lang, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return;
    }
    xml.writeStartElement(QStringLiteral("title"));
    xml.writeAttribute(QStringLiteral("xml:lang"), lang);
    xml.writeCharacters(text.simplified());
    xml.writeEndElement();
}

void identifier(QXmlStreamWriter& xml, const QString& type, const QString& value)
{
    if (value.isEmpty()) {
        return;
    }
    xml.writeStartElement(QStringLiteral("identifier"));
    xml.writeAttribute(QStringLiteral("type"), type);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

QString attemptText(Attempt a)
{
    switch (a) {
    case Attempt::Makeup:
        return QStringLiteral("makeup");
    case Attempt::Retake:
        return QStringLiteral("retake");
    case Attempt::Regular:
        break;
    }
    return QStringLiteral("regular");
}

QString gradingSchemeId(const QString& institution, GradingMode mode)
{
    return QStringLiteral("%1-%2").arg(
        institution, mode == GradingMode::PassFail ? QStringLiteral("pass-fail") : QStringLiteral("graded"));
}

} // namespace

QString ElmoWriter::elmoNamespace()
{
    return QStringLiteral("https://github.com/emrex-eu/elmo-schemas/tree/v1");
}

QString ElmoWriter::extensionNamespace()
{
    return QStringLiteral("urn:x-dualdegree:transcript:1");
}

QByteArray ElmoWriter::write(const TranscriptSource& source, const Transcript& transcript, const QDateTime& generated,
                             const Seal& seal, const QByteArray& transcriptPdf)
{
    const InstitutionPolicy& policy = *source.policy;
    const Student& s = source.student;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(elmoNamespace());
    xml.writeNamespace(extensionNamespace(), QStringLiteral("dd"));
    xml.writeStartElement(elmoNamespace(), QStringLiteral("elmo"));
    xml.writeTextElement(QStringLiteral("generatedDate"), dateTimeText(generated));

    xml.writeStartElement(QStringLiteral("learner"));
    if (acceptsCountry(s.nationality)) {
        xml.writeTextElement(QStringLiteral("citizenship"), s.nationality);
    }
    identifier(xml, QStringLiteral("cqupt-no"), s.cquptNo);
    identifier(xml, QStringLiteral("ruts-no"), s.rutsNo);
    identifier(xml, QStringLiteral("dualdegree-id"), s.studentId);
    xml.writeTextElement(QStringLiteral("givenNames"), s.givenName.simplified());
    xml.writeTextElement(QStringLiteral("familyName"), s.familyName.simplified());
    if (s.dateOfBirth.isValid()) {
        xml.writeTextElement(QStringLiteral("bday"), s.dateOfBirth.toString(Qt::ISODate));
    }
    xml.writeEndElement(); // learner

    xml.writeStartElement(QStringLiteral("report"));
    xml.writeStartElement(QStringLiteral("issuer"));
    if (acceptsCountry(policy.exchange().country)) {
        xml.writeTextElement(QStringLiteral("country"), policy.exchange().country);
    }
    if (!policy.exchange().schac.isEmpty()) {
        identifier(xml, QStringLiteral("schac"), policy.exchange().schac);
    }
    identifier(xml, QStringLiteral("local"), policy.code());
    title(xml, QStringLiteral("en"), policy.nameEn());
    title(xml, QStringLiteral("zh"), policy.nameZh());
    title(xml, QStringLiteral("th"), policy.nameTh());
    xml.writeTextElement(QStringLiteral("url"), policy.exchange().url);
    xml.writeEndElement(); // issuer

    // Results in term order, then by code; each attempt is one opportunity.
    struct Row
    {
        const CourseResult* result;
        TermInfo term;
    };
    QList<Row> rows;
    for (const CourseResult& r : source.results) {
        QString reason;
        const std::optional<TermInfo> term = policy.terms().parse(r.term, &reason);
        rows << Row {&r, term.value_or(TermInfo())};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.term.ordinal() != b.term.ordinal() ? a.term.ordinal() < b.term.ordinal()
                                                    : a.result->courseCode < b.result->courseCode;
    });
    QList<GradingMode> modes;
    for (const Row& row : std::as_const(rows)) {
        const CourseResult& r = *row.result;
        const auto found = source.courses.constFind(r.courseCode);
        const Course course = found != source.courses.constEnd() ? *found : Course();
        xml.writeStartElement(QStringLiteral("learningOpportunitySpecification"));
        identifier(xml, QStringLiteral("local"), r.courseCode);
        title(xml, QStringLiteral("en"), course.titleEn.isEmpty() ? r.courseCode : course.titleEn);
        title(xml, QStringLiteral("zh"), course.titleZh);
        title(xml, QStringLiteral("th"), course.titleTh);
        xml.writeTextElement(QStringLiteral("type"), QStringLiteral("Course"));
        xml.writeStartElement(QStringLiteral("specifies"));
        xml.writeStartElement(QStringLiteral("learningOpportunityInstance"));
        identifier(xml, QStringLiteral("attempt"), attemptText(r.attempt));
        if (row.term.startDate.isValid()) {
            xml.writeStartElement(QStringLiteral("academicTerm"));
            title(xml, QStringLiteral("en"), r.term);
            xml.writeTextElement(QStringLiteral("start"), row.term.startDate.toString(Qt::ISODate));
            xml.writeTextElement(QStringLiteral("end"), row.term.endDate.toString(Qt::ISODate));
            xml.writeEndElement();
        }
        QString status = QStringLiteral("in-progress");
        if (!r.mark.isEmpty()) {
            QString reason;
            const std::optional<Grade> g = policy.grading().classify(r.mark, course.grading, &reason);
            status = g && g->passed ? QStringLiteral("passed") : QStringLiteral("failed");
        }
        xml.writeTextElement(QStringLiteral("status"), status);
        xml.writeTextElement(QStringLiteral("gradingSchemeLocalId"), gradingSchemeId(policy.code(), course.grading));
        if (!modes.contains(course.grading)) {
            modes << course.grading;
        }
        if (!r.mark.isEmpty()) {
            xml.writeTextElement(QStringLiteral("resultLabel"), r.mark);
        }
        xml.writeStartElement(QStringLiteral("credit"));
        xml.writeTextElement(QStringLiteral("scheme"), policy.code());
        xml.writeTextElement(QStringLiteral("value"),
                             Decimal::formatScaled(course.creditsHalves * 5, 1, course.creditsHalves % 2 ? 1 : 0));
        xml.writeEndElement(); // credit
        xml.writeEndElement(); // learningOpportunityInstance
        xml.writeEndElement(); // specifies
        xml.writeEndElement(); // learningOpportunitySpecification
    }
    xml.writeTextElement(QStringLiteral("issueDate"), dateTimeText(QDateTime(transcript.issued, QTime(0, 0), Qt::UTC)));
    std::sort(modes.begin(), modes.end());
    for (const GradingMode mode : std::as_const(modes)) {
        xml.writeStartElement(QStringLiteral("gradingScheme"));
        xml.writeAttribute(QStringLiteral("localId"), gradingSchemeId(policy.code(), mode));
        QStringList legend;
        for (const Transcript::LegendEntry& e : transcript.legend) {
            legend << QStringLiteral("%1 = %2").arg(e.grade, e.meaning);
        }
        xml.writeStartElement(QStringLiteral("description"));
        xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
        xml.writeCharacters(QStringLiteral("%1 %2. %3. %4")
                                .arg(policy.nameEn(),
                                     mode == GradingMode::PassFail ? QStringLiteral("pass/fail courses")
                                                                   : QStringLiteral("graded courses"),
                                     legend.join(QStringLiteral("; ")), transcript.gpaRuleEn));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    if (!transcriptPdf.isEmpty()) {
        xml.writeStartElement(QStringLiteral("attachment"));
        title(xml, QStringLiteral("en"), QStringLiteral("Transcript of records, %1").arg(policy.nameEn()));
        xml.writeTextElement(QStringLiteral("type"), QStringLiteral("Transcript of Records"));
        xml.writeTextElement(QStringLiteral("content"),
                             QStringLiteral("data:application/pdf;base64,")
                                 + QString::fromLatin1(transcriptPdf.toBase64()));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // report

    // What the transcript concludes, for a reader that compares it with the page.
    xml.writeStartElement(QStringLiteral("extension"));
    xml.writeStartElement(extensionNamespace(), QStringLiteral("transcript"));
    const auto field
        = [&](const QString& name, const QString& value) { xml.writeTextElement(extensionNamespace(), name, value); };
    field(QStringLiteral("institution"), transcript.institution);
    field(QStringLiteral("studentId"), transcript.studentId);
    field(QStringLiteral("name"), transcript.nameLatin);
    field(QStringLiteral("nameNative"), transcript.nameNative);
    field(QStringLiteral("programme"), transcript.programmeEn);
    field(QStringLiteral("creditsEarned"),
          Decimal::formatScaled(transcript.creditsEarnedHalves * 5, 1, transcript.creditsEarnedHalves % 2 ? 1 : 0));
    field(QStringLiteral("creditsRequired"),
          Decimal::formatScaled(transcript.creditsRequiredHalves * 5, 1, transcript.creditsRequiredHalves % 2 ? 1 : 0));
    field(QStringLiteral("gpa"), transcript.gpa);
    field(QStringLiteral("graduation"),
          transcript.graduationCompleted ? QStringLiteral("true") : QStringLiteral("false"));
    field(QStringLiteral("degree"), transcript.degreeAwarded ? QStringLiteral("true") : QStringLiteral("false"));
    field(QStringLiteral("honours"), transcript.honours);
    field(QStringLiteral("issued"), transcript.issued.toString(Qt::ISODate));
    if (!seal.verificationCode.isEmpty()) {
        field(QStringLiteral("verificationCode"), seal.verificationCode);
        field(QStringLiteral("recordSha256"), seal.recordDigest);
    }
    xml.writeEndElement(); // dd:transcript
    xml.writeEndElement(); // extension
    xml.writeEndElement(); // elmo
    xml.writeEndDocument();
    return out;
}

} // namespace dd
