// The time module's clocks and sleep() (compiler/types/native_functions.def),
// on the clocks CPython 3.11 uses on Linux.
#include <cerrno>
#include <cmath>
#include <ctime>

#include "runtime_internal.h"

using namespace kb;

namespace {

timespec Now(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return ts;
}
double Seconds(clockid_t clock) {
  timespec ts = Now(clock);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
// Nanoseconds since the clock's epoch fit a small int until the year 2116.
KbValue Nanoseconds(clockid_t clock) {
  timespec ts = Now(clock);
  return MakeSmallInt(int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}

}  // namespace

extern "C" {

double kb_time_time(void) { return Seconds(CLOCK_REALTIME); }
KbValue kb_time_time_ns(void) { return Nanoseconds(CLOCK_REALTIME); }
double kb_time_perf_counter(void) { return Seconds(CLOCK_MONOTONIC); }
KbValue kb_time_perf_counter_ns(void) { return Nanoseconds(CLOCK_MONOTONIC); }
double kb_time_monotonic(void) { return Seconds(CLOCK_MONOTONIC); }
KbValue kb_time_monotonic_ns(void) { return Nanoseconds(CLOCK_MONOTONIC); }
double kb_time_process_time(void) { return Seconds(CLOCK_PROCESS_CPUTIME_ID); }
KbValue kb_time_process_time_ns(void) { return Nanoseconds(CLOCK_PROCESS_CPUTIME_ID); }
double kb_time_thread_time(void) { return Seconds(CLOCK_THREAD_CPUTIME_ID); }
KbValue kb_time_thread_time_ns(void) { return Nanoseconds(CLOCK_THREAD_CPUTIME_ID); }

// time.sleep(secs): CPython's errors for a negative or NaN length; a signal
// does not cut the sleep short.
void kb_time_sleep(double secs) {
  if (std::isnan(secs)) kb_raise_new(&kb_type_ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) kb_raise_new(&kb_type_ValueError, "sleep length must be non-negative");
  if (secs > 9.2e9) kb_raise_new(&kb_type_OverflowError, "timestamp too large to convert to C _PyTime_t");
  timespec left{};
  left.tv_sec = time_t(secs);
  left.tv_nsec = long((secs - double(left.tv_sec)) * 1e9);
  if (left.tv_nsec >= 1000000000) left.tv_nsec = 999999999;
  while (nanosleep(&left, &left) != 0 && errno == EINTR) {
  }
}

// sys.getrecursionlimit() / sys.setrecursionlimit(n), on the limit calls
// check (kb_recursion_limit).
KbValue kb_sys_getrecursionlimit(void) { return MakeSmallInt(kb_recursion_limit); }

void kb_sys_setrecursionlimit(KbValue n) {
  if (!IsSmallInt(n) || SmallIntValue(n) > 2147483647 || SmallIntValue(n) < -2147483648LL)
    kb_raise_new(&kb_type_OverflowError, "Python int too large to convert to C int");
  int64_t limit = SmallIntValue(n);
  if (limit < 1) kb_raise_new(&kb_type_ValueError, "recursion limit must be greater or equal than 1");
  if (limit <= kb_recursion_depth) {
    std::string message = "cannot set the recursion limit to " + std::to_string(limit) + " at the recursion depth " +
                          std::to_string(kb_recursion_depth) + ": the limit is too low";
    kb_raise_new(&kb_type_RecursionError, message.c_str());
  }
  kb_recursion_limit = limit;
}

}  // extern "C"
