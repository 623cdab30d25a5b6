// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace dd {

namespace {

QPointer<QTranslator> s_installed;
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
    if (s_installed) {
        QCoreApplication::removeTranslator(s_installed);
        delete s_installed;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/dualdegree_%1.qm").arg(code))) {
        delete translator;
        s_current = QStringLiteral("en");
        return s_current;
    }
    QCoreApplication::installTranslator(translator);
    s_installed = translator;
    s_current = code;
    return code;
}

QString Translations::current()
{
    return s_current;
}

} // namespace dd
