// Reporting errors: the diagnostic kinds (diagnostic_kinds.def), the
// collector every phase reports into, and rendering.
//
// Python's own errors render exactly as CPython prints an uncaught
// SyntaxError:
//     File "x.py", line 3
//       x = (1 +
//           ^
//   SyntaxError: '(' was never closed
// Keelback's own errors render as `x.py:3:5: error: message`, the source line
// and a caret. Reporting costs nothing until an error happens.
#ifndef KEELBACK_DIAGNOSTICS_DIAGNOSTICS_H
#define KEELBACK_DIAGNOSTICS_DIAGNOSTICS_H

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "source/source_file.h"

namespace keelback {

enum class DiagnosticKind : uint16_t {
#define DIAGNOSTIC(Name, Class, Format) Name,
#include "diagnostics/diagnostic_kinds.def"
#undef DIAGNOSTIC
};

enum class DiagnosticClass : uint8_t { SyntaxError, IndentationError, TabError, Error, Note };

DiagnosticClass ClassOf(DiagnosticKind kind);
std::string_view FormatOf(DiagnosticKind kind);

struct Diagnostic {
  DiagnosticKind kind;
  const SourceFile* file;
  SourceOffset begin;  // primary location
  SourceOffset end;    // end of the underlined range (== begin: one caret)
  std::string message;
};

class Diagnostics {
 public:
  // Records a diagnostic at [begin, end) of `file`.
  void Report(DiagnosticKind kind, const SourceFile& file, SourceOffset begin, SourceOffset end,
              std::span<const std::string> args);
  void Report(DiagnosticKind kind, const SourceFile& file, SourceOffset begin, SourceOffset end,
              std::initializer_list<std::string_view> args = {});

  bool HasErrors() const { return error_count_ > 0; }
  // Adds another run's diagnostics after these.
  void Append(const Diagnostics& other) {
    diagnostics_.insert(diagnostics_.end(), other.diagnostics_.begin(), other.diagnostics_.end());
    error_count_ += other.error_count_;
  }
  const std::vector<Diagnostic>& all() const { return diagnostics_; }

  // Writes every diagnostic to `out` (stderr in the driver).
  void Render(std::string& out) const;

 private:
  std::vector<Diagnostic> diagnostics_;
  uint32_t error_count_ = 0;
};

// Renders one diagnostic.
void RenderDiagnostic(const Diagnostic& d, std::string& out);

}  // namespace keelback

#endif  // KEELBACK_DIAGNOSTICS_DIAGNOSTICS_H
