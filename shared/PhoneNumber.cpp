#include "PhoneNumber.h"

namespace ges::phone {

namespace {
bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/';
}
} // namespace

std::optional<QString> normalize(const QString &input)
{
    if (input.size() > 40)
        return std::nullopt;
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (!isSeparator(c)) {
            return std::nullopt;
        }
    }
    if (!plus && digits.startsWith(QLatin1String("00"))) {
        digits.remove(0, 2);
        plus = true;
    }
    if (!plus || digits.size() < 7 || digits.size() > 15 || digits.startsWith(u'0'))
        return std::nullopt;
    return QLatin1Char('+') + digits;
}

} // namespace ges::phone
