// Lowering: from the analysed syntax tree (one FunctionInstance at a time)
// to IR functions. Every Python operation is lowered according to the types
// sema inferred; a combination CPython rejects at run time (int + str) becomes
// a Raise of CPython's exception with CPython's message.
#include "ir/lowering.h"

#include <unordered_set>

#include "suggestions.h"

#include <algorithm>
#include <array>

namespace keelback::ir::lowering {

std::unique_ptr<Module> ModuleLowering::Lower() {
  const SyntaxTree& tree = *program_.tree;
  for (const ModuleGlobal& g : program_.globals)
    module_->globals.push_back({g.name.IsValid() ? std::string(tree.Name(g.name)) : "<started>", g.type});
  for (const ClassInfo& c : program_.classes) {
    ClassLayout layout;
    layout.name = c.name;
    if (c.qualname != c.name) layout.qualname = c.qualname;
    if (size_t m = tree.FileIndexOf(c.def); m != 0) layout.module = program_.modules[m].name;
    layout.base = c.base;
    layout.exception_base = c.exception_base;
    layout.is_exception = c.is_exception;
    layout.builtin_value = c.builtin_field >= 0;
    for (const ClassField& f : c.fields) layout.fields.push_back({std::string(tree.Name(f.name)), f.type, !f.always_set});
    if (c.repr_instance.IsValid()) layout.repr_function = static_cast<int32_t>(c.repr_instance.index);
    if (c.str_instance.IsValid()) layout.str_function = static_cast<int32_t>(c.str_instance.index);
    if (c.bool_instance.IsValid()) layout.bool_function = static_cast<int32_t>(c.bool_instance.index);
    if (c.len_instance.IsValid()) layout.len_function = static_cast<int32_t>(c.len_instance.index);
    if (c.hash_instance.IsValid()) layout.hash_function = static_cast<int32_t>(c.hash_instance.index);
    if (c.eq_instance.IsValid()) layout.eq_function = static_cast<int32_t>(c.eq_instance.index);
    if (c.int_instance.IsValid()) layout.int_function = static_cast<int32_t>(c.int_instance.index);
    if (c.float_instance.IsValid()) layout.float_function = static_cast<int32_t>(c.float_instance.index);
    layout.unhashable = c.unhashable;
    for (int i = 0; i < 4; ++i)
      if (c.order_instances[i].IsValid()) layout.order_functions[i] = static_cast<int32_t>(c.order_instances[i].index);
    module_->classes.push_back(std::move(layout));
  }
  // Function i is instance i; instance 0 is the module body.
  module_->functions.resize(program_.instances.size());
  for (size_t i = 0; i < program_.instances.size(); ++i) {
    const FunctionInstance& instance = program_.instances[i];
    Function& fn = module_->functions[i];
    fn.name = instance.name;
    fn.symbol = i == 0 ? "__kb_module_main" : "__kb_fn_" + instance.name + "." + std::to_string(i);
    fn.file = &tree.file(instance.def.IsValid() ? tree.FileIndexOf(instance.def) : instance.module);
    fn.param_types = instance.param_types;
    // A function that uses cells of enclosing functions gets its function
    // object (which holds them) as a trailing argument.
    if (instance.def.IsValid() && program_.TakesClosure(instance.def)) fn.param_types.push_back(program_.types.object());
    fn.return_type = instance.return_type;
    fn.counts_recursion = i != 0;
    if (instance.is_generator) {
      // The run-time library counts a generator's frame while it runs (kb_generator_next).
      fn.counts_recursion = false;
      fn.is_generator = true;
      fn.yield_type = instance.yield_type;
      fn.send_type = program_.SendTypeOf(instance.def);
      fn.is_builtin_iterator = tree.Kind(instance.def) == NodeKind::Call && instance.name != "generator";
    }
    const ClosureInfo* closure = instance.def.IsValid() ? program_.ClosureOf(instance.def) : nullptr;
    TypeId object = program_.types.object();
    TypeId cell_type = program_.types.Find(TypeKind::List, std::span<const TypeId>(&object, 1));
    for (size_t slot = 0; slot < instance.locals.size(); ++slot) {
      const LocalVariable& v = instance.locals[slot];
      // A cell variable's slot holds its cell.
      fn.local_types.push_back(closure != nullptr && closure->IsCell(static_cast<uint32_t>(slot)) ? cell_type : v.type);
      fn.local_names.emplace_back(v.name.IsValid() ? std::string(tree.Name(v.name)) : "$param");
    }
    FunctionLowering(*this, program_, instance, fn).Lower();
  }
  return std::move(module_);
}

InstId FunctionLowering::EmitList(Op op, TypeId type, const std::vector<InstId>& operands, uint32_t imm,
                                  uint32_t imm2) {
  Inst inst;
  inst.op = op;
  inst.type = type;
  inst.imm = imm;
  inst.imm2 = imm2;
  inst.operands_begin = static_cast<uint32_t>(fn_.operands.size());
  inst.operand_count = static_cast<uint32_t>(operands.size());
  inst.location = location_;
  fn_.operands.insert(fn_.operands.end(), operands.begin(), operands.end());
  InstId id(static_cast<uint32_t>(fn_.insts.size()));
  fn_.insts.push_back(inst);
  fn_.blocks[current_.index].insts.push_back(id);
  return id;
}

InstId FunctionLowering::Emit(Op op, TypeId type, std::initializer_list<InstId> operands, uint32_t imm, uint32_t imm2) {
  return EmitList(op, type, std::vector<InstId>(operands), imm, imm2);
}

bool FunctionLowering::Terminated() const {
  const Block& b = fn_.blocks[current_.index];
  if (b.insts.empty()) return false;
  Op last = fn_.insts[b.insts.back().index].op;
  return last == Op::Branch || last == Op::CondBranch || last == Op::Return || last == Op::Unreachable;
}

// Raises a built-in exception; the code after it is unreachable, so a
// placeholder value of an unknown type stands for the expression's result.
InstId FunctionLowering::RaiseError(const char* type, const std::string& message) {
  Emit(Op::Raise, types_.none(), {}, module_.StrConstant(type), module_.StrConstant(message));
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(NewBlock());
  return Emit(Op::ConstNone, types_.unknown(), {});
}

InstId FunctionLowering::RaiseInferredEmpty() {
  return RaiseError("SystemError", "an item was read from a container that Keelback inferred to be always empty");
}

void FunctionLowering::CheckInferredEmpty(InstId list, TypeId list_type) {
  BlockId fail = NewBlock(), ok = NewBlock();
  Emit(Op::CondBranch, types_.none(), {ToBool(list, list_type)}, fail.index, ok.index);
  SetBlock(fail);
  RaiseInferredEmpty();
  BranchTo(ok);
  SetBlock(ok);
}

namespace {

// The trailer for the closest of each candidate list in turn (CPython looks
// at a list only when the ones before it gave nothing, and at none longer
// than kMaxCandidates names).
std::string Suggestion(std::string_view name, std::initializer_list<std::vector<std::string_view>> lists) {
  for (const std::vector<std::string_view>& list : lists) {
    if (list.size() >= kb_suggestions::kMaxCandidates) continue;
    kb_suggestions::Suggester suggester(name);
    for (std::string_view candidate : list) suggester.Offer(candidate);
    if (suggester.found()) return "\x1f" + kb_suggestions::Trailer(suggester.best());
  }
  return std::string();
}

}  // namespace

std::string FunctionLowering::NameErrorMessage(IdentId name) const {
  std::string_view text = tree_.Name(name);
  // The function's local variables (a module has none: its names are
  // globals), not a comprehension's own.
  std::vector<std::string_view> locals;
  if (instance_.def.IsValid()) {
    std::unordered_set<uint32_t> comprehension;
    for (auto& [key, slot] : instance_.comprehension_slots) comprehension.insert(slot);
    for (uint32_t i = 0; i < instance_.locals.size(); ++i) {
      std::string_view local = tree_.Name(instance_.locals[i].name);
      if (!comprehension.count(i) && !local.empty() && local[0] != '$') locals.push_back(local);
    }
  }
  // The module's globals as a script's dict holds them: its dunders first.
  std::vector<std::string_view> globals{"__name__", "__doc__",         "__package__", "__loader__", "__spec__",
                                        "__annotations__", "__builtins__", "__file__", "__cached__"};
  for (const ModuleGlobal& g : program_.globals)
    if (g.in_namespace && g.module == instance_.module) globals.push_back(tree_.Name(g.name));
  static const std::vector<std::string_view> builtins{
#define PYTHON_BUILTIN(Name) #Name,
#include "python_names.def"
  };
  return "name '" + std::string(text) + "' is not defined" + Suggestion(text, {locals, globals, builtins});
}

std::string FunctionLowering::BuiltinNoAttributeMessage(const std::string& type_name, std::string_view name) const {
  static const std::pair<std::string_view, const char*> kAttributes[] = {
#define PYTHON_TYPE_ATTRIBUTES(Type, Names) {#Type, Names},
#include "python_names.def"
  };
  std::vector<std::string_view> names;
  for (auto& [type, list] : kAttributes)
    if (type == type_name) names = kb_suggestions::SplitNames(list);
  return "'" + type_name + "' object has no attribute '" + std::string(name) + "'" + Suggestion(name, {names});
}

std::string FunctionLowering::NoAttributeMessage(uint32_t class_index, std::string_view name) const {
  // dir() of the instance: an empty class's names and what the class and its
  // bases define, sorted.
  std::vector<std::string_view> names = kb_suggestions::SplitNames(
#define PYTHON_PLAIN_INSTANCE_ATTRIBUTES(Names) Names
#include "python_names.def"
  );
  for (int32_t c = static_cast<int32_t>(class_index); c >= 0; c = program_.classes[c].base) {
    const ClassInfo& info = program_.classes[c];
    for (size_t i = 0; i < info.fields.size(); ++i)
      if (static_cast<int32_t>(i) != info.builtin_field) names.push_back(tree_.Name(info.fields[i].name));
    for (auto* members : {&info.methods, &info.property_getters})
      for (auto& [ident, def] : *members) names.push_back(tree_.Name(IdentId(ident)));
    for (auto& [ident, global] : info.attributes) names.push_back(tree_.Name(IdentId(ident)));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return "'" + program_.classes[class_index].name + "' object has no attribute '" + std::string(name) + "'" +
         Suggestion(name, {names});
}

void FunctionLowering::RaiseErrorIf(InstId condition, const char* type, const std::string& message) {
  BlockId raise = NewBlock(), ok = NewBlock();
  Emit(Op::CondBranch, types_.none(), {condition}, raise.index, ok.index);
  SetBlock(raise);
  RaiseError(type, message);
  BranchTo(ok);
  SetBlock(ok);
}

void FunctionLowering::Lower() {
  SetBlock(NewBlock());
  closure_ = instance_.def.IsValid() ? program_.ClosureOf(instance_.def) : nullptr;
  uint32_t params = static_cast<uint32_t>(instance_.param_types.size());
  for (uint32_t i = 0; i < params; ++i) {
    InstId p = Emit(Op::Param, fn_.param_types[i], {}, i);
    if (IsCellSlot(i)) {
      InstId cell = EmitList(Op::ListNew, fn_.local_types[i], {});
      Emit(Op::CellSet, types_.none(), {cell, CoerceTo(p, fn_.param_types[i], types_.object())});
      Emit(Op::StoreLocal, types_.none(), {cell}, i);
    } else {
      Emit(Op::StoreLocal, types_.none(), {p}, i);
    }
  }
  if (fn_.param_types.size() > params) {
    closure_slot_ = NewTemp(types_.object(), "$closure");
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::Param, types_.object(), {}, params)}, closure_slot_);
  } else if (auto g = instance_.def.IsValid() ? program_.closure_globals.find(instance_.def.index) : program_.closure_globals.end();
             g != program_.closure_globals.end()) {
    // A method of a class defined in a function: the function object its
    // class statement made (sema_local_classes.cpp).
    closure_slot_ = NewTemp(types_.object(), "$closure");
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::LoadGlobal, types_.object(), {}, g->second)}, closure_slot_);
  }
  if (instance_.kwargs_slot >= 0) {
    // **kwargs read as a dict: made once from the keywords' tuple.
    uint32_t slot = static_cast<uint32_t>(instance_.kwargs_slot);
    TypeId tuple = fn_.local_types[slot];
    TypeId dict_type = instance_.kwargs_dict_type;
    kwargs_dict_slot_ = NewTemp(dict_type, "$kwargs");
    InstId dict = Emit(Op::DictNew, dict_type, {});
    InstId values = Emit(Op::LoadLocal, tuple, {}, slot);
    const std::vector<IdentId>& names = program_.keyword_signatures[types_[tuple].payload - 1];
    for (size_t j = 0; j < names.size(); ++j) {
      TypeId item_type = types_[tuple].params[j];
      InstId item = Emit(Op::TupleGetItem, item_type, {values}, static_cast<uint32_t>(j));
      InstId key = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(std::string(tree_.Name(names[j]))));
      Emit(Op::DictSetItem, types_.none(), {dict, key, CoerceTo(item, item_type, types_[dict_type].params[1])});
    }
    Emit(Op::StoreLocal, types_.none(), {dict}, kwargs_dict_slot_);
  }
  if (closure_ != nullptr)
    for (uint32_t slot : closure_->cell_slots)
      if (slot >= params) Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, fn_.local_types[slot], {})}, slot);
  std::span<const NodeId> body;
  if (instance_.IsExpressionGenerator(tree_)) {
    LowerGeneratorExpBody();
    return;
  }
  if (instance_.def.IsValid() && tree_.Kind(instance_.def) == NodeKind::Lambda) {
    NodeId value = tree_.Node(instance_.def, LambdaField::body);
    InstId result = LowerExpr(value);
    if (KindOf(fn_.return_type) == TypeKind::NoneType) Emit(Op::Return, types_.none(), {});
    else Emit(Op::Return, types_.none(), {CoerceTo(result, TypeOf(value), fn_.return_type)});
    return;
  }
  if (instance_.def.IsValid()) {
    body = tree_.Items(instance_.def, FunctionDefField::body);
  } else {
    const ProgramModule& module = program_.modules[instance_.module];
    body = tree_.Items(module.root, ModuleField::body);
    // The module's __name__.
    for (uint32_t g = 0; g < program_.globals.size(); ++g) {
      const ModuleGlobal& global = program_.globals[g];
      if (global.module == instance_.module && global.in_namespace && tree_.Name(global.name) == "__name__") {
        InstId name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(module.name));
        Emit(Op::StoreGlobal, types_.none(), {name}, g);
      }
    }
  }
  LowerBlock(body);
  if (!Terminated() && fn_.is_generator) {
    Emit(Op::Return, types_.none(), {});  // StopIteration with no value
  } else if (!Terminated()) {
    // Sema joined None into the return type if the end can be reached.
    TypeKind rk = KindOf(fn_.return_type);
    if (rk == TypeKind::NoneType || !instance_.def.IsValid()) Emit(Op::Return, types_.none(), {});
    else if (rk == TypeKind::Optional || rk == TypeKind::Object)
      Emit(Op::Return, types_.none(), {CoerceTo(Emit(Op::ConstNone, types_.none(), {}), types_.none(), fn_.return_type)});
    else Emit(Op::Unreachable, types_.none(), {});
  }
}

void FunctionLowering::LowerBlock(std::span<const NodeId> body) {
  for (NodeId s : body) {
    LowerStatement(s);
    if (instance_.static_dead_ends.count(s.index)) return;  // sema did not infer the rest
  }
}

// `del x`, `del x[i]`, `del x[a:b]`, `del d[k]` (sema allows lists and dicts only).
void FunctionLowering::LowerDelete(NodeId target) {
  if (tree_.Kind(target) == NodeKind::Name) {
    At(target);
    const NameBinding& b = instance_.names.at(target.index);
    Emit(b.kind == NameBinding::Kind::Local ? Op::DeleteLocal : Op::DeleteGlobal, types_.none(), {}, b.index);
    return;
  }
  if (tree_.Kind(target) == NodeKind::Attribute) {
    // del obj.x of a field (sema: a boxed one): AttributeError unless set.
    NodeId base = tree_.Node(target, AttributeField::value);
    TypeId base_type = TypeOf(base);
    InstId object = LowerExpr(base);
    At(target);
    if (auto deleter = instance_.call_targets.find(target.index); deleter != instance_.call_targets.end()) {
      Emit(Op::Call, program_[deleter->second].return_type, {object}, deleter->second.index);  // @x.deleter
      return;
    }
    const ClassInfo& info = program_.classes[types_[base_type].payload];
    IdentId attr = tree_.Ident(target, AttributeField::attr);
    uint32_t field = static_cast<uint32_t>(info.FieldIndex(attr));
    InstId unset = Emit(Op::BoolNot, types_.bool_(), {Emit(Op::FieldIsSet, types_.bool_(), {object}, field)});
    // A slot's descriptor names only the attribute.
    RaiseErrorIf(unset, "AttributeError",
                 info.slots_only ? std::string(tree_.Name(attr))
                                 : "'" + info.name + "' object has no attribute '" + std::string(tree_.Name(attr)) + "'");
    Emit(Op::ClearField, types_.none(), {object}, field);
    return;
  }
  if (tree_.Kind(target) != NodeKind::Subscript) {
    for (NodeId t : tree_.Items(target, TupleField::elts)) LowerDelete(t);
    return;
  }
  NodeId base = tree_.Node(target, SubscriptField::value), index = tree_.Node(target, SubscriptField::slice);
  InstId container = LowerExpr(base);
  TypeId base_type = TypeOf(base);
  if (tree_.Kind(index) == NodeKind::Slice) {
    auto bounds = LowerSliceBounds(index);
    At(target);
    Emit(Op::DelSlice, types_.none(), {container, bounds[0], bounds[1], bounds[2]});
    return;
  }
  InstId key = LowerExpr(index);
  At(target);
  if (KindOf(base_type) == TypeKind::Dict) {
    Emit(Op::DelItem, types_.none(), {container, CoerceTo(key, TypeOf(index), types_[base_type].params[0])});
  } else {
    Emit(Op::DelItem, types_.none(), {container, ToInt(key, TypeOf(index))});
  }
}

void FunctionLowering::LowerStatement(NodeId s) {
  if (Terminated()) SetBlock(NewBlock());  // code after return/break: unreachable but still well formed
  At(s);
  switch (tree_.Kind(s)) {
    case NodeKind::Expr: {
      NodeId value = tree_.Node(s, ExprField::value);
      if (tree_.Kind(value) == NodeKind::Constant) return;  // docstrings and other bare literals
      LowerExpr(value);
      return;
    }
    case NodeKind::Match:
      LowerMatch(s);
      return;
    case NodeKind::Import:
    case NodeKind::ImportFrom:
      if (auto steps = instance_.import_steps.find(s.index); steps != instance_.import_steps.end())
        LowerImportSteps(steps->second);
      return;
    case NodeKind::Delete:
      for (NodeId target : tree_.Items(s, DeleteField::targets)) LowerDelete(target);
      return;
    case NodeKind::Assign: {
      NodeId value = tree_.Node(s, AssignField::value);
      if (KindOf(TypeOf(value)) == TypeKind::Iterator) {
        // `a, b = zip(...)`: its items in a list, unpacked.
        InstId items = CollectItems(value);
        TypeId list_type = ListTypeOf(ItemTypeOf(TypeOf(value)));
        for (NodeId target : tree_.Items(s, AssignField::targets)) StoreTo(target, items, list_type);
        return;
      }
      InstId v = LowerExpr(value);
      for (NodeId target : tree_.Items(s, AssignField::targets)) StoreTo(target, v, TypeOf(value));
      if (program_.IsFinalizingGenerator(TypeOf(value))) HoldGenerator(s, v);
      return;
    }
    case NodeKind::AugAssign: {
      NodeId target = tree_.Node(s, AugAssignField::target);
      NodeId value = tree_.Node(s, AugAssignField::value);
      BinaryOp op = static_cast<BinaryOp>(tree_.Field(s, AugAssignField::op));
      if (tree_.Kind(target) == NodeKind::Attribute && instance_.names.count(target.index)) {
        // C.count op= v: a class attribute, in its module global.
        uint32_t g = instance_.names.at(target.index).index;
        TypeId slot_type = program_.globals[g].type;
        NodeId base = tree_.Node(target, AttributeField::value);
        if (KindOf(TypeOf(base)) != TypeKind::ClassObject) LowerExpr(base);
        At(target);
        InstId old = Emit(Op::LoadGlobal, TypeOf(target), {}, g);
        InstId r = LowerExpr(value);
        At(s);
        InstId result = LowerAugmented(op, old, TypeOf(target), r, TypeOf(value), TypeOf(s), s);
        Emit(Op::StoreGlobal, types_.none(), {CoerceTo(result, TypeOf(s), slot_type)}, g);
        return;
      }
      if (auto setter = instance_.augmented_setters.find(target.index); setter != instance_.augmented_setters.end()) {
        // obj.p op= v through a property, obj[i] op= v through __getitem__
        // and __setitem__: obj (and i) evaluated once.
        bool subscript = tree_.Kind(target) == NodeKind::Subscript;
        NodeId base = tree_.Node(target, subscript ? SubscriptField::value : AttributeField::value);
        InstId object = LowerExpr(base);
        std::vector<InstId> args{object};
        if (subscript) args.push_back(LowerExpr(tree_.Node(target, SubscriptField::slice)));
        At(target);
        InstId old = EmitList(Op::Call, TypeOf(target), args, instance_.call_targets.at(target.index).index);
        InstId r = LowerExpr(value);
        At(s);
        InstId result = LowerAugmented(op, old, TypeOf(target), r, TypeOf(value), TypeOf(s), s);
        const FunctionInstance& store = program_[setter->second];
        args.push_back(CoerceTo(result, TypeOf(s), store.param_types[args.size()]));
        EmitList(Op::Call, store.return_type, args, setter->second.index);
        return;
      }
      if (tree_.Kind(target) == NodeKind::Attribute) {
        // obj.f op= v evaluates obj once.
        NodeId base = tree_.Node(target, AttributeField::value);
        IdentId attr = tree_.Ident(target, AttributeField::attr);
        InstId object = ObjectOf(LowerExpr(base), TypeOf(base), attr);
        TypeId class_type = ClassTypeOf(TypeOf(base));
        const ClassInfo& info = program_.classes[types_[class_type].payload];
        int32_t field = info.FieldIndex(attr);
        At(target);
        if (field < 0) {
          RaiseError("AttributeError", "'" + info.name + "' object has no attribute '" + std::string(tree_.Name(attr)) + "'");
          return;
        }
        TypeId old_type = info.fields[field].type;
        InstId old;
        if (auto fallback = instance_.class_attribute_fallbacks.find(target.index);
            fallback != instance_.class_attribute_fallbacks.end()) {
          old_type = TypeOf(target);  // the field where set, else the class attribute
          old = LoadFieldOrClassAttribute(object, info, static_cast<uint32_t>(field), fallback->second, old_type);
        } else {
          old = Emit(Op::GetField, old_type, {object}, static_cast<uint32_t>(field));
        }
        InstId r = LowerExpr(value);
        At(s);
        InstId result = LowerAugmented(op, old, old_type, r, TypeOf(value), TypeOf(s), s);
        Emit(Op::SetField, types_.none(), {object, CoerceTo(result, TypeOf(s), info.fields[field].type)},
             static_cast<uint32_t>(field));
        return;
      }
      if (tree_.Kind(target) == NodeKind::Subscript) {
        // a[i] op= v evaluates a and i once.
        NodeId container = tree_.Node(target, SubscriptField::value);
        NodeId index = tree_.Node(target, SubscriptField::slice);
        InstId list = LowerExpr(container);
        if (KindOf(TypeOf(container)) == TypeKind::ByteArray) {
          InstId key = LowerExpr(index);
          At(target);
          InstId old = RuntimeCall("kb_bytearray_getitem", types_.int_(), {list, key});
          InstId r = LowerExpr(value);
          At(s);
          InstId result = LowerAugmented(op, old, types_.int_(), r, TypeOf(value), TypeOf(s), s);
          RuntimeCall("kb_bytearray_setitem", types_.none(), {list, key, result});
          return;
        }
        bool is_dict = KindOf(TypeOf(container)) == TypeKind::Dict;
        InstId i = is_dict ? LowerExpr(index) : ToInt(LowerExpr(index), TypeOf(index));
        At(target);
        TypeId element = types_[TypeOf(container)].params[is_dict ? 1 : 0];
        InstId old = is_dict ? LowerDictItemRead(target, list, i, TypeOf(container), element)
                             : Emit(Op::ListGetItem, element, {list, i});
        InstId r = LowerExpr(value);
        At(s);
        InstId result = LowerAugmented(op, old, element, r, TypeOf(value), TypeOf(s), s);
        Emit(is_dict ? Op::DictSetItem : Op::ListSetItem, types_.none(), {list, i, CoerceTo(result, TypeOf(s), element)});
        return;
      }
      InstId l = LowerName(target);
      InstId r = LowerExpr(value);
      At(s);
      InstId result = LowerAugmented(op, l, TypeOf(target), r, TypeOf(value), TypeOf(s), s);
      StoreTo(target, result, TypeOf(s));
      return;
    }
    case NodeKind::AnnAssign: {
      NodeId value = tree_.Node(s, AnnAssignField::value);
      if (value.IsValid()) StoreTo(tree_.Node(s, AnnAssignField::target), LowerExpr(value), TypeOf(value));
      return;
    }
    case NodeKind::If: LowerIf(s); return;
    case NodeKind::While: LowerWhile(s); return;
    case NodeKind::For: LowerFor(s); return;
    case NodeKind::Return: {
      NodeId value = tree_.Node(s, ReturnField::value);
      if (!value.IsValid()) {
        if (LeaveCleanups(0, 0)) Emit(Op::Return, types_.none(), {});
      } else {
        // The value is computed before the finally bodies run (they may change its variable).
        InstId v = LowerExpr(value);
        At(s);
        // A generator's return value becomes its StopIteration's, boxed.
        TypeId to = fn_.is_generator ? types_.object() : fn_.return_type;
        InstId result = CoerceTo(v, TypeOf(value), to);
        if (LeaveCleanups(0, 0)) Emit(Op::Return, types_.none(), {result});
      }
      return;
    }
    case NodeKind::Break:
    case NodeKind::Continue: {
      Loop loop = loops_.back();
      if (LeaveCleanups(FirstCleanupInLoop(), loop.active_catches))
        BranchTo(tree_.Kind(s) == NodeKind::Break ? loop.break_target : loop.continue_target);
      return;
    }
    case NodeKind::With:
      LowerWith(s);
      return;
    case NodeKind::Try:
      LowerTry(s);
      return;
    case NodeKind::Raise:
      LowerRaise(s);
      return;
    case NodeKind::Assert: {
      // assert test, msg: AssertionError(msg) when test is false (python -O is not a mode here).
      InstId ok = LowerCondition(tree_.Node(s, AssertField::test));
      BlockId fail = NewBlock(), pass = NewBlock();
      Emit(Op::CondBranch, types_.none(), {ok}, pass.index, fail.index);
      SetBlock(fail);
      NodeId msg = tree_.Node(s, AssertField::msg);
      std::vector<InstId> args;
      if (msg.IsValid()) args.push_back(LowerExpr(msg));
      At(s);
      InstId exc = EmitList(Op::NewException, types_.object(), args,
                            static_cast<uint32_t>(FindExceptionClass("AssertionError")));
      Emit(Op::RaiseValue, types_.none(), {exc});
      Emit(Op::Unreachable, types_.none(), {});
      SetBlock(pass);
      return;
    }
    case NodeKind::ClassDef:
      LowerClassStatement(s);
      return;
    case NodeKind::FunctionDef: {
      // def f: f = its function object, through its decorators (innermost first).
      auto it = instance_.names.find(s.index);
      if (it == instance_.names.end()) return;
      TypeId type;
      InstId value = LowerDecoratedFunction(s, type);
      if (!value.IsValid()) return;
      StoreVariable(it->second, value, type);
      return;
    }
    default:
      // Definitions, imports of native modules and declarations need no code.
      return;
  }
}

void FunctionLowering::StoreTo(NodeId target, InstId value, TypeId type) {
  At(target);
  switch (tree_.Kind(target)) {
    case NodeKind::MatchAs:    // a pattern's capture (its binding is under the pattern's node)
    case NodeKind::MatchStar:
    case NodeKind::MatchMapping:
    case NodeKind::Name: {
      auto it = instance_.names.find(target.index);
      if (it == instance_.names.end()) return;
      StoreVariable(it->second, value, type);
      return;
    }
    case NodeKind::Attribute: {
      NodeId base = tree_.Node(target, AttributeField::value);
      TypeId base_type = TypeOf(base);
      IdentId attr = tree_.Ident(target, AttributeField::attr);
      if (auto g = instance_.names.find(target.index); g != instance_.names.end()) {
        // A class attribute, in its module global.
        Emit(Op::StoreGlobal, types_.none(), {CoerceTo(value, type, program_.globals[g->second.index].type)},
             g->second.index);
        return;
      }
      InstId object = ObjectOf(LowerExpr(base), base_type, attr);
      At(target);
      // A base of no known type follows code that raised (an attribute
      // never set): nothing to store in dead code.
      if (KindOf(base_type) == TypeKind::Unknown) return;
      if (auto setter = instance_.call_targets.find(target.index); setter != instance_.call_targets.end()) {
        Emit(Op::Call, types_.none(), {object, value}, setter->second.index);
        return;
      }
      if (instance_.slot_violations.count(target.index)) {
        TypeId class_type = ClassTypeOf(base_type);
        RaiseError("AttributeError", "'" + program_.classes[types_[class_type].payload].name +
                                         "' object has no attribute '" + std::string(tree_.Name(attr)) + "'");
        return;
      }
      const ClassInfo& info = program_.classes[types_[TypeOf(base)].kind == TypeKind::Optional
                                                   ? types_[types_[base_type].params[0]].payload
                                                   : types_[base_type].payload];
      int32_t field = info.FieldIndex(attr);
      Emit(Op::SetField, types_.none(), {object, CoerceTo(value, type, info.fields[field].type)},
           static_cast<uint32_t>(field));
      return;
    }
    case NodeKind::Subscript: {
      NodeId container = tree_.Node(target, SubscriptField::value);
      NodeId index = tree_.Node(target, SubscriptField::slice);
      InstId list = LowerExpr(container);
      if (auto error = instance_.call_errors.find(target.index); error != instance_.call_errors.end()) {
        LowerExpr(index);
        At(target);
        RaiseError("TypeError", error->second);
        return;
      }
      if (auto setitem = instance_.call_targets.find(target.index); setitem != instance_.call_targets.end()) {
        InstId key = LowerExpr(index);
        At(target);
        Emit(Op::Call, types_.none(), {list, key, value}, setitem->second.index);
        return;
      }
      if (tree_.Kind(index) == NodeKind::Slice) {
        auto bounds = LowerSliceBounds(index);
        At(target);
        Emit(Op::ListSetSlice, types_.none(), {list, bounds[0], bounds[1], bounds[2], value});
        return;
      }
      if (KindOf(TypeOf(container)) == TypeKind::ByteArray) {
        InstId key = LowerExpr(index);
        At(target);
        RuntimeCall("kb_bytearray_setitem", types_.none(), {list, key, value});
        return;
      }
      if (KindOf(TypeOf(container)) == TypeKind::Dict) {
        InstId key = LowerExpr(index);
        At(target);
        const TypeInfo& d = types_[TypeOf(container)];
        Emit(Op::DictSetItem, types_.none(), {list, CoerceTo(key, TypeOf(index), d.params[0]), CoerceTo(value, type, d.params[1])});
        return;
      }
      InstId i = ToInt(LowerExpr(index), TypeOf(index));
      At(target);
      TypeId element = types_[TypeOf(container)].params[0];
      Emit(Op::ListSetItem, types_.none(), {list, i, CoerceTo(value, type, element)});
      return;
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      auto elts = tree_.Items(target, TupleField::elts);
      size_t star = elts.size();
      for (size_t i = 0; i < elts.size(); ++i)
        if (tree_.Kind(elts[i]) == NodeKind::Starred) star = i;
      if (star < elts.size()) {
        StoreStarred(target, star, value, type);
        return;
      }
      if (KindOf(type) == TypeKind::List) {
        At(target);
        Emit(Op::UnpackCheck, types_.none(), {value}, static_cast<uint32_t>(elts.size()));
        TypeId element = types_[type].params[0];
        for (uint32_t i = 0; i < elts.size(); ++i) {
          InstId index = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(i)));
          StoreTo(elts[i], Emit(Op::ListGetItem, element, {value, index}), element);
        }
        return;
      }
      if (KindOf(type) == TypeKind::Generator) {
        // As many items as targets, then none more (it is resumed once
        // beyond, as CPython's unpacking does); the targets are assigned after.
        At(target);
        size_t n = elts.size();
        TypeId element = types_[type].params[0];
        std::vector<InstId> items;
        for (size_t i = 0; i <= n; ++i) {
          BlockId more = NewBlock(), finished = NewBlock();
          Emit(Op::CondBranch, types_.none(), {Emit(Op::GeneratorNext, types_.bool_(), {value})}, more.index,
               finished.index);
          SetBlock(i < n ? finished : more);
          RaiseError("ValueError", i < n ? "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                               std::to_string(i) + ")"
                                         : "too many values to unpack (expected " + std::to_string(n) + ")");
          BranchTo(i < n ? more : finished);
          SetBlock(i < n ? more : finished);
          if (i < n) items.push_back(Emit(Op::GeneratorYielded, element, {value}));
        }
        for (size_t i = 0; i < n; ++i) StoreTo(elts[i], items[i], element);
        return;
      }
      TypeKind vk = KindOf(type);
      if (vk == TypeKind::Object || vk == TypeKind::Str || vk == TypeKind::Range || vk == TypeKind::Set ||
          vk == TypeKind::Dict || vk == TypeKind::Bytes || vk == TypeKind::ByteArray) {
        // Exactly as many items as targets, walked when it runs.
        At(target);
        TypeId object = types_.object();
        TypeId list_type = ListTypeOf(object);
        InstId n = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(elts.size())));
        InstId items = RuntimeCall("kb_object_unpack", list_type, {CoerceTo(value, type, object), n});
        TypeId element = ItemTypeOf(type);
        std::vector<InstId> values;
        for (uint32_t i = 0; i < elts.size(); ++i) {
          InstId index = Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(i)));
          InstId item = Emit(Op::ListGetItem, object, {items, index});
          values.push_back(KindOf(element) == TypeKind::Object ? item : Emit(Op::Unbox, element, {item}));
        }
        for (uint32_t i = 0; i < elts.size(); ++i) StoreTo(elts[i], values[i], element);
        return;
      }
      if (KindOf(type) != TypeKind::Tuple) return;  // code after a raise: never runs
      const TypeInfo& info = types_[type];
      if (info.params.size() != elts.size()) {
        At(target);
        size_t n = elts.size(), got = info.params.size();
        RaiseError("ValueError", got < n ? "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                               std::to_string(got) + ")"
                                         : "too many values to unpack (expected " + std::to_string(n) + ")");
        return;
      }
      for (uint32_t i = 0; i < elts.size(); ++i) {
        InstId item = Emit(Op::TupleGetItem, info.params[i], {value}, i);
        StoreTo(elts[i], item, info.params[i]);
      }
      return;
    }
    default:
      return;
  }
}

// `a, *b, c = value` (value a list, or a tuple of known length): the
// targets before and after the star take single items, the starred one a
// new list of those between.
void FunctionLowering::StoreStarred(NodeId target, size_t star, InstId value, TypeId type) {
  auto elts = tree_.Items(target, TupleField::elts);
  uint32_t before = static_cast<uint32_t>(star), after = static_cast<uint32_t>(elts.size() - star - 1);
  NodeId rest = tree_.Node(elts[star], StarredField::value);
  At(target);
  if (KindOf(type) != TypeKind::List && KindOf(type) != TypeKind::Tuple) {
    // Any other iterable: its items in a list of objects first.
    TypeId items = ListTypeOf(types_.object());
    value = RuntimeCall("kb_object_unpack_all", items, {CoerceTo(value, type, types_.object())});
    type = items;
  }
  if (KindOf(type) == TypeKind::List) {
    Emit(Op::UnpackCheck, types_.none(), {value}, before + after, 1);
    TypeId element = types_[type].params[0];
    auto constant = [&](int64_t n) { return Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant(std::to_string(n))); };
    // The items are read before any target is stored to, as CPython does.
    std::vector<InstId> items;
    for (uint32_t i = 0; i < before; ++i) items.push_back(Emit(Op::ListGetItem, element, {value, constant(i)}));
    InstId none = Emit(Op::ConstNone, types_.none(), {});
    InstId middle = Emit(Op::ListSlice, type, {value, constant(before), after ? constant(-int64_t{after}) : none, none});
    for (uint32_t i = 0; i < after; ++i)
      items.push_back(Emit(Op::ListGetItem, element, {value, constant(-int64_t{after} + i)}));
    for (uint32_t i = 0; i < before; ++i) StoreTo(elts[i], items[i], element);
    StoreTo(rest, middle, type);
    for (uint32_t i = 0; i < after; ++i) StoreTo(elts[star + 1 + i], items[before + i], element);
    return;
  }
  if (KindOf(type) != TypeKind::Tuple) return;  // code after a raise: never runs
  const TypeInfo& info = types_[type];
  uint32_t length = static_cast<uint32_t>(info.params.size());
  if (length < before + after) {
    RaiseError("ValueError", "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                 ", got " + std::to_string(length) + ")");
    return;
  }
  TypeId list = TypeOf(rest);
  TypeId element = types_[list].params[0];
  std::vector<InstId> middle;
  for (uint32_t i = before; i < length - after; ++i)
    middle.push_back(CoerceTo(Emit(Op::TupleGetItem, info.params[i], {value}, i), info.params[i], element));
  InstId rest_list = EmitList(Op::ListNew, list, middle);
  for (uint32_t i = 0; i < before; ++i) StoreTo(elts[i], Emit(Op::TupleGetItem, info.params[i], {value}, i), info.params[i]);
  StoreTo(rest, rest_list, list);
  for (uint32_t i = 0; i < after; ++i) {
    uint32_t k = length - after + i;
    StoreTo(elts[star + 1 + i], Emit(Op::TupleGetItem, info.params[k], {value}, k), info.params[k]);
  }
}

void FunctionLowering::LowerIf(NodeId s) {
  if (auto decided = instance_.static_branches.find(s.index); decided != instance_.static_branches.end()) {
    // isinstance() of a value whose type is exact: only the branch taken was inferred.
    LowerCondition(tree_.Node(s, IfField::test));
    LowerBlock(tree_.Items(s, decided->second ? IfField::body : IfField::orelse));
    return;
  }
  InstId cond = LowerCondition(tree_.Node(s, IfField::test));
  BlockId then_block = NewBlock(), else_block = NewBlock(), join = NewBlock();
  Emit(Op::CondBranch, types_.none(), {cond}, then_block.index, else_block.index);
  SetBlock(then_block);
  LowerBlock(tree_.Items(s, IfField::body));
  BranchTo(join);
  SetBlock(else_block);
  LowerBlock(tree_.Items(s, IfField::orelse));
  BranchTo(join);
  SetBlock(join);
}

void FunctionLowering::LowerWhile(NodeId s) {
  BlockId header = NewBlock(), body = NewBlock(), orelse = NewBlock(), exit = NewBlock();
  BranchTo(header);
  SetBlock(header);
  InstId cond = LowerCondition(tree_.Node(s, WhileField::test));
  Emit(Op::CondBranch, types_.none(), {cond}, body.index, orelse.index);
  SetBlock(body);
  loops_.push_back({header, exit, active_catches_});
  LowerBlock(tree_.Items(s, WhileField::body));
  loops_.pop_back();
  BranchTo(header);
  SetBlock(orelse);
  LowerBlock(tree_.Items(s, WhileField::orelse));
  BranchTo(exit);
  SetBlock(exit);
}

// for TARGET in ITER: BODY else: ORELSE, where ITER is range(...), a list,
// a str, or zip(...) / enumerate(...) of those. The iterable is evaluated
// once; a range's bounds are fixed when the loop starts; a sequence's length
// is read at each step, as CPython's iterators do. `body` runs with the
// target assigned; `orelse` when the loop ends without break.
void FunctionLowering::LowerFor(NodeId s) {
  LowerLoop(tree_.Node(s, ForField::iter), tree_.Node(s, ForField::target),
            [&] { LowerBlock(tree_.Items(s, ForField::body)); },
            [&] { LowerBlock(tree_.Items(s, ForField::orelse)); });
}

// try/except/else/finally. With a finally clause, the statement is lowered as
// `try: <try/except/else> finally: ...`: the finally body runs on the normal
// path, and on the exceptional one before the exception goes on unchanged.
void FunctionLowering::LowerTry(NodeId s) {
  auto finalbody = tree_.Items(s, TryField::finalbody);
  if (finalbody.empty()) {
    LowerTryExcept(s);
    return;
  }
  BlockId outer = current_handler_;
  uint32_t outer_catches = catches_in_try_;
  BlockId dispatch = NewBlock();  // raises here go to the outer handler
  // A return, break or continue inside runs the finally body on its way out.
  cleanups_.push_back({s, 0, TypeId(), InstanceId(), loops_.size(), active_catches_, outer, outer_catches});
  current_handler_ = dispatch;
  catches_in_try_ = 0;
  BlockId body = NewBlock();
  BranchTo(body);
  SetBlock(body);
  LowerTryExcept(s);
  cleanups_.pop_back();
  current_handler_ = outer;
  catches_in_try_ = outer_catches;
  BlockId after = NewBlock();
  BlockId normal = NewBlock();
  BranchTo(normal);
  SetBlock(normal);
  LowerBlock(finalbody);
  BranchTo(after);
  // The exceptional path: handle, run the finally body, raise again.
  SetBlock(dispatch);
  At(s);
  InstId exc = Emit(Op::CatchBegin, types_.object(), {});
  ++catches_in_try_;
  ++active_catches_;
  BlockId cleanup = NewBlock();
  BranchTo(cleanup);
  SetBlock(cleanup);
  LowerBlock(finalbody);
  if (!Terminated()) {  // else the finally body's return, break or continue dropped the exception
    At(s);
    Emit(Op::CatchEnd, types_.none(), {});
    Emit(Op::ReraiseKeep, types_.none(), {exc});
    Emit(Op::Unreachable, types_.none(), {});
  }
  --catches_in_try_;
  --active_catches_;
  SetBlock(after);
}

bool FunctionLowering::LeaveCleanups(size_t first, uint32_t catches) {
  BlockId saved_handler = current_handler_;
  uint32_t saved_catches = catches_in_try_, saved_active = active_catches_;
  for (size_t i = cleanups_.size(); i-- > first && !Terminated();) {
    Cleanup c = cleanups_[i];  // a copy: cleanups_ is cut below
    EndCatches(active_catches_ - c.active_catches);
    active_catches_ = c.active_catches;
    // An exception the cleanup raises leaves the statement: the handler around it catches it.
    current_handler_ = c.outer_handler;
    catches_in_try_ = c.outer_catches;
    BlockId exit = NewBlock();
    BranchTo(exit);
    SetBlock(exit);
    if (c.finalizes_generator) {
      Emit(Op::GeneratorFinalize, types_.none(), {Emit(Op::LoadLocal, c.manager_type, {}, c.manager_slot)});
      continue;
    }
    if (!c.finally_of.IsValid()) {
      CallWithExit(c);
      continue;
    }
    // The finally body runs outside its try: a return, break or continue in
    // it sees only the statements and loops around the try.
    std::vector<Cleanup> inner_cleanups(cleanups_.begin() + i, cleanups_.end());
    std::vector<Loop> inner_loops(loops_.begin() + c.loop_depth, loops_.end());
    cleanups_.resize(i);
    loops_.resize(c.loop_depth);
    LowerBlock(tree_.Items(c.finally_of, TryField::finalbody));
    cleanups_.insert(cleanups_.end(), inner_cleanups.begin(), inner_cleanups.end());
    loops_.insert(loops_.end(), inner_loops.begin(), inner_loops.end());
  }
  bool reaches = !Terminated();
  if (reaches) EndCatches(active_catches_ - catches);
  current_handler_ = saved_handler;
  catches_in_try_ = saved_catches;
  active_catches_ = saved_active;
  return reaches;
}

void FunctionLowering::LowerTryExcept(NodeId s) {
  auto handlers = tree_.Items(s, TryField::handlers);
  if (handlers.empty()) {  // try/finally: the body alone
    LowerBlock(tree_.Items(s, TryField::body));
    return;
  }
  BlockId outer = current_handler_;
  uint32_t outer_catches = catches_in_try_;
  BlockId dispatch = NewBlock();  // created under the outer handler: raises in it go there
  BlockId after = NewBlock();
  current_handler_ = dispatch;
  catches_in_try_ = 0;
  BlockId body = NewBlock();
  BranchTo(body);
  SetBlock(body);
  LowerBlock(tree_.Items(s, TryField::body));
  current_handler_ = outer;
  catches_in_try_ = outer_catches;
  // else: runs when the body raised nothing; its exceptions are not caught here.
  if (!Terminated()) {
    BlockId orelse = NewBlock();
    BranchTo(orelse);
    SetBlock(orelse);
    LowerBlock(tree_.Items(s, TryField::orelse));
    BranchTo(after);
  }
  // The handlers, tried in order.
  SetBlock(dispatch);
  At(s);
  InstId exc = Emit(Op::CatchBegin, types_.object(), {});
  for (NodeId h : handlers) {
    At(h);
    BlockId run = NewBlock(), next = NewBlock();
    NodeId type = tree_.Node(h, ExceptHandlerField::type);
    if (type.IsValid()) {
      for (NodeId c : TupleItemsOrSelf(tree_, type)) {
        bool user_class = KindOf(TypeOf(c)) == TypeKind::ClassObject;
        InstId matches = Emit(Op::ExceptionMatches, types_.bool_(), {exc}, types_[TypeOf(c)].payload, user_class ? 1 : 0);
        BlockId try_next = NewBlock();
        Emit(Op::CondBranch, types_.none(), {matches}, run.index, try_next.index);
        SetBlock(try_next);
      }
      BranchTo(next);
    } else {
      BranchTo(run);
    }
    // The except body: the exception is being handled until it ends.
    ++catches_in_try_;
    ++active_catches_;
    SetBlock(run);
    fn_.blocks[run.index].catches_to_end = catches_in_try_;
    // `except E as name`: the variable sema resolved.
    auto bound = instance_.names.find(h.index);
    bool binds = bound != instance_.names.end() && (bound->second.kind == NameBinding::Kind::Local ||
                                                    bound->second.kind == NameBinding::Kind::Global);
    if (binds)
      Emit(bound->second.kind == NameBinding::Kind::Local ? Op::StoreLocal : Op::StoreGlobal, types_.none(), {exc},
           bound->second.index);
    LowerBlock(tree_.Items(h, ExceptHandlerField::body));
    --catches_in_try_;
    --active_catches_;
    if (!Terminated()) {
      At(h);
      if (binds) {
        // CPython unbinds the name at the end of the clause (`e = None; del e`:
        // no error if the body deleted it already).
        if (bound->second.kind == NameBinding::Kind::Local)
          Emit(Op::DeleteLocal, types_.none(), {}, bound->second.index, 2);
        else
          Emit(Op::DeleteGlobal, types_.none(), {}, bound->second.index, 1);
      }
      Emit(Op::CatchEnd, types_.none(), {});
      BranchTo(after);
    }
    SetBlock(next);
  }
  // No clause matched: the exception goes on as it was.
  At(s);
  Emit(Op::CatchEnd, types_.none(), {});
  Emit(Op::ReraiseKeep, types_.none(), {exc});
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(after);
}

// raise / raise X / raise X from Y.
InstId FunctionLowering::LowerExceptionValue(NodeId n, NodeId at) {
  InstId v = LowerExpr(n);
  TypeId t = TypeOf(n);
  At(at);
  // `raise ValueError` raises ValueError().
  if (KindOf(t) == TypeKind::ExceptionClass) return EmitList(Op::NewException, types_.object(), {}, types_[t].payload);
  if (KindOf(t) == TypeKind::ClassObject) {
    // `raise C` of the program's exception class: C().
    TypeId instance_type = types_.Find(TypeKind::Class, {}, types_[t].payload);
    if (auto error = instance_.call_errors.find(n.index); error != instance_.call_errors.end()) {
      RaiseError("TypeError", error->second);  // __init__'s parameters without defaults
      return Emit(Op::ConstNone, types_.object(), {});
    }
    InstId object = Emit(Op::NewObject, instance_type, {}, types_[t].payload);
    if (auto init = instance_.call_targets.find(n.index); init != instance_.call_targets.end())
      Emit(Op::Call, types_.none(), {object}, init->second.index);
    return CoerceTo(object, instance_type, types_.object());
  }
  return CoerceTo(v, t, types_.object());
}

void FunctionLowering::LowerRaise(NodeId s) {
  NodeId exc = tree_.Node(s, RaiseField::exc);
  if (!exc.IsValid()) {
    Emit(Op::Reraise, types_.none(), {});
    Emit(Op::Unreachable, types_.none(), {});
    return;
  }
  auto instance = [&](NodeId n) { return LowerExceptionValue(n, s); };
  InstId value = instance(exc);
  NodeId cause = tree_.Node(s, RaiseField::cause);
  if (cause.IsValid()) {
    InstId c = instance(cause);
    Emit(Op::RaiseValue, types_.none(), {value, c});
  } else {
    Emit(Op::RaiseValue, types_.none(), {value});
  }
  Emit(Op::Unreachable, types_.none(), {});
}

}  // namespace keelback::ir::lowering

namespace keelback::ir {

std::unique_ptr<Module> Lower(const Program& program) { return lowering::ModuleLowering(program).Lower(); }

}  // namespace keelback::ir
