#pragma once
#include <QByteArray>
#include <QList>

namespace ges {

// A Redis reply copied out of hiredis, so it outlives the callback that received it.
struct RedisReply
{
    enum class Type
    {
        Error,
        Nil,
        Integer,
        String,
        Status,
        Array
    };
    Type type = Type::Nil;
    QByteArray text; // String, Status, Error
    qint64 integer = 0;
    QList<RedisReply> elements;
    bool lost = false; // an error because the connection went away (hiredis is freeing it)

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
    static RedisReply error(const QByteArray &message)
    {
        return {Type::Error, message, 0, {}, false};
    }
    static RedisReply connectionLost()
    {
        return {Type::Error, "redis connection lost", 0, {}, true};
    }
};

} // namespace ges
