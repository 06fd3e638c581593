#include "http/Router.h"

#include "http/ApiError.h"

namespace paht::store {

void Router::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    m_routes.push_back(
        {method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)), std::move(handler)});
}

bool Router::knows(const QString& path) const
{
    for (const Route& route : m_routes) {
        if (route.pattern.match(path).hasMatch())
            return true;
    }
    return false;
}

HttpResponse Router::dispatch(HttpRequest request) const
{
    QByteArrayList allowed;
    for (const Route& route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        request.pathArgs = match.capturedTexts().mid(1);
        return route.handler(request);
    }
    if (allowed.isEmpty())
        return ApiError::notFound(QStringLiteral("No such resource: %1").arg(request.path)).toResponse();
    HttpResponse response = ApiError::methodNotAllowed(QString::fromLatin1(request.method)).toResponse();
    response.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
    return response;
}

} // namespace paht::store
