#include "SecretDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paht::ui {

SecretDialog::SecretDialog(const QString& title, const QString& explanation, const QString& secret,
                           QWidget* parent)
    : QDialog(parent), m_secret(new QLineEdit(secret, this))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* row = new QHBoxLayout;
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    row->addWidget(m_secret);
    //: Copies a password or key to the clipboard. Vietnamese: "Sao chép"
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copy"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        m_secret->selectAll();
    });
    row->addWidget(copy);
    layout->addLayout(row);
    auto* warning = new QLabel(
        //: Vietnamese: "Hãy ghi lại ngay: sau khi đóng cửa sổ này sẽ không xem lại được."
        tr("Note it now: it cannot be shown again once this window is closed."), this);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("font-weight: 600"));
    layout->addWidget(warning);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString SecretDialog::secret() const
{
    return m_secret->text();
}

} // namespace paht::ui
