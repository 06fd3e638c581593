#pragma once

#include "AdminForm.h"

#include "domain/Agency.h"

class QComboBox;
class QLineEdit;

namespace paht::ui {

// A new API key: its name, and whether the citizen app or one agency's own software uses it.
class ApiKeyDialog final : public AdminForm
{
    Q_OBJECT

public:
    explicit ApiKeyDialog(const QList<Agency>& agencies, QWidget* parent = nullptr);

    QString name() const;
    QString kind() const;       // ApiKeyEntry::kCitizenApp or kAgencySystem
    QString agencyCode() const; // empty for the citizen app

private:
    void kindChosen();

    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_agency;
};

} // namespace paht::ui
