#pragma once
#include "client/CallbacksApi.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QListView;
class QStandardItemModel;

// The free slots of one service on one day, as GET /ges/v1/admin/availability lists
// them (full slots are not offered): pick a day, then a slot. Times are shown in this
// computer's zone.
class SlotPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SlotTimeRole = Qt::UserRole + 1; // the slot's start, UTC

    SlotPicker(CallbacksApi *api, QWidget *parent = nullptr);

    void setService(const QString &tenant, const QString &service);
    void setDay(const QDate &day);
    QDate day() const;
    QDateTime selectedTime() const; // invalid: none picked
    int slotCount() const;
    bool isLoading() const { return m_loading; }

signals:
    void selectionChanged();
    void loaded();

private:
    void reload();
    void showSlots(const ApiResult<Availability> &result);

    CallbacksApi *m_api;
    QDateEdit *m_dayEdit;
    QListView *m_list;
    QStandardItemModel *m_slots;
    QLabel *m_status;
    QString m_tenant;
    QString m_service;
    int m_generation = 0;
    bool m_loading = false;
};
