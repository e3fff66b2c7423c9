#pragma once

#include <string>

#include <QTest>

#include "engine/core/json.h"

// Qt 6.4 has no QTest::toString for std::string; without these QCOMPARE prints no values.
namespace QTest {
template<>
inline char *toString(const std::string &s)
{
    return qstrdup(s.c_str());
}
template<>
inline char *toString(const Engine::Json &j)
{
    return qstrdup(j.dump().c_str());
}
// An exact overload, so QCOMPARE on Json never tries Json's implicit conversions.
inline bool qCompare(const Engine::Json &actual, const Engine::Json &expected,
                     const char *actualExpr, const char *expectedExpr, const char *file, int line)
{
    return compare_helper(
        actual == expected, "Compared values are not the same", [&] { return toString(actual); },
        [&] { return toString(expected); }, actualExpr, expectedExpr, file, line);
}
} // namespace QTest
