#include "DirectoryExchange.h"

#include "ConsoleSession.h"
#include "DirectoryExchangeWindow.h"

#include "calendar/Clock.h"
#include "calendar/WorkingCalendar.h"
#include "items/DirectoryForms.h"
#include "items/ImportErrorModel.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace paht::ui {

DirectoryExchange::DirectoryExchange(ConsoleSession& session, QWidget* window)
    : AdminScreen(session, window), m_errors(new ImportErrorModel(this))
{}

DirectoryExchangeWindow* DirectoryExchange::show()
{
    if (!m_exchange) {
        m_exchange = new DirectoryExchangeWindow(m_errors, m_window);
        m_exchange->setSuggestedName([this](DirectoryTable table) {
            const QDate today = m_session.clock().now().toTimeZone(WorkingCalendar::timeZone()).date();
            return DirectoryForms::exportFileName(table, today);
        });
        connect(m_exchange, &DirectoryExchangeWindow::exportRequested, this, &DirectoryExchange::exportTo);
        connect(m_exchange, &DirectoryExchangeWindow::importRequested, this, &DirectoryExchange::importFrom);
    }
    m_exchange->show();
    m_exchange->raise();
    return m_exchange;
}

void DirectoryExchange::refused(const QString& text)
{
    if (m_exchange) {
        m_exchange->setBusy(false);
        m_exchange->showRefusal(text);
    }
    emit finished();
}

void DirectoryExchange::exportTo(DirectoryTable table, const QString& path)
{
    m_errors->setRows({});
    if (m_exchange)
        m_exchange->setBusy(true);
    store().exportTable(table, this, [this, path](const AdminResult<QByteArray>& result) {
        if (!result.ok()) {
            refused(result.refusal->text());
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.value) != result.value.size() ||
            !file.commit()) {
            //: %1 a file, %2 why. Vietnamese: "Không ghi được tệp %1: %2"
            refused(tr("The file %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        if (m_exchange) {
            m_exchange->setBusy(false);
            //: %1 a file. Vietnamese: "Đã lưu vào %1."
            m_exchange->showResult(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
        }
        emit finished();
    });
}

void DirectoryExchange::importFrom(DirectoryTable table, const QString& path)
{
    m_errors->setRows({});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 a file, %2 why. Vietnamese: "Không đọc được tệp %1: %2"
        refused(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    // The store reads the file with the same DirectoryCsv and answers every bad row at once.
    const QByteArray csv = file.readAll();
    if (m_exchange)
        m_exchange->setBusy(true);
    store().importTable(table, csv, this, [this](const AdminResult<ImportCounts>& result) {
        if (!result.ok()) {
            m_errors->setRows(result.refusal->rows);
            refused(
                result.refusal->rows.isEmpty()
                    ? result.refusal->text()
                    //: Vietnamese: "Không có gì được ghi: %n dòng của tệp bị sai. Hãy sửa tất cả các dòng
                    //: dưới đây rồi nhập lại tệp."
                    : tr("Nothing was written: %n row(s) of the file are wrong. Correct them all and import "
                         "the file again.",
                         nullptr, static_cast<int>(result.refusal->rows.size())));
            return;
        }
        if (m_exchange) {
            m_exchange->setBusy(false);
            //: %1 entries created, %2 changed. Vietnamese: "Đã nhập: %1 mục mới, %2 mục được cập nhật."
            m_exchange->showResult(
                tr("Imported: %1 new, %2 updated.").arg(result.value.created).arg(result.value.updated));
        }
        emit changed();
        emit finished();
    });
}

} // namespace paht::ui
