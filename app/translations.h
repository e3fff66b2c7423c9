#pragma once

#include <string>
#include <vector>

class QCoreApplication;

// Loads the translation for --lang (removed from args) or the system locale, falling back
// to English; the .qm files are embedded under :/i18n.
void installTranslations(QCoreApplication &app, std::vector<std::string> &args);
