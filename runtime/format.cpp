// printf-style formatting, `fmt % args` (CPython's PyUnicode_Format):
// conversions d i u o x X e E f F g G c s r a and %%, the flags `-+ 0#`,
// width and precision (also as `*`), with CPython's padding rules and error
// messages. Floats go through glibc's correctly rounded snprintf.
//
// `%(name)s` looks the name up in a dict argument (a tuple or other value
// raises CPython's "format requires a mapping").
#include "runtime_internal.h"

#include <cmath>
#include <cstdio>

namespace kb {
namespace {

enum FormatFlag : unsigned {
  kLeftJustify = 1,  // '-'
  kSign = 2,         // '+'
  kBlank = 4,        // ' '
  kAlternate = 8,    // '#'
  kZero = 16,        // '0'
};

struct FormatSpec {
  unsigned flags = 0;
  int64_t width = -1;
  int64_t precision = -1;
  uint32_t conversion = 0;
};

// The arguments: a tuple's items, or one value that is not a tuple.
class FormatArgs {
 public:
  explicit FormatArgs(KbValue args) : args_(args) {
    if (!IsSmallInt(args) && AsObject(args)->type == &kb_type_tuple) {
      tuple_ = reinterpret_cast<KbTuple*>(args);
    }
    if (!IsSmallInt(args) && AsObject(args)->type == &kb_type_dict) dict_ = reinterpret_cast<KbDict*>(args);
  }
  KbDict* dict() const { return dict_; }
  // After `%(key)`: the looked-up value is the one argument that follows.
  void UseMappingValue(KbValue v) {
    tuple_ = nullptr;
    args_ = v;
    index_ = 0;
  }
  KbValue Next() {
    if (tuple_ != nullptr) {
      if (index_ < tuple_->length) return tuple_->items[index_++];
    } else if (index_ == 0) {
      ++index_;
      return args_;
    }
    kb_raise_new(&kb_type_TypeError, "not enough arguments for format string");
  }
  bool AllUsed() const {
    if (dict_ != nullptr) return true;
    if (tuple_ != nullptr) return index_ == tuple_->length;
    // CPython treats a non-tuple mapping (a list has __getitem__ too) as the
    // source of %(name)s values, so it never complains about leftovers.
    return index_ == 1 || IsMappingLike();
  }
  bool IsMappingLike() const {
    return tuple_ == nullptr && !IsSmallInt(args_) && AsObject(args_)->type == &kb_type_list;
  }

 private:
  KbValue args_;
  KbTuple* tuple_ = nullptr;
  KbDict* dict_ = nullptr;
  int64_t index_ = 0;
};

bool IsFloatValue(KbValue v) { return !IsSmallInt(v) && AsObject(v)->type == &kb_type_float; }

std::string TypeNameOf(KbValue v) { return TypeName(TypeOf(v)); }

std::string ConversionName(uint32_t c) { return std::string("%") + static_cast<char>(c); }

// The text of an integer conversion (d i u o x X), sign included and, for
// the alternate form of o x X, the 0o / 0x / 0X prefix after the sign.
std::string FormatInteger(KbValue v, const FormatSpec& spec) {
  uint32_t c = spec.conversion;
  bool decimal = c == 'd' || c == 'i' || c == 'u';
  KbValue n;
  if (IsIntOrBool(v)) {
    n = IntOfIntOrBool(v);
  } else if (IsFloatValue(v) && decimal) {
    n = kb_int_from_float(kb_unbox_float(v));
  } else if (decimal && IntSlot(v, &n)) {
  } else if (decimal) {
    Raise(&kb_type_TypeError,
          ConversionName(c) + " format: a real number is required, not " + TypeNameOf(v));
  } else {
    Raise(&kb_type_TypeError,
          ConversionName(c) + " format: an integer is required, not " + TypeNameOf(v));
  }
  int base = decimal ? 10 : c == 'o' ? 8 : 16;
  std::string digits = decimal ? std::string(View(kb_int_to_str(n))) : IntToString(n, base);
  bool negative = digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (c == 'X') {
    for (char& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  if (spec.precision > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(spec.precision) - digits.size(), '0');
  }
  std::string out = negative ? "-" : "";
  if ((spec.flags & kAlternate) && !decimal) {
    out += '0';
    out += static_cast<char>(c == 'o' ? 'o' : c);
  }
  return out + digits;
}

// The text of a float conversion (e E f F g G), sign included.
std::string FormatFloat(KbValue v, const FormatSpec& spec) {
  double x;
  if (IsFloatValue(v)) {
    x = kb_unbox_float(v);
  } else if (IsIntOrBool(v)) {
    x = kb_int_to_float(IntOfIntOrBool(v));
  } else if (!FloatSlot(v, &x)) {
    Raise(&kb_type_TypeError, "must be real number, not " + TypeNameOf(v));
  }
  uint32_t c = spec.conversion;
  bool upper = c == 'E' || c == 'F' || c == 'G';
  if (std::isnan(x) || std::isinf(x)) {
    // CPython never prints a sign for nan.
    std::string text = std::isnan(x) ? "nan" : (x < 0 ? "-inf" : "inf");
    if (upper) {
      for (char& ch : text) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
    return text;
  }
  int64_t precision = spec.precision < 0 ? 6 : spec.precision;
  char format[16];
  std::snprintf(format, sizeof format, "%%%s.*%c", (spec.flags & kAlternate) ? "#" : "",
                static_cast<char>(c));
  int n = std::snprintf(nullptr, 0, format, static_cast<int>(precision), x);
  std::string out(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), format, static_cast<int>(precision), x);
  out.resize(static_cast<size_t>(n));
  return out;
}

std::string FormatChar(KbValue v) {
  if (!IsSmallInt(v) && AsObject(v)->type == &kb_type_str) {
    auto* s = reinterpret_cast<KbStr*>(v);
    if (s->length == 1) return std::string(View(s));
  } else if (IsIntOrBool(v)) {
    KbValue n = IntOfIntOrBool(v);
    if (!IsSmallInt(n) || SmallIntValue(n) < 0 || SmallIntValue(n) > 0x10FFFF) {
      kb_raise_new(&kb_type_OverflowError, "%c arg not in range(0x110000)");
    }
    std::string out;
    AppendUtf8(out, static_cast<uint32_t>(SmallIntValue(n)));
    return out;
  }
  kb_raise_new(&kb_type_TypeError, "%c requires int or char");
}

// Cuts `text` to at most `n` code points.
void TruncateCodePoints(std::string& text, int64_t n) {
  const char* p = text.data();
  const char* end = p + text.size();
  for (int64_t i = 0; i < n && p < end; ++i) DecodeUtf8(p);
  text.resize(static_cast<size_t>(p - text.data()));
}

// CPython's unicode_format_arg_output: sign, alternate prefix, fill and
// justification around the converted text.
void AppendPadded(std::string& out, const std::string& text, const FormatSpec& spec, bool numeric) {
  char fill = numeric && (spec.flags & kZero) && !(spec.flags & kLeftJustify) ? '0' : ' ';
  size_t pos = 0;
  int64_t len = CountCodePoints(text);
  int64_t width = spec.width;
  char sign = 0;
  if (numeric) {
    if (text[0] == '-' || text[0] == '+') {
      sign = text[0];
      pos = 1;
      --len;
    } else if (spec.flags & kSign) {
      sign = '+';
    } else if (spec.flags & kBlank) {
      sign = ' ';
    }
  }
  if (width < len) width = len;
  std::string prefix;
  uint32_t c = spec.conversion;
  if (sign != 0) {
    if (fill != ' ') out.push_back(sign);
    if (width > len) --width;
  }
  if ((spec.flags & kAlternate) && (c == 'x' || c == 'X' || c == 'o')) {
    prefix = text.substr(pos, 2);
    if (fill != ' ') out += prefix;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
    pos += 2;
  }
  if (width > len && !(spec.flags & kLeftJustify)) {
    out.append(static_cast<size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign != 0) out.push_back(sign);
    out += prefix;
  }
  out.append(text, pos);
  if (width > len) out.append(static_cast<size_t>(width - len), ' ');
}

// The value of a `*` width or precision.
int64_t StarArgument(FormatArgs& args) {
  KbValue v = args.Next();
  if (!IsIntOrBool(v)) kb_raise_new(&kb_type_TypeError, "* wants int");
  KbValue n = IntOfIntOrBool(v);
  if (!IsSmallInt(n) || SmallIntValue(n) > INT32_MAX || SmallIntValue(n) < -INT32_MAX) {
    kb_raise_new(&kb_type_OverflowError, "Python int too large to convert to C int");
  }
  return SmallIntValue(n);
}

[[noreturn]] void UnsupportedCharacter(uint32_t c, int64_t index) {
  char text[96];
  std::snprintf(text, sizeof text, "unsupported format character '%c' (0x%x) at index %lld",
                (c >= 32 && c <= 126) ? static_cast<char>(c) : '?', c,
                static_cast<long long>(index));
  kb_raise_new(&kb_type_ValueError, text);
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" KbStr* kb_str_mod(KbStr* fmt, KbValue argv) {
  FormatArgs args(argv);
  std::string out;
  const char* p = fmt->data;
  const char* end = p + fmt->nbytes;
  int64_t index = 0;  // code-point index of *p, for error messages
  auto next = [&]() -> uint32_t {
    ++index;
    return DecodeUtf8(p);
  };
  while (p < end) {
    const char* literal = p;
    while (p < end && *p != '%') ++p;
    index += CountCodePoints(std::string_view(literal, static_cast<size_t>(p - literal)));
    out.append(literal, p);
    if (p == end) break;
    next();  // the '%'
    if (p < end && *p == '%') {
      next();
      out.push_back('%');
      continue;
    }
    FormatSpec spec;
    auto incomplete = [&] { kb_raise_new(&kb_type_ValueError, "incomplete format"); };
    if (p < end && *p == '(') {
      if (args.dict() == nullptr) {
        if (args.IsMappingLike()) {
          kb_raise_new(&kb_type_TypeError, "list indices must be integers or slices, not str");
        }
        kb_raise_new(&kb_type_TypeError, "format requires a mapping");
      }
      next();  // the '('
      const char* key_start = p;
      int depth = 1;
      while (p < end) {
        if (*p == ')' && --depth == 0) break;
        if (*p == '(') ++depth;
        next();
      }
      if (p == end) kb_raise_new(&kb_type_ValueError, "incomplete format key");
      KbValue key = AsValue(NewStr(std::string_view(key_start, static_cast<size_t>(p - key_start))));
      next();  // the ')'
      args.UseMappingValue(kb_dict_getitem(args.dict(), key));
    }
    for (; p < end; next()) {
      char c = *p;
      if (c == '-') spec.flags |= kLeftJustify;
      else if (c == '+') spec.flags |= kSign;
      else if (c == ' ') spec.flags |= kBlank;
      else if (c == '#') spec.flags |= kAlternate;
      else if (c == '0') spec.flags |= kZero;
      else break;
    }
    if (p < end && *p == '*') {
      next();
      spec.width = StarArgument(args);
      if (spec.width < 0) {
        spec.flags |= kLeftJustify;
        spec.width = -spec.width;
      }
    } else {
      while (p < end && *p >= '0' && *p <= '9') {
        spec.width = (spec.width < 0 ? 0 : spec.width) * 10 + (next() - '0');
        if (spec.width > INT32_MAX) kb_raise_new(&kb_type_ValueError, "width too big");
      }
    }
    if (p < end && *p == '.') {
      next();
      spec.precision = 0;
      if (p < end && *p == '*') {
        next();
        spec.precision = StarArgument(args);
        if (spec.precision < 0) spec.precision = 0;
      } else {
        while (p < end && *p >= '0' && *p <= '9') {
          spec.precision = spec.precision * 10 + (next() - '0');
          if (spec.precision > INT32_MAX) kb_raise_new(&kb_type_ValueError, "precision too big");
        }
      }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) next();  // C length modifiers
    if (p == end) incomplete();
    int64_t conversion_index = index;
    spec.conversion = next();
    KbValue v = args.Next();
    std::string text;
    bool numeric = false;
    switch (spec.conversion) {
      case 's':
      case 'r':
      case 'a':
        if (spec.conversion == 's') {
          AppendStr(text, v);
        } else {
          AppendRepr(text, v, spec.conversion == 'a');
        }
        if (spec.precision >= 0) TruncateCodePoints(text, spec.precision);
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        text = FormatInteger(v, spec);
        numeric = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        text = FormatFloat(v, spec);
        numeric = true;
        break;
      case 'c':
        text = FormatChar(v);
        break;
      default:
        UnsupportedCharacter(spec.conversion, conversion_index);
    }
    AppendPadded(out, text, spec, numeric);
  }
  if (!args.AllUsed()) {
    kb_raise_new(&kb_type_TypeError, "not all arguments converted during string formatting");
  }
  return NewStr(out);
}
