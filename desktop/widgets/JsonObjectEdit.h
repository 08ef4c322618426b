#pragma once
#include <QJsonObject>
#include <QPlainTextEdit>

// A text field for a callback's userData: a JSON object whose keys are JavaScript
// identifiers (the server refuses other keys on edit rather than dropping them, so the
// editor says so before sending). Empty text is an empty object.
class JsonObjectEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonObjectEdit(QWidget *parent = nullptr);

    void setObject(const QJsonObject &object);
    // The object typed, or nullopt with problem() telling why not.
    std::optional<QJsonObject> object() const;
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

signals:
    void validityChanged(bool valid);

private:
    bool m_wasValid = true;
};
