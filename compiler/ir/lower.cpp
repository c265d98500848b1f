// Lowering: from the analysed syntax tree (one FunctionInstance at a time)
// to IR functions. Every Python operation is lowered according to the types
// sema inferred; a combination CPython rejects at run time (int + str) becomes
// a Raise of CPython's exception with CPython's message.
#include <algorithm>
#include <array>
#include <functional>
#include <map>

#include "ir/ir.h"

namespace keelback::ir {
namespace {

class ModuleLowering;

class FunctionLowering {
 public:
  FunctionLowering(ModuleLowering& module, const Program& program, const FunctionInstance& instance, Function& fn)
      : module_(module), program_(program), tree_(*program.tree), types_(program.types), instance_(instance), fn_(fn) {}

  void Lower();

 private:
  // --- building
  InstId Emit(Op op, TypeId type, std::initializer_list<InstId> operands, uint32_t imm = 0, uint32_t imm2 = 0);
  InstId EmitList(Op op, TypeId type, const std::vector<InstId>& operands, uint32_t imm = 0, uint32_t imm2 = 0);
  BlockId NewBlock() {
    fn_.blocks.emplace_back();
    fn_.blocks.back().handler = current_handler_;
    fn_.blocks.back().catches_to_end = catches_in_try_;
    return BlockId(static_cast<uint32_t>(fn_.blocks.size() - 1));
  }
  void LowerTry(NodeId s);
  void LowerTryExcept(NodeId s);
  void LowerRaise(NodeId s);
  // Ends the catches of the except bodies a return, break or continue leaves.
  void EndCatches(uint32_t count) {
    for (uint32_t i = 0; i < count; ++i) Emit(Op::CatchEnd, types_.none(), {});
  }
  BlockId current_handler_;       // the dispatch block of the innermost try being lowered
  uint32_t catches_in_try_ = 0;   // except bodies entered since that try
  uint32_t active_catches_ = 0;   // except bodies entered in this function
  void SetBlock(BlockId b) { current_ = b; }
  bool Terminated() const;
  void BranchTo(BlockId target) {
    if (!Terminated()) Emit(Op::Branch, types_.none(), {}, target.index);
  }
  uint32_t NewTemp(TypeId type, const char* name) {
    fn_.local_types.push_back(type);
    fn_.local_names.push_back(name);
    return static_cast<uint32_t>(fn_.local_types.size() - 1);
  }
  InstId RaiseError(const char* type, const std::string& message);
  TypeId TypeOf(NodeId e) const { return program_.TypeOf(instance_, e); }
  TypeKind KindOf(TypeId t) const { return types_.Kind(t); }
  void At(NodeId n) { location_ = tree_[n].begin; }

  // --- statements
  void LowerBlock(std::span<const NodeId> body);
  void LowerStatement(NodeId s);
  void LowerFor(NodeId s);
  void LowerLoop(NodeId iter, NodeId target, const std::function<void()>& body, const std::function<void()>& orelse);
  void LowerReversedLoop(NodeId iter, NodeId target, const std::function<void()>& body,
                         const std::function<void()>& orelse);
  // len() and item i of a sequence a loop walks by index, of type kind: a
  // list, a str, or what ObjectIterable made of an object, set or tuple
  // (whose items are boxed; a set's or tuple's are unboxed to `element`).
  InstId SequenceLength(TypeKind kind, InstId sequence);
  InstId SequenceItem(TypeKind kind, TypeId element, InstId sequence, InstId index);
  // The type of the items a loop over a value of type `iterable` gets.
  TypeId ItemTypeOf(TypeId iterable) const;
  InstId LowerListComp(NodeId e);
  // A comprehension's items (ListComp, SetComp, GeneratorExp) into a new list of `type`.
  InstId LowerComprehension(NodeId e, TypeId type);
  // Runs `each(item, its type)` for each item a comprehension makes, as it makes it.
  void LowerComprehensionItems(NodeId e, const std::function<void(InstId, TypeId)>& each);
  // Whether range(...)'s arguments give a step of 1 or -1 (a literal, or none).
  bool IsUnitStep(std::span<const NodeId> range_args) const {
    if (range_args.size() < 3) return true;
    NodeId step = range_args[2];
    if (tree_.Kind(step) == NodeKind::UnaryOp && static_cast<UnaryOp>(tree_.Field(step, UnaryOpField::op)) == UnaryOp::USub)
      step = tree_.Node(step, UnaryOpField::operand);
    if (tree_.Kind(step) != NodeKind::Constant) return false;
    const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(step, ConstantField::value)));
    return c.kind == Constant::Kind::Int && c.text == "1";
  }
  // Sorts the list in slot `list` as sorted()'s keywords say (key=, reverse=).
  void LowerSort(NodeId call, uint32_t list, TypeId list_type);
  // A slice's lower, upper and step, each an int or None.
  std::array<InstId, 3> LowerSliceBounds(NodeId slice) {
    std::array<InstId, 3> bounds;
    uint32_t fields[3] = {SliceField::lower, SliceField::upper, SliceField::step};
    for (int k = 0; k < 3; ++k) {
      NodeId part = tree_.Node(slice, fields[k]);
      bounds[k] = part.IsValid() ? ToInt(LowerExpr(part), TypeOf(part)) : Emit(Op::ConstNone, types_.none(), {});
    }
    return bounds;
  }
  // The item the innermost loop being lowered assigns, for loops without a target.
  InstId loop_item_;
  void LowerWhile(NodeId s);
  void LowerIf(NodeId s);
  void StoreTo(NodeId target, InstId value, TypeId type);

  // --- expressions
  InstId LowerExpr(NodeId e);
  InstId LowerCondition(NodeId e);  // a bool
  InstId ToBool(InstId v, TypeId type);
  InstId ToFloat(InstId v, TypeId type);
  InstId ToInt(InstId v, TypeId type);
  // `at` (a BinOp or AugAssign) names the node whose operator method sema
  // may have chosen (a.__add__(b)).
  InstId LowerBinary(BinaryOp op, InstId l, TypeId lt, InstId r, TypeId rt, TypeId result, NodeId at = NodeId());
  // The call of an operator method sema chose for node `at`, if any.
  InstId OperatorCall(NodeId at, InstId a, InstId b, TypeId result) {
    auto it = instance_.call_targets.find(at.index);
    if (!at.IsValid() || it == instance_.call_targets.end()) return InstId();
    bool reflected = instance_.reflected_operators.count(at.index) != 0;
    std::vector<InstId> args{reflected ? b : a};
    if (b.IsValid()) args.push_back(reflected ? a : b);
    return EmitList(Op::Call, result, args, it->second.index);
  }
  InstId LowerCompare(CmpOp op, InstId l, TypeId lt, InstId r, TypeId rt);
  InstId LowerCompareChain(NodeId e);
  InstId LowerBoolOp(NodeId e);
  InstId LowerIfExp(NodeId e);
  InstId LowerCall(NodeId e);
  InstId LowerBuiltinCall(NodeId e, BuiltinFunction f);
  InstId LowerName(NodeId e);
  InstId CoerceTo(InstId v, TypeId from, TypeId to);
  void StoreSlot(uint32_t slot, InstId v, TypeId type) {
    Emit(Op::StoreLocal, types_.none(), {CoerceTo(v, type, fn_.local_types[slot])}, slot);
  }
  InstId LowerAttribute(NodeId e);
  InstId ObjectOf(InstId v, TypeId type, IdentId attr);
  InstId CheckedLength(InstId n);  // v as a Class value (None checked)
  // list[element], which sema has made whenever lowering needs it.
  TypeId ListTypeOf(TypeId element) const { return types_.Find(TypeKind::List, std::span<const TypeId>(&element, 1)); }
  TypeId ClassTypeOf(TypeId t) const { return KindOf(t) == TypeKind::Optional ? types_[t].params[0] : t; }
  InstId LowerMethodCall(NodeId e);
  InstId LowerDynamic(NodeId e, NodeId receiver);
  InstId LowerSetMethodCall(NodeId e);
  void LowerDelete(NodeId target);
  void UnwrapOptionalNumbers(InstId& l, TypeId& lt, InstId& r, TypeId& rt,
                             const std::function<void(InstId, InstId)>& raise);
  // A call's argument expressions, evaluated in the order written (by node).
  std::unordered_map<uint32_t, InstId> LowerCallArguments(NodeId call);
  // The arguments each parameter receives, from those values (a default is lowered here).
  std::vector<InstId> BindArguments(const std::unordered_map<uint32_t, InstId>& values, std::span<const NodeId> bound,
                                    NodeId call);
  // The call's arguments in the callee's parameter order (see
  // FunctionInstance::call_bindings), evaluated in the order written.
  std::vector<InstId> LowerBoundArguments(NodeId call);
  InstId LowerListMethodCall(NodeId e);
  InstId LowerConstructorCall(NodeId e, uint32_t class_index);

  struct Loop {
    BlockId continue_target;
    BlockId break_target;
    uint32_t active_catches = 0;  // at the loop's start
  };

  ModuleLowering& module_;
  const Program& program_;
  const SyntaxTree& tree_;
  const TypeTable& types_;
  const FunctionInstance& instance_;
  Function& fn_;
  BlockId current_;
  std::vector<Loop> loops_;
  SourceOffset location_ = 0;
};

class ModuleLowering {
 public:
  explicit ModuleLowering(const Program& program) : program_(program), module_(std::make_unique<Module>()) {
    module_->file = &program.tree->file();
    module_->types = &program.types;
  }

  std::unique_ptr<Module> Lower();

  uint32_t IntConstant(const std::string& text) { return Intern(int_index_, module_->int_constants, text); }
  uint32_t StrConstant(const std::string& text) { return Intern(str_index_, module_->str_constants, text); }
  uint32_t FloatConstant(double x) {
    module_->float_constants.push_back(x);
    return static_cast<uint32_t>(module_->float_constants.size() - 1);
  }

 private:
  template <typename T>
  uint32_t Intern(std::map<T, uint32_t>& index, std::vector<T>& table, const T& value) {
    auto [it, inserted] = index.try_emplace(value, static_cast<uint32_t>(table.size()));
    if (inserted) table.push_back(value);
    return it->second;
  }

  const Program& program_;
  std::unique_ptr<Module> module_;
  std::map<std::string, uint32_t> int_index_, str_index_;
};

std::unique_ptr<Module> ModuleLowering::Lower() {
  const SyntaxTree& tree = *program_.tree;
  for (const ModuleGlobal& g : program_.globals) module_->globals.push_back({std::string(tree.Name(g.name)), g.type});
  for (const ClassInfo& c : program_.classes) {
    ClassLayout layout;
    layout.name = c.name;
    layout.base = c.base;
    layout.exception_base = c.exception_base;
    layout.is_exception = c.is_exception;
    for (const ClassField& f : c.fields) layout.fields.push_back({std::string(tree.Name(f.name)), f.type, !f.always_set});
    if (c.repr_instance.IsValid()) layout.repr_function = static_cast<int32_t>(c.repr_instance.index);
    if (c.str_instance.IsValid()) layout.str_function = static_cast<int32_t>(c.str_instance.index);
    if (c.bool_instance.IsValid()) layout.bool_function = static_cast<int32_t>(c.bool_instance.index);
    if (c.len_instance.IsValid()) layout.len_function = static_cast<int32_t>(c.len_instance.index);
    module_->classes.push_back(std::move(layout));
  }
  // Function i is instance i; instance 0 is the module body.
  module_->functions.resize(program_.instances.size());
  for (size_t i = 0; i < program_.instances.size(); ++i) {
    const FunctionInstance& instance = program_.instances[i];
    Function& fn = module_->functions[i];
    fn.name = instance.name;
    fn.symbol = i == 0 ? "__kb_module_main" : "__kb_fn_" + instance.name + "." + std::to_string(i);
    fn.param_types = instance.param_types;
    fn.return_type = instance.return_type;
    fn.counts_recursion = i != 0;
    for (const LocalVariable& v : instance.locals) {
      fn.local_types.push_back(v.type);
      fn.local_names.emplace_back(tree.Name(v.name));
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

void FunctionLowering::Lower() {
  SetBlock(NewBlock());
  for (uint32_t i = 0; i < fn_.param_types.size(); ++i) {
    InstId p = Emit(Op::Param, fn_.param_types[i], {}, i);
    Emit(Op::StoreLocal, types_.none(), {p}, i);
  }
  std::span<const NodeId> body;
  if (instance_.def.IsValid()) {
    body = tree_.Items(instance_.def, FunctionDefField::body);
  } else {
    body = tree_.Items(tree_.root(), ModuleField::body);
    // The main module's __name__.
    for (uint32_t g = 0; g < program_.globals.size(); ++g) {
      if (tree_.Name(program_.globals[g].name) == "__name__") {
        InstId name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant("__main__"));
        Emit(Op::StoreGlobal, types_.none(), {name}, g);
      }
    }
  }
  LowerBlock(body);
  if (!Terminated()) {
    // Sema joined None into the return type if the end can be reached.
    TypeKind rk = KindOf(fn_.return_type);
    if (rk == TypeKind::NoneType || !instance_.def.IsValid()) Emit(Op::Return, types_.none(), {});
    else if (rk == TypeKind::Optional || rk == TypeKind::Object)
      Emit(Op::Return, types_.none(), {CoerceTo(Emit(Op::ConstNone, types_.none(), {}), types_.none(), fn_.return_type)});
    else Emit(Op::Unreachable, types_.none(), {});
  }
}

void FunctionLowering::LowerBlock(std::span<const NodeId> body) {
  for (NodeId s : body) LowerStatement(s);
}

// `del x[i]`, `del x[a:b]`, `del d[k]` (sema allows lists and dicts only).
void FunctionLowering::LowerDelete(NodeId target) {
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
    case NodeKind::Delete:
      for (NodeId target : tree_.Items(s, DeleteField::targets)) LowerDelete(target);
      return;
    case NodeKind::Assign: {
      NodeId value = tree_.Node(s, AssignField::value);
      InstId v = LowerExpr(value);
      for (NodeId target : tree_.Items(s, AssignField::targets)) StoreTo(target, v, TypeOf(value));
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
        InstId result = LowerBinary(op, old, TypeOf(target), r, TypeOf(value), TypeOf(s), s);
        Emit(Op::StoreGlobal, types_.none(), {CoerceTo(result, TypeOf(s), slot_type)}, g);
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
        InstId old = Emit(Op::GetField, info.fields[field].type, {object}, static_cast<uint32_t>(field));
        InstId r = LowerExpr(value);
        At(s);
        InstId result = LowerBinary(op, old, info.fields[field].type, r, TypeOf(value), TypeOf(s), s);
        Emit(Op::SetField, types_.none(), {object, CoerceTo(result, TypeOf(s), info.fields[field].type)},
             static_cast<uint32_t>(field));
        return;
      }
      if (tree_.Kind(target) == NodeKind::Subscript) {
        // a[i] op= v evaluates a and i once.
        NodeId container = tree_.Node(target, SubscriptField::value);
        NodeId index = tree_.Node(target, SubscriptField::slice);
        InstId list = LowerExpr(container);
        bool is_dict = KindOf(TypeOf(container)) == TypeKind::Dict;
        InstId i = is_dict ? LowerExpr(index) : ToInt(LowerExpr(index), TypeOf(index));
        At(target);
        TypeId element = types_[TypeOf(container)].params[is_dict ? 1 : 0];
        InstId old = Emit(is_dict ? Op::DictGetItem : Op::ListGetItem, element, {list, i});
        InstId r = LowerExpr(value);
        At(s);
        InstId result = LowerBinary(op, old, element, r, TypeOf(value), TypeOf(s), s);
        Emit(is_dict ? Op::DictSetItem : Op::ListSetItem, types_.none(), {list, i, CoerceTo(result, TypeOf(s), element)});
        return;
      }
      InstId l = LowerName(target);
      InstId r = LowerExpr(value);
      At(s);
      InstId result = LowerBinary(op, l, TypeOf(target), r, TypeOf(value), TypeOf(s), s);
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
        EndCatches(active_catches_);
        Emit(Op::Return, types_.none(), {});
      } else {
        InstId v = LowerExpr(value);
        At(s);
        EndCatches(active_catches_);
        Emit(Op::Return, types_.none(), {CoerceTo(v, TypeOf(value), fn_.return_type)});
      }
      return;
    }
    case NodeKind::Break:
      EndCatches(active_catches_ - loops_.back().active_catches);
      BranchTo(loops_.back().break_target);
      return;
    case NodeKind::Continue:
      EndCatches(active_catches_ - loops_.back().active_catches);
      BranchTo(loops_.back().continue_target);
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
      // The class attributes' values, in the order written; the class (and
      // so each attribute) exists only once the whole body has run.
      for (const ClassInfo& info : program_.classes) {
        if (info.def != s) continue;
        std::vector<std::pair<uint32_t, InstId>> stores;
        for (NodeId member : tree_.Items(s, ClassDefField::body)) {
          if (tree_.Kind(member) != NodeKind::Assign) continue;
          NodeId target = tree_.Items(member, AssignField::targets)[0];
          if (tree_.Kind(target) != NodeKind::Name) continue;
          auto it = info.attributes.find(tree_.Field(target, NameField::id));
          if (it == info.attributes.end()) continue;
          NodeId value = tree_.Node(member, AssignField::value);
          InstId v = LowerExpr(value);
          At(member);
          stores.emplace_back(it->second, CoerceTo(v, TypeOf(value), program_.globals[it->second].type));
        }
        for (auto& [g, v] : stores) Emit(Op::StoreGlobal, types_.none(), {v}, g);
      }
      return;
    default:
      // Definitions, imports of native modules and declarations need no code.
      return;
  }
}

void FunctionLowering::StoreTo(NodeId target, InstId value, TypeId type) {
  At(target);
  switch (tree_.Kind(target)) {
    case NodeKind::Name: {
      auto it = instance_.names.find(target.index);
      if (it == instance_.names.end()) return;
      const NameBinding& b = it->second;
      TypeId slot_type = b.kind == NameBinding::Kind::Local ? fn_.local_types[b.index] : program_.globals[b.index].type;
      Emit(b.kind == NameBinding::Kind::Local ? Op::StoreLocal : Op::StoreGlobal, types_.none(),
           {CoerceTo(value, type, slot_type)}, b.index);
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
      if (KindOf(type) != TypeKind::Tuple) return;  // code after a raise: never runs
      const TypeInfo& info = types_[type];
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

void FunctionLowering::LowerIf(NodeId s) {
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

InstId FunctionLowering::SequenceLength(TypeKind kind, InstId sequence) {
  TypeId int_type = types_.int_();
  if (kind == TypeKind::Str) return Emit(Op::StrLen, int_type, {sequence});
  if (kind == TypeKind::Object || kind == TypeKind::Set || kind == TypeKind::Tuple)
    return Emit(Op::ObjectLen, int_type, {sequence});
  return Emit(Op::ListLen, int_type, {sequence});
}

InstId FunctionLowering::SequenceItem(TypeKind kind, TypeId element, InstId sequence, InstId index) {
  if (kind == TypeKind::Str) return Emit(Op::StrGetItem, element, {sequence, index});
  if (kind == TypeKind::Object || kind == TypeKind::Set || kind == TypeKind::Tuple) {
    InstId item = Emit(Op::ObjectIterItem, types_.object(), {sequence, index});
    return kind == TypeKind::Object ? item : Emit(Op::Unbox, element, {item});
  }
  return Emit(Op::ListGetItem, element, {sequence, index});
}

TypeId FunctionLowering::ItemTypeOf(TypeId iterable) const {
  switch (KindOf(iterable)) {
    case TypeKind::Str: return types_.str();
    case TypeKind::Range: return types_.int_();
    case TypeKind::Object: return types_.object();
    case TypeKind::Tuple: return types_.TupleItemType(iterable);
    default: return types_[iterable].params[0];  // list, set, dict (its keys), an iterator
  }
}

// `for x in reversed(seq)`, as CPython's reverse iterators walk: from the
// index len(seq) - 1 taken at the start, down to 0, stopping early if the
// sequence has become shorter than the index. A range is first made into the
// list of its items (it cannot change, so this is the same walk).
void FunctionLowering::LowerReversedLoop(NodeId iter, NodeId target, const std::function<void()>& body_fn,
                                         const std::function<void()>& orelse_fn) {
  TypeId int_type = types_.int_();
  NodeId source = tree_.Items(iter, CallField::args)[0];
  TypeId source_type = TypeOf(source);
  TypeKind kind = KindOf(source_type);
  TypeId element = types_[TypeOf(iter)].params[0];
  InstId sequence;
  if (kind == TypeKind::Range) {
    TypeId list_type = ListTypeOf(int_type);
    uint32_t items = NewTemp(list_type, "$range_items");
    Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, list_type, {})}, items);
    LowerLoop(source, NodeId(), [&] {
      Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, list_type, {}, items), loop_item_});
    }, [] {});
    sequence = Emit(Op::LoadLocal, list_type, {}, items);
    kind = TypeKind::List;
  } else {
    sequence = LowerExpr(source);
    if (kind == TypeKind::Tuple) sequence = CoerceTo(sequence, source_type, types_.object());
  }
  At(iter);
  InstId one = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("1"));
  InstId zero = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("0"));
  uint32_t counter = NewTemp(int_type, "$index");
  Emit(Op::StoreLocal, types_.none(),
       {Emit(Op::IntBinary, int_type, {SequenceLength(kind, sequence), one}, static_cast<uint32_t>(BinaryOp::Sub))},
       counter);
  BlockId header = NewBlock(), check = NewBlock(), body = NewBlock(), step_block = NewBlock(), orelse = NewBlock(),
          exit = NewBlock();
  BranchTo(header);
  SetBlock(header);
  InstId i = Emit(Op::LoadLocal, int_type, {}, counter);
  Emit(Op::CondBranch, types_.none(), {Emit(Op::IntCompare, types_.bool_(), {i, zero}, static_cast<uint32_t>(CmpOp::GtE))},
       check.index, orelse.index);
  SetBlock(check);
  Emit(Op::CondBranch, types_.none(),
       {Emit(Op::IntCompare, types_.bool_(), {i, SequenceLength(kind, sequence)}, static_cast<uint32_t>(CmpOp::Lt))},
       body.index, orelse.index);
  SetBlock(body);
  InstId item = SequenceItem(kind, element, sequence, i);
  if (target.IsValid()) StoreTo(target, item, element);
  loop_item_ = item;
  loops_.push_back({step_block, exit, active_catches_});
  body_fn();
  loops_.pop_back();
  BranchTo(step_block);
  SetBlock(step_block);
  At(iter);
  InstId current = Emit(Op::LoadLocal, int_type, {}, counter);
  Emit(Op::StoreLocal, types_.none(), {Emit(Op::IntBinary, int_type, {current, one}, static_cast<uint32_t>(BinaryOp::Sub))},
       counter);
  BranchTo(header);
  SetBlock(orelse);
  orelse_fn();
  BranchTo(exit);
  SetBlock(exit);
}

void FunctionLowering::LowerLoop(NodeId iter, NodeId target, const std::function<void()>& body_fn,
                                 const std::function<void()>& orelse_fn) {
  TypeId iter_type = TypeOf(iter);
  if (KindOf(iter_type) == TypeKind::Iterator &&
      types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::Reversed)) {
    LowerReversedLoop(iter, target, body_fn, orelse_fn);
    return;
  }
  TypeId int_type = types_.int_();
  TypeKind iter_kind = KindOf(iter_type);
  bool is_range = iter_kind == TypeKind::Range;
  bool is_zip = iter_kind == TypeKind::Iterator && types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::Zip);
  bool is_enumerate =
      iter_kind == TypeKind::Iterator && types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::Enumerate);
  bool is_dict = iter_kind == TypeKind::Dict;
  // A dict view (d.keys(), d.values(), d.items()) is walked as the list DictMethod makes.
  bool is_view = iter_kind == TypeKind::Iterator && types_[iter_type].payload == static_cast<uint32_t>(BuiltinFunction::List);
  if (!is_range && !is_zip && !is_enumerate && iter_kind != TypeKind::List && iter_kind != TypeKind::Str && !is_dict &&
      !is_view && iter_kind != TypeKind::Object && iter_kind != TypeKind::Set && iter_kind != TypeKind::Tuple) {
    LowerExpr(iter);  // raises (a NameError...): the loop never runs
    return;
  }
  BlockId header = NewBlock(), body = NewBlock(), step_block = NewBlock(), orelse = NewBlock(), exit = NewBlock();
  uint32_t counter = NewTemp(int_type, "$index");
  InstId bound = InstId(), step = InstId();
  // The sequences walked by index (one, or zip's several) and their types.
  std::vector<InstId> sequences;
  std::vector<TypeId> sequence_types;
  int64_t constant_step = 0;  // known sign of the step, 0 when unknown
  InstId enumerate_start;     // enumerate(x, start): the start (else the count is the index)
  if (is_range) {
    auto args = tree_.Items(iter, CallField::args);
    std::vector<InstId> values;
    for (NodeId a : args) values.push_back(ToInt(LowerExpr(a), TypeOf(a)));
    At(iter);
    InstId start = values.size() == 1 ? Emit(Op::ConstInt, int_type, {}, module_.IntConstant("0")) : values[0];
    bound = values.size() == 1 ? values[0] : values[1];
    if (values.size() == 3) {
      step = values[2];
      NodeId step_node = args[2];
      bool negative = false;
      if (tree_.Kind(step_node) == NodeKind::UnaryOp &&
          static_cast<UnaryOp>(tree_.Field(step_node, UnaryOpField::op)) == UnaryOp::USub) {
        negative = true;
        step_node = tree_.Node(step_node, UnaryOpField::operand);
      }
      if (tree_.Kind(step_node) == NodeKind::Constant) {
        const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(step_node, ConstantField::value)));
        if (c.kind == Constant::Kind::Int && c.text != "0") constant_step = negative ? -1 : 1;
      }
      if (constant_step == 0) {
        // range() arg 3 must not be zero; the sign is chosen at each test.
        InstId zero = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("0"));
        InstId is_zero = Emit(Op::IntCompare, types_.bool_(), {step, zero}, static_cast<uint32_t>(CmpOp::Eq));
        BlockId raise = NewBlock(), ok = NewBlock();
        Emit(Op::CondBranch, types_.none(), {is_zero}, raise.index, ok.index);
        SetBlock(raise);
        RaiseError("ValueError", "range() arg 3 must not be zero");
        BranchTo(ok);
        SetBlock(ok);
      }
    } else {
      step = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("1"));
      constant_step = 1;
    }
    Emit(Op::StoreLocal, types_.none(), {start}, counter);
  } else {
    std::vector<NodeId> sources;
    if (is_zip) {
      for (NodeId a : tree_.Items(iter, CallField::args)) sources.push_back(a);
    } else if (is_enumerate) {
      auto args = tree_.Items(iter, CallField::args);
      sources.push_back(args[0]);
      // enumerate's start (positional or start=), added to the index.
      NodeId start = args.size() == 2 ? args[1] : NodeId();
      for (NodeId k : tree_.Items(iter, CallField::keywords)) start = tree_.Node(k, KeywordField::value);
      if (start.IsValid()) {
        enumerate_start = ToInt(LowerExpr(start), TypeOf(start));
      }
    } else {
      sources.push_back(iter);
    }
    for (NodeId src : sources) {
      InstId sequence = LowerExpr(src);
      // An object (or a set): walked through kb_object_iterable's list,
      // tuple or str (a snapshot of a set's items, in CPython's order).
      TypeKind src_kind = KindOf(TypeOf(src));
      if (src_kind == TypeKind::Object || src_kind == TypeKind::Set || src_kind == TypeKind::Tuple) {
        sequence = CoerceTo(sequence, TypeOf(src), types_.object());
        At(src);
        sequence = Emit(Op::ObjectIterable, types_.object(), {sequence});
      }
      sequences.push_back(sequence);
      sequence_types.push_back(TypeOf(src));
    }
    if (is_dict) {
      // A snapshot of the keys (CPython instead raises RuntimeError if the
      // dict changes size while the loop runs).
      const TypeInfo& d = types_[iter_type];
      TypeId keys = ListTypeOf(d.params[0]);
      sequences[0] = Emit(Op::DictMethod, keys, {sequences[0]}, static_cast<uint32_t>(DictMethod::Keys));
      sequence_types[0] = keys;
    }
    if (is_view) sequence_types[0] = ListTypeOf(types_[iter_type].params[0]);
    At(iter);
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstInt, int_type, {}, module_.IntConstant("0"))}, counter);
  }
  BranchTo(header);

  SetBlock(header);
  InstId i = Emit(Op::LoadLocal, int_type, {}, counter);
  InstId more;
  InstId tested_bound;  // what the counter was found below (or above, counting down)
  if (is_range) {
    tested_bound = bound;
    if (constant_step > 0) {
      more = Emit(Op::IntCompare, types_.bool_(), {i, bound}, static_cast<uint32_t>(CmpOp::Lt));
    } else if (constant_step < 0) {
      more = Emit(Op::IntCompare, types_.bool_(), {i, bound}, static_cast<uint32_t>(CmpOp::Gt));
    } else {
      uint32_t more_slot = NewTemp(types_.bool_(), "$more");
      InstId zero = Emit(Op::ConstInt, int_type, {}, module_.IntConstant("0"));
      InstId up = Emit(Op::IntCompare, types_.bool_(), {step, zero}, static_cast<uint32_t>(CmpOp::Gt));
      BlockId up_block = NewBlock(), down_block = NewBlock(), test = NewBlock();
      Emit(Op::CondBranch, types_.none(), {up}, up_block.index, down_block.index);
      SetBlock(up_block);
      Emit(Op::StoreLocal, types_.none(),
           {Emit(Op::IntCompare, types_.bool_(), {i, bound}, static_cast<uint32_t>(CmpOp::Lt))}, more_slot);
      BranchTo(test);
      SetBlock(down_block);
      Emit(Op::StoreLocal, types_.none(),
           {Emit(Op::IntCompare, types_.bool_(), {i, bound}, static_cast<uint32_t>(CmpOp::Gt))}, more_slot);
      BranchTo(test);
      SetBlock(test);
      more = Emit(Op::LoadLocal, types_.bool_(), {}, more_slot);
    }
  } else {
    // Every sequence has an item at i (zip stops at the shortest).
    for (size_t k = 0; k < sequences.size(); ++k) {
      InstId length = SequenceLength(KindOf(sequence_types[k]), sequences[k]);
      InstId has = Emit(Op::IntCompare, types_.bool_(), {i, length}, static_cast<uint32_t>(CmpOp::Lt));
      if (k == 0) tested_bound = length;
      if (k + 1 < sequences.size()) {
        BlockId next = NewBlock();
        Emit(Op::CondBranch, types_.none(), {has}, next.index, orelse.index);
        SetBlock(next);
      } else {
        more = has;
      }
    }
  }
  Emit(Op::CondBranch, types_.none(), {more}, body.index, orelse.index);

  SetBlock(body);
  InstId index = Emit(Op::LoadLocal, int_type, {}, counter);
  std::vector<InstId> items;
  std::vector<TypeId> item_types;
  if (is_enumerate) {
    items.push_back(enumerate_start.IsValid()
                        ? Emit(Op::IntBinary, int_type, {index, enumerate_start}, static_cast<uint32_t>(BinaryOp::Add))
                        : index);
    item_types.push_back(int_type);
  }
  if (is_range) {
    items.push_back(index);
    item_types.push_back(int_type);
  }
  for (size_t k = 0; k < sequences.size(); ++k) {
    TypeId element = ItemTypeOf(sequence_types[k]);
    items.push_back(SequenceItem(KindOf(sequence_types[k]), element, sequences[k], index));
    item_types.push_back(element);
  }
  if (is_zip || is_enumerate) {
    // Unpacked straight into a tuple target; a tuple is built only for a
    // single name.
    auto elts = target.IsValid() && (tree_.Kind(target) == NodeKind::Tuple || tree_.Kind(target) == NodeKind::List)
                    ? tree_.Items(target, TupleField::elts)
                    : std::span<const NodeId>();
    if (elts.size() == items.size()) {
      for (size_t k = 0; k < items.size(); ++k) StoreTo(elts[k], items[k], item_types[k]);
      loop_item_ = items[0];
    } else {
      // A single name, or no target (list(zip(...)), dict(zip(...))): the item is a tuple.
      TypeId tuple = types_[iter_type].params[0];
      loop_item_ = EmitList(Op::TupleNew, tuple, items);
      if (target.IsValid()) StoreTo(target, loop_item_, tuple);
    }
  } else {
    if (target.IsValid()) StoreTo(target, items[0], item_types[0]);
    loop_item_ = items[0];
  }
  loops_.push_back({step_block, exit, active_catches_});
  body_fn();
  loops_.pop_back();
  BranchTo(step_block);

  SetBlock(step_block);
  At(iter);
  InstId current = Emit(Op::LoadLocal, int_type, {}, counter);
  InstId next;
  if (!is_range || constant_step != 0) {
    // A step of 1 (or -1 counting down) after `counter < bound` held.
    int32_t unit = !is_range || constant_step > 0 ? 1 : -1;
    bool unit_step = !is_range || IsUnitStep(tree_.Items(iter, CallField::args));
    next = unit_step ? Emit(Op::LoopIncrement, int_type, {current, tested_bound}, static_cast<uint32_t>(unit))
                     : Emit(Op::IntBinary, int_type, {current, step}, static_cast<uint32_t>(BinaryOp::Add));
  } else {
    next = Emit(Op::IntBinary, int_type, {current, step}, static_cast<uint32_t>(BinaryOp::Add));
  }
  Emit(Op::StoreLocal, types_.none(), {next}, counter);
  BranchTo(header);

  SetBlock(orelse);
  orelse_fn();
  BranchTo(exit);
  SetBlock(exit);
}

void FunctionLowering::LowerSort(NodeId call, uint32_t list, TypeId list_type) {
  InstId reverse = Emit(Op::ConstBool, types_.bool_(), {}, 0);
  NodeId key_lambda;
  for (NodeId k : tree_.Items(call, CallField::keywords)) {
    NodeId value = tree_.Node(k, KeywordField::value);
    if (tree_.Name(tree_.Ident(k, KeywordField::arg)) == "reverse") reverse = ToBool(LowerExpr(value), TypeOf(value));
    else key_lambda = value;
  }
  At(call);
  InstId items = Emit(Op::LoadLocal, list_type, {}, list);
  if (!key_lambda.IsValid()) {
    EmitList(Op::ListMethod, types_.none(), {items, reverse}, static_cast<uint32_t>(ListMethod::Sort));
    return;
  }
  // The keys, computed once per item in order, as CPython does.
  TypeId element = types_[list_type].params[0];
  TypeId object = types_.object();
  TypeId keys_type = ListTypeOf(object);
  uint32_t keys = NewTemp(keys_type, "$keys");
  uint32_t index = NewTemp(types_.int_(), "$i");
  NodeId param = tree_.Items(tree_.Node(key_lambda, LambdaField::args), ArgumentsField::args)[0];
  uint64_t slot_key = (static_cast<uint64_t>(key_lambda.index) << 32) | tree_.Field(param, ArgField::arg);
  uint32_t slot = instance_.comprehension_slots.at(slot_key);
  Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, keys_type, {})}, keys);
  Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0"))}, index);
  BlockId header = NewBlock(), body = NewBlock(), done = NewBlock();
  BranchTo(header);
  SetBlock(header);
  InstId i = Emit(Op::LoadLocal, types_.int_(), {}, index);
  InstId more = Emit(Op::IntCompare, types_.bool_(), {i, Emit(Op::ListLen, types_.int_(), {items})},
                     static_cast<uint32_t>(CmpOp::Lt));
  Emit(Op::CondBranch, types_.none(), {more}, body.index, done.index);
  SetBlock(body);
  StoreSlot(slot, Emit(Op::ListGetItem, element, {items, i}), element);
  NodeId lambda_body = tree_.Node(key_lambda, LambdaField::body);
  InstId key = LowerExpr(lambda_body);
  Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, keys_type, {}, keys), CoerceTo(key, TypeOf(lambda_body), object)});
  Emit(Op::StoreLocal, types_.none(),
       {Emit(Op::IntBinary, types_.int_(), {i, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("1"))},
             static_cast<uint32_t>(BinaryOp::Add))},
       index);
  BranchTo(header);
  SetBlock(done);
  At(call);
  EmitList(Op::ListMethod, types_.none(), {items, reverse, Emit(Op::LoadLocal, keys_type, {}, keys)},
           static_cast<uint32_t>(ListMethod::Sort));
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
  current_handler_ = dispatch;
  catches_in_try_ = 0;
  BlockId body = NewBlock();
  BranchTo(body);
  SetBlock(body);
  LowerTryExcept(s);
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
  At(s);
  Emit(Op::CatchEnd, types_.none(), {});
  Emit(Op::ReraiseKeep, types_.none(), {exc});
  Emit(Op::Unreachable, types_.none(), {});
  --catches_in_try_;
  --active_catches_;
  SetBlock(after);
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
    IdentId name = tree_.Ident(h, ExceptHandlerField::name);
    if (name.IsValid()) {
      for (uint32_t slot = 0; slot < fn_.local_names.size(); ++slot) {
        if (fn_.local_names[slot] == tree_.Name(name) && slot < instance_.locals.size()) {
          Emit(Op::StoreLocal, types_.none(), {exc}, slot);
          break;
        }
      }
      auto global = std::find_if(program_.globals.begin(), program_.globals.end(),
                                 [&](const ModuleGlobal& g) { return g.name == name; });
      if (!instance_.def.IsValid() && global != program_.globals.end())
        Emit(Op::StoreGlobal, types_.none(), {exc}, static_cast<uint32_t>(global - program_.globals.begin()));
    }
    LowerBlock(tree_.Items(h, ExceptHandlerField::body));
    --catches_in_try_;
    --active_catches_;
    if (!Terminated()) {
      At(h);
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
void FunctionLowering::LowerRaise(NodeId s) {
  NodeId exc = tree_.Node(s, RaiseField::exc);
  if (!exc.IsValid()) {
    Emit(Op::Reraise, types_.none(), {});
    Emit(Op::Unreachable, types_.none(), {});
    return;
  }
  auto instance = [&](NodeId n) {
    InstId v = LowerExpr(n);
    TypeId t = TypeOf(n);
    At(s);
    // `raise ValueError` raises ValueError().
    if (KindOf(t) == TypeKind::ExceptionClass) return EmitList(Op::NewException, types_.object(), {}, types_[t].payload);
    return CoerceTo(v, t, types_.object());
  };
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

// [elt for target in iter if cond ...]: nested loops appending to a new list.
InstId FunctionLowering::LowerListComp(NodeId e) { return LowerComprehension(e, TypeOf(e)); }

InstId FunctionLowering::LowerComprehension(NodeId e, TypeId type) {
  uint32_t result = NewTemp(type, "$listcomp");
  Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, type, {})}, result);
  LowerComprehensionItems(e, [&](InstId v, TypeId v_type) {
    InstId list = Emit(Op::LoadLocal, type, {}, result);
    Emit(Op::ListAppend, types_.none(), {list, CoerceTo(v, v_type, types_[type].params[0])});
  });
  return Emit(Op::LoadLocal, type, {}, result);
}

void FunctionLowering::LowerComprehensionItems(NodeId e, const std::function<void(InstId, TypeId)>& each) {
  auto generators = tree_.Items(e, ListCompField::generators);
  std::function<void(size_t)> level = [&](size_t g) {
    NodeId gen = generators[g];
    LowerLoop(
        tree_.Node(gen, ComprehensionField::iter), tree_.Node(gen, ComprehensionField::target),
        [&] {
          BlockId skip = NewBlock();
          for (NodeId cond : tree_.Items(gen, ComprehensionField::ifs)) {
            BlockId pass = NewBlock();
            Emit(Op::CondBranch, types_.none(), {LowerCondition(cond)}, pass.index, skip.index);
            SetBlock(pass);
          }
          if (g + 1 < generators.size()) {
            level(g + 1);
          } else {
            NodeId elt = tree_.Node(e, ListCompField::elt);
            InstId v = LowerExpr(elt);
            each(v, TypeOf(elt));
          }
          BranchTo(skip);
          SetBlock(skip);
        },
        [] {});
  };
  level(0);
}

// ---------------------------------------------------------------------------
// Expressions

InstId FunctionLowering::ToBool(InstId v, TypeId type) {
  if (KindOf(type) == TypeKind::Bool) return v;
  TypeId class_type = ClassTypeOf(type);
  if (KindOf(class_type) == TypeKind::Class) {
    // An instance is true unless its __bool__ says otherwise, or failing
    // that its __len__ is 0.
    const ClassInfo& info = program_.classes[types_[class_type].payload];
    InstanceId method = info.bool_instance.IsValid() ? info.bool_instance : info.len_instance;
    if (method.IsValid()) {
      auto truth = [&](InstId object) {
        TypeId result = program_[method].return_type;
        InstId r = Emit(Op::Call, result, {object}, method.index);
        if (method == info.len_instance && KindOf(result) == TypeKind::Int) {
          InstId n = CheckedLength(r);
          return Emit(Op::IntCompare, types_.bool_(), {n, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0"))},
                      static_cast<uint32_t>(CmpOp::NotEq));
        }
        return KindOf(result) == TypeKind::Bool ? r : Emit(Op::Truthy, types_.bool_(), {r});
      };
      if (KindOf(type) == TypeKind::Class) return truth(v);
      uint32_t slot = NewTemp(types_.bool_(), "$truth");
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 0)}, slot);
      BlockId some = NewBlock(), done = NewBlock();
      Emit(Op::CondBranch, types_.none(), {Emit(Op::IsNone, types_.bool_(), {v})}, done.index, some.index);
      SetBlock(some);
      Emit(Op::StoreLocal, types_.none(), {truth(Emit(Op::CheckNotNone, class_type, {v}, module_.StrConstant("__bool__")))}, slot);
      BranchTo(done);
      SetBlock(done);
      return Emit(Op::LoadLocal, types_.bool_(), {}, slot);
    }
  }
  return Emit(Op::Truthy, types_.bool_(), {v});
}

// What __len__ returned, after CPython's check that it is not negative.
InstId FunctionLowering::CheckedLength(InstId n) {
  InstId negative = Emit(Op::IntCompare, types_.bool_(), {n, Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0"))},
                         static_cast<uint32_t>(CmpOp::Lt));
  BlockId bad = NewBlock(), ok = NewBlock();
  Emit(Op::CondBranch, types_.none(), {negative}, bad.index, ok.index);
  SetBlock(bad);
  RaiseError("ValueError", "__len__() should return >= 0");
  BranchTo(ok);
  SetBlock(ok);
  return n;
}

InstId FunctionLowering::ToInt(InstId v, TypeId type) {
  if (KindOf(type) == TypeKind::Bool) return Emit(Op::BoolToInt, types_.int_(), {v});
  if (KindOf(type) == TypeKind::Object) return Emit(Op::ObjectIndex, types_.int_(), {v});
  return v;
}

InstId FunctionLowering::ToFloat(InstId v, TypeId type) {
  switch (KindOf(type)) {
    case TypeKind::Float: return v;
    case TypeKind::Bool: return Emit(Op::IntToFloat, types_.float_(), {ToInt(v, type)});
    case TypeKind::Object: return Emit(Op::ObjectToFloat, types_.float_(), {v});
    default: return Emit(Op::IntToFloat, types_.float_(), {v});
  }
}

InstId FunctionLowering::LowerCondition(NodeId e) { return ToBool(LowerExpr(e), TypeOf(e)); }

InstId FunctionLowering::LowerName(NodeId e) {
  auto it = instance_.names.find(e.index);
  TypeId type = TypeOf(e);
  if (it == instance_.names.end()) return Emit(Op::ConstNone, type, {});
  const NameBinding& b = it->second;
  switch (b.kind) {
    case NameBinding::Kind::Local: return Emit(Op::LoadLocal, type, {}, b.index);
    case NameBinding::Kind::Global:
      if (KindOf(type) == TypeKind::Function) return Emit(Op::ConstNone, type, {});
      return Emit(Op::LoadGlobal, type, {}, b.index);
    case NameBinding::Kind::Builtin:
    case NameBinding::Kind::Module:
      return Emit(Op::ConstNone, type, {});
    case NameBinding::Kind::Undefined:
      return RaiseError("NameError", "name '" + std::string(tree_.Name(IdentId(b.index))) + "' is not defined");
  }
  return Emit(Op::ConstNone, type, {});
}

InstId FunctionLowering::LowerExpr(NodeId e) {
  At(e);
  TypeId type = TypeOf(e);
  switch (tree_.Kind(e)) {
    case NodeKind::Constant: {
      const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(e, ConstantField::value)));
      switch (c.kind) {
        case Constant::Kind::Int: return Emit(Op::ConstInt, type, {}, module_.IntConstant(c.text));
        case Constant::Kind::Float: return Emit(Op::ConstFloat, type, {}, module_.FloatConstant(c.number));
        case Constant::Kind::Str: return Emit(Op::ConstStr, type, {}, module_.StrConstant(c.text));
        case Constant::Kind::True: return Emit(Op::ConstBool, type, {}, 1);
        case Constant::Kind::False: return Emit(Op::ConstBool, type, {}, 0);
        default: return Emit(Op::ConstNone, type, {});
      }
    }
    case NodeKind::Name:
      return LowerName(e);
    case NodeKind::BinOp: {
      NodeId l = tree_.Node(e, BinOpField::left), r = tree_.Node(e, BinOpField::right);
      InstId lv = LowerExpr(l);
      InstId rv = LowerExpr(r);
      At(e);
      return LowerBinary(static_cast<BinaryOp>(tree_.Field(e, BinOpField::op)), lv, TypeOf(l), rv, TypeOf(r), type, e);
    }
    case NodeKind::UnaryOp: {
      NodeId operand = tree_.Node(e, UnaryOpField::operand);
      InstId v = LowerExpr(operand);
      TypeId t = TypeOf(operand);
      At(e);
      if (InstId call = OperatorCall(e, v, InstId(), type); call.IsValid()) return call;
      if (static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op)) != UnaryOp::Not && KindOf(t) == TypeKind::Optional) {
        // An Optional number: None goes to the run-time dispatch's TypeError.
        InstId none_operand = Emit(Op::ConstNone, types_.none(), {});
        TypeId none_type = types_.none();
        UnwrapOptionalNumbers(v, t, none_operand, none_type, [&](InstId a, InstId) {
          Emit(Op::ObjectUnary, types_.object(), {a}, tree_.Field(e, UnaryOpField::op));
        });
      }
      switch (static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op))) {
        case UnaryOp::Not: return Emit(Op::BoolNot, types_.bool_(), {ToBool(v, t)});
        default:
          if (KindOf(t) == TypeKind::Object)
            return Emit(Op::ObjectUnary, type, {v}, tree_.Field(e, UnaryOpField::op));
          break;
      }
      switch (static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op))) {
        case UnaryOp::Not: break;
        case UnaryOp::USub:
          if (KindOf(t) == TypeKind::Float) return Emit(Op::FloatNeg, type, {v});
          return Emit(Op::IntNeg, type, {ToInt(v, t)});
        case UnaryOp::UAdd: return KindOf(t) == TypeKind::Float ? v : ToInt(v, t);
        case UnaryOp::Invert: return Emit(Op::IntInvert, type, {ToInt(v, t)});
      }
      return v;
    }
    case NodeKind::Compare:
      return LowerCompareChain(e);
    case NodeKind::BoolOp:
      return LowerBoolOp(e);
    case NodeKind::IfExp:
      return LowerIfExp(e);
    case NodeKind::Call:
      return LowerCall(e);
    case NodeKind::ListComp:
    case NodeKind::GeneratorExp:  // only where it is consumed whole (see sema)
      return LowerListComp(e);
    case NodeKind::Set: {
      InstId set = Emit(Op::SetNew, type, {});
      for (NodeId x : tree_.Items(e, SetField::elts)) {
        InstId item = LowerExpr(x);
        At(e);
        Emit(Op::SetAdd, types_.none(), {set, CoerceTo(item, TypeOf(x), types_.object())});
      }
      return set;
    }
    case NodeKind::SetComp: {
      // The items a list comprehension would make, into a new set.
      TypeId items_type = ListTypeOf(types_[type].params[0]);
      InstId items = LowerComprehension(e, items_type);
      At(e);
      return Emit(Op::SetFromIterable, type, {CoerceTo(items, items_type, types_.object())});
    }
    case NodeKind::JoinedStr: {
      // The pieces, concatenated left to right.
      InstId result = InstId();
      for (NodeId part : tree_.Items(e, JoinedStrField::values)) {
        InstId piece = LowerExpr(part);
        At(e);
        result = result.IsValid() ? Emit(Op::StrConcat, types_.str(), {result, piece}) : piece;
      }
      return result.IsValid() ? result : Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(""));
    }
    case NodeKind::FormattedValue: {
      NodeId value_node = tree_.Node(e, FormattedValueField::value);
      InstId value = LowerExpr(value_node);
      TypeId value_type = TypeOf(value_node);
      At(e);
      // !s, !r, !a convert first; then format() with the spec.
      switch (static_cast<int32_t>(tree_.Field(e, FormattedValueField::conversion))) {
        case 's': value = Emit(Op::ToStr, types_.str(), {value}); value_type = types_.str(); break;
        case 'r': value = Emit(Op::ToRepr, types_.str(), {value}); value_type = types_.str(); break;
        case 'a': value = Emit(Op::ToAscii, types_.str(), {value}); value_type = types_.str(); break;
        default: break;
      }
      NodeId spec = tree_.Node(e, FormattedValueField::format_spec);
      if (!spec.IsValid() && KindOf(value_type) == TypeKind::Str) return value;
      InstId spec_value = spec.IsValid() ? LowerExpr(spec) : Emit(Op::ConstNone, types_.none(), {});
      At(e);
      return Emit(Op::Format, types_.str(), {value, spec_value});
    }
    case NodeKind::Dict: {
      InstId dict = Emit(Op::DictNew, type, {});
      auto keys = tree_.RawItems(tree_.List(e, DictField::keys));
      auto values = tree_.Items(e, DictField::values);
      for (size_t i = 0; i < values.size(); ++i) {
        NodeId k(keys[i]);
        InstId key = LowerExpr(k);
        InstId value = LowerExpr(values[i]);
        At(e);
        Emit(Op::DictSetItem, types_.none(), {dict, key, value});
      }
      return dict;
    }
    case NodeKind::Attribute:
      return LowerAttribute(e);
    case NodeKind::Subscript: {
      NodeId base = tree_.Node(e, SubscriptField::value), index = tree_.Node(e, SubscriptField::slice);
      InstId b = LowerExpr(base);
      TypeKind bk = KindOf(TypeOf(base));
      if (auto getitem = instance_.call_targets.find(e.index); getitem != instance_.call_targets.end()) {
        InstId key = LowerExpr(index);
        At(e);
        return Emit(Op::Call, type, {b, key}, getitem->second.index);
      }
      if (tree_.Kind(index) == NodeKind::Slice) {
        auto bounds = LowerSliceBounds(index);
        At(e);
        return Emit(bk == TypeKind::Str ? Op::StrSlice : Op::ListSlice, type, {b, bounds[0], bounds[1], bounds[2]});
      }
      if (bk == TypeKind::Object) {
        InstId key = LowerExpr(index);
        At(e);
        return Emit(Op::ObjectGetItem, type, {b, CoerceTo(key, TypeOf(index), types_.object())});
      }
      if (bk == TypeKind::Tuple) {
        NodeId lit = tree_.Kind(index) == NodeKind::UnaryOp ? tree_.Node(index, UnaryOpField::operand) : index;
        if (tree_.Kind(lit) == NodeKind::Constant) {
          const TypeInfo& info = types_[TypeOf(base)];
          const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(lit, ConstantField::value)));
          int64_t i = c.kind == Constant::Kind::True ? 1 : c.kind == Constant::Kind::False ? 0
                    : c.text.size() < 10 ? std::stoll(c.text) : INT64_MAX;
          if (lit != index) i = static_cast<int64_t>(info.params.size()) - i;
          At(e);
          if (i < 0 || i >= static_cast<int64_t>(info.params.size()))
            return RaiseError("IndexError", "tuple index out of range");
          return Emit(Op::TupleGetItem, type, {b}, static_cast<uint32_t>(i));
        }
        InstId i = ToInt(LowerExpr(index), TypeOf(index));
        At(e);
        return Emit(Op::TupleIndex, type, {b, i});
      }
      if (bk == TypeKind::Dict) {
        InstId key = LowerExpr(index);
        At(e);
        return Emit(Op::DictGetItem, type, {b, key});
      }
      InstId i = ToInt(LowerExpr(index), TypeOf(index));
      At(e);
      if (bk == TypeKind::Str) return Emit(Op::StrGetItem, type, {b, i});
      return Emit(Op::ListGetItem, type, {b, i});
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      // A list's items take its element type (boxed, for a list of objects).
      bool is_list = tree_.Kind(e) == NodeKind::List;
      std::vector<InstId> items;
      for (NodeId x : tree_.Items(e, TupleField::elts)) {
        InstId item = LowerExpr(x);
        items.push_back(is_list ? CoerceTo(item, TypeOf(x), types_[type].params[0]) : item);
      }
      At(e);
      return EmitList(is_list ? Op::ListNew : Op::TupleNew, type, items);
    }
    default:
      return Emit(Op::ConstNone, type, {});
  }
}

// Optional numbers in arithmetic or an ordering: a None operand goes to the
// run-time dispatch, which raises CPython's TypeError (unsupported operand
// type(s) for +: 'NoneType' and 'float'); otherwise the number is unboxed.
void FunctionLowering::UnwrapOptionalNumbers(InstId& l, TypeId& lt, InstId& r, TypeId& rt,
                                             const std::function<void(InstId, InstId)>& raise) {
  auto optional_number = [&](TypeId t) {
    if (KindOf(t) != TypeKind::Optional) return false;
    TypeKind k = KindOf(types_[t].params[0]);
    return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool;
  };
  if (!optional_number(lt) && !optional_number(rt)) return;
  BlockId fail = NewBlock();
  for (auto [v, t] : {std::pair{l, lt}, std::pair{r, rt}}) {
    if (!optional_number(t)) continue;
    BlockId not_none = NewBlock();
    Emit(Op::CondBranch, types_.none(), {Emit(Op::IsNone, types_.bool_(), {v})}, fail.index, not_none.index);
    SetBlock(not_none);
  }
  BlockId ok = current_;
  SetBlock(fail);
  raise(CoerceTo(l, lt, types_.object()), CoerceTo(r, rt, types_.object()));
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(ok);
  if (optional_number(lt)) {
    lt = types_[lt].params[0];
    l = Emit(Op::Unbox, lt, {l});
  }
  if (optional_number(rt)) {
    rt = types_[rt].params[0];
    r = Emit(Op::Unbox, rt, {r});
  }
}

InstId FunctionLowering::LowerBinary(BinaryOp op, InstId l, TypeId lt, InstId r, TypeId rt, TypeId result, NodeId at) {
  if (InstId call = OperatorCall(at, l, r, result); call.IsValid()) return call;
  UnwrapOptionalNumbers(l, lt, r, rt, [&](InstId a, InstId b) {
    Emit(Op::ObjectBinary, types_.object(), {a, b}, static_cast<uint32_t>(op));
  });
  TypeKind lk = KindOf(lt), rk = KindOf(rt), res = KindOf(result);
  auto is_int = [](TypeKind k) { return k == TypeKind::Int || k == TypeKind::Bool; };
  if (res == TypeKind::Set) return Emit(Op::SetBinary, result, {l, r}, static_cast<uint32_t>(op));
  if (res == TypeKind::Object)
    return Emit(Op::ObjectBinary, result, {CoerceTo(l, lt, result), CoerceTo(r, rt, result)}, static_cast<uint32_t>(op));
  if (res == TypeKind::Float) {
    if (is_int(lk) && is_int(rk) && op == BinaryOp::Div)
      return Emit(Op::IntTrueDiv, result, {ToInt(l, lt), ToInt(r, rt)});
    if (is_int(lk) && is_int(rk) && op == BinaryOp::Pow)
      return Emit(Op::IntPowFloat, result, {ToInt(l, lt), ToInt(r, rt)});
    return Emit(Op::FloatBinary, result, {ToFloat(l, lt), ToFloat(r, rt)}, static_cast<uint32_t>(op));
  }
  if (res == TypeKind::Int) return Emit(Op::IntBinary, result, {ToInt(l, lt), ToInt(r, rt)}, static_cast<uint32_t>(op));
  if (res == TypeKind::Bool) {  // bool & | ^ bool
    InstId v = Emit(Op::IntBinary, types_.int_(), {ToInt(l, lt), ToInt(r, rt)}, static_cast<uint32_t>(op));
    return Emit(Op::Truthy, result, {v});
  }
  if (res == TypeKind::List) {
    if (op == BinaryOp::Add) return Emit(Op::ListConcat, result, {l, r});
    if (lk == TypeKind::List) return Emit(Op::ListRepeat, result, {l, ToInt(r, rt)});
    return Emit(Op::ListRepeat, result, {r, ToInt(l, lt)});
  }
  if (res == TypeKind::Str) {
    if (op == BinaryOp::Mod) return Emit(Op::StrMod, result, {l, Emit(Op::Box, types_.object(), {r})});
    if (op == BinaryOp::Add) return Emit(Op::StrConcat, result, {l, r});
    return Emit(Op::StrRepeat, result, {l, ToInt(r, rt)});
  }
  if (lk == TypeKind::Unknown || rk == TypeKind::Unknown) return Emit(Op::ConstNone, result, {});
  // A combination CPython rejects: the run-time dispatch raises its TypeError,
  // with its message.
  TypeId object = types_.object();
  return Emit(Op::ObjectBinary, object, {CoerceTo(l, lt, object), CoerceTo(r, rt, object)}, static_cast<uint32_t>(op));
}

InstId FunctionLowering::LowerCompare(CmpOp op, InstId l, TypeId lt, InstId r, TypeId rt) {
  if (op == CmpOp::Lt || op == CmpOp::LtE || op == CmpOp::Gt || op == CmpOp::GtE) {
    UnwrapOptionalNumbers(l, lt, r, rt, [&](InstId a, InstId b) {
      Emit(Op::ObjectCompare, types_.bool_(), {a, b}, static_cast<uint32_t>(op));
    });
  }
  TypeKind lk = KindOf(lt), rk = KindOf(rt);
  auto is_int = [](TypeKind k) { return k == TypeKind::Int || k == TypeKind::Bool; };
  TypeId b = types_.bool_();
  if (op == CmpOp::Is || op == CmpOp::IsNot) {
    // An Optional against None is tested at run time; otherwise `x is None`
    // is decided by x's type.
    if ((lk == TypeKind::Optional && rk == TypeKind::NoneType) || (rk == TypeKind::Optional && lk == TypeKind::NoneType)) {
      InstId is_none = Emit(Op::IsNone, b, {lk == TypeKind::Optional ? l : r});
      return op == CmpOp::Is ? is_none : Emit(Op::BoolNot, b, {is_none});
    }
    if (lk == TypeKind::NoneType || rk == TypeKind::NoneType) {
      // None against an object is tested; against any other type it is decided.
      if (lk == TypeKind::Object || rk == TypeKind::Object) {
        InstId is_none = Emit(Op::IsNone, b, {lk == TypeKind::Object ? l : r});
        return op == CmpOp::Is ? is_none : Emit(Op::BoolNot, b, {is_none});
      }
      bool same = lk == rk;
      return Emit(Op::ConstBool, b, {}, (op == CmpOp::Is) == same ? 1 : 0);
    }
    // Otherwise the boxed words are compared: the same object, the same
    // singleton (True, False), the same small int (sema rejects floats).
    InstId same = Emit(Op::SameObject, b, {l, r});
    return op == CmpOp::Is ? same : Emit(Op::BoolNot, b, {same});
  }
  if (op == CmpOp::In || op == CmpOp::NotIn) {
    InstId in = Emit(Op::Contains, b, {r, l});
    return op == CmpOp::In ? in : Emit(Op::BoolNot, b, {in});
  }
  if (lk == TypeKind::Set && rk == TypeKind::Set) return Emit(Op::SetCompare, b, {l, r}, static_cast<uint32_t>(op));
  if (lk == TypeKind::Object || rk == TypeKind::Object) {
    TypeId object = types_.object();
    return Emit(Op::ObjectCompare, b, {CoerceTo(l, lt, object), CoerceTo(r, rt, object)}, static_cast<uint32_t>(op));
  }
  if (is_int(lk) && is_int(rk)) return Emit(Op::IntCompare, b, {ToInt(l, lt), ToInt(r, rt)}, static_cast<uint32_t>(op));
  if ((is_int(lk) || lk == TypeKind::Float) && (is_int(rk) || rk == TypeKind::Float))
    return Emit(Op::FloatCompare, b, {ToFloat(l, lt), ToFloat(r, rt)}, static_cast<uint32_t>(op));
  if (lk == TypeKind::Str && rk == TypeKind::Str) return Emit(Op::StrCompare, b, {l, r}, static_cast<uint32_t>(op));
  if (lk == TypeKind::Unknown || rk == TypeKind::Unknown) return Emit(Op::ConstNone, types_.unknown(), {});
  if ((op == CmpOp::Eq || op == CmpOp::NotEq) && lk == TypeKind::NoneType && rk == TypeKind::NoneType)
    return Emit(Op::ConstBool, b, {}, op == CmpOp::Eq);
  // Containers, instances, None and mixes of types compare at run time, boxed:
  // elementwise, by identity for instances, or CPython's TypeError for an order
  // the types do not have.
  TypeId object = types_.object();
  return Emit(Op::ObjectCompare, b, {CoerceTo(l, lt, object), CoerceTo(r, rt, object)}, static_cast<uint32_t>(op));
}

// a < b < c: each operand evaluated once, stopping at the first false.
InstId FunctionLowering::LowerCompareChain(NodeId e) {
  NodeId left = tree_.Node(e, CompareField::left);
  auto ops = tree_.RawItems(tree_.List(e, CompareField::ops));
  auto comparators = tree_.Items(e, CompareField::comparators);
  InstId l = LowerExpr(left);
  TypeId lt = TypeOf(left);
  if (ops.size() == 1) {
    InstId r = LowerExpr(comparators[0]);
    At(e);
    if (InstId call = OperatorCall(e, l, r, types_.bool_()); call.IsValid())
      return instance_.negated_comparisons.count(e.index) ? Emit(Op::BoolNot, types_.bool_(), {call}) : call;
    return LowerCompare(static_cast<CmpOp>(ops[0]), l, lt, r, TypeOf(comparators[0]));
  }
  uint32_t result = NewTemp(types_.bool_(), "$compare");
  BlockId done = NewBlock();
  for (size_t i = 0; i < ops.size(); ++i) {
    InstId r = LowerExpr(comparators[i]);
    At(e);
    InstId c = LowerCompare(static_cast<CmpOp>(ops[i]), l, lt, r, TypeOf(comparators[i]));
    Emit(Op::StoreLocal, types_.none(), {c}, result);
    if (i + 1 < ops.size()) {
      BlockId next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {c}, next.index, done.index);
      SetBlock(next);
    }
    l = r;
    lt = TypeOf(comparators[i]);
  }
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, types_.bool_(), {}, result);
}

// `a and b` is a if a is false, else b; `a or b` is a if a is true, else b.
InstId FunctionLowering::LowerBoolOp(NodeId e) {
  TypeId type = TypeOf(e);
  bool is_and = static_cast<BoolOp>(tree_.Field(e, BoolOpField::op)) == BoolOp::And;
  auto values = tree_.Items(e, BoolOpField::values);
  uint32_t result = NewTemp(type, "$boolop");
  BlockId done = NewBlock();
  for (size_t i = 0; i < values.size(); ++i) {
    InstId v = LowerExpr(values[i]);
    StoreSlot(result, v, TypeOf(values[i]));
    if (i + 1 < values.size()) {
      InstId truth = ToBool(v, TypeOf(values[i]));
      BlockId next = NewBlock();
      if (is_and) Emit(Op::CondBranch, types_.none(), {truth}, next.index, done.index);
      else Emit(Op::CondBranch, types_.none(), {truth}, done.index, next.index);
      SetBlock(next);
    }
  }
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

InstId FunctionLowering::LowerIfExp(NodeId e) {
  TypeId type = TypeOf(e);
  uint32_t result = NewTemp(type, "$ifexp");
  InstId cond = LowerCondition(tree_.Node(e, IfExpField::test));
  BlockId yes = NewBlock(), no = NewBlock(), done = NewBlock();
  Emit(Op::CondBranch, types_.none(), {cond}, yes.index, no.index);
  SetBlock(yes);
  NodeId body = tree_.Node(e, IfExpField::body), orelse = tree_.Node(e, IfExpField::orelse);
  StoreSlot(result, LowerExpr(body), TypeOf(body));
  BranchTo(done);
  SetBlock(no);
  StoreSlot(result, LowerExpr(orelse), TypeOf(orelse));
  BranchTo(done);
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

InstId FunctionLowering::LowerCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  if (instance_.super_calls.count(e.index) || instance_.receiverless_calls.count(e.index)) {
    std::vector<InstId> args;
    if (instance_.super_calls.count(e.index)) {
      args.push_back(Emit(Op::LoadLocal, fn_.local_types[0], {}, 0));  // the method's self
    } else {
      NodeId receiver = tree_.Node(func, AttributeField::value);
      bool is_super = tree_.Kind(receiver) == NodeKind::Call;  // super().static_method()
      if (!is_super && KindOf(TypeOf(receiver)) != TypeKind::ClassObject)
        ObjectOf(LowerExpr(receiver), TypeOf(receiver), tree_.Ident(func, AttributeField::attr));
    }
    for (InstId a : LowerBoundArguments(e)) args.push_back(a);
    At(e);
    auto it = instance_.call_targets.find(e.index);
    if (it == instance_.call_targets.end()) return Emit(Op::ConstNone, TypeOf(e), {});  // object.__init__
    return EmitList(Op::Call, TypeOf(e), args, it->second.index);
  }
  if (KindOf(TypeOf(func)) == TypeKind::Class && tree_.Kind(func) != NodeKind::Attribute) {
    // An instance called: its __call__.
    std::vector<InstId> args{LowerExpr(func)};
    for (InstId a : LowerBoundArguments(e)) args.push_back(a);
    At(e);
    auto it = instance_.call_targets.find(e.index);
    if (it == instance_.call_targets.end()) return Emit(Op::ConstNone, TypeOf(e), {});
    return EmitList(Op::Call, TypeOf(e), args, it->second.index);
  }
  if (tree_.Kind(func) == NodeKind::Attribute) {
    TypeId base = TypeOf(tree_.Node(func, AttributeField::value));
    TypeKind bk = KindOf(base) == TypeKind::Optional ? KindOf(types_[base].params[0]) : KindOf(base);
    if (bk == TypeKind::Class) return LowerMethodCall(e);
    if (bk == TypeKind::Object) return LowerDynamic(e, tree_.Node(func, AttributeField::value));
    if (bk == TypeKind::List) return LowerListMethodCall(e);
    if (bk == TypeKind::Set) return LowerSetMethodCall(e);
    if (bk == TypeKind::Builtin) {
      // sys.stdout / sys.stderr .write(s) or .flush().
      uint32_t stream = types_[base].payload == static_cast<uint32_t>(BuiltinFunction::SysStderr) ? 2 : 1;
      auto args = tree_.Items(e, CallField::args);
      std::vector<InstId> operands;
      for (NodeId a : args) operands.push_back(LowerExpr(a));
      At(e);
      return EmitList(Op::StreamWrite, TypeOf(e), operands, stream);
    }
    if (bk == TypeKind::Dict) {
      NodeId receiver = tree_.Node(func, AttributeField::value);
      TypeId dict_type = TypeOf(receiver);
      std::vector<InstId> operands{LowerExpr(receiver)};
      auto args = tree_.Items(e, CallField::args);
      for (size_t i = 0; i < args.size(); ++i) {
        InstId v = LowerExpr(args[i]);
        // Keys are stored boxed; defaults too.
        operands.push_back(CoerceTo(v, TypeOf(args[i]), types_.object()));
      }
      At(e);
      std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
      DictMethod m = name == "get" ? DictMethod::Get : name == "pop" ? DictMethod::Pop
                   : name == "setdefault" ? DictMethod::SetDefault : name == "keys" ? DictMethod::Keys
                   : name == "values" ? DictMethod::Values : name == "items" ? DictMethod::Items
                   : name == "clear" ? DictMethod::Clear : name == "copy" ? DictMethod::Copy : DictMethod::Update;
      (void)dict_type;
      TypeId result = TypeOf(e);
      if (m == DictMethod::Keys || m == DictMethod::Values || m == DictMethod::Items)
        result = ListTypeOf(types_[result].params[0]);  // a view is walked as a list
      return EmitList(Op::DictMethod, result, operands, static_cast<uint32_t>(m));
    }
    if (bk == TypeKind::Str && tree_.Name(tree_.Ident(func, AttributeField::attr)) == "format") {
      NodeId receiver = tree_.Node(func, AttributeField::value);
      InstId fmt = LowerExpr(receiver);
      std::vector<InstId> positional;
      std::vector<TypeId> positional_types;
      for (NodeId a : tree_.Items(e, CallField::args)) {
        positional.push_back(LowerExpr(a));
        positional_types.push_back(TypeOf(a));
      }
      TypeId kw_type = types_.Find(TypeKind::Dict, std::array<TypeId, 2>{types_.str(), types_.object()});
      InstId kwargs = Emit(Op::DictNew, kw_type, {});
      for (NodeId k : tree_.Items(e, CallField::keywords)) {
        NodeId v = tree_.Node(k, KeywordField::value);
        InstId value = LowerExpr(v);
        InstId name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(std::string(tree_.Name(tree_.Ident(k, KeywordField::arg)))));
        Emit(Op::DictSetItem, types_.none(), {kwargs, name, CoerceTo(value, TypeOf(v), types_.object())});
      }
      At(e);
      InstId args = EmitList(Op::TupleNew, types_.Find(TypeKind::Tuple, positional_types), positional);
      return Emit(Op::StrFormat, types_.str(), {fmt, args, kwargs});
    }
    if (bk == TypeKind::Str) {
      NodeId receiver = tree_.Node(func, AttributeField::value);
      std::vector<InstId> operands{LowerExpr(receiver)};
      for (NodeId a : tree_.Items(e, CallField::args)) operands.push_back(LowerExpr(a));
      At(e);
      return EmitList(Op::StrMethod, TypeOf(e), operands,
                      static_cast<uint32_t>(FindStrMethod(tree_.Name(tree_.Ident(func, AttributeField::attr)))));
    }
  }
  TypeId ft = TypeOf(func);
  if (KindOf(ft) == TypeKind::Builtin) return LowerBuiltinCall(e, static_cast<BuiltinFunction>(types_[ft].payload));
  if (KindOf(ft) == TypeKind::ClassObject) return LowerConstructorCall(e, types_[ft].payload);
  if (KindOf(ft) == TypeKind::ExceptionClass) {
    std::vector<InstId> args;
    for (NodeId a : tree_.Items(e, CallField::args)) args.push_back(LowerExpr(a));
    At(e);
    return EmitList(Op::NewException, types_.object(), args, types_[ft].payload);
  }
  std::vector<InstId> args = LowerBoundArguments(e);
  At(e);
  auto it = instance_.call_targets.find(e.index);
  if (it == instance_.call_targets.end()) return Emit(Op::ConstNone, TypeOf(e), {});
  return EmitList(Op::Call, TypeOf(e), args, it->second.index);
}

InstId FunctionLowering::LowerBuiltinCall(NodeId e, BuiltinFunction f) {
  TypeId type = TypeOf(e);
  auto args = tree_.Items(e, CallField::args);
  if ((f == BuiltinFunction::List && args.size() == 1 && KindOf(TypeOf(args[0])) != TypeKind::List) ||
      f == BuiltinFunction::Sorted) {
    // A new list of the iterable's items (list(range(...)), list(d), sorted(x)...).
    uint32_t result = NewTemp(type, "$list");
    if (KindOf(TypeOf(args[0])) == TypeKind::List) {
      InstId source = LowerExpr(args[0]);
      Emit(Op::StoreLocal, types_.none(),
           {EmitList(Op::ListMethod, type, {source}, static_cast<uint32_t>(ListMethod::Copy))}, result);
    } else {
      Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, type, {})}, result);
      LowerLoop(args[0], NodeId(), [&] {
        Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, type, {}, result), loop_item_});
      }, [] {});
    }
    if (f == BuiltinFunction::Sorted) LowerSort(e, result, type);
    return Emit(Op::LoadLocal, type, {}, result);
  }
  if (f == BuiltinFunction::SysExit) {
    std::vector<InstId> status;
    for (NodeId a : args) status.push_back(LowerExpr(a));
    At(e);
    InstId exc = EmitList(Op::NewException, types_.object(), status,
                          static_cast<uint32_t>(FindExceptionClass("SystemExit")));
    Emit(Op::RaiseValue, types_.none(), {exc});
    Emit(Op::Unreachable, types_.none(), {});
    SetBlock(NewBlock());
    return Emit(Op::ConstNone, type, {});
  }
  if (f == BuiltinFunction::Round) {
    InstId x = LowerExpr(args[0]);
    InstId n = args.size() == 2 ? LowerExpr(args[1]) : InstId();
    At(e);
    bool digits = n.IsValid() && KindOf(TypeOf(args[1])) != TypeKind::NoneType;
    if (KindOf(TypeOf(args[0])) == TypeKind::Float) {
      if (!digits) return Emit(Op::RoundNumber, type, {x});
      return Emit(Op::RoundNumber, type, {x, ToInt(n, TypeOf(args[1]))});
    }
    InstId i = ToInt(x, TypeOf(args[0]));
    if (!digits) return i;
    return Emit(Op::RoundNumber, type, {i, ToInt(n, TypeOf(args[1]))});
  }
  if ((f == BuiltinFunction::Min || f == BuiltinFunction::Max) && args.size() == 1) {
    // The first item whose key (or itself) no later item beats; ValueError
    // for an empty iterable, as CPython's.
    bool is_min = f == BuiltinFunction::Min;
    NodeId key_lambda;
    for (NodeId k : tree_.Items(e, CallField::keywords)) key_lambda = tree_.Node(k, KeywordField::value);
    TypeId key_type = key_lambda.IsValid() ? TypeOf(tree_.Node(key_lambda, LambdaField::body)) : type;
    uint32_t best = NewTemp(type, is_min ? "$min" : "$max");
    uint32_t best_key = NewTemp(key_type, "$best_key");
    uint32_t seen = NewTemp(types_.bool_(), "$seen");
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 0)}, seen);
    auto consider = [&](InstId item, TypeId item_type) {
      InstId value = CoerceTo(item, item_type, type);
      InstId key = value;
      if (key_lambda.IsValid()) {
        NodeId param = tree_.Items(tree_.Node(key_lambda, LambdaField::args), ArgumentsField::args)[0];
        uint64_t slot_key = (static_cast<uint64_t>(key_lambda.index) << 32) | tree_.Field(param, ArgField::arg);
        StoreSlot(instance_.comprehension_slots.at(slot_key), value, type);
        key = LowerExpr(tree_.Node(key_lambda, LambdaField::body));
      }
      At(e);
      BlockId take = NewBlock(), compare = NewBlock(), next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {Emit(Op::LoadLocal, types_.bool_(), {}, seen)}, compare.index, take.index);
      SetBlock(compare);
      InstId better = LowerCompare(is_min ? CmpOp::Lt : CmpOp::Gt, key, key_type,
                                   Emit(Op::LoadLocal, key_type, {}, best_key), key_type);
      Emit(Op::CondBranch, types_.none(), {better}, take.index, next.index);
      SetBlock(take);
      Emit(Op::StoreLocal, types_.none(), {value}, best);
      Emit(Op::StoreLocal, types_.none(), {key}, best_key);
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 1)}, seen);
      BranchTo(next);
      SetBlock(next);
    };
    if (tree_.Kind(args[0]) == NodeKind::GeneratorExp) {
      LowerComprehensionItems(args[0], consider);
    } else {
      TypeId element = ItemTypeOf(TypeOf(args[0]));
      LowerLoop(args[0], NodeId(), [&] { consider(loop_item_, element); }, [] {});
    }
    At(e);
    BlockId empty = NewBlock(), done = NewBlock();
    Emit(Op::CondBranch, types_.none(), {Emit(Op::LoadLocal, types_.bool_(), {}, seen)}, done.index, empty.index);
    SetBlock(empty);
    RaiseError("ValueError", is_min ? "min() arg is an empty sequence" : "max() arg is an empty sequence");
    BranchTo(done);
    SetBlock(done);
    return Emit(Op::LoadLocal, type, {}, best);
  }
  if (f == BuiltinFunction::Any || f == BuiltinFunction::All) {
    // The loop over the iterable ends at the first item that decides.
    bool is_any = f == BuiltinFunction::Any;
    uint32_t result = NewTemp(types_.bool_(), is_any ? "$any" : "$all");
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, is_any ? 0 : 1)}, result);
    TypeId element = ItemTypeOf(TypeOf(args[0]));
    BlockId done = NewBlock();
    auto test = [&](InstId item, TypeId item_type) {
      InstId truth = ToBool(item, item_type);
      BlockId decided = NewBlock(), next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {truth}, (is_any ? decided : next).index, (is_any ? next : decided).index);
      SetBlock(decided);
      Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, is_any ? 1 : 0)}, result);
      BranchTo(done);
      SetBlock(next);
    };
    if (tree_.Kind(args[0]) == NodeKind::GeneratorExp) {
      // Each item tested as the generator makes it: the rest are never made.
      LowerComprehensionItems(args[0], test);
    } else {
      LowerLoop(args[0], NodeId(), [&] { test(loop_item_, element); }, [] {});
    }
    BranchTo(done);
    SetBlock(done);
    return Emit(Op::LoadLocal, types_.bool_(), {}, result);
  }
  if (f == BuiltinFunction::Isinstance) {
    InstId value = CoerceTo(LowerExpr(args[0]), TypeOf(args[0]), types_.object());
    At(e);
    // One test per class named, or-ed: the first that holds answers.
    uint32_t result = NewTemp(types_.bool_(), "$isinstance");
    BlockId done = NewBlock();
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 1)}, result);
    for (NodeId spec : TupleItemsOrSelf(tree_, args[1])) {
      TypeId t = TypeOf(spec);
      InstId test;
      if (KindOf(t) == TypeKind::ClassObject) {
        test = Emit(Op::IsInstance, types_.bool_(), {value}, types_[t].payload, 0);
      } else {
        std::string name;
        if (KindOf(t) == TypeKind::ExceptionClass) {
          name = ExceptionClassName(types_[t].payload);
        } else {
          switch (static_cast<BuiltinFunction>(types_[t].payload)) {
            case BuiltinFunction::Int: name = "int"; break;
            case BuiltinFunction::Float: name = "float"; break;
            case BuiltinFunction::Str: name = "str"; break;
            case BuiltinFunction::Bool: name = "bool"; break;
            case BuiltinFunction::List: name = "list"; break;
            case BuiltinFunction::Dict: name = "dict"; break;
            case BuiltinFunction::Set: name = "set"; break;
            default: name = "frozenset"; break;
          }
        }
        test = Emit(Op::IsInstance, types_.bool_(), {value}, module_.StrConstant(name), 1);
      }
      BlockId next = NewBlock();
      Emit(Op::CondBranch, types_.none(), {test}, done.index, next.index);
      SetBlock(next);
    }
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::ConstBool, types_.bool_(), {}, 0)}, result);
    BranchTo(done);
    SetBlock(done);
    return Emit(Op::LoadLocal, types_.bool_(), {}, result);
  }
  if (f == BuiltinFunction::Set || f == BuiltinFunction::Frozenset) {
    uint32_t frozen = f == BuiltinFunction::Frozenset ? 1 : 0;
    if (args.empty()) return Emit(Op::SetNew, type, {}, frozen);
    TypeId arg_type = TypeOf(args[0]);
    InstId source;
    if (KindOf(arg_type) == TypeKind::Iterator) {
      // zip(), enumerate(), a dict view: their items in a list first.
      TypeId items_type = ListTypeOf(types_[type].params[0]);
      uint32_t items = NewTemp(items_type, "$items");
      Emit(Op::StoreLocal, types_.none(), {EmitList(Op::ListNew, items_type, {})}, items);
      LowerLoop(args[0], NodeId(), [&] {
        Emit(Op::ListAppend, types_.none(), {Emit(Op::LoadLocal, items_type, {}, items), loop_item_});
      }, [] {});
      source = CoerceTo(Emit(Op::LoadLocal, items_type, {}, items), items_type, types_.object());
    } else if (tree_.Kind(args[0]) == NodeKind::GeneratorExp) {
      TypeId items_type = ListTypeOf(types_[type].params[0]);
      source = CoerceTo(LowerComprehension(args[0], items_type), items_type, types_.object());
    } else {
      source = CoerceTo(LowerExpr(args[0]), arg_type, types_.object());
    }
    At(e);
    return Emit(Op::SetFromIterable, type, {source}, frozen);
  }
  if (f == BuiltinFunction::Dict) {
    // A new dict: of keywords, a copy of a dict, or of an iterable's pairs.
    uint32_t result = NewTemp(type, "$dict");
    TypeId key_type = types_[type].params[0], value_type = types_[type].params[1];
    if (!args.empty() && KindOf(TypeOf(args[0])) == TypeKind::Dict) {
      InstId source = LowerExpr(args[0]);
      At(e);
      Emit(Op::StoreLocal, types_.none(), {EmitList(Op::DictMethod, type, {source}, static_cast<uint32_t>(DictMethod::Copy))}, result);
      return Emit(Op::LoadLocal, type, {}, result);
    }
    Emit(Op::StoreLocal, types_.none(), {Emit(Op::DictNew, type, {})}, result);
    for (NodeId k : tree_.Items(e, CallField::keywords)) {
      NodeId v = tree_.Node(k, KeywordField::value);
      InstId value = LowerExpr(v);
      InstId name = Emit(Op::ConstStr, types_.str(), {}, module_.StrConstant(std::string(tree_.Name(tree_.Ident(k, KeywordField::arg)))));
      Emit(Op::DictSetItem, types_.none(), {Emit(Op::LoadLocal, type, {}, result), name, CoerceTo(value, TypeOf(v), value_type)});
    }
    if (!args.empty()) {
      LowerLoop(args[0], NodeId(), [&] {
        TypeId pair = KindOf(TypeOf(args[0])) == TypeKind::Iterator ? types_[TypeOf(args[0])].params[0]
                                                                    : types_[TypeOf(args[0])].params[0];
        const TypeInfo& parts = types_[pair];
        InstId key = Emit(Op::TupleGetItem, parts.params[0], {loop_item_}, 0);
        InstId value = Emit(Op::TupleGetItem, parts.params[1], {loop_item_}, 1);
        Emit(Op::DictSetItem, types_.none(), {Emit(Op::LoadLocal, type, {}, result), CoerceTo(key, parts.params[0], key_type),
                                              CoerceTo(value, parts.params[1], value_type)});
      }, [] {});
    }
    return Emit(Op::LoadLocal, type, {}, result);
  }
  if (f == BuiltinFunction::Sum) {
    uint32_t total = NewTemp(type, "$sum");
    InstId start = args.size() == 2 ? LowerExpr(args[1]) : Emit(Op::ConstInt, types_.int_(), {}, module_.IntConstant("0"));
    TypeId start_type = args.size() == 2 ? TypeOf(args[1]) : types_.int_();
    Emit(Op::StoreLocal, types_.none(), {KindOf(type) == TypeKind::Float ? ToFloat(start, start_type) : ToInt(start, start_type)}, total);
    TypeId element = ItemTypeOf(TypeOf(args[0]));
    LowerLoop(args[0], NodeId(), [&] {
      InstId sum = LowerBinary(BinaryOp::Add, Emit(Op::LoadLocal, type, {}, total), type, loop_item_, element, type);
      Emit(Op::StoreLocal, types_.none(), {sum}, total);
    }, [] {});
    return Emit(Op::LoadLocal, type, {}, total);
  }
  std::vector<InstId> values;
  for (NodeId a : args) values.push_back(LowerExpr(a));
  At(e);
  auto arg_kind = [&](size_t i) { return KindOf(TypeOf(args[i])); };
  switch (f) {
    case BuiltinFunction::Print: {
      InstId sep = Emit(Op::ConstNone, types_.none(), {}), end = sep;
      InstId flush = Emit(Op::ConstBool, types_.bool_(), {}, 0);
      uint32_t stream = 1;  // stdout
      for (NodeId k : tree_.Items(e, CallField::keywords)) {
        std::string_view name = tree_.Name(tree_.Ident(k, KeywordField::arg));
        NodeId value = tree_.Node(k, KeywordField::value);
        if (name == "file") {
          stream = types_[TypeOf(value)].payload == static_cast<uint32_t>(BuiltinFunction::SysStderr) ? 2 : 1;
          continue;
        }
        InstId v = LowerExpr(value);
        if (name == "sep") sep = v;
        else if (name == "end") end = v;
        else flush = ToBool(v, TypeOf(value));
      }
      At(e);
      values.push_back(sep);
      values.push_back(end);
      values.push_back(flush);
      return EmitList(Op::Print, types_.none(), values, stream);
    }
    case BuiltinFunction::Len:
      switch (arg_kind(0)) {
        case TypeKind::Class: {
          auto it = instance_.call_targets.find(e.index);
          if (it != instance_.call_targets.end()) return CheckedLength(Emit(Op::Call, type, {values[0]}, it->second.index));
          return RaiseError("TypeError", "object of type '" + program_.classes[types_[TypeOf(args[0])].payload].name +
                                             "' has no len()");
        }
        case TypeKind::Str: return Emit(Op::StrLen, type, {values[0]});
        case TypeKind::Dict: return Emit(Op::DictLen, type, {values[0]});
        case TypeKind::Object: return Emit(Op::ObjectLen, type, {values[0]});
        case TypeKind::Set: return Emit(Op::SetLen, type, {values[0]});
        case TypeKind::Tuple:
          return Emit(Op::ConstInt, type, {}, module_.IntConstant(std::to_string(types_[TypeOf(args[0])].params.size())));
        default: return Emit(Op::ListLen, type, {values[0]});
      }
    case BuiltinFunction::Int:
      if (values.empty()) return Emit(Op::ConstInt, type, {}, module_.IntConstant("0"));
      switch (arg_kind(0)) {
        case TypeKind::Str: return Emit(Op::IntFromStr, type, {values[0]});
        case TypeKind::Float: return Emit(Op::IntFromFloat, type, {values[0]});
        case TypeKind::Object: return Emit(Op::ObjectToInt, type, {values[0]});
        default: return ToInt(values[0], TypeOf(args[0]));
      }
    case BuiltinFunction::Float:
      if (values.empty()) return Emit(Op::ConstFloat, type, {}, module_.FloatConstant(0.0));
      if (arg_kind(0) == TypeKind::Str) return Emit(Op::FloatFromStr, type, {values[0]});
      return ToFloat(values[0], TypeOf(args[0]));
    case BuiltinFunction::Str:
      if (values.empty()) return Emit(Op::ConstStr, type, {}, module_.StrConstant(""));
      if (arg_kind(0) == TypeKind::Str) return values[0];
      return Emit(Op::ToStr, type, {values[0]});
    case BuiltinFunction::Repr:
      return Emit(Op::ToRepr, type, {values[0]});
    case BuiltinFunction::Ascii:
      return Emit(Op::ToAscii, type, {values[0]});
    case BuiltinFunction::Divmod: {
      // (a // b, a % b), each raising as the operator does.
      TypeId part = types_[type].params[0];
      InstId q = LowerBinary(BinaryOp::FloorDiv, values[0], TypeOf(args[0]), values[1], TypeOf(args[1]), part);
      InstId r = LowerBinary(BinaryOp::Mod, values[0], TypeOf(args[0]), values[1], TypeOf(args[1]), part);
      return Emit(Op::TupleNew, type, {q, r});
    }
    case BuiltinFunction::Bool:
      if (values.empty()) return Emit(Op::ConstBool, type, {}, 0);
      return ToBool(values[0], TypeOf(args[0]));
    case BuiltinFunction::Range:
      return Emit(Op::ConstNone, type, {});  // only iterated over, by LowerFor
    case BuiltinFunction::List: {
      if (args.empty()) return EmitList(Op::ListNew, type, {});
      return EmitList(Op::ListMethod, type, {values[0]}, static_cast<uint32_t>(ListMethod::Copy));
    }
    case BuiltinFunction::Zip:
    case BuiltinFunction::Enumerate:
      return Emit(Op::ConstNone, type, {});  // only iterated over, by LowerLoop
    case BuiltinFunction::Abs: {
      TypeId t = TypeOf(args[0]);
      if (KindOf(t) == TypeKind::Object) return Emit(Op::ObjectAbs, type, {values[0]});
      uint32_t result = NewTemp(type, "$abs");
      InstId v = KindOf(t) == TypeKind::Float ? values[0] : ToInt(values[0], t);
      InstId negative;
      if (KindOf(t) == TypeKind::Float) {
        InstId zero = Emit(Op::ConstFloat, type, {}, module_.FloatConstant(0.0));
        negative = Emit(Op::FloatCompare, types_.bool_(), {v, zero}, static_cast<uint32_t>(CmpOp::Lt));
      } else {
        InstId zero = Emit(Op::ConstInt, type, {}, module_.IntConstant("0"));
        negative = Emit(Op::IntCompare, types_.bool_(), {v, zero}, static_cast<uint32_t>(CmpOp::Lt));
      }
      Emit(Op::StoreLocal, types_.none(), {v}, result);
      BlockId negate = NewBlock(), done = NewBlock();
      Emit(Op::CondBranch, types_.none(), {negative}, negate.index, done.index);
      SetBlock(negate);
      Emit(Op::StoreLocal, types_.none(),
           {Emit(KindOf(t) == TypeKind::Float ? Op::FloatNeg : Op::IntNeg, type, {v})}, result);
      BranchTo(done);
      SetBlock(done);
      return Emit(Op::LoadLocal, type, {}, result);
    }
#define MATH_FUNCTION(Name, Arity, Result) case BuiltinFunction::Math_##Name:
#include "types/math_functions.def"
    {
      std::vector<InstId> floats;
      for (size_t i = 0; i < values.size(); ++i) floats.push_back(ToFloat(values[i], TypeOf(args[i])));
      return EmitList(Op::MathCall, type, floats,
                      static_cast<uint32_t>(f) - static_cast<uint32_t>(BuiltinFunction::Math_sqrt));
    }
    case BuiltinFunction::Min:
    case BuiltinFunction::Max: {
      // The first of the extreme values wins, as in CPython.
      uint32_t result = NewTemp(type, "$minmax");
      Emit(Op::StoreLocal, types_.none(), {values[0]}, result);
      CmpOp better = f == BuiltinFunction::Min ? CmpOp::Lt : CmpOp::Gt;
      for (size_t i = 1; i < values.size(); ++i) {
        InstId best = Emit(Op::LoadLocal, type, {}, result);
        InstId c = LowerCompare(better, values[i], type, best, type);
        BlockId take = NewBlock(), next = NewBlock();
        Emit(Op::CondBranch, types_.none(), {c}, take.index, next.index);
        SetBlock(take);
        Emit(Op::StoreLocal, types_.none(), {values[i]}, result);
        BranchTo(next);
        SetBlock(next);
      }
      return Emit(Op::LoadLocal, type, {}, result);
    }
  }
  return Emit(Op::ConstNone, type, {});
}

// A value of type `from` stored where `to` is expected; `to` includes `from`.
InstId FunctionLowering::CoerceTo(InstId v, TypeId from, TypeId to) {
  if (from == to || KindOf(to) == TypeKind::Unknown) return v;
  if (KindOf(to) == TypeKind::Object) return Emit(Op::Box, to, {v});
  return Emit(Op::Coerce, to, {v});
}

InstId FunctionLowering::ObjectOf(InstId v, TypeId type, IdentId attr) {
  if (KindOf(type) != TypeKind::Optional) return v;
  return Emit(Op::CheckNotNone, types_[type].params[0], {v}, module_.StrConstant(std::string(tree_.Name(attr))));
}

InstId FunctionLowering::LowerAttribute(NodeId e) {
  NodeId base = tree_.Node(e, AttributeField::value);
  TypeId base_type = TypeOf(base);
  TypeId type = TypeOf(e);
  IdentId attr = tree_.Ident(e, AttributeField::attr);
  std::string_view name = tree_.Name(attr);
  if (KindOf(base_type) == TypeKind::Module) {
    if (types_[base_type].payload == static_cast<uint32_t>(BuiltinModule::Sys)) return Emit(Op::SysArgv, type, {});
    double value = name == "pi" ? 3.141592653589793 : name == "e" ? 2.718281828459045
                 : name == "tau" ? 6.283185307179586 : name == "inf" ? __builtin_inf() : __builtin_nan("");
    return Emit(Op::ConstFloat, type, {}, module_.FloatConstant(value));
  }
  if (KindOf(base_type) == TypeKind::NoneType) {
    LowerExpr(base);
    At(e);
    return RaiseError("AttributeError", "'NoneType' object has no attribute '" + std::string(name) + "'");
  }
  if (KindOf(base_type) == TypeKind::Object) return LowerDynamic(e, base);
  if (auto g = instance_.names.find(e.index); g != instance_.names.end()) {
    // A class attribute, read through the class or an instance.
    if (KindOf(base_type) != TypeKind::ClassObject) ObjectOf(LowerExpr(base), base_type, attr);
    At(e);
    return Emit(Op::LoadGlobal, type, {}, g->second.index);
  }
  InstId object = ObjectOf(LowerExpr(base), base_type, attr);
  At(e);
  if (auto getter = instance_.call_targets.find(e.index); getter != instance_.call_targets.end())
    return Emit(Op::Call, type, {object}, getter->second.index);
  TypeId class_type = ClassTypeOf(base_type);
  const ClassInfo& info = program_.classes[types_[class_type].payload];
  int32_t field = info.FieldIndex(attr);
  if (field < 0) {
    return RaiseError("AttributeError", "'" + info.name + "' object has no attribute '" + std::string(name) + "'");
  }
  return Emit(Op::GetField, type, {object}, static_cast<uint32_t>(field));
}

InstId FunctionLowering::LowerMethodCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  NodeId base = tree_.Node(func, AttributeField::value);
  IdentId attr = tree_.Ident(func, AttributeField::attr);
  InstId object = ObjectOf(LowerExpr(base), TypeOf(base), attr);
  std::vector<InstId> args{object};
  for (InstId a : LowerBoundArguments(e)) args.push_back(a);
  At(e);
  auto it = instance_.call_targets.find(e.index);
  if (it == instance_.call_targets.end()) {
    TypeId class_type = KindOf(TypeOf(base)) == TypeKind::Optional ? types_[TypeOf(base)].params[0] : TypeOf(base);
    return RaiseError("AttributeError", "'" + program_.classes[types_[class_type].payload].name +
                                            "' object has no attribute '" + std::string(tree_.Name(attr)) + "'");
  }
  return EmitList(Op::Call, TypeOf(e), args, it->second.index);
}

InstId FunctionLowering::LowerSetMethodCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  NodeId receiver = tree_.Node(func, AttributeField::value);
  std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
  InstId set = LowerExpr(receiver);
  std::vector<InstId> operands{set};
  for (NodeId a : tree_.Items(e, CallField::args)) operands.push_back(CoerceTo(LowerExpr(a), TypeOf(a), types_.object()));
  At(e);
  TypeId type = TypeOf(e);
  if (name == "add") return Emit(Op::SetAdd, type, {set, operands[1]});
  static const std::pair<std::string_view, SetMethod> kMethods[] = {
      {"discard", SetMethod::Discard}, {"remove", SetMethod::Remove}, {"pop", SetMethod::Pop},
      {"clear", SetMethod::Clear}, {"copy", SetMethod::Copy}, {"update", SetMethod::Update},
      {"intersection_update", SetMethod::IntersectionUpdate}, {"difference_update", SetMethod::DifferenceUpdate},
      {"symmetric_difference_update", SetMethod::SymmetricDifferenceUpdate}, {"union", SetMethod::Union},
      {"intersection", SetMethod::Intersection}, {"difference", SetMethod::Difference},
      {"symmetric_difference", SetMethod::SymmetricDifference}, {"issubset", SetMethod::IsSubset},
      {"issuperset", SetMethod::IsSuperset}, {"isdisjoint", SetMethod::IsDisjoint}};
  SetMethod method = SetMethod::Copy;
  for (auto& [n, m] : kMethods)
    if (n == name) method = m;
  // The methods taking several iterables (union(a, b)) apply them one by one.
  if (operands.size() > 2) {
    bool makes_new = method == SetMethod::Union || method == SetMethod::Intersection ||
                     method == SetMethod::Difference || method == SetMethod::SymmetricDifference;
    InstId current = set;
    for (size_t i = 1; i < operands.size(); ++i)
      current = EmitList(Op::SetMethod, makes_new ? type : types_.none(), {makes_new ? current : set, operands[i]},
                         static_cast<uint32_t>(method));
    return makes_new ? current : Emit(Op::ConstNone, types_.none(), {});
  }
  if (operands.size() == 1 && (method == SetMethod::Union || method == SetMethod::Intersection ||
                               method == SetMethod::Difference || method == SetMethod::SymmetricDifference))
    return EmitList(Op::SetMethod, type, {set}, static_cast<uint32_t>(SetMethod::Copy));
  return EmitList(Op::SetMethod, type, operands, static_cast<uint32_t>(method));
}

InstId FunctionLowering::LowerListMethodCall(NodeId e) {
  NodeId func = tree_.Node(e, CallField::func);
  NodeId container = tree_.Node(func, AttributeField::value);
  TypeId list_type = TypeOf(container);
  TypeId element = types_[list_type].params[0];
  std::string_view name = tree_.Name(tree_.Ident(func, AttributeField::attr));
  InstId list = LowerExpr(container);
  auto args = tree_.Items(e, CallField::args);
  std::vector<InstId> values;
  for (NodeId a : args) values.push_back(LowerExpr(a));
  InstId reverse = InstId();
  for (NodeId k : tree_.Items(e, CallField::keywords)) {
    NodeId v = tree_.Node(k, KeywordField::value);
    reverse = ToBool(LowerExpr(v), TypeOf(v));
  }
  At(e);
  TypeId type = TypeOf(e);
  auto method = [&](ListMethod m, std::vector<InstId> operands) {
    operands.insert(operands.begin(), list);
    return EmitList(Op::ListMethod, type, operands, static_cast<uint32_t>(m));
  };
  auto as_element = [&](size_t i) { return CoerceTo(values[i], TypeOf(args[i]), element); };
  auto as_object = [&](size_t i) { return CoerceTo(values[i], TypeOf(args[i]), types_.object()); };
  if (name == "append") return Emit(Op::ListAppend, type, {list, as_element(0)});
  if (name == "insert") return method(ListMethod::Insert, {ToInt(values[0], TypeOf(args[0])), as_element(1)});
  if (name == "extend") return method(ListMethod::Extend, {values[0]});
  if (name == "pop") return method(ListMethod::Pop, values.empty() ? std::vector<InstId>{} : std::vector<InstId>{ToInt(values[0], TypeOf(args[0]))});
  if (name == "reverse") return method(ListMethod::Reverse, {});
  if (name == "clear") return method(ListMethod::Clear, {});
  if (name == "sort") return method(ListMethod::Sort, {reverse ? reverse : Emit(Op::ConstBool, types_.bool_(), {}, 0)});
  if (name == "copy") return method(ListMethod::Copy, {});
  if (name == "index") return method(ListMethod::Index, {as_object(0)});
  if (name == "count") return method(ListMethod::Count, {as_object(0)});
  return method(ListMethod::Remove, {as_object(0)});
}

std::unordered_map<uint32_t, InstId> FunctionLowering::LowerCallArguments(NodeId call) {
  std::unordered_map<uint32_t, InstId> values;
  for (NodeId a : tree_.Items(call, CallField::args)) values[a.index] = LowerExpr(a);
  for (NodeId k : tree_.Items(call, CallField::keywords)) {
    NodeId v = tree_.Node(k, KeywordField::value);
    values[v.index] = LowerExpr(v);
  }
  return values;
}

std::vector<InstId> FunctionLowering::BindArguments(const std::unordered_map<uint32_t, InstId>& values,
                                                    std::span<const NodeId> bound, NodeId call) {
  std::vector<InstId> args;
  auto pack = instance_.keyword_packs.find(call.index);
  for (size_t i = 0; i < bound.size(); ++i) {
    NodeId n = bound[i];
    if (pack != instance_.keyword_packs.end() && n == call) {
      // The callee's **kwargs: the extra keyword values, in a tuple.
      std::vector<InstId> items;
      for (NodeId v : pack->second.packed) items.push_back(values.at(v.index));
      args.push_back(EmitList(Op::TupleNew, pack->second.packed_type, items));
      continue;
    }
    auto v = values.find(n.index);
    InstId value = v != values.end() ? v->second : LowerExpr(n);  // a default: a literal
    if (pack != instance_.keyword_packs.end() && i < pack->second.forwarded.size() && pack->second.forwarded[i] >= 0) {
      // An item of the caller's own **kwargs, passed on.
      uint32_t item = static_cast<uint32_t>(pack->second.forwarded[i]);
      value = Emit(Op::TupleGetItem, types_[TypeOf(n)].params[item], {value}, item);
    }
    args.push_back(value);
  }
  return args;
}

std::vector<InstId> FunctionLowering::LowerBoundArguments(NodeId call) {
  std::unordered_map<uint32_t, InstId> values = LowerCallArguments(call);
  auto it = instance_.call_bindings.find(call.index);
  if (it == instance_.call_bindings.end()) return {};
  return BindArguments(values, it->second, call);
}

// x.m(args) or x.a with x an `object`: the receiver's run-time class picks
// one of the cases sema found (FunctionInstance::dynamic_cases), tested in
// turn; none matching raises AttributeError as CPython does.
InstId FunctionLowering::LowerDynamic(NodeId e, NodeId receiver) {
  bool is_call = tree_.Kind(e) == NodeKind::Call;
  NodeId attribute = is_call ? tree_.Node(e, CallField::func) : e;
  std::string name(tree_.Name(tree_.Ident(attribute, AttributeField::attr)));
  InstId object = LowerExpr(receiver);
  std::unordered_map<uint32_t, InstId> values;
  if (is_call) values = LowerCallArguments(e);
  At(e);
  TypeId type = TypeOf(e);
  uint32_t result = NewTemp(type, is_call ? "$call" : "$attr");
  BlockId done = NewBlock();
  for (const DynamicCase& c : instance_.dynamic_cases.at(e.index)) {
    BlockId yes = NewBlock(), no = NewBlock();
    bool builtin = c.class_index == DynamicCase::kBuiltinType;
    InstId is = builtin ? Emit(Op::TypeIs, types_.bool_(), {object}, module_.StrConstant("str"), 1)
                        : Emit(Op::TypeIs, types_.bool_(), {object}, c.class_index, 0);
    Emit(Op::CondBranch, types_.none(), {is}, yes.index, no.index);
    SetBlock(yes);
    InstId self = Emit(Op::Unbox, c.receiver, {object});
    if (builtin) {
      std::vector<InstId> operands{self};
      for (NodeId a : tree_.Items(e, CallField::args)) operands.push_back(values.at(a.index));
      At(e);
      StoreSlot(result, EmitList(Op::StrMethod, c.result, operands, static_cast<uint32_t>(c.str_method)), c.result);
    } else if (is_call) {
      std::vector<InstId> args{self};
      for (InstId a : BindArguments(values, c.bound, e)) args.push_back(a);
      At(e);
      TypeId returns = program_[c.target].return_type;
      StoreSlot(result, EmitList(Op::Call, returns, args, c.target.index), returns);
    } else {
      TypeId field_type = program_.classes[c.class_index].fields[c.field].type;
      StoreSlot(result, Emit(Op::GetField, field_type, {self}, static_cast<uint32_t>(c.field)), field_type);
    }
    BranchTo(done);
    SetBlock(no);
  }
  Emit(Op::RaiseNoAttribute, types_.none(), {object}, module_.StrConstant(name));
  Emit(Op::Unreachable, types_.none(), {});
  SetBlock(done);
  return Emit(Op::LoadLocal, type, {}, result);
}

InstId FunctionLowering::LowerConstructorCall(NodeId e, uint32_t class_index) {
  bool exception = program_.classes[class_index].is_exception;
  std::vector<InstId> args;
  std::vector<InstId> exception_args;  // an exception's args: its positional arguments
  if (exception) {
    for (NodeId a : tree_.Items(e, CallField::args)) exception_args.push_back(LowerExpr(a));
    if (instance_.call_bindings.count(e.index)) {
      // Bound again from the values already computed (positional arguments only).
      auto positional = tree_.Items(e, CallField::args);
      for (NodeId n : instance_.call_bindings.at(e.index)) {
        auto it = std::find(positional.begin(), positional.end(), n);
        args.push_back(it != positional.end() ? exception_args[static_cast<size_t>(it - positional.begin())] : LowerExpr(n));
      }
    }
  } else {
    args = LowerBoundArguments(e);
  }
  At(e);
  InstId object = EmitList(Op::NewObject, TypeOf(e), exception_args, class_index);
  auto it = instance_.call_targets.find(e.index);
  if (it != instance_.call_targets.end()) {
    args.insert(args.begin(), object);
    EmitList(Op::Call, types_.none(), args, it->second.index);
  }
  return object;
}

}  // namespace

std::unique_ptr<Module> Lower(const Program& program) { return ModuleLowering(program).Lower(); }

}  // namespace keelback::ir
