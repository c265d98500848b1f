// The syntax errors CPython finds after parsing: in its symbol table
// (duplicate arguments, global/nonlocal misuse, `import *` in a function,
// `yield` in a comprehension) and in its compiler (`return`, `break`,
// `continue`, `await`, `yield`, `async for`/`async with` in the wrong place,
// misplaced starred expressions, repeated keyword arguments, assignment to
// `__debug__`).
//
// One walk over the tree with an explicit work list (the tree's depth is the
// user's), in CPython's visiting order. As in CPython, where the symbol table
// runs over the whole file before the compiler, a symbol-table error anywhere
// wins over a compiler error, and the checks of the symbol table's analysis
// (nonlocal bindings) come between the two.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "parse/check_syntax.h"

namespace keelback {
namespace {

enum class ScopeKind : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// Bits of what a scope does with a name (CPython's DEF_* flags).
enum : uint8_t {
  kUsed = 1,
  kAssigned = 2,
  kParam = 4,
  kGlobal = 8,
  kNonlocal = 16,
  kAnnotated = 32,
};

// What each scope does with each name, keyed by (scope << 32 | name): open
// addressing, since this is on every good parse's path.
class NameFlags {
 public:
  uint8_t& operator[](uint64_t key) {
    if (slots_.size() < 2 * (count_ + 1)) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t s = Hash(key) & mask;; s = (s + 1) & mask) {
      Slot& slot = slots_[s];
      if (!slot.used) {
        slot = {key, 0, true};
        ++count_;
        return slot.flags;
      }
      if (slot.key == key) return slot.flags;
    }
  }
  // 0 when the scope does nothing with the name.
  uint8_t Get(uint64_t key) const {
    if (slots_.empty()) return 0;
    size_t mask = slots_.size() - 1;
    for (size_t s = Hash(key) & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (!slot.used) return 0;
      if (slot.key == key) return slot.flags;
    }
  }

 private:
  struct Slot {
    uint64_t key;
    uint8_t flags;
    bool used;
  };
  static uint64_t Hash(uint64_t key) {
    key *= 0x9E3779B97F4A7C15ull;
    return key ^ (key >> 32);
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 512 : old.size() * 2, Slot{0, 0, false});
    count_ = 0;
    for (const Slot& slot : old)
      if (slot.used) (*this)[slot.key] = slot.flags;
  }
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

struct Scope {
  ScopeKind kind;
  uint32_t parent;          // index into scopes_, UINT32_MAX for the module
  NodeKind comprehension;   // for a Comprehension scope: ListComp, SetComp, DictComp, GeneratorExp
  bool is_async = false;    // a comprehension with `await` or `async for` in it
  NodeId node;              // the comprehension node (for its error location)
  bool has_yield = false;   // a function: it is a generator
  NodeId return_value;      // a function: its first `return` with a value
};

// Where a node is visited: its scope and what surrounds it there.
struct Context {
  uint32_t scope;
  bool in_loop;
  bool starred_allowed;  // an element of a tuple, list, set, call arguments, class bases
  bool in_comprehension_iterable = false;
};

Context Starred(Context c) {
  c.starred_allowed = true;
  return c;
}

struct Work {
  NodeId node;
  Context context;
};

struct Error {
  DiagnosticKind kind = DiagnosticKind::InvalidSyntax;
  NodeId node;
  std::vector<std::string> args;
  bool set = false;
};

class SyntaxChecker {
 public:
  SyntaxChecker(const SyntaxTree& tree, NodeId module, Diagnostics& diagnostics)
      : tree_(tree), module_(module), diagnostics_(diagnostics) {}

  bool Check() {
    // Which name each scope uses or assigns matters only to a `global` or
    // `nonlocal` statement's checks: without one in the file (most files),
    // only parameters and declarations are tracked.
    track_names_ = tree_.Contains(NodeKind::Global) || tree_.Contains(NodeKind::Nonlocal);
    debug_name_ = tree_.Find("__debug__");
    scopes_.push_back({ScopeKind::Module, UINT32_MAX, NodeKind::Module, false, module_, false, NodeId()});
    PushList(tree_.List(module_, ModuleField::body), {0, false, false});
    while (!work_.empty()) {
      Work w = work_.back();
      work_.pop_back();
      Visit(w.node, w.context);
    }
    if (!symtable_error_.set) CheckNonlocalBindings();
    CheckAsyncComprehensions();
    const Error& e = symtable_error_.set ? symtable_error_ : compiler_error_;
    if (!e.set) return true;
    std::vector<std::string> args = e.args;
    diagnostics_.Report(e.kind, tree_.FileOf(e.node), tree_[e.node].begin, tree_[e.node].end, args);
    return false;
  }

 private:
  // Children are pushed in reverse, so that they are visited in source order.
  // Leaves with nothing to check are not pushed at all: constants, and names
  // read when no `global`/`nonlocal` makes reads matter (most nodes).
  bool NothingToCheck(NodeId node) const {
    NodeKind k = tree_.Kind(node);
    return k == NodeKind::Constant ||
           (k == NodeKind::Name && !track_names_ &&
            static_cast<ExprContext>(tree_.Field(node, NameField::ctx)) == ExprContext::Load);
  }
  void Push(NodeId node, Context c) {
    if (node.IsValid() && !NothingToCheck(node)) work_.push_back({node, c});
  }
  void PushList(ListId list, Context c) {
    std::span<const uint32_t> items = tree_.RawItems(list);
    for (size_t i = items.size(); i-- > 0;)
      if (items[i] != UINT32_MAX && !NothingToCheck(NodeId(items[i]))) work_.push_back({NodeId(items[i]), c});
  }
  void PushChildren(NodeId node, Context c) {
    size_t mark = work_.size();
    ForEachChild(tree_, node, [&](NodeId child) {
      if (!NothingToCheck(child)) work_.push_back({child, c});
    });
    std::reverse(work_.begin() + static_cast<std::ptrdiff_t>(mark), work_.end());
  }

  void SymtableError(DiagnosticKind kind, NodeId node, std::vector<std::string> args = {}) {
    if (symtable_error_.set) return;
    symtable_error_ = {kind, node, std::move(args), true};
  }
  void CompilerError(DiagnosticKind kind, NodeId node, std::vector<std::string> args = {}) {
    if (compiler_error_.set) return;
    compiler_error_ = {kind, node, std::move(args), true};
  }

  uint8_t& Flags(uint32_t scope, IdentId name) {
    return names_[(uint64_t(scope) << 32) | name.index];
  }
  // The scope that a compiler unit's checks see: CPython's scope type.
  ScopeKind KindOf(uint32_t scope) const { return scopes_[scope].kind; }
  bool IsFunctionBlock(uint32_t scope) const {
    ScopeKind k = KindOf(scope);
    return k == ScopeKind::Function || k == ScopeKind::AsyncFunction || k == ScopeKind::Lambda ||
           k == ScopeKind::Comprehension;
  }
  uint32_t NewScope(ScopeKind kind, uint32_t parent, NodeId node, NodeKind comprehension = NodeKind::Module) {
    scopes_.push_back({kind, parent, comprehension, false, node, false, NodeId()});
    return static_cast<uint32_t>(scopes_.size() - 1);
  }

  void Bind(uint32_t scope, IdentId name, NodeId at) {
    if (name == debug_name_) CompilerError(DiagnosticKind::CannotAssignTo, at, {"__debug__"});
    if (track_names_) Flags(scope, name) |= kAssigned;
  }

  void AddParameters(NodeId arguments, uint32_t scope) {
    auto add = [&](NodeId arg) {
      IdentId name = tree_.Ident(arg, ArgField::arg);
      uint8_t& f = Flags(scope, name);
      if (f & kParam) SymtableError(DiagnosticKind::DuplicateArgument, arg, {std::string(tree_.Name(name))});
      if (tree_.Name(name) == "__debug__") CompilerError(DiagnosticKind::CannotAssignTo, arg, {"__debug__"});
      f |= kParam;
    };
    for (NodeId a : tree_.Items(arguments, ArgumentsField::posonlyargs)) add(a);
    for (NodeId a : tree_.Items(arguments, ArgumentsField::args)) add(a);
    if (NodeId v = tree_.Node(arguments, ArgumentsField::vararg); v.IsValid()) add(v);
    for (NodeId a : tree_.Items(arguments, ArgumentsField::kwonlyargs)) add(a);
    if (NodeId v = tree_.Node(arguments, ArgumentsField::kwarg); v.IsValid()) add(v);
  }

  // PEP 695's type parameters (`[T: int, *Ts, **P]`, a list or none). Their
  // bounds are checked in the enclosing scope (3.12 gives them an
  // annotation scope of their own, which no check here tells apart). As
  // 3.12's symtable_add_def_helper: a name twice is "duplicate type
  // parameter", at the second.
  void CheckTypeParams(uint32_t list, Context c) {
    if (list == UINT32_MAX) return;
    auto params = tree_.Items(ListId(list));
    for (size_t i = 0; i < params.size(); ++i) {
      IdentId name = tree_.Ident(params[i], 0);  // every type_param's first field is its name
      for (size_t j = 0; j < i; ++j) {
        if (tree_.Ident(params[j], 0) == name) {
          SymtableError(DiagnosticKind::DuplicateTypeParameter, params[i], {std::string(tree_.Name(name))});
          break;
        }
      }
    }
    for (size_t i = params.size(); i-- > 0;)
      if (tree_.Kind(params[i]) == NodeKind::TypeVar) Push(tree_.Node(params[i], TypeVarField::bound), c);
  }

  // Defaults and annotations are evaluated in the enclosing scope.
  void PushArgumentsOuterParts(NodeId arguments, Context outer) {
    auto push_annotations = [&](ListId list) {
      for (NodeId a : tree_.Items(list)) Push(tree_.Node(a, ArgField::annotation), outer);
    };
    // Pushed in reverse order of evaluation.
    if (NodeId v = tree_.Node(arguments, ArgumentsField::kwarg); v.IsValid())
      Push(tree_.Node(v, ArgField::annotation), outer);
    push_annotations(tree_.List(arguments, ArgumentsField::kwonlyargs));
    // `*args: *Ts` (PEP 646) is the one starred annotation.
    if (NodeId v = tree_.Node(arguments, ArgumentsField::vararg); v.IsValid())
      Push(tree_.Node(v, ArgField::annotation), Starred(outer));
    push_annotations(tree_.List(arguments, ArgumentsField::args));
    push_annotations(tree_.List(arguments, ArgumentsField::posonlyargs));
    PushList(tree_.List(arguments, ArgumentsField::kw_defaults), outer);
    PushList(tree_.List(arguments, ArgumentsField::defaults), outer);
  }

  void Declare(NodeId stmt, uint32_t scope, bool global) {
    const char* what = global ? "global" : "nonlocal";
    for (uint32_t raw : tree_.RawItems(tree_.List(stmt, 0))) {
      IdentId name(raw);
      uint8_t& f = Flags(scope, name);
      std::string text(tree_.Name(name));
      if (f & kParam) SymtableError(DiagnosticKind::NameIsParameterAndDeclared, stmt, {text, what});
      else if (f & kUsed) SymtableError(DiagnosticKind::NameUsedBeforeDeclaration, stmt, {text, what});
      else if (f & kAnnotated) SymtableError(DiagnosticKind::AnnotatedNameDeclared, stmt, {text, what});
      else if (f & kAssigned) SymtableError(DiagnosticKind::NameAssignedBeforeDeclaration, stmt, {text, what});
      f |= global ? kGlobal : kNonlocal;
      if (!global) nonlocals_.push_back({scope, name, stmt});
      if ((f & kGlobal) && (f & kNonlocal)) declared_both_.push_back({scope, name, stmt});
      first_directive_.try_emplace((uint64_t(scope) << 32) | name.index, stmt);
    }
  }

  // The symbol table's analysis: every nonlocal name must be bound in an
  // enclosing function, and no name can be both global and nonlocal.
  void CheckNonlocalBindings() {
    for (const Declared& d : declared_both_) {
      NodeId at = first_directive_[(uint64_t(d.scope) << 32) | d.name.index];
      SymtableError(DiagnosticKind::NameNonlocalAndGlobal, at, {std::string(tree_.Name(d.name))});
      return;
    }
    for (const Declared& d : nonlocals_) {
      bool bound = false;
      for (uint32_t s = scopes_[d.scope].parent; s != UINT32_MAX && !bound; s = scopes_[s].parent) {
        ScopeKind k = KindOf(s);
        if (k == ScopeKind::Module) break;
        // A class gives its methods an implicit `__class__` cell.
        if (k == ScopeKind::Class) {
          if (tree_.Name(d.name) == "__class__") bound = true;
          continue;
        }
        uint8_t f = names_.Get((uint64_t(s) << 32) | d.name.index);
        if (f == 0) continue;
        if (f & kGlobal) break;
        if (f & (kAssigned | kParam | kNonlocal)) bound = true;
      }
      if (!bound) {
        NodeId at = first_directive_[(uint64_t(d.scope) << 32) | d.name.index];
        SymtableError(DiagnosticKind::NonlocalWithoutBinding, at, {std::string(tree_.Name(d.name))});
        return;
      }
    }
  }

  void VisitStarredTargets(NodeId target) {
    NodeKind k = tree_.Kind(target);
    if (k != NodeKind::Tuple && k != NodeKind::List) return;
    int starred = 0;
    for (NodeId e : tree_.Items(target, 0)) {
      if (tree_.Kind(e) == NodeKind::Starred && ++starred == 2)
        CompilerError(DiagnosticKind::MultipleStarredInAssignment, e);
    }
  }

  void CheckKeywords(ListId keywords) {
    std::span<const NodeId> items = tree_.Items(keywords);
    for (size_t i = 0; i < items.size(); ++i) {
      uint32_t name = tree_.Field(items[i], KeywordField::arg);
      if (name == UINT32_MAX) continue;
      if (tree_.Name(IdentId(name)) == "__debug__")
        CompilerError(DiagnosticKind::CannotAssignTo, items[i], {"__debug__"});
      for (size_t j = 0; j < i; ++j) {
        if (tree_.Field(items[j], KeywordField::arg) == name) {
          CompilerError(DiagnosticKind::KeywordArgumentRepeated, items[i], {std::string(tree_.Name(IdentId(name)))});
          break;
        }
      }
    }
  }

  void VisitComprehension(NodeId node, Context c) {
    NodeKind kind = tree_.Kind(node);
    ListId generators = tree_.List(node, kind == NodeKind::DictComp ? uint32_t(DictCompField::generators) : uint32_t(ListCompField::generators));
    std::span<const NodeId> gens = tree_.Items(generators);
    uint32_t scope = NewScope(ScopeKind::Comprehension, c.scope, node, kind);
    Context inner{scope, false, false};
    // Visiting order: the first iterable (outer scope), then each clause's
    // target, ifs and the next iterable, then the element. Pushed reversed.
    if (kind == NodeKind::DictComp) {
      Push(tree_.Node(node, DictCompField::value), inner);
      Push(tree_.Node(node, DictCompField::key), inner);
    } else {
      Push(tree_.Node(node, ListCompField::elt), inner);
    }
    for (size_t i = gens.size(); i-- > 0;) {
      NodeId g = gens[i];
      if (tree_.Field(g, ComprehensionField::is_async)) scopes_[scope].is_async = true;
      PushList(tree_.List(g, ComprehensionField::ifs), inner);
      Context iterable = inner;
      iterable.in_comprehension_iterable = true;
      if (i > 0) Push(tree_.Node(g, ComprehensionField::iter), iterable);
      Push(tree_.Node(g, ComprehensionField::target), inner);
      // The iteration variables, which an assignment expression may not rebind.
      std::vector<NodeId> targets{tree_.Node(g, ComprehensionField::target)};
      while (!targets.empty()) {
        NodeId t = targets.back();
        targets.pop_back();
        switch (tree_.Kind(t)) {
          case NodeKind::Name: iteration_variables_.push_back({scope, tree_.Ident(t, NameField::id), t}); break;
          case NodeKind::Starred: targets.push_back(tree_.Node(t, StarredField::value)); break;
          case NodeKind::Tuple: case NodeKind::List:
            for (NodeId e : tree_.Items(t, 0)) targets.push_back(e);
            break;
          default: break;
        }
      }
    }
    comprehensions_.push_back(scope);
    Context outer_iterable = c;
    outer_iterable.in_comprehension_iterable = true;
    Push(tree_.Node(gens[0], ComprehensionField::iter), outer_iterable);
  }

  void Visit(NodeId node, Context c) {
    NodeKind kind = tree_.Kind(node);
    bool starred_allowed = c.starred_allowed;
    c.starred_allowed = false;
    ScopeKind scope_kind = KindOf(c.scope);
    switch (kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef: {
        Bind(c.scope, tree_.Ident(node, FunctionDefField::name), node);
        NodeId arguments = tree_.Node(node, FunctionDefField::args);
        uint32_t scope = NewScope(kind == NodeKind::FunctionDef ? ScopeKind::Function : ScopeKind::AsyncFunction,
                                  c.scope, node);
        AddParameters(arguments, scope);
        PushList(tree_.List(node, FunctionDefField::body), {scope, false, false});
        Push(tree_.Node(node, FunctionDefField::returns), c);
        PushArgumentsOuterParts(arguments, c);
        CheckTypeParams(tree_.Field(node, FunctionDefField::type_params), c);
        PushList(tree_.List(node, FunctionDefField::decorator_list), c);
        return;
      }
      case NodeKind::FnDef: {
        // The superset's functions are scopes as def's are; compile-time
        // parameters and annotations belong to the enclosing scope.
        Bind(c.scope, tree_.Ident(node, FnDefField::name), node);
        NodeId arguments = tree_.Node(node, FnDefField::args);
        uint32_t scope = NewScope(ScopeKind::Function, c.scope, node);
        AddParameters(arguments, scope);
        PushList(tree_.List(node, FnDefField::body), {scope, false, false});
        Push(tree_.Node(node, FnDefField::returns), c);
        Push(tree_.Node(node, FnDefField::raises_type), c);
        PushArgumentsOuterParts(arguments, c);
        if (NodeId params = tree_.Node(node, FnDefField::params); params.IsValid())
          PushArgumentsOuterParts(tree_.Node(params, ParametersField::params), c);
        PushList(tree_.List(node, FnDefField::decorator_list), c);
        return;
      }
      case NodeKind::StructDef:
      case NodeKind::TraitDef: {
        Bind(c.scope, tree_.Ident(node, StructDefField::name), node);
        uint32_t scope = NewScope(ScopeKind::Class, c.scope, node);
        PushList(tree_.List(node, StructDefField::body), {scope, false, false});
        PushList(tree_.List(node, StructDefField::bases), c);
        PushList(tree_.List(node, StructDefField::decorator_list), c);
        return;
      }
      case NodeKind::Lambda: {
        NodeId arguments = tree_.Node(node, LambdaField::args);
        uint32_t scope = NewScope(ScopeKind::Lambda, c.scope, node);
        AddParameters(arguments, scope);
        Push(tree_.Node(node, LambdaField::body), {scope, false, false});
        PushArgumentsOuterParts(arguments, c);
        return;
      }
      case NodeKind::ClassDef: {
        Bind(c.scope, tree_.Ident(node, ClassDefField::name), node);
        CheckKeywords(tree_.List(node, ClassDefField::keywords));
        uint32_t scope = NewScope(ScopeKind::Class, c.scope, node);
        PushList(tree_.List(node, ClassDefField::body), {scope, false, false});
        PushList(tree_.List(node, ClassDefField::keywords), c);
        PushList(tree_.List(node, ClassDefField::bases), Starred(c));
        CheckTypeParams(tree_.Field(node, ClassDefField::type_params), c);
        PushList(tree_.List(node, ClassDefField::decorator_list), c);
        return;
      }
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::DictComp:
      case NodeKind::GeneratorExp:
        VisitComprehension(node, c);
        return;
      case NodeKind::Return:
        if (!IsFunctionBlock(c.scope)) CompilerError(DiagnosticKind::ReturnOutsideFunction, node);
        else if (tree_.Field(node, ReturnField::value) != UINT32_MAX && !scopes_[c.scope].return_value.IsValid())
          scopes_[c.scope].return_value = node;
        break;
      case NodeKind::Break:
        if (!c.in_loop) CompilerError(DiagnosticKind::BreakOutsideLoop, node);
        break;
      case NodeKind::Continue:
        if (!c.in_loop) CompilerError(DiagnosticKind::ContinueNotInLoop, node);
        break;
      case NodeKind::For:
      case NodeKind::AsyncFor:
      case NodeKind::While: {
        if (kind == NodeKind::AsyncFor && scope_kind != ScopeKind::AsyncFunction)
          CompilerError(DiagnosticKind::AsyncStatementOutsideAsyncFunction, node, {"async for"});
        Context loop = c;
        loop.in_loop = true;
        if (kind == NodeKind::While) {
          PushList(tree_.List(node, WhileField::orelse), c);
          PushList(tree_.List(node, WhileField::body), loop);
          Push(tree_.Node(node, WhileField::test), c);
        } else {
          PushList(tree_.List(node, ForField::orelse), c);
          PushList(tree_.List(node, ForField::body), loop);
          Push(tree_.Node(node, ForField::iter), c);
          Push(tree_.Node(node, ForField::target), c);
          VisitStarredTargets(tree_.Node(node, ForField::target));
        }
        return;
      }
      case NodeKind::AsyncWith:
        if (scope_kind != ScopeKind::AsyncFunction)
          CompilerError(DiagnosticKind::AsyncStatementOutsideAsyncFunction, node, {"async with"});
        break;
      case NodeKind::Assign:
        for (NodeId t : tree_.Items(node, AssignField::targets)) VisitStarredTargets(t);
        break;
      case NodeKind::AnnAssign: {
        NodeId target = tree_.Node(node, AnnAssignField::target);
        if (tree_.Kind(target) == NodeKind::Name && tree_.Field(node, AnnAssignField::simple)) {
          IdentId name = tree_.Ident(target, NameField::id);
          uint8_t& f = Flags(c.scope, name);
          if ((f & (kGlobal | kNonlocal)) && scope_kind != ScopeKind::Module) {
            SymtableError(DiagnosticKind::AnnotatedNameDeclared, node,
                          {std::string(tree_.Name(name)), (f & kGlobal) ? "global" : "nonlocal"});
          }
          f |= kAnnotated;
        }
        break;
      }
      case NodeKind::Global:
        Declare(node, c.scope, true);
        break;
      case NodeKind::Nonlocal:
        if (scope_kind == ScopeKind::Module) SymtableError(DiagnosticKind::NonlocalAtModuleLevel, node);
        else Declare(node, c.scope, false);
        break;
      case NodeKind::Import:
      case NodeKind::ImportFrom:
        for (NodeId alias : tree_.Items(node, kind == NodeKind::Import ? uint32_t(ImportField::names) : uint32_t(ImportFromField::names))) {
          std::string_view name = tree_.Name(tree_.Ident(alias, AliasField::name));
          uint32_t asname = tree_.Field(alias, AliasField::asname);
          if (name == "*") {
            if (scope_kind != ScopeKind::Module) SymtableError(DiagnosticKind::ImportStarNotAtModuleLevel, node);
            continue;
          }
          if (asname != UINT32_MAX) {
            Bind(c.scope, IdentId(asname), alias);
          } else {
            // `import a.b` binds `a`.
            std::string_view first = name.substr(0, name.find('.'));
            if (track_names_) {
              IdentId id = tree_.Find(first);
              if (id.IsValid()) Flags(c.scope, id) |= kAssigned;
            }
          }
        }
        return;
      case NodeKind::ExceptHandler:
        if (uint32_t name = tree_.Field(node, ExceptHandlerField::name); name != UINT32_MAX)
          Bind(c.scope, IdentId(name), node);
        break;
      case NodeKind::MatchAs:
      case NodeKind::MatchStar:
        if (uint32_t name = tree_.Field(node, kind == NodeKind::MatchAs ? uint32_t(MatchAsField::name) : uint32_t(MatchStarField::name));
            name != UINT32_MAX)
          Bind(c.scope, IdentId(name), node);
        break;
      case NodeKind::MatchSequence: {
        int stars = 0;
        for (NodeId p : tree_.Items(node, MatchSequenceField::patterns)) {
          if (tree_.Kind(p) == NodeKind::MatchStar && ++stars == 2)
            CompilerError(DiagnosticKind::MultipleStarredInPattern, p);
        }
        break;
      }
      case NodeKind::MatchMapping:
        if (uint32_t name = tree_.Field(node, MatchMappingField::rest); name != UINT32_MAX)
          Bind(c.scope, IdentId(name), node);
        break;
      case NodeKind::Constant:
        return;
      case NodeKind::TypeAlias:
        CheckTypeParams(tree_.Field(node, TypeAliasField::type_params), c);
        Push(tree_.Node(node, TypeAliasField::value), c);
        Push(tree_.Node(node, TypeAliasField::name), c);
        return;
      case NodeKind::Name: {
        IdentId name = tree_.Ident(node, NameField::id);
        if (static_cast<ExprContext>(tree_.Field(node, NameField::ctx)) == ExprContext::Load) {
          if (track_names_) Flags(c.scope, name) |= kUsed;
        } else {
          Bind(c.scope, name, node);
        }
        return;
      }
      case NodeKind::NamedExpr: {
        // The target binds in the nearest scope that is not a comprehension.
        NodeId target = tree_.Node(node, NamedExprField::target);
        if (c.in_comprehension_iterable)
          SymtableError(DiagnosticKind::AssignmentExpressionInComprehensionIterable, node);
        uint32_t s = c.scope;
        while (KindOf(s) == ScopeKind::Comprehension) {
          if (tree_.Kind(target) == NodeKind::Name) {
            IdentId name = tree_.Ident(target, NameField::id);
            for (const Declared& v : iteration_variables_) {
              if (v.scope == s && v.name == name) {
                SymtableError(DiagnosticKind::AssignmentExpressionRebindsIterationVariable, node,
                              {std::string(tree_.Name(name))});
                break;
              }
            }
          }
          s = scopes_[s].parent;
        }
        if (s != c.scope && KindOf(s) == ScopeKind::Class)
          SymtableError(DiagnosticKind::AssignmentExpressionInClassComprehension, node);
        if (tree_.Kind(target) == NodeKind::Name) Bind(s, tree_.Ident(target, NameField::id), target);
        Push(tree_.Node(node, NamedExprField::value), c);
        return;
      }
      case NodeKind::Yield:
      case NodeKind::YieldFrom:
        if (scope_kind == ScopeKind::Comprehension) {
          const char* what = "generator expression";
          switch (scopes_[c.scope].comprehension) {
            case NodeKind::ListComp: what = "list comprehension"; break;
            case NodeKind::SetComp: what = "set comprehension"; break;
            case NodeKind::DictComp: what = "dict comprehension"; break;
            default: break;
          }
          SymtableError(DiagnosticKind::YieldInsideComprehension, node, {what});
        } else if (!IsFunctionBlock(c.scope)) {
          CompilerError(DiagnosticKind::YieldOutsideFunction, node);
        } else if (kind == NodeKind::Yield && scope_kind == ScopeKind::AsyncFunction) {
          scopes_[c.scope].has_yield = true;
        } else if (kind == NodeKind::YieldFrom && scope_kind == ScopeKind::AsyncFunction) {
          CompilerError(DiagnosticKind::YieldFromInsideAsyncFunction, node);
        }
        break;
      case NodeKind::Await:
        if (!IsFunctionBlock(c.scope)) {
          CompilerError(DiagnosticKind::AwaitOutsideFunction, node);
        } else if (scope_kind == ScopeKind::Comprehension) {
          scopes_[c.scope].is_async = true;
        } else if (scope_kind != ScopeKind::AsyncFunction) {
          CompilerError(DiagnosticKind::AwaitOutsideAsyncFunction, node);
        }
        break;
      case NodeKind::Starred:
        if (!starred_allowed) {
          if (static_cast<ExprContext>(tree_.Field(node, StarredField::ctx)) == ExprContext::Store)
            CompilerError(DiagnosticKind::StarredAssignmentTargetAlone, node);
          else
            CompilerError(DiagnosticKind::StarredExpressionNotAllowed, node);
        }
        break;
      case NodeKind::Tuple:
      case NodeKind::List:
      case NodeKind::Set:
        PushList(tree_.List(node, 0), Starred(c));
        return;
      case NodeKind::Call:
        CheckKeywords(tree_.List(node, CallField::keywords));
        PushList(tree_.List(node, CallField::keywords), c);
        PushList(tree_.List(node, CallField::args), Starred(c));
        Push(tree_.Node(node, CallField::func), c);
        return;
      case NodeKind::Subscript:
        // `x[*a]`: the slice is a tuple; a lone starred slice is one too.
        Push(tree_.Node(node, SubscriptField::slice), Starred(c));
        Push(tree_.Node(node, SubscriptField::value), c);
        return;
      default:
        break;
    }
    PushChildren(node, c);
  }

  // After the walk, once each comprehension's body is known (an `await` in
  // it makes it asynchronous): an asynchronous comprehension other than a
  // generator expression needs an async function around it.
  void CheckAsyncComprehensions() {
    for (const Scope& scope : scopes_) {
      if (scope.kind == ScopeKind::AsyncFunction && scope.has_yield && scope.return_value.IsValid())
        CompilerError(DiagnosticKind::ReturnWithValueInAsyncGenerator, scope.return_value);
    }
    for (uint32_t s : comprehensions_) {
      const Scope& scope = scopes_[s];
      if (!scope.is_async || scope.comprehension == NodeKind::GeneratorExp) continue;
      ScopeKind outer = KindOf(scope.parent);
      if (outer != ScopeKind::AsyncFunction && outer != ScopeKind::Comprehension)
        CompilerError(DiagnosticKind::AsyncComprehensionOutsideAsyncFunction, scope.node);
    }
  }

  struct Declared {
    uint32_t scope;
    IdentId name;
    NodeId stmt;
  };

  const SyntaxTree& tree_;
  NodeId module_;
  Diagnostics& diagnostics_;
  std::vector<Work> work_;
  std::vector<Scope> scopes_;
  NameFlags names_;
  bool track_names_ = false;
  IdentId debug_name_;
  std::unordered_map<uint64_t, NodeId> first_directive_;
  std::vector<Declared> nonlocals_;
  std::vector<Declared> declared_both_;
  std::vector<Declared> iteration_variables_;  // (comprehension scope, name, its Name node)
  std::vector<uint32_t> comprehensions_;
  Error symtable_error_;
  Error compiler_error_;
};

}  // namespace

bool CheckSyntax(const SyntaxTree& tree, NodeId module, Diagnostics& diagnostics) {
  SyntaxChecker checker(tree, module, diagnostics);
  return checker.Check();
}

}  // namespace keelback
