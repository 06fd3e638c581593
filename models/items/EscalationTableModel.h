#pragma once

#include "domain/Report.h"
#include "domain/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace paht {

// The escalations to the Provincial People's Committee, open and resolved: one row per escalated
// report with the note, who escalated it and when, and how it was resolved. Open ones come first, then
// the latest escalated first, so what still waits for the committee is on top.
class EscalationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        StatusColumn,
        EscalatedColumn, // when and by whom
        NoteColumn,
        ResolvedColumn, // when and by whom; empty while open
        ResolutionColumn,
        ColumnCount
    };
    enum Role
    {
        ReportIdRole = Qt::UserRole + 1, // QString
        OpenRole,                        // bool: the escalation still stands
    };

    explicit EscalationTableModel(QObject* parent = nullptr);

    // Usernames become display names.
    void setUsers(const QList<User>& users);
    void setDisplayLocale(const QLocale& locale);
    // Keeps the escalated reports, in the order above.
    void setReports(const QList<Report>& reports);

    int openCount() const;
    int rowOf(const QString& reportId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString reportId;
        QString title;
        Escalation escalation;
    };

    QString who(const QString& username) const;
    QString when(const QDateTime& at) const;

    QHash<QString, QString> m_displayNames;
    QLocale m_locale;
    QList<Row> m_rows;
};

} // namespace paht
