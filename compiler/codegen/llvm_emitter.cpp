// IR to LLVM IR. Each IR op becomes a short inline sequence (the small-int
// and in-bounds fast paths) and, where needed, a call into the runtime.
//
// Exceptions use the Itanium C++ ABI: a call that may raise is an `invoke`
// whose landing pad records the caller's source line in the traceback
// (kb_traceback_add) and resumes unwinding, so a call that does not raise
// costs what a plain call costs.
#include "codegen/llvm_emitter.h"

#include "types/native_modules.h"

#include "keelback_runtime.h"  // KbCompareOp

#include <cstdlib>
#include <functional>
#include <map>
#include <set>

#include "llvm/IR/IRBuilder.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Verifier.h"

namespace keelback::codegen {
namespace {

using llvm::BasicBlock;
using llvm::Value;

enum class RuntimeFn : uint32_t {
#define RUNTIME_FUNCTION(Name, Raises, Result, Params) Name,
#include "codegen/runtime_functions.def"
};

struct RuntimeFnInfo {
  const char* name;
  int raises;
  const char* result;
  const char* params;
};

constexpr RuntimeFnInfo kRuntimeFns[] = {
#define RUNTIME_FUNCTION(Name, Raises, Result, Params) {#Name, Raises, Result, Params},
#include "codegen/runtime_functions.def"
};

// Object layouts of keelback_runtime.h, in bytes.
constexpr uint64_t kStrLengthOffset = 8;
constexpr uint64_t kListLengthOffset = 8;
constexpr uint64_t kListCapacityOffset = 16;
constexpr uint64_t kListItemsOffset = 24;
constexpr uint64_t kTupleItemsOffset = 16;
constexpr uint32_t kElemValue = 0, kElemFloat = 1, kElemBool = 2;
constexpr int64_t kSmallIntMax = (int64_t{1} << 62) - 1;
constexpr int64_t kSmallIntMin = -(int64_t{1} << 62);

class Emitter {
 public:
  Emitter(const ir::Module& module, llvm::LLVMContext& context)
      : m_(module),
        types_(*module.types),
        ctx_(context),
        mod_(std::make_unique<llvm::Module>("keelback", context)),
        b_(context) {
    i1_ = b_.getInt1Ty();
    i8_ = b_.getInt8Ty();
    i32_ = b_.getInt32Ty();
    i64_ = b_.getInt64Ty();
    f64_ = b_.getDoubleTy();
    ptr_ = b_.getPtrTy();
  }

  std::unique_ptr<llvm::Module> Emit(bool with_main);

 private:
  // --- module-level pieces
  llvm::Type* TypeFor(TypeId t) const;
  bool IsPointer(TypeId t) const { return TypeFor(t) == ptr_; }
  void DefineClasses();
  void InitializeClassTypes();
  llvm::Constant* SlotWrapper(int32_t function, const std::string& name, int arguments = 1);
  llvm::Constant* ModuleObject(uint32_t payload);
  llvm::Constant* BuiltinFunctionObject(BuiltinFunction f, std::string_view name);
  llvm::Type* FieldStorage(const ir::ClassLayout::Field& f) const {
    if (f.boxed) return i64_;
    llvm::Type* t = TypeFor(f.type);
    return t == i1_ ? i64_ : t;
  }
  Value* NoneIn(TypeId t) {  // None in the representation of Optional[T]
    return IsPointer(t) ? static_cast<Value*>(llvm::ConstantExpr::getIntToPtr(NoneWord(), ptr_)) : NoneWord();
  }
  Value* IsNoneValue(Value* v) {
    Value* word = v->getType() == ptr_ ? b_.CreatePtrToInt(v, i64_) : v;
    return b_.CreateICmpEQ(word, NoneWord());
  }
  Value* RaiseIf(Value* condition, const char* type, const std::string& message);
  llvm::FunctionCallee MathRuntime(uint32_t index);
  llvm::GlobalVariable* ExternalGlobal(const std::string& name, llvm::Type* type);
  llvm::Constant* CString(const std::string& text);
  llvm::Constant* StrConstant(uint32_t index);
  llvm::Constant* NoneWord() { return llvm::ConstantExpr::getPtrToInt(ExternalGlobal("kb_None", i8_), i64_); }
  llvm::FunctionCallee Runtime(RuntimeFn fn);
  void DeclareFunctions();
  void DefineGlobals();
  void EmitMain();

  // --- functions
  void EmitFunction(uint32_t index);
  // Generator functions (coroutines): the ramp that makes the generator
  // object and pauses before the body; each yield's pause; the end.
  void EmitGeneratorStart();
  Value* EmitYield(Value* value, uint32_t handled, bool delegating);
  void EmitGeneratorReturn(Value* boxed);
  Value* EmitGeneratorOp(const ir::Inst& inst, std::span<const ir::InstId> operands);
  // KbGenerator's fields (keelback_runtime.h), by byte offset.
  static constexpr uint64_t kGeneratorFrame = 8, kGeneratorState = 24, kGeneratorThrown = 32,
                            kGeneratorYielded = 40, kGeneratorSent = 48, kGeneratorReturned = 56;
  void FindFusedSlices();
  // Int expression trees (see FindIntTrees): computed once in machine
  // arithmetic with one check, redone op by op when the check fails.
  void FindIntTrees();
  bool IsIntTreeNode(const ir::Inst& inst) const;
  Value* EmitIntTree(const ir::Inst& root);
  // float(int): a big int converts in the run-time library without raising
  // (nan for one too large), and only then raises, on a path that leaves.
  Value* IntToFloat(Value* a) {
    return FastOrSlow(IsSmall(a), f64_, [&](BasicBlock*) { return b_.CreateSIToFP(Untag(a), f64_); },
                      [&] {
                        Value* d = CallSlowPath(RuntimeFn::kb_int_to_float_quiet, {a});
                        BasicBlock* too_large = NewBlock("int_too_large");
                        BasicBlock* converted = NewBlock("int_converted");
                        b_.CreateCondBr(b_.CreateFCmpUNO(d, d), too_large, converted, Unlikely());
                        b_.SetInsertPoint(too_large);
                        CallRuntime(RuntimeFn::kb_int_to_float, {a});  // raises OverflowError
                        b_.CreateUnreachable();
                        b_.SetInsertPoint(converted);
                        return d;
                      });
  }
  void UnrollSelfRecursion();
  static std::vector<uint32_t> ReversePostOrder(const ir::Function& f);
  bool RunsNoOtherCode(const ir::Function& f) const;
  void EmitInst(const ir::Inst& inst, ir::InstId id);
  Value* V(ir::InstId id) const { return values_[id.index]; }
  Value* CallRuntime(RuntimeFn fn, llvm::ArrayRef<Value*> args);
  // A call of a run-time function that never raises, from a slow path,
  // through a wrapper that preserves every register (see SlowPathWrapper).
  Value* CallSlowPath(RuntimeFn fn, llvm::ArrayRef<Value*> args);
  llvm::Function* SlowPathWrapper(RuntimeFn fn);
  Value* CallMayRaise(llvm::FunctionCallee callee, llvm::ArrayRef<Value*> args, bool record = true);
  BasicBlock* LandingPad(bool record = true);
  llvm::AllocaInst* EntryAlloca(llvm::Type* type, uint64_t count = 1);
  BasicBlock* NewBlock(const char* name) { return BasicBlock::Create(ctx_, name, fn_); }
  // Branch weights: fast paths (small ints, no overflow, in bounds) are the
  // rule, so the slow paths are laid out of the way.
  llvm::MDNode* Likely() { return llvm::MDBuilder(ctx_).createBranchWeights(1 << 20, 1); }
  llvm::MDNode* Unlikely() { return llvm::MDBuilder(ctx_).createBranchWeights(1, 1 << 20); }

  // --- value helpers
  Value* IsSmall(Value* a) { return b_.CreateICmpNE(b_.CreateAnd(a, b_.getInt64(1)), b_.getInt64(0)); }
  Value* BothSmall(Value* a, Value* b) { return IsSmall(b_.CreateAnd(a, b)); }
  Value* Untag(Value* a) { return b_.CreateAShr(a, 1); }
  Value* Tag(Value* x) { return b_.CreateOr(b_.CreateShl(x, 1), b_.getInt64(1)); }
  Value* Box(Value* v, TypeId type);
  Value* Unbox(Value* word, TypeId type);
  Value* FieldAddress(Value* object, uint64_t offset) { return b_.CreateConstInBoundsGEP1_64(i8_, object, offset); }
  Value* LoadField(llvm::Type* type, Value* object, uint64_t offset) {
    return b_.CreateLoad(type, FieldAddress(object, offset));
  }
  // Type-based alias classes (TBAA) for the memory generated code touches
  // most: a list's length, its items pointer, its elements of each kind, and
  // the recursion counter. Accesses of two different classes never overlap
  // (elements live in their own block, never inside a list header), so LLVM
  // may keep a length or an items pointer in a register across element
  // stores, which lets it hoist them out of loops. Untagged accesses (and
  // every call) still alias everything.
  enum class Alias { ListLength, ListCapacity, ListItems, ElemValue, ElemFloat, ElemBool, RecursionDepth };
  llvm::MDNode* AliasTag(Alias alias);
  template <typename Access>
  Access* Tagged(Access* access, Alias alias) {
    access->setMetadata(llvm::LLVMContext::MD_tbaa, AliasTag(alias));
    return access;
  }
  Alias ElemAlias(uint32_t kind) const {
    return kind == kElemFloat ? Alias::ElemFloat : kind == kElemBool ? Alias::ElemBool : Alias::ElemValue;
  }
  // A length is below 2^57: no address space holds more elements (a bool
  // element is one byte). Knowing it, LLVM drops the overflow checks of
  // index arithmetic such as i + j or i + 1 on loop counters bounded by it.
  llvm::MDNode* LengthRange() {
    return llvm::MDBuilder(ctx_).createRange(llvm::APInt(64, 0), llvm::APInt(64, uint64_t{1} << 57));
  }
  Value* LoadListLength(Value* list) {
    auto* load = Tagged(b_.CreateLoad(i64_, FieldAddress(list, kListLengthOffset)), Alias::ListLength);
    load->setMetadata(llvm::LLVMContext::MD_range, LengthRange());
    return load;
  }
  // A value of type list (not Optional[list]) always points to a whole
  // KbList. Saying so (nonnull, dereferenceable) lets LLVM load its length
  // and items pointer before the check that guards their use, and so hoist
  // them out of a loop (b_row's length and items in `c_row[j] += a * b_row[j]`).
  static constexpr uint64_t kListBytes = 40;  // sizeof(KbList)
  void MarkListResult(llvm::CallBase* call) {
    call->addRetAttr(llvm::Attribute::NonNull);
    call->addRetAttr(llvm::Attribute::getWithDereferenceableBytes(ctx_, kListBytes));
    call->addRetAttr(llvm::Attribute::getWithAlignment(ctx_, llvm::Align(8)));
  }
  Value* LoadListItems(Value* list) {
    return Tagged(b_.CreateLoad(ptr_, FieldAddress(list, kListItemsOffset)), Alias::ListItems);
  }
  Value* IntConstant(const std::string& text);
  Value* IntArith(BinaryOp op, Value* a, Value* b);
  Value* IntCompare(CmpOp op, Value* a, Value* b);
  Value* FloatCompare(CmpOp op, Value* a, Value* b);  // IEEE: with a nan only != holds
  // The runtime's KbCompareOp (keelback_runtime.h) for a comparison operator.
  Value* RuntimeCompareOp(CmpOp op) {
    switch (op) {
      case CmpOp::Lt: return b_.getInt32(KB_LT);
      case CmpOp::LtE: return b_.getInt32(KB_LE);
      case CmpOp::Eq: return b_.getInt32(KB_EQ);
      case CmpOp::NotEq: return b_.getInt32(KB_NE);
      case CmpOp::Gt: return b_.getInt32(KB_GT);
      case CmpOp::GtE: return b_.getInt32(KB_GE);
      case CmpOp::Is: case CmpOp::IsNot: case CmpOp::In: case CmpOp::NotIn: break;
    }
    return b_.getInt32(KB_EQ);  // not an ordering: no caller passes one
  }
  Value* FloatArith(BinaryOp op, Value* a, Value* b);
  Value* Truthy(Value* v, TypeId type);
  Value* ListGetItem(Value* list, Value* index, TypeId element);
  bool EmitReversalInPlace(const ir::Inst& store, const std::function<void()>& general);
  void ListSetItem(Value* list, Value* index, Value* value, TypeId element);
  Value* EmitListMethod(const ir::Inst& inst, std::span<const ir::InstId> operands);
  Value* EmitStrMethod(const ir::Inst& inst, std::span<const ir::InstId> operands);
  Value* EmitRuntimeCall(const ir::Inst& inst, std::span<const ir::InstId> operands);
  // The runtime function for an element kind: value, float or bool variant.
  RuntimeFn ByKind(TypeId element, RuntimeFn value, RuntimeFn float_fn, RuntimeFn bool_fn) const {
    uint32_t kind = ElemKind(element);
    return kind == kElemFloat ? float_fn : kind == kElemBool ? bool_fn : value;
  }
  uint32_t ElemKind(TypeId element) const;
  llvm::Type* ElemType(uint32_t kind) const { return kind == kElemFloat ? f64_ : kind == kElemBool ? i8_ : i64_; }
  Value* ToElem(Value* v, TypeId element);
  Value* FromElem(Value* raw, TypeId element);
  // Fast path in the current block, slow path in another; joined with a phi.
  template <typename Fast, typename Slow>
  Value* FastOrSlow(Value* take_fast, llvm::Type* type, Fast fast, Slow slow);

  const ir::Module& m_;
  const TypeTable& types_;
  llvm::LLVMContext& ctx_;
  std::unique_ptr<llvm::Module> mod_;
  llvm::IRBuilder<> b_;
  llvm::Type *i1_, *i8_, *i32_, *i64_, *f64_, *ptr_;

  std::vector<llvm::Function*> functions_;
  llvm::StructType* globals_type_ = nullptr;
  llvm::GlobalVariable* globals_ = nullptr;
  std::map<std::string, uint32_t> big_ints_;  // decimal text -> field in globals_
  uint32_t global_flags_base_ = 0;            // field of global 0's "assigned" byte
  std::vector<llvm::Constant*> strs_;
  std::map<std::string, llvm::Constant*> cstrings_;
  std::vector<llvm::StructType*> class_structs_;
  std::vector<llvm::GlobalVariable*> class_types_;
  std::unordered_map<uint32_t, llvm::Constant*> module_objects_;  // Module payload -> its KbModule
  std::unordered_map<uint32_t, llvm::Constant*> builtin_function_objects_;  // BuiltinFunction -> its object

  // Per function.
  const ir::Function* f_ = nullptr;
  llvm::Function* fn_ = nullptr;
  std::vector<Value*> values_;
  std::vector<llvm::AllocaInst*> slots_;
  std::vector<llvm::AllocaInst*> assigned_flags_;  // per slot, or null when every load follows a store
  std::vector<BasicBlock*> blocks_;
  std::map<uint64_t, BasicBlock*> landing_pads_;  // (line, handler, catches, record) -> pad
  uint32_t current_block_ = 0;                      // the IR block being emitted
  llvm::AllocaInst* unwind_slot_ = nullptr;          // the exception a landing pad hands to a try's dispatch
  Value* depth_on_entry_ = nullptr;
  // A generator function's coroutine: its handle, its generator object, the
  // block that leaves the coroutine (returning the generator from the
  // ramp) and the one for its destruction (never requested: the GC frees it).
  Value* coro_handle_ = nullptr;
  Value* generator_ = nullptr;
  BasicBlock* coro_end_ = nullptr;
  BasicBlock* coro_cleanup_ = nullptr;
  llvm::Value* coro_id_ = nullptr;
  SourceOffset location_ = 0;
  std::set<uint32_t> fused_slices_;  // ListSlice instructions their ListSetSlice emits
  std::vector<uint8_t> int_tree_inner_;  // per instruction: 1 when its int tree's root computes it
  bool function_has_floats_ = false;     // some value of the function is a float
  llvm::MDNode* tbaa_root_ = nullptr;
  std::map<Alias, llvm::MDNode*> alias_tags_;
  BasicBlock* entry_ = nullptr;
};

llvm::Type* Emitter::TypeFor(TypeId t) const {
  switch (types_.Kind(t)) {
    case TypeKind::Float: return f64_;
    case TypeKind::Bool: return i1_;
    case TypeKind::Optional:
      // None is &kb_None in T's representation; a float (unboxed in T's) is
      // boxed in Optional[float]'s, a word.
      if (types_.Kind(types_[t].params[0]) == TypeKind::Float) return i64_;
      return TypeFor(types_[t].params[0]);
    case TypeKind::Str:
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Set:
    case TypeKind::Tuple:
    case TypeKind::Generator:
    case TypeKind::Class: return ptr_;
    default: return i64_;  // int, None, object, and values never materialised
  }
}

llvm::MDNode* Emitter::AliasTag(Alias alias) {
  auto it = alias_tags_.find(alias);
  if (it != alias_tags_.end()) return it->second;
  llvm::MDBuilder md(ctx_);
  if (!tbaa_root_) tbaa_root_ = md.createTBAARoot("keelback");
  const char* name = "";
  switch (alias) {
    case Alias::ListLength: name = "list.length"; break;
    case Alias::ListCapacity: name = "list.capacity"; break;
    case Alias::ListItems: name = "list.items"; break;
    case Alias::ElemValue: name = "list.elem.value"; break;
    case Alias::ElemFloat: name = "list.elem.float"; break;
    case Alias::ElemBool: name = "list.elem.bool"; break;
    case Alias::RecursionDepth: name = "recursion_depth"; break;
  }
  llvm::MDNode* scalar = md.createTBAAScalarTypeNode(name, tbaa_root_);
  llvm::MDNode* tag = md.createTBAAStructTagNode(scalar, scalar, 0);
  alias_tags_.emplace(alias, tag);
  return tag;
}

llvm::GlobalVariable* Emitter::ExternalGlobal(const std::string& name, llvm::Type* type) {
  if (auto* g = mod_->getNamedGlobal(name)) return g;
  return new llvm::GlobalVariable(*mod_, type, false, llvm::GlobalValue::ExternalLinkage, nullptr, name);
}

llvm::Constant* Emitter::CString(const std::string& text) {
  auto it = cstrings_.find(text);
  if (it != cstrings_.end()) return it->second;
  llvm::Constant* c = b_.CreateGlobalString(text, ".cstr", 0, mod_.get());
  cstrings_.emplace(text, c);
  return c;
}

// A str literal, laid out as a KbStr (keelback_runtime.h) in a global.
llvm::Constant* Emitter::StrConstant(uint32_t index) {
  if (strs_[index]) return strs_[index];
  const std::string& text = m_.str_constants[index];
  int64_t length = 0;
  bool ascii = true;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++length;
    if (c >= 0x80) ascii = false;
  }
  auto* data_type = llvm::ArrayType::get(i8_, text.size() + 1);
  auto* type = llvm::StructType::get(ctx_, {ptr_, i64_, i64_, i64_, i32_, i32_, data_type});
  llvm::Constant* init = llvm::ConstantStruct::get(
      type, {ExternalGlobal("kb_type_str", i8_), b_.getInt64(length), b_.getInt64(static_cast<int64_t>(text.size())),
             b_.getInt64(-1), b_.getInt32(ascii ? 1 : 0), b_.getInt32(0),
             llvm::ConstantDataArray::getString(ctx_, text, true)});
  auto* g = new llvm::GlobalVariable(*mod_, type, false, llvm::GlobalValue::PrivateLinkage, init, ".str");
  g->setAlignment(llvm::Align(16));
  strs_[index] = g;
  return g;
}

llvm::FunctionCallee Emitter::Runtime(RuntimeFn fn) {
  const RuntimeFnInfo& info = kRuntimeFns[static_cast<size_t>(fn)];
  auto code_type = [&](char c) -> llvm::Type* {
    switch (c) {
      case 'V': case 'L': return i64_;
      case 'P': return ptr_;
      case 'D': return f64_;
      case 'B': return i8_;
      case 'I': case 'U': return i32_;
      default: return b_.getVoidTy();
    }
  };
  std::vector<llvm::Type*> params;
  for (const char* p = info.params; *p; ++p) params.push_back(code_type(*p));
  auto* type = llvm::FunctionType::get(code_type(info.result[0]), params, false);
  llvm::FunctionCallee callee = mod_->getOrInsertFunction(info.name, type);
  if (info.raises == 2) llvm::cast<llvm::Function>(callee.getCallee())->setDoesNotReturn();
  if (info.raises == 0) llvm::cast<llvm::Function>(callee.getCallee())->setDoesNotThrow();
  // The slow paths of int arithmetic read their operands (big ints) and
  // write only the GC memory they allocate for the result: no memory the
  // program can see. Saying so keeps a loop's list lengths and items
  // pointers in registers across an overflow check's slow path. (They never
  // raise, and they are not `readonly`, so two calls are never merged.)
  auto* function = llvm::cast<llvm::Function>(callee.getCallee());
  if (fn == RuntimeFn::kb_int_compare) function->setOnlyReadsMemory();
  // The same holds for the number slow paths that may raise (the exception
  // and the traceback are the run-time library's own memory), and for the
  // functions that only raise: a loop that calls them on an error path can
  // still keep what it reads in registers, the recursion depth and limit of
  // an inlined leaf function's check included.
  if (fn == RuntimeFn::kb_int_add || fn == RuntimeFn::kb_int_sub || fn == RuntimeFn::kb_int_mul ||
      fn == RuntimeFn::kb_int_neg || fn == RuntimeFn::kb_int_and || fn == RuntimeFn::kb_int_or ||
      fn == RuntimeFn::kb_int_xor || fn == RuntimeFn::kb_int_invert || fn == RuntimeFn::kb_int_floordiv ||
      fn == RuntimeFn::kb_int_mod || fn == RuntimeFn::kb_int_lshift || fn == RuntimeFn::kb_int_rshift ||
      fn == RuntimeFn::kb_int_truediv || fn == RuntimeFn::kb_int_to_float || fn == RuntimeFn::kb_float_truediv ||
      fn == RuntimeFn::kb_int_to_float_quiet ||
      fn == RuntimeFn::kb_int_float_compare || fn == RuntimeFn::kb_list_index_error ||
      fn == RuntimeFn::kb_recursion_error || fn == RuntimeFn::kb_raise_new) {
    function->setMemoryEffects(llvm::MemoryEffects::readOnly() | llvm::MemoryEffects::inaccessibleMemOnly());
    // Called on the slow paths only: `cold` makes the register allocator
    // spill around these calls, not around the loops that contain them (a
    // float sum kept in a stack slot across a loop adds a store and a load
    // to every iteration's chain of additions).
    function->addFnAttr(llvm::Attribute::Cold);
  }
  return callee;
}

std::unique_ptr<llvm::Module> Emitter::Emit(bool with_main) {
  strs_.assign(m_.str_constants.size(), nullptr);
  DefineClasses();
  DeclareFunctions();
  InitializeClassTypes();
  DefineGlobals();
  for (uint32_t i = 0; i < m_.functions.size(); ++i) EmitFunction(i);
  UnrollSelfRecursion();
  if (with_main) EmitMain();
  return std::move(mod_);
}

// A small function that calls itself gets a copy, which it calls instead of
// itself (the copy calls the original). LLVM never inlines a function into
// itself, but it does inline the copy: each call then runs two levels of the
// recursion, with half the calls and returns (what gcc's recursive inlining
// gives C's fib). Nothing observable changes: the copy's code counts its
// frame towards the recursion limit and names the same function in
// tracebacks. A copy that is not inlined is simply a second body.
void Emitter::UnrollSelfRecursion() {
  constexpr unsigned kMaxInstructions = 300;  // bounds the code it duplicates
  for (size_t i = 1; i < functions_.size(); ++i) {
    llvm::Function* fn = functions_[i];
    if (fn->getInstructionCount() > kMaxInstructions) continue;
    std::vector<llvm::CallBase*> self_calls;
    for (BasicBlock& block : *fn)
      for (llvm::Instruction& inst : block)
        if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst); call && call->getCalledFunction() == fn)
          self_calls.push_back(call);
    if (self_calls.empty()) continue;
    llvm::ValueToValueMapTy map;
    llvm::Function* copy = llvm::CloneFunction(fn, map);
    copy->setName(fn->getName() + ".again");
    for (llvm::CallBase* call : self_calls) call->setCalledFunction(copy);
  }
}

// The constant KbModule (runtime/module.cpp) of a Module type's payload,
// made on first use.
llvm::Constant* Emitter::ModuleObject(uint32_t payload) {
  auto it = module_objects_.find(payload);
  if (it != module_objects_.end()) return it->second;
  bool native = payload < kFirstProgramModule;
  std::string name = native ? std::string(NativeModuleName(static_cast<BuiltinModule>(payload)))
                            : m_.program_modules[payload - kFirstProgramModule].first;
  const char* native_file = native ? NativeModuleFile(static_cast<BuiltinModule>(payload)) : nullptr;
  // An empty path: a stdlib/ module standing for one built into CPython.
  if (!native && m_.program_modules[payload - kFirstProgramModule].second.empty()) native_file = nullptr;
  llvm::Constant* file = !native && !m_.program_modules[payload - kFirstProgramModule].second.empty()
                             ? CString(m_.program_modules[payload - kFirstProgramModule].second)
                         : native_file ? CString(native_file)
                                       : static_cast<llvm::Constant*>(llvm::ConstantPointerNull::get(b_.getPtrTy()));
  auto* layout = llvm::StructType::get(ctx_, {ptr_, ptr_, ptr_});
  auto* object = new llvm::GlobalVariable(
      *mod_, layout, true, llvm::GlobalValue::PrivateLinkage,
      llvm::ConstantStruct::get(layout, {ExternalGlobal("kb_type_module", i8_), CString(name), file}), "module." + name);
  object->setAlignment(llvm::Align(16));
  module_objects_[payload] = object;
  return object;
}

// The constant object (runtime/module.cpp: KbBuiltinFunction) of a native
// module's function seen as an object (`print(math.sqrt)`), made on first use.
llvm::Constant* Emitter::BuiltinFunctionObject(BuiltinFunction f, std::string_view name) {
  auto it = builtin_function_objects_.find(static_cast<uint32_t>(f));
  if (it != builtin_function_objects_.end()) return it->second;
  auto* layout = llvm::StructType::get(ctx_, {ptr_, ptr_});
  auto* object = new llvm::GlobalVariable(
      *mod_, layout, true, llvm::GlobalValue::PrivateLinkage,
      llvm::ConstantStruct::get(layout, {ExternalGlobal("kb_type_builtin_function", i8_), CString(std::string(name))}),
      "builtin." + std::string(name));
  object->setAlignment(llvm::Align(16));
  builtin_function_objects_[static_cast<uint32_t>(f)] = object;
  return object;
}

// Each class gets a KbType (keelback_runtime.h) for its instances' headers,
// and an LLVM struct for their layout: the header, then one slot a field.
void Emitter::DefineClasses() {
  auto* type_layout =
      llvm::StructType::get(ctx_, {ptr_, ptr_, ptr_, i32_, i32_, ptr_, ptr_, ptr_, ptr_, ptr_, ptr_, ptr_, ptr_, ptr_, ptr_, ptr_, ptr_,
                                   ptr_, ptr_});
  for (const ir::ClassLayout& c : m_.classes) {
    // An exception's instance starts with KbBaseException (64 bytes).
    std::vector<llvm::Type*> slots{c.is_exception ? static_cast<llvm::Type*>(llvm::ArrayType::get(i8_, 64)) : ptr_};
    for (const auto& f : c.fields) slots.push_back(FieldStorage(f));
    auto* layout = llvm::StructType::create(ctx_, slots, "class." + c.name);
    class_structs_.push_back(layout);
    auto* g = new llvm::GlobalVariable(*mod_, type_layout, false, llvm::GlobalValue::PrivateLinkage, nullptr,
                                       "type." + c.name);
    g->setAlignment(llvm::Align(16));
    class_types_.push_back(g);
  }
}

// A class's repr, str, bool_ and len slots call its __repr__, __str__,
// __bool__ and __len__ through a wrapper with the run-time library's calling
// convention: the instance boxed in, the result boxed out (the library
// checks its type).
// A wrapper of two arguments (__eq__) passes the second on as it is (the
// function takes an object there).
llvm::Constant* Emitter::SlotWrapper(int32_t function, const std::string& name, int arguments) {
  if (function < 0) return llvm::ConstantPointerNull::get(b_.getPtrTy());
  std::vector<llvm::Type*> params(static_cast<size_t>(arguments), i64_);
  auto* type = llvm::FunctionType::get(i64_, params, false);
  auto* wrapper = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage, name, mod_.get());
  wrapper->setUWTableKind(llvm::UWTableKind::Default);
  b_.SetInsertPoint(BasicBlock::Create(ctx_, "entry", wrapper));
  std::vector<Value*> args{b_.CreateIntToPtr(wrapper->getArg(0), ptr_)};
  if (arguments == 2) args.push_back(wrapper->getArg(1));
  Value* result = b_.CreateCall(functions_[static_cast<size_t>(function)], args);
  b_.CreateRet(Box(result, m_.functions[static_cast<size_t>(function)].return_type));
  return wrapper;
}

void Emitter::InitializeClassTypes() {
  for (size_t i = 0; i < m_.classes.size(); ++i) {
    const ir::ClassLayout& c = m_.classes[i];
    std::string builtin_base = c.exception_base >= 0 ? std::string("kb_type_") + ExceptionClassName(c.exception_base)
                                                     : "kb_type_object";
    llvm::Constant* base = c.base >= 0 ? static_cast<llvm::Constant*>(class_types_[c.base])
                                       : static_cast<llvm::Constant*>(ExternalGlobal(builtin_base, i8_));
    uint64_t size = 8 * (c.is_exception ? 8 + c.fields.size() : 1 + c.fields.size());
    class_types_[i]->setInitializer(llvm::ConstantStruct::get(
        llvm::cast<llvm::StructType>(class_types_[i]->getValueType()),
        {ExternalGlobal("kb_type_type", i8_), CString(c.name), base,
         // KB_TYPE_EXCEPTION, KB_TYPE_UNHASHABLE, KB_TYPE_BUILTIN_VALUE
         b_.getInt32((c.is_exception ? 1 : 0) | (c.unhashable ? 4 : 0) | (c.builtin_value ? 8 : 0)),
         b_.getInt32(static_cast<uint32_t>(size)), SlotWrapper(c.repr_function, "repr." + c.name),
         SlotWrapper(c.str_function, "str." + c.name), SlotWrapper(c.bool_function, "bool." + c.name),
         SlotWrapper(c.len_function, "len." + c.name), SlotWrapper(c.hash_function, "hash." + c.name),
         SlotWrapper(c.eq_function, "eq." + c.name, 2), SlotWrapper(c.order_functions[0], "lt." + c.name, 2),
         SlotWrapper(c.order_functions[1], "le." + c.name, 2), SlotWrapper(c.order_functions[2], "gt." + c.name, 2),
         SlotWrapper(c.order_functions[3], "ge." + c.name, 2),
         c.module.empty() ? static_cast<llvm::Constant*>(llvm::ConstantPointerNull::get(b_.getPtrTy()))
                          : CString(c.module),
         c.qualname.empty() ? static_cast<llvm::Constant*>(llvm::ConstantPointerNull::get(b_.getPtrTy()))
                            : CString(c.qualname),
         SlotWrapper(c.int_function, "int." + c.name), SlotWrapper(c.float_function, "float." + c.name)}));
  }
}

// Raises `type(message)` where `condition` holds (an unlikely branch).
Value* Emitter::RaiseIf(Value* condition, const char* type, const std::string& message) {
  BasicBlock* raise = NewBlock("raise");
  BasicBlock* ok = NewBlock("ok");
  b_.CreateCondBr(condition, raise, ok, llvm::MDBuilder(ctx_).createBranchWeights(1, 1 << 20));
  b_.SetInsertPoint(raise);
  CallRuntime(RuntimeFn::kb_raise_new, {ExternalGlobal(std::string("kb_type_") + type, i8_), CString(message)});
  b_.CreateUnreachable();
  b_.SetInsertPoint(ok);
  return nullptr;
}

namespace {
struct MathFunctionSignature {
  const char* name;
  int arity;
  char result;  // 'D' float, 'V' int, 'B' bool
};
constexpr MathFunctionSignature kMathSignatures[] = {
#define MATH_FUNCTION(Name, Arity, Result) {"kb_math_" #Name, Arity, #Result[0] == 'F' ? 'D' : #Result[0] == 'I' ? 'V' : 'B'},
#include "types/math_functions.def"
};
}  // namespace

llvm::FunctionCallee Emitter::MathRuntime(uint32_t index) {
  const MathFunctionSignature& sig = kMathSignatures[index];
  std::vector<llvm::Type*> params(static_cast<size_t>(sig.arity), f64_);
  llvm::Type* result = sig.result == 'D' ? f64_ : sig.result == 'V' ? i64_ : i8_;
  return mod_->getOrInsertFunction(sig.name, llvm::FunctionType::get(result, params, false));
}

void Emitter::DeclareFunctions() {
  for (const ir::Function& f : m_.functions) {
    bool is_module = functions_.empty();
    std::vector<llvm::Type*> params;
    for (TypeId t : f.param_types) params.push_back(TypeFor(t));
    llvm::Type* result = is_module ? b_.getVoidTy() : TypeFor(f.return_type);
    auto* type = llvm::FunctionType::get(result, params, false);
    auto linkage = is_module ? llvm::GlobalValue::ExternalLinkage : llvm::GlobalValue::InternalLinkage;
    auto* fn = llvm::Function::Create(type, linkage, f.symbol, mod_.get());
    fn->setUWTableKind(llvm::UWTableKind::Default);
    for (size_t i = 0; i < f.param_types.size(); ++i) {
      if (types_.Kind(f.param_types[i]) != TypeKind::List) continue;
      fn->addParamAttr(static_cast<unsigned>(i), llvm::Attribute::NonNull);
      fn->addParamAttr(static_cast<unsigned>(i), llvm::Attribute::getWithDereferenceableBytes(ctx_, kListBytes));
      fn->addParamAttr(static_cast<unsigned>(i), llvm::Attribute::getWithAlignment(ctx_, llvm::Align(8)));
    }
    if (!is_module && types_.Kind(f.return_type) == TypeKind::List) {
      fn->addRetAttr(llvm::Attribute::NonNull);
      fn->addRetAttr(llvm::Attribute::getWithDereferenceableBytes(ctx_, kListBytes));
      fn->addRetAttr(llvm::Attribute::getWithAlignment(ctx_, llvm::Align(8)));
    }
    functions_.push_back(fn);
  }
}

// Module globals and the cache of big int constants live in one struct, so
// the JIT can register them with the GC as a single root range.
void Emitter::DefineGlobals() {
  std::vector<llvm::Type*> fields;
  for (const ir::Global& g : m_.globals) fields.push_back(TypeFor(g.type));
  for (const ir::Function& f : m_.functions)
    for (const ir::Inst& inst : f.insts) {
      if (inst.op != ir::Op::ConstInt) continue;
      const std::string& text = m_.int_constants[inst.imm];
      char* end = nullptr;
      errno = 0;
      long long v = std::strtoll(text.c_str(), &end, 10);
      bool small = errno == 0 && v >= kSmallIntMin && v <= kSmallIntMax;
      if (!small && big_ints_.emplace(text, static_cast<uint32_t>(fields.size())).second) fields.push_back(i64_);
    }
  // One "assigned" byte per global: reading a global before anything is
  // stored to it raises NameError, as CPython does.
  global_flags_base_ = static_cast<uint32_t>(fields.size());
  for (size_t i = 0; i < m_.globals.size(); ++i) fields.push_back(i8_);
  fields.push_back(i64_);  // never empty
  globals_type_ = llvm::StructType::create(ctx_, fields, "kb.globals");
  globals_ = new llvm::GlobalVariable(*mod_, globals_type_, false, llvm::GlobalValue::InternalLinkage,
                                      llvm::ConstantAggregateZero::get(globals_type_), "__kb_globals");
}

void Emitter::EmitMain() {
  auto* type = llvm::FunctionType::get(i32_, {i32_, ptr_}, false);
  auto* main = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, "main", mod_.get());
  b_.SetInsertPoint(BasicBlock::Create(ctx_, "entry", main));
  Value* code = b_.CreateCall(Runtime(RuntimeFn::kb_main), {main->getArg(0), main->getArg(1), functions_[0]});
  b_.CreateRet(code);
}

llvm::AllocaInst* Emitter::EntryAlloca(llvm::Type* type, uint64_t count) {
  llvm::IRBuilder<> entry(entry_, entry_->begin());
  return entry.CreateAlloca(type, count == 1 ? nullptr : entry.getInt64(count));
}

void Emitter::EmitFunction(uint32_t index) {
  f_ = &m_.functions[index];
  fn_ = functions_[index];
  values_.assign(f_->insts.size(), nullptr);
  landing_pads_.clear();
  entry_ = BasicBlock::Create(ctx_, "entry", fn_);
  b_.SetInsertPoint(entry_);
  slots_.clear();
  for (TypeId t : f_->local_types) {
    llvm::AllocaInst* slot = b_.CreateAlloca(TypeFor(t));
    b_.CreateStore(llvm::Constant::getNullValue(TypeFor(t)), slot);
    slots_.push_back(slot);
  }
  unwind_slot_ = b_.CreateAlloca(ptr_);
  // An "assigned" flag for each slot some load may read before any store.
  assigned_flags_.assign(f_->local_types.size(), nullptr);
  for (const ir::Inst& inst : f_->insts) {
    bool needs_flag = (inst.op == ir::Op::LoadLocal && inst.imm2 == 1) || inst.op == ir::Op::DeleteLocal;
    if (!needs_flag || assigned_flags_[inst.imm]) continue;
    assigned_flags_[inst.imm] = b_.CreateAlloca(i1_);
    b_.CreateStore(b_.getInt1(false), assigned_flags_[inst.imm]);
  }
  depth_on_entry_ = nullptr;
  FindFusedSlices();
  FindIntTrees();
  function_has_floats_ = false;
  for (const ir::Inst& inst : f_->insts)
    function_has_floats_ = function_has_floats_ || (inst.type.IsValid() && types_.Kind(inst.type) == TypeKind::Float);
  if (index == 0) {
    // The module body registers the globals with the GC and builds the big
    // int constants before anything reads them.
    b_.CreateCall(Runtime(RuntimeFn::kb_gc_add_roots),
                  {globals_, b_.CreateConstInBoundsGEP1_64(globals_type_, globals_, 1)});
    for (auto& [text, field] : big_ints_) {
      uint32_t s = static_cast<uint32_t>(std::find(m_.str_constants.begin(), m_.str_constants.end(), text) -
                                         m_.str_constants.begin());
      Value* str = s < m_.str_constants.size()
                       ? static_cast<Value*>(StrConstant(s))
                       : b_.CreateCall(Runtime(RuntimeFn::kb_str_from_utf8),
                                       {CString(text), b_.getInt64(static_cast<int64_t>(text.size()))});
      Value* v = b_.CreateCall(Runtime(RuntimeFn::kb_int_from_str), {str, b_.getInt64(10)});
      b_.CreateStore(v, b_.CreateStructGEP(globals_type_, globals_, field));
    }
  } else if (f_->counts_recursion && RunsNoOtherCode(*f_)) {
    // A frame that calls nothing can only be the one that passes the limit:
    // it checks as a call does, but leaves the depth alone, since no code
    // that reads it runs before it returns. Once inlined into a loop, the
    // check depends on nothing the loop changes, so LLVM hoists it out.
    auto* depth = ExternalGlobal("kb_recursion_depth", i64_);
    auto* limit = ExternalGlobal("kb_recursion_limit", i64_);
    Value* deeper = b_.CreateAdd(Tagged(b_.CreateLoad(i64_, depth), Alias::RecursionDepth), b_.getInt64(1));
    Value* too_deep = b_.CreateICmpSGT(deeper, Tagged(b_.CreateLoad(i64_, limit), Alias::RecursionDepth));
    BasicBlock* error = NewBlock("recursion_error");
    BasicBlock* ok = NewBlock("body");
    b_.CreateCondBr(too_deep, error, ok, llvm::MDBuilder(ctx_).createBranchWeights(1, 1 << 20));
    b_.SetInsertPoint(error);
    b_.CreateCall(Runtime(RuntimeFn::kb_recursion_error));
    b_.CreateUnreachable();
    b_.SetInsertPoint(ok);
  } else if (f_->counts_recursion) {
    auto* depth = ExternalGlobal("kb_recursion_depth", i64_);
    auto* limit = ExternalGlobal("kb_recursion_limit", i64_);
    depth_on_entry_ = Tagged(b_.CreateLoad(i64_, depth), Alias::RecursionDepth);
    Value* deeper = b_.CreateAdd(depth_on_entry_, b_.getInt64(1));
    Tagged(b_.CreateStore(deeper, depth), Alias::RecursionDepth);
    Value* too_deep = b_.CreateICmpSGT(deeper, b_.CreateLoad(i64_, limit));
    BasicBlock* error = NewBlock("recursion_error");
    BasicBlock* ok = NewBlock("body");
    b_.CreateCondBr(too_deep, error, ok, llvm::MDBuilder(ctx_).createBranchWeights(1, 1 << 20));
    b_.SetInsertPoint(error);
    Tagged(b_.CreateStore(depth_on_entry_, depth), Alias::RecursionDepth);
    b_.CreateCall(Runtime(RuntimeFn::kb_recursion_error));
    b_.CreateUnreachable();
    b_.SetInsertPoint(ok);
  }
  blocks_.clear();
  for (size_t i = 0; i < f_->blocks.size(); ++i) blocks_.push_back(NewBlock("b"));
  coro_handle_ = generator_ = nullptr;
  if (f_->is_generator) EmitGeneratorStart();
  b_.CreateBr(blocks_[0]);
  // Reverse post-order: a block comes after every block that dominates it,
  // so each value is emitted before its uses (lowering numbers blocks in
  // creation order, which need not be that order).
  for (uint32_t bi : ReversePostOrder(*f_)) {
    current_block_ = bi;
    b_.SetInsertPoint(blocks_[bi]);
    for (ir::InstId id : f_->blocks[bi].insts) EmitInst(f_->insts[id.index], id);
  }
  // Blocks no path reaches (passes normally remove them) stay empty: close them.
  for (BasicBlock* block : blocks_) {
    if (block->getTerminator()) continue;
    b_.SetInsertPoint(block);
    b_.CreateUnreachable();
  }
}

// `a[i:j] = b[k:l:m]` copies b's elements straight into a, without the
// intermediate list, when the slice is used only there, later in the same
// block, and nothing in between can observe the difference: only
// instructions that neither raise nor run user code nor touch a list (so the
// source still holds what the slice would have copied, and its errors are
// still the first ones raised). kb_list_setslice_slice keeps CPython's
// order of errors and copes with a = b.
void Emitter::FindFusedSlices() {
  using ir::Op;
  fused_slices_.clear();
  std::vector<uint32_t> uses(f_->insts.size(), 0);
  for (const ir::Inst& inst : f_->insts)
    for (ir::InstId operand : f_->Operands(inst)) ++uses[operand.index];
  auto harmless = [&](const ir::Inst& inst) {
    switch (inst.op) {
      case Op::ConstInt:
      case Op::ConstNone:
      case Op::ConstBool:
      case Op::ConstFloat:
      case Op::IntNeg:
      case Op::IntCompare: return true;
      case Op::LoadLocal: return inst.imm2 != 1;  // no unbound-variable check
      case Op::IntBinary: {
        auto op = static_cast<BinaryOp>(inst.imm);
        return op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::Mult;
      }
      default: return false;
    }
  };
  for (const ir::Block& block : f_->blocks) {
    for (size_t i = 0; i < block.insts.size(); ++i) {
      const ir::Inst& slice = (*f_)[block.insts[i]];
      if (slice.op != Op::ListSlice || uses[block.insts[i].index] != 1) continue;
      for (size_t j = i + 1; j < block.insts.size(); ++j) {
        const ir::Inst& next = (*f_)[block.insts[j]];
        if (next.op == Op::ListSetSlice && f_->Operands(next)[4] == block.insts[i] &&
            types_.Kind((*f_)[f_->Operands(next)[0]].type) == TypeKind::List) {
          fused_slices_.insert(block.insts[i].index);
        }
        if (!harmless(next)) break;
      }
    }
  }
}

// Whether every instruction of `f` runs only its own inline code or
// run-time functions that never call compiled code nor read the recursion
// depth: no calls, no dispatch on objects (a __repr__, __eq__, __bool__...),
// no generators. Anything not known to be so counts as running other code.
bool Emitter::RunsNoOtherCode(const ir::Function& f) const {
  using ir::Op;
  if (f.is_generator) return false;
  for (const ir::Inst& inst : f.insts) {
    switch (inst.op) {
      case Op::Param: case Op::ConstInt: case Op::ConstFloat: case Op::ConstBool: case Op::ConstNone:
      case Op::ConstStr: case Op::LoadLocal: case Op::StoreLocal: case Op::LoadGlobal: case Op::StoreGlobal:
      case Op::IntBinary: case Op::IntPowFloat: case Op::LoopIncrement: case Op::LoopStep: case Op::RangeTest: case Op::IntTrueDiv: case Op::IntNeg:
      case Op::IntInvert: case Op::IntCompare: case Op::FloatBinary: case Op::FloatNeg: case Op::FloatCompare:
      case Op::IntFloatCompare: case Op::IntToFloat: case Op::BoolToInt: case Op::BoolNot: case Op::StrLen:
      case Op::ListLen: case Op::ListGetItem: case Op::ListSetItem: case Op::ListAppend: case Op::TupleGetItem:
      case Op::TupleNew: case Op::ListNew: case Op::MathCall: case Op::Raise: case Op::Branch: case Op::CondBranch:
      case Op::Return: case Op::Unreachable: case Op::GetField: case Op::SetField: case Op::FieldIsSet:
      case Op::IsNone: case Op::CheckNotNone: case Op::SameObject: case Op::IntFromFloat:
        continue;
      case Op::Truthy: {
        TypeKind kind = types_.Kind(f[f.Operands(inst)[0]].type);
        if (kind == TypeKind::Int || kind == TypeKind::Float || kind == TypeKind::Bool || kind == TypeKind::List)
          continue;
        return false;
      }
      default: return false;
    }
  }
  return true;
}

bool Emitter::IsIntTreeNode(const ir::Inst& inst) const {
  if (inst.op != ir::Op::IntBinary) return false;
  switch (static_cast<BinaryOp>(inst.imm)) {
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mult: case BinaryOp::FloorDiv: case BinaryOp::Mod:
      return true;
    default: return false;
  }
}

// An int expression such as (i + j) * (i + j + 1) // 2 + i + 1 is a tree of
// IntBinary ops, each of which would test its operands' tags and its own
// overflow and merge a slow path back in, so that the next op tests again.
// Instead its root (the outermost op, or the IntToFloat or IntCompare that
// consumes it) computes the whole tree in 64-bit machine arithmetic with one
// test: all leaves small, no overflow, no zero divisor, the result small.
// Where the test fails, the ops run again one by one, each with its own fast
// and slow path, in their order: the ops are pure (they raise nothing but
// ZeroDivisionError, which the second run raises where the first would
// have), so running them twice is never seen.
//
// An op joins its user's tree when it is that user's only operand use, in
// the same block, with nothing but constants, local loads and ops of the
// same tree in between (so the root computes it before anything else could
// be seen). Trees are kept to kMaxNodes ops: the root's code walks them, and
// a long sum in the source must not make that walk deep.
void Emitter::FindIntTrees() {
  using ir::Op;
  constexpr uint32_t kMaxNodes = 12;
  int_tree_inner_.assign(f_->insts.size(), 0);
  std::vector<uint32_t> uses(f_->insts.size(), 0), user(f_->insts.size(), 0);
  for (size_t i = 0; i < f_->insts.size(); ++i) {
    for (ir::InstId operand : f_->Operands(f_->insts[i])) {
      ++uses[operand.index];
      user[operand.index] = static_cast<uint32_t>(i);
    }
  }
  auto is_root_kind = [&](const ir::Inst& inst) {
    return IsIntTreeNode(inst) || inst.op == Op::IntToFloat || inst.op == Op::IntCompare;
  };
  for (const ir::Block& block : f_->blocks) {
    std::map<uint32_t, size_t> position;  // instruction -> index in the block
    for (size_t k = 0; k < block.insts.size(); ++k) position[block.insts[k].index] = k;
    // Last to first: the ops between an op and its user are decided first.
    for (size_t k = block.insts.size(); k-- > 0;) {
      uint32_t x = block.insts[k].index;
      if (!IsIntTreeNode(f_->insts[x]) || uses[x] != 1) continue;
      auto at = position.find(user[x]);
      if (at == position.end() || at->second <= k || !is_root_kind(f_->insts[user[x]])) continue;
      bool quiet = true;
      for (size_t between = k + 1; between < at->second && quiet; ++between) {
        const ir::Inst& inst = (*f_)[block.insts[between]];
        switch (inst.op) {
          case Op::ConstInt: case Op::ConstFloat: case Op::ConstBool: case Op::ConstNone: case Op::Param: break;
          case Op::LoadLocal: quiet = inst.imm2 != 1; break;  // no unbound-variable check
          default:
            quiet = int_tree_inner_[block.insts[between].index] && position[user[block.insts[between].index]] <= at->second;
            break;
        }
      }
      if (quiet) int_tree_inner_[x] = 1;
    }
    // Sizes, first to last: a tree that would grow past kMaxNodes leaves its
    // subtrees to be roots of their own.
    std::map<uint32_t, uint32_t> size;
    for (ir::InstId id : block.insts) {
      const ir::Inst& inst = (*f_)[id];
      if (!is_root_kind(inst)) continue;
      uint32_t total = 1;
      for (ir::InstId operand : f_->Operands(inst))
        if (int_tree_inner_[operand.index]) total += size[operand.index];
      if (total > kMaxNodes) {
        for (ir::InstId operand : f_->Operands(inst)) int_tree_inner_[operand.index] = 0;
        total = 1;
      }
      size[id.index] = total;
    }
  }
}

// The signed comparison of two words for an ordering or (in)equality.
static llvm::CmpInst::Predicate SignedIntPredicate(CmpOp op) {
  switch (op) {
    case CmpOp::Eq: return llvm::CmpInst::ICMP_EQ;
    case CmpOp::NotEq: return llvm::CmpInst::ICMP_NE;
    case CmpOp::Lt: return llvm::CmpInst::ICMP_SLT;
    case CmpOp::LtE: return llvm::CmpInst::ICMP_SLE;
    case CmpOp::Gt: return llvm::CmpInst::ICMP_SGT;
    default: return llvm::CmpInst::ICMP_SGE;
  }
}

Value* Emitter::EmitIntTree(const ir::Inst& root) {
  using ir::Op;
  // The tree's ops, operands before users (the source's order of evaluation).
  std::vector<uint32_t> order;
  std::vector<std::pair<uint32_t, bool>> stack;  // op, operands pushed
  for (auto it = f_->Operands(root).rbegin(); it != f_->Operands(root).rend(); ++it)
    if (int_tree_inner_[it->index]) stack.push_back({it->index, false});
  while (!stack.empty()) {
    auto [node, expanded] = stack.back();
    stack.pop_back();
    if (expanded) {
      order.push_back(node);
      continue;
    }
    stack.push_back({node, true});
    auto operands = f_->Operands(f_->insts[node]);
    for (auto it = operands.rbegin(); it != operands.rend(); ++it)
      if (int_tree_inner_[it->index]) stack.push_back({it->index, false});
  }
  std::vector<Value*> leaves;
  auto collect = [&](const ir::Inst& inst) {
    for (ir::InstId operand : f_->Operands(inst))
      if (!int_tree_inner_[operand.index]) leaves.push_back(V(operand));
  };
  for (uint32_t node : order) collect(f_->insts[node]);
  collect(root);
  Value* all_small = leaves[0];
  for (size_t k = 1; k < leaves.size(); ++k) all_small = b_.CreateAnd(all_small, leaves[k]);
  bool is_binary = root.op == Op::IntBinary;
  llvm::Type* type = root.op == Op::IntToFloat ? f64_ : root.op == Op::IntCompare ? i1_ : i64_;
  SourceOffset root_location = location_;
  auto fast = [&](BasicBlock* slow) -> Value* {
    std::map<uint32_t, Value*> machine;  // tree op -> its value as a machine integer
    Value* failed = b_.getInt1(false);
    auto value_of = [&](ir::InstId operand) {
      return int_tree_inner_[operand.index] ? machine[operand.index] : Untag(V(operand));
    };
    auto with_overflow = [&](llvm::Intrinsic::ID id, Value* x, Value* y) {
      Value* pair = b_.CreateBinaryIntrinsic(id, x, y);
      failed = b_.CreateOr(failed, b_.CreateExtractValue(pair, 1));
      return b_.CreateExtractValue(pair, 0);
    };
    auto binary = [&](BinaryOp op, Value* x, Value* y) -> Value* {
      switch (op) {
        case BinaryOp::Add: return with_overflow(llvm::Intrinsic::sadd_with_overflow, x, y);
        case BinaryOp::Sub: return with_overflow(llvm::Intrinsic::ssub_with_overflow, x, y);
        case BinaryOp::Mult: return with_overflow(llvm::Intrinsic::smul_with_overflow, x, y);
        default: {
          // Floor division and modulo: a zero divisor, or INT64_MIN / -1,
          // fails the test (the divisor is then replaced, so the machine
          // division itself is always defined).
          Value* bad = b_.CreateOr(b_.CreateICmpEQ(y, b_.getInt64(0)),
                                   b_.CreateAnd(b_.CreateICmpEQ(x, b_.getInt64(INT64_MIN)),
                                                b_.CreateICmpEQ(y, b_.getInt64(-1))));
          failed = b_.CreateOr(failed, bad);
          Value* divisor = b_.CreateSelect(bad, b_.getInt64(1), y);
          Value* q = b_.CreateSDiv(x, divisor);
          Value* r = b_.CreateSRem(x, divisor);
          Value* adjust = b_.CreateAnd(b_.CreateICmpNE(r, b_.getInt64(0)),
                                       b_.CreateICmpSLT(b_.CreateXor(r, divisor), b_.getInt64(0)));
          if (op == BinaryOp::FloorDiv) return b_.CreateSub(q, b_.CreateZExt(adjust, i64_));
          return b_.CreateSelect(adjust, b_.CreateAdd(r, divisor), r);
        }
      }
    };
    for (uint32_t node : order) {
      const ir::Inst& inst = f_->insts[node];
      auto operands = f_->Operands(inst);
      machine[node] = binary(static_cast<BinaryOp>(inst.imm), value_of(operands[0]), value_of(operands[1]));
    }
    auto operands = f_->Operands(root);
    Value* result;
    if (is_binary) {
      // Tagged: 2r + 1, which must not overflow (r must be a small int).
      Value* r = binary(static_cast<BinaryOp>(root.imm), value_of(operands[0]), value_of(operands[1]));
      result = b_.CreateOr(with_overflow(llvm::Intrinsic::sadd_with_overflow, r, r), b_.getInt64(1));
    } else if (root.op == Op::IntToFloat) {
      result = b_.CreateSIToFP(value_of(operands[0]), f64_);
    } else {
      result = b_.CreateICmp(SignedIntPredicate(static_cast<CmpOp>(root.imm)), value_of(operands[0]), value_of(operands[1]));
    }
    BasicBlock* ok = NewBlock("int_tree_fits");
    b_.CreateCondBr(failed, slow, ok, Unlikely());
    b_.SetInsertPoint(ok);
    return result;
  };
  auto slow = [&]() -> Value* {
    std::map<uint32_t, Value*> tagged;
    auto value_of = [&](ir::InstId operand) {
      return int_tree_inner_[operand.index] ? tagged[operand.index] : V(operand);
    };
    for (uint32_t node : order) {
      const ir::Inst& inst = f_->insts[node];
      location_ = inst.location;  // its line, should it raise
      auto operands = f_->Operands(inst);
      tagged[node] = IntArith(static_cast<BinaryOp>(inst.imm), value_of(operands[0]), value_of(operands[1]));
    }
    location_ = root_location;
    auto operands = f_->Operands(root);
    if (is_binary) return IntArith(static_cast<BinaryOp>(root.imm), value_of(operands[0]), value_of(operands[1]));
    if (root.op == Op::IntToFloat) return IntToFloat(value_of(operands[0]));
    return IntCompare(static_cast<CmpOp>(root.imm), value_of(operands[0]), value_of(operands[1]));
  };
  return FastOrSlow(IsSmall(all_small), type, fast, slow);
}

std::vector<uint32_t> Emitter::ReversePostOrder(const ir::Function& f) {
  std::vector<uint32_t> post;
  std::vector<uint8_t> state(f.blocks.size(), 0);  // 0 new, 1 on the stack, 2 done
  std::vector<std::pair<uint32_t, uint32_t>> stack{{0, 0}};  // block, next successor
  state[0] = 1;
  while (!stack.empty()) {
    auto& [block, next] = stack.back();
    const ir::Inst& term = f[f.blocks[block].insts.back()];
    uint32_t successors[3];
    uint32_t count = 0;
    if (term.op == ir::Op::Branch) successors[count++] = term.imm;
    if (term.op == ir::Op::CondBranch) {
      successors[count++] = term.imm;
      successors[count++] = term.imm2;
    }
    if (f.blocks[block].handler.IsValid()) successors[count++] = f.blocks[block].handler.index;
    if (next < count) {
      uint32_t s = successors[next++];
      if (state[s] == 0) {
        state[s] = 1;
        stack.push_back({s, 0});
      }
      continue;
    }
    state[block] = 2;
    post.push_back(block);
    stack.pop_back();
  }
  return std::vector<uint32_t>(post.rbegin(), post.rend());
}

// The landing pad for the current source line and IR block: records this
// frame in the traceback (unless the exception already has it), ends the
// catches of the except bodies being left, then goes to the enclosing try's
// dispatch block, or undoes the frame's recursion count and unwinds on out.
BasicBlock* Emitter::LandingPad(bool record) {
  uint32_t line = f_->file->Locate(location_).line;
  const ir::Block& block = f_->blocks[current_block_];
  uint64_t key = (uint64_t{line} << 32) ^ (uint64_t{block.handler.IsValid() ? block.handler.index + 1 : 0} << 12) ^
                 (uint64_t{block.catches_to_end} << 2) ^ (record ? 1 : 0);
  auto it = landing_pads_.find(key);
  if (it != landing_pads_.end()) return it->second;
  if (!fn_->hasPersonalityFn()) {
    llvm::FunctionCallee personality = mod_->getOrInsertFunction("__gxx_personality_v0", llvm::FunctionType::get(i32_, true));
    fn_->setPersonalityFn(llvm::cast<llvm::Constant>(personality.getCallee()));
  }
  auto* site_type = llvm::StructType::get(ctx_, {ptr_, ptr_, i32_});
  auto* site = new llvm::GlobalVariable(
      *mod_, site_type, true, llvm::GlobalValue::PrivateLinkage,
      llvm::ConstantStruct::get(site_type, {CString(f_->file->path()), CString(f_->name), b_.getInt32(line)}), ".site");
  BasicBlock* pad = NewBlock("unwind");
  llvm::IRBuilder<> pb(pad);
  llvm::LandingPadInst* lp = pb.CreateLandingPad(llvm::StructType::get(ctx_, {ptr_, i32_}), 1);
  if (block.handler.IsValid()) lp->addClause(llvm::ConstantPointerNull::get(b_.getPtrTy()));  // catch everything
  else lp->setCleanup(true);
  Value* exn = pb.CreateExtractValue(lp, 0);
  if (record) pb.CreateCall(Runtime(RuntimeFn::kb_traceback_add_exn), {exn, site});
  for (uint32_t i = 0; i < block.catches_to_end; ++i) pb.CreateCall(Runtime(RuntimeFn::kb_catch_end), {});
  if (block.handler.IsValid()) {
    pb.CreateStore(exn, unwind_slot_);
    pb.CreateBr(blocks_[block.handler.index]);
  } else {
    if (depth_on_entry_)
      Tagged(pb.CreateStore(depth_on_entry_, ExternalGlobal("kb_recursion_depth", i64_)), Alias::RecursionDepth);
    if (coro_handle_) {
      // Unwinding out of a coroutine's resumption ends it (the run-time
      // library marks the generator finished).
      pb.CreateCall(llvm::Intrinsic::getDeclaration(mod_.get(), llvm::Intrinsic::coro_end),
                    {coro_handle_, pb.getInt1(true), llvm::ConstantTokenNone::get(ctx_)});
    }
    pb.CreateResume(lp);
  }
  landing_pads_.emplace(key, pad);
  return pad;
}

Value* Emitter::CallMayRaise(llvm::FunctionCallee callee, llvm::ArrayRef<Value*> args, bool record) {
  BasicBlock* normal = NewBlock("cont");
  Value* result = b_.CreateInvoke(callee, normal, LandingPad(record), args);
  b_.SetInsertPoint(normal);
  return result;
}

// The slow path of an int op (a big int) calls the run-time library, and
// under the C calling convention that call clobbers every vector register:
// a loop that contains one, however cold, then keeps its float sums in stack
// slots, adding a store and a load to each iteration's chain of additions.
// The wrapper has LLVM's preserve_all convention instead: it saves what the
// library may clobber, only when it runs. Only for functions that never
// raise: the unwinder would not restore vector registers saved this way.
llvm::Function* Emitter::SlowPathWrapper(RuntimeFn fn) {
  llvm::FunctionCallee callee = Runtime(fn);
  std::string name = std::string(kRuntimeFns[static_cast<size_t>(fn)].name) + ".keep_registers";
  if (llvm::Function* existing = mod_->getFunction(name)) return existing;
  auto* wrapper = llvm::Function::Create(callee.getFunctionType(), llvm::GlobalValue::InternalLinkage, name, mod_.get());
  wrapper->setCallingConv(llvm::CallingConv::PreserveAll);
  wrapper->addFnAttr(llvm::Attribute::NoInline);
  wrapper->addFnAttr(llvm::Attribute::Cold);
  wrapper->setDoesNotThrow();
  wrapper->setMemoryEffects(llvm::cast<llvm::Function>(callee.getCallee())->getMemoryEffects());
  llvm::IRBuilder<> wb(BasicBlock::Create(ctx_, "entry", wrapper));
  std::vector<Value*> args;
  for (llvm::Argument& a : wrapper->args()) args.push_back(&a);
  llvm::CallInst* call = wb.CreateCall(callee, args);
  call->setDoesNotThrow();
  if (wrapper->getReturnType()->isVoidTy()) wb.CreateRetVoid();
  else wb.CreateRet(call);
  return wrapper;
}

Value* Emitter::CallSlowPath(RuntimeFn fn, llvm::ArrayRef<Value*> args) {
  // Saving every register costs a few dozen instructions a call: worth it
  // where floats may be live, not in int-only code, whose big-int loops
  // take this path on every op.
  if (!function_has_floats_) {
    llvm::CallInst* call = b_.CreateCall(Runtime(fn), args);
    call->setDoesNotThrow();
    return call;
  }
  llvm::Function* wrapper = SlowPathWrapper(fn);
  llvm::CallInst* call = b_.CreateCall(wrapper, args);
  call->setCallingConv(llvm::CallingConv::PreserveAll);
  call->setDoesNotThrow();
  return call;
}

Value* Emitter::CallRuntime(RuntimeFn fn, llvm::ArrayRef<Value*> args) {
  const RuntimeFnInfo& info = kRuntimeFns[static_cast<size_t>(fn)];
  if (info.raises == 0) return b_.CreateCall(Runtime(fn), args);
  return CallMayRaise(Runtime(fn), args);
}

template <typename Fast, typename Slow>
Value* Emitter::FastOrSlow(Value* take_fast, llvm::Type* type, Fast fast, Slow slow) {
  BasicBlock* fast_block = NewBlock("fast");
  BasicBlock* slow_block = NewBlock("slow");
  BasicBlock* done = NewBlock("done");
  b_.CreateCondBr(take_fast, fast_block, slow_block, Likely());
  b_.SetInsertPoint(fast_block);
  // `fast` may branch to slow_block itself (an overflow) and returns its value.
  Value* fast_value = fast(slow_block);
  BasicBlock* fast_end = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(slow_block);
  Value* slow_value = slow();
  BasicBlock* slow_end = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(type, 2);
  phi->addIncoming(fast_value, fast_end);
  phi->addIncoming(slow_value, slow_end);
  return phi;
}

Value* Emitter::IntConstant(const std::string& text) {
  auto it = big_ints_.find(text);
  if (it != big_ints_.end()) return b_.CreateLoad(i64_, b_.CreateStructGEP(globals_type_, globals_, it->second));
  int64_t v = std::strtoll(text.c_str(), nullptr, 10);
  return b_.getInt64(static_cast<int64_t>(static_cast<uint64_t>(v) << 1) | 1);
}

Value* Emitter::IntArith(BinaryOp op, Value* a, Value* b) {
  auto overflow_op = [&](llvm::Intrinsic::ID id, Value* x, Value* y, llvm::BasicBlock* slow) {
    Value* pair = b_.CreateBinaryIntrinsic(id, x, y);
    BasicBlock* ok = NewBlock("no_overflow");
    b_.CreateCondBr(b_.CreateExtractValue(pair, 1), slow, ok, Unlikely());
    b_.SetInsertPoint(ok);
    return b_.CreateExtractValue(pair, 0);
  };
  switch (op) {
    case BinaryOp::Add:
      return FastOrSlow(
          BothSmall(a, b), i64_,
          [&](BasicBlock* slow) { return overflow_op(llvm::Intrinsic::sadd_with_overflow, a, b_.CreateSub(b, b_.getInt64(1)), slow); },
          [&] { return CallSlowPath(RuntimeFn::kb_int_add, {a, b}); });
    case BinaryOp::Sub:
      return FastOrSlow(
          BothSmall(a, b), i64_,
          [&](BasicBlock* slow) {
            return b_.CreateOr(overflow_op(llvm::Intrinsic::ssub_with_overflow, a, b, slow), b_.getInt64(1));
          },
          [&] { return CallSlowPath(RuntimeFn::kb_int_sub, {a, b}); });
    case BinaryOp::Mult:
      return FastOrSlow(
          BothSmall(a, b), i64_,
          [&](BasicBlock* slow) {
            Value* product =
                overflow_op(llvm::Intrinsic::smul_with_overflow, Untag(a), b_.CreateSub(b, b_.getInt64(1)), slow);
            return b_.CreateOr(product, b_.getInt64(1));
          },
          [&] { return CallSlowPath(RuntimeFn::kb_int_mul, {a, b}); });
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
      // Small operands, divisor not zero (a tagged zero is 1).
      Value* fast_ok = b_.CreateAnd(BothSmall(a, b), b_.CreateICmpNE(b, b_.getInt64(1)));
      bool is_div = op == BinaryOp::FloorDiv;
      return FastOrSlow(
          fast_ok, i64_,
          [&](BasicBlock*) {
            Value* x = Untag(a);
            Value* y = Untag(b);
            Value* q = b_.CreateSDiv(x, y);
            Value* r = b_.CreateSRem(x, y);
            // Python rounds toward negative infinity: adjust when the signs differ.
            Value* adjust = b_.CreateAnd(b_.CreateICmpNE(r, b_.getInt64(0)),
                                         b_.CreateICmpSLT(b_.CreateXor(r, y), b_.getInt64(0)));
            if (is_div) return Tag(b_.CreateSub(q, b_.CreateZExt(adjust, i64_)));
            return Tag(b_.CreateSelect(adjust, b_.CreateAdd(r, y), r));
          },
          [&]() -> Value* {
            RuntimeFn fn = is_div ? RuntimeFn::kb_int_floordiv : RuntimeFn::kb_int_mod;
            // A divisor that is a non-zero constant cannot raise (only
            // ZeroDivisionError can): a plain call, no landing pad.
            auto* divisor = llvm::dyn_cast<llvm::ConstantInt>(b);
            if (!divisor || divisor->getSExtValue() == 1) return CallRuntime(fn, {a, b});
            return CallSlowPath(fn, {a, b});
          });
    }
    case BinaryOp::BitAnd:
      return FastOrSlow(BothSmall(a, b), i64_, [&](BasicBlock*) { return b_.CreateAnd(a, b); },
                        [&] { return CallSlowPath(RuntimeFn::kb_int_and, {a, b}); });
    case BinaryOp::BitOr:
      return FastOrSlow(BothSmall(a, b), i64_, [&](BasicBlock*) { return b_.CreateOr(a, b); },
                        [&] { return CallSlowPath(RuntimeFn::kb_int_or, {a, b}); });
    case BinaryOp::BitXor:
      return FastOrSlow(BothSmall(a, b), i64_,
                        [&](BasicBlock*) { return b_.CreateOr(b_.CreateXor(a, b), b_.getInt64(1)); },
                        [&] { return CallSlowPath(RuntimeFn::kb_int_xor, {a, b}); });
    case BinaryOp::RShift: {
      // Small, non-negative shift count: an arithmetic shift of the tagged word.
      Value* fast_ok = b_.CreateAnd(BothSmall(a, b), b_.CreateICmpSGE(b, b_.getInt64(1)));
      return FastOrSlow(
          fast_ok, i64_,
          [&](BasicBlock*) {
            Value* count = b_.CreateSelect(b_.CreateICmpSGT(Untag(b), b_.getInt64(63)), b_.getInt64(63), Untag(b));
            return b_.CreateOr(b_.CreateAShr(a, count), b_.getInt64(1));
          },
          [&] { return CallRuntime(RuntimeFn::kb_int_rshift, {a, b}); });
    }
    case BinaryOp::LShift: {
      Value* count = Untag(b);
      Value* fast_ok = b_.CreateAnd(BothSmall(a, b), b_.CreateICmpULT(count, b_.getInt64(63)));
      return FastOrSlow(
          fast_ok, i64_,
          [&](BasicBlock* slow) {
            Value* doubled = b_.CreateXor(a, b_.getInt64(1));  // 2x
            Value* shifted = b_.CreateShl(doubled, count);
            BasicBlock* ok = NewBlock("shift_fits");
            b_.CreateCondBr(b_.CreateICmpEQ(b_.CreateAShr(shifted, count), doubled), ok, slow, Likely());
            b_.SetInsertPoint(ok);
            return b_.CreateOr(shifted, b_.getInt64(1));
          },
          [&] { return CallRuntime(RuntimeFn::kb_int_lshift, {a, b}); });
    }
    case BinaryOp::Pow:
      return CallRuntime(RuntimeFn::kb_int_pow, {a, b});
    case BinaryOp::Div:
    case BinaryOp::MatMult:
      break;  // lowering never produces these on ints
  }
  return llvm::PoisonValue::get(i64_);
}

Value* Emitter::FloatCompare(CmpOp op, Value* a, Value* b) {
  llvm::CmpInst::Predicate pred;
  switch (op) {
    case CmpOp::Eq: pred = llvm::CmpInst::FCMP_OEQ; break;
    case CmpOp::NotEq: pred = llvm::CmpInst::FCMP_UNE; break;
    case CmpOp::Lt: pred = llvm::CmpInst::FCMP_OLT; break;
    case CmpOp::LtE: pred = llvm::CmpInst::FCMP_OLE; break;
    case CmpOp::Gt: pred = llvm::CmpInst::FCMP_OGT; break;
    default: pred = llvm::CmpInst::FCMP_OGE; break;
  }
  return b_.CreateFCmp(pred, a, b);
}

Value* Emitter::IntCompare(CmpOp op, Value* a, Value* b) {
  llvm::CmpInst::Predicate pred = SignedIntPredicate(op);
  return FastOrSlow(BothSmall(a, b), i1_, [&](BasicBlock*) { return b_.CreateICmp(pred, a, b); },
                    [&] { return b_.CreateICmp(pred, CallSlowPath(RuntimeFn::kb_int_compare, {a, b}), b_.getInt32(0)); });
}

Value* Emitter::FloatArith(BinaryOp op, Value* a, Value* b) {
  switch (op) {
    case BinaryOp::Add: return b_.CreateFAdd(a, b);
    case BinaryOp::Sub: return b_.CreateFSub(a, b);
    case BinaryOp::Mult: return b_.CreateFMul(a, b);
    case BinaryOp::Div: {
      // Dividing by zero (the only slow case) always raises ZeroDivisionError,
      // so the slow path never comes back and the quotient needs no phi.
      BasicBlock* zero = NewBlock("float_div_zero");
      BasicBlock* divide = NewBlock("float_div");
      b_.CreateCondBr(b_.CreateFCmpUNE(b, llvm::ConstantFP::get(f64_, 0.0)), divide, zero, Likely());
      b_.SetInsertPoint(zero);
      CallRuntime(RuntimeFn::kb_float_truediv, {a, b});
      b_.CreateUnreachable();
      b_.SetInsertPoint(divide);
      return b_.CreateFDiv(a, b);
    }
    case BinaryOp::FloorDiv: return CallRuntime(RuntimeFn::kb_float_floordiv, {a, b});
    case BinaryOp::Mod: return CallRuntime(RuntimeFn::kb_float_mod, {a, b});
    default: return CallRuntime(RuntimeFn::kb_float_pow, {a, b});
  }
}

uint32_t Emitter::ElemKind(TypeId element) const {
  switch (types_.Kind(element)) {
    case TypeKind::Float: return kElemFloat;
    case TypeKind::Bool: return kElemBool;
    default: return kElemValue;
  }
}

Value* Emitter::ToElem(Value* v, TypeId element) {
  switch (ElemKind(element)) {
    case kElemFloat: return v;
    case kElemBool: return b_.CreateZExt(v, i8_);
    default: return Box(v, element);
  }
}

Value* Emitter::FromElem(Value* raw, TypeId element) {
  switch (ElemKind(element)) {
    case kElemFloat: return raw;
    case kElemBool: return b_.CreateICmpNE(raw, b_.getInt8(0));
    default: return Unbox(raw, element);
  }
}

Value* Emitter::Box(Value* v, TypeId type) {
  switch (types_.Kind(type)) {
    case TypeKind::Float: return CallRuntime(RuntimeFn::kb_box_float, {v});
    case TypeKind::Bool:
      return b_.CreateSelect(v, llvm::ConstantExpr::getPtrToInt(ExternalGlobal("kb_True", i8_), i64_),
                             llvm::ConstantExpr::getPtrToInt(ExternalGlobal("kb_False", i8_), i64_));
    case TypeKind::Str:
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Set:
    case TypeKind::Tuple:
    case TypeKind::Generator:
    case TypeKind::Class: return b_.CreatePtrToInt(v, i64_);
    case TypeKind::Optional: return v->getType() == ptr_ ? b_.CreatePtrToInt(v, i64_) : v;
    // A class (int, a class of the program, an exception class) as a value: its type object.
    case TypeKind::ClassObject: return b_.CreatePtrToInt(class_types_[types_[type].payload], i64_);
    case TypeKind::Module: return b_.CreatePtrToInt(ModuleObject(types_[type].payload), i64_);
    case TypeKind::ExceptionClass:
      return b_.CreatePtrToInt(ExternalGlobal(std::string("kb_type_") + ExceptionClassName(types_[type].payload), i8_), i64_);
    case TypeKind::Builtin:
      if (const char* name = BuiltinTypeName(static_cast<BuiltinFunction>(types_[type].payload)))
        return b_.CreatePtrToInt(ExternalGlobal(std::string("kb_type_") + name, i8_), i64_);
      if (std::string_view name = NativeFunctionName(static_cast<BuiltinFunction>(types_[type].payload)); !name.empty())
        return b_.CreatePtrToInt(BuiltinFunctionObject(static_cast<BuiltinFunction>(types_[type].payload), name), i64_);
      return v;
    default: return v;
  }
}

Value* Emitter::Unbox(Value* word, TypeId type) {
  switch (types_.Kind(type)) {
    case TypeKind::Float: return CallRuntime(RuntimeFn::kb_unbox_float, {word});
    case TypeKind::Bool:
      return b_.CreateICmpEQ(word, llvm::ConstantExpr::getPtrToInt(ExternalGlobal("kb_True", i8_), i64_));
    case TypeKind::Str:
    case TypeKind::List:
    case TypeKind::Dict:
    case TypeKind::Set:
    case TypeKind::Tuple:
    case TypeKind::Generator:
    case TypeKind::Class: return b_.CreateIntToPtr(word, ptr_);
    case TypeKind::Optional: return IsPointer(type) ? b_.CreateIntToPtr(word, ptr_) : word;
    default: return word;
  }
}

Value* Emitter::Truthy(Value* v, TypeId type) {
  switch (types_.Kind(type)) {
    case TypeKind::Bool: return v;
    case TypeKind::Int: return b_.CreateICmpNE(v, b_.getInt64(1));  // big ints are never zero
    case TypeKind::Float: return b_.CreateFCmpUNE(v, llvm::ConstantFP::get(f64_, 0.0));
    case TypeKind::Str: return b_.CreateICmpNE(LoadField(i64_, v, kStrLengthOffset), b_.getInt64(0));
    case TypeKind::List: return b_.CreateICmpNE(LoadListLength(v), b_.getInt64(0));
    case TypeKind::Dict: return b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_dict_len, {v}), b_.getInt64(0));
    case TypeKind::Set: return b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_set_len, {v}), b_.getInt64(0));
    case TypeKind::Tuple: return b_.getInt1(!types_[type].params.empty());
    case TypeKind::Bytes:
      return b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_bytes_len, {b_.CreateIntToPtr(v, ptr_)}), b_.getInt64(0));
    case TypeKind::ByteArray:
      return b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_bytearray_len, {b_.CreateIntToPtr(v, ptr_)}), b_.getInt64(0));
    case TypeKind::Range:
      return b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_range_truthy, {b_.CreateIntToPtr(v, ptr_)}), b_.getInt8(0));
    case TypeKind::NoneType: return b_.getInt1(false);
    case TypeKind::Object:
    case TypeKind::Complex:
      return b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_object_truthy, {v}), b_.getInt8(0));
    case TypeKind::Optional: {
      // Not None, and true as a T (checked only when not None).
      TypeId inner = types_[type].params[0];
      BasicBlock* some = NewBlock("not_none");
      BasicBlock* start = b_.GetInsertBlock();
      BasicBlock* done = NewBlock("truthy");
      b_.CreateCondBr(IsNoneValue(v), done, some);
      b_.SetInsertPoint(some);
      Value* inner_truth = Truthy(TypeFor(inner) == f64_ ? Unbox(v, inner) : v, inner);
      BasicBlock* some_end = b_.GetInsertBlock();
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
      llvm::PHINode* phi = b_.CreatePHI(i1_, 2);
      phi->addIncoming(b_.getInt1(false), start);
      phi->addIncoming(inner_truth, some_end);
      return phi;
    }
    default: return b_.getInt1(true);
  }
}

// list[index] with Python's negative indices and CPython's IndexError.
// `a[lo:hi] = a[hi-1:lo-1:-1]` (a[:k+1] = a[k::-1] and the like) reverses a
// run of a list in place. When the source slice's step is -1 and the
// target's 1, it is done inline for the common shape: one list, bounds that
// are small ints within it (no negative indices), the source run exactly
// the target run read backwards. Anything else runs `general` (the run-time
// library, which raises CPython's errors). Returns false, emitting nothing,
// when the steps do not have that shape.
bool Emitter::EmitReversalInPlace(const ir::Inst& store, const std::function<void()>& general) {
  using ir::Op;
  auto target = f_->Operands(store);
  auto source = f_->Operands((*f_)[target[4]]);
  auto is_int_constant = [&](ir::InstId id, const char* text) {
    const ir::Inst& inst = (*f_)[id];
    if (inst.op == Op::ConstInt) return m_.int_constants[inst.imm] == text;
    if (inst.op == Op::IntNeg && text[0] == '-') {
      const ir::Inst& inner = (*f_)[f_->Operands(inst)[0]];
      return inner.op == Op::ConstInt && m_.int_constants[inner.imm] == text + 1;
    }
    return false;
  };
  auto kind_of = [&](ir::InstId id) { return types_.Kind((*f_)[id].type); };
  auto int_or_none = [&](ir::InstId id) { return kind_of(id) == TypeKind::Int || kind_of(id) == TypeKind::NoneType; };
  bool unit_target = kind_of(target[3]) == TypeKind::NoneType || is_int_constant(target[3], "1");
  if (!unit_target || !is_int_constant(source[3], "-1") || !int_or_none(target[1]) || !int_or_none(target[2]) ||
      kind_of(source[1]) != TypeKind::Int || !int_or_none(source[2]) || (*f_)[target[0]].type != (*f_)[source[0]].type)
    return false;
  Value* list = V(target[0]);
  Value* length = LoadListLength(list);
  Value* ok = b_.CreateICmpEQ(list, V(source[0]));
  // A bound that is a small int from 0 to `limit`, as a machine integer.
  auto bound = [&](ir::InstId id, Value* absent, Value* limit) -> Value* {
    if (kind_of(id) == TypeKind::NoneType) return absent;
    Value* v = V(id);
    ok = b_.CreateAnd(ok, b_.CreateAnd(IsSmall(v), b_.CreateICmpULE(Untag(v), limit)));
    return Untag(v);
  };
  Value* lo = bound(target[1], b_.getInt64(0), length);
  Value* hi = bound(target[2], length, length);
  Value* first = bound(source[1], nullptr, b_.CreateSub(length, b_.getInt64(1)));  // the source starts there
  ok = b_.CreateAnd(ok, b_.CreateICmpSGT(length, b_.getInt64(0)));
  // The source runs down from `first` to just above its stop (None: to 0).
  Value* past = bound(source[2], b_.getInt64(-1), first);
  ok = b_.CreateAnd(ok, b_.CreateAnd(b_.CreateICmpSLE(lo, hi), b_.CreateICmpEQ(first, b_.CreateSub(hi, b_.getInt64(1)))));
  ok = b_.CreateAnd(ok, b_.CreateICmpEQ(b_.CreateSub(first, past), b_.CreateSub(hi, lo)));
  BasicBlock* inline_block = NewBlock("reverse_in_place");
  BasicBlock* general_block = NewBlock("setslice_general");
  BasicBlock* done = NewBlock("setslice_done");
  b_.CreateCondBr(ok, inline_block, general_block, Likely());
  b_.SetInsertPoint(general_block);
  general();
  b_.CreateBr(done);
  b_.SetInsertPoint(inline_block);
  uint32_t kind = ElemKind(types_[(*f_)[target[0]].type].params[0]);
  llvm::Type* raw = ElemType(kind);
  Value* items = LoadListItems(list);
  BasicBlock* test = NewBlock("reverse_test");
  BasicBlock* swap = NewBlock("reverse_swap");
  BasicBlock* entry = b_.GetInsertBlock();
  Value* last = b_.CreateSub(hi, b_.getInt64(1));
  b_.CreateBr(test);
  b_.SetInsertPoint(test);
  llvm::PHINode* i = b_.CreatePHI(i64_, 2);
  llvm::PHINode* j = b_.CreatePHI(i64_, 2);
  i->addIncoming(lo, entry);
  j->addIncoming(last, entry);
  b_.CreateCondBr(b_.CreateICmpSLT(i, j), swap, done);
  b_.SetInsertPoint(swap);
  Value* at_i = b_.CreateInBoundsGEP(raw, items, i);
  Value* at_j = b_.CreateInBoundsGEP(raw, items, j);
  Value* x = Tagged(b_.CreateLoad(raw, at_i), ElemAlias(kind));
  Value* y = Tagged(b_.CreateLoad(raw, at_j), ElemAlias(kind));
  Tagged(b_.CreateStore(y, at_i), ElemAlias(kind));
  Tagged(b_.CreateStore(x, at_j), ElemAlias(kind));
  i->addIncoming(b_.CreateAdd(i, b_.getInt64(1)), swap);
  j->addIncoming(b_.CreateSub(j, b_.getInt64(1)), swap);
  b_.CreateBr(test);
  b_.SetInsertPoint(done);
  return true;
}

Value* Emitter::ListGetItem(Value* list, Value* index, TypeId element) {
  BasicBlock* small = NewBlock("index_small");
  BasicBlock* huge = NewBlock("index_huge");
  b_.CreateCondBr(IsSmall(index), small, huge);
  b_.SetInsertPoint(huge);
  CallRuntime(RuntimeFn::kb_raise_new, {ExternalGlobal("kb_type_IndexError", i8_),
                                        CString("cannot fit 'int' into an index-sized integer")});
  b_.CreateUnreachable();
  b_.SetInsertPoint(small);
  Value* i = Untag(index);
  Value* length = LoadListLength(list);
  Value* adjusted = b_.CreateSelect(b_.CreateICmpSLT(i, b_.getInt64(0)), b_.CreateAdd(i, length), i);
  BasicBlock* in_bounds = NewBlock("in_bounds");
  BasicBlock* out_of_bounds = NewBlock("out_of_bounds");
  b_.CreateCondBr(b_.CreateICmpULT(adjusted, length), in_bounds, out_of_bounds,
                  llvm::MDBuilder(ctx_).createBranchWeights(1 << 20, 1));
  b_.SetInsertPoint(out_of_bounds);
  CallRuntime(RuntimeFn::kb_list_index_error, {});
  b_.CreateUnreachable();
  b_.SetInsertPoint(in_bounds);
  llvm::Type* raw_type = ElemType(ElemKind(element));
  Value* items = LoadListItems(list);
  Value* address = b_.CreateInBoundsGEP(raw_type, items, adjusted);
  if (types_.Kind(element) == TypeKind::List) {  // a list of lists: the word is the KbList*
    llvm::LoadInst* row = Tagged(b_.CreateLoad(ptr_, address), ElemAlias(ElemKind(element)));
    row->setMetadata(llvm::LLVMContext::MD_nonnull, llvm::MDNode::get(ctx_, {}));
    row->setMetadata(llvm::LLVMContext::MD_dereferenceable,
                     llvm::MDNode::get(ctx_, {llvm::ConstantAsMetadata::get(b_.getInt64(kListBytes))}));
    row->setMetadata(llvm::LLVMContext::MD_align, llvm::MDNode::get(ctx_, {llvm::ConstantAsMetadata::get(b_.getInt64(8))}));
    return row;
  }
  Value* raw = Tagged(b_.CreateLoad(raw_type, address), ElemAlias(ElemKind(element)));
  return FromElem(raw, element);
}

// list[index] = value, inline when the index is a small int in range; the
// runtime raises IndexError otherwise (a big int or an index out of range
// always raises), so the slow path never comes back: the loop around a
// store then has no call that could change the list, and LLVM can keep its
// length and items pointer in registers.
void Emitter::ListSetItem(Value* list, Value* index, Value* value, TypeId element) {
  Value* i = Untag(index);
  Value* length = LoadListLength(list);
  Value* adjusted = b_.CreateSelect(b_.CreateICmpSLT(i, b_.getInt64(0)), b_.CreateAdd(i, length), i);
  Value* fast = b_.CreateAnd(IsSmall(index), b_.CreateICmpULT(adjusted, length));
  BasicBlock* store = NewBlock("store");
  BasicBlock* slow = NewBlock("setitem_slow");
  BasicBlock* done = NewBlock("stored");
  b_.CreateCondBr(fast, store, slow, llvm::MDBuilder(ctx_).createBranchWeights(1 << 20, 1));
  b_.SetInsertPoint(store);
  llvm::Type* raw_type = ElemType(ElemKind(element));
  Value* items = LoadListItems(list);
  Tagged(b_.CreateStore(ToElem(value, element), b_.CreateInBoundsGEP(raw_type, items, adjusted)),
         ElemAlias(ElemKind(element)));
  b_.CreateBr(done);
  b_.SetInsertPoint(slow);
  CallRuntime(ByKind(element, RuntimeFn::kb_list_setitem_value, RuntimeFn::kb_list_setitem_float,
                     RuntimeFn::kb_list_setitem_bool),
              {list, index, ToElem(value, element)});
  b_.CreateUnreachable();
  b_.SetInsertPoint(done);
}

Value* Emitter::EmitListMethod(const ir::Inst& inst, std::span<const ir::InstId> operands) {
  auto op = [&](size_t i) { return V(operands[i]); };
  Value* list = op(0);
  TypeId element = types_[(*f_)[operands[0]].type].params[0];
  Value* none = NoneWord();
  switch (static_cast<ir::ListMethod>(inst.imm)) {
    case ir::ListMethod::Insert:
      CallRuntime(ByKind(element, RuntimeFn::kb_list_insert_value, RuntimeFn::kb_list_insert_float,
                         RuntimeFn::kb_list_insert_bool),
                  {list, op(1), ToElem(op(2), element)});
      return none;
    case ir::ListMethod::Extend: CallRuntime(RuntimeFn::kb_list_extend, {list, b_.CreatePtrToInt(op(1), i64_)}); return none;
    case ir::ListMethod::Pop: {
      Value* index = operands.size() > 1 ? op(1) : b_.getInt64(-1);  // a tagged -1
      Value* raw = CallRuntime(ByKind(element, RuntimeFn::kb_list_pop_value, RuntimeFn::kb_list_pop_float,
                                      RuntimeFn::kb_list_pop_bool),
                               {list, index});
      return FromElem(raw, element);
    }
    case ir::ListMethod::Reverse: CallRuntime(RuntimeFn::kb_list_reverse, {list}); return none;
    case ir::ListMethod::Clear: CallRuntime(RuntimeFn::kb_list_clear, {list}); return none;
    case ir::ListMethod::Sort:
      // The keys list, when there is one, is the third operand.
      CallRuntime(RuntimeFn::kb_list_sort, {list, operands.size() > 2 ? op(2) : llvm::ConstantPointerNull::get(b_.getPtrTy()),
                                           b_.CreateZExt(op(1), i8_)});
      return none;
    case ir::ListMethod::Copy: return CallRuntime(RuntimeFn::kb_list_copy, {list});
    case ir::ListMethod::Index: return Tag(CallRuntime(RuntimeFn::kb_list_index, {list, op(1), none, none}));
    case ir::ListMethod::Count: return Tag(CallRuntime(RuntimeFn::kb_list_count, {list, op(1)}));
    case ir::ListMethod::Remove: CallRuntime(RuntimeFn::kb_list_remove, {list, op(1)}); return none;
  }
  return none;
}

// A str method (str_methods.def): the receiver, then one C argument per
// parameter letter, absent optional ones replaced by their defaults.
// A RuntimeCall: the operands converted to the runtime function's parameter
// codes, its result to the instruction's type (see ir_ops.def).
Value* Emitter::EmitRuntimeCall(const ir::Inst& inst, std::span<const ir::InstId> operands) {
  const std::string& name = m_.str_constants[inst.imm];
  size_t index = 0;
  while (index < std::size(kRuntimeFns) && name != kRuntimeFns[index].name) ++index;
  if (index == std::size(kRuntimeFns)) {
    std::fprintf(stderr, "keelback: internal error: no runtime function %s\n", name.c_str());
    std::abort();
  }
  const RuntimeFnInfo& info = kRuntimeFns[index];
  std::vector<Value*> args;
  for (size_t i = 0; i < operands.size(); ++i) {
    Value* v = V(operands[i]);
    TypeId t = (*f_)[operands[i]].type;
    TypeKind k = types_.Kind(t);
    switch (info.params[i]) {
      case 'V': args.push_back(Box(v, t)); break;
      case 'P':
        if (k == TypeKind::NoneType) args.push_back(llvm::ConstantPointerNull::get(b_.getPtrTy()));
        else args.push_back(v->getType() == ptr_ ? v : b_.CreateIntToPtr(Box(v, t), ptr_));
        break;
      case 'L':
      case 'I': {
        Value* word = k == TypeKind::Bool ? b_.CreateZExt(v, i64_) : Untag(v);
        args.push_back(info.params[i] == 'I' ? b_.CreateTrunc(word, i32_) : word);
        break;
      }
      case 'D': args.push_back(v); break;
      default:  // 'B'
        args.push_back(b_.CreateZExt(k == TypeKind::Bool ? v : Truthy(v, t), i8_));
        break;
    }
  }
  Value* r = CallRuntime(static_cast<RuntimeFn>(index), args);
  switch (info.result[0]) {
    case 'V': return Unbox(r, inst.type);
    case 'P': return TypeFor(inst.type) == ptr_ ? r : b_.CreatePtrToInt(r, i64_);
    case 'L': return Tag(r);
    case 'I': return Tag(b_.CreateSExt(r, i64_));
    case 'B': return b_.CreateICmpNE(r, b_.getInt8(0));
    case 'D': return r;
    default: return NoneWord();
  }
}

Value* Emitter::EmitStrMethod(const ir::Inst& inst, std::span<const ir::InstId> operands) {
  const StrMethodInfo& m = kStrMethods[inst.imm];
  std::string_view params = m.params;
  std::vector<llvm::Type*> param_types{ptr_};
  std::vector<Value*> args{V(operands[0])};
  for (size_t i = 0; i < params.size(); ++i) {
    bool given = i + 1 < operands.size();
    Value* v = given ? V(operands[i + 1]) : nullptr;
    TypeId t = given ? (*f_)[operands[i + 1]].type : TypeId();
    switch (params[i]) {
      case 'S':
      case 'f':
      case 'M':
        param_types.push_back(ptr_);
        args.push_back(given ? v : llvm::ConstantPointerNull::get(b_.getPtrTy()));
        break;
      case 'P':
      case 'o':
        param_types.push_back(i64_);
        args.push_back(given ? Box(v, t) : NoneWord());
        break;
      case 'N':
      case 'm':
      case 't': {
        param_types.push_back(i64_);
        if (!given) {
          args.push_back(b_.getInt64(params[i] == 't' ? 8 : -1));
        } else {
          // An int argument as a C int64: a big int clamps as CPython's
          // index conversion would overflow (OverflowError is left out).
          Value* word = types_.Kind(t) == TypeKind::Bool ? b_.CreateSelect(v, b_.getInt64(3), b_.getInt64(1)) : v;
          args.push_back(Untag(word));
        }
        break;
      }
      default:  // 'k'
        param_types.push_back(i8_);
        args.push_back(given ? b_.CreateZExt(types_.Kind(t) == TypeKind::Bool ? v : b_.CreateICmpNE(v, b_.getInt64(1)), i8_)
                             : b_.getInt8(0));
        break;
    }
  }
  llvm::Type* result = m.result == 'I' ? i64_ : m.result == 'B' ? i8_ : ptr_;
  auto callee = mod_->getOrInsertFunction(m.function, llvm::FunctionType::get(result, param_types, false));
  Value* r = CallMayRaise(callee, args);
  if (m.result == 'I') return Tag(r);
  if (m.result == 'B') return b_.CreateICmpNE(r, b_.getInt8(0));
  return r;
}

void Emitter::EmitInst(const ir::Inst& inst, ir::InstId id) {
  using ir::Op;
  location_ = inst.location;
  auto operands = f_->Operands(inst);
  auto op = [&](size_t i) { return V(operands[i]); };
  auto op_type = [&](size_t i) { return (*f_)[operands[i]].type; };
  Value* result = nullptr;
  if (!int_tree_inner_.empty()) {
    if (int_tree_inner_[id.index]) return;  // its tree's root computes it
    bool is_root = false;
    for (ir::InstId operand : operands) is_root = is_root || int_tree_inner_[operand.index];
    if (is_root) {
      values_[id.index] = EmitIntTree(inst);
      return;
    }
  }
  switch (inst.op) {
    case Op::Param: result = fn_->getArg(inst.imm); break;
    case Op::ConstInt: result = IntConstant(m_.int_constants[inst.imm]); break;
    case Op::ConstFloat: result = llvm::ConstantFP::get(f64_, m_.float_constants[inst.imm]); break;
    case Op::ConstBool: result = b_.getInt1(inst.imm != 0); break;
    case Op::ConstNone:
      // None itself, or a placeholder in code that never runs.
      result = types_.Kind(inst.type) == TypeKind::NoneType ? NoneWord() : llvm::PoisonValue::get(TypeFor(inst.type));
      break;
    case Op::ConstStr: result = StrConstant(inst.imm); break;
    case Op::LoadLocal:
      if (inst.imm2 == 1) {
        RaiseIf(b_.CreateNot(b_.CreateLoad(i1_, assigned_flags_[inst.imm])), "UnboundLocalError",
                "cannot access local variable '" + f_->local_names[inst.imm] + "' where it is not associated with a value");
      }
      result = b_.CreateLoad(TypeFor(inst.type), slots_[inst.imm]);
      break;
    case Op::StoreLocal:
      b_.CreateStore(op(0), slots_[inst.imm]);
      if (assigned_flags_[inst.imm]) b_.CreateStore(b_.getInt1(true), assigned_flags_[inst.imm]);
      break;
    case Op::DeleteLocal:
      if (inst.imm2 == 1) {
        RaiseIf(b_.CreateNot(b_.CreateLoad(i1_, assigned_flags_[inst.imm])), "UnboundLocalError",
                "cannot access local variable '" + f_->local_names[inst.imm] + "' where it is not associated with a value");
      }
      b_.CreateStore(b_.getInt1(false), assigned_flags_[inst.imm]);
      // The GC must not keep the value alive through the dead slot.
      b_.CreateStore(llvm::Constant::getNullValue(TypeFor(f_->local_types[inst.imm])), slots_[inst.imm]);
      break;
    case Op::DeleteGlobal: {
      Value* flag_slot = b_.CreateStructGEP(globals_type_, globals_, global_flags_base_ + inst.imm);
      if (inst.imm2 != 1)
        RaiseIf(b_.CreateICmpEQ(b_.CreateLoad(i8_, flag_slot), b_.getInt8(0)), "NameError",
                "name '" + m_.globals[inst.imm].name + "' is not defined");
      b_.CreateStore(b_.getInt8(0), flag_slot);
      break;
    }
    case Op::LoadGlobal: {
      Value* flag = b_.CreateLoad(i8_, b_.CreateStructGEP(globals_type_, globals_, global_flags_base_ + inst.imm));
      RaiseIf(b_.CreateICmpEQ(flag, b_.getInt8(0)), "NameError",
              "name '" + m_.globals[inst.imm].name + "' is not defined");
      result = b_.CreateLoad(TypeFor(inst.type), b_.CreateStructGEP(globals_type_, globals_, inst.imm));
      break;
    }
    case Op::GlobalIsSet: {
      Value* flag = b_.CreateLoad(i8_, b_.CreateStructGEP(globals_type_, globals_, global_flags_base_ + inst.imm));
      result = b_.CreateICmpNE(flag, b_.getInt8(0));
      break;
    }
    case Op::StoreGlobal:
      b_.CreateStore(op(0), b_.CreateStructGEP(globals_type_, globals_, inst.imm));
      b_.CreateStore(b_.getInt8(1), b_.CreateStructGEP(globals_type_, globals_, global_flags_base_ + inst.imm));
      break;
    case Op::IntBinary: result = IntArith(static_cast<BinaryOp>(inst.imm), op(0), op(1)); break;
    case Op::IntPowFloat: result = CallRuntime(RuntimeFn::kb_int_pow_float, {op(0), op(1)}); break;
    case Op::LoopIncrement: {
      // counter < bound held (counter > bound for -1): with both small, the
      // result lies between them, so it is small too and cannot overflow.
      // Given the first value (the counter only moved from it towards the
      // bound), the test is on it and the bound instead: the same answer,
      // but one that does not change while the loop runs, so LLVM can
      // unswitch the loop on it. In the copy where both are small, the
      // counter is then known to be a small int everywhere, and the tag
      // checks and overflow checks of arithmetic on it fold away.
      Value* counter = op(0);
      Value* bound = op(1);
      Value* fast_test = operands.size() > 2 ? BothSmall(op(2), bound) : BothSmall(counter, bound);
      int32_t unit = static_cast<int32_t>(inst.imm);
      result = FastOrSlow(
          fast_test, i64_,
          [&](BasicBlock*) { return b_.CreateNSWAdd(counter, b_.getInt64(2 * unit)); },
          [&] { return CallSlowPath(RuntimeFn::kb_int_add, {counter, b_.getInt64((int64_t{unit} << 1) | 1)}); });
      break;
    }
    case Op::LoopStep: {
      // With the first value, the bound and the step small (a test that does
      // not change while the loop runs, so LLVM unswitches the loop on it),
      // the counter lies between the first value and the bound. The tagged
      // distance left to the bound, 2 * |bound - counter|, and the stride,
      // 2 * |step|, are then below 2**64 as unsigned words: a stride not
      // below the distance would pass the bound, and gives the bound (which
      // ends the loop); any other sum lies between them, small, no overflow.
      Value* counter = op(0);
      Value* bound = op(1);
      Value* step = op(2);
      Value* step_doubled = b_.CreateSub(step, b_.getInt64(1));  // 2 * step
      result = FastOrSlow(
          IsSmall(b_.CreateAnd(b_.CreateAnd(op(3), bound), step)), i64_,
          [&](BasicBlock*) {
            Value* up = b_.CreateICmpSGT(step, b_.getInt64(1));
            Value* distance = b_.CreateSelect(up, b_.CreateSub(bound, counter), b_.CreateSub(counter, bound));
            Value* stride = b_.CreateSelect(up, step_doubled, b_.CreateNeg(step_doubled));
            Value* sum = b_.CreateAdd(counter, step_doubled);
            // The `or` only says that the counter stays tagged (see LoopIncrement).
            return b_.CreateOr(b_.CreateSelect(b_.CreateICmpULT(stride, distance), sum, bound), b_.getInt64(1));
          },
          [&] { return CallSlowPath(RuntimeFn::kb_int_add, {counter, step}); });
      break;
    }
    case Op::RangeTest: {
      // The same test of the first value, bound and step as LoopStep's, so
      // that one unswitching of the loop serves both.
      Value* counter = op(0);
      Value* bound = op(1);
      Value* step = op(2);
      result = FastOrSlow(
          IsSmall(b_.CreateAnd(b_.CreateAnd(op(3), bound), step)), i1_,
          [&](BasicBlock*) {
            return b_.CreateSelect(b_.CreateICmpSGT(step, b_.getInt64(1)), b_.CreateICmpSLT(counter, bound),
                                   b_.CreateICmpSGT(counter, bound));
          },
          [&] {
            Value* up = IntCompare(CmpOp::Gt, step, b_.getInt64(1));
            Value* below = IntCompare(CmpOp::Lt, counter, bound);
            return b_.CreateSelect(up, below, IntCompare(CmpOp::Gt, counter, bound));
          });
      break;
    }
    case Op::IntTrueDiv: {
      // Both operands exactly representable as doubles: one IEEE division is
      // correctly rounded. Anything else goes to the runtime.
      Value* x = Untag(op(0));
      Value* y = Untag(op(1));
      auto fits = [&](Value* v) {
        return b_.CreateICmpULE(b_.CreateAdd(v, b_.getInt64(int64_t{1} << 53)), b_.getInt64(int64_t{1} << 54));
      };
      Value* fast_ok = b_.CreateAnd(b_.CreateAnd(BothSmall(op(0), op(1)), b_.CreateICmpNE(op(1), b_.getInt64(1))),
                                    b_.CreateAnd(fits(x), fits(y)));
      result = FastOrSlow(fast_ok, f64_,
                          [&](BasicBlock*) { return b_.CreateFDiv(b_.CreateSIToFP(x, f64_), b_.CreateSIToFP(y, f64_)); },
                          [&] { return CallRuntime(RuntimeFn::kb_int_truediv, {op(0), op(1)}); });
      break;
    }
    case Op::IntNeg: {
      Value* a = op(0);
      result = FastOrSlow(
          IsSmall(a), i64_,
          [&](BasicBlock* slow) {
            Value* pair = b_.CreateBinaryIntrinsic(llvm::Intrinsic::ssub_with_overflow, b_.getInt64(2), a);
            BasicBlock* ok = NewBlock("no_overflow");
            b_.CreateCondBr(b_.CreateExtractValue(pair, 1), slow, ok, Unlikely());
            b_.SetInsertPoint(ok);
            return b_.CreateExtractValue(pair, 0);
          },
          [&] { return CallSlowPath(RuntimeFn::kb_int_neg, {a}); });
      break;
    }
    case Op::IntInvert: {
      Value* a = op(0);
      result = FastOrSlow(IsSmall(a), i64_, [&](BasicBlock*) { return b_.CreateNeg(a); },
                          [&] { return CallSlowPath(RuntimeFn::kb_int_invert, {a}); });
      break;
    }
    case Op::IntCompare: result = IntCompare(static_cast<CmpOp>(inst.imm), op(0), op(1)); break;
    case Op::FloatBinary: result = FloatArith(static_cast<BinaryOp>(inst.imm), op(0), op(1)); break;
    case Op::FloatNeg: result = b_.CreateFNeg(op(0)); break;
    case Op::FloatCompare: result = FloatCompare(static_cast<CmpOp>(inst.imm), op(0), op(1)); break;
    case Op::IntFloatCompare: {
      // A small int of at most 53 bits converts to a double exactly, so the
      // double comparison is the exact one; any other int goes to the runtime.
      CmpOp cmp = static_cast<CmpOp>(inst.imm);
      Value* a = op(0);
      Value* x = op(1);
      Value* magnitude_ok =  // -2**53 <= value <= 2**53
          b_.CreateICmpULE(b_.CreateAdd(Untag(a), b_.getInt64(int64_t{1} << 53)), b_.getInt64(int64_t{1} << 54));
      Value* exact = b_.CreateAnd(IsSmall(a), magnitude_ok);
      result = FastOrSlow(
          exact, b_.getInt1Ty(), [&](BasicBlock*) { return FloatCompare(cmp, b_.CreateSIToFP(Untag(a), f64_), x); },
          [&] {
            return b_.CreateICmpNE(CallSlowPath(RuntimeFn::kb_int_float_compare, {a, x, RuntimeCompareOp(cmp)}),
                                   b_.getInt8(0));
          });
      break;
    }
    case Op::IntToFloat: result = IntToFloat(op(0)); break;
    case Op::BoolToInt: result = b_.CreateSelect(op(0), b_.getInt64(3), b_.getInt64(1)); break;
    case Op::BoolNot: result = b_.CreateNot(op(0)); break;
    case Op::Truthy: result = Truthy(op(0), op_type(0)); break;
    case Op::StrConcat: result = CallRuntime(RuntimeFn::kb_str_concat, {op(0), op(1)}); break;
    case Op::StrRepeat: result = CallRuntime(RuntimeFn::kb_str_repeat, {op(0), op(1)}); break;
    case Op::StrCompare: {
      CmpOp cmp = static_cast<CmpOp>(inst.imm);
      if (cmp == CmpOp::Eq || cmp == CmpOp::NotEq) {
        Value* eq = b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_str_equal, {op(0), op(1)}), b_.getInt8(0));
        result = cmp == CmpOp::Eq ? eq : b_.CreateNot(eq);
      } else {
        Value* c = CallRuntime(RuntimeFn::kb_str_compare, {op(0), op(1)});
        result = cmp == CmpOp::Lt    ? b_.CreateICmpSLT(c, b_.getInt32(0))
                 : cmp == CmpOp::LtE ? b_.CreateICmpSLE(c, b_.getInt32(0))
                 : cmp == CmpOp::Gt  ? b_.CreateICmpSGT(c, b_.getInt32(0))
                                     : b_.CreateICmpSGE(c, b_.getInt32(0));
      }
      break;
    }
    case Op::StrMod: result = CallRuntime(RuntimeFn::kb_str_mod, {op(0), op(1)}); break;
    case Op::StrLen: result = Tag(LoadField(i64_, op(0), kStrLengthOffset)); break;
    case Op::StrGetItem: result = CallRuntime(RuntimeFn::kb_str_getitem, {op(0), op(1)}); break;
    case Op::Box: result = Box(op(0), op_type(0)); break;
    case Op::ObjectIterable: result = CallRuntime(RuntimeFn::kb_object_iterable, {op(0)}); break;
    case Op::RoundNumber:
      if (types_.Kind(op_type(0)) == TypeKind::Float) {
        result = operands.size() == 1 ? CallRuntime(RuntimeFn::kb_round_float, {op(0)})
                                      : CallRuntime(RuntimeFn::kb_round_float_digits, {op(0), op(1)});
      } else {
        result = CallRuntime(RuntimeFn::kb_round_int_digits, {op(0), op(1)});
      }
      break;
    case Op::DelItem:
      if (types_.Kind(op_type(0)) == TypeKind::Dict) CallRuntime(RuntimeFn::kb_dict_delitem, {op(0), Box(op(1), op_type(1))});
      else CallRuntime(RuntimeFn::kb_list_delitem, {op(0), op(1)});
      break;
    case Op::DelSlice: CallRuntime(RuntimeFn::kb_list_delslice, {op(0), op(1), op(2), op(3)}); break;
    case Op::SetNew: result = CallRuntime(inst.imm ? RuntimeFn::kb_frozenset_new : RuntimeFn::kb_set_new, {}); break;
    case Op::SetFromIterable:
      result = CallRuntime(inst.imm ? RuntimeFn::kb_frozenset_from_iterable : RuntimeFn::kb_set_from_iterable, {op(0)});
      break;
    case Op::SetAdd: CallRuntime(RuntimeFn::kb_set_add, {op(0), op(1)}); break;
    case Op::SetLen:  // a small int: (n << 1) | 1
      result = b_.CreateOr(b_.CreateShl(CallRuntime(RuntimeFn::kb_set_len, {op(0)}), b_.getInt64(1)), b_.getInt64(1));
      break;
    case Op::SetBinary: {
      RuntimeFn f = inst.imm == static_cast<uint32_t>(BinaryOp::BitOr)    ? RuntimeFn::kb_set_or
                    : inst.imm == static_cast<uint32_t>(BinaryOp::BitAnd) ? RuntimeFn::kb_set_and
                    : inst.imm == static_cast<uint32_t>(BinaryOp::Sub)    ? RuntimeFn::kb_set_sub
                                                                          : RuntimeFn::kb_set_xor;
      result = b_.CreateIntToPtr(CallRuntime(f, {Box(op(0), op_type(0)), Box(op(1), op_type(1))}), ptr_);
      break;
    }
    case Op::SetCompare: {
      CmpOp cmp = static_cast<CmpOp>(inst.imm);
      Value* other = Box(op(1), op_type(1));
      auto flag = [&](Value* v) { return b_.CreateICmpNE(v, b_.getInt8(0)); };
      Value* equal = flag(CallRuntime(RuntimeFn::kb_set_equal, {op(0), op(1)}));
      switch (cmp) {
        case CmpOp::Eq: result = equal; break;
        case CmpOp::NotEq: result = b_.CreateNot(equal); break;
        case CmpOp::LtE: result = flag(CallRuntime(RuntimeFn::kb_set_issubset, {op(0), other})); break;
        case CmpOp::GtE: result = flag(CallRuntime(RuntimeFn::kb_set_issuperset, {op(0), other})); break;
        case CmpOp::Lt:
          result = b_.CreateAnd(flag(CallRuntime(RuntimeFn::kb_set_issubset, {op(0), other})), b_.CreateNot(equal));
          break;
        default:
          result = b_.CreateAnd(flag(CallRuntime(RuntimeFn::kb_set_issuperset, {op(0), other})), b_.CreateNot(equal));
          break;
      }
      break;
    }
    case Op::SetMethod: {
      using ir::SetMethod;
      Value* set = op(0);
      Value* arg = operands.size() > 1 ? op(1) : nullptr;
      auto flag = [&](Value* v) { return b_.CreateICmpNE(v, b_.getInt8(0)); };
      switch (static_cast<SetMethod>(inst.imm)) {
        case SetMethod::Discard: CallRuntime(RuntimeFn::kb_set_discard, {set, arg}); break;
        case SetMethod::Remove: CallRuntime(RuntimeFn::kb_set_remove, {set, arg}); break;
        case SetMethod::Pop: result = Unbox(CallRuntime(RuntimeFn::kb_set_pop, {set}), inst.type); break;
        case SetMethod::Clear: CallRuntime(RuntimeFn::kb_set_clear, {set}); break;
        case SetMethod::Copy: result = CallRuntime(RuntimeFn::kb_set_copy, {set}); break;
        case SetMethod::Update: CallRuntime(RuntimeFn::kb_set_update, {set, arg}); break;
        case SetMethod::IntersectionUpdate: CallRuntime(RuntimeFn::kb_set_intersection_update, {set, arg}); break;
        case SetMethod::DifferenceUpdate: CallRuntime(RuntimeFn::kb_set_difference_update, {set, arg}); break;
        case SetMethod::SymmetricDifferenceUpdate:
          CallRuntime(RuntimeFn::kb_set_symmetric_difference_update, {set, arg});
          break;
        case SetMethod::Union: result = CallRuntime(RuntimeFn::kb_set_union, {set, arg}); break;
        case SetMethod::Intersection: result = CallRuntime(RuntimeFn::kb_set_intersection, {set, arg}); break;
        case SetMethod::Difference: result = CallRuntime(RuntimeFn::kb_set_difference, {set, arg}); break;
        case SetMethod::SymmetricDifference: result = CallRuntime(RuntimeFn::kb_set_symmetric_difference, {set, arg}); break;
        case SetMethod::IsSubset: result = flag(CallRuntime(RuntimeFn::kb_set_issubset, {set, arg})); break;
        case SetMethod::IsSuperset: result = flag(CallRuntime(RuntimeFn::kb_set_issuperset, {set, arg})); break;
        case SetMethod::IsDisjoint: result = flag(CallRuntime(RuntimeFn::kb_set_isdisjoint, {set, arg})); break;
      }
      break;
    }
    case Op::ObjectAbs: result = CallRuntime(RuntimeFn::kb_object_abs, {op(0)}); break;
    case Op::ObjectGetItem: result = CallRuntime(RuntimeFn::kb_object_getitem, {op(0), op(1)}); break;
    case Op::ObjectIterItem:
      result = CallRuntime(RuntimeFn::kb_object_iter_item, {op(0), b_.CreateAShr(op(1), b_.getInt64(1))});
      break;
    case Op::ObjectLen:  // a small int: (n << 1) | 1
      result = b_.CreateOr(b_.CreateShl(CallRuntime(RuntimeFn::kb_object_len, {op(0)}), b_.getInt64(1)), b_.getInt64(1));
      break;
    case Op::UnpackCheck: {
      Value* length = LoadField(i64_, op(0), kListLengthOffset);
      BasicBlock* bad = NewBlock("unpack_bad");
      BasicBlock* ok = NewBlock("unpack_ok");
      Value* wrong = inst.imm2 == 1 ? b_.CreateICmpSLT(length, b_.getInt64(inst.imm))
                                    : b_.CreateICmpNE(length, b_.getInt64(inst.imm));
      b_.CreateCondBr(wrong, bad, ok, llvm::MDBuilder(ctx_).createBranchWeights(1, 1 << 20));
      b_.SetInsertPoint(bad);
      CallRuntime(inst.imm2 == 1 ? RuntimeFn::kb_raise_unpack_at_least : RuntimeFn::kb_raise_unpack_count,
                  {length, b_.getInt64(inst.imm)});
      b_.CreateUnreachable();
      b_.SetInsertPoint(ok);
      break;
    }
    case Op::IsInstance: {
      Value* type = inst.imm2 == 0 ? static_cast<Value*>(class_types_[inst.imm])
                                   : ExternalGlobal("kb_type_" + m_.str_constants[inst.imm], i8_);
      result = b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_isinstance, {op(0), type}), b_.getInt8(0));
      break;
    }
    case Op::TypeIs: {
      // A tagged small int has no header: its test reads None's instead.
      Value* word = op(0);
      Value* is_int = b_.CreateICmpNE(b_.CreateAnd(word, b_.getInt64(1)), b_.getInt64(0));
      Value* object = b_.CreateIntToPtr(b_.CreateSelect(is_int, NoneWord(), word), ptr_);
      Value* type = inst.imm2 == 0 ? static_cast<Value*>(class_types_[inst.imm])
                                   : ExternalGlobal("kb_type_" + m_.str_constants[inst.imm], i8_);
      result = b_.CreateICmpEQ(b_.CreateLoad(ptr_, object), type);
      break;
    }
    case Op::Unbox: result = Unbox(op(0), inst.type); break;
    case Op::RaiseNoAttribute:
      CallRuntime(RuntimeFn::kb_raise_no_attribute, {op(0), CString(m_.str_constants[inst.imm])});
      break;
    case Op::ToStr: result = CallRuntime(RuntimeFn::kb_str, {Box(op(0), op_type(0))}); break;
    case Op::ToRepr: result = CallRuntime(RuntimeFn::kb_repr, {Box(op(0), op_type(0))}); break;
    case Op::ToAscii: result = CallRuntime(RuntimeFn::kb_ascii, {Box(op(0), op_type(0))}); break;
    case Op::Format: {
      Value* spec = types_.Kind(op_type(1)) == TypeKind::Str ? op(1) : llvm::ConstantPointerNull::get(b_.getPtrTy());
      switch (types_.Kind(op_type(0))) {
        case TypeKind::Int: result = CallRuntime(RuntimeFn::kb_format_int, {op(0), spec}); break;
        case TypeKind::Float: result = CallRuntime(RuntimeFn::kb_format_float, {op(0), spec}); break;
        default: result = CallRuntime(RuntimeFn::kb_format, {Box(op(0), op_type(0)), spec}); break;
      }
      break;
    }
    case Op::StrFormat: result = CallRuntime(RuntimeFn::kb_str_format, {op(0), op(1), op(2)}); break;
    case Op::TupleNew: {
      result = CallRuntime(RuntimeFn::kb_tuple_new, {b_.getInt64(static_cast<int64_t>(operands.size()))});
      for (size_t i = 0; i < operands.size(); ++i)
        b_.CreateStore(Box(op(i), op_type(i)), FieldAddress(result, kTupleItemsOffset + 8 * i));
      break;
    }
    case Op::TupleGetItem:
      result = Unbox(LoadField(i64_, op(0), kTupleItemsOffset + 8 * inst.imm), inst.type);
      break;
    case Op::ListNew: {
      TypeId element = types_[inst.type].params[0];
      uint32_t kind = ElemKind(element);
      result = CallRuntime(RuntimeFn::kb_list_new,
                           {b_.getInt32(kind), b_.getInt64(static_cast<int64_t>(operands.size()))});
      if (!operands.empty()) {
        Value* items = LoadListItems(result);
        for (size_t i = 0; i < operands.size(); ++i)
          Tagged(b_.CreateStore(ToElem(op(i), element), b_.CreateConstInBoundsGEP1_64(ElemType(kind), items, i)),
                 ElemAlias(kind));
      }
      break;
    }
    case Op::ListLen: result = Tag(LoadListLength(op(0))); break;
    case Op::ListSetItem: ListSetItem(op(0), op(1), op(2), types_[op_type(0)].params[0]); break;
    case Op::ListAppend: {
      // Inline while there is room (the runtime grows the storage as
      // CPython's list_resize does, so capacities stay the same).
      TypeId element = types_[op_type(0)].params[0];
      uint32_t kind = ElemKind(element);
      Value* list = op(0);
      Value* elem = ToElem(op(1), element);
      Value* length = LoadListLength(list);
      Value* capacity = Tagged(b_.CreateLoad(i64_, FieldAddress(list, kListCapacityOffset)), Alias::ListCapacity);
      BasicBlock* store = NewBlock("append_store");
      BasicBlock* grow = NewBlock("append_grow");
      BasicBlock* done = NewBlock("appended");
      b_.CreateCondBr(b_.CreateICmpSLT(length, capacity), store, grow, Likely());
      b_.SetInsertPoint(store);
      Value* items = LoadListItems(list);
      Tagged(b_.CreateStore(elem, b_.CreateInBoundsGEP(ElemType(kind), items, length)), ElemAlias(kind));
      Tagged(b_.CreateStore(b_.CreateAdd(length, b_.getInt64(1)), FieldAddress(list, kListLengthOffset)),
             Alias::ListLength);
      b_.CreateBr(done);
      b_.SetInsertPoint(grow);
      CallRuntime(ByKind(element, RuntimeFn::kb_list_append_value, RuntimeFn::kb_list_append_float,
                         RuntimeFn::kb_list_append_bool),
                  {list, elem});
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
      result = NoneWord();
      break;
    }
    case Op::ListMethod: result = EmitListMethod(inst, operands); break;
    case Op::StrMethod: result = EmitStrMethod(inst, operands); break;
    case Op::RuntimeCall: result = EmitRuntimeCall(inst, operands); break;
    case Op::ConstBytes: {
      const std::string& data = m_.str_constants[inst.imm];
      result = b_.CreatePtrToInt(CallRuntime(RuntimeFn::kb_bytes_from_data,
                                             {CString(data), b_.getInt64(static_cast<int64_t>(data.size()))}),
                                 i64_);
      break;
    }
    case Op::DictNew: result = CallRuntime(RuntimeFn::kb_dict_new, {}); break;
    case Op::DictLen: result = Tag(CallRuntime(RuntimeFn::kb_dict_len, {op(0)})); break;
    case Op::DictGetItem:
      result = Unbox(CallRuntime(RuntimeFn::kb_dict_getitem, {op(0), Box(op(1), op_type(1))}), inst.type);
      break;
    case Op::DictSetItem:
      CallRuntime(RuntimeFn::kb_dict_setitem, {op(0), Box(op(1), op_type(1)), Box(op(2), op_type(2))});
      break;
    case Op::DictMethod: {
      // Operands after the dict arrive boxed (lowering coerced them to object).
      auto arg = [&](size_t i) { return i < operands.size() ? op(i) : static_cast<Value*>(nullptr); };
      switch (static_cast<ir::DictMethod>(inst.imm)) {
        case ir::DictMethod::Get:
          result = Unbox(CallRuntime(RuntimeFn::kb_dict_get, {op(0), op(1), arg(2) ? arg(2) : NoneWord()}), inst.type);
          break;
        case ir::DictMethod::Pop:
          result = Unbox(CallRuntime(RuntimeFn::kb_dict_pop, {op(0), op(1), arg(2) ? arg(2) : b_.getInt64(0)}), inst.type);
          break;
        case ir::DictMethod::SetDefault:
          result = Unbox(CallRuntime(RuntimeFn::kb_dict_setdefault, {op(0), op(1), op(2)}), inst.type);
          break;
        case ir::DictMethod::Keys:
        case ir::DictMethod::Values:
        case ir::DictMethod::Items: {
          ir::DictMethod m = static_cast<ir::DictMethod>(inst.imm);
          RuntimeFn fn = m == ir::DictMethod::Keys ? RuntimeFn::kb_dict_keys
                         : m == ir::DictMethod::Values ? RuntimeFn::kb_dict_values : RuntimeFn::kb_dict_items;
          result = CallRuntime(fn, {op(0)});
          // The runtime's list holds boxed values: unbox floats and bools
          // into the storage a list[float] or list[bool] has.
          uint32_t kind = ElemKind(types_[inst.type].params[0]);
          if (kind != kElemValue) result = CallRuntime(RuntimeFn::kb_list_specialize, {result, b_.getInt32(kind)});
          break;
        }
        case ir::DictMethod::Clear: CallRuntime(RuntimeFn::kb_dict_clear, {op(0)}); result = NoneWord(); break;
        case ir::DictMethod::Copy: result = CallRuntime(RuntimeFn::kb_dict_copy, {op(0)}); break;
        case ir::DictMethod::Update: CallRuntime(RuntimeFn::kb_dict_update, {op(0), op(1)}); result = NoneWord(); break;
      }
      break;
    }
    case Op::ListSlice:
      if (fused_slices_.count(id.index)) break;  // emitted by the ListSetSlice that stores it
      result = CallRuntime(RuntimeFn::kb_list_getslice, {op(0), op(1), op(2), op(3)});
      break;
    case Op::ListSetSlice:
      if (fused_slices_.count(operands[4].index)) {
        auto source = f_->Operands((*f_)[operands[4]]);
        auto call = [&] {
          CallRuntime(RuntimeFn::kb_list_setslice_slice,
                      {op(0), op(1), op(2), op(3), V(source[0]), V(source[1]), V(source[2]), V(source[3])});
        };
        if (!EmitReversalInPlace(inst, call)) call();
        break;
      }
      CallRuntime(RuntimeFn::kb_list_setslice, {op(0), op(1), op(2), op(3), Box(op(4), op_type(4))});
      break;
    case Op::StrSlice: result = CallRuntime(RuntimeFn::kb_str_slice, {op(0), op(1), op(2), op(3)}); break;
    case Op::ListConcat: result = CallRuntime(RuntimeFn::kb_list_concat, {op(0), op(1)}); break;
    case Op::ListRepeat: result = CallRuntime(RuntimeFn::kb_list_repeat, {op(0), op(1)}); break;
    case Op::TupleIndex: result = Unbox(CallRuntime(RuntimeFn::kb_tuple_getitem, {op(0), op(1)}), inst.type); break;
    case Op::Contains: {
      TypeKind k = types_.Kind(op_type(0));
      Value* found = k == TypeKind::Str     ? CallRuntime(RuntimeFn::kb_str_contains, {op(0), op(1)})
                     : k == TypeKind::Dict  ? CallRuntime(RuntimeFn::kb_dict_contains, {op(0), Box(op(1), op_type(1))})
                     : k == TypeKind::Set   ? CallRuntime(RuntimeFn::kb_set_contains, {op(0), Box(op(1), op_type(1))})
                     : k == TypeKind::Object || k == TypeKind::Bytes
                         ? CallRuntime(RuntimeFn::kb_object_contains, {op(0), Box(op(1), op_type(1))})
                     : k == TypeKind::Tuple ? CallRuntime(RuntimeFn::kb_tuple_contains, {op(0), Box(op(1), op_type(1))})
                                            : CallRuntime(RuntimeFn::kb_list_contains, {op(0), Box(op(1), op_type(1))});
      result = b_.CreateICmpNE(found, b_.getInt8(0));
      break;
    }
    case Op::ListGetItem: result = ListGetItem(op(0), op(1), inst.type); break;
    case Op::SysArgv: result = CallRuntime(RuntimeFn::kb_sys_argv, {}); break;
    case Op::Coerce: {
      TypeId from = op_type(0);
      if (types_.Kind(from) == TypeKind::NoneType) result = NoneIn(inst.type);
      else if (types_.Kind(from) == TypeKind::Unknown) result = llvm::PoisonValue::get(TypeFor(inst.type));
      else if (types_.Kind(from) == TypeKind::Float) result = Box(op(0), from);  // into Optional[float]
      else if (types_.Kind(from) == TypeKind::List && types_.Kind(inst.type) == TypeKind::List &&
               (types_.Kind(types_[from].params[0]) == TypeKind::Float ||
                types_.Kind(types_[from].params[0]) == TypeKind::Bool))
        result = CallRuntime(RuntimeFn::kb_list_box_items, {op(0)});  // a new list[float] into list[object]
      else if (types_.Kind(from) == TypeKind::List && types_.Kind(inst.type) == TypeKind::List &&
               types_.Kind(types_[from].params[0]) == TypeKind::Unknown &&
               ElemKind(types_[inst.type].params[0]) != kElemValue)
        result = CallRuntime(RuntimeFn::kb_list_retype_empty,  // `[]` into list[float]
                             {op(0), b_.getInt32(ElemKind(types_[inst.type].params[0]))});
      else result = op(0);  // T into Optional[T]: the same representation
      break;
    }
    case Op::IsNone: result = IsNoneValue(op(0)); break;
    case Op::ObjectBinary: result = CallRuntime(RuntimeFn::kb_object_binop, {b_.getInt32(inst.imm), op(0), op(1)}); break;
    case Op::ObjectUnary: result = CallRuntime(RuntimeFn::kb_object_unary, {b_.getInt32(inst.imm), op(0)}); break;
    case Op::ObjectIndex: {
      Value* v = op(0);
      result = FastOrSlow(IsSmall(v), i64_, [&](BasicBlock*) { return v; },
                          [&] { return CallRuntime(RuntimeFn::kb_object_index, {v}); });
      break;
    }
    case Op::ObjectToInt: result = CallRuntime(RuntimeFn::kb_object_to_int, {op(0)}); break;
    case Op::ObjectToFloat: result = CallRuntime(RuntimeFn::kb_object_to_float, {op(0)}); break;
    case Op::ObjectCompare: {
      CmpOp cmp = static_cast<CmpOp>(inst.imm);
      if (cmp == CmpOp::Eq || cmp == CmpOp::NotEq) {
        Value* eq = b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_object_eq, {op(0), op(1)}), b_.getInt8(0));
        result = cmp == CmpOp::Eq ? eq : b_.CreateNot(eq);
      } else {
        result = b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_object_compare, {op(0), op(1), RuntimeCompareOp(cmp)}),
                                 b_.getInt8(0));
      }
      break;
    }
    case Op::SameObject:
      result = b_.CreateICmpEQ(Box(op(0), op_type(0)), Box(op(1), op_type(1)));
      break;
    case Op::CheckNotNone:
      if (inst.imm2 == 1) RaiseIf(IsNoneValue(op(0)), "TypeError", m_.str_constants[inst.imm]);
      else RaiseIf(IsNoneValue(op(0)), "AttributeError", "'NoneType' object has no attribute '" + m_.str_constants[inst.imm] + "'");
      result = TypeFor(inst.type) == f64_ ? Unbox(op(0), inst.type) : op(0);
      break;
    case Op::NewObject: {
      if (m_.classes[inst.imm].is_exception) {
        // The runtime allocates instance_size bytes and fills BaseException's part.
        Value* args = CallRuntime(RuntimeFn::kb_tuple_new, {b_.getInt64(static_cast<int64_t>(operands.size()))});
        for (size_t i = 0; i < operands.size(); ++i)
          b_.CreateStore(Box(op(i), op_type(i)), FieldAddress(args, kTupleItemsOffset + 8 * i));
        result = CallRuntime(RuntimeFn::kb_exception_new, {class_types_[inst.imm], args});
        break;
      }
      llvm::StructType* layout = class_structs_[inst.imm];
      uint64_t size = 8 * layout->getNumElements();
      result = b_.CreateCall(Runtime(RuntimeFn::kb_alloc), {b_.getInt64(static_cast<int64_t>(size))});
      b_.CreateStore(class_types_[inst.imm], result);
      break;
    }
    case Op::ExceptionArgs: {
      Value* object = op(0)->getType() == ptr_ ? op(0) : b_.CreateIntToPtr(op(0), ptr_);
      result = LoadField(i64_, object, 8);  // KbBaseException::args, after the header
      break;
    }
    case Op::ClearField: {
      uint32_t cls = types_[op_type(0)].payload;
      b_.CreateStore(b_.getInt64(0), b_.CreateStructGEP(class_structs_[cls], op(0), inst.imm + 1));
      break;
    }
    case Op::FieldIsSet: {
      uint32_t cls = types_[op_type(0)].payload;
      Value* raw = b_.CreateLoad(i64_, b_.CreateStructGEP(class_structs_[cls], op(0), inst.imm + 1));
      result = b_.CreateICmpNE(raw, b_.getInt64(0));
      break;
    }
    case Op::ExceptionSetArgs:
      b_.CreateStore(op(1), FieldAddress(op(0), 8));  // KbBaseException::args, after the header
      break;
    case Op::GetField:
    case Op::SetField: {
      TypeId object_type = op_type(0);
      if (types_.Kind(object_type) != TypeKind::Class) {
        // An object of no known type follows code that raised (an attribute
        // never set): dead code, which must still compile.
        if (inst.op == Op::GetField) result = llvm::PoisonValue::get(TypeFor(inst.type));
        break;
      }
      uint32_t cls = types_[object_type].payload;
      const ir::ClassLayout::Field& field = m_.classes[cls].fields[inst.imm];
      Value* address = b_.CreateStructGEP(class_structs_[cls], op(0), inst.imm + 1);
      if (inst.op == Op::SetField) {
        Value* v = op(1);
        if (field.boxed) v = Box(v, field.type);
        else if (v->getType() == i1_) v = b_.CreateZExt(v, i64_);
        b_.CreateStore(v, address);
        break;
      }
      Value* raw = b_.CreateLoad(FieldStorage(field), address);
      if (field.boxed) {
        RaiseIf(b_.CreateICmpEQ(raw, b_.getInt64(0)), "AttributeError",
                "'" + m_.classes[cls].name + "' object has no attribute '" + field.name + "'");
        result = Unbox(raw, field.type);
      } else {
        result = TypeFor(field.type) == i1_ ? b_.CreateTrunc(raw, i1_) : raw;
      }
      break;
    }
    case Op::MathCall: {
      std::vector<Value*> args;
      for (size_t i = 0; i < operands.size(); ++i) args.push_back(op(i));
      if (std::string_view(kMathSignatures[inst.imm].name) == "kb_math_sqrt") {
        // The square root instruction is libm's sqrt; only a negative argument
        // needs the runtime (ValueError: math domain error).
        Value* x = args[0];
        result = FastOrSlow(b_.CreateNot(b_.CreateFCmpOLT(x, llvm::ConstantFP::get(f64_, 0.0))), f64_,
                            [&](BasicBlock*) { return b_.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, x); },
                            [&] { return CallMayRaise(MathRuntime(inst.imm), {x}); });
        break;
      }
      if (std::string_view(kMathSignatures[inst.imm].name) == "kb_math_fabs") {
        result = b_.CreateUnaryIntrinsic(llvm::Intrinsic::fabs, args[0]);  // never raises
        break;
      }
      result = CallMayRaise(MathRuntime(inst.imm), args);
      if (kMathSignatures[inst.imm].result == 'B') result = b_.CreateICmpNE(result, b_.getInt8(0));
      break;
    }
    case Op::IntFromStr: result = CallRuntime(RuntimeFn::kb_int_from_str, {op(0), b_.getInt64(10)}); break;
    case Op::IntFromFloat: result = CallRuntime(RuntimeFn::kb_int_from_float, {op(0)}); break;
    case Op::FloatFromStr: result = CallRuntime(RuntimeFn::kb_float_from_str, {op(0)}); break;
    case Op::Print: {
      size_t n = operands.size() - 3;
      llvm::AllocaInst* args = EntryAlloca(llvm::ArrayType::get(i64_, n ? n : 1));
      for (size_t i = 0; i < n; ++i)
        b_.CreateStore(Box(op(i), op_type(i)), b_.CreateConstInBoundsGEP2_64(args->getAllocatedType(), args, 0, i));
      auto str_or_null = [&](size_t i) -> Value* {
        return types_.Kind(op_type(i)) == TypeKind::Str ? op(i) : llvm::ConstantPointerNull::get(b_.getPtrTy());
      };
      CallRuntime(RuntimeFn::kb_print_to, {args, b_.getInt64(static_cast<int64_t>(n)), str_or_null(n),
                                           str_or_null(n + 1), b_.CreateZExt(op(n + 2), i8_),
                                           b_.getInt32(static_cast<int32_t>(inst.imm ? inst.imm : 1))});
      break;
    }
    case Op::StreamWrite:
      if (operands.empty()) {
        CallRuntime(RuntimeFn::kb_stream_flush, {b_.getInt32(static_cast<int32_t>(inst.imm))});
      } else {
        Value* n = CallRuntime(RuntimeFn::kb_stream_write, {b_.getInt32(static_cast<int32_t>(inst.imm)), op(0)});
        result = b_.CreateOr(b_.CreateShl(n, b_.getInt64(1)), b_.getInt64(1));  // a small int
      }
      break;
    case Op::MakeFunction: {
      result = CallRuntime(RuntimeFn::kb_function_new, {StrConstant(inst.imm2), b_.getInt64(inst.imm),
                                                        b_.getInt64(static_cast<int64_t>(operands.size()))});
      for (size_t i = 0; i < operands.size(); ++i)
        CallRuntime(RuntimeFn::kb_function_set_cell, {result, b_.getInt64(static_cast<int64_t>(i)), op(i)});
      break;
    }
    case Op::FunctionCell: result = CallRuntime(RuntimeFn::kb_function_cell, {op(0), b_.getInt64(inst.imm)}); break;
    case Op::IsFunctionOf:
      result = b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_is_function_of, {op(0), b_.getInt64(inst.imm)}), b_.getInt8(0));
      break;
    case Op::CellGet:
      result = CallRuntime(RuntimeFn::kb_cell_get, {op(0), CString(m_.str_constants[inst.imm]), b_.getInt8(inst.imm2)});
      break;
    case Op::CellSet: CallRuntime(RuntimeFn::kb_cell_set, {op(0), op(1)}); break;
    case Op::RaiseNotCallable: CallRuntime(RuntimeFn::kb_raise_not_callable, {op(0)}); break;
    case Op::Call: {
      std::vector<Value*> args;
      for (size_t i = 0; i < operands.size(); ++i) args.push_back(op(i));
      result = CallMayRaise(functions_[inst.imm], args);
      break;
    }
    case Op::Raise:
      CallRuntime(RuntimeFn::kb_raise_new,
                  {ExternalGlobal("kb_type_" + m_.str_constants[inst.imm], i8_), CString(m_.str_constants[inst.imm2])});
      break;
    case Op::CatchBegin:
      result = b_.CreatePtrToInt(CallRuntime(RuntimeFn::kb_catch_begin, {b_.CreateLoad(ptr_, unwind_slot_)}), i64_);
      break;
    case Op::CatchEnd: CallRuntime(RuntimeFn::kb_catch_end, {}); break;
    case Op::ExceptionMatches: {
      llvm::Constant* type = inst.imm2 == 1 ? static_cast<llvm::Constant*>(class_types_[inst.imm])
                                            : ExternalGlobal(std::string("kb_type_") + ExceptionClassName(inst.imm), i8_);
      result = b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_exception_matches, {b_.CreateIntToPtr(op(0), ptr_), type}),
                               b_.getInt8(0));
      break;
    }
    case Op::NewException: {
      Value* args = llvm::ConstantPointerNull::get(b_.getPtrTy());
      if (!operands.empty()) {
        args = CallRuntime(RuntimeFn::kb_tuple_new, {b_.getInt64(static_cast<int64_t>(operands.size()))});
        for (size_t i = 0; i < operands.size(); ++i)
          b_.CreateStore(Box(op(i), op_type(i)), FieldAddress(args, kTupleItemsOffset + 8 * i));
      }
      result = b_.CreatePtrToInt(
          CallRuntime(RuntimeFn::kb_exception_new,
                      {ExternalGlobal(std::string("kb_type_") + ExceptionClassName(inst.imm), i8_), args}),
          i64_);
      break;
    }
    case Op::RaiseValue:
      CallRuntime(RuntimeFn::kb_raise_value, {op(0), operands.size() > 1 ? Box(op(1), op_type(1)) : b_.getInt64(0)});
      break;
    case Op::Reraise:  // the exception has this frame in its traceback already
      CallMayRaise(Runtime(RuntimeFn::kb_reraise), {}, /*record=*/false);
      break;
    case Op::ReraiseKeep:
      CallMayRaise(Runtime(RuntimeFn::kb_reraise_exception), {b_.CreateIntToPtr(op(0), ptr_)}, /*record=*/false);
      break;
    case Op::Branch: b_.CreateBr(blocks_[inst.imm]); break;
    case Op::CondBranch: b_.CreateCondBr(op(0), blocks_[inst.imm], blocks_[inst.imm2]); break;
    case Op::Return: {
      if (f_->is_generator) {
        EmitGeneratorReturn(operands.empty() ? nullptr : op(0));
        break;
      }
      if (depth_on_entry_)
        Tagged(b_.CreateStore(depth_on_entry_, ExternalGlobal("kb_recursion_depth", i64_)), Alias::RecursionDepth);
      if (fn_->getReturnType()->isVoidTy()) b_.CreateRetVoid();
      else if (operands.empty()) b_.CreateRet(NoneWord());
      else b_.CreateRet(op(0));
      break;
    }
    case Op::Unreachable: b_.CreateUnreachable(); break;
    case Op::Yield: result = EmitYield(op(0), inst.imm, inst.imm2 != 0); break;
    case Op::GeneratorThrownPending:
      result = b_.CreateICmpNE(LoadField(i64_, generator_, kGeneratorThrown), b_.getInt64(0));
      break;
    case Op::GeneratorThrowInto:
      result = b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_generator_delegate, {generator_, op(0)}), b_.getInt8(0));
      break;
    case Op::GeneratorNext:
    case Op::GeneratorSend:
    case Op::GeneratorYielded:
    case Op::GeneratorReturned:
    case Op::GeneratorStop:
    case Op::GeneratorClose:
    case Op::GeneratorThrow:
    case Op::GeneratorFinalize:
    case Op::ObjectNext: result = EmitGeneratorOp(inst, operands); break;
    case Op::ObjectIterHas:
      result = b_.CreateICmpNE(CallRuntime(RuntimeFn::kb_object_iter_has, {op(0), b_.CreateAShr(op(1), b_.getInt64(1))}),
                               b_.getInt8(0));
      break;
  }
  // A list that a call returns is a whole KbList (see MarkList).
  if (result && types_.Kind(inst.type) == TypeKind::List)
    if (auto* call = llvm::dyn_cast<llvm::CallBase>(result)) MarkListResult(call);
  values_[id.index] = result;
}

// The ramp of a generator function (what a call runs): allocates the
// coroutine frame in GC memory (the GC scans it for the values it holds),
// makes the generator object, and pauses before the body, returning the
// generator. LLVM's CoroSplit turns the rest into the resume function that
// kb_generator_next calls through the frame.
void Emitter::EmitGeneratorStart() {
  using llvm::Intrinsic::getDeclaration;
  fn_->addFnAttr(llvm::Attribute::PresplitCoroutine);
  llvm::Constant* null = llvm::ConstantPointerNull::get(b_.getPtrTy());
  coro_id_ = b_.CreateCall(getDeclaration(mod_.get(), llvm::Intrinsic::coro_id),
                           {b_.getInt32(0), null, null, null});
  Value* size = b_.CreateCall(getDeclaration(mod_.get(), llvm::Intrinsic::coro_size, {i64_}));
  Value* memory = b_.CreateCall(Runtime(RuntimeFn::kb_alloc), {size});
  coro_handle_ = b_.CreateCall(getDeclaration(mod_.get(), llvm::Intrinsic::coro_begin), {coro_id_, memory});
  generator_ = b_.CreateCall(Runtime(RuntimeFn::kb_generator_new),
                             {CString(f_->name), b_.getInt32(ElemKind(f_->yield_type) |
                                                             (f_->is_builtin_iterator ? 0x100u : 0u))});
  b_.CreateStore(coro_handle_, FieldAddress(generator_, kGeneratorFrame));
  BasicBlock* current = b_.GetInsertBlock();
  coro_end_ = NewBlock("coro.end");
  b_.SetInsertPoint(coro_end_);
  b_.CreateCall(getDeclaration(mod_.get(), llvm::Intrinsic::coro_end),
                {coro_handle_, b_.getInt1(false), llvm::ConstantTokenNone::get(ctx_)});
  b_.CreateRet(generator_);
  coro_cleanup_ = NewBlock("coro.cleanup");
  b_.SetInsertPoint(coro_cleanup_);
  b_.CreateCall(getDeclaration(mod_.get(), llvm::Intrinsic::coro_free), {coro_id_, coro_handle_});
  b_.CreateBr(coro_end_);
  b_.SetInsertPoint(current);
  // The first pause: the body starts at the first kb_generator_next.
  BasicBlock* start = NewBlock("body.start");
  Value* s = b_.CreateCall(getDeclaration(mod_.get(), llvm::Intrinsic::coro_suspend),
                           {llvm::ConstantTokenNone::get(ctx_), b_.getInt1(false)});
  llvm::SwitchInst* sw = b_.CreateSwitch(s, coro_end_, 2);
  sw->addCase(b_.getInt8(0), start);
  sw->addCase(b_.getInt8(1), coro_cleanup_);
  b_.SetInsertPoint(start);
}

// `yield value`: stores it for the consumer and pauses; resumed, raises what
// close() threw in, else evaluates to the value sent (then None again).
Value* Emitter::EmitYield(Value* value, uint32_t handled, bool delegating) {
  b_.CreateStore(value, FieldAddress(generator_, kGeneratorYielded));
  b_.CreateStore(b_.getInt32(1), FieldAddress(generator_, kGeneratorState));  // KB_GENERATOR_SUSPENDED
  if (handled) CallRuntime(RuntimeFn::kb_generator_save_handled, {generator_, b_.getInt32(handled)});
  BasicBlock* resumed = NewBlock("resumed");
  Value* s = b_.CreateCall(llvm::Intrinsic::getDeclaration(mod_.get(), llvm::Intrinsic::coro_suspend),
                           {llvm::ConstantTokenNone::get(ctx_), b_.getInt1(false)});
  llvm::SwitchInst* sw = b_.CreateSwitch(s, coro_end_, 2);
  sw->addCase(b_.getInt8(0), resumed);
  sw->addCase(b_.getInt8(1), coro_cleanup_);
  b_.SetInsertPoint(resumed);
  if (handled) CallRuntime(RuntimeFn::kb_generator_restore_handled, {generator_, b_.getInt32(handled)});
  if (delegating) return NoneWord();  // a thrown exception goes on to the inner generator (GeneratorThrowInto)
  Value* thrown = LoadField(i64_, generator_, kGeneratorThrown);
  BasicBlock* raise = NewBlock("thrown");
  BasicBlock* ok = NewBlock("sent");
  b_.CreateCondBr(b_.CreateICmpNE(thrown, b_.getInt64(0)), raise, ok, Unlikely());
  b_.SetInsertPoint(raise);
  CallRuntime(RuntimeFn::kb_generator_raise_thrown, {generator_});
  b_.CreateUnreachable();
  b_.SetInsertPoint(ok);
  llvm::Type* sent_type = TypeFor(f_->send_type);
  Value* sent_address = FieldAddress(generator_, kGeneratorSent);
  Value* sent = b_.CreateLoad(sent_type, sent_address);
  if (types_.Kind(f_->send_type) != TypeKind::NoneType) {
    Value* none = types_.Kind(f_->send_type) == TypeKind::Optional ? NoneIn(f_->send_type) : NoneWord();
    b_.CreateStore(none, sent_address);
  }
  return types_.Kind(f_->send_type) == TypeKind::NoneType ? NoneWord() : sent;
}

// `return` in a generator: its value (boxed, or None) for the StopIteration,
// and the coroutine ends.
void Emitter::EmitGeneratorReturn(Value* boxed) {
  if (boxed) b_.CreateStore(boxed, FieldAddress(generator_, kGeneratorReturned));
  b_.CreateStore(b_.getInt32(3), FieldAddress(generator_, kGeneratorState));  // KB_GENERATOR_FINISHED
  b_.CreateBr(coro_end_);
}

// What a consumer does with a generator (ir_ops.def).
Value* Emitter::EmitGeneratorOp(const ir::Inst& inst, std::span<const ir::InstId> operands) {
  using ir::Op;
  Value* gen = V(operands[0]);
  auto flag = [&](Value* v) { return b_.CreateICmpNE(v, b_.getInt8(0)); };
  if (inst.op == Op::GeneratorNext) return flag(CallRuntime(RuntimeFn::kb_generator_next, {gen}));
  if (inst.op == Op::GeneratorSend) {
    Value* v = V(operands[1]);
    TypeId t = (*f_)[operands[1]].type;
    if (types_.Kind(t) != TypeKind::NoneType) b_.CreateStore(v, FieldAddress(gen, kGeneratorSent));
    return flag(CallRuntime(RuntimeFn::kb_generator_send, {gen, Box(v, t)}));
  }
  if (inst.op == Op::GeneratorYielded) return b_.CreateLoad(TypeFor(inst.type), FieldAddress(gen, kGeneratorYielded));
  if (inst.op == Op::GeneratorReturned) {
    Value* word = LoadField(i64_, gen, kGeneratorReturned);
    word = b_.CreateSelect(b_.CreateICmpEQ(word, b_.getInt64(0)), NoneWord(), word);  // no value: None
    if (types_.Kind(inst.type) == TypeKind::NoneType) return NoneWord();
    if (types_.Kind(inst.type) == TypeKind::Optional && TypeFor(inst.type) == i64_) return word;
    return Unbox(word, inst.type);
  }
  if (inst.op == Op::GeneratorStop) {
    CallRuntime(RuntimeFn::kb_generator_stop, {gen});
    return nullptr;
  }
  if (inst.op == Op::GeneratorThrow) return flag(CallRuntime(RuntimeFn::kb_generator_throw, {gen, V(operands[1])}));
  if (inst.op == Op::GeneratorFinalize) {
    CallRuntime(RuntimeFn::kb_generator_finalize, {gen});
    return NoneWord();
  }
  if (inst.op == Op::GeneratorClose) {
    CallRuntime(RuntimeFn::kb_generator_close, {gen});
    return NoneWord();
  }
  // ObjectNext
  return CallRuntime(RuntimeFn::kb_object_next, {gen, operands.size() > 1 ? V(operands[1]) : b_.getInt64(0)});
}

}  // namespace

std::unique_ptr<llvm::Module> EmitModule(const ir::Module& module, llvm::LLVMContext& context, bool with_main) {
  return Emitter(module, context).Emit(with_main);
}

}  // namespace keelback::codegen
