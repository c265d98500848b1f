// print(): str() of each argument joined by sep, then end, written to stdout
// through C stdio, whose buffering matches CPython's (line-buffered on a
// terminal, block-buffered into a pipe or file; kb_main sets the size).
#include "runtime_internal.h"

#include <cstdio>

extern "C" void kb_print(const KbValue* args, int64_t nargs, KbStr* sep, KbStr* end, bool flush) {
  // Each piece is written as soon as it exists: when a str() raises, the
  // earlier arguments and separators are already out, as in CPython.
  for (int64_t i = 0; i < nargs; ++i) {
    if (i > 0) {
      if (sep != nullptr) {
        std::fwrite(sep->data, 1, static_cast<size_t>(sep->nbytes), stdout);
      } else {
        std::fputc(' ', stdout);
      }
    }
    KbStr* text = kb_str(args[i]);
    std::fwrite(text->data, 1, static_cast<size_t>(text->nbytes), stdout);
  }
  if (end != nullptr) {
    std::fwrite(end->data, 1, static_cast<size_t>(end->nbytes), stdout);
  } else {
    std::fputc('\n', stdout);
  }
  if (flush) std::fflush(stdout);
}
