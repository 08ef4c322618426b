#pragma once
#include <QByteArray>
#include <QList>

namespace ges::resp {

// Appends one command in RESP, the bytes hiredis's redisFormatCommandArgv produces (a
// test compares them), without its heap buffer and sprintf per argument: that was about
// 3% of a read request's CPU at three or four commands a request.
void appendCommand(QByteArray &out, const QList<QByteArray> &args);

} // namespace ges::resp
