// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/pdf/SignedPdf.h"

#include "report/pdf/ThaiActualText.h"
#include "sign/CmsSignature.h"
#include "sign/SigningKey.h"

#include <QRegularExpression>

// qpdf 11: std::shared_ptr everywhere, no PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace dd {

namespace {

const char kRangePlaceholder[] = "[0 1000000000 1000000000 1000000000]";

std::string pdfDate(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toStdString();
}

/** The XMP packet with PDF/A part 3 (conformance B) instead of part 1. */
QByteArray partThree(QByteArray xmp)
{
    QString text = QString::fromUtf8(xmp);
    static const QRegularExpression element(QStringLiteral("<pdfaid:part>\\s*1\\s*</pdfaid:part>"));
    static const QRegularExpression attribute(QStringLiteral("pdfaid:part=(['\"])1\\1"));
    text.replace(element, QStringLiteral("<pdfaid:part>3</pdfaid:part>"));
    text.replace(attribute, QStringLiteral("pdfaid:part=\"3\""));
    return text.toUtf8();
}

void attach(QPDF& pdf, const SignedPdf::Attachment& attachment, const QDateTime& time)
{
    const std::string name = attachment.fileName.toStdString();
    auto stream = QPDFEFStreamObjectHelper::createEFStream(pdf, attachment.data.toStdString());
    stream.setSubtype(attachment.mimeType.toStdString());
    stream.setModDate(pdfDate(time));
    stream.setCreationDate(pdfDate(time));
    auto spec = QPDFFileSpecObjectHelper::createFileSpec(pdf, name, stream);
    spec.setDescription(attachment.description.toStdString());
    QPDFObjectHandle specObject = spec.getObjectHandle();
    specObject.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/" + attachment.relationship.toStdString()));
    QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile(name, spec);
    QPDFObjectHandle root = pdf.getRoot();
    QPDFObjectHandle af = root.getKey("/AF");
    if (!af.isArray()) {
        af = QPDFObjectHandle::newArray();
        root.replaceKey("/AF", af);
    }
    af.appendItem(specObject);

    QPDFObjectHandle metadata = root.getKey("/Metadata");
    if (metadata.isStream()) {
        std::shared_ptr<Buffer> data = metadata.getStreamData(qpdf_dl_all);
        const QByteArray xmp(reinterpret_cast<const char*>(data->getBuffer()), int(data->getSize()));
        metadata.replaceStreamData(partThree(xmp).toStdString(), QPDFObjectHandle::newNull(),
                                   QPDFObjectHandle::newNull());
    }
}

void addSignatureField(QPDF& pdf, const SignedPdf::Signature& signature)
{
    QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/Sig"));
    dict.replaceKey("/Filter", QPDFObjectHandle::newName("/Adobe.PPKLite"));
    dict.replaceKey("/SubFilter", QPDFObjectHandle::newName("/ETSI.CAdES.detached"));
    dict.replaceKey("/ByteRange", QPDFObjectHandle::parse(kRangePlaceholder));
    dict.replaceKey("/Contents", QPDFObjectHandle::newString(std::string(SignedPdf::kSignatureRoom, '\0')));
    dict.replaceKey("/M", QPDFObjectHandle::newString(pdfDate(signature.time)));
    dict.replaceKey("/Name", QPDFObjectHandle::newUnicodeString(signature.signerName.toStdString()));
    dict.replaceKey("/Reason", QPDFObjectHandle::newUnicodeString(signature.reason.toStdString()));
    dict.replaceKey("/Location", QPDFObjectHandle::newUnicodeString(signature.location.toStdString()));
    QPDFObjectHandle sig = pdf.makeIndirectObject(dict);

    QPDFObjectHandle page = QPDFPageDocumentHelper(pdf).getAllPages().at(0).getObjectHandle();
    QPDFObjectHandle widget = QPDFObjectHandle::newDictionary();
    widget.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
    widget.replaceKey("/Subtype", QPDFObjectHandle::newName("/Widget"));
    widget.replaceKey("/FT", QPDFObjectHandle::newName("/Sig"));
    widget.replaceKey("/T", QPDFObjectHandle::newUnicodeString("Institution signature"));
    widget.replaceKey("/V", sig);
    widget.replaceKey("/Rect", QPDFObjectHandle::parse("[0 0 0 0]"));
    widget.replaceKey("/F", QPDFObjectHandle::newInteger(132)); // print, locked
    widget.replaceKey("/P", page);
    QPDFObjectHandle field = pdf.makeIndirectObject(widget);
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (!annots.isArray()) {
        annots = QPDFObjectHandle::newArray();
        page.replaceKey("/Annots", annots);
    }
    annots.appendItem(field);
    QPDFObjectHandle form = QPDFObjectHandle::newDictionary();
    form.replaceKey("/Fields", QPDFObjectHandle::newArray({field}));
    form.replaceKey("/SigFlags", QPDFObjectHandle::newInteger(3));
    pdf.getRoot().replaceKey("/AcroForm", pdf.makeIndirectObject(form));
}

QByteArray written(QPDF& pdf)
{
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // The signature dictionary must stay a plain object that can be found and filled in.
    writer.setObjectStreamMode(qpdf_o_disable);
    writer.setMinimumPDFVersion("1.7"); // associated files (/AF) are PDF 2.0 ideas that PDF/A-3 brings to 1.7
    writer.write();
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), int(buffer->getSize()));
}

} // namespace

bool SignedPdf::make(const QByteArray& input, const Attachment& attachment, const SigningKey* key,
                     const Signature& signature, QByteArray* out, Error* error)
{
    QByteArray bytes;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("transcript", input.constData(), size_t(input.size()));
        ThaiActualText::apply(pdf);
        attach(pdf, attachment, signature.time);
        if (key) {
            addSignatureField(pdf, signature);
        }
        bytes = written(pdf);
    } catch (const std::exception& e) {
        *error = Error::storage(tr("the PDF/A-3 file cannot be made: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    if (!key) {
        *out = bytes;
        return true;
    }
    // Find the placeholders: the one range array, and the zero-filled /Contents string after it.
    const QByteArray range(kRangePlaceholder);
    const QByteArray spaced = QByteArray(kRangePlaceholder).replace("[", "[ ").replace("]", " ]");
    qsizetype rangeAt = bytes.indexOf(range);
    qsizetype rangeLength = range.size();
    if (rangeAt < 0) {
        rangeAt = bytes.indexOf(spaced);
        rangeLength = spaced.size();
    }
    const QByteArray zeros = '<' + QByteArray(2 * kSignatureRoom, '0') + '>';
    const qsizetype contentsAt = bytes.indexOf(zeros);
    if (rangeAt < 0 || contentsAt < 0 || bytes.indexOf(zeros, contentsAt + 1) >= 0) {
        *error = Error::storage(tr("the signature's place in the PDF cannot be found"));
        return false;
    }
    const qint64 afterContents = contentsAt + zeros.size();
    QByteArray ranges = QStringLiteral("[0 %1 %2 %3]")
                            .arg(contentsAt)
                            .arg(afterContents)
                            .arg(bytes.size() - afterContents)
                            .toLatin1();
    if (ranges.size() > rangeLength) {
        *error = Error::storage(tr("the PDF is too large to sign"));
        return false;
    }
    ranges = ranges.leftJustified(int(rangeLength), ' ');
    bytes.replace(rangeAt, rangeLength, ranges);
    const QByteArray signedBytes = bytes.left(contentsAt) + bytes.mid(afterContents);
    QByteArray cms = CmsSignature::sign(*key, signedBytes, error);
    if (cms.isEmpty()) {
        return false;
    }
    if (signature.timeStamp) {
        const QByteArray value = CmsSignature::signatureValue(cms, error);
        const QByteArray token = value.isEmpty() ? QByteArray() : signature.timeStamp(value, error);
        if (token.isEmpty()) {
            return false;
        }
        cms = CmsSignature::withTimeStamp(cms, token, error);
        if (cms.isEmpty()) {
            return false;
        }
    }
    if (cms.size() > kSignatureRoom) {
        *error = Error::storage(tr("the signature (%1 bytes) does not fit the room left for it").arg(cms.size()));
        return false;
    }
    const QByteArray hex = cms.toHex().toUpper().leftJustified(2 * kSignatureRoom, '0');
    bytes.replace(contentsAt + 1, hex.size(), hex);
    *out = bytes;
    return true;
}

} // namespace dd
