// A source file held in memory, and positions in it.
//
// Positions are byte offsets into the file's text (32 bits: files are limited
// to 4 GiB). They become a line and a column only when a message or a tree
// dump needs one, through the line table built on first use.
#ifndef KEELBACK_SOURCE_SOURCE_FILE_H
#define KEELBACK_SOURCE_SOURCE_FILE_H

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keelback {

// A byte offset into a SourceFile's text.
using SourceOffset = uint32_t;

struct LineColumn {
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 0-based, in UTF-8 bytes (as CPython's col_offset)
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {}

  // Reads `path`; on failure returns null and sets `error` to the errno value.
  static std::unique_ptr<SourceFile> Read(const std::string& path, int& error);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }

  // Set (by the driver, see lex/source_encoding.h) when the file declares an
  // encoding and some byte after its first 8 KiB is invalid in it: the text
  // is good up to `stop`, the start of the line CPython's tokenizer could not
  // read, and the lexer reports CPython's "(unicode error) 'CODEC' codec
  // can't decode byte 0xBYTE in position POSITION: REASON" there.
  struct DecodeError {
    SourceOffset stop = 0;
    std::string codec;
    std::string byte;  // two hex digits
    uint32_t position = 0;
    std::string reason;
  };
  const std::optional<DecodeError>& decode_error() const { return decode_error_; }
  void set_decode_error(DecodeError error) { decode_error_ = std::move(error); }

  LineColumn Locate(SourceOffset offset) const;
  // The text of 1-based `line` without its line terminator.
  std::string_view LineText(uint32_t line) const;
  uint32_t LineCount() const;

 private:
  void BuildLineTable() const;

  std::string path_;
  std::string text_;
  std::optional<DecodeError> decode_error_;
  mutable std::vector<SourceOffset> line_starts_;  // built on first use
};

}  // namespace keelback

#endif  // KEELBACK_SOURCE_SOURCE_FILE_H
