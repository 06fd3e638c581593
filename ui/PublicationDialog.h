#pragma once

#include "domain/Report.h"
#include "publication/PublicNotice.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace paht::ui {

class ConsoleSession;

// The center's publication step for one report (R-14 … R-17): edit the public answer, see it as the
// Appendix II notice, save the notice as PDF or print it, then end the step as the report's
// confidentiality demands — publish, answer the reporter privately, or close without publication —
// with the publication deadline in sight. Every step goes through the session's outbox; the dialog
// follows the report in the cache, so the store's notice numbers appear once the answer is out.
class PublicationDialog final : public QDialog
{
    Q_OBJECT

public:
    PublicationDialog(ConsoleSession& session, const QString& reportId, QWidget* parent = nullptr);

    const QString& reportId() const { return m_reportId; }
    // The notice as it stands: the report in the cache with the answer being edited.
    PublicNotice notice() const;
    // Writes the notice as a PDF file; false when it cannot (no notice for a state secret).
    bool savePdf(const QString& file);
    // The command that ends the step for this user and report: publish, answer_privately,
    // close_restricted; empty when the user may not end it.
    const QString& ending() const { return m_ending; }

private:
    void reload();
    void refreshDeadline();
    void refreshPreview();
    void updateButtons();
    void saveAnswer();
    void finish();
    void choosePdfFile();
    void print();
    bool confirmEnding();
    void send(const QString& command, const QJsonObject& payload);
    void onAnswered(const QString& commandId, const QString& message, bool applied);

    ConsoleSession& m_session;
    QString m_reportId;
    std::optional<Report> m_report;
    QString m_ending;
    QString m_pendingCommand; // sent, not yet answered by the store
    bool m_edited = false;    // the user typed since the last load: keep the text on reload
    bool m_canEdit = false;

    QLabel* m_heading;
    QLabel* m_route;
    QLabel* m_deadline;
    QLabel* m_status;
    QPlainTextEdit* m_answer;
    QTextBrowser* m_preview;
    QPushButton* m_save;
    QPushButton* m_pdf;
    QPushButton* m_print;
    QPushButton* m_finish;
    QTimer m_tick;
};

} // namespace paht::ui
