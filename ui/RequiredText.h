#pragma once

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QString;
class QWidget;

namespace paht {
struct Report;
}

namespace paht::ui {

// The heading of a dialog about one report: its number in bold, then its title.
QLabel* reportHeading(const Report& report, QWidget* parent);

// OK and Cancel for a dialog that records a text (a reason, an answer): OK, named `okName` and labelled
// `okText`, stays disabled until `text` holds more than blanks.
QDialogButtonBox* requireText(QPlainTextEdit* text, QDialog* dialog, const QString& okName,
                              const QString& okText);

} // namespace paht::ui
