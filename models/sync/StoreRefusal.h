#pragma once

#include "exchange/DirectoryCsv.h"
#include "sync/StoreApi.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace paht {

// Why the store did not do what the administrator asked, as the store said it: its message, the field
// of the form it is about, and for an import every bad row. The console shows it next to the form.
struct StoreRefusal
{
    Q_DECLARE_TR_FUNCTIONS(paht::StoreRefusal)

public:
    int status = 0; // HTTP status; 0 when the store was not reached
    QString code;   // error.code: "invalid_payload", "already_exists", "invalid_csv", "forbidden", …
    QString message;
    QString field;
    QList<CsvRowProblem> rows; // invalid_csv: every bad row of the file

    static StoreRefusal from(const StoreAnswer& answer);
    // The store's message; a sentence of the console's own when the store gave none.
    QString text() const;
};

} // namespace paht
