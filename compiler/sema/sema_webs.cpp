// Def-use webs: a variable reused for values of unrelated types (a loop's
// `w` a str, a later loop's `w` an int) is split into one variable per web,
// each with its own slot (a function's local) or hidden global (the main
// module's), so that each gets its own type instead of their join, an
// `object`. A web is the set of assignments and reads that reach each
// other: every read belongs to the web of every assignment that may reach
// it, found by a reaching-definitions analysis over a control-flow graph of
// the scope's statements. The analysis over-approximates what reaches a
// read (exception edges from anywhere in a try body, a finally body reached
// from everywhere it may be): merging too much only leaves a variable as it
// was before webs.
//
// A variable is split only where every binding of it is a plain assignment
// target: names bound by def, class, import, `except ... as`, match
// captures, `del`, `:=` or annotations, cells of closures, and (at module
// level) globals read by functions, class bodies, lambdas or generator
// expressions keep their one slot.
#include "sema/analyzer.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace keelback::analysis {

namespace {

constexpr uint32_t kNoBlock = UINT32_MAX;

// A scope's control-flow graph of the events that matter here: assignments
// to and reads of names, in the order they run.
class WebGraph {
 public:
  struct Event {
    uint32_t ident;
    NodeId node;       // the Name node; invalid for a parameter's binding at entry
    int32_t def = -1;  // the assignment's number, or -1 for a read
    bool tied = false; // an augmented assignment's store: in the web of the read before it
  };
  struct Block {
    std::vector<Event> events;
    std::vector<uint32_t> successors;
    uint32_t handler = kNoBlock;  // where an exception raised in it goes
  };

  WebGraph(const SyntaxTree& tree, std::function<bool(NodeId, IdentId)> local_in_nested)
      : tree_(tree), local_in_nested_(std::move(local_in_nested)) {
    current_ = NewBlock();
  }

  std::vector<Block> blocks;
  std::vector<uint32_t> def_ident;            // def number -> ident
  std::unordered_set<uint32_t> excluded;      // idents never split

  void Parameter(IdentId name) {
    AddDef(name, NodeId());
  }
  void Statements(std::span<const NodeId> body) {
    for (NodeId s : body) Statement(s);
  }
  // Whether a global of the scope is read late (by a function, a class body,
  // a lambda or a generator expression): only the main module's scope asks.
  bool module_scope = false;

 private:
  struct Loop {
    uint32_t head, after;
    size_t finally_depth;
  };
  struct Finally {
    uint32_t entry;
    std::vector<uint32_t> exits;  // where its end goes besides the code after the try
  };

  uint32_t NewBlock() {
    blocks.push_back({});
    blocks.back().handler = handlers_.empty() ? kNoBlock : handlers_.back();
    return static_cast<uint32_t>(blocks.size() - 1);
  }
  void Edge(uint32_t from, uint32_t to) {
    if (from != kNoBlock) blocks[from].successors.push_back(to);
  }
  // A new block reached from the current one (or from nowhere after a jump).
  uint32_t Continue() {
    uint32_t b = NewBlock();
    Edge(current_, b);
    current_ = b;
    return b;
  }
  void AddDef(IdentId name, NodeId node, bool tied = false) {
    EnsureBlock();
    int32_t d = static_cast<int32_t>(def_ident.size());
    def_ident.push_back(name.index);
    blocks[current_].events.push_back({name.index, node, d, tied});
  }
  void AddUse(NodeId node) {
    EnsureBlock();
    blocks[current_].events.push_back({tree_.Field(node, NameField::id), node, -1, false});
  }
  // Code after a return, raise, break or continue: reached from nowhere.
  void EnsureBlock() {
    if (current_ == kNoBlock) current_ = NewBlock();
  }
  void Exclude(IdentId name) {
    if (name.IsValid()) excluded.insert(name.index);
  }

  // A comprehension's scope: the names its targets bind.
  struct Frame {
    int32_t parent;
    std::vector<uint32_t> names;
  };
  static bool Bound(const std::vector<Frame>& frames, int32_t frame, uint32_t ident) {
    for (int32_t f = frame; f >= 0; f = frames[static_cast<size_t>(f)].parent)
      for (uint32_t n : frames[static_cast<size_t>(f)].names)
        if (n == ident) return true;
    return false;
  }
  static bool IsComprehension(NodeKind k) {
    return k == NodeKind::ListComp || k == NodeKind::SetComp || k == NodeKind::DictComp || k == NodeKind::GeneratorExp;
  }
  std::span<const NodeId> Generators(NodeId comprehension) const {
    return tree_.Kind(comprehension) == NodeKind::DictComp ? tree_.Items(comprehension, DictCompField::generators)
                                                            : tree_.Items(comprehension, ListCompField::generators);
  }
  // Evaluated in the enclosing scope, unlike the rest of the comprehension.
  NodeId FirstIterable(NodeId comprehension) const {
    return tree_.Node(Generators(comprehension)[0], ComprehensionField::iter);
  }
  // Visits the parts of a comprehension evaluated in its own scope: all
  // but the first iterable.
  template <typename Visit>
  void ForEachComprehensionPart(NodeId comprehension, Visit&& visit) const {
    NodeId first_iter = FirstIterable(comprehension);
    std::vector<NodeId> parts{comprehension};
    while (!parts.empty()) {
      NodeId p = parts.back();
      parts.pop_back();
      if (p == first_iter) continue;
      if (p == comprehension || tree_.Kind(p) == NodeKind::Comprehension)
        ForEachChild(tree_, p, [&](NodeId c) { parts.push_back(c); });
      else
        visit(p);
    }
  }
  std::vector<uint32_t> ComprehensionTargets(NodeId comprehension) const {
    std::vector<uint32_t> names;
    for (NodeId gen : Generators(comprehension)) {
      std::vector<NodeId> targets{tree_.Node(gen, ComprehensionField::target)};
      while (!targets.empty()) {
        NodeId t = targets.back();
        targets.pop_back();
        NodeKind tk = tree_.Kind(t);
        if (tk == NodeKind::Name) names.push_back(tree_.Field(t, NameField::id));
        else if (tk == NodeKind::Tuple || tk == NodeKind::List || tk == NodeKind::Starred)
          ForEachChild(tree_, t, [&](NodeId c) { targets.push_back(c); });
      }
    }
    return names;
  }

  // The reads of an expression, in no particular order (no expression of a
  // split variable assigns it: `:=` targets are excluded).
  void Expression(NodeId e) {
    struct Item {
      NodeId node;
      int32_t frame;  // the innermost comprehension scope around it, -1: this scope
    };
    std::vector<Frame> frames;
    std::vector<Item> work{{e, -1}};
    while (!work.empty()) {
      Item item = work.back();
      work.pop_back();
      NodeId n = item.node;
      switch (tree_.Kind(n)) {
        case NodeKind::Name:
          if (!Bound(frames, item.frame, tree_.Field(n, NameField::id))) AddUse(n);
          continue;
        case NodeKind::NamedExpr:
          Exclude(tree_.Ident(tree_.Node(n, NamedExprField::target), NameField::id));
          work.push_back({tree_.Node(n, NamedExprField::value), item.frame});
          continue;
        case NodeKind::Lambda: {
          NodeId args = tree_.Node(n, LambdaField::args);
          for (NodeId d : tree_.Items(args, ArgumentsField::defaults)) work.push_back({d, item.frame});
          for (NodeId d : tree_.Items(args, ArgumentsField::kw_defaults))
            if (d.IsValid()) work.push_back({d, item.frame});
          NestedScope(tree_.Node(n, LambdaField::body), n);
          continue;
        }
        case NodeKind::ListComp:
        case NodeKind::SetComp:
        case NodeKind::DictComp:
        case NodeKind::GeneratorExp: {
          // The first iterable is evaluated here; the rest in the
          // comprehension's own scope, binding its targets' names.
          NodeId first_iter = FirstIterable(n);
          work.push_back({first_iter, item.frame});
          bool late = module_scope && tree_.Kind(n) == NodeKind::GeneratorExp;
          frames.push_back({item.frame, ComprehensionTargets(n)});
          int32_t inner = static_cast<int32_t>(frames.size() - 1);
          ForEachComprehensionPart(n, [&](NodeId part) {
            // A generator expression may run after the module has moved on:
            // the globals it reads are read late.
            if (late) Opaque(part);
            else work.push_back({part, inner});
          });
          continue;
        }
        default:
          ForEachChild(tree_, n, [&](NodeId c) { work.push_back({c, item.frame}); });
          continue;
      }
    }
  }

  // The body of a def, lambda or class statement in this scope: a name it
  // uses that is not its own local is this scope's variable read later
  // (at module level) or a cell (already excluded in a function).
  void NestedScope(NodeId root, NodeId owner) {
    struct Item {
      NodeId node;
      NodeId function;  // innermost def or lambda; invalid: a class body of this scope
      int32_t frame;    // the innermost comprehension around it in `function`, -1: none
    };
    std::vector<Frame> frames;
    std::vector<Item> work{{root, owner, -1}};
    while (!work.empty()) {
      Item item = work.back();
      work.pop_back();
      NodeId n = item.node;
      NodeKind k = tree_.Kind(n);
      if (k == NodeKind::FunctionDef || k == NodeKind::Lambda || k == NodeKind::ClassDef) {
        // Decorators, defaults, annotations and bases are read where the
        // statement is; the body is the new scope's (a class body's names
        // are all taken as reads of the enclosing scope's).
        std::vector<NodeId> body;
        if (k == NodeKind::Lambda) body.push_back(tree_.Node(n, LambdaField::body));
        for (NodeId b : k == NodeKind::Lambda     ? std::span<const NodeId>()
                        : k == NodeKind::ClassDef ? tree_.Items(n, ClassDefField::body)
                                                  : tree_.Items(n, FunctionDefField::body))
          body.push_back(b);
        ForEachChild(tree_, n, [&](NodeId c) {
          bool in_body = std::find(body.begin(), body.end(), c) != body.end();
          work.push_back(in_body ? Item{c, n, -1} : Item{c, item.function, item.frame});
        });
        continue;
      }
      if (IsComprehension(k)) {
        // Its targets' names are its own: not references to this scope.
        NodeId first_iter = FirstIterable(n);
        frames.push_back({item.frame, ComprehensionTargets(n)});
        int32_t inner = static_cast<int32_t>(frames.size() - 1);
        work.push_back({first_iter, item.function, item.frame});
        ForEachComprehensionPart(n, [&](NodeId part) { work.push_back({part, item.function, inner}); });
        continue;
      }
      if (k == NodeKind::Name) {
        IdentId name = tree_.Ident(n, NameField::id);
        if (!Bound(frames, item.frame, name.index) &&
            (!item.function.IsValid() || tree_.Kind(item.function) == NodeKind::ClassDef ||
             !local_in_nested_(item.function, name)))
          Exclude(name);
      }
      if (k == NodeKind::Global || k == NodeKind::Nonlocal) {
        auto names = tree_.RawItems(tree_.List(n, k == NodeKind::Global ? GlobalField::names : NonlocalField::names));
        for (uint32_t name : names) excluded.insert(name);
      }
      ForEachChild(tree_, n, [&](NodeId c) { work.push_back({c, item.function, item.frame}); });
    }
  }

  // Assignment targets, after the value: stores of names, reads of the
  // objects and indices an attribute or item store uses.
  void Target(NodeId t) {
    switch (tree_.Kind(t)) {
      case NodeKind::Name:
        AddDef(tree_.Ident(t, NameField::id), t);
        return;
      case NodeKind::Tuple:
      case NodeKind::List:
        for (NodeId e : tree_.Items(t, TupleField::elts)) Target(e);
        return;
      case NodeKind::Starred:
        Target(tree_.Node(t, StarredField::value));
        return;
      default:
        Expression(t);
        return;
    }
  }

  // Every name in a statement Keelback does not model here keeps its slot.
  void Opaque(NodeId s) {
    std::vector<NodeId> work{s};
    while (!work.empty()) {
      NodeId n = work.back();
      work.pop_back();
      if (tree_.Kind(n) == NodeKind::Name) Exclude(tree_.Ident(n, NameField::id));
      ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
    }
  }

  // The finally bodies a jump leaves on its way to a loop's head or after,
  // or out of the function (loop_depth 0): it goes through each.
  void Jump(size_t finally_floor, uint32_t target) {
    EnsureBlock();
    if (finallies_.size() > finally_floor) {
      Edge(current_, finallies_.back().entry);
      for (size_t k = finallies_.size(); k-- > finally_floor;) {
        uint32_t next = k > finally_floor ? finallies_[k - 1].entry : target;
        if (next != kNoBlock) finallies_[k].exits.push_back(next);
      }
    } else if (target != kNoBlock) {
      Edge(current_, target);
    }
    current_ = kNoBlock;
  }

  void Statement(NodeId s) {
    switch (tree_.Kind(s)) {
      case NodeKind::Expr:
        Expression(tree_.Node(s, ExprField::value));
        return;
      case NodeKind::Assign:
        Expression(tree_.Node(s, AssignField::value));
        for (NodeId t : tree_.Items(s, AssignField::targets)) Target(t);
        return;
      case NodeKind::AugAssign: {
        NodeId t = tree_.Node(s, AugAssignField::target);
        if (tree_.Kind(t) == NodeKind::Name) {
          AddUse(t);
          Expression(tree_.Node(s, AugAssignField::value));
          AddDef(tree_.Ident(t, NameField::id), t, /*tied=*/true);
        } else {
          Expression(t);
          Expression(tree_.Node(s, AugAssignField::value));
        }
        return;
      }
      case NodeKind::AnnAssign: {
        NodeId t = tree_.Node(s, AnnAssignField::target);
        if (tree_.Kind(t) == NodeKind::Name) Exclude(tree_.Ident(t, NameField::id));
        Opaque(s);
        return;
      }
      case NodeKind::Return: {
        NodeId value = tree_.Node(s, ReturnField::value);
        if (value.IsValid()) Expression(value);
        Jump(0, kNoBlock);
        return;
      }
      case NodeKind::Raise:
        for (uint32_t f : {RaiseField::exc, RaiseField::cause})
          if (tree_.Node(s, f).IsValid()) Expression(tree_.Node(s, f));
        current_ = kNoBlock;
        return;
      case NodeKind::Assert:
        Expression(tree_.Node(s, AssertField::test));
        if (tree_.Node(s, AssertField::msg).IsValid()) Expression(tree_.Node(s, AssertField::msg));
        return;
      case NodeKind::Pass:
        return;
      case NodeKind::Break:
      case NodeKind::Continue:
        if (loops_.empty()) {  // a syntax error reported elsewhere
          current_ = kNoBlock;
          return;
        }
        Jump(loops_.back().finally_depth,
             tree_.Kind(s) == NodeKind::Break ? loops_.back().after : loops_.back().head);
        return;
      case NodeKind::Delete:
        for (NodeId t : tree_.Items(s, DeleteField::targets)) {
          if (tree_.Kind(t) == NodeKind::Name) Exclude(tree_.Ident(t, NameField::id));
          else Opaque(t);
        }
        return;
      case NodeKind::Global:
      case NodeKind::Nonlocal:
        Opaque(s);
        for (uint32_t name : tree_.RawItems(tree_.List(s, tree_.Kind(s) == NodeKind::Global ? GlobalField::names
                                                                                          : NonlocalField::names)))
          excluded.insert(name);
        return;
      case NodeKind::Import:
      case NodeKind::ImportFrom:
        for (NodeId alias : tree_.Items(s, tree_.Kind(s) == NodeKind::Import ? ImportField::names : ImportFromField::names)) {
          IdentId as = tree_.Ident(alias, AliasField::asname);
          std::string_view full = tree_.Name(tree_.Ident(alias, AliasField::name));
          if (as.IsValid()) Exclude(as);
          else if (full != "*") Exclude(tree_.Find(full.substr(0, full.find('.'))));
        }
        return;
      case NodeKind::FunctionDef: {
        Exclude(tree_.Ident(s, FunctionDefField::name));
        for (NodeId d : tree_.Items(s, FunctionDefField::decorator_list)) Expression(d);
        NodeId args = tree_.Node(s, FunctionDefField::args);
        for (NodeId d : tree_.Items(args, ArgumentsField::defaults)) Expression(d);
        for (NodeId d : tree_.Items(args, ArgumentsField::kw_defaults))
          if (d.IsValid()) Expression(d);
        for (NodeId b : tree_.Items(s, FunctionDefField::body)) NestedScope(b, s);
        return;
      }
      case NodeKind::ClassDef:
        Exclude(tree_.Ident(s, ClassDefField::name));
        for (NodeId d : tree_.Items(s, ClassDefField::decorator_list)) Expression(d);
        for (NodeId d : tree_.Items(s, ClassDefField::bases)) Expression(d);
        for (NodeId k : tree_.Items(s, ClassDefField::keywords)) Expression(tree_.Node(k, KeywordField::value));
        for (NodeId b : tree_.Items(s, ClassDefField::body)) NestedScope(b, NodeId());
        return;
      case NodeKind::If: {
        Expression(tree_.Node(s, IfField::test));
        uint32_t test = current_;
        current_ = NewBlock();
        Edge(test, current_);
        Statements(tree_.Items(s, IfField::body));
        uint32_t body_end = current_;
        current_ = NewBlock();
        Edge(test, current_);
        Statements(tree_.Items(s, IfField::orelse));
        uint32_t else_end = current_;
        current_ = NewBlock();
        Edge(body_end, current_);
        Edge(else_end, current_);
        return;
      }
      case NodeKind::While:
      case NodeKind::For: {
        bool is_for = tree_.Kind(s) == NodeKind::For;
        if (is_for) Expression(tree_.Node(s, ForField::iter));
        uint32_t head = Continue();
        if (!is_for) Expression(tree_.Node(s, WhileField::test));
        uint32_t after = NewBlock();
        loops_.push_back({head, after, finallies_.size()});
        current_ = NewBlock();
        Edge(head, current_);
        if (is_for) Target(tree_.Node(s, ForField::target));
        Statements(tree_.Items(s, is_for ? ForField::body : WhileField::body));
        Edge(current_, head);
        loops_.pop_back();
        current_ = NewBlock();
        Edge(head, current_);
        Statements(tree_.Items(s, is_for ? ForField::orelse : WhileField::orelse));
        Edge(current_, after);
        current_ = after;
        return;
      }
      case NodeKind::With: {
        for (NodeId item : tree_.Items(s, WithField::items)) {
          Expression(tree_.Node(item, WithItemField::context_expr));
          NodeId vars = tree_.Node(item, WithItemField::optional_vars);
          if (vars.IsValid()) Target(vars);
        }
        // __exit__ may swallow an exception raised anywhere in the body.
        uint32_t after = NewBlock();
        handlers_.push_back(after);
        Continue();
        Statements(tree_.Items(s, WithField::body));
        handlers_.pop_back();
        Edge(current_, after);
        current_ = after;
        return;
      }
      case NodeKind::Try:
        return Try(s);
      case NodeKind::Match:
        return Match(s);
      default:
        Opaque(s);
        return;
    }
  }

  void Try(NodeId s) {
    auto handlers = tree_.Items(s, TryField::handlers);
    bool has_finally = !tree_.Items(s, TryField::finalbody).empty();
    uint32_t fin = has_finally ? NewBlock() : kNoBlock;  // the finally body's entry (handler: the outer one)
    if (has_finally) {
      finallies_.push_back({fin, {}});
      handlers_.push_back(fin);
    }
    uint32_t dispatch = handlers.empty() ? kNoBlock : NewBlock();
    if (dispatch != kNoBlock) handlers_.push_back(dispatch);
    Continue();
    Statements(tree_.Items(s, TryField::body));
    if (dispatch != kNoBlock) handlers_.pop_back();
    Continue();
    Statements(tree_.Items(s, TryField::orelse));
    std::vector<uint32_t> ends{current_};
    for (NodeId h : handlers) {
      current_ = NewBlock();
      Edge(dispatch, current_);
      if (tree_.Node(h, ExceptHandlerField::type).IsValid()) Expression(tree_.Node(h, ExceptHandlerField::type));
      Exclude(tree_.Ident(h, ExceptHandlerField::name));
      Statements(tree_.Items(h, ExceptHandlerField::body));
      ends.push_back(current_);
    }
    uint32_t after;
    if (has_finally) {
      handlers_.pop_back();
      Finally done = std::move(finallies_.back());
      finallies_.pop_back();
      for (uint32_t e : ends) Edge(e, fin);
      current_ = fin;
      Statements(tree_.Items(s, TryField::finalbody));
      uint32_t end = current_;
      after = NewBlock();
      Edge(end, after);
      for (uint32_t target : done.exits) Edge(end, target);
    } else {
      after = NewBlock();
      for (uint32_t e : ends) Edge(e, after);
    }
    current_ = after;
  }

  void Match(NodeId s) {
    Expression(tree_.Node(s, MatchField::subject));
    uint32_t after = NewBlock();
    for (NodeId c : tree_.Items(s, MatchField::cases)) {
      // The pattern's captures keep their slots; the names it reads (value
      // patterns, class patterns' classes) are reads.
      std::vector<NodeId> work{tree_.Node(c, MatchCaseField::pattern)};
      while (!work.empty()) {
        NodeId p = work.back();
        work.pop_back();
        switch (tree_.Kind(p)) {
          case NodeKind::MatchAs:
            Exclude(tree_.Ident(p, MatchAsField::name));
            break;
          case NodeKind::MatchStar:
            Exclude(tree_.Ident(p, MatchStarField::name));
            break;
          case NodeKind::MatchMapping:
            Exclude(tree_.Ident(p, MatchMappingField::rest));
            break;
          case NodeKind::Name:
            AddUse(p);
            break;
          default:
            break;
        }
        ForEachChild(tree_, p, [&](NodeId child) { work.push_back(child); });
      }
      NodeId guard = tree_.Node(c, MatchCaseField::guard);
      if (guard.IsValid()) Expression(guard);
      uint32_t test = current_;
      current_ = NewBlock();
      Edge(test, current_);
      Statements(tree_.Items(c, MatchCaseField::body));
      Edge(current_, after);
      current_ = NewBlock();
      Edge(test, current_);
    }
    Edge(current_, after);
    current_ = after;
  }

  const SyntaxTree& tree_;
  std::function<bool(NodeId, IdentId)> local_in_nested_;
  uint32_t current_ = kNoBlock;
  std::vector<uint32_t> handlers_;
  std::vector<Loop> loops_;
  std::vector<Finally> finallies_;
};

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Union(uint32_t a, uint32_t b) { parent[Find(a)] = Find(b); }
};

using Bits = std::vector<uint64_t>;
bool Has(const Bits& b, uint32_t i) { return (b[i / 64] >> (i % 64)) & 1; }
void Set(Bits& b, uint32_t i) { b[i / 64] |= uint64_t{1} << (i % 64); }
void Clear(Bits& b, uint32_t i) { b[i / 64] &= ~(uint64_t{1} << (i % 64)); }
bool OrInto(Bits& to, const Bits& from) {
  bool changed = false;
  for (size_t i = 0; i < to.size(); ++i) {
    uint64_t v = to[i] | from[i];
    changed |= v != to[i];
    to[i] = v;
  }
  return changed;
}

// One web of a split variable: its assignments' and reads' Name nodes.
struct Web {
  uint32_t ident;
  bool primary;  // keeps the variable's own slot or global
  std::vector<NodeId> nodes;
};

// The webs of every variable of the graph with more than one.
std::vector<Web> FindWebs(const WebGraph& g, const std::function<bool(uint32_t)>& splittable) {
  size_t defs = g.def_ident.size();
  size_t words = (defs + 63) / 64;
  std::unordered_map<uint32_t, std::vector<uint32_t>> defs_of;
  for (uint32_t d = 0; d < defs; ++d) defs_of[g.def_ident[d]].push_back(d);
  size_t n = g.blocks.size();
  std::vector<Bits> in(n, Bits(words, 0));
  auto transfer = [&](uint32_t b, Bits state, Bits* all_defs) {
    for (const WebGraph::Event& e : g.blocks[b].events) {
      if (e.def < 0) continue;
      for (uint32_t d : defs_of[e.ident]) Clear(state, d);
      Set(state, static_cast<uint32_t>(e.def));
      if (all_defs) Set(*all_defs, static_cast<uint32_t>(e.def));
    }
    return state;
  };
  std::vector<uint32_t> work(n);
  std::iota(work.rbegin(), work.rend(), 0u);
  std::vector<bool> queued(n, true);
  while (!work.empty()) {
    uint32_t b = work.back();
    work.pop_back();
    queued[b] = false;
    Bits raised = in[b];
    Bits out = transfer(b, in[b], &raised);
    auto flow = [&](uint32_t to, const Bits& state) {
      if (OrInto(in[to], state) && !queued[to]) {
        queued[to] = true;
        work.push_back(to);
      }
    };
    for (uint32_t s : g.blocks[b].successors) flow(s, out);
    // An exception may leave the block after any of its assignments.
    if (g.blocks[b].handler != kNoBlock) flow(g.blocks[b].handler, raised);
  }
  // Union each read with the assignments that reach it.
  UnionFind webs(defs);
  std::vector<NodeId> def_node(defs);
  // ident -> (a def of the read's web, the Name node) for each read
  std::unordered_map<uint32_t, std::vector<std::pair<uint32_t, NodeId>>> reads;
  for (uint32_t b = 0; b < n; ++b) {
    Bits state = in[b];
    std::unordered_map<uint32_t, uint32_t> last_read;  // ident -> a def of its last read's web
    for (const WebGraph::Event& e : g.blocks[b].events) {
      const std::vector<uint32_t>& same = defs_of[e.ident];
      if (e.def >= 0) {
        auto d = static_cast<uint32_t>(e.def);
        def_node[d] = e.node;
        if (auto r = last_read.find(e.ident); e.tied && r != last_read.end()) webs.Union(d, r->second);
        for (uint32_t other : same) Clear(state, other);
        Set(state, d);
        continue;
      }
      if (same.empty()) continue;  // not a variable of this scope
      // A read no assignment reaches raises before it reads anything: it
      // stays with the variable's first web.
      uint32_t first = same[0];
      bool found = false;
      for (uint32_t d : same) {
        if (!Has(state, d)) continue;
        if (!found) first = d;
        else webs.Union(d, first);
        found = true;
      }
      last_read[e.ident] = first;
      reads[e.ident].push_back({first, e.node});
    }
  }
  std::vector<Web> result;
  for (auto& [ident, ds] : defs_of) {
    if (ds.empty() || !splittable(ident)) continue;
    // The webs nothing reads share one variable (unpacking into names a
    // benchmark never reads would otherwise make thousands of slots).
    std::unordered_set<uint32_t> read_roots;
    for (auto& [d, node] : reads[ident]) read_roots.insert(webs.Find(d));
    int32_t unread = -1;
    for (uint32_t d : ds) {
      if (read_roots.count(webs.Find(d))) continue;
      if (unread < 0) unread = static_cast<int32_t>(d);
      else webs.Union(d, static_cast<uint32_t>(unread));
    }
    // The webs in the order of their first assignment: the first (holding
    // a parameter's binding, if any) keeps the variable's slot.
    std::unordered_map<uint32_t, size_t> web_of_root;
    for (uint32_t d : ds) {
      uint32_t root = webs.Find(d);
      if (!web_of_root.count(root)) {
        size_t index = result.size();
        web_of_root[root] = index;
        result.push_back({ident, index == 0 || result[index - 1].ident != ident, {}});
      }
    }
    if (web_of_root.size() < 2) {
      result.pop_back();
      continue;
    }
    for (uint32_t d : ds)
      if (def_node[d].IsValid()) result[web_of_root[webs.Find(d)]].nodes.push_back(def_node[d]);
    for (auto& [d, node] : reads[ident]) result[web_of_root[webs.Find(d)]].nodes.push_back(node);
  }
  return result;
}

}  // namespace

void Analyzer::SplitWebs() {
  if (!web_options_.split) return;
  auto local_in_nested = [&](NodeId function, IdentId name) {
    const ScopeInfo& scope = ScopeOf(function);
    return scope.slot.count(name.index) && !scope.declared_global.count(name.index);
  };
  // The main module's globals.
  {
    WebGraph graph(tree_, local_in_nested);
    graph.module_scope = true;
    graph.Statements(tree_.Items(program_->modules[0].root, ModuleField::body));
    auto splittable = [&](uint32_t ident) {
      return !graph.excluded.count(ident) && !web_options_.whole_globals.count(ident);
    };
    for (const Web& web : FindWebs(graph, splittable)) {
      std::vector<uint32_t>& globals = split_globals_[web.ident];
      if (web.primary) {
        globals.insert(globals.begin(), GlobalIndex(0, IdentId(web.ident)));
        continue;
      }
      uint32_t g = static_cast<uint32_t>(program_->globals.size());
      program_->globals.push_back({IdentId(web.ident), types().unknown(), NodeId(), 0, false});
      globals.push_back(g);
      for (NodeId n : web.nodes) web_bindings_[n.index] = {kModuleScope, {NameBinding::Kind::Global, g}};
    }
  }
  // Every function's locals (ScopeOf may add scopes while this runs).
  std::vector<uint32_t> defs;
  for (auto& [def_index, scope] : function_scopes_)
    if (tree_.Kind(NodeId(def_index)) == NodeKind::FunctionDef) defs.push_back(def_index);
  std::sort(defs.begin(), defs.end());
  for (uint32_t def_index : defs) {
    NodeId def(def_index);
    const ClosureInfo* closure = program_->ClosureOf(def);
    WebGraph graph(tree_, local_in_nested);
    NodeId args = ArgumentsOf(def);
    auto parameter = [&](NodeId a) { graph.Parameter(tree_.Ident(a, ArgField::arg)); };
    for (NodeId a : tree_.Items(args, ArgumentsField::posonlyargs)) parameter(a);
    for (NodeId a : tree_.Items(args, ArgumentsField::args)) parameter(a);
    for (NodeId a : tree_.Items(args, ArgumentsField::kwonlyargs)) parameter(a);
    // *args and **kwargs keep their slots (calls bind them specially).
    for (uint32_t f : {ArgumentsField::vararg, ArgumentsField::kwarg})
      if (tree_.Field(args, f) != UINT32_MAX) graph.excluded.insert(tree_.Field(NodeId(tree_.Field(args, f)), ArgField::arg));
    graph.Statements(tree_.Items(def, FunctionDefField::body));
    ScopeInfo& own = function_scopes_.at(def_index);
    auto splittable = [&](uint32_t ident) {
      if (graph.excluded.count(ident)) return false;
      auto it = own.slot.find(ident);
      if (it == own.slot.end()) return false;
      return closure == nullptr || !closure->IsCell(it->second);
    };
    for (const Web& web : FindWebs(graph, splittable)) {
      if (web.primary) continue;
      uint32_t slot = static_cast<uint32_t>(own.locals.size());
      own.locals.push_back(IdentId(web.ident));
      for (NodeId n : web.nodes) web_bindings_[n.index] = {def_index, {NameBinding::Kind::Local, slot}};
    }
  }
}

void Analyzer::FindGlobalsToKeepWhole() {
  for (auto& [ident, globals] : split_globals_)
    for (uint32_t g : globals)
      if (program_->IsFinalizingGenerator(program_->globals[g].type)) {
        keep_whole_.push_back(ident);
        break;
      }
}

NameBinding Analyzer::ResolveName(NodeId name) {
  IdentId id = tree_.Ident(name, NameField::id);
  auto it = web_bindings_.find(name.index);
  if (it == web_bindings_.end()) return Resolve(id);
  uint32_t scope = Current().def.IsValid() ? (Current().IsExpressionGenerator(tree_) ? kNoScope : Current().def.index)
                                           : (Current().module == 0 ? kModuleScope : kNoScope);
  if (it->second.first != scope) return Resolve(id);
  // A comprehension's own variable of the same name is another variable.
  for (size_t i = outside_comprehensions_ ? 0 : comprehension_scopes_.size(); i-- > 0;)
    if (comprehension_scopes_[i].count(id.index)) return Resolve(id);
  return it->second.second;
}

}  // namespace keelback::analysis
