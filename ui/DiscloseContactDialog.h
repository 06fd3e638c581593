#pragma once

#include "domain/Report.h"
#include "items/ContactRequests.h"
#include "workflow/Directory.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QListWidget;
class QPlainTextEdit;

namespace paht::ui {

// the center gives the reporter's contact to a handling agency, with the reason that is recorded.
// Shows the agencies' pending requests and their reasons; picking one chooses its agency. Only agencies the
// workflow lets the center disclose to can be chosen.
class DiscloseContactDialog final : public QDialog
{
    Q_OBJECT

public:
    DiscloseContactDialog(const Report& report, const QList<ContactRequest>& pending,
                          const QStringList& agencies, const Directory& directory, QWidget* parent = nullptr);

    QString agencyCode() const;
    void chooseAgency(const QString& agencyCode);
    void setReason(const QString& reason);
    bool canAccept() const;
    QJsonObject payload() const; // {agencyCode, reason}

private:
    void updateOk();

    QListWidget* m_requests;
    QComboBox* m_agency;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace paht::ui
