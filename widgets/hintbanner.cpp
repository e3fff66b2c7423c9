#include "widgets/hintbanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "widgets/colors.h"

HintBanner::HintBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("hintBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    updateColours();
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setObjectName(QStringLiteral("hintLabel"));
    m_close->setText(tr("Dismiss"));
    m_close->setObjectName(QStringLiteral("dismissHintButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &HintBanner::dismiss);
    hide();
}

QString HintBanner::explanation(Engine::Client::Hint hint)
{
    using Engine::Client::Hint;
    switch (hint) {
    case Hint::RaisedNotReturned:
        return tr(
            "<b>The error was raised, not answered.</b> TestClient re-raises unhandled errors "
            "into the test (<code>raise_server_exceptions=True</code> is the default). The "
            "tutorial's assert on a 500 only works with it turned off.");
    case Hint::NoLifespanNoStartup:
        return tr(
            "<b>Startup did not run.</b> Without <code>with TestClient(app)</code> requests "
            "still work; only the lifespan (startup/shutdown) is skipped, so the database was "
            "never opened. There is no \"session not open\" error in FastAPI.");
    case Hint::ServerErrorSkipsMiddleware:
        return tr("<b>No X-Trace-ID on this 500.</b> The 500 is produced by Starlette's outermost "
                  "server-error layer, which the <code>@app.middleware(\"http\")</code> middleware "
                  "never sees.");
    case Hint::OverrideOutlivedRequest:
        return tr("<b>Overrides are still set.</b> <code>app.dependency_overrides</code> is global "
                  "state: they stay until cleared, which is how they leak into the next test.");
    case Hint::MockSessionIsAString:
        return tr(
            "<b>The tutorial's mock is a string.</b> <code>\"MockSessionObject\"</code> has no "
            "database methods, so the route fails instead of returning 201.");
    }
    return {};
}

void HintBanner::showHints(const std::vector<Engine::Client::Hint> &hints)
{
    m_current.clear();
    QStringList texts;
    for (const auto h : hints) {
        if (m_dismissed.count(h))
            continue;
        m_current.push_back(h);
        texts << explanation(h);
    }
    m_label->setText(texts.join(QStringLiteral("<br>")));
    setVisible(!texts.isEmpty());
}

QString HintBanner::text() const
{
    return m_label->text();
}

void HintBanner::dismiss()
{
    m_dismissed.insert(m_current.begin(), m_current.end());
    m_current.clear();
    hide();
}

void HintBanner::withdraw(Engine::Client::Hint hint)
{
    std::vector<Engine::Client::Hint> rest;
    for (const auto h : m_current)
        if (h != hint)
            rest.push_back(h);
    if (rest.size() != m_current.size())
        showHints(rest);
}

void HintBanner::updateColours()
{
    // The application's palette (light or dark) decides the banner's own colours.
    const QPalette wanted = Colors::hintPalette(QApplication::palette(this));
    if (palette().color(QPalette::Window) != wanted.color(QPalette::Window)
        || palette().color(QPalette::WindowText) != wanted.color(QPalette::WindowText))
        setPalette(wanted);
}

void HintBanner::changeEvent(QEvent *event)
{
    // A new application palette reaches us as PaletteChange (the roles we do not set change).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColours();
    QFrame::changeEvent(event);
}
