// The syntax tree's storage, its kind tables, and `ast.dump`-style printing.
#include "parse/ast.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <variant>

#include "base/bytes.h"
#include "lex/literals.h"

namespace keelback {
namespace {

struct KindInfo {
  const char* name;
  const char* category;
  const char* codes;
};

constexpr KindInfo kKindInfo[] = {
#define NODE(Name, Category, Codes, ...) {#Name, #Category, Codes},
#include "parse/node_kinds.def"
};

#define NODE(Name, Category, Codes, ...) constexpr const char* k##Name##Fields[] = {"" __VA_OPT__(, ) #__VA_ARGS__};
#include "parse/node_kinds.def"

}  // namespace

// A product type's class is named after its category (`keyword`, `arg`);
// a sum type's constructors have their own names (`BinOp`, `ExceptHandler`).
const char* NodeKindName(NodeKind kind) {
  const KindInfo& info = kKindInfo[static_cast<size_t>(kind)];
  std::string_view category = info.category;
  if (category == "mod" || category == "stmt" || category == "expr" || category == "pattern" ||
      category == "excepthandler" || category == "type_param")
    return info.name;
  return info.category;
}
const char* NodeKindCategory(NodeKind kind) { return kKindInfo[static_cast<size_t>(kind)].category; }
const char* NodeKindCodes(NodeKind kind) { return kKindInfo[static_cast<size_t>(kind)].codes; }

namespace {
// "a, b, c" (the stringised field list) split into names, once per kind.
struct FieldNameTable {
  std::vector<std::vector<std::string>> storage;
  std::vector<std::vector<const char*>> names;
  FieldNameTable() {
    const char* lists[] = {
#define NODE(Name, Category, Codes, ...) k##Name##Fields[sizeof(k##Name##Fields) / sizeof(char*) - 1],
#include "parse/node_kinds.def"
    };
    for (const char* list : lists) {
      std::vector<std::string> parts;
      std::string current;
      for (const char* p = list; *p; ++p) {
        if (*p == ',') {
          parts.push_back(current);
          current.clear();
        } else if (*p != ' ') {
          current += *p;
        }
      }
      if (!current.empty()) parts.push_back(current);
      storage.push_back(std::move(parts));
    }
    for (auto& parts : storage) {
      std::vector<const char*> v;
      for (auto& s : parts) v.push_back(s.c_str());
      names.push_back(std::move(v));
    }
  }
};
}  // namespace

std::span<const char* const> NodeKindFieldNames(NodeKind kind) {
  static const FieldNameTable table;
  return table.names[static_cast<size_t>(kind)];
}

const char* BinaryOpName(BinaryOp op) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                      "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return names[static_cast<size_t>(op)];
}
const char* BinaryOpSymbol(BinaryOp op) {
  static const char* const symbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  return symbols[static_cast<size_t>(op)];
}
const char* UnaryOpName(UnaryOp op) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<size_t>(op)];
}
const char* BoolOpName(BoolOp op) { return op == BoolOp::And ? "And" : "Or"; }
const char* CmpOpName(CmpOp op) {
  static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<size_t>(op)];
}
const char* CmpOpSymbol(CmpOp op) {
  static const char* const symbols[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};
  return symbols[static_cast<size_t>(op)];
}

ListId SyntaxTree::AddList(std::span<const uint32_t> items) {
  ListId id(static_cast<uint32_t>(lists_.size()));
  lists_.emplace_back(static_cast<uint32_t>(list_items_.size()), static_cast<uint32_t>(items.size()));
  list_items_.insert(list_items_.end(), items.begin(), items.end());
  return id;
}

ListId SyntaxTree::AddList(std::span<const NodeId> items) {
  static_assert(sizeof(NodeId) == sizeof(uint32_t));
  return AddList(std::span<const uint32_t>(reinterpret_cast<const uint32_t*>(items.data()), items.size()));
}

std::span<const uint32_t> SyntaxTree::RawItems(ListId list) const {
  auto [start, count] = lists_[list.index];
  return std::span<const uint32_t>(list_items_.data() + start, count);
}

std::span<const NodeId> SyntaxTree::Items(ListId list) const {
  auto raw = RawItems(list);
  return std::span<const NodeId>(reinterpret_cast<const NodeId*>(raw.data()), raw.size());
}

namespace {

constexpr uint64_t kHashTag = 0xFFFFFFFF00000000ull;  // the hash bits kept in an ident slot
constexpr size_t kNameChunk = 16 * 1024;              // bytes per chunk of interned names

// Names are short: hashed a word at a time (up to eight bytes as two
// overlapping four-byte loads, as wyhash does), then mixed.
uint64_t HashName(std::string_view name) {
  const char* p = name.data();
  size_t n = name.size();
  uint64_t h = n * 0x9E3779B97F4A7C15ull;
  auto mix = [&h](uint64_t w) {
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  };
  for (; n > 8; n -= 8, p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    mix(w);
  }
  uint64_t w = 0;
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    w = (uint64_t{a} << 32) | b;
  } else if (n > 0) {
    auto byte = [p](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])); };
    w = (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
  }
  mix(w);
  return h ^ (h >> 29);
}

}  // namespace

IdentId SyntaxTree::Intern(std::string_view name) {
  if (ident_slots_.size() < 2 * (idents_.size() + 1)) {
    size_t size = ident_slots_.empty() ? 1024 : ident_slots_.size() * 2;
    std::vector<uint64_t> slots(size, 0);
    for (uint32_t i = 0; i < idents_.size(); ++i) {
      uint64_t h = HashName(idents_[i]);
      size_t s = h & (size - 1);
      while (slots[s]) s = (s + 1) & (size - 1);
      slots[s] = (h & kHashTag) | (i + 1);
    }
    ident_slots_ = std::move(slots);
  }
  uint64_t h = HashName(name);
  size_t mask = ident_slots_.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    uint64_t slot = ident_slots_[s];
    if (slot == 0) {
      if (chunk_left_ < name.size()) {
        chunk_left_ = std::max<size_t>(name.size(), kNameChunk);
        name_chunks_.push_back(std::make_unique<char[]>(chunk_left_));
        chunk_next_ = name_chunks_.back().get();
      }
      std::memcpy(chunk_next_, name.data(), name.size());
      idents_.emplace_back(chunk_next_, name.size());
      chunk_next_ += name.size();
      chunk_left_ -= name.size();
      ident_slots_[s] = (h & kHashTag) | idents_.size();
      return IdentId(static_cast<uint32_t>(idents_.size() - 1));
    }
    if ((slot & kHashTag) == (h & kHashTag) && SameText(idents_[(slot & ~kHashTag) - 1], name))
      return IdentId(static_cast<uint32_t>((slot & ~kHashTag) - 1));
  }
}

IdentId SyntaxTree::Find(std::string_view name) const {
  if (ident_slots_.empty()) return IdentId();
  uint64_t h = HashName(name);
  size_t mask = ident_slots_.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    uint64_t slot = ident_slots_[s];
    if (slot == 0) return IdentId();
    if ((slot & kHashTag) == (h & kHashTag) && SameText(idents_[(slot & ~kHashTag) - 1], name))
      return IdentId(static_cast<uint32_t>((slot & ~kHashTag) - 1));
  }
}

ConstantId SyntaxTree::AddConstant(keelback::Constant c) {
  constants_.push_back(std::move(c));
  return ConstantId(static_cast<uint32_t>(constants_.size() - 1));
}

// ---------------------------------------------------------------------------
// Dumping, without recursion: a stack of pieces still to print.

namespace {

// repr() of a str (UTF-8, lone surrogates in their 3-byte form) or of a
// bytes value, as CPython writes it.
void AppendPyStrRepr(std::string& out, std::string_view s, bool bytes) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  if (bytes) out += 'b';
  out += quote;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      // A multi-byte sequence: printable code points stay as they are.
      size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (i + n > s.size()) n = s.size() - i;
      uint32_t cp = n == 4 ? c & 0x07 : n == 3 ? c & 0x0F : c & 0x1F;
      for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      if (IsPrintableCodePoint(cp)) {
        out.append(s.substr(i, n));
      } else {
        char buf[16];
        if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
        out += buf;
      }
      i += n - 1;
    }
  }
  out += quote;
}

void AppendFloatRepr(std::string& out, double x) {
  if (x != x) {
    out += "nan";
    return;
  }
  if (x == __builtin_inf()) {
    out += "inf";
    return;
  }
  char digits[64];
  auto r = std::to_chars(digits, digits + sizeof digits, x, std::chars_format::scientific);
  std::string sci(digits, r.ptr);
  size_t e = sci.find('e');
  int exponent = std::stoi(sci.substr(e + 1));
  std::string mantissa = sci.substr(0, e);
  std::string ds;
  for (char c : mantissa)
    if (c >= '0' && c <= '9') ds += c;
  if (exponent < -4 || exponent >= 16) {
    out += ds.substr(0, 1);
    if (ds.size() > 1) out += "." + ds.substr(1);
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", exponent < 0 ? '-' : '+', exponent < 0 ? -exponent : exponent);
    out += buf;
  } else if (exponent < 0) {
    out += "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + ds;
  } else if (static_cast<int>(ds.size()) <= exponent + 1) {
    out += ds + std::string(static_cast<size_t>(exponent + 1) - ds.size(), '0') + ".0";
  } else {
    out += ds.substr(0, static_cast<size_t>(exponent + 1)) + "." + ds.substr(static_cast<size_t>(exponent + 1));
  }
}

void AppendConstant(std::string& out, const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::None: out += "None"; return;
    case Constant::Kind::True: out += "True"; return;
    case Constant::Kind::False: out += "False"; return;
    case Constant::Kind::Ellipsis: out += "Ellipsis"; return;
    case Constant::Kind::Int: out += c.text; return;
    case Constant::Kind::Float: AppendFloatRepr(out, c.number); return;
    case Constant::Kind::Complex:
      AppendFloatRepr(out, c.number);
      if (out.size() >= 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
      out += "j";
      return;
    case Constant::Kind::Str: AppendPyStrRepr(out, c.text, false); return;
    case Constant::Kind::Bytes: AppendPyStrRepr(out, c.text, true); return;
  }
}

bool HasPositions(NodeKind kind) {
  std::string_view cat = NodeKindCategory(kind);
  return cat == "stmt" || cat == "expr" || cat == "excepthandler" || cat == "arg" || cat == "keyword" ||
         cat == "alias" || cat == "pattern" || cat == "type_param";
}

struct Piece {
  enum Kind : uint8_t { Text, Node, OptNode, List } kind;
  uint32_t value;
  std::string text;
};

}  // namespace

std::string DumpTree(const SyntaxTree& tree) {
  std::string out;
  std::vector<Piece> stack;
  stack.push_back({Piece::Node, tree.root().index, {}});
  const SourceFile& file = tree.file();
  while (!stack.empty()) {
    Piece piece = std::move(stack.back());
    stack.pop_back();
    switch (piece.kind) {
      case Piece::Text:
        out += piece.text;
        continue;
      case Piece::OptNode:
      case Piece::Node:
        break;
      case Piece::List: {
        auto items = tree.RawItems(ListId(piece.value));
        out += '[';
        stack.push_back({Piece::Text, 0, "]"});
        for (size_t i = items.size(); i-- > 0;) {
          if (items[i] == UINT32_MAX) stack.push_back({Piece::Text, 0, "None"});
          else stack.push_back({Piece::Node, items[i], {}});
          if (i > 0) stack.push_back({Piece::Text, 0, ", "});
        }
        continue;
      }
    }
    NodeId id(piece.value);
    const AstNode& node = tree[id];
    out += NodeKindName(node.kind);
    out += '(';
    // Built in order, then pushed reversed.
    std::vector<Piece> parts;
    const char* codes = NodeKindCodes(node.kind);
    auto names = NodeKindFieldNames(node.kind);
    bool first = true;
    auto sep = [&](const char* name) {
      parts.push_back({Piece::Text, 0, std::string(first ? "" : ", ") + name + "="});
      first = false;
    };
    for (uint32_t f = 0; codes[f]; ++f) {
      uint32_t v = tree.Field(id, f);
      char code = codes[f];
      bool absent = (code == 'O' || code == 'J' || code == 'T' || code == 'P') && v == UINT32_MAX;
      if (absent) continue;
      sep(names[f]);
      switch (code) {
        case 'N':
        case 'O':
          parts.push_back({Piece::Node, v, {}});
          break;
        case 'L':
        case 'P':
          parts.push_back({Piece::List, v, {}});
          break;
        case 'I':
        case 'J': {
          std::string s;
          AppendPyStrRepr(s, tree.Name(IdentId(v)), false);
          parts.push_back({Piece::Text, 0, s});
          break;
        }
        case 'S': {
          std::string s = "[";
          auto items = tree.RawItems(ListId(v));
          for (size_t i = 0; i < items.size(); ++i) {
            if (i) s += ", ";
            AppendPyStrRepr(s, tree.Name(IdentId(items[i])), false);
          }
          parts.push_back({Piece::Text, 0, s + "]"});
          break;
        }
        case 'B': {
          const char* name = "";
          switch (node.kind) {
            case NodeKind::BinOp:
            case NodeKind::AugAssign: name = BinaryOpName(static_cast<BinaryOp>(v)); break;
            case NodeKind::UnaryOp: name = UnaryOpName(static_cast<UnaryOp>(v)); break;
            case NodeKind::BoolOp: name = BoolOpName(static_cast<BoolOp>(v)); break;
            default: break;
          }
          parts.push_back({Piece::Text, 0, std::string(name) + "()"});
          break;
        }
        case 'M': {
          std::string s = "[";
          auto items = tree.RawItems(ListId(v));
          for (size_t i = 0; i < items.size(); ++i) {
            if (i) s += ", ";
            s += CmpOpName(static_cast<CmpOp>(items[i]));
            s += "()";
          }
          parts.push_back({Piece::Text, 0, s + "]"});
          break;
        }
        case 'C': {
          std::string s;
          AppendConstant(s, tree.GetConstant(ConstantId(v)));
          parts.push_back({Piece::Text, 0, s});
          break;
        }
        case 'X': {
          static const char* const ctx[] = {"Load()", "Store()", "Del()"};
          parts.push_back({Piece::Text, 0, ctx[v]});
          break;
        }
        case 'K':
          parts.push_back({Piece::Text, 0, std::to_string(static_cast<int32_t>(v))});
          break;
        case 'F':
          parts.push_back({Piece::Text, 0, v ? "True" : "False"});
          break;
        case 'T': {
          std::string s;
          AppendPyStrRepr(s, tree.Name(IdentId(v)), false);
          parts.push_back({Piece::Text, 0, s});
          break;
        }
      }
    }
    if (HasPositions(node.kind)) {
      LineColumn b = file.Locate(node.begin), e = file.Locate(node.end);
      std::string s = std::string(first ? "" : ", ") + "lineno=" + std::to_string(b.line) +
                      ", col_offset=" + std::to_string(b.column) + ", end_lineno=" + std::to_string(e.line) +
                      ", end_col_offset=" + std::to_string(e.column);
      parts.push_back({Piece::Text, 0, s});
    }
    parts.push_back({Piece::Text, 0, ")"});
    for (size_t i = parts.size(); i-- > 0;) stack.push_back(std::move(parts[i]));
  }
  return out;
}

}  // namespace keelback
