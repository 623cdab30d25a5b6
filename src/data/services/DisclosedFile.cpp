// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/DisclosedFile.h"

#include "data/db/Database.h"
#include "data/files/OutputFile.h"

#include <QFile>
#include <QFileInfo>

namespace dd {

bool DisclosedFile::write(Database& db, Disclosure& disclosure, const QString& path, const QByteArray& bytes,
                          Error* error)
{
    Transaction tx(db, Transaction::Mode::Immediate, error);
    if (!tx.isActive()) {
        return false;
    }
    disclosure.fileName = QFileInfo(path).fileName();
    if (!DisclosureRepository(db).record(disclosure, error) || !OutputFile::write(path, bytes, error)) {
        return false;
    }
    if (!tx.commit(error)) {
        QFile::remove(path);
        return false;
    }
    return true;
}

} // namespace dd
