#pragma once
#include "shared/ServiceConfig.h"

#include <QWidget>

class OfficeHoursGrid;
class QComboBox;
class QLabel;

// The office hours page of the service dialog: the weekly grid, its cell size, and the
// hours the server will store spelled out in the user's day names and time format.
class OfficeHoursEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeHoursEditor(QWidget *parent = nullptr);

    void load(const ges::ServiceConfig &service);
    void write(QJsonObject &json) const;
    // The widget that edits `field` of a field problem ("officeHours[0].days"), if ours.
    QWidget *widgetFor(const QString &field) const;
    OfficeHoursGrid *grid() const { return m_grid; }

private:
    void updateSummary();

    OfficeHoursGrid *m_grid;
    QComboBox *m_cellCombo;
    QLabel *m_summary;
};
