#pragma once
#include "client/CallbackQuery.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;

// The filters of the Callbacks tab, all applied by the server: state, service, tenant,
// phone (searched as you type, once 3 digits are there), and a time range on the created
// or desired time. changed() comes at once for choices, after a short pause for typing.
class CallbackFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TypingPauseMs = 300;

    explicit CallbackFilterBar(QWidget *parent = nullptr);

    // The filters into `query` (tenant, service, state, phone, time range).
    void fill(CallbackQuery &query) const;
    void clearTimeRange();
    // The filters as shown now are applied (a reload took them): no changed() for them
    // when a typing pause still running ends.
    void markApplied();

signals:
    void changed();

private:
    QLineEdit *makeEdit(const char *name, const QString &placeholder);
    QDateTimeEdit *makeTimeEdit(const char *name);
    QWidget *labelled(const QString &text, QWidget *field);
    void settle();
    QString signature() const;

    QComboBox *m_stateCombo;
    QLineEdit *m_serviceEdit;
    QLineEdit *m_tenantEdit;
    QLineEdit *m_phoneEdit;
    QComboBox *m_timeFieldCombo;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QTimer *m_pause;
    QString m_applied; // signature of the filters last announced
};
