// Diagnostics: formatting messages and rendering them as CPython or as
// Keelback's own `file:line:column: error:` lines.
#include "diagnostics/diagnostics.h"

#include <cstdint>

namespace keelback {
namespace {

struct KindInfo {
  DiagnosticClass cls;
  std::string_view format;
};

constexpr KindInfo kKindInfo[] = {
#define DIAGNOSTIC(Name, Class, Format) {DiagnosticClass::Class, Format},
#include "diagnostics/diagnostic_kinds.def"
#undef DIAGNOSTIC
};

template <typename Args>
std::string FormatMessage(std::string_view format, const Args& args) {
  std::string out;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '{' && i + 2 < format.size() && format[i + 2] == '}' && format[i + 1] >= '0' &&
        format[i + 1] <= '9') {
      size_t n = static_cast<size_t>(format[i + 1] - '0');
      if (n < args.size()) out += args.begin()[n];
      i += 2;
    } else {
      out += format[i];
    }
  }
  return out;
}

// Number of code points in the UTF-8 bytes text[0, n): CPython's SyntaxError
// offsets count characters, where our offsets count bytes.
uint32_t CodePoints(std::string_view text, size_t n) {
  uint32_t count = 0;
  for (size_t i = 0; i < n && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

std::string_view ClassName(DiagnosticClass c) {
  switch (c) {
    case DiagnosticClass::SyntaxError: return "SyntaxError";
    case DiagnosticClass::IndentationError: return "IndentationError";
    case DiagnosticClass::TabError: return "TabError";
    case DiagnosticClass::Error: return "error";
    case DiagnosticClass::Note: return "note";
  }
  return "error";
}

// CPython's print_error_text: the line without its leading blanks, and a
// caret line under [begin, end) when the error has a column.
void RenderPythonError(const Diagnostic& d, std::string& out) {
  const SourceFile& file = *d.file;
  // CPython raises these before it has read a line: no location at all.
  bool located = d.kind != DiagnosticKind::UnsupportedSourceEncoding;
  if (!located) {
    out += ClassName(ClassOf(d.kind));
    out += ": " + d.message + "\n";
    return;
  }
  // CPython gives these a line but no column.
  bool caret = d.kind != DiagnosticKind::UnexpectedIndent && d.kind != DiagnosticKind::UndecodableSource;
  LineColumn at = file.Locate(d.begin);
  out += "  File \"" + file.path() + "\", line " + std::to_string(at.line) + "\n";
  // CPython shows the line up to a null byte in it (a C string).
  std::string_view line = file.LineText(at.line);
  line = line.substr(0, line.find('\0'));
  if (!line.empty()) {
    size_t blanks = 0;
    while (blanks < line.size() && (line[blanks] == ' ' || line[blanks] == '\t' || line[blanks] == '\f')) ++blanks;
    std::string_view shown = line.substr(blanks);
    out += "    ";
    out += shown;
    out += "\n";
    if (caret && at.column >= blanks) {
      uint32_t col = CodePoints(shown, at.column - blanks);
      LineColumn end_at = file.Locate(d.end);
      uint32_t width = 1;
      uint32_t shown_len = CodePoints(shown, shown.size());
      if (end_at.line == at.line && d.end > d.begin) {
        uint32_t end_col = CodePoints(shown, end_at.column - blanks);
        if (end_col > col) width = end_col - col;
      } else if (end_at.line > at.line && shown_len > col) {
        // A range over several lines: CPython underlines to the end of the first.
        std::string_view text = shown;
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
        uint32_t text_len = CodePoints(text, text.size());
        if (text_len > col) width = text_len - col;
      }
      if (col > shown_len) col = shown_len;
      out += "    ";
      out.append(col, ' ');
      out.append(width, '^');
      out += "\n";
    }
  }
  out += ClassName(ClassOf(d.kind));
  out += ": ";
  out += d.message;
  out += "\n";
}

void RenderKeelbackError(const Diagnostic& d, std::string& out) {
  const SourceFile& file = *d.file;
  LineColumn at = file.Locate(d.begin);
  out += file.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column + 1) + ": ";
  out += ClassName(ClassOf(d.kind));
  out += ": ";
  out += d.message;
  out += "\n";
  std::string_view line = file.LineText(at.line);
  line = line.substr(0, line.find('\0'));
  out += "    ";
  out += line;
  out += "\n    ";
  for (size_t i = 0; i < at.column && i < line.size(); ++i) out += line[i] == '\t' ? '\t' : ' ';
  LineColumn end_at = file.Locate(d.end);
  uint32_t width = end_at.line == at.line && end_at.column > at.column ? end_at.column - at.column : 1;
  out.append(width, '^');
  out += "\n";
}

}  // namespace

DiagnosticClass ClassOf(DiagnosticKind kind) { return kKindInfo[static_cast<size_t>(kind)].cls; }
std::string_view FormatOf(DiagnosticKind kind) { return kKindInfo[static_cast<size_t>(kind)].format; }

void Diagnostics::Report(DiagnosticKind kind, const SourceFile& file, SourceOffset begin, SourceOffset end,
                         std::initializer_list<std::string_view> args) {
  diagnostics_.push_back({kind, &file, begin, end, FormatMessage(FormatOf(kind), args)});
  if (ClassOf(kind) != DiagnosticClass::Note) ++error_count_;
}

void Diagnostics::Report(DiagnosticKind kind, const SourceFile& file, SourceOffset begin, SourceOffset end,
                         std::span<const std::string> args) {
  diagnostics_.push_back({kind, &file, begin, end, FormatMessage(FormatOf(kind), args)});
  if (ClassOf(kind) != DiagnosticClass::Note) ++error_count_;
}

void RenderDiagnostic(const Diagnostic& d, std::string& out) {
  switch (ClassOf(d.kind)) {
    case DiagnosticClass::SyntaxError:
    case DiagnosticClass::IndentationError:
    case DiagnosticClass::TabError:
      RenderPythonError(d, out);
      return;
    case DiagnosticClass::Error:
    case DiagnosticClass::Note:
      RenderKeelbackError(d, out);
      return;
  }
}

// CPython stops at the first syntax error, so only the first Python error is
// rendered; Keelback's own errors are all shown.
void Diagnostics::Render(std::string& out) const {
  for (const Diagnostic& d : diagnostics_) {
    RenderDiagnostic(d, out);
    DiagnosticClass c = ClassOf(d.kind);
    if (c == DiagnosticClass::SyntaxError || c == DiagnosticClass::IndentationError || c == DiagnosticClass::TabError)
      return;
  }
}

}  // namespace keelback
