// Classes: their members, fields, methods, constructors and properties, and
// calls and attribute reads on objects dispatched over the program's classes.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

// The classes defined at a module's level, with their methods and bases.
// Fields are found during inference.
void Analyzer::CollectClasses(uint32_t module) {
  FindScopeSites();
  // (scope, name) -> class: a name defines one class per scope.
  std::unordered_map<uint64_t, uint32_t> class_by_name;
  std::vector<std::string> names;
  for (const ClassInfo& c : program_->classes) names.push_back(c.name);
  for (NodeId s : ClassStatements(module)) {
    IdentId name = tree_.Ident(s, ClassDefField::name);
    uint32_t index = static_cast<uint32_t>(program_->classes.size());
    ClassInfo info;
    info.def = s;
    info.name = std::string(tree_.Name(name));
    info.scope = scope_sites_.at(s.index).scope;
    uint64_t name_key = (uint64_t{info.scope.IsValid() ? info.scope.index + 1 : 0} << 32) | name.index;
    bool redefined = class_by_name.count(name_key) != 0;
    auto bases = tree_.Items(s, ClassDefField::bases);
    reporting_ = true;  // structural problems are reported once, here
    if (redefined) Unsupported(s, "redefining class '" + info.name + "'");
    if (!RunsAtMostOnce(s))
      Unsupported(s, "a class statement that can run more than once (in a loop, in a method, or in a function "
                     "called from more than one place or in a loop)");
    if (info.scope.IsValid() && tree_.Kind(info.scope) == NodeKind::AsyncFunctionDef)
      Unsupported(s, "a class statement in an async function");
    if (!tree_.Items(s, ClassDefField::keywords).empty()) Unsupported(s, "class keywords (metaclass=...)");
    if (!tree_.Items(s, ClassDefField::decorator_list).empty()) Unsupported(s, "class decorators");
    IdentId builtin_name;  // the hidden field's name: the built-in base's (never found by FieldIndex)
    for (size_t i = 0; i < bases.size(); ++i) {
      NodeId b = bases[i];
      int32_t base_class = BaseClassNamed(module, info.scope, b);
      int exception = tree_.Kind(b) == NodeKind::Name ? FindExceptionClass(tree_.Name(tree_.Ident(b, NameField::id))) : -1;
      bool is_object = tree_.Kind(b) == NodeKind::Name && tree_.Name(tree_.Ident(b, NameField::id)) == "object";
      if (base_class >= 0) {
        uint32_t base = static_cast<uint32_t>(base_class);
        if (std::find(info.bases.begin(), info.bases.end(), base) != info.bases.end() && info.definition_error.empty())
          info.definition_error = "duplicate base class " + program_->classes[base].name;
        info.bases.push_back(base);
        if (program_->classes[base].is_exception) {
          if (bases.size() > 1) Unsupported(b, "multiple inheritance with an exception class");
          info.is_exception = true;
        }
      } else if (exception >= 0 && bases.size() == 1) {
        info.exception_base = exception;
        info.is_exception = true;
      } else if (exception >= 0) {
        Unsupported(b, "multiple inheritance with an exception class");
      } else if (int32_t builtin = BuiltinBaseNamed(b); builtin >= 0 && bases.size() == 1) {
        info.builtin_base = builtin;  // (sema_builtin_bases.cpp)
        builtin_name = tree_.Ident(b, NameField::id);
      } else if (!is_object || i + 1 != bases.size()) {
        Unsupported(b, is_object ? "object as a base before other bases" : "this base class");
      }
    }
    if (!info.bases.empty()) info.base = static_cast<int32_t>(info.bases[0]);
    ComputeMro(info, index);
    for (uint32_t b : info.bases) {
      const ClassInfo& base = program_->classes[b];
      if (base.builtin_base < 0) continue;
      if (info.builtin_base >= 0 && info.builtin_base != base.builtin_base) {
        Unsupported(s, "a class with two built-in bases");
        continue;
      }
      info.builtin_base = base.builtin_base;
      builtin_name = base.fields[base.builtin_field].name;
    }
    if (info.builtin_base >= 0) {
      if (info.is_exception) Unsupported(s, "multiple inheritance with an exception class");
      info.fields.push_back({builtin_name, EmptyBuiltinValue(info.builtin_base), true});
      info.builtin_field = 0;
    }
    bool own_slots = false;
    for (NodeId member : tree_.Items(s, ClassDefField::body)) {
      if (tree_.Kind(member) == NodeKind::Assign && tree_.Items(member, AssignField::targets).size() == 1 &&
          tree_.Kind(tree_.Items(member, AssignField::targets)[0]) == NodeKind::Name &&
          tree_.Name(tree_.Ident(tree_.Items(member, AssignField::targets)[0], NameField::id)) == "__slots__")
        own_slots = true;
      CollectClassMember(info, index, member);
    }
    // __hash__ is None when the first class of the MRO that defines __hash__
    // or __eq__ defines only __eq__ (CPython sets __hash__ = None in the
    // body of a class that defines __eq__ alone).
    for (uint32_t c : info.mro) {
      const ClassInfo& k = c == index ? info : program_->classes[c];
      IdentId hash = tree_.Find("__hash__"), eq = tree_.Find("__eq__");
      if (k.hash_is_none || (eq.IsValid() && k.methods.count(eq.index) && !(hash.IsValid() && k.methods.count(hash.index)))) {
        info.unhashable = true;
        break;
      }
      if (hash.IsValid() && k.methods.count(hash.index)) break;
    }
    // A list, dict or set is unhashable: so is an instance of a subclass
    // unless a class of its MRO defines __hash__.
    if (info.builtin_base >= 0) {
      bool hashable = false;
      IdentId hash = tree_.Find("__hash__");
      for (uint32_t c : info.mro) {
        const ClassInfo& k = c == index ? info : program_->classes[c];
        if (k.hash_is_none) break;
        if (hash.IsValid() && k.methods.count(hash.index)) {
          hashable = true;
          break;
        }
      }
      if (!hashable) info.unhashable = true;
    }
    bool bases_slots_only = true;
    for (uint32_t b : info.bases) {
      const ClassInfo& base = program_->classes[b];
      info.slots.insert(base.slots.begin(), base.slots.end());
      bases_slots_only = bases_slots_only && base.slots_only;
    }
    // An instance has a __dict__ (and takes any attribute) unless every
    // class of its MRO declares __slots__.
    info.slots_only = own_slots && !info.is_exception && bases_slots_only;
    class_by_name[name_key] = index;
    class_of_def_[s.index] = index;
    names.push_back(info.name);
    NodeId scope = info.scope;
    program_->classes.push_back(std::move(info));
    TypeId class_object = types().Get(TypeKind::ClassObject, {}, index);
    if (!scope.IsValid()) {
      uint32_t g = GlobalIndex(module, name);
      program_->globals[g].type = class_object;
    } else if (tree_.Kind(scope) == NodeKind::ClassDef) {
      // A class nested in a class body: an attribute of the outer class
      // (Outer.Inner), in a hidden global as the other class attributes.
      ClassInfo& outer = program_->classes[class_of_def_.at(scope.index)];
      if (outer.methods.count(name.index) || outer.property_getters.count(name.index) ||
          outer.attributes.count(name.index))
        Unsupported(s, "redefining '" + std::string(tree_.Name(name)) + "' in a class body");
      uint32_t g = static_cast<uint32_t>(program_->globals.size());
      program_->globals.push_back({tree_.Ident(outer.def, ClassDefField::name), class_object, NodeId(), module, false});
      outer.attributes[name.index] = g;
    }
    // In a function, the class statement binds a local (InferClassStatement).
    reporting_ = false;
  }
  types().SetClassNames(names);
  for (uint32_t c = 0; c < program_->classes.size(); ++c) {
    NodeId init = FindMethod(c, tree_.Find("__init__"));
    if (init.IsValid()) always_set_fields_[c] = FieldsSetFirstInInit(init);
    for (uint32_t deleted : deleted_attributes_) always_set_fields_[c].erase(deleted);
  }
}

// C3 linearisation, as CPython's mro_internal: the class, then a merge of
// its bases' MROs and the list of bases, each step taking the first head
// that is in no list's tail.
void Analyzer::ComputeMro(ClassInfo& info, uint32_t index) {
  std::vector<std::vector<uint32_t>> lists;
  for (uint32_t b : info.bases) lists.push_back(program_->classes[b].mro);
  lists.push_back(info.bases);
  info.mro = {index};
  std::vector<size_t> next(lists.size(), 0);  // each list's head
  while (info.definition_error.empty()) {
    int64_t chosen = -1;
    bool remaining = false;
    for (size_t i = 0; i < lists.size() && chosen < 0; ++i) {
      if (next[i] >= lists[i].size()) continue;
      remaining = true;
      uint32_t head = lists[i][next[i]];
      bool in_tail = false;
      for (size_t j = 0; j < lists.size() && !in_tail; ++j)
        for (size_t k = next[j] + 1; k < lists[j].size() && !in_tail; ++k) in_tail = lists[j][k] == head;
      if (!in_tail) chosen = head;
    }
    if (!remaining) return;
    if (chosen < 0) {
      // CPython names the remaining heads, each once, in list order.
      std::vector<uint32_t> heads;
      for (size_t i = 0; i < lists.size(); ++i)
        if (next[i] < lists[i].size() && std::find(heads.begin(), heads.end(), lists[i][next[i]]) == heads.end())
          heads.push_back(lists[i][next[i]]);
      info.definition_error = "Cannot create a consistent method resolution\norder (MRO) for bases";
      for (size_t i = 0; i < heads.size(); ++i)
        info.definition_error += (i ? ", " : " ") + program_->classes[heads[i]].name;
      break;
    }
    info.mro.push_back(static_cast<uint32_t>(chosen));
    for (size_t i = 0; i < lists.size(); ++i)
      if (next[i] < lists[i].size() && lists[i][next[i]] == static_cast<uint32_t>(chosen)) ++next[i];
  }
  // The class statement raises: a depth-first order lets analysis go on.
  info.mro = {index};
  for (uint32_t b : info.bases)
    for (uint32_t c : program_->classes[b].mro)
      if (std::find(info.mro.begin(), info.mro.end(), c) == info.mro.end()) info.mro.push_back(c);
}

// One statement of a class body: a method, a method alias
// (`__rmul__ = __mul__`), a class attribute, __slots__ or a docstring.
void Analyzer::CollectClassMember(ClassInfo& info, uint32_t index, NodeId member) {
  switch (tree_.Kind(member)) {
    case NodeKind::FunctionDef: {
      IdentId name = tree_.Ident(member, FunctionDefField::name);
      std::string_view method = tree_.Name(name);
      auto decorators = tree_.Items(member, FunctionDefField::decorator_list);
      method_class_[member.index] = index;
      if (decorators.size() > 1) Unsupported(member, "methods with more than one decorator");
      if (!decorators.empty()) {
        NodeId d = decorators[0];
        std::string_view dname = tree_.Kind(d) == NodeKind::Name ? tree_.Name(tree_.Ident(d, NameField::id)) : "";
        if (dname == "staticmethod") {
          static_methods_.insert(member.index);
        } else if (dname == "classmethod") {
          if (tree_.Items(tree_.Node(member, FunctionDefField::args), ArgumentsField::args).empty())
            Unsupported(member, "a class method without a parameter for the class");
          class_methods_.insert(member.index);
        } else if (dname == "property") {
          if (tree_.Items(tree_.Node(member, FunctionDefField::args), ArgumentsField::args).size() != 1)
            Unsupported(member, "a property getter that takes other than one argument");
          info.property_getters[name.index] = member;
          return;
        } else if (tree_.Kind(d) == NodeKind::Attribute && tree_.Name(tree_.Ident(d, AttributeField::attr)) == "setter" &&
                   tree_.Kind(tree_.Node(d, AttributeField::value)) == NodeKind::Name &&
                   tree_.Ident(tree_.Node(d, AttributeField::value), NameField::id) == name &&
                   info.property_getters.count(name.index)) {
          if (tree_.Items(tree_.Node(member, FunctionDefField::args), ArgumentsField::args).size() != 2)
            Unsupported(member, "a property setter that takes other than two arguments");
          info.property_setters[name.index] = member;
          return;
        } else if (tree_.Kind(d) == NodeKind::Attribute && tree_.Name(tree_.Ident(d, AttributeField::attr)) == "deleter" &&
                   tree_.Kind(tree_.Node(d, AttributeField::value)) == NodeKind::Name &&
                   tree_.Ident(tree_.Node(d, AttributeField::value), NameField::id) == name &&
                   info.property_getters.count(name.index)) {
          if (tree_.Items(tree_.Node(member, FunctionDefField::args), ArgumentsField::args).size() != 1)
            Unsupported(member, "a property deleter that takes other than one argument");
          info.property_deleters[name.index] = member;
          return;
        } else if (tree_.Kind(d) == NodeKind::Name && method.substr(0, 2) == "__") {
          Unsupported(d, "a decorator on a special or private method");
        } else if (tree_.Kind(d) == NodeKind::Name) {
          // A function of the program: the method is what it returns
          // (sema_decorated_methods.cpp), kept in a hidden global.
          uint32_t g = static_cast<uint32_t>(program_->globals.size());
          program_->globals.push_back({name, types().unknown(), NodeId()});
          program_->decorated_methods[member.index] = g;
        } else {
          Unsupported(d, "this decorator (@staticmethod, @classmethod, @property, @x.setter and functions are supported)");
        }
      }
      // Special methods change what operators, print(), truth tests... do:
      // each needs its own support before a class may define it.
      if (method.size() > 4 && method.substr(0, 2) == "__" && method.substr(method.size() - 2) == "__" &&
          !IsSupportedSpecialMethod(method) && !IsOperatorMethod(method))
        Unsupported(member, "the special method " + std::string(method));
      if (IsSupportedSpecialMethod(method) && method != "__init__" &&
          (static_methods_.count(member.index) || class_methods_.count(member.index)))
        Unsupported(member, "a static special method");
      if (info.property_getters.count(name.index) || info.attributes.count(name.index))
        Unsupported(member, "redefining '" + std::string(method) + "' in a class body");
      info.methods[name.index] = member;
      return;
    }
    case NodeKind::Pass:
    case NodeKind::ClassDef:  // collected on its own, an attribute of this class
      return;
    case NodeKind::AnnAssign:
      // `name: T` alone binds nothing (CPython records the annotation only).
      if (!tree_.Node(member, AnnAssignField::value).IsValid() &&
          tree_.Kind(tree_.Node(member, AnnAssignField::target)) == NodeKind::Name)
        return;
      [[fallthrough]];
    case NodeKind::Assign: {
      NodeId target, value;
      if (!ClassBodyAssignment(tree_, member, target, value) || tree_.Kind(target) != NodeKind::Name) break;
      IdentId name = tree_.Ident(target, NameField::id);
      std::string_view text = tree_.Name(name);
      // `__rmul__ = __mul__`: another name for a method defined above.
      if (tree_.Kind(value) == NodeKind::Name) {
        auto it = info.methods.find(tree_.Field(value, NameField::id));
        if (it != info.methods.end() && (IsOperatorMethod(text) || text.substr(0, 2) != "__")) {
          info.methods[name.index] = it->second;
          return;
        }
      }
      if (text == "__hash__" && tree_.Kind(value) == NodeKind::Constant &&
          tree_.GetConstant(ConstantId(tree_.Field(value, ConstantField::value))).kind == Constant::Kind::None) {
        info.hash_is_none = true;  // instances are unhashable
        return;
      }
      if (text == "__match_args__") {
        // A tuple of string literals: the attributes positional sub-patterns read.
        if (tree_.Kind(value) != NodeKind::Tuple) break;
        for (NodeId x : tree_.Items(value, TupleField::elts)) {
          if (tree_.Kind(x) != NodeKind::Constant ||
              tree_.GetConstant(ConstantId(tree_.Field(x, ConstantField::value))).kind != Constant::Kind::Str) {
            Unsupported(value, "__match_args__ other than a tuple of string literals");
            return;
          }
          info.match_args.push_back(tree_.Find(tree_.GetConstant(ConstantId(tree_.Field(x, ConstantField::value))).text));
        }
        info.has_match_args = true;
        return;
      }
      if (text.substr(0, 2) == "__" && text != "__slots__") break;
      if (info.methods.count(name.index) || info.property_getters.count(name.index) || info.attributes.count(name.index)) {
        Unsupported(member, "redefining '" + std::string(text) + "' in a class body");
        return;
      }
      if (text == "__slots__") {
        std::vector<NodeId> items;
        NodeKind vk = tree_.Kind(value);
        if (vk == NodeKind::Tuple || vk == NodeKind::List) {
          for (NodeId x : tree_.Items(value, TupleField::elts)) items.push_back(x);
        } else {
          items.push_back(value);
        }
        for (NodeId x : items) {
          if (tree_.Kind(x) != NodeKind::Constant ||
              tree_.GetConstant(ConstantId(tree_.Field(x, ConstantField::value))).kind != Constant::Kind::Str) {
            Unsupported(value, "__slots__ other than a tuple or list of string literals");
            return;
          }
          IdentId slot = tree_.Find(tree_.GetConstant(ConstantId(tree_.Field(x, ConstantField::value))).text);
          // A slot never assigned anywhere needs no field.
          if (slot.IsValid()) info.slots.insert(slot.index);
        }
      }
      // The value is evaluated in the class's scope: a name it mentions
      // must not be one the class body binds.
      std::vector<NodeId> work{value};
      while (!work.empty()) {
        NodeId n = work.back();
        work.pop_back();
        NodeKind k = tree_.Kind(n);
        if (k == NodeKind::Lambda || k == NodeKind::ListComp || k == NodeKind::GeneratorExp || k == NodeKind::DictComp ||
            k == NodeKind::SetComp) {
          Unsupported(n, "this expression in a class body");
          return;
        }
        bool nested_class = false;
        if (k == NodeKind::Name)
          for (NodeId c : tree_.Items(info.def, ClassDefField::body))
            nested_class = nested_class || (tree_.Kind(c) == NodeKind::ClassDef &&
                                            tree_.Field(c, ClassDefField::name) == tree_.Field(n, NameField::id));
        if (k == NodeKind::Name && (info.attributes.count(tree_.Field(n, NameField::id)) ||
                                    info.methods.count(tree_.Field(n, NameField::id)) || nested_class)) {
          Unsupported(n, "a class attribute defined from another name of the class body");
          return;
        }
        ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
      }
      // Named after the class: read before the class statement has run, it
      // raises NameError for the class's name, as C.x does in CPython.
      uint32_t g = static_cast<uint32_t>(program_->globals.size());
      program_->globals.push_back(
          {tree_.Ident(info.def, ClassDefField::name), types().unknown(), NodeId(), ModuleOf(info.def), false});
      info.attributes[name.index] = g;
      return;
    }
    case NodeKind::Expr:
      if (tree_.Kind(tree_.Node(member, ExprField::value)) == NodeKind::Constant) return;  // a docstring
      break;
    default:
      break;
  }
  Unsupported(member, "this statement in a class body");
}

int32_t Analyzer::ClassAttributeGlobal(uint32_t class_index, IdentId name) const {
  for (uint32_t c : program_->classes[class_index].mro) {
    auto it = program_->classes[c].attributes.find(name.index);
    if (it != program_->classes[c].attributes.end()) return static_cast<int32_t>(it->second);
  }
  return -1;
}

NodeId Analyzer::FindProperty(uint32_t class_index, IdentId name, bool setter) const {
  for (uint32_t c : program_->classes[class_index].mro) {
    const ClassInfo& info = program_->classes[c];
    auto& map = setter ? info.property_setters : info.property_getters;
    auto it = map.find(name.index);
    if (it != map.end()) return it->second;
    if (info.property_getters.count(name.index)) return NodeId();  // a getter without a setter here
  }
  return NodeId();
}

void Analyzer::InstantiateSpecialMethods(uint32_t class_index) {
  ClassInfo& info = program_->classes[class_index];
  std::pair<const char*, InstanceId ClassInfo::*> specials[] = {
      {"__repr__", &ClassInfo::repr_instance}, {"__str__", &ClassInfo::str_instance},
      {"__len__", &ClassInfo::len_instance},   {"__bool__", &ClassInfo::bool_instance},
      {"__iter__", &ClassInfo::iter_instance}, {"__next__", &ClassInfo::next_instance},
      {"__int__", &ClassInfo::int_instance},   {"__float__", &ClassInfo::float_instance}};
  for (auto& [name, slot] : specials) {
    NodeId method = FindMethod(class_index, tree_.Find(name));
    if (!method.IsValid()) continue;
    if (tree_.Items(tree_.Node(method, FunctionDefField::args), ArgumentsField::args).size() != 1) {
      Unsupported(method, std::string(name) + " taking other than one argument");
      continue;
    }
    InstanceId target = Instantiate(method, {types().ClassInstance(class_index)});
    program_->classes[class_index].*slot = target;
  }
  if (!info.unhashable) {
    NodeId hash = FindMethod(class_index, tree_.Find("__hash__"));
    if (hash.IsValid()) {
      if (tree_.Items(tree_.Node(hash, FunctionDefField::args), ArgumentsField::args).size() != 1)
        Unsupported(hash, "__hash__ taking other than one argument");
      else
        program_->classes[class_index].hash_instance = Instantiate(hash, {types().ClassInstance(class_index)});
    }
  }
  // Dicts, sets and comparisons of boxed values pass the other operand as
  // an object.
  static constexpr const char* kBinarySlots[] = {"__eq__", "__lt__", "__le__", "__gt__", "__ge__"};
  for (int i = 0; i < 5; ++i) {
    NodeId method = FindMethod(class_index, tree_.Find(kBinarySlots[i]));
    if (!method.IsValid()) continue;
    if (tree_.Items(tree_.Node(method, FunctionDefField::args), ArgumentsField::args).size() != 2) {
      Unsupported(method, std::string(kBinarySlots[i]) + " taking other than two arguments");
      continue;
    }
    InstanceId target = Instantiate(method, {types().ClassInstance(class_index), types().object()});
    if (i == 0) program_->classes[class_index].eq_instance = target;
    else program_->classes[class_index].order_instances[i - 1] = target;
  }
}

// The fields __init__ assigns before anything can observe the object: its
// leading statements of the form `self.f = expr`, where expr neither calls
// anything nor mentions self.
std::unordered_set<uint32_t> Analyzer::FieldsSetFirstInInit(NodeId init) {
  std::unordered_set<uint32_t> set;
  auto params = tree_.Items(tree_.Node(init, FunctionDefField::args), ArgumentsField::args);
  if (params.empty()) return set;
  IdentId self = tree_.Ident(params[0], ArgField::arg);
  for (NodeId s : tree_.Items(init, FunctionDefField::body)) {
    if (tree_.Kind(s) == NodeKind::Expr && tree_.Kind(tree_.Node(s, ExprField::value)) == NodeKind::Constant) continue;
    if (tree_.Kind(s) != NodeKind::Assign) break;
    auto targets = tree_.Items(s, AssignField::targets);
    bool simple = true;
    for (NodeId t : targets) {
      simple = simple && tree_.Kind(t) == NodeKind::Attribute &&
               tree_.Kind(tree_.Node(t, AttributeField::value)) == NodeKind::Name &&
               tree_.Ident(tree_.Node(t, AttributeField::value), NameField::id) == self;
    }
    std::vector<NodeId> work{tree_.Node(s, AssignField::value)};
    while (simple && !work.empty()) {
      NodeId n = work.back();
      work.pop_back();
      NodeKind k = tree_.Kind(n);
      if (k == NodeKind::Call || k == NodeKind::Lambda || k == NodeKind::ListComp || k == NodeKind::GeneratorExp ||
          (k == NodeKind::Name && tree_.Ident(n, NameField::id) == self))
        simple = false;
      ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
    }
    if (!simple) break;
    for (NodeId t : targets) set.insert(tree_.Field(t, AttributeField::attr));
  }
  return set;
}

NodeId Analyzer::FindMethod(uint32_t class_index, IdentId name, uint32_t after) const {
  if (!name.IsValid()) return NodeId();
  const std::vector<uint32_t>& mro = program_->classes[class_index].mro;
  size_t start = 0;
  if (after != UINT32_MAX) start = std::find(mro.begin(), mro.end(), after) - mro.begin() + 1;
  for (size_t i = start; i < mro.size(); ++i) {
    const ClassInfo& info = program_->classes[mro[i]];
    auto it = info.methods.find(name.index);
    if (it != info.methods.end()) return it->second;
  }
  return NodeId();
}

void Analyzer::AssignField(uint32_t class_index, IdentId name, TypeId type, NodeId at) {
  ClassInfo& info = program_->classes[class_index];
  int32_t field = info.FieldIndex(name);
  if (field < 0) {
    bool always = always_set_fields_[class_index].count(name.index) != 0;
    info.fields.push_back({name, type, always});
    changed_ = true;
    return;
  }
  TypeId old = info.fields[field].type;
  TypeId joined = Join(old, type, at, "attribute '" + std::string(tree_.Name(name)) + "'");
  if (joined != old) {
    program_->classes[class_index].fields[field].type = joined;
    changed_ = true;
  }
}

int32_t Analyzer::ClassOfValue(TypeId t) const {
  const TypeTable& table = program_->types;
  if (table.Kind(t) == TypeKind::Optional) t = table[t].params[0];
  if (table.Kind(t) != TypeKind::Class) return -1;
  return static_cast<int32_t>(table[t].payload);
}

// obj.method(args): the method found in obj's class or its bases,
// instantiated for (obj's class, argument types...).
TypeId Analyzer::InferMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args) {
  TypeId base = Current().expr_types[tree_.Node(attribute, AttributeField::value).index];
  uint32_t cls = static_cast<uint32_t>(ClassOfValue(base));
  IdentId name = tree_.Ident(attribute, AttributeField::attr);
  Record(attribute, types().unknown());
  NodeId method = FindMethod(cls, name);
  std::vector<TypeId> arg_types{types().ClassInstance(cls)};
  if (!method.IsValid()) {
    InferArguments(args, arg_types);
    if (program_->classes[cls].FieldIndex(name) >= 0 || ClassAttributeGlobal(cls, name) >= 0 ||
        FindProperty(cls, name, false).IsValid())
      Unsupported(call, "calling a value stored in an attribute");
    return types().unknown();  // AttributeError at run time
  }
  if (ClassAttributeGlobal(cls, name) >= 0 || FindProperty(cls, name, false).IsValid())
    Unsupported(call, "a name that is both a class attribute and a method or property");
  if (auto g = program_->decorated_methods.find(method.index); g != program_->decorated_methods.end())
    return InferDecoratedMethodCall(call, g->second, arg_types[0]);
  bool is_static = static_methods_.count(method.index) != 0;
  if (is_static) {
    Current().receiverless_calls.insert(call.index);
    arg_types.clear();
  }
  if (class_methods_.count(method.index)) {
    // obj.create(...): the class method receives obj's class.
    Current().receiverless_calls.insert(call.index);
    arg_types = {types().Get(TypeKind::ClassObject, {}, cls)};
    Current().class_arguments[call.index] = arg_types[0];
  }
  bool known = true;
  if (!BindCall(call, method, !is_static, arg_types, known) || !known) return types().unknown();
  InstanceId target = Instantiate(method, arg_types);
  Current().call_targets[call.index] = target;
  RefineArgumentsFilledByCallee(call, target, arg_types.size());
  return program_->instances[target.index].return_type;
}

TypeId Analyzer::InferSuperCall(NodeId call, NodeId attribute) {
  Record(attribute, types().unknown());
  IdentId name = tree_.Ident(attribute, AttributeField::attr);
  auto owner = Current().def.IsValid() ? method_class_.find(Current().def.index) : method_class_.end();
  if (owner == method_class_.end() || Current().param_types.empty() || static_methods_.count(Current().def.index)) {
    Unsupported(call, "super() outside a method");
    return types().unknown();
  }
  // The method after the defining class in the MRO of self's class (known
  // from self's type: a Class type is exact).
  TypeId self_type = Current().param_types[0];
  int32_t self_class = types().Kind(self_type) == TypeKind::ClassObject ? static_cast<int32_t>(types()[self_type].payload)
                                                                         : ClassOfValue(self_type);
  if (self_class < 0) {
    if (types().Kind(self_type) != TypeKind::Unknown) Unsupported(call, "super() in a method called with this first argument");
    return types().unknown();
  }
  NodeId method = FindMethod(static_cast<uint32_t>(self_class), name, owner->second);
  if (!method.IsValid() && tree_.Name(name) == "__init__" && program_->classes[self_class].is_exception &&
      types().Kind(self_type) == TypeKind::Class && tree_.Items(call, CallField::keywords).empty()) {
    // BaseException.__init__(self, *args): the args tuple, items boxed.
    std::vector<TypeId> items;
    for (NodeId a : tree_.Items(call, CallField::args)) items.push_back(InferExpr(a));
    types().Get(TypeKind::Tuple, items);
    Current().exception_init_calls.insert(call.index);
    return types().none();
  }
  if (!method.IsValid() && tree_.Name(name) == "__init__" && tree_.Items(call, CallField::args).empty() &&
      tree_.Items(call, CallField::keywords).empty()) {
    Current().super_calls.insert(call.index);  // object.__init__(self): nothing to do
    return types().none();
  }
  if (!method.IsValid()) {
    Unsupported(call, "'super' object has no attribute '" + std::string(tree_.Name(name)) + "'");
    return types().unknown();
  }
  if (program_->decorated_methods.count(method.index)) {
    Unsupported(call, "calling a decorated method through super()");
    return types().unknown();
  }
  bool is_static = static_methods_.count(method.index) != 0;
  std::vector<TypeId> arg_types;
  TypeId first = Current().param_types[0];
  if (class_methods_.count(method.index) && types().Kind(first) != TypeKind::ClassObject) {
    // super().create() in an instance method: the class of self.
    first = types().Get(TypeKind::ClassObject, {}, static_cast<uint32_t>(self_class));
    Current().receiverless_calls.insert(call.index);
    Current().class_arguments[call.index] = first;
    arg_types.push_back(first);
  } else if (is_static) {
    Current().receiverless_calls.insert(call.index);
  } else {
    Current().super_calls.insert(call.index);
    arg_types.push_back(Current().param_types[0]);
  }
  bool known = true;
  if (!BindCall(call, method, !is_static, arg_types, known) || !known) return types().unknown();
  InstanceId target = Instantiate(method, arg_types);
  Current().call_targets[call.index] = target;
  RefineArgumentsFilledByCallee(call, target, arg_types.size());
  return program_->instances[target.index].return_type;
}

TypeId Analyzer::InferClassMethodCall(NodeId call, NodeId attribute, uint32_t class_index) {
  Record(attribute, types().unknown());
  IdentId name = tree_.Ident(attribute, AttributeField::attr);
  NodeId method = FindMethod(class_index, name);
  if (!method.IsValid()) {
    Unsupported(call, "calling '" + std::string(tree_.Name(name)) + "' of a class");
    return types().unknown();
  }
  if (program_->decorated_methods.count(method.index)) {
    Unsupported(call, "calling a decorated method through its class");
    return types().unknown();
  }
  Current().receiverless_calls.insert(call.index);
  std::vector<TypeId> arg_types;
  bool is_class_method = class_methods_.count(method.index) != 0;
  if (is_class_method) {
    // C.create(...): the class method receives C (a subclass's name gives the subclass).
    arg_types.push_back(types().Get(TypeKind::ClassObject, {}, class_index));
    Current().class_arguments[call.index] = arg_types[0];
  }
  bool known = true;
  if (!BindCall(call, method, is_class_method, arg_types, known) || !known) return types().unknown();
  InstanceId target = Instantiate(method, arg_types);
  Current().call_targets[call.index] = target;
  return program_->instances[target.index].return_type;
}

// obj.method(args) where obj is an `object`: one case per class whose
// instances have the method, each instantiated for (that class, the argument
// types); the result is the join of their results.
TypeId Analyzer::InferDynamicMethodCall(NodeId call, NodeId attribute, std::span<const NodeId> args) {
  IdentId name = tree_.Ident(attribute, AttributeField::attr);
  Record(attribute, types().unknown());
  std::vector<DynamicCase> cases;
  TypeId result = types().unknown();
  bool known = true;
  for (uint32_t c = 0; c < program_->classes.size(); ++c) {
    NodeId method = FindMethod(c, name);
    if (!method.IsValid()) continue;
    if (program_->decorated_methods.count(method.index)) {
      Unsupported(call, "calling a decorated method on a value of type object");
      return types().unknown();
    }
    if (class_methods_.count(method.index)) {
      Unsupported(call, "calling a class method on a value of type object");
      return types().unknown();
    }
    std::vector<TypeId> arg_types{types().ClassInstance(c)};
    bool case_known = true;
    if (!BindCall(call, method, true, arg_types, case_known)) return types().unknown();
    DynamicCase dynamic{c, arg_types[0], InstanceId(), -1, Current().call_bindings[call.index]};
    if (case_known) {
      dynamic.target = Instantiate(method, arg_types);
      result = Join(result, program_->instances[dynamic.target.index].return_type, call,
                    "the result of ." + std::string(tree_.Name(name)) + "()");
    } else {
      known = false;
    }
    cases.push_back(std::move(dynamic));
  }
  Current().call_bindings.erase(call.index);
  // A str's method, when the object is a str at run time.
  if (int method = FindStrMethod(tree_.Name(name)); method >= 0) {
    if (!tree_.Items(call, CallField::keywords).empty())
      Unsupported(call, "keyword arguments to a str method of a value of several types");
    TypeId str_result = InferStrMethodCall(call, attribute, args);
    if (types().Kind(str_result) == TypeKind::Unknown) known = false;
    result = Join(result, str_result, call, "the result of ." + std::string(tree_.Name(name)) + "()");
    DynamicCase dynamic{DynamicCase::kBuiltinType, types().str(), InstanceId(), -1, {}};
    dynamic.str_method = method;
    dynamic.result = str_result;
    cases.push_back(std::move(dynamic));
  }
  if (cases.empty()) {
    std::vector<TypeId> arg_types;
    InferArguments(args, arg_types);
    Unsupported(call, "calling method '" + std::string(tree_.Name(name)) +
                          "' of a value of type object (neither str nor a class of the program defines it)");
    return types().unknown();
  }
  Current().dynamic_cases[call.index] = std::move(cases);
  return known ? result : types().unknown();
}

// obj.attr where obj is an `object`: one case per class whose instances have
// the field; the value is the join of the fields' types.
TypeId Analyzer::InferDynamicAttribute(NodeId e, IdentId name) {
  std::vector<DynamicCase> cases;
  TypeId result = types().unknown();
  if (AnyClassDefines("__getattr__")) {
    Unsupported(e, "an attribute of a value of type object when a class of the program defines __getattr__");
    return types().unknown();
  }
  for (uint32_t c = 0; c < program_->classes.size(); ++c) {
    const ClassInfo& info = program_->classes[c];
    int32_t field = info.FieldIndex(name);
    if (field < 0) continue;
    if (info.is_exception && tree_.Name(name) == "args") {
      Unsupported(e, "a field named 'args' in an exception class");
      continue;
    }
    result = Join(result, info.fields[field].type, e, "attribute '" + std::string(tree_.Name(name)) + "'");
    cases.push_back(DynamicCase{c, types().ClassInstance(c), InstanceId(), field, {}});
  }
  // Any exception's args (a caught exception is an object).
  if (tree_.Name(name) == "args") {
    result = Join(result, types().object(), e, "attribute 'args'");
    cases.push_back(DynamicCase{DynamicCase::kExceptionArgs, types().object(), InstanceId(), -1, {}});
  }
  if (cases.empty()) {
    Unsupported(e, "attribute '" + std::string(tree_.Name(name)) +
                       "' of a value of type object (no class of the program has it)");
    return types().unknown();
  }
  Current().dynamic_cases[e.index] = std::move(cases);
  return result;
}

// C(args): a new instance, initialised by the __init__ found in C or its bases.
TypeId Analyzer::InferConstructorCall(NodeId call, uint32_t class_index, std::span<const NodeId> args) {
  Current().constructed_classes[call.index] = class_index;
  InstantiateSpecialMethods(class_index);
  TypeId instance = types().ClassInstance(class_index);
  std::vector<TypeId> arg_types{instance};
  NodeId init = FindMethod(class_index, tree_.Find("__init__"));
  if (!init.IsValid()) {
    InferArguments(args, arg_types);
    // An exception keeps its constructor's arguments in its args tuple.
    bool exception = program_->classes[class_index].is_exception;
    if ((!args.empty() && !exception) || !tree_.Items(call, CallField::keywords).empty())
      Unsupported(call, "arguments to a class without __init__");
    if (exception) types().Get(TypeKind::Tuple, std::span<const TypeId>(arg_types).subspan(1));
    return instance;
  }
  if (program_->classes[class_index].is_exception) {
    std::vector<TypeId> positional;
    for (NodeId a : args) positional.push_back(InferExpr(a));
    types().Get(TypeKind::Tuple, positional);
  }
  bool known = true;
  if (BindCall(call, init, true, arg_types, known) && known) Current().call_targets[call.index] = Instantiate(init, arg_types);
  return instance;
}

}  // namespace keelback::analysis

namespace keelback {

bool IsSubclass(const Program& program, TypeId sub, TypeId base) {
  const TypeTable& types = program.types;
  TypeKind sk = types.Kind(sub), bk = types.Kind(base);
  if (sk == TypeKind::ClassObject && bk == TypeKind::ClassObject) {
    for (uint32_t c : program.classes[types[sub].payload].mro)
      if (c == types[base].payload) return true;
    return false;
  }
  if (bk != TypeKind::ExceptionClass) return false;  // a built-in exception is no subclass of the program's classes
  int32_t exception = -1;
  if (sk == TypeKind::ExceptionClass) {
    exception = static_cast<int32_t>(types[sub].payload);
  } else {
    int32_t c = static_cast<int32_t>(types[sub].payload);
    while (program.classes[c].base >= 0) c = program.classes[c].base;
    exception = program.classes[c].exception_base;
  }
  for (; exception >= 0; exception = ExceptionClassBase(static_cast<uint32_t>(exception)))
    if (static_cast<uint32_t>(exception) == types[base].payload) return true;
  return false;
}

}  // namespace keelback
