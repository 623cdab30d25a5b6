// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace dd {

/**
 * What went wrong, filled by the layer that knows and read by every caller: a
 * kind to decide by (never the message's text) and a message to show. Messages
 * are made with tr() where they are written, so they are English wherever no
 * translator is installed (the CLI, logs) and in the reader's language in the
 * window. A default Error is no error.
 */
class Error
{
public:
    enum class Kind {
        None,
        Storage, ///< the database or a file could not be read or written
        Conflict, ///< someone else changed the record since it was read
        Refused, ///< the acting user's role may not do it, or a rule forbids it
        Busy, ///< another user or program holds the database; try again later
        ConnectionLost, ///< the server connection dropped; nothing of the step was saved
        Invalid, ///< the input is not acceptable (the message names field and reason)
        NotFound ///< what was asked for does not exist
    };

    Error() = default;
    Error(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {
    }

    static Error storage(const QString& message) { return {Kind::Storage, message}; }
    static Error conflict(const QString& message) { return {Kind::Conflict, message}; }
    static Error refused(const QString& message) { return {Kind::Refused, message}; }
    static Error busy(const QString& message) { return {Kind::Busy, message}; }
    static Error connectionLost(const QString& message) { return {Kind::ConnectionLost, message}; }
    static Error invalid(const QString& message) { return {Kind::Invalid, message}; }
    static Error notFound(const QString& message) { return {Kind::NotFound, message}; }

    Kind kind() const { return m_kind; }
    bool is(Kind kind) const { return m_kind == kind; }
    /** Whether an error was set. */
    bool isSet() const { return m_kind != Kind::None; }
    const QString& message() const { return m_message; }

    /** The same error with \a context before its message ("context: message"). */
    Error withContext(const QString& context) const
    {
        return {m_kind, m_message.isEmpty() ? context : context + QStringLiteral(": ") + m_message};
    }
    /** The same error with \a message instead (the kind kept). */
    Error withMessage(const QString& message) const { return {m_kind, message}; }

private:
    Kind m_kind = Kind::None;
    QString m_message;
};

} // namespace dd
