#pragma once

#include "approval/TextDiff.h"
#include "domain/Assignment.h"
#include "domain/User.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QLocale>

#include <algorithm>

namespace paht {

// The history of one result text, oldest first: every submission of the specialist and the leader's edit
// each with the difference from the version before it.
class ResultRevisionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int (ResultRevision::Kind)
        AuthorRole,                  // QString, display name
        AtRole,                      // QDateTime (UTC)
        TextRole,                    // QString
        DiffHtmlRole,                // QString: the change from the previous revision, or the text itself
    };

    explicit ResultRevisionModel(QObject* parent = nullptr);

    void setUsers(const QList<User>& users);
    void setDisplayLocale(const QLocale& locale);
    void setRevisions(const QList<ResultRevision>& revisions);

    const ResultRevision& revisionAt(int row) const { return m_revisions.at(row); }
    // The change this revision made to the one before it; the first revision is all inserted.
    const TextDiff& diffAt(int row) const { return m_diffs.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString author(const ResultRevision& revision) const;
    QString describe(int row) const;

    QHash<QString, QString> m_displayNames;
    QLocale m_locale;
    QList<ResultRevision> m_revisions;
    QList<TextDiff> m_diffs;
};

} // namespace paht
