#include "DirectoryExchangeWindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace paht::ui {

DirectoryExchangeWindow::DirectoryExchangeWindow(QAbstractItemModel* errors, QWidget* parent)
    : QDialog(parent), m_errorModel(errors), m_table(new QComboBox(this)),
      //: Vietnamese: "Xuất ra tệp CSV…"
      m_export(new QPushButton(tr("&Export to CSV…"), this)),
      //: Vietnamese: "Nhập từ tệp CSV…"
      m_import(new QPushButton(tr("&Import from CSV…"), this)), m_result(new QLabel(this)),
      m_errors(new QTableView(this))
{
    //: Window title. Vietnamese: "Nhập, xuất danh mục (CSV)"
    setWindowTitle(tr("Directory import and export"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        //: Vietnamese: "Danh mục cơ quan, lĩnh vực và tài khoản dưới dạng tệp CSV (UTF-8, mở được bằng
        //: Excel). Khi nhập, nếu có một dòng sai thì không dòng nào được ghi. Tài khoản mới nhập chưa có mật
        //: khẩu: hãy đặt lại mật khẩu cho từng người."
        tr("The agencies, categories and accounts as CSV files (UTF-8, Excel opens them). An import with any "
           "bad row writes nothing. Imported new accounts have no password yet: reset it for each person."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    m_table->setObjectName(QStringLiteral("table"));
    //: Glossary: Cơ quan xử lý → "Cơ quan xử lý"
    m_table->addItem(tr("Agencies"), static_cast<int>(DirectoryTable::Agencies));
    //: Glossary: Lĩnh vực → "Lĩnh vực"
    m_table->addItem(tr("Categories"), static_cast<int>(DirectoryTable::Categories));
    //: Vietnamese: "Tài khoản (không kèm mật khẩu)"
    m_table->addItem(tr("Accounts (without passwords)"), static_cast<int>(DirectoryTable::Users));
    row->addWidget(m_table, 1);
    m_export->setObjectName(QStringLiteral("export"));
    m_import->setObjectName(QStringLiteral("import"));
    row->addWidget(m_export);
    row->addWidget(m_import);
    layout->addLayout(row);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setModel(m_errorModel);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setWordWrap(true);
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_errors, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    m_chooser = [this](bool saving, const QString& suggested) {
        //: File type filter. Vietnamese: "Tệp CSV (*.csv)"
        const QString filter = tr("CSV files (*.csv)");
        return saving ? QFileDialog::getSaveFileName(this, m_export->text(), QDir::home().filePath(suggested),
                                                     filter)
                      : QFileDialog::getOpenFileName(this, m_import->text(), QDir::homePath(), filter);
    };
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const QString path = choose(true); !path.isEmpty())
            emit exportRequested(table(), path);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (const QString path = choose(false); !path.isEmpty())
            emit importRequested(table(), path);
    });
    connect(m_errorModel, &QAbstractItemModel::modelReset, this, &DirectoryExchangeWindow::updateErrors);
    updateErrors();
    resize(760, 460);
}

QString DirectoryExchangeWindow::choose(bool saving) const
{
    const QString suggested = m_suggestedName ? m_suggestedName(table()) : QString();
    return m_chooser(saving, suggested);
}

DirectoryTable DirectoryExchangeWindow::table() const
{
    return static_cast<DirectoryTable>(m_table->currentData().toInt());
}

void DirectoryExchangeWindow::setTable(DirectoryTable table)
{
    m_table->setCurrentIndex(m_table->findData(static_cast<int>(table)));
}

void DirectoryExchangeWindow::setBusy(bool busy)
{
    m_export->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_table->setEnabled(!busy);
}

void DirectoryExchangeWindow::showResult(const QString& text)
{
    m_result->setStyleSheet(QString());
    m_result->setText(text);
}

void DirectoryExchangeWindow::showRefusal(const QString& text)
{
    m_result->setStyleSheet(QStringLiteral("color: #8a1010"));
    m_result->setText(text);
}

QString DirectoryExchangeWindow::resultText() const
{
    return m_result->text();
}

void DirectoryExchangeWindow::updateErrors()
{
    m_errors->setVisible(m_errorModel->rowCount() > 0);
}

} // namespace paht::ui
