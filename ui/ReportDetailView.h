#pragma once

#include "domain/Report.h"
#include "items/ActionSet.h"

#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QListView;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace paht {
class AssignmentModel;
class PhotoCache;
class TimelineModel;
} // namespace paht

namespace paht::ui {

class CitizenVoiceView;

// The right pane: the report as this user may see it — text, reporter (masked by the store as the user's
// rights demand), place with a map link, photos, each agency's assignment with its deadline, the
// timeline, the citizen's answers and rating — and the actions the workflow allows this user now.
class ReportDetailView final : public QWidget
{
    Q_OBJECT

public:
    ReportDetailView(TimelineModel& timeline, AssignmentModel& assignments, QWidget* parent = nullptr);

    void showReport(const Report& report, const QString& categoryName, const QString& communeName,
                    const ActionSet& actions);
    void clear();
    // A role-specific panel (the intake check) shown under the actions; the view takes ownership.
    void addPanel(QWidget* panel);
    // A photo arrived in the cache (or was there already).
    void showPhoto(const QString& sha256, const QPixmap& thumbnail);
    QString reportId() const { return m_report.id; }

    static QUrl mapUrl(const Location& location);

signals:
    void actionRequested(const QString& reportId, const QString& command);
    void photoWanted(const QString& sha256);
    void photoOpened(const QString& sha256);

private:
    QString describe(const Report& report, const QString& categoryName, const QString& communeName) const;
    void rebuildActions(const ActionSet& actions);
    void rebuildPhotos();

    Report m_report;
    QLabel* m_empty;
    QWidget* m_body;
    QTextBrowser* m_text;
    QWidget* m_photoStrip;
    QHBoxLayout* m_photoLayout;
    QListView* m_assignments;
    QListView* m_timeline;
    QWidget* m_actionBar;
    QGridLayout* m_actionLayout;
    QVBoxLayout* m_bodyLayout;
    CitizenVoiceView* m_citizen;
};

} // namespace paht::ui
