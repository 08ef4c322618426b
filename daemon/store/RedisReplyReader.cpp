#include "RedisReplyReader.h"

#include <hiredis/hiredis.h>

#include <new>

namespace ges {

namespace {

// hiredis calls these for each value it parses. The top value is a heap RedisReply the
// reader owns until it is complete; nested values live inside their array's `elements`,
// sized once when the array header arrives, so pointers to them stay valid.
RedisReply *place(const redisReadTask *task, RedisReply::Type type)
{
    RedisReply *r;
    if (task->parent) {
        auto *parent = static_cast<RedisReply *>(task->parent->obj);
        r = &parent->elements[task->idx];
    } else {
        r = new (std::nothrow) RedisReply;
        if (!r)
            return nullptr;
    }
    r->type = type;
    return r;
}

void *createString(const redisReadTask *task, char *str, size_t len)
{
    const RedisReply::Type type = task->type == REDIS_REPLY_ERROR    ? RedisReply::Type::Error
                                  : task->type == REDIS_REPLY_STATUS ? RedisReply::Type::Status
                                                                     : RedisReply::Type::String;
    RedisReply *r = place(task, type);
    if (r)
        r->text = QByteArray(str, qsizetype(len));
    return r;
}

void *createArray(const redisReadTask *task, int elements)
{
    RedisReply *r = place(task, RedisReply::Type::Array);
    if (r && elements > 0)
        r->elements.resize(elements);
    return r;
}

void *createInteger(const redisReadTask *task, long long value)
{
    RedisReply *r = place(task, RedisReply::Type::Integer);
    if (r)
        r->integer = value;
    return r;
}

void *createNil(const redisReadTask *task)
{
    return place(task, RedisReply::Type::Nil);
}

void freeObject(void *reply)
{
    delete static_cast<RedisReply *>(reply); // only ever called for a top value
}

redisReplyObjectFunctions kFunctions = {createString, createArray, createInteger, createNil,
                                        freeObject};

} // namespace

RedisReplyReader::RedisReplyReader() : m_reader(redisReaderCreateWithFunctions(&kFunctions))
{
    if (!m_reader)
        throw std::bad_alloc();
}

RedisReplyReader::~RedisReplyReader()
{
    redisReaderFree(m_reader);
}

bool RedisReplyReader::feed(const char *data, qsizetype size)
{
    return redisReaderFeed(m_reader, data, size_t(size)) == REDIS_OK;
}

bool RedisReplyReader::holdsPartialReply() const
{
    return m_reader->pos < m_reader->len;
}

RedisReplyReader::Result RedisReplyReader::next(RedisReply &out)
{
    void *reply = nullptr;
    if (redisReaderGetReply(m_reader, &reply) != REDIS_OK)
        return Result::Error;
    if (!reply)
        return Result::NeedMore;
    auto *r = static_cast<RedisReply *>(reply);
    out = std::move(*r);
    delete r;
    return Result::Reply;
}

QString RedisReplyReader::error() const
{
    return QString::fromLatin1(m_reader->errstr);
}

} // namespace ges
