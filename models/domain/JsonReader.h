#pragma once

#include "calendar/StageTiming.h"
#include "domain/DecodeError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace paht {

// Reads the fields of one JSON object into a value and keeps the first problem found, so a decoder is a
// flat list of reads followed by one `return reader.result();`. Nested objects and lists report paths
// ("reporter.phone", "assignments[1].state"). Optional fields that are absent or null leave the target
// untouched, so the caller's defaults stand.
class JsonReader
{
public:
    enum class Need
    {
        Required, // must be present and of the right type
        NonEmpty, // a string that must be present and not blank; for other types the same as Required
        Optional, // may be absent or null
    };

    explicit JsonReader(const QJsonObject& json) : m_json(json) {}

    bool ok() const { return !m_error.has_value(); }
    DecodeResult result() const { return m_error; }
    // Records a problem found by the caller's own check; the first one wins.
    void fail(const QString& field, const QString& reason);
    void fail(const DecodeError& error);

    void string(const char* key, QString* out, Need need = Need::Required);
    void boolean(const char* key, bool* out, Need need = Need::Required);
    void integer(const char* key, qint64* out, qint64 min, qint64 max, Need need = Need::Required);
    void integer(const char* key, int* out, int min, int max, Need need = Need::Required);
    void number(const char* key, double* out, double min, double max, Need need = Need::Required);
    void instant(const char* key, QDateTime* out, Need need = Need::Required);
    void jsonObject(const char* key, QJsonObject* out, Need need = Need::Required);
    void stageTiming(const char* key, StageTiming* out, Need need = Need::Required);
    void stageTiming(const char* key, std::optional<StageTiming>* out);

    // A list of strings; `valid` (when given) checks each item and `reason` says what was expected.
    void strings(const char* key, QStringList* out, Need need = Need::Optional,
                 bool (*valid)(const QString&) = nullptr, const QString& reason = {});

    // An enum stored as its snake_case name; `parse` is the enum's own name table lookup.
    template <typename E>
    void enumeration(const char* key, E* out, bool (*parse)(const QString&, E*), Need need = Need::Required)
    {
        QString name;
        if (!readName(key, &name, need))
            return;
        if (!parse(name, out))
            fail(QString::fromLatin1(key), QStringLiteral("unknown value \"%1\"").arg(name));
    }

    // A nested object decoded by T::fromJson(const QJsonObject&, T*).
    template <typename T>
    void object(const char* key, T* out, Need need = Need::Required)
    {
        QJsonObject inner;
        if (!readObject(key, &inner, need))
            return;
        if (const DecodeResult error = T::fromJson(inner, out))
            fail(error->under(QString::fromLatin1(key)));
    }

    template <typename T>
    void object(const char* key, std::optional<T>* out)
    {
        QJsonObject inner;
        if (!readObject(key, &inner, Need::Optional))
            return;
        T value;
        if (const DecodeResult error = T::fromJson(inner, &value))
            fail(error->under(QString::fromLatin1(key)));
        else
            *out = value;
    }

    // A list of nested objects; an error in item 1 reads "key[1].field".
    template <typename T>
    void objects(const char* key, QList<T>* out, Need need = Need::Optional)
    {
        QJsonArray array;
        if (!readArray(key, &array, need))
            return;
        QList<T> items;
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(QString::fromLatin1(key)).arg(i);
            if (!array.at(i).isObject()) {
                fail(path, QStringLiteral("expected an object"));
                break;
            }
            T item;
            if (const DecodeResult error = T::fromJson(array.at(i).toObject(), &item))
                fail(error->under(path));
            items.append(item);
        }
        if (ok())
            *out = items;
    }

private:
    // Fetches the raw value; false when absent (reporting "missing" if required) or already failed.
    bool fetch(const char* key, QJsonValue* out, Need need);
    bool readObject(const char* key, QJsonObject* out, Need need);
    bool readArray(const char* key, QJsonArray* out, Need need);
    bool readName(const char* key, QString* out, Need need);

    QJsonObject m_json;
    std::optional<DecodeError> m_error;
};

} // namespace paht
