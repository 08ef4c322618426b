#pragma once
#include "shared/ServiceConfig.h"

#include <QWidget>

class QPushButton;
class QTableView;
class SpecialDaysModel;

// The special days page of the service dialog: dates closed all day or with their own
// hours, added and removed as rows of a table.
class SpecialDaysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SpecialDaysEditor(QWidget *parent = nullptr);

    void load(const ges::ServiceConfig &service);
    void write(QJsonObject &json) const;
    QWidget *widgetFor(const QString &field) const;
    SpecialDaysModel *model() const { return m_model; }

private:
    void addDay();
    void removeSelected();

    SpecialDaysModel *m_model;
    QTableView *m_view;
    QPushButton *m_removeButton;
};
