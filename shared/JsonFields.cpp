#include "JsonFields.h"

#include <QRegularExpression>
#include <cmath>

namespace ges::fields {

bool isName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 _.:@-]{0,99}$"));
    return re.match(s).hasMatch();
}

int boundedInt(const QJsonObject &json, const char *key, int fallback, int min, int max,
               QList<FieldProblem> *problems)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(-1e18);
    // Range first: converting a double outside qint64's range is undefined behaviour.
    if (!v.isDouble() || d < min || d > max || d != std::trunc(d)) {
        problems->append(
            {QLatin1String(key),
             QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)});
        return fallback;
    }
    return int(d);
}

} // namespace ges::fields
