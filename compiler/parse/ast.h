// The syntax tree: CPython's AST, stored flat.
//
// Every node kind is listed once in node_kinds.def with CPython's field
// names. A node is 16 bytes: its kind, its source range and the index of its
// first field in `fields_`, where its fields follow one another as 32-bit
// words (a NodeId, a ListId, an IdentId, an operator, ...), in the order the
// .def gives. Lists of nodes are ranges of `list_items_`. Identifiers are
// interned, so comparing two names is comparing two integers.
//
// Read a field with the generated names: `tree.Node(id, BinOpField::left)`.
#ifndef KEELBACK_PARSE_AST_H
#define KEELBACK_PARSE_AST_H

#include <cstdint>
#include <span>
#include <string>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/small_vector.h"
#include "base/typed_id.h"
#include "source/source_file.h"

namespace keelback {

enum class NodeKind : uint8_t {
#define NODE(Name, Category, Codes, ...) Name,
#include "parse/node_kinds.def"
};
constexpr size_t kNodeKindCount = 0
#define NODE(Name, Category, Codes, ...) +1
#include "parse/node_kinds.def"
    ;

// Field indices of each kind: BinOpField::left, CallField::args, ...
#define NODE(Name, Category, Codes, ...) \
  namespace Name##Field {                \
  enum : uint32_t { __VA_ARGS__ __VA_OPT__(, ) kFieldCount };       \
  }
#include "parse/node_kinds.def"

const char* NodeKindName(NodeKind kind);      // CPython's class name ("BinOp")
const char* NodeKindCategory(NodeKind kind);  // "stmt", "expr", "arguments", ...
const char* NodeKindCodes(NodeKind kind);     // the .def field codes
std::span<const char* const> NodeKindFieldNames(NodeKind kind);

struct NodeTag;
struct ListTag;
struct IdentTag;
struct ConstantTag;
using NodeId = TypedId<NodeTag>;
using ListId = TypedId<ListTag>;
using IdentId = TypedId<IdentTag>;
using ConstantId = TypedId<ConstantTag>;

// Operators, in CPython's ASDL order.
enum class BinaryOp : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOp : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOp : uint8_t { And, Or };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class ExprContext : uint8_t { Load, Store, Del };

const char* BinaryOpName(BinaryOp op);  // "Add"
const char* BinaryOpSymbol(BinaryOp op);  // "+"
const char* UnaryOpName(UnaryOp op);
const char* BoolOpName(BoolOp op);
const char* CmpOpName(CmpOp op);
const char* CmpOpSymbol(CmpOp op);  // "==", "is not"

// A literal's value, as CPython's Constant holds it.
struct Constant {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind;
  double number = 0;  // Float; Complex: the imaginary part
  std::string text;   // Int: decimal digits with an optional '-'; Str: UTF-8; Bytes: raw bytes
};

struct AstNode {
  NodeKind kind;
  SourceOffset begin;
  SourceOffset end;
  uint32_t first_field;
};

// A tree may hold several files, one module each (the program and the
// modules it imports): each file's nodes are one run of ids, parsed in one
// go, and their source offsets are offsets into that file.
class SyntaxTree {
 public:
  explicit SyntaxTree(const SourceFile& file) { files_.push_back({0, &file}); }

  // The first file (the program's main module) and its module node.
  const SourceFile& file() const { return *files_[0].file; }
  NodeId root() const { return root_; }
  void set_root(NodeId id) { root_ = id; }
  // Starts the nodes of another file (a parser appending a module).
  void BeginFile(const SourceFile& file) {
    if (nodes_.empty()) files_.clear();
    files_.push_back({static_cast<uint32_t>(nodes_.size()), &file});
  }
  size_t file_count() const { return files_.size(); }
  const SourceFile& file(size_t index) const { return *files_[index].file; }
  // The index of the file node `id` is in, and that file.
  size_t FileIndexOf(NodeId id) const {
    size_t lo = 0, hi = files_.size();
    while (hi - lo > 1) {
      size_t mid = (lo + hi) / 2;
      if (files_[mid].first_node <= id.index) lo = mid;
      else hi = mid;
    }
    return lo;
  }
  const SourceFile& FileOf(NodeId id) const { return *files_[FileIndexOf(id)].file; }

  // Building (the parser).
  // Reserves room for the tree of a file of `token_count` tokens (over the
  // standard library a token makes 0.57 nodes, 1.4 fields, 0.31 lists of
  // 0.30 items in all and 0.08 constants).
  void Reserve(size_t token_count) {
    nodes_.reserve(token_count * 3 / 4 + 8);
    fields_.reserve(token_count * 2 + 16);
    list_items_.reserve(token_count / 2 + 8);
    lists_.reserve(token_count * 3 / 8 + 8);
    constants_.reserve(token_count / 8 + 8);
  }
  // Inline: the parser adds a node per token or so, and each call site's
  // field count is a constant.
  NodeId AddNode(NodeKind kind, SourceOffset begin, SourceOffset end, std::initializer_list<uint32_t> fields) {
    NodeId id(static_cast<uint32_t>(nodes_.size()));
    nodes_.push_back({kind, begin, end, static_cast<uint32_t>(fields_.size())});
    kinds_present_[static_cast<size_t>(kind) / 64] |= uint64_t{1} << (static_cast<size_t>(kind) % 64);
    uint32_t* out = fields_.Extend(fields.size());
    for (uint32_t f : fields) *out++ = f;
    return id;
  }
  void SetField(NodeId id, uint32_t field, uint32_t value) { fields_[nodes_[id.index].first_field + field] = value; }
  void SetRange(NodeId id, SourceOffset begin, SourceOffset end) {
    nodes_[id.index].begin = begin;
    nodes_[id.index].end = end;
  }
  ListId AddList(std::span<const uint32_t> items);
  ListId AddList(std::span<const NodeId> items);
  IdentId Intern(std::string_view name);
  // The id of an already interned name; invalid if `name` was never interned.
  IdentId Find(std::string_view name) const;
  ConstantId AddConstant(Constant c);

  // Reading.
  uint32_t node_count() const { return static_cast<uint32_t>(nodes_.size()); }
  const AstNode& operator[](NodeId id) const { return nodes_[id.index]; }
  NodeKind Kind(NodeId id) const { return nodes_[id.index].kind; }
  // Whether the tree holds a node of this kind (checks skip work by it).
  bool Contains(NodeKind kind) const {
    auto k = static_cast<size_t>(kind);
    return (kinds_present_[k / 64] >> (k % 64)) & 1;
  }
  uint32_t Field(NodeId id, uint32_t field) const { return fields_[nodes_[id.index].first_field + field]; }
  NodeId Node(NodeId id, uint32_t field) const { return NodeId(Field(id, field)); }
  ListId List(NodeId id, uint32_t field) const { return ListId(Field(id, field)); }
  IdentId Ident(NodeId id, uint32_t field) const { return IdentId(Field(id, field)); }
  std::span<const uint32_t> RawItems(ListId list) const;
  // The items of a list of nodes.
  std::span<const NodeId> Items(ListId list) const;
  std::span<const NodeId> Items(NodeId id, uint32_t field) const { return Items(List(id, field)); }
  std::string_view Name(IdentId id) const { return idents_[id.index]; }
  const keelback::Constant& GetConstant(ConstantId id) const { return constants_[id.index]; }

 private:
  struct FileNodes {
    uint32_t first_node;
    const SourceFile* file;
  };
  std::vector<FileNodes> files_;
  NodeId root_;
  std::vector<AstNode> nodes_;
  uint64_t kinds_present_[(kNodeKindCount + 63) / 64] = {};
  SmallVector<uint32_t, 8> fields_;
  std::vector<uint32_t> list_items_;
  std::vector<std::pair<uint32_t, uint32_t>> lists_;  // start, count in list_items_
  // Interned names: views into name_chunks_, which never move.
  std::vector<std::string_view> idents_;
  std::vector<std::unique_ptr<char[]>> name_chunks_;
  char* chunk_next_ = nullptr;
  size_t chunk_left_ = 0;
  // Open addressing over idents_: the low 32 bits of a slot hold index + 1
  // (0 = empty), the high 32 the name's hash; a power of two, at most half
  // full. (Interning is on the parser's hot path: nothing is allocated to
  // look a name up, and most probes compare hashes, not bytes.)
  std::vector<uint64_t> ident_slots_;
  std::vector<keelback::Constant> constants_;
};

// Calls `visit(child)` for each child node of `id`, in field order (absent
// optional children are skipped). The generic way to walk any node.
template <typename Visit>
void ForEachChild(const SyntaxTree& tree, NodeId id, Visit&& visit) {
  const char* codes = NodeKindCodes(tree.Kind(id));
  for (uint32_t f = 0; codes[f]; ++f) {
    uint32_t v = tree.Field(id, f);
    if (codes[f] == 'N' || (codes[f] == 'O' && v != UINT32_MAX)) {
      visit(NodeId(v));
    } else if (codes[f] == 'L' || (codes[f] == 'P' && v != UINT32_MAX)) {
      for (uint32_t item : tree.RawItems(ListId(v)))
        if (item != UINT32_MAX) visit(NodeId(item));
    }
  }
}

// The items of a tuple display, or the expression alone: the classes that
// `except (A, B):` and `isinstance(x, (A, B))` name.
inline SmallVector<NodeId, 4> TupleItemsOrSelf(const SyntaxTree& tree, NodeId e) {
  SmallVector<NodeId, 4> items;
  if (tree.Kind(e) == NodeKind::Tuple) {
    for (NodeId item : tree.Items(e, TupleField::elts)) items.push_back(item);
  } else {
    items.push_back(e);
  }
  return items;
}

// `ast.dump(tree, include_attributes=True)`'s text, for --emit=ast.
std::string DumpTree(const SyntaxTree& tree);

}  // namespace keelback

#endif  // KEELBACK_PARSE_AST_H
