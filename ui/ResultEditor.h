#pragma once

#include "cache/ResultDrafts.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace paht {
class LocalCache;
}

namespace paht::ui {

class ConsoleSession;
class DeadlineLabel;

// The specialist writes the agency's result, or reworks it with the leader's reason in sight
// text plus photos and PDF documents. It is a draft on this workstation until it is submitted —
// saved as the user types and when the editor closes, so a closed window, a restart or a lost network
// loses nothing — and submitting queues submit_result with the new files to upload first, then deletes
// the draft. Non-modal, so the report stays readable beside it.
class ResultEditor final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 700; // a pause in typing saves the draft

    ResultEditor(ConsoleSession& session, const QString& reportId, QWidget* parent = nullptr);
    ~ResultEditor() override;

    QString reportId() const { return m_draft.reportId; }
    const ResultDraft& draft() const { return m_draft; }
    // Attaches the file (checked by ResultFiles); false, with the reason shown, when it is refused.
    bool addFile(const QString& path);
    void removeAttachment(int row);
    // Queues the result; false, with the reason shown, when nothing was queued.
    bool submit();
    QString message() const;

signals:
    void draftSaved(const QString& reportId);
    void submitted(const QString& reportId);

public slots:
    void done(int result) override;

private:
    void refreshReport();
    void updateSubmit();
    void refreshAttachments();
    void onTextChanged();
    void saveNow();
    void chooseFiles();
    void showMessage(const QString& text, bool problem);

    ConsoleSession& m_session;
    QPointer<LocalCache> m_cache; // gone after "forget this workstation": nothing to save into then
    ResultDraft m_draft;
    bool m_dirty = false;
    bool m_handling = false; // the assignment is processing or in rework: a result may go now
    QTimer m_saveTimer;
    QLabel* m_heading;
    DeadlineLabel* m_deadline;
    QLabel* m_rework;
    QPlainTextEdit* m_text;
    QListWidget* m_attachments;
    QPushButton* m_remove;
    QLabel* m_message;
    QLabel* m_saved;
    QPushButton* m_submit;
};

} // namespace paht::ui
