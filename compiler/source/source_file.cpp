// SourceFile: reading files and turning offsets into lines and columns.
#include "source/source_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace keelback {

std::unique_ptr<SourceFile> SourceFile::Read(const std::string& path, int& error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = errno;
    return nullptr;
  }
  std::string text;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
  bool failed = std::ferror(f);
  error = failed ? errno : 0;
  std::fclose(f);
  if (failed) return nullptr;
  return std::make_unique<SourceFile>(path, std::move(text));
}

// Lines end at \n, \r\n or a lone \r, as in CPython's tokenizer.
void SourceFile::BuildLineTable() const {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\r') {
      if (i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
      line_starts_.push_back(static_cast<SourceOffset>(i + 1));
    } else if (c == '\n') {
      line_starts_.push_back(static_cast<SourceOffset>(i + 1));
    }
  }
}

LineColumn SourceFile::Locate(SourceOffset offset) const {
  if (line_starts_.empty()) BuildLineTable();
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());  // >= 1
  return {line, offset - line_starts_[line - 1]};
}

uint32_t SourceFile::LineCount() const {
  if (line_starts_.empty()) BuildLineTable();
  return static_cast<uint32_t>(line_starts_.size());
}

std::string_view SourceFile::LineText(uint32_t line) const {
  if (line_starts_.empty()) BuildLineTable();
  if (line == 0 || line > line_starts_.size()) return {};
  size_t begin = line_starts_[line - 1];
  size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(begin, end - begin);
}

}  // namespace keelback
