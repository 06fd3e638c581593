#pragma once

#include <QDialog>

namespace paht::ui {

// Asks the leader once more before a decision that is hard to take back: the edited result with its
// difference from the specialist's text, or the list of results approved at once. The body is HTML the
// caller built from escaped text.
class DecisionConfirmation final : public QDialog
{
    Q_OBJECT

public:
    DecisionConfirmation(const QString& title, const QString& question, const QString& bodyHtml,
                         const QString& confirmLabel, QWidget* parent = nullptr);
};

} // namespace paht::ui
