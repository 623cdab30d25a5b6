// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace dd {

namespace {

QList<QPointer<QTranslator>> s_installed;
QString s_current = QStringLiteral("en");

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("th")};
}

QString Translations::install(const QString& language)
{
    QString code = QStringLiteral("en");
    const QLocale locale(language);
    if (language == QLatin1String("zh_CN") || locale.language() == QLocale::Chinese) {
        code = QStringLiteral("zh_CN");
    } else if (language == QLatin1String("th") || locale.language() == QLocale::Thai) {
        code = QStringLiteral("th");
    }
    for (const QPointer<QTranslator>& t : std::as_const(s_installed)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    s_installed.clear();
    auto load = [](const QString& file) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (!QFileInfo::exists(file) || !translator->load(file)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        s_installed << translator;
        return true;
    };
    if (!load(QStringLiteral(":/i18n/dualdegree_%1.qm").arg(code))) {
        code = QStringLiteral("en");
    }
    useFontFor(code);
    if (code == QLatin1String("en")) {
        s_current = code;
        return code;
    }
    // Qt's own texts (standard buttons, file dialogs): the system's translation when there is one,
    // otherwise the small one shipped here.
    if (!load(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm").arg(code))) {
        load(QStringLiteral(":/i18n/qt_%1.qm").arg(code));
    }
    s_current = code;
    return code;
}

void Translations::useFontFor(const QString& language)
{
    // The interface font names a face for the script after the system's own: left to
    // fontconfig, Thai falls back to a small serif face (FreeSerif) and Chinese to Japanese
    // glyph shapes on some machines.
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app) {
        return;
    }
    static const QFont system = QApplication::font();
    QFont font = system;
    const QStringList installed = QFontDatabase::families();
    // Both scripts in every language (an English screen lists Thai and Chinese names too),
    // the interface language's own first.
    const QStringList thai {QStringLiteral("Noto Sans Thai UI"), QStringLiteral("Noto Sans Thai")};
    const QStringList chinese {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")};
    const QList<QStringList> wanted
        = language == QLatin1String("zh_CN") ? QList<QStringList> {chinese, thai} : QList<QStringList> {thai, chinese};
    // The face the system font resolves to: an alias such as "Sans Serif" is no family of its
    // own, and with it first Latin letters and digits would come from the faces below.
    QStringList families {QFontInfo(system).family()};
    for (const QStringList& script : wanted) {
        for (const QString& family : script) {
            if (installed.contains(family)) {
                families << family;
                break;
            }
        }
    }
    font.setFamilies(families);
    QApplication::setFont(font);
}

QString Translations::current()
{
    return s_current;
}

} // namespace dd
