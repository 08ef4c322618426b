#include "PgArrayLiteral.h"

namespace ges {

void PgArrayLiteral::add(const QString &element)
{
    if (m_text.size() > 1)
        m_text += u',';
    m_text.reserve(m_text.size() + element.size() + 2);
    m_text += u'"';
    for (const QChar c : element) {
        if (c == u'"' || c == u'\\')
            m_text += u'\\';
        m_text += c;
    }
    m_text += u'"';
}

void PgArrayLiteral::addNull()
{
    if (m_text.size() > 1)
        m_text += u',';
    m_text += QLatin1String("NULL");
}

} // namespace ges
