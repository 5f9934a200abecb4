/* The measured region of the valgrind meter.
 *
 * The worker calls evalperf_measure(callback) around exactly one call of the entry point.
 * Under callgrind (started with --collect-atstart=no) only what runs between the two toggles
 * is counted, and each call writes one dump, so one process measures every stress level.
 * Built with -nostdlib: the library depends on nothing, so one build serves any x86_64 Linux.
 */
#include <valgrind/callgrind.h>

typedef long (*evalperf_callback)(void);

long evalperf_measure(evalperf_callback callback)
{
    long result;
    CALLGRIND_ZERO_STATS;
    CALLGRIND_TOGGLE_COLLECT;
    result = callback();
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT("evalperf-level");
    return result;
}

long evalperf_running_on_valgrind(void)
{
    return RUNNING_ON_VALGRIND;
}
