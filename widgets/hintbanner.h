#pragma once

#include <QFrame>
#include <set>

#include "engine/client/presentation.h"

class QLabel;
class QToolButton;

// A dismissible explanation shown when the user meets behaviour that the tutorial describes
// wrongly. Each hint can be dismissed for good (remembered for the session).
class HintBanner : public QFrame
{
    Q_OBJECT

public:
    explicit HintBanner(QWidget *parent = nullptr);

    void showHints(const std::vector<Engine::Client::Hint> &hints);
    // Takes back a hint that is no longer true (the overrides were cleared since).
    void withdraw(Engine::Client::Hint hint);
    QString text() const;
    static QString explanation(Engine::Client::Hint hint);
    // Takes its colours from the application's palette (light or dark); the window calls it
    // when it changes the theme, and a palette change calls it too.
    void updateColours();

protected:
    void changeEvent(QEvent *event) override;

private:
    void dismiss();

    QLabel *m_label;
    QToolButton *m_close;
    std::vector<Engine::Client::Hint> m_current;
    std::set<Engine::Client::Hint> m_dismissed;
};
