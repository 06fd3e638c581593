#pragma once

#include "http/HttpMessage.h"

#include <QRegularExpression>
#include <functional>
#include <vector>

namespace paht::store {

// Maps method + path pattern to a handler. A path that matches with another method answers 405
// (Qt HttpServer 6.4 would answer 404), and an unknown path 404, both as JSON API errors.
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    // pattern is a regular expression over the whole path; its capture groups become pathArgs.
    void add(const QByteArray& method, const QString& pattern, Handler handler);
    HttpResponse dispatch(HttpRequest request) const;
    // Whether some route's pattern matches the path, whatever its method.
    bool knows(const QString& path) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace paht::store
