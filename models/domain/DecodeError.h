#pragma once

#include <QString>

#include <optional>

namespace paht {

// Why a JSON document could not become a domain value: which field (a path such as "reporter.phone" or
// "assignments[1].state") and what was wrong with it. The store returns this text to API clients, so it
// must name the field precisely.
struct DecodeError
{
    QString field;
    QString reason;

    QString toString() const { return field.isEmpty() ? reason : field + QLatin1String(": ") + reason; }

    // The same error seen from the enclosing object: "phone" under "reporter" becomes "reporter.phone".
    DecodeError under(const QString& parent) const
    {
        if (parent.isEmpty())
            return *this;
        if (field.isEmpty())
            return {parent, reason};
        return {parent + (field.startsWith(QLatin1Char('[')) ? QString() : QStringLiteral(".")) + field,
                reason};
    }

    friend bool operator==(const DecodeError& a, const DecodeError& b)
    {
        return a.field == b.field && a.reason == b.reason;
    }
};

// Every decoder answers with this: nothing on success, else the first problem found.
using DecodeResult = std::optional<DecodeError>;

} // namespace paht
