#pragma once

#include "sync/StoreApi.h"

#include <QObject>

namespace paht {

class LocalCache;

// Copies the store's reference data into the cache: agencies and categories (the Directory) and the
// users the caller may see, so that dialogs work offline.
class DirectoryFeed : public QObject
{
    Q_OBJECT

public:
    DirectoryFeed(StoreApi& api, LocalCache& cache, QObject* parent = nullptr);

    void refresh();
    void cancel() { ++m_round; }

signals:
    void refreshed();
    void failed(const paht::StoreAnswer& answer);
    void problem(const QString& message);

private:
    void arrived(const QString& key, const StoreAnswer& answer, quint64 round);
    void store();

    StoreApi& m_api;
    LocalCache& m_cache;
    quint64 m_round = 0;
    QJsonObject m_parts; // "agencies", "categories", "users" as they arrive
    bool m_failed = false;
};

} // namespace paht
