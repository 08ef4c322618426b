#pragma once
#include "RedisReply.h"

#include <QString>

struct redisReader;

namespace ges {

// hiredis's RESP parser (redisReader, present in Debian 12's hiredis 0.14) fed with bytes
// from any transport, building RedisReply values directly (no intermediate redisReply
// tree to copy). Replies may arrive split at any byte or many in one chunk.
class RedisReplyReader
{
public:
    enum class Result
    {
        Reply,    // `out` holds the next reply
        NeedMore, // no complete reply buffered yet
        Error     // protocol error; error() says which; the stream is unusable
    };

    RedisReplyReader();
    ~RedisReplyReader();
    RedisReplyReader(const RedisReplyReader &) = delete;
    RedisReplyReader &operator=(const RedisReplyReader &) = delete;

    bool feed(const char *data, qsizetype size); // false: out of memory
    Result next(RedisReply &out);
    QString error() const;
    // Part of a reply has been fed, the rest not yet.
    bool holdsPartialReply() const;

private:
    redisReader *m_reader;
};

} // namespace ges
