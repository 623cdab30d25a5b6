// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sign/XmlSignature.h"

#include "sign/OpenSsl.h"
#include "sign/SigningKey.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/openssl/x509.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>

#include <memory>
#include <mutex>

namespace dd {

namespace {

const char kDsigNs[] = "http://www.w3.org/2000/09/xmldsig#";
const char kExclusiveC14n[] = "http://www.w3.org/2001/10/xml-exc-c14n#";
const char kInclusiveC14n[] = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
const char kEnveloped[] = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
const char kSha256[] = "http://www.w3.org/2001/04/xmlenc#sha256";
const char kEcdsaSha256[] = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
const char kRsaSha256[] = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

// What libxmlsec1 said last on this thread: its callback would otherwise print to stderr.
thread_local QString t_lastError;

void collectError(const char* file, int line, const char* func, const char* errorObject, const char* errorSubject,
                  int reason, const char* msg)
{
    Q_UNUSED(file)
    Q_UNUSED(line)
    Q_UNUSED(func)
    Q_UNUSED(errorObject)
    Q_UNUSED(errorSubject)
    Q_UNUSED(reason)
    if (msg && t_lastError.isEmpty()) {
        t_lastError = QString::fromUtf8(msg).simplified();
    }
}

// libxml2's own complaints (canonicalisation of a namespace it cannot canonicalise, …) go to
// stderr unless told otherwise; they are refusals of the document, said by the caller.
void ignoreLibxml(void* context, const char* message, ...)
{
    Q_UNUSED(context)
    Q_UNUSED(message)
}

bool initialise(QString* problem)
{
    // Per thread in libxml2: set on every call.
    xmlSetGenericErrorFunc(nullptr, ignoreLibxml);
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] {
        xmlInitParser();
        if (xmlSecInit() < 0) {
            return;
        }
        ready = xmlSecCheckVersion() == 1 && xmlSecCryptoAppInit(nullptr) >= 0 && xmlSecCryptoInit() >= 0;
        // After the crypto engine's own set-up, which installs the default (printing) callback.
        xmlSecErrorsSetCallback(collectError);
    });
    if (!ready) {
        *problem = XmlSignature::tr("the XML signature library (libxmlsec1) could not be initialised");
    }
    return ready;
}

struct DocFree
{
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

struct DsigFree
{
    void operator()(xmlSecDSigCtx* c) const { xmlSecDSigCtxDestroy(c); }
};
using DsigContext = std::unique_ptr<xmlSecDSigCtx, DsigFree>;

/** Parses \a xml with no network, no entity substitution and no DTD loading; errors go to \a problem. */
Doc parse(const QByteArray& xml, QString* problem)
{
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        *problem = XmlSignature::tr("out of memory");
        return nullptr;
    }
    Doc doc(xmlCtxtReadMemory(ctxt, xml.constData(), int(xml.size()), "document.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!doc) {
        const xmlError* e = xmlCtxtGetLastError(ctxt);
        *problem = e && e->message ? XmlSignature::tr("not well-formed XML (line %1): %2")
                                         .arg(e->line)
                                         .arg(QString::fromUtf8(e->message).simplified())
                                   : XmlSignature::tr("not well-formed XML");
    } else if (doc->intSubset || doc->extSubset) {
        *problem = XmlSignature::tr("the document has a document type declaration, which a signed record may not have");
        doc.reset();
    }
    xmlFreeParserCtxt(ctxt);
    return doc;
}

QString attribute(const xmlNode* node, const char* name)
{
    xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    const QString out = v ? QString::fromUtf8(reinterpret_cast<const char*>(v)) : QString();
    xmlFree(v);
    return out;
}

bool hasAttribute(const xmlNode* node, const char* name)
{
    return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

bool isDsig(const xmlNode* node, const char* name)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, BAD_CAST kDsigNs)
        && xmlStrEqual(node->name, BAD_CAST name);
}

QList<const xmlNode*> dsigChildren(const xmlNode* parent, const char* name)
{
    QList<const xmlNode*> out;
    for (const xmlNode* c = parent ? parent->children : nullptr; c; c = c->next) {
        if (isDsig(c, name)) {
            out << c;
        }
    }
    return out;
}

void findSignatures(xmlNode* node, QList<xmlNode*>* out)
{
    for (xmlNode* c = node; c; c = c->next) {
        if (isDsig(c, "Signature")) {
            out->append(c);
        }
        if (c->type == XML_ELEMENT_NODE) {
            findSignatures(c->children, out);
        }
    }
}

QString text(const xmlNode* node)
{
    xmlChar* v = xmlNodeGetContent(node);
    const QString out = v ? QString::fromUtf8(reinterpret_cast<const char*>(v)) : QString();
    xmlFree(v);
    return out;
}

/** The one signature of \a doc when it has the shape ELMO asks for; null with \a problem otherwise (or none). */
xmlNode* checkedSignature(xmlDoc* doc, XmlSignature::Inspection* inspection, QString* problem)
{
    xmlNode* root = xmlDocGetRootElement(doc);
    QList<xmlNode*> signatures;
    findSignatures(root, &signatures);
    if (signatures.isEmpty()) {
        *problem = XmlSignature::tr("the document is not signed");
        return nullptr;
    }
    inspection->present = true;
    if (signatures.size() > 1) {
        *problem = XmlSignature::tr("the document holds %1 signatures; a record carries one").arg(signatures.size());
        return nullptr;
    }
    xmlNode* signature = signatures.first();
    // Who the signature says signed it is read first: a signer nobody trusts is the first thing to say.
    for (const xmlNode* keyInfo : dsigChildren(signature, "KeyInfo")) {
        for (const xmlNode* data : dsigChildren(keyInfo, "X509Data")) {
            for (const xmlNode* c : dsigChildren(data, "X509Certificate")) {
                Error e;
                const Certificate certificate
                    = Certificate::fromDer(QByteArray::fromBase64(text(c).toLatin1(), QByteArray::Base64Encoding), &e);
                if (!certificate.isNull()) {
                    inspection->certificates << certificate;
                }
            }
        }
    }
    if (signature->parent != root) {
        *problem = XmlSignature::tr("the signature is not a child of the root element, so it does not envelop the "
                                    "whole document");
        return nullptr;
    }
    const QList<const xmlNode*> signedInfo = dsigChildren(signature, "SignedInfo");
    if (signedInfo.size() != 1) {
        *problem = XmlSignature::tr("the signature has no SignedInfo");
        return nullptr;
    }
    const QList<const xmlNode*> c14n = dsigChildren(signedInfo.first(), "CanonicalizationMethod");
    const QString c14nAlgorithm = c14n.isEmpty() ? QString() : attribute(c14n.first(), "Algorithm");
    if (c14nAlgorithm != QLatin1String(kExclusiveC14n) && c14nAlgorithm != QLatin1String(kInclusiveC14n)) {
        *problem = XmlSignature::tr("the signature's canonicalisation '%1' is not one accepted (exclusive or "
                                    "inclusive XML canonicalisation 1.0, without comments)")
                       .arg(c14nAlgorithm);
        return nullptr;
    }
    const QList<const xmlNode*> method = dsigChildren(signedInfo.first(), "SignatureMethod");
    inspection->algorithm = method.isEmpty() ? QString() : attribute(method.first(), "Algorithm");
    if (inspection->algorithm != QLatin1String(kEcdsaSha256) && inspection->algorithm != QLatin1String(kRsaSha256)) {
        *problem = XmlSignature::tr("the signature algorithm '%1' is not accepted (ECDSA-SHA256 or RSA-SHA256)")
                       .arg(inspection->algorithm);
        return nullptr;
    }
    const QList<const xmlNode*> references = dsigChildren(signedInfo.first(), "Reference");
    if (references.size() != 1 || !hasAttribute(references.first(), "URI")
        || !attribute(references.first(), "URI").isEmpty()) {
        *problem = XmlSignature::tr("the signature must hold a single reference with an empty URI (the whole "
                                    "document)");
        return nullptr;
    }
    bool enveloped = false;
    for (const xmlNode* transforms : dsigChildren(references.first(), "Transforms")) {
        for (const xmlNode* t : dsigChildren(transforms, "Transform")) {
            const QString a = attribute(t, "Algorithm");
            if (a == QLatin1String(kEnveloped)) {
                enveloped = true;
            } else if (a != QLatin1String(kExclusiveC14n) && a != QLatin1String(kInclusiveC14n)) {
                *problem = XmlSignature::tr("the reference's transform '%1' is not accepted").arg(a);
                return nullptr;
            }
        }
    }
    if (!enveloped) {
        *problem = XmlSignature::tr("the reference is not an enveloped signature's");
        return nullptr;
    }
    const QList<const xmlNode*> digest = dsigChildren(references.first(), "DigestMethod");
    if (digest.isEmpty() || attribute(digest.first(), "Algorithm") != QLatin1String(kSha256)) {
        *problem = XmlSignature::tr("the reference's digest is not SHA-256");
        return nullptr;
    }
    return signature;
}

} // namespace

QString XmlSignature::ecdsaSha256()
{
    return QString::fromLatin1(kEcdsaSha256);
}

QString XmlSignature::rsaSha256()
{
    return QString::fromLatin1(kRsaSha256);
}

QByteArray XmlSignature::sign(const QByteArray& xml, const SigningKey& key, Error* error)
{
    QString problem;
    if (!initialise(&problem)) {
        *error = Error::storage(problem);
        return QByteArray();
    }
    const QString algorithm = key.certificate().jwsAlgorithm();
    if (key.isNull() || algorithm.isEmpty()) {
        *error = Error::invalid(tr("the key signs neither ECDSA P-256 nor RSA; an XML signature needs one"));
        return QByteArray();
    }
    Doc doc = parse(xml, &problem);
    if (!doc) {
        *error = Error::invalid(problem);
        return QByteArray();
    }
    t_lastError.clear();
    const bool ec = algorithm == QLatin1String("ES256");
    xmlNode* signature = xmlSecTmplSignatureCreate(
        doc.get(), xmlSecTransformExclC14NId, ec ? xmlSecTransformEcdsaSha256Id : xmlSecTransformRsaSha256Id, nullptr);
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!signature || !root) {
        *error = Error::storage(tr("cannot make the signature template: %1").arg(t_lastError));
        return QByteArray();
    }
    xmlAddChild(root, signature);
    xmlAddChild(root, xmlNewText(BAD_CAST "\n"));
    xmlNode* reference
        = xmlSecTmplSignatureAddReference(signature, xmlSecTransformSha256Id, nullptr, BAD_CAST "", nullptr);
    xmlNode* keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nullptr);
    xmlNode* x509 = keyInfo ? xmlSecTmplKeyInfoAddX509Data(keyInfo) : nullptr;
    if (!reference || !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformEnvelopedId)
        || !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformExclC14NId) || !x509
        || !xmlSecTmplX509DataAddCertificate(x509)) {
        *error = Error::storage(tr("cannot make the signature template: %1").arg(t_lastError));
        return QByteArray();
    }

    EVP_PKEY_up_ref(key.handle());
    xmlSecKeyDataPtr value = xmlSecOpenSSLEvpKeyAdopt(key.handle());
    if (!value) {
        EVP_PKEY_free(key.handle());
        *error = Error::storage(tr("the key cannot be used for an XML signature: %1").arg(t_lastError));
        return QByteArray();
    }
    xmlSecKeyPtr signingKey = xmlSecKeyCreate();
    xmlSecKeyDataPtr certificates = signingKey ? xmlSecKeyEnsureData(signingKey, xmlSecKeyDataX509Id) : nullptr;
    if (!signingKey || xmlSecKeySetValue(signingKey, value) < 0 || !certificates
        || xmlSecOpenSSLKeyDataX509AdoptCert(certificates, X509_dup(key.certificate().handle())) < 0) {
        if (signingKey) {
            xmlSecKeyDestroy(signingKey);
        }
        *error = Error::storage(tr("the key cannot be used for an XML signature: %1").arg(t_lastError));
        return QByteArray();
    }
    DsigContext ctx(xmlSecDSigCtxCreate(nullptr));
    if (!ctx) {
        xmlSecKeyDestroy(signingKey);
        *error = Error::storage(tr("out of memory"));
        return QByteArray();
    }
    ctx->signKey = signingKey; // the context destroys it
    if (xmlSecDSigCtxSign(ctx.get(), signature) < 0) {
        *error = Error::storage(tr("the XML signature failed: %1").arg(t_lastError));
        return QByteArray();
    }
    xmlChar* out = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc.get(), &out, &size, "UTF-8");
    const QByteArray signedXml(reinterpret_cast<const char*>(out), size);
    xmlFree(out);
    return signedXml;
}

bool XmlSignature::inspect(const QByteArray& xml, Inspection* inspection, QString* problem)
{
    *inspection = Inspection();
    if (!initialise(problem)) {
        return false;
    }
    Doc doc = parse(xml, problem);
    inspection->wellFormed = doc != nullptr;
    return doc && checkedSignature(doc.get(), inspection, problem);
}

bool XmlSignature::verify(const QByteArray& xml, const Certificate& certificate, QString* problem)
{
    if (!initialise(problem)) {
        return false;
    }
    Doc doc = parse(xml, problem);
    if (!doc) {
        return false;
    }
    Inspection inspection;
    xmlNode* signature = checkedSignature(doc.get(), &inspection, problem);
    if (!signature) {
        return false;
    }
    t_lastError.clear();
    xmlSecKeyDataPtr value = xmlSecOpenSSLX509CertGetKey(certificate.handle());
    xmlSecKeyPtr key = value ? xmlSecKeyCreate() : nullptr;
    if (!key || xmlSecKeySetValue(key, value) < 0) {
        if (key) {
            xmlSecKeyDestroy(key);
        } else if (value) {
            xmlSecKeyDataDestroy(value);
        }
        *problem = tr("the certificate's key cannot be read: %1").arg(t_lastError);
        return false;
    }
    DsigContext ctx(xmlSecDSigCtxCreate(nullptr));
    if (!ctx) {
        xmlSecKeyDestroy(key);
        *problem = tr("out of memory");
        return false;
    }
    // The key is the caller's, never one named in the document; only these transforms and
    // a same-document reference are followed.
    ctx->signKey = key;
    ctx->enabledReferenceUris = xmlSecTransformUriTypeEmpty;
    for (const xmlSecTransformId id :
         {xmlSecTransformExclC14NId, xmlSecTransformInclC14NId, xmlSecTransformEnvelopedId, xmlSecTransformSha256Id}) {
        if (xmlSecDSigCtxEnableReferenceTransform(ctx.get(), id) < 0) {
            *problem = tr("the XML signature library refused its settings: %1").arg(t_lastError);
            return false;
        }
    }
    for (const xmlSecTransformId id : {xmlSecTransformExclC14NId, xmlSecTransformInclC14NId,
                                       xmlSecTransformEcdsaSha256Id, xmlSecTransformRsaSha256Id}) {
        if (xmlSecDSigCtxEnableSignatureTransform(ctx.get(), id) < 0) {
            *problem = tr("the XML signature library refused its settings: %1").arg(t_lastError);
            return false;
        }
    }
    if (xmlSecDSigCtxVerify(ctx.get(), signature) < 0) {
        *problem = tr("the signature cannot be checked: %1").arg(t_lastError);
        return false;
    }
    if (ctx->status != xmlSecDSigStatusSucceeded) {
        *problem = tr("the signature does not verify: the document was changed after it was signed, or another key "
                      "signed it");
        return false;
    }
    if (xmlSecPtrListGetSize(&ctx->signedInfoReferences) != 1) {
        *problem = tr("the signature must hold a single reference with an empty URI (the whole document)");
        return false;
    }
    return true;
}

} // namespace dd
