#pragma once

#include "domain/Report.h"
#include "items/DeadlineIndicator.h"

#include <QWidget>

class QLabel;
class QListView;
class QTextBrowser;

namespace paht {
class PhotoCache;
class ResultRevisionModel;
struct User;
} // namespace paht

namespace paht::ui {

class AttachmentStrip;

// The left half of the approval screen: the report as the agency received it — text, place with a map
// link, photos, and the center's instruction to the agency.
class ReportPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPane(PhotoCache& photos, QWidget* parent = nullptr);

    void showReport(const Report& report, const Assignment& assignment, const QString& categoryName,
                    const QString& communeName);
    void clear();
    AttachmentStrip* photos() const { return m_photos; }

private:
    QTextBrowser* m_text;
    AttachmentStrip* m_photos;
};

// The right half: the specialist's result — who, when, the approval deadline, the text and its
// files — and the history of the text, each revision with its difference from the one before.
class ResultPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPane(PhotoCache& photos, QWidget* parent = nullptr);

    void setUsers(const QList<User>& users);
    void showResult(const Assignment& assignment, const QString& specialist,
                    const DeadlineIndicator& deadline);
    void clear();
    AttachmentStrip* files() const { return m_files; }
    ResultRevisionModel& revisions() const { return *m_revisions; }
    void selectRevision(int row);

private:
    void showRevision();

    QTextBrowser* m_text;
    AttachmentStrip* m_files;
    ResultRevisionModel* m_revisions;
    QListView* m_revisionList;
    QLabel* m_revisionCaption;
    QTextBrowser* m_revisionDiff;
};

} // namespace paht::ui
