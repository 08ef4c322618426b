#pragma once
#include "ClientError.h"

#include <variant>

// What every AdminClient request hands to its callback: the typed data or the error.
template <typename T> class ApiResult
{
public:
    static ApiResult success(T value) { return ApiResult(std::move(value)); }
    static ApiResult failure(ClientError error) { return ApiResult(std::move(error)); }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    const ClientError &error() const { return std::get<ClientError>(m_value); }

private:
    explicit ApiResult(T value) : m_value(std::move(value)) {}
    explicit ApiResult(ClientError error) : m_value(std::move(error)) {}

    std::variant<T, ClientError> m_value;
};
