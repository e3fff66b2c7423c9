// Invariant checks for the fuzz targets: a broken invariant prints what and where, then
// aborts, which libFuzzer (and the corpus replay under ctest) reports with the input.
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: invariant broken: %s (%s)\n", __FILE__, __LINE__, what, \
                         #condition); \
            std::abort(); \
        } \
    } while (false)
