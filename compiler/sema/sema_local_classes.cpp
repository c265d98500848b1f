// Class statements other than at a module's top level: in a function, in
// another class's body, under an if or a try.
//
// Keelback compiles one class per class statement. CPython makes a new
// class object each time the statement runs, and what a program can observe
// of that (the identity of the class: isinstance() of an instance made by an
// earlier run, type(a) is type(b); class attributes, which each run starts
// afresh; the cells of the enclosing function that methods read) matches a
// single class exactly only while the statement runs at most once. So a
// class statement is compiled when it provably runs at most once in the
// whole run (RunsAtMostOnce): every def around it is called from exactly one
// place, in the scope that defines it and outside any loop. The methods of
// such a class read the enclosing functions' cells through a function object
// the class statement makes and keeps in a hidden global
// (Program::closure_globals).
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

namespace {

bool IsLoopOrComprehension(NodeKind k) {
  return k == NodeKind::For || k == NodeKind::AsyncFor || k == NodeKind::While || k == NodeKind::ListComp ||
         k == NodeKind::SetComp || k == NodeKind::DictComp || k == NodeKind::GeneratorExp;
}

}  // namespace

// One walk over every module (an explicit work list).
void Analyzer::FindScopeSites() {
  if (scope_sites_found_) return;
  scope_sites_found_ = true;
  struct Item {
    NodeId node;
    ScopeSite site;
    bool call_function;  // the func of a Call
  };
  std::vector<Item> work;
  for (const ProgramModule& module : program_->modules)
    for (NodeId s : tree_.Items(module.root, ModuleField::body)) work.push_back({s, {NodeId(), false}, false});
  auto use = [&](IdentId name) {
    if (name.IsValid()) ++name_uses_[name.index];
  };
  while (!work.empty()) {
    Item item = work.back();
    work.pop_back();
    NodeId n = item.node;
    NodeKind k = tree_.Kind(n);
    switch (k) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef: {
        scope_sites_[n.index] = item.site;
        use(tree_.Ident(n, FunctionDefField::name));
        if (!tree_.Items(n, FunctionDefField::decorator_list).empty()) decorated_defs_.insert(n.index);
        for (NodeId d : tree_.Items(n, FunctionDefField::decorator_list)) work.push_back({d, item.site, false});
        ForEachChild(tree_, tree_.Node(n, FunctionDefField::args), [&](NodeId c) { work.push_back({c, item.site, false}); });
        for (NodeId s : tree_.Items(n, FunctionDefField::body)) work.push_back({s, {n, false}, false});
        continue;
      }
      case NodeKind::Lambda:
        // A lambda may be called any number of times: its body is as a loop's.
        scope_sites_[n.index] = item.site;
        ForEachChild(tree_, tree_.Node(n, LambdaField::args), [&](NodeId c) { work.push_back({c, item.site, false}); });
        work.push_back({tree_.Node(n, LambdaField::body), {n, true}, false});
        continue;
      case NodeKind::ClassDef: {
        scope_sites_[n.index] = item.site;
        use(tree_.Ident(n, ClassDefField::name));
        for (uint32_t f : {ClassDefField::bases, ClassDefField::keywords, ClassDefField::decorator_list})
          for (NodeId c : tree_.Items(n, f)) work.push_back({c, item.site, false});
        for (NodeId s : tree_.Items(n, ClassDefField::body)) work.push_back({s, {n, false}, false});
        continue;
      }
      case NodeKind::Name:
        use(tree_.Ident(n, NameField::id));
        if (item.call_function) call_uses_[tree_.Field(n, NameField::id)] = {n, item.site};
        continue;
      case NodeKind::Attribute:
        use(tree_.Ident(n, AttributeField::attr));
        break;
      case NodeKind::Alias: {
        std::string_view full = tree_.Name(tree_.Ident(n, AliasField::name));
        use(tree_.Find(full.substr(full.rfind('.') == std::string_view::npos ? 0 : full.rfind('.') + 1)));
        use(tree_.Ident(n, AliasField::asname));
        continue;
      }
      case NodeKind::Global:
        for (uint32_t name : tree_.RawItems(tree_.List(n, GlobalField::names))) use(IdentId(name));
        continue;
      case NodeKind::Nonlocal:
        for (uint32_t name : tree_.RawItems(tree_.List(n, NonlocalField::names))) use(IdentId(name));
        continue;
      case NodeKind::Delete:
        for (NodeId t : tree_.Items(n, DeleteField::targets))
          if (tree_.Kind(t) == NodeKind::Attribute) deleted_attributes_.insert(tree_.Field(t, AttributeField::attr));
        break;
      case NodeKind::Call: {
        NodeId func = tree_.Node(n, CallField::func);
        work.push_back({func, item.site, true});
        for (NodeId a : tree_.Items(n, CallField::args)) work.push_back({a, item.site, false});
        for (NodeId a : tree_.Items(n, CallField::keywords)) work.push_back({a, item.site, false});
        continue;
      }
      default:
        break;
    }
    ScopeSite inner = item.site;
    if (IsLoopOrComprehension(k)) inner.in_loop = true;
    ForEachChild(tree_, n, [&](NodeId c) { work.push_back({c, inner, false}); });
  }
}

std::vector<NodeId> Analyzer::ClassStatements(uint32_t module) const {
  std::vector<NodeId> found;
  std::vector<NodeId> work;
  for (NodeId s : tree_.Items(program_->modules[module].root, ModuleField::body)) work.push_back(s);
  std::reverse(work.begin(), work.end());
  while (!work.empty()) {
    NodeId n = work.back();
    work.pop_back();
    if (tree_.Kind(n) == NodeKind::ClassDef) found.push_back(n);
    size_t mark = work.size();
    ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
    std::reverse(work.begin() + static_cast<std::ptrdiff_t>(mark), work.end());
  }
  return found;
}

bool Analyzer::RunsAtMostOnce(NodeId statement) const {
  for (NodeId s = statement; s.IsValid();) {
    auto site = scope_sites_.find(s.index);
    if (site == scope_sites_.end() || site->second.in_loop) return false;
    NodeKind k = tree_.Kind(s);
    if (k != NodeKind::ClassDef && s != statement) {
      // A def around the statement: called from one place, in its own scope,
      // outside loops; a method is not (it is called through attributes).
      if (k != NodeKind::FunctionDef || decorated_defs_.count(s.index)) return false;
      NodeId scope = site->second.scope;
      if (scope.IsValid() && tree_.Kind(scope) == NodeKind::ClassDef) return false;
      IdentId name = tree_.Ident(s, FunctionDefField::name);
      auto uses = name_uses_.find(name.index);
      auto call = call_uses_.find(name.index);
      // The def itself and the call: the name is used nowhere else.
      if (uses == name_uses_.end() || uses->second != 2 || call == call_uses_.end()) return false;
      if (call->second.second.scope != scope || call->second.second.in_loop) return false;
    }
    s = site->second.scope;
  }
  return true;
}

// A Name base: a class of the scope the statement is in (or of a function
// around it) defined before, else a module-level one.
int32_t Analyzer::BaseClassNamed(uint32_t module, NodeId scope, NodeId expr) const {
  if (tree_.Kind(expr) == NodeKind::Name) {
    IdentId name = tree_.Ident(expr, NameField::id);
    for (NodeId s = scope; s.IsValid();) {
      // A class body's names are seen by the statements of that body only.
      if (s == scope || tree_.Kind(s) != NodeKind::ClassDef) {
        int32_t found = -1;
        for (uint32_t c = 0; c < program_->classes.size(); ++c)
          if (program_->classes[c].scope == s && tree_.Ident(program_->classes[c].def, ClassDefField::name) == name)
            found = static_cast<int32_t>(c);
        if (found >= 0) return found;
        if (tree_.Kind(s) != NodeKind::ClassDef) {
          auto f = function_scopes_.find(s.index);
          if (f != function_scopes_.end() && f->second.slot.count(name.index)) return -1;  // another local
        }
      }
      auto site = scope_sites_.find(s.index);
      s = site == scope_sites_.end() ? NodeId() : site->second.scope;
    }
  }
  return ClassNamedBy(module, expr);
}

void Analyzer::SetClassQualifiedNames() {
  for (ClassInfo& info : program_->classes) {
    if (!info.scope.IsValid()) {
      info.qualname = info.name;
    } else if (tree_.Kind(info.scope) == NodeKind::ClassDef) {
      info.qualname = program_->classes[class_of_def_.at(info.scope.index)].qualname + "." + info.name;
    } else {
      info.qualname = QualifiedName(info.scope) + ".<locals>." + info.name;
    }
  }
}

void Analyzer::InferClassStatement(NodeId statement) {
  auto found = class_of_def_.find(statement.index);
  if (found == class_of_def_.end()) return;
  // The statement and the classes nested in its body, outer ones first.
  std::vector<NodeId> work{statement};
  while (!work.empty()) {
    NodeId s = work.back();
    work.pop_back();
    auto c = class_of_def_.find(s.index);
    if (c == class_of_def_.end()) continue;
    const ClassInfo& info = program_->classes[c->second];
    for (NodeId member : tree_.Items(s, ClassDefField::body)) {
      if (tree_.Kind(member) == NodeKind::ClassDef) work.push_back(member);
      if (tree_.Kind(member) != NodeKind::FunctionDef) continue;
      InferDefaults(member);
      if (auto g = program_->decorated_methods.find(member.index); g != program_->decorated_methods.end())
        SetGlobalType(g->second, InferDecorators(member, types().Get(TypeKind::Function, {}, member.index)), member);
    }
    for (NodeId member : tree_.Items(s, ClassDefField::body)) {
      NodeId target, value;
      if (!ClassBodyAssignment(tree_, member, target, value) || tree_.Kind(target) != NodeKind::Name) continue;
      auto it = info.attributes.find(tree_.Field(target, NameField::id));
      if (it == info.attributes.end()) continue;
      SetGlobalType(it->second, InferExpr(value), member);
    }
  }
  // The statement binds its name: a global at a module's level, else a
  // local (or a cell).
  TypeId t = types().Get(TypeKind::ClassObject, {}, found->second);
  IdentId name = tree_.Ident(statement, ClassDefField::name);
  if (!Current().def.IsValid()) {
    Current().names[statement.index] = {NameBinding::Kind::Global, GlobalIndex(name)};
    return;
  }
  NameBinding b = Resolve(name);
  Current().names[statement.index] = b;
  if (b.kind == NameBinding::Kind::Local) {
    SetLocalType(b.index, t, statement);
  } else if (b.kind == NameBinding::Kind::Free) {
    const ClosureInfo::Free& free = program_->ClosureOf(Current().def)->free[b.index];
    SetCellType(free.owner, free.name, t, statement);
  } else {
    Unsupported(statement, "a class statement binding a global or nonlocal name");
  }
}

}  // namespace keelback::analysis
