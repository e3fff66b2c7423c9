#pragma once

#include <QString>

class MainWindow;

// Walks the real window through the README's states and saves a PNG of each into dir.
// Returns 0 on success.
int takeScreenshots(MainWindow &window, const QString &dir);
