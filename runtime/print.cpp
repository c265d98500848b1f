// print(): str() of each argument joined by sep, then end, written to stdout
// (or stderr, print(file=sys.stderr))
// through C stdio, whose buffering matches CPython's (line-buffered on a
// terminal, block-buffered into a pipe or file; kb_main sets the size).
#include "runtime_internal.h"

#include <cstdio>

extern "C" void kb_print(const KbValue* args, int64_t nargs, KbStr* sep, KbStr* end, bool flush) {
  kb_print_to(args, nargs, sep, end, flush, 1);
}

namespace {
FILE* Stream(int32_t stream) { return stream == 2 ? stderr : stdout; }
}  // namespace

extern "C" int64_t kb_stream_write(int32_t stream, KbStr* s) {
  std::fwrite(s->data, 1, static_cast<size_t>(s->nbytes), Stream(stream));
  return s->length;
}

extern "C" void kb_stream_flush(int32_t stream) { std::fflush(Stream(stream)); }

extern "C" void kb_print_to(const KbValue* args, int64_t nargs, KbStr* sep, KbStr* end, bool flush, int32_t stream) {
  FILE* out = Stream(stream);
  // Each piece is written as soon as it exists: when a str() raises, the
  // earlier arguments and separators are already out, as in CPython.
  for (int64_t i = 0; i < nargs; ++i) {
    if (i > 0) {
      if (sep != nullptr) {
        std::fwrite(sep->data, 1, static_cast<size_t>(sep->nbytes), out);
      } else {
        std::fputc(' ', out);
      }
    }
    KbStr* text = kb_str(args[i]);
    std::fwrite(text->data, 1, static_cast<size_t>(text->nbytes), out);
  }
  if (end != nullptr) {
    std::fwrite(end->data, 1, static_cast<size_t>(end->nbytes), out);
  } else {
    std::fputc('\n', out);
  }
  if (flush) std::fflush(out);
}
