// str slicing (s[a:b:c]) by code points; ASCII strings slice by bytes.
#include <string>

#include "runtime_internal.h"

using namespace kb;

extern "C" KbStr* kb_str_slice(KbStr* s, KbValue start, KbValue stop, KbValue step) {
  int64_t first = 0, stop_index = 0, stride = 1;
  int64_t n = SliceIndices(s->length, start, stop, step, &first, &stop_index, &stride);
  if (n <= 0) return NewStr("");
  if ((s->flags & KB_STR_ASCII) && stride == 1) return NewStr(std::string_view(s->data + first, static_cast<size_t>(n)));
  // Byte offsets of every code point, then the selected ones.
  std::vector<int64_t> offsets;
  offsets.reserve(static_cast<size_t>(s->length) + 1);
  const char* p = s->data;
  const char* end = s->data + s->nbytes;
  while (p < end) {
    offsets.push_back(p - s->data);
    DecodeUtf8(p);
  }
  offsets.push_back(s->nbytes);
  std::string out;
  for (int64_t k = 0, i = first; k < n; ++k, i += stride)
    out.append(s->data + offsets[static_cast<size_t>(i)], static_cast<size_t>(offsets[static_cast<size_t>(i) + 1] - offsets[static_cast<size_t>(i)]));
  return NewStr(out);
}
