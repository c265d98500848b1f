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

extern "C" void kb_print_list(KbList* items, KbStr* sep, KbStr* end, bool flush, int32_t stream) {
  // print(*iterable): the items were unpacked (and boxed) before anything is written.
  kb::GcVector<KbValue> args;
  for (int64_t i = 0; i < items->length; ++i) args.push_back(kb::ListItemBoxed(items, i));
  kb_print_to(args.data(), static_cast<int64_t>(args.size()), sep, end, flush, stream);
}

extern "C" void kb_print_list_to_file(KbList* items, KbStr* sep, KbStr* end, bool flush, KbFile* file) {
  // print(*iterable, file=f): one write of the whole text.
  std::string text;
  for (int64_t i = 0; i < items->length; ++i) {
    if (i > 0) text += sep != nullptr ? kb::View(sep) : std::string_view(" ");
    text += kb::View(kb_str(kb::ListItemBoxed(items, i)));
  }
  text += end != nullptr ? kb::View(end) : std::string_view("\n");
  kb_file_write(file, kb::AsValue(kb::NewStr(text)));
  if (flush) kb_file_flush(file);
}
