// The lexer: a hand-written, switch-based scanner that reproduces CPython
// 3.12's tokenizer (Parser/tokenizer.c) token for token and error for error.
//
// The scanner works on byte offsets into the file's text and never recurses:
// brackets, indentation and f-string nesting live in bounded explicit stacks
// (CPython's own limits: 200 brackets, 100 indentation levels, 150 nested
// f-strings). Before scanning, the text is checked once for NUL bytes and
// invalid UTF-8; scanning then stops at the start of the first bad line, as
// CPython's line reader does, and the bad byte is reported when the scanner
// gets there.
//
// Error positions follow CPython: most tokenizer errors point at the last
// character the C tokenizer consumed (its SyntaxError offset minus one).
#include "lex/lexer.h"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/bytes.h"
#include "lex/source_encoding.h"
#include "lex/unicode_support.h"

namespace keelback {
namespace {

using lex_internal::DecodeUtf8;
using lex_internal::IsPrintable;
using lex_internal::IsXidContinue;
using lex_internal::IsXidStart;
using lex_internal::ValidUtf8SequenceLength;

constexpr int kMaxIndent = 100;         // CPython's MAXINDENT
constexpr int kMaxLevel = 200;          // MAXLEVEL: nested brackets
constexpr int kMaxFstringLevel = 150;   // MAXFSTRINGLEVEL
constexpr int kMaxExprNesting = 3;      // MAX_EXPR_NESTING: {} inside format specs
constexpr int kTabSize = 8;

// Character classes for the ASCII fast paths.
enum : uint8_t { kIdentStart = 1, kIdentChar = 2, kDigit = 4, kHexDigit = 8 };
struct CharTable {
  uint8_t bits[256] = {};
  constexpr CharTable() {
    for (int c = 0; c < 256; ++c) {
      bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
      bool digit = c >= '0' && c <= '9';
      bool hex = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      bits[c] = static_cast<uint8_t>((letter ? kIdentStart | kIdentChar : 0) | (digit ? kIdentChar | kDigit : 0) |
                                     (hex ? kHexDigit : 0));
    }
  }
};
constexpr CharTable kChars;
// c is a byte, or -1 at the end of the text (no class).
inline bool IsIdentStart(int c) { return c >= 0 && (kChars.bits[c] & kIdentStart); }
inline bool IsIdentChar(int c) { return c >= 0 && (kChars.bits[c] & kIdentChar); }
inline bool IsDigit(int c) { return c >= '0' && c <= '9'; }
inline bool IsHexDigit(int c) { return c >= 0 && (kChars.bits[c] & kHexDigit); }

// Keywords, bucketed by first letter.
struct KeywordEntry {
  std::string_view spelling;
  TokenKind kind;
};
constexpr KeywordEntry kKeywords[] = {
#define TOKEN(Name, Spelling)
#define KEYWORD(Name, Spelling) {Spelling, TokenKind::Name},
#include "lex/token_kinds.def"
};

// The keywords grouped by first character, so that a name is compared with
// the two or three keywords that share its first letter rather than all 35
// (names are the commonest token).
struct KeywordIndex {
  uint8_t start[129] = {};  // keywords starting with c: sorted[start[c], start[c + 1])
  KeywordEntry sorted[std::size(kKeywords)] = {};
};

const KeywordIndex& Keywords() {
  static const KeywordIndex index = [] {
    KeywordIndex k;
    uint8_t count[128] = {};
    for (const KeywordEntry& e : kKeywords) ++count[static_cast<unsigned char>(e.spelling[0]) & 127];
    for (int c = 0; c < 128; ++c) k.start[c + 1] = static_cast<uint8_t>(k.start[c] + count[c]);
    uint8_t next[128];
    for (int c = 0; c < 128; ++c) next[c] = k.start[c];
    for (const KeywordEntry& e : kKeywords) k.sorted[next[static_cast<unsigned char>(e.spelling[0]) & 127]++] = e;
    return k;
  }();
  return index;
}

TokenKind KeywordOrName(const char* s, size_t n) {
  if (n < 2 || n > 8) return TokenKind::Name;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= 128) return TokenKind::Name;
  const KeywordIndex& k = Keywords();
  for (uint8_t i = k.start[c]; i < k.start[c + 1]; ++i) {
    const KeywordEntry& e = k.sorted[i];
    if (e.spelling.size() == n && SameBytes(e.spelling.data(), s, n)) return e.kind;
  }
  return TokenKind::Name;
}

// One open f-string (CPython's tokenizer_mode with kind TOK_FSTRING_MODE).
struct FstringMode {
  bool in_text;           // scanning literal text (TOK_FSTRING_MODE), else tokens (TOK_REGULAR_MODE)
  bool raw;
  bool expr_ended;        // a top-level ':', '!' or '}' was seen since the field's '{' (last_expr_end != -1)
  char quote;
  uint8_t quote_size;
  SourceOffset start;     // of the FstringStart token
  int bracket_depth;      // curly_bracket_depth: every bracket opened inside this f-string
  int expr_start_depth;   // curly_bracket_expr_start_depth
};

struct OpenBracket {
  char c;
  SourceOffset offset;
};

class Lexer {
 public:
  Lexer(const SourceFile& file, TokenizedFile& out)
      : file_(file),
        s_(reinterpret_cast<const unsigned char*>(file.text().data())),
        size_(static_cast<uint32_t>(file.text().size())),
        end_(size_),
        out_(out),
        tokens_(out.tokens) {}

  void Run();

 private:
  int At(uint32_t i) const { return i < end_ ? s_[i] : -1; }
  // The first offset from p on whose byte is one of a, b, c, d, or end_:
  // comments and string bodies are skipped sixteen bytes at a time.
  uint32_t SkipUntil(uint32_t p, unsigned char a, unsigned char b, unsigned char c, unsigned char d) const {
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(static_cast<char>(a)), vb = _mm_set1_epi8(static_cast<char>(b));
    const __m128i vc = _mm_set1_epi8(static_cast<char>(c)), vd = _mm_set1_epi8(static_cast<char>(d));
    while (p + 16 <= end_) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_ + p));
      __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, vc), _mm_cmpeq_epi8(v, vd)));
      if (int mask = _mm_movemask_epi8(hit)) return p + static_cast<uint32_t>(__builtin_ctz(mask));
      p += 16;
    }
#endif
    while (p < end_ && s_[p] != a && s_[p] != b && s_[p] != c && s_[p] != d) ++p;
    return p;
  }
  static bool IsNewline(int c) { return c == '\n' || c == '\r'; }
  // The length of the line terminator at i (0 if none).
  uint32_t NewlineLength(uint32_t i) const {
    int c = At(i);
    if (c == '\n') return 1;
    if (c == '\r') return At(i + 1) == '\n' ? 2 : 1;
    return 0;
  }

  void Emit(TokenKind kind, uint32_t begin, uint32_t end) { tokens_.push_back({kind, begin, end}); }
  void Fail(DiagnosticKind kind, uint32_t begin, uint32_t end, std::vector<std::string> args = {});
  void FailAt(DiagnosticKind kind, uint32_t at, std::vector<std::string> args = {}) {
    Fail(kind, at, at, std::move(args));
  }
  // Called where the scanner reaches end_ < size_: reports the bad byte.
  void FailBadLine();
  uint32_t LineStartOf(uint32_t offset) const;
  uint32_t LineEndOf(uint32_t offset) const;
  uint32_t LineOf(uint32_t offset) const { return file_.Locate(offset).line; }
  // The line CPython names in "detected at line N" when it stops at p.
  uint32_t DetectedLine(uint32_t p) const { return LineOf(p >= size_ && size_ > 0 ? size_ - 1 : p); }

  void FindBadBytes();
  bool CheckEncodingDeclaration();
  void LexIndentation();
  bool SkipContinuation(uint32_t backslash);
  void LexToken();
  void LexAtEof();
  void LexIdentifierOrPrefixed(uint32_t start);
  void LexIdentifierTail(uint32_t start, uint32_t p, bool non_ascii);
  [[gnu::noinline, gnu::cold]] bool VerifyNonAsciiIdentifier(uint32_t start, uint32_t p);
  void LexNumber(uint32_t start);
  bool VerifyEndOfNumber(uint32_t p, const char* kind);
  uint32_t DecimalTail(uint32_t p);
  void LexString(uint32_t start, uint32_t quote_at);
  void LexFstringStart(uint32_t start, uint32_t quote_at, bool raw);
  void LexFstringText();
  void LexPunctuation(uint32_t start, int c);
  void OpenBracketAt(uint32_t start, int c);
  void CloseBracketAt(uint32_t start, int c);

  const SourceFile& file_;
  const unsigned char* s_;
  uint32_t size_;
  uint32_t end_;            // scanning stops here: size_, or the start of the first bad line
  uint32_t bad_offset_ = 0;  // the bad byte when end_ < size_
  bool bad_is_nul_ = false;
  bool bad_is_undecodable_ = false;  // end_ is the file's decode_error().stop
  TokenizedFile& out_;
  std::vector<Token>& tokens_;

  uint32_t pos_ = 0;
  bool failed_ = false;
  bool done_ = false;
  bool at_line_start_ = true;
  bool blank_line_ = false;
  int indent_stack_[kMaxIndent] = {};
  int alt_indent_stack_[kMaxIndent] = {};
  int indent_ = 0;
  OpenBracket brackets_[kMaxLevel];
  int level_ = 0;
  std::vector<FstringMode> fstrings_;
};

void Lexer::Fail(DiagnosticKind kind, uint32_t begin, uint32_t end, std::vector<std::string> args) {
  if (end < begin) end = begin;
  tokens_.push_back({TokenKind::Error, begin, begin});
  out_.error = LexError{kind, begin, end, std::move(args)};
  failed_ = true;
}

uint32_t Lexer::LineStartOf(uint32_t offset) const {
  if (offset > size_) offset = size_;
  while (offset > 0 && s_[offset - 1] != '\n' && s_[offset - 1] != '\r') --offset;
  return offset;
}

uint32_t Lexer::LineEndOf(uint32_t offset) const {
  while (offset < end_ && !IsNewline(s_[offset])) ++offset;
  return offset;
}

std::string HexByte(unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  return {kHex[c >> 4], kHex[c & 15]};
}

std::string Hex4(uint32_t cp) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (int shift = 20; shift >= 0; shift -= 4)
    if (shift < 16 || (cp >> shift) != 0) out += kHex[(cp >> shift) & 15];
  return out;
}

void Lexer::FindBadBytes() {
  uint32_t i = 0;
  while (i < size_) {
    // Eight ASCII, non-NUL bytes at a time.
    while (i + 8 <= size_) {
      uint64_t w;
      std::memcpy(&w, s_ + i, 8);
      bool has_zero = ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) != 0;
      if ((w & 0x8080808080808080ull) != 0 || has_zero) break;
      i += 8;
    }
    if (i >= size_) break;
    unsigned char c = s_[i];
    if (c == 0) {
      bad_is_nul_ = true;
      break;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t n = ValidUtf8SequenceLength(s_ + i, size_ - i);
    if (n == 0) break;
    i += static_cast<uint32_t>(n);
  }
  if (i < size_) {
    bad_offset_ = i;
    end_ = LineStartOf(i);
  }
  if (const auto& decode = file_.decode_error(); decode && decode->stop < end_) {
    end_ = decode->stop;
    bad_is_nul_ = false;
    bad_is_undecodable_ = true;
  }
}

void Lexer::FailBadLine() {
  if (bad_is_undecodable_) {
    // CPython names the last line it read, the one before end_.
    const SourceFile::DecodeError& e = *file_.decode_error();
    FailAt(DiagnosticKind::UndecodableSource, end_ > 0 ? LineStartOf(end_ - 1) : 0,
           {e.codec, e.byte, std::to_string(e.position), e.reason});
  } else if (bad_is_nul_) {
    FailAt(DiagnosticKind::NulByte, bad_offset_);
  } else {
    FailAt(DiagnosticKind::NonUtf8Source, end_,
           {HexByte(s_[bad_offset_]), file_.path(), std::to_string(LineOf(bad_offset_))});
  }
}

// PEP 263: a coding declaration on line 1, or on line 2 after a blank or
// comment-only line 1. The text must already be UTF-8 (the driver decodes
// it, see source_encoding.h); a declaration we cannot honour is an error.
bool Lexer::CheckEncodingDeclaration() {
  std::string_view text = file_.text().substr(pos_);
  SourceEncodingDeclaration decl = FindSourceEncodingDeclaration(text);
  if (decl.found && decl.encoding == SourceEncoding::Unknown) {
    uint32_t at = pos_ + decl.line_offset;
    if (at < end_ || end_ == size_) {
      FailAt(DiagnosticKind::UnsupportedSourceEncoding, at, {decl.name});
      return false;
    }
  }
  return true;
}

void Lexer::Run() {
  tokens_.reserve(size_ / 4 + 16);
  FindBadBytes();
  if (size_ >= 3 && s_[0] == 0xEF && s_[1] == 0xBB && s_[2] == 0xBF) pos_ = 3;
  if (!CheckEncodingDeclaration()) return;
  while (!failed_ && !done_) {
    if (!fstrings_.empty() && fstrings_.back().in_text) {
      LexFstringText();
      continue;
    }
    if (at_line_start_) {
      LexIndentation();
      if (failed_) return;
    }
    LexToken();
  }
}

// A backslash at `backslash` outside a string: it must end the line.
// Consumes it and the line break; false on an error.
bool Lexer::SkipContinuation(uint32_t backslash) {
  uint32_t p = backslash + 1;
  uint32_t nl = NewlineLength(p);
  if (nl == 0) {
    if (p >= end_) {
      if (end_ < size_) {
        FailBadLine();
      } else {
        FailAt(DiagnosticKind::UnexpectedEofInContinuation, p);
      }
    } else {
      FailAt(DiagnosticKind::UnexpectedCharacterAfterContinuation, p);
    }
    return false;
  }
  p += nl;
  if (p >= end_) {
    if (end_ < size_) {
      FailBadLine();
    } else {
      FailAt(DiagnosticKind::UnexpectedEofInContinuation, backslash + 1);
    }
    return false;
  }
  pos_ = p;
  return true;
}

// At the start of a line: measure its indentation and emit Indent/Dedent
// (CPython's `atbol` block). Blank and comment-only lines, and lines inside
// brackets, do not affect indentation.
void Lexer::LexIndentation() {
  at_line_start_ = false;
  blank_line_ = false;
  int col = 0;
  int alt_col = 0;
  int cont_line_col = 0;
  for (;;) {
    int c = At(pos_);
    if (c == ' ') {
      ++col;
      ++alt_col;
      ++pos_;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++alt_col;
      ++pos_;
    } else if (c == '\f') {
      col = alt_col = 0;
      ++pos_;
    } else if (c == '\\') {
      cont_line_col = cont_line_col ? cont_line_col : col;
      if (!SkipContinuation(pos_)) return;
    } else {
      break;
    }
  }
  int c = At(pos_);
  if (c < 0) {
    if (end_ < size_) {
      FailBadLine();
      return;
    }
    col = alt_col = 0;  // end of file: dedent everything
    cont_line_col = 0;
  } else if (c == '#' || IsNewline(c)) {
    blank_line_ = true;
    return;
  }
  if (level_ != 0) return;
  if (cont_line_col) col = alt_col = cont_line_col;
  uint32_t line_start = LineStartOf(pos_);
  if (col == indent_stack_[indent_]) {
    if (alt_col != alt_indent_stack_[indent_]) FailAt(DiagnosticKind::InconsistentTabs, line_start);
  } else if (col > indent_stack_[indent_]) {
    if (indent_ + 1 >= kMaxIndent) {
      FailAt(DiagnosticKind::TooDeepIndentation, line_start);
      return;
    }
    if (alt_col <= alt_indent_stack_[indent_]) {
      FailAt(DiagnosticKind::InconsistentTabs, line_start);
      return;
    }
    ++indent_;
    indent_stack_[indent_] = col;
    alt_indent_stack_[indent_] = alt_col;
    Emit(TokenKind::Indent, pos_, pos_);
  } else {
    int dedents = 0;
    while (indent_ > 0 && col < indent_stack_[indent_]) {
      --indent_;
      ++dedents;
    }
    if (col != indent_stack_[indent_]) {
      FailAt(DiagnosticKind::UnindentDoesNotMatch, LineEndOf(pos_));
      return;
    }
    if (alt_col != alt_indent_stack_[indent_]) {
      FailAt(DiagnosticKind::InconsistentTabs, line_start);
      return;
    }
    for (int i = 0; i < dedents; ++i) Emit(TokenKind::Dedent, pos_, pos_);
  }
}

void Lexer::LexAtEof() {
  if (end_ < size_) {
    FailBadLine();
    return;
  }
  if (level_ > 0) {
    const OpenBracket& b = brackets_[level_ - 1];
    FailAt(DiagnosticKind::NeverClosed, b.offset, {std::string(1, b.c)});
    return;
  }
  // A last line without a line break still ends with NEWLINE (CPython
  // appends the missing '\n'); then the indentation returns to column 0.
  size_t last = tokens_.size();
  while (last > 0 && tokens_[last - 1].kind == TokenKind::Dedent) --last;
  if (last > 0 && tokens_[last - 1].kind != TokenKind::Newline) {
    Emit(TokenKind::Newline, size_, size_);
    at_line_start_ = true;
    return;
  }
  while (indent_ > 0) {
    --indent_;
    Emit(TokenKind::Dedent, size_, size_);
  }
  Emit(TokenKind::EndMarker, size_, size_);
  done_ = true;
}

// One token in regular mode (CPython's tok_get_normal_mode after the
// indentation block).
void Lexer::LexToken() {
  for (;;) {
    int c = At(pos_);
    while (c == ' ' || c == '\t' || c == '\f') c = At(++pos_);
    if (c == '#') {
      pos_ = SkipUntil(pos_, '\n', '\r', '\n', '\r');
      c = At(pos_);
    }
    uint32_t start = pos_;
    if (c < 0) {
      LexAtEof();
      return;
    }
    if (IsIdentStart(c)) {
      LexIdentifierOrPrefixed(start);
      return;
    }
    if (IsNewline(c)) {
      uint32_t nl = NewlineLength(pos_);
      pos_ += nl;
      at_line_start_ = true;
      if (blank_line_ || level_ > 0) {
        if (level_ > 0) blank_line_ = false;
        return;  // the caller measures the next line's indentation
      }
      Emit(TokenKind::Newline, start, start + nl);
      return;
    }
    if (c == '.') {
      if (IsDigit(At(pos_ + 1))) {
        LexNumber(start);
      } else if (At(pos_ + 1) == '.' && At(pos_ + 2) == '.') {
        pos_ += 3;
        Emit(TokenKind::Ellipsis, start, pos_);
      } else {
        pos_ += 1;
        Emit(TokenKind::Dot, start, pos_);
      }
      return;
    }
    if (IsDigit(c)) {
      LexNumber(start);
      return;
    }
    if (c == '\'' || c == '"') {
      LexString(start, start);
      return;
    }
    if (c == '\\') {
      if (!SkipContinuation(pos_)) return;
      continue;
    }
    LexPunctuation(start, c);
    return;
  }
}

void Lexer::LexIdentifierOrPrefixed(uint32_t start) {
  // String prefixes: CPython's saw_b/saw_r/saw_u/saw_f rules.
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  uint32_t p = start;
  for (;;) {
    int c = At(p);
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
      saw_u = true;
    } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
      saw_f = true;
    } else {
      break;
    }
    ++p;
    int q = At(p);
    if (q == '"' || q == '\'') {
      if (saw_f) {
        LexFstringStart(start, p, saw_r);
      } else {
        LexString(start, p);
      }
      return;
    }
  }
  bool non_ascii = false;
  for (;;) {
    int c = At(p);
    if (!IsIdentChar(c)) break;
    non_ascii |= c >= 0x80;
    ++p;
  }
  LexIdentifierTail(start, p, non_ascii);
}

// CPython's verify_identifier: the first code point must be XID_Start (or
// '_'), the rest XID_Continue; else "invalid character" at the first bad one.
void Lexer::LexIdentifierTail(uint32_t start, uint32_t p, bool non_ascii) {
  if (non_ascii && !VerifyNonAsciiIdentifier(start, p)) return;
  pos_ = p;
  Emit(KeywordOrName(reinterpret_cast<const char*>(s_ + start), p - start), start, p);
}

// The identifier [start, p) holds non-ASCII bytes (rare: kept out of the
// common path): false after reporting its first invalid character.
bool Lexer::VerifyNonAsciiIdentifier(uint32_t start, uint32_t p) {
  {
    uint32_t i = start;
    bool first = true;
    while (i < p) {
      size_t len = 1;
      uint32_t cp = s_[i];
      bool ok;
      if (cp < 0x80) {
        ok = first ? IsIdentStart(static_cast<int>(cp)) : IsIdentChar(static_cast<int>(cp));
      } else {
        cp = DecodeUtf8(s_ + i, p - i, len);
        ok = first ? IsXidStart(cp) : IsXidContinue(cp);
      }
      if (!ok) {
        if (IsPrintable(cp)) {
          std::string ch(reinterpret_cast<const char*>(s_ + i), len);
          FailAt(DiagnosticKind::InvalidCharacter, i, {ch, Hex4(cp)});
        } else {
          FailAt(DiagnosticKind::InvalidNonPrintableCharacter, i, {Hex4(cp)});
        }
        return false;
      }
      first = false;
      i += static_cast<uint32_t>(len);
    }
  }
  return true;
}

// CPython's verify_end_of_number: c = At(p) is the character after the
// number. A following keyword that can legally follow a number ("1if x")
// is only a warning in CPython; any other identifier character is an error
// reported at the number's last character.
bool Lexer::VerifyEndOfNumber(uint32_t p, const char* kind) {
  int c = At(p);
  auto looking_at = [&](const char* word) {
    for (uint32_t i = 0; word[i]; ++i)
      if (At(p + 1 + i) != word[i]) return false;
    return true;
  };
  bool keyword = false;
  switch (c) {
    case 'a': keyword = looking_at("nd"); break;
    case 'e': keyword = looking_at("lse"); break;
    case 'f': keyword = looking_at("or"); break;
    case 'i': keyword = At(p + 1) == 'f' || At(p + 1) == 'n' || At(p + 1) == 's'; break;
    case 'o': keyword = looking_at("r"); break;
    case 'n': keyword = looking_at("ot"); break;
    default: break;
  }
  if (!keyword && c >= 0 && c < 128 && IsIdentChar(c)) {
    FailAt(std::string_view(kind) == "decimal" ? DiagnosticKind::InvalidDecimalLiteral : DiagnosticKind::InvalidLiteral,
           p - 1, {kind});
    return false;
  }
  return true;
}

// CPython's tok_decimal_tail: digits with single underscores between them,
// from p (a digit). Returns the offset after them, or 0 after an error.
uint32_t Lexer::DecimalTail(uint32_t p) {
  for (;;) {
    while (IsDigit(At(p))) ++p;
    if (At(p) != '_') return p;
    ++p;
    if (!IsDigit(At(p))) {
      FailAt(DiagnosticKind::InvalidDecimalLiteral, p - 1);
      return 0;
    }
  }
}

void Lexer::LexNumber(uint32_t start) {
  uint32_t p = start;
  auto finish = [&](uint32_t end) {
    pos_ = end;
    Emit(TokenKind::Number, start, end);
  };
  enum { kInteger, kFraction, kExponent, kImaginary } next = kInteger;
  if (At(p) == '.') {
    ++p;
    next = kFraction;
  } else if (At(p) == '0') {
    ++p;
    int c = At(p);
    if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
      int lower = c | 0x20;
      const char* kind = lower == 'x' ? "hexadecimal" : lower == 'o' ? "octal" : "binary";
      auto is_digit = [lower](int d) {
        return lower == 'x' ? IsHexDigit(d) : lower == 'o' ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
      };
      ++p;
      do {
        if (At(p) == '_') ++p;
        int d = At(p);
        if (!is_digit(d)) {
          if (lower != 'x' && IsDigit(d)) {
            FailAt(DiagnosticKind::InvalidDigitInLiteral, p, {std::string(1, static_cast<char>(d)), kind});
          } else {
            FailAt(DiagnosticKind::InvalidLiteral, p - 1, {kind});
          }
          return;
        }
        while (is_digit(At(p))) ++p;
      } while (At(p) == '_');
      if (lower != 'x' && IsDigit(At(p))) {
        FailAt(DiagnosticKind::InvalidDigitInLiteral, p, {std::string(1, static_cast<char>(At(p))), kind});
        return;
      }
      if (!VerifyEndOfNumber(p, kind)) return;
      finish(p);
      return;
    }
    // "0", "00", "0_0", or a float/imaginary starting with zeros.
    bool nonzero = false;
    for (;;) {
      if (At(p) == '_') {
        ++p;
        if (!IsDigit(At(p))) {
          FailAt(DiagnosticKind::InvalidDecimalLiteral, p - 1);
          return;
        }
      }
      if (At(p) != '0') break;
      ++p;
    }
    uint32_t zeros_end = p;  // CPython's zeros_end is one past the first non-zero character
    if (IsDigit(At(p))) {
      nonzero = true;
      p = DecimalTail(p);
      if (p == 0) return;
    }
    c = At(p);
    if (c == '.') {
      ++p;
      next = kFraction;
    } else if (c == 'e' || c == 'E') {
      next = kExponent;
    } else if (c == 'j' || c == 'J') {
      next = kImaginary;
    } else if (nonzero) {
      Fail(DiagnosticKind::LeadingZeros, start, zeros_end);
      return;
    } else {
      if (!VerifyEndOfNumber(p, "decimal")) return;
      finish(p);
      return;
    }
  } else {
    p = DecimalTail(p);
    if (p == 0) return;
    if (At(p) == '.') {
      ++p;
      next = kFraction;
    } else {
      next = kExponent;  // checked below: an exponent, 'j', or the end
    }
  }
  if (next == kFraction) {
    if (IsDigit(At(p))) {
      p = DecimalTail(p);
      if (p == 0) return;
    }
    next = kExponent;
  }
  if (next == kExponent) {
    int c = At(p);
    if (c == 'e' || c == 'E') {
      uint32_t e = p;
      ++p;
      c = At(p);
      if (c == '+' || c == '-') {
        ++p;
        if (!IsDigit(At(p))) {
          FailAt(DiagnosticKind::InvalidDecimalLiteral, p - 1);
          return;
        }
      } else if (!IsDigit(c)) {
        // "1e" followed by something else: the number ends before the 'e'.
        if (!VerifyEndOfNumber(e, "decimal")) return;
        finish(e);
        return;
      }
      p = DecimalTail(p);
      if (p == 0) return;
    }
    c = At(p);
    if (c == 'j' || c == 'J') {
      next = kImaginary;
    } else {
      if (!VerifyEndOfNumber(p, "decimal")) return;
      finish(p);
      return;
    }
  }
  // next == kImaginary: At(p) is 'j'.
  ++p;
  if (!VerifyEndOfNumber(p, "imaginary")) return;
  finish(p);
}

// A string literal with its prefix at start and its opening quote at
// quote_at (CPython's letter_quote block).
void Lexer::LexString(uint32_t start, uint32_t quote_at) {
  int quote = At(quote_at);
  uint32_t p = quote_at + 1;
  int quote_size = 1;
  if (At(p) == quote) {
    if (At(p + 1) == quote) {
      quote_size = 3;
      p += 2;
    } else {
      pos_ = p + 1;  // the empty string
      Emit(TokenKind::String, start, pos_);
      return;
    }
  }
  int end_quotes = 0;
  const unsigned char q = static_cast<unsigned char>(quote);
  for (;;) {
    // Only a quote, a backslash or (in a one-quote string) a line break matters.
    uint32_t next = quote_size == 1 ? SkipUntil(p, q, '\\', '\n', '\r') : SkipUntil(p, q, '\\', q, q);
    if (next != p) {
      end_quotes = 0;
      p = next;
    }
    int c = At(p);
    if (c < 0 || (quote_size == 1 && IsNewline(c))) break;
    ++p;
    if (c == quote) {
      if (quote_size == 1 || ++end_quotes == 3) {
        pos_ = p;
        Emit(TokenKind::String, start, p);
        return;
      }
      continue;
    }
    end_quotes = 0;
    if (c == '\\') {
      int next = At(p);
      if (next >= 0) p += next == '\r' && At(p + 1) == '\n' ? 2 : 1;
    }
  }
  // Unterminated: stopped at a line break (short strings) or the end.
  if (p >= end_ && end_ < size_) {
    FailBadLine();
    return;
  }
  if (!fstrings_.empty()) {
    const FstringMode& m = fstrings_.back();
    if (m.quote == quote && m.quote_size == quote_size) {
      FailAt(DiagnosticKind::FstringExpectingBrace, start);
      return;
    }
  }
  FailAt(quote_size == 3 ? DiagnosticKind::UnterminatedTripleQuotedString : DiagnosticKind::UnterminatedString, start,
         {std::to_string(DetectedLine(p))});
}

void Lexer::LexFstringStart(uint32_t start, uint32_t quote_at, bool raw) {
  int quote = At(quote_at);
  uint32_t p = quote_at + 1;
  int quote_size = 1;
  if (At(p) == quote && At(p + 1) == quote) {
    quote_size = 3;
    p += 2;
  }
  if (static_cast<int>(fstrings_.size()) + 1 >= kMaxFstringLevel) {
    FailAt(DiagnosticKind::TooManyNestedFstrings, p - 1);
    return;
  }
  pos_ = p;
  Emit(TokenKind::FstringStart, start, p);
  fstrings_.push_back(FstringMode{true, raw, false, static_cast<char>(quote), static_cast<uint8_t>(quote_size), start,
                                  0, -1});
}

// Literal text of the innermost f-string (CPython's tok_get_fstring_mode):
// emits FstringMiddle pieces and FstringEnd, and switches to regular mode at
// a replacement field's '{' or at the '}' ending a format spec.
void Lexer::LexFstringText() {
  FstringMode& m = fstrings_.back();
  uint32_t start = pos_;
  if (At(start) == '{' && At(start + 1) != '{') {
    if (++m.expr_start_depth >= kMaxExprNesting) {
      FailAt(DiagnosticKind::FstringNestedTooDeeply, start > 0 ? start - 1 : 0);
      return;
    }
    m.in_text = false;
    return;
  }
  uint32_t p = start;
  int matched = 0;
  while (matched < m.quote_size && At(p) == m.quote) {
    ++matched;
    ++p;
  }
  if (matched == m.quote_size) {
    pos_ = p;
    Emit(TokenKind::FstringEnd, start, p);
    fstrings_.pop_back();
    return;
  }
  int end_quotes = 0;
  bool unicode_escape = false;
  while (end_quotes != m.quote_size) {
    int c = At(p);
    bool in_format_spec = m.expr_ended && m.expr_start_depth >= 0;
    if (c < 0 || (m.quote_size == 1 && IsNewline(c))) {
      if (c < 0 && end_ < size_) {
        FailBadLine();
        return;
      }
      if (in_format_spec && c >= 0) {
        // A line break ends a single-quoted f-string's format spec.
        m.in_text = false;
        pos_ = p;
        Emit(TokenKind::FstringMiddle, start, p);
        return;
      }
      FailAt(m.quote_size == 3 ? DiagnosticKind::UnterminatedTripleQuotedFstring : DiagnosticKind::UnterminatedFstring,
             m.start, {std::to_string(DetectedLine(p))});
      return;
    }
    ++p;
    if (c == m.quote) {
      ++end_quotes;
      continue;
    }
    end_quotes = 0;
    if (c == '{') {
      if (At(p) != '{' || in_format_spec) {
        --p;  // the field's '{' is the next token
        if (++m.expr_start_depth >= kMaxExprNesting) {
          FailAt(DiagnosticKind::FstringNestedTooDeeply, p > 0 ? p - 1 : 0);
          return;
        }
        m.in_text = false;
        pos_ = p;
      } else {
        pos_ = p + 1;  // "{{": the text ends with one '{', the other is skipped
      }
      Emit(TokenKind::FstringMiddle, start, p);
      return;
    }
    if (c == '}') {
      if (unicode_escape) {
        pos_ = p;  // the end of a \N{...} escape
      } else if (At(p) == '}' && !in_format_spec) {
        pos_ = p + 1;  // "}}"
      } else {
        --p;  // a field's closing '}' (or a stray one, which regular mode reports)
        m.in_text = false;
        pos_ = p;
      }
      Emit(TokenKind::FstringMiddle, start, p);
      return;
    }
    if (c == '\\') {
      int peek = At(p);
      if (peek < 0) continue;
      ++p;
      if (peek == '\r' && At(p) == '\n') ++p;
      if (peek == '{' || peek == '}') {
        --p;  // handled by the next iteration
        continue;
      }
      if (!m.raw && peek == 'N' && At(p) == '{') {
        ++p;
        unicode_escape = true;
      }
    }
  }
  p -= m.quote_size;  // the closing quotes become FstringEnd
  pos_ = p;
  Emit(TokenKind::FstringMiddle, start, p);
}

void Lexer::OpenBracketAt(uint32_t start, int c) {
  if (level_ >= kMaxLevel) {
    FailAt(DiagnosticKind::TooManyNestedParentheses, start);
    return;
  }
  brackets_[level_++] = {static_cast<char>(c), start};
  if (!fstrings_.empty()) ++fstrings_.back().bracket_depth;
}

void Lexer::CloseBracketAt(uint32_t start, int c) {
  FstringMode* m = fstrings_.empty() ? nullptr : &fstrings_.back();
  if (m && m->bracket_depth == 0 && c == '}') {
    FailAt(DiagnosticKind::FstringSingleCloseBrace, start);
    return;
  }
  if (level_ == 0) {
    FailAt(DiagnosticKind::UnmatchedBracket, start, {std::string(1, static_cast<char>(c))});
    return;
  }
  const OpenBracket& open = brackets_[--level_];
  bool matches = (open.c == '(' && c == ')') || (open.c == '[' && c == ']') || (open.c == '{' && c == '}');
  if (!matches) {
    std::string close_s(1, static_cast<char>(c)), open_s(1, open.c);
    if (m && open.c == '{' && m->bracket_depth - 1 == m->expr_start_depth) {
      FailAt(DiagnosticKind::FstringUnmatchedBracket, start, {close_s});
      return;
    }
    uint32_t open_line = LineOf(open.offset);
    if (open_line != LineOf(start)) {
      FailAt(DiagnosticKind::MismatchedBracketOnLine, start, {close_s, open_s, std::to_string(open_line)});
    } else {
      FailAt(DiagnosticKind::MismatchedBracket, start, {close_s, open_s});
    }
    return;
  }
  if (m) {
    --m->bracket_depth;
    if (c == '}' && m->bracket_depth == m->expr_start_depth) {
      --m->expr_start_depth;
      m->in_text = true;
    }
  }
}

void Lexer::LexPunctuation(uint32_t start, int c) {
  // Inside a replacement field, a top-level ':' starts the format spec.
  if (!fstrings_.empty() && (c == ':' || c == '}' || c == '!' || c == '{')) {
    FstringMode& m = fstrings_.back();
    if (m.expr_start_depth >= 0) {
      int cursor = m.bracket_depth - (c != '{');
      if (cursor == 0) m.expr_ended = c != '{';
      if (c == ':' && cursor == m.expr_start_depth) {
        m.in_text = true;
        pos_ = start + 1;
        Emit(TokenKind::Colon, start, pos_);
        return;
      }
    }
  }
  int c2 = At(start + 1);
  int c3 = At(start + 2);
  TokenKind kind;
  uint32_t len = 1;
  auto two = [&](TokenKind k) {
    kind = k;
    len = 2;
  };
  auto three = [&](TokenKind k) {
    kind = k;
    len = 3;
  };
  switch (c) {
    case '(': kind = TokenKind::Lpar; break;
    case ')': kind = TokenKind::Rpar; break;
    case '[': kind = TokenKind::Lsqb; break;
    case ']': kind = TokenKind::Rsqb; break;
    case '{': kind = TokenKind::Lbrace; break;
    case '}': kind = TokenKind::Rbrace; break;
    case ',': kind = TokenKind::Comma; break;
    case ';': kind = TokenKind::Semi; break;
    case '~': kind = TokenKind::Tilde; break;
    case ':': c2 == '=' ? two(TokenKind::ColonEqual) : void(kind = TokenKind::Colon); break;
    case '+': c2 == '=' ? two(TokenKind::PlusEqual) : void(kind = TokenKind::Plus); break;
    case '%': c2 == '=' ? two(TokenKind::PercentEqual) : void(kind = TokenKind::Percent); break;
    case '&': c2 == '=' ? two(TokenKind::AmperEqual) : void(kind = TokenKind::Amper); break;
    case '|': c2 == '=' ? two(TokenKind::VbarEqual) : void(kind = TokenKind::Vbar); break;
    case '^': c2 == '=' ? two(TokenKind::CircumflexEqual) : void(kind = TokenKind::Circumflex); break;
    case '@': c2 == '=' ? two(TokenKind::AtEqual) : void(kind = TokenKind::At); break;
    case '=': c2 == '=' ? two(TokenKind::EqEqual) : void(kind = TokenKind::Equal); break;
    case '!': c2 == '=' ? two(TokenKind::NotEqual) : void(kind = TokenKind::Exclamation); break;
    case '-':
      if (c2 == '=') two(TokenKind::MinEqual);
      else if (c2 == '>') two(TokenKind::Rarrow);
      else kind = TokenKind::Minus;
      break;
    case '*':
      if (c2 == '*') c3 == '=' ? three(TokenKind::DoubleStarEqual) : two(TokenKind::DoubleStar);
      else if (c2 == '=') two(TokenKind::StarEqual);
      else kind = TokenKind::Star;
      break;
    case '/':
      if (c2 == '/') c3 == '=' ? three(TokenKind::DoubleSlashEqual) : two(TokenKind::DoubleSlash);
      else if (c2 == '=') two(TokenKind::SlashEqual);
      else kind = TokenKind::Slash;
      break;
    case '<':
      if (c2 == '<') c3 == '=' ? three(TokenKind::LeftShiftEqual) : two(TokenKind::LeftShift);
      else if (c2 == '=') two(TokenKind::LessEqual);
      else if (c2 == '>') two(TokenKind::NotEqual);  // "<>": the parser accepts it only under barry_as_FLUFL
      else kind = TokenKind::Less;
      break;
    case '>':
      if (c2 == '>') c3 == '=' ? three(TokenKind::RightShiftEqual) : two(TokenKind::RightShift);
      else if (c2 == '=') two(TokenKind::GreaterEqual);
      else kind = TokenKind::Greater;
      break;
    default:
      // '$', '?', '`' and control characters: CPython returns an OP
      // token the parser rejects, or rejects a non-printable one here.
      if (!IsPrintable(static_cast<uint32_t>(c))) {
        FailAt(DiagnosticKind::InvalidNonPrintableCharacter, start, {Hex4(static_cast<uint32_t>(c))});
      } else {
        Fail(DiagnosticKind::InvalidSyntax, start, start + 1);
      }
      return;
  }
  if (len == 1) {
    if (c == '(' || c == '[' || c == '{') {
      OpenBracketAt(start, c);
    } else if (c == ')' || c == ']' || c == '}') {
      CloseBracketAt(start, c);
    }
    if (failed_) return;
  }
  pos_ = start + len;
  Emit(kind, start, pos_);
}

}  // namespace

TokenizedFile Lex(const SourceFile& file) {
  TokenizedFile out;
  out.file = &file;
  // About one token per four bytes of Python: growing the vector would
  // otherwise copy it a dozen times.
  out.tokens.reserve(file.text().size() / 4 + 16);
  Lexer lexer(file, out);
  lexer.Run();
  return out;
}

void ReportLexError(const TokenizedFile& tokens, Diagnostics& diagnostics) {
  const LexError& e = *tokens.error;
  diagnostics.Report(e.kind, *tokens.file, e.begin, e.end, e.args);
}

}  // namespace keelback
