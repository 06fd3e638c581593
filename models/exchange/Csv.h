#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace paht {

// One record of a CSV file and the physical line it starts on (1-based), for error messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvDocument
{
    QList<CsvRecord> records; // blank lines skipped
    QString error;            // empty when the whole text parsed
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

// RFC 4180 CSV in UTF-8 with a byte-order mark and CRLF line ends: Excel then opens Vietnamese text
// correctly instead of guessing a legacy code page. Fields holding a comma, quote or line break are
// quoted, quotes doubled.
QByteArray writeCsv(const QList<QStringList>& rows);

// Reads what writeCsv writes and what spreadsheets save: an optional BOM, CRLF or LF, quoted fields
// with embedded separators and line breaks. A text that is not UTF-8, or a quote left open, is an
// error, with the line where it happens, and gives no records.
CsvDocument readCsv(const QByteArray& data);

} // namespace paht
