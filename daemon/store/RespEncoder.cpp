#include "RespEncoder.h"

namespace ges::resp {

namespace {
void appendHeader(QByteArray &out, char kind, qsizetype value)
{
    char digits[24];
    int at = int(sizeof digits);
    do {
        digits[--at] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    out += kind;
    out.append(digits + at, qsizetype(sizeof digits) - at);
    out += "\r\n";
}
} // namespace

void appendCommand(QByteArray &out, const QList<QByteArray> &args)
{
    qsizetype size = 16;
    for (const QByteArray &arg : args)
        size += arg.size() + 16;
    out.reserve(out.size() + size);
    appendHeader(out, '*', args.size());
    for (const QByteArray &arg : args) {
        appendHeader(out, '$', arg.size());
        out += arg;
        out += "\r\n";
    }
}

} // namespace ges::resp
