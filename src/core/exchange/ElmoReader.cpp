// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/exchange/ElmoReader.h"

#include "core/exchange/ElmoWriter.h"

#include <QXmlStreamReader>

namespace dd {

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray& xml)
        : m_xml(xml)
    {
    }

    bool read(ElmoRecord* record, QString* error)
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != QLatin1String("elmo")
            || m_xml.namespaceUri() != ElmoWriter::elmoNamespace()) {
            return fail(QStringLiteral("not an ELMO document (root element elmo of %1 expected)")
                            .arg(ElmoWriter::elmoNamespace()),
                        error);
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("generatedDate")) {
                record->generated = QDateTime::fromString(text(), Qt::ISODate);
            } else if (m_xml.name() == QLatin1String("learner")) {
                learner(record);
            } else if (m_xml.name() == QLatin1String("report") && !m_sawReport) {
                m_sawReport = true;
                report(record);
            } else if (m_xml.name() == QLatin1String("extension")) {
                extension(record);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError()) {
            return fail(m_xml.errorString(), error);
        }
        if (!m_sawReport) {
            return fail(QStringLiteral("the document has no report"), error);
        }
        return true;
    }

private:
    bool fail(const QString& reason, QString* error) const
    {
        *error = QStringLiteral("line %1: %2").arg(m_xml.lineNumber()).arg(reason);
        return false;
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::SkipChildElements).simplified(); }
    QString lang() const { return m_xml.attributes().value(QStringLiteral("xml:lang")).toString(); }
    QString type() const { return m_xml.attributes().value(QStringLiteral("type")).toString(); }

    void learner(ElmoRecord* r)
    {
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("citizenship")) {
                r->citizenship = text();
            } else if (name == QLatin1String("identifier")) {
                const QString t = type();
                r->learnerIds.insert(t, text());
            } else if (name == QLatin1String("givenNames")) {
                r->givenNames = text();
            } else if (name == QLatin1String("familyName")) {
                r->familyName = text();
            } else if (name == QLatin1String("bday")) {
                r->birthDate = QDate::fromString(text(), Qt::ISODate);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void report(ElmoRecord* r)
    {
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("issuer")) {
                issuer(r);
            } else if (name == QLatin1String("learningOpportunitySpecification")) {
                opportunity(r);
            } else if (name == QLatin1String("attachment")) {
                attachment(r);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void attachment(ElmoRecord* r)
    {
        static const QLatin1String pdf("data:application/pdf;base64,");
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("content")) {
                const QString content = m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                if (content.startsWith(pdf)) {
                    r->pdfAttachments << QByteArray::fromBase64(content.mid(pdf.size()).toLatin1());
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void issuer(ElmoRecord* r)
    {
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("country")) {
                r->issuerCountry = text();
            } else if (name == QLatin1String("identifier")) {
                const QString t = type();
                r->issuerIds.insert(t, text());
            } else if (name == QLatin1String("title")) {
                const QString l = lang();
                r->issuerTitles.insert(l, text());
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void opportunity(ElmoRecord* r)
    {
        ElmoRecord::Opportunity o;
        QString losType;
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("identifier")) {
                const QString t = type();
                const QString value = text();
                if (t == QLatin1String("local")) {
                    o.code = value;
                }
            } else if (name == QLatin1String("title")) {
                const QString l = lang();
                o.titles.insert(l, text());
            } else if (name == QLatin1String("type")) {
                losType = text();
            } else if (name == QLatin1String("specifies")) {
                specifies(&o);
            } else if (name == QLatin1String("hasPart")) {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == QLatin1String("learningOpportunitySpecification")) {
                        opportunity(r);
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (losType == QLatin1String("Course")) {
            r->opportunities << o;
        }
    }

    void specifies(ElmoRecord::Opportunity* o)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("learningOpportunityInstance")) {
                m_xml.skipCurrentElement();
                continue;
            }
            while (m_xml.readNextStartElement()) {
                const auto name = m_xml.name();
                if (name == QLatin1String("identifier")) {
                    const QString t = type();
                    const QString value = text();
                    if (t == QLatin1String("attempt")) {
                        o->attempt = value;
                    }
                } else if (name == QLatin1String("academicTerm")) {
                    while (m_xml.readNextStartElement()) {
                        const auto part = m_xml.name();
                        if (part == QLatin1String("title")) {
                            const QString l = lang();
                            const QString value = text();
                            if (l == QLatin1String("en") || o->term.isEmpty()) {
                                o->term = value;
                            }
                        } else if (part == QLatin1String("start")) {
                            o->termStart = QDate::fromString(text(), Qt::ISODate);
                        } else if (part == QLatin1String("end")) {
                            o->termEnd = QDate::fromString(text(), Qt::ISODate);
                        } else {
                            m_xml.skipCurrentElement();
                        }
                    }
                } else if (name == QLatin1String("status")) {
                    o->status = text();
                } else if (name == QLatin1String("resultLabel")) {
                    o->resultLabel = text();
                } else if (name == QLatin1String("credit")) {
                    while (m_xml.readNextStartElement()) {
                        if (m_xml.name() == QLatin1String("scheme")) {
                            o->creditScheme = text();
                        } else if (m_xml.name() == QLatin1String("value")) {
                            o->creditValue = text();
                        } else {
                            m_xml.skipCurrentElement();
                        }
                    }
                } else {
                    m_xml.skipCurrentElement();
                }
            }
        }
    }

    void extension(ElmoRecord* r)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("transcript")
                && m_xml.namespaceUri() == ElmoWriter::extensionNamespace()) {
                while (m_xml.readNextStartElement()) {
                    const QString name = m_xml.name().toString();
                    r->transcript.insert(name, text());
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    QXmlStreamReader m_xml;
    bool m_sawReport = false;
};

} // namespace

bool ElmoReader::read(const QByteArray& xml, ElmoRecord* record, QString* error)
{
    *record = ElmoRecord();
    return Reader(xml).read(record, error);
}

} // namespace dd
