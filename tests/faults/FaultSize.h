#pragma once
// The two sizes of the fault suite: bounded (ctest's default, a few minutes for the whole
// "faults" label on 2 cores) and full (GES_FAULTS_FULL=1, run by scripts/faults).
#include <QtGlobal>

namespace ges::test {

inline bool faultsFull()
{
    return qEnvironmentVariableIntValue("GES_FAULTS_FULL") == 1;
}

// `bounded` in the default run, `full` when GES_FAULTS_FULL=1.
template <typename T>
T faultSize(T bounded, T full)
{
    return faultsFull() ? full : bounded;
}

} // namespace ges::test
