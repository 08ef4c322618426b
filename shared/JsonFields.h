#pragma once
#include "ApiError.h"

#include <QJsonObject>

// Validation of JSON fields shared by the admin documents (services, call-in groups).
namespace ges::fields {

// A name that is safe in keys, URLs and logs: 1-100 letters, digits, space or _ . : @ -
bool isName(const QString &s);

// json[key] as a whole number in [min, max]; `fallback` when absent or null, and a
// problem recorded when it is anything else.
int boundedInt(const QJsonObject &json, const char *key, int fallback, int min, int max,
               QList<FieldProblem> *problems);

} // namespace ges::fields
