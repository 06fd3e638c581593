#include "exchange/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace paht {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QString quoted(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : field)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return field;
    QString copy = field;
    copy.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + copy + QLatin1Char('"');
}

bool isBlank(const CsvRecord& record)
{
    return record.fields.size() == 1 && record.fields.first().isEmpty();
}

} // namespace

QByteArray writeCsv(const QList<QStringList>& rows)
{
    QByteArray out = kBom;
    for (const QStringList& row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& field : row)
            fields.append(quoted(field));
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    }
    return out;
}

CsvDocument readCsv(const QByteArray& data)
{
    CsvDocument document;
    QByteArray bytes = data.startsWith(kBom) ? data.mid(kBom.size()) : data;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        document.error = QCoreApplication::translate("paht::Csv", "the file is not UTF-8 text");
        document.errorLine = 1;
        return document;
    }

    int line = 1;
    CsvRecord record{line, {}};
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteOpenedOn = 0;
    const auto endRecord = [&] {
        record.fields.append(field);
        if (!isBlank(record))
            document.records.append(record);
        field.clear();
        fieldWasQuoted = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                document.error = QCoreApplication::translate("paht::Csv", "a quote inside an unquoted field");
                document.errorLine = line;
                document.records.clear();
                return document;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            quoteOpenedOn = line;
        } else if (c == QLatin1Char(',')) {
            record.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record = CsvRecord{line, {}};
        } else if (fieldWasQuoted) {
            document.error = QCoreApplication::translate("paht::Csv", "text after a closing quote");
            document.errorLine = line;
            document.records.clear();
            return document;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        document.error = QCoreApplication::translate("paht::Csv", "a quoted field is never closed");
        document.errorLine = quoteOpenedOn;
        document.records.clear();
        return document;
    }
    if (!field.isEmpty() || fieldWasQuoted || !record.fields.isEmpty())
        endRecord();
    return document;
}

} // namespace paht
