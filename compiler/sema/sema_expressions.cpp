// Type inference for expressions: names, operators, subscripts, comprehensions
// and the items iteration yields.
#include "sema/analyzer.h"

#include <algorithm>

namespace keelback::analysis {

TypeId Analyzer::InferExpr(NodeId e) {
  if (++depth_ > kMaxExpressionDepth) {
    --depth_;
    if (reporting_) {
      const AstNode& n = tree_[e];
      diagnostics_.Report(DiagnosticKind::ExpressionTooComplex, tree_.FileOf(e), n.begin, n.end,
                          {std::to_string(kMaxExpressionDepth)});
    }
    return types().unknown();
  }
  TypeId t = InferExprUnguarded(e);
  --depth_;
  if (!site_types_.empty()) {
    switch (tree_.Kind(e)) {
      case NodeKind::List: case NodeKind::Set: case NodeKind::Dict: case NodeKind::ListComp: case NodeKind::SetComp:
      case NodeKind::DictComp: case NodeKind::Call:
        t = ApplySiteType(e, t);
        break;
      default:
        break;
    }
  }
  if (types().Kind(t) == TypeKind::Generator) CheckFinalizingGeneratorUse(e, t);
  return Record(e, t);
}

TypeId Analyzer::InferExprUnguarded(NodeId e) {
  if (!Current().generator_expression_params.empty()) {
    int32_t param = GeneratorExpParam(e);
    if (param >= 0) return Current().locals[static_cast<uint32_t>(param)].type;
  }
  switch (tree_.Kind(e)) {
    case NodeKind::Constant: {
      const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(e, ConstantField::value)));
      switch (c.kind) {
        case Constant::Kind::None: return types().none();
        case Constant::Kind::True:
        case Constant::Kind::False: return types().bool_();
        case Constant::Kind::Int: return types().int_();
        case Constant::Kind::Float: return types().float_();
        case Constant::Kind::Str: return types().str();
        case Constant::Kind::Bytes: return BytesType();
        case Constant::Kind::Complex: return ComplexType();
        case Constant::Kind::Ellipsis:
          Unsupported(e, "this kind of literal");
          return types().unknown();
      }
      return types().unknown();
    }
    case NodeKind::Name: {
      IdentId name = tree_.Ident(e, NameField::id);
      NameBinding b = ResolveName(e);
      Current().names[e.index] = b;
      auto value = [&](TypeId t) {
        CheckModelledValue(e, t, tree_.Name(name));
        return t;
      };
      switch (b.kind) {
        case NameBinding::Kind::Local:
          if (static_cast<int32_t>(b.index) == KwargsSlot() && comprehension_scopes_.empty()) {
            // **kwargs used as a dict: its values joined (object when none is passed).
            TypeId tuple = Current().locals[b.index].type;
            if (types().Kind(tuple) != TypeKind::Tuple) return types().unknown();
            TypeId v = types()[tuple].params.empty() ? types().object() : types().unknown();
            for (TypeId item : types()[tuple].params) v = Join(v, item, e, "the values of **" + std::string(tree_.Name(name)));
            if (types().Kind(v) == TypeKind::Unknown) return types().unknown();
            Current().kwargs_slot = static_cast<int32_t>(b.index);
            Current().kwargs_dict_type = types().DictOf(types().str(), v);
            return Current().kwargs_dict_type;
          }
          return NarrowTestedDict(e, b.index, Current().locals[b.index].type);
        case NameBinding::Kind::Free: {
          const ClosureInfo::Free& free = program_->ClosureOf(Current().def)->free[b.index];
          return value(CellType(free.owner, free.name));
        }
        case NameBinding::Kind::Global: {
          const ModuleGlobal& g = program_->globals[b.index];
          return value(g.type);
        }
        case NameBinding::Kind::Builtin:
          return types().Get(TypeKind::Builtin, {}, b.index);
        case NameBinding::Kind::ExceptionClass:
          return types().Get(TypeKind::ExceptionClass, {}, b.index);
        case NameBinding::Kind::Undefined:
          // The singleton operator methods return to defer to the other operand.
          if (tree_.Name(tree_.Ident(e, NameField::id)) == "NotImplemented") return types().object();
          for (std::string_view other : kOtherPythonBuiltins)
            if (tree_.Name(tree_.Ident(e, NameField::id)) == other)
              Unsupported(e, "the builtin '" + std::string(other) + "'");
          // NameError when it runs. As an object, whatever uses it (a
          // method call, a loop) evaluates it first, as CPython does.
          return types().object();
        case NameBinding::Kind::Module:
          return types().unknown();
      }
      return types().unknown();
    }
    case NodeKind::BinOp: {
      TypeId l = InferExpr(tree_.Node(e, BinOpField::left));
      TypeId r = InferExpr(tree_.Node(e, BinOpField::right));
      NarrowOperandBuiltinValues(e, static_cast<BinaryOp>(tree_.Field(e, BinOpField::op)), l, r);
      return InferBinary(e, static_cast<BinaryOp>(tree_.Field(e, BinOpField::op)), l, r);
    }
    case NodeKind::UnaryOp: {
      TypeId t = InferExpr(tree_.Node(e, UnaryOpField::operand));
      UnaryOp op = static_cast<UnaryOp>(tree_.Field(e, UnaryOpField::op));
      if (op == UnaryOp::Not) return types().bool_();
      // An Optional number is negated as the number (lowering checks None).
      if (types().Kind(t) == TypeKind::Optional && IsNumeric(types()[t].params[0])) t = types()[t].params[0];
      TypeKind k = types().Kind(t);
      if (k == TypeKind::Unknown) return t;
      if (k == TypeKind::Class && op != UnaryOp::Not) {
        NodeId method = FindMethod(types()[t].payload, tree_.Find(op == UnaryOp::USub   ? "__neg__"
                                                                  : op == UnaryOp::UAdd ? "__pos__"
                                                                                        : "__invert__"));
        if (!method.IsValid()) return types().unknown();  // TypeError at run time
        InstanceId target = Instantiate(method, {t});
        Current().call_targets[e.index] = target;
        return program_->instances[target.index].return_type;
      }
      if (k == TypeKind::Int || k == TypeKind::Bool) return types().int_();
      if (k == TypeKind::Float && op != UnaryOp::Invert) return t;
      if (k == TypeKind::Complex && op != UnaryOp::Invert) return t;
      if (k == TypeKind::Object) {
        // The run-time dispatch knows no operator method of the program's classes.
        const char* method = op == UnaryOp::USub ? "__neg__" : op == UnaryOp::UAdd ? "__pos__" : "__invert__";
        if (AnyClassDefines(method) && !InferDynamicOperator(e, method, "", t, TypeId()))
          Unsupported(e, std::string("unary ") + UnaryOpName(op) + " on a value of type object (a class of the program defines " +
                             method + ")");
        return t;
      }
      Unsupported(e, std::string("unary ") + UnaryOpName(op) + " on " + types().Name(t));
      return types().unknown();
    }
    case NodeKind::Compare: {
      TypeId left = InferExpr(tree_.Node(e, CompareField::left));
      auto ops = tree_.RawItems(tree_.List(e, CompareField::ops));
      auto comparators = tree_.Items(e, CompareField::comparators);
      for (size_t i = 0; i < comparators.size(); ++i) {
        TypeId right = InferExpr(comparators[i]);
        if (static_cast<CmpOp>(ops[i]) == CmpOp::In || static_cast<CmpOp>(ops[i]) == CmpOp::NotIn)
          right = NarrowBuiltinValue(comparators[i], right, "__contains__");
        else if (comparators.size() == 1 && static_cast<CmpOp>(ops[i]) != CmpOp::Is && static_cast<CmpOp>(ops[i]) != CmpOp::IsNot)
          NarrowComparedBuiltinValues(e, left, right);
        {
          // `is` compares identities; an unboxed float has none to compare
          // (a float is never None, though).
          CmpOp is_op = static_cast<CmpOp>(ops[i]);
          TypeKind lk = types().Kind(left), rk = types().Kind(right);
          if ((is_op == CmpOp::Is || is_op == CmpOp::IsNot) && (lk == TypeKind::Float || rk == TypeKind::Float) &&
              lk != TypeKind::NoneType && rk != TypeKind::NoneType)
            Unsupported(e, "'is' with a float operand");
        }
        CmpOp op = static_cast<CmpOp>(ops[i]);
        if (types().Kind(left) == TypeKind::Class) {
          const char* method_name = nullptr;
          for (auto& [o, name] : kCompareMethods)
            if (o == op) method_name = name;
          NodeId method = method_name ? FindMethod(types()[left].payload, tree_.Find(method_name)) : NodeId();
          if (!method.IsValid() && op == CmpOp::NotEq) {
            // The default __ne__ inverts __eq__.
            method = FindMethod(types()[left].payload, tree_.Find("__eq__"));
            if (method.IsValid()) Current().negated_comparisons.insert(e.index);
          }
          if (method.IsValid()) {
            if (comparators.size() > 1) Unsupported(e, "chained comparisons calling __eq__, __lt__...");
            InstanceId target = Instantiate(method, {left, right});
            Current().call_targets[e.index] = target;
            TypeId result = program_->instances[target.index].return_type;
            if (types().Kind(result) == TypeKind::Object) NoteComparisonFallback(e, op, left, right, false);
            else if (types().Kind(result) != TypeKind::Bool && types().Kind(result) != TypeKind::Unknown)
              Unsupported(e, "comparison methods returning other than bool");
          }
        }
        // a > b where a has no __gt__: b.__lt__(a), the reflected method (also
        // when a is not an instance: 1 < obj).
        if (!Current().call_targets.count(e.index) && op != CmpOp::Eq && op != CmpOp::NotEq && op != CmpOp::Is &&
            op != CmpOp::IsNot && op != CmpOp::In && op != CmpOp::NotIn && types().Kind(right) == TypeKind::Class) {
          NodeId reflected =
              FindMethod(types()[right].payload, tree_.Find(op == CmpOp::Lt ? "__gt__" : op == CmpOp::Gt ? "__lt__"
                                                            : op == CmpOp::LtE ? "__ge__" : "__le__"));
          if (reflected.IsValid()) {
            if (comparators.size() > 1) Unsupported(e, "chained comparisons calling __eq__, __lt__...");
            InstanceId target = Instantiate(reflected, {right, left});
            Current().call_targets[e.index] = target;
            Current().reflected_operators.insert(e.index);
            TypeId result = program_->instances[target.index].return_type;
            if (types().Kind(result) == TypeKind::Object) NoteComparisonFallback(e, op, left, right, true);
            else if (types().Kind(result) != TypeKind::Bool && types().Kind(result) != TypeKind::Unknown)
              Unsupported(e, "comparison methods returning other than bool");
          }
        }
        if ((op == CmpOp::In || op == CmpOp::NotIn) && types().Kind(right) == TypeKind::Class) {
          // x in obj calls obj.__contains__(x) (`not in` negates it).
          NodeId method = FindMethod(types()[right].payload, tree_.Find("__contains__"));
          if (!method.IsValid()) {
            Unsupported(e, "'in' with an instance of a class without __contains__");
          } else if (comparators.size() > 1) {
            Unsupported(e, "chained comparisons calling __contains__");
          } else if (types().Kind(left) != TypeKind::Unknown) {
            InstanceId target = Instantiate(method, {right, left});
            Current().call_targets[e.index] = target;
            Current().reflected_operators.insert(e.index);
            if (op == CmpOp::NotIn) Current().negated_comparisons.insert(e.index);
            TypeKind rk = types().Kind(program_->instances[target.index].return_type);
            if (rk != TypeKind::Bool && rk != TypeKind::Unknown) Unsupported(e, "__contains__ returning other than bool");
          }
        } else if (op == CmpOp::In || op == CmpOp::NotIn) {
          TypeKind rk = types().Kind(right);
          bool ok = rk == TypeKind::List || rk == TypeKind::Tuple || rk == TypeKind::Unknown || rk == TypeKind::Dict ||
                    rk == TypeKind::Set || rk == TypeKind::Object || rk == TypeKind::Generator || rk == TypeKind::Bytes ||
                    rk == TypeKind::Range || rk == TypeKind::ByteArray ||
                    (rk == TypeKind::Str && (types().Kind(left) == TypeKind::Str || types().Kind(left) == TypeKind::Unknown));
          if (!ok) Unsupported(e, "'in' with " + types().Name(left) + " and " + types().Name(right));
          if (rk == TypeKind::Object) RejectObjectProtocol(e, "'in' with", {"__contains__", "__iter__", "__getitem__"});
        }
        left = right;
      }
      return types().bool_();
    }
    case NodeKind::BoolOp: {
      TypeId t = types().unknown();
      bool is_or = static_cast<BoolOp>(tree_.Field(e, BoolOpField::op)) == BoolOp::Or;
      auto values = tree_.Items(e, BoolOpField::values);
      for (size_t i = 0; i < values.size(); ++i) {
        TypeId v = InferExpr(values[i]);
        // `x or default`: x is the result only when true, so never None.
        if (is_or && i + 1 < values.size() && types().Kind(v) == TypeKind::Optional) v = types()[v].params[0];
        if (is_or && i + 1 < values.size() && types().Kind(v) == TypeKind::NoneType) continue;
        t = Join(t, v, e, "this and/or expression");
      }
      return t;
    }
    case NodeKind::NamedExpr: {
      // `(name := value)`: in a comprehension the name is the enclosing
      // function's (PEP 572), never the comprehension's own variable.
      TypeId t = InferExpr(tree_.Node(e, NamedExprField::value));
      if (Current().IsExpressionGenerator(tree_)) {
        Unsupported(e, "an assignment expression inside a generator expression used as a value");
        return t;
      }
      bool saved = outside_comprehensions_;
      outside_comprehensions_ = true;
      AssignTo(tree_.Node(e, NamedExprField::target), t);
      outside_comprehensions_ = saved;
      return t;
    }
    case NodeKind::IfExp: {
      InferExpr(tree_.Node(e, IfExpField::test));
      TypeId a = InferExpr(tree_.Node(e, IfExpField::body));
      TypeId b = InferExpr(tree_.Node(e, IfExpField::orelse));
      return Join(a, b, e, "this conditional expression");
    }
    case NodeKind::Call:
      return InferCall(e);
    case NodeKind::Attribute: {
      Current().method_values.erase(e.index);
      Current().missing_attributes.erase(e.index);
      TypeId base = InferExpr(tree_.Node(e, AttributeField::value));
      IdentId attr_id = tree_.Ident(e, AttributeField::attr);
      std::string_view attr = tree_.Name(attr_id);
      if (TypeId native = InferNativeAttribute(e, base); native.IsValid()) return native;
      if (types().Kind(base) == TypeKind::Function) {
        if (attr == "__name__" || attr == "__qualname__") return types().str();
        Unsupported(e, "attribute '" + std::string(attr) + "' of a function");
        return types().unknown();
      }
      if (TypeId method = InferNativeMethodValue(e, base, attr); method.IsValid()) return method;
      if (int32_t module = ProgramModuleOf(base); module >= 0)
        return InferModuleAttribute(e, static_cast<uint32_t>(module), attr_id, false);
      if (types().Kind(base) == TypeKind::Module)
        return InferNativeModuleAttribute(e, static_cast<BuiltinModule>(types()[base].payload), attr);
      // A function's __name__ (no class may define it): AttributeError for anything else.
      if (types().Kind(base) == TypeKind::Object && (attr == "__name__" || attr == "__qualname__")) return types().str();
      // x.__class__ (type(x)), and the links of an exception, whatever object it is.
      if (types().Kind(base) == TypeKind::Object && (attr == "__class__" || attr == "__cause__" || attr == "__context__"))
        return types().object();
      if (types().Kind(base) == TypeKind::Object) return InferDynamicAttribute(e, attr_id);
      // obj.__class__ (the class, known from the type) and C.__name__.
      if (attr == "__class__" && types().Kind(base) == TypeKind::Class)
        return types().Get(TypeKind::ClassObject, {}, types()[base].payload);
      if (types().Kind(base) == TypeKind::ClassObject && (attr == "__name__" || attr == "__qualname__") &&
          ClassAttributeGlobal(types()[base].payload, attr_id) < 0)
        return types().str();
      if (types().Kind(base) == TypeKind::ClassObject) {
        uint32_t c = types()[base].payload;
        int32_t g = ClassAttributeGlobal(c, attr_id);
        if (g >= 0) {
          Current().names[e.index] = {NameBinding::Kind::Global, static_cast<uint32_t>(g)};
          return program_->globals[g].type;
        }
        if (NodeId method = FindMethod(c, attr_id); method.IsValid()) return InferMethodValue(e, base, c, method);
        if (TypeId t = InferClassObjectAttribute(e, c, attr); t.IsValid()) return t;
        if (FindProperty(c, attr_id, false).IsValid())
          Unsupported(e, "a property read through its class");
        else
          Unsupported(e, "type object '" + program_->classes[c].name + "' has no attribute '" + std::string(attr) + "'");
        return types().unknown();
      }
      int32_t cls = ClassOfValue(base);
      Current().names.erase(e.index);  // an earlier pass may have found no field
      if (cls >= 0 && program_->classes[cls].is_exception && attr == "args" && types().Kind(base) == TypeKind::Class) {
        Current().exception_args_reads.insert(e.index);
        return types().object();
      }
      if (cls >= 0) {
        const ClassInfo& info = program_->classes[cls];
        int32_t field = info.FieldIndex(attr_id);
        NodeId getter = FindProperty(cls, attr_id, false);
        int32_t g = ClassAttributeGlobal(cls, attr_id);
        // Which of a method, a property and a class attribute of one name a
        // class chain finds first is not modelled.
        if (g >= 0 && (getter.IsValid() || FindMethod(cls, attr_id).IsValid()))
          Unsupported(e, "a name that is both a class attribute and a method or property");
        if (getter.IsValid()) {
          if (field >= 0) Unsupported(e, "a property that is also an instance attribute");
          InstanceId target = Instantiate(getter, {types().ClassInstance(cls)});
          Current().call_targets[e.index] = target;
          return program_->instances[target.index].return_type;
        }
        if (field >= 0 && !info.fields[field].always_set && FindMethod(cls, tree_.Find("__getattr__")).IsValid())
          Unsupported(e, "an attribute not set in __init__ of a class with __getattr__");
        if (field >= 0) {
          // A field set in some instances only would show the class attribute in the others.
          if (g >= 0 && !info.fields[field].always_set) {
            // Set on some instances only: the others show the class attribute.
            Current().class_attribute_fallbacks[e.index] = static_cast<uint32_t>(g);
            return Join(info.fields[field].type, program_->globals[g].type, e, "attribute '" + std::string(attr) + "'");
          }
          return info.fields[field].type;
        }
        if (g >= 0) {
          Current().names[e.index] = {NameBinding::Kind::Global, static_cast<uint32_t>(g)};
          return program_->globals[g].type;
        }
        if (NodeId method = FindMethod(cls, attr_id); method.IsValid())
          return InferMethodValue(e, base, static_cast<uint32_t>(cls), method);
        CheckBuiltinBasedAttribute(e, static_cast<uint32_t>(cls), attr);
        if (TypeId t = InferGetattrFallback(e, static_cast<uint32_t>(cls)); t.IsValid()) return t;
        return types().unknown();  // AttributeError at run time, unless a later pass finds the field
      }
      if (types().Kind(base) == TypeKind::NoneType) return types().unknown();  // AttributeError at run time
      if (types().LacksBuiltinAttribute(base, attr)) {
        // `o.cents` where o is an int (a candidate instance of an operator
        // method that dispatch on an object may call): AttributeError.
        Current().missing_attributes.insert(e.index);
        return types().unknown();
      }
      if (types().Kind(base) != TypeKind::Unknown)
        Unsupported(e, "attribute '" + std::string(attr) + "' of " + types().Name(base));
      return types().unknown();
    }
    case NodeKind::Subscript: {
      NodeId container = tree_.Node(e, SubscriptField::value);
      TypeId base = NarrowNotNone(container, InferExpr(container), true, "'NoneType' object is not subscriptable");
      base = NarrowBuiltinValue(container, base, "__getitem__");
      NodeId index = tree_.Node(e, SubscriptField::slice);
      TypeKind bk = types().Kind(base);
      if (tree_.Kind(index) == NodeKind::Slice) {
        for (uint32_t f : {SliceField::lower, SliceField::upper, SliceField::step}) {
          NodeId part = tree_.Node(index, f);
          if (!part.IsValid()) continue;
          TypeId pt = InferExpr(part);
          TypeKind pk = types().Kind(pt);
          // An Optional[int] bound is a word, an int or None, as the slice
          // functions of the runtime take them (None: the bound left out).
          if (pk == TypeKind::Optional && types().Kind(types()[pt].params[0]) == TypeKind::Int) continue;
          if (pk != TypeKind::Int && pk != TypeKind::Bool && pk != TypeKind::NoneType && pk != TypeKind::Unknown)
            Unsupported(part, "slice bounds of type " + types().Name(pt));
        }
        if (bk == TypeKind::List || bk == TypeKind::Str || bk == TypeKind::Bytes || bk == TypeKind::Range ||
            bk == TypeKind::ByteArray || bk == TypeKind::Unknown)
          return base;
        if (bk == TypeKind::Tuple) return TupleSliceType(base, index);
        if (bk == TypeKind::Object) {
          RejectObjectProtocol(e, "slicing", {"__getitem__"});
          return types().object();  // by the run-time type (kb_object_getslice)
        }
        Unsupported(e, "slicing " + types().Name(base));
        return types().unknown();
      }
      TypeId it = InferExpr(index);
      if (bk == TypeKind::Object) {
        // Dispatched on the run-time type (a list, tuple, str or dict).
        if (types().Kind(it) == TypeKind::Iterator) Unsupported(index, "indexing with this value");
        RejectObjectProtocol(e, "indexing", {"__getitem__"});
        return types().object();
      }
      if (bk == TypeKind::Class) {
        NodeId method = FindMethod(types()[base].payload, tree_.Find("__getitem__"));
        if (!method.IsValid()) {
          Unsupported(e, "indexing an instance of a class without __getitem__");
          return types().unknown();
        }
        if (types().Kind(it) == TypeKind::Unknown) return types().unknown();
        InstanceId target = Instantiate(method, {base, it});
        Current().call_targets[e.index] = target;
        return program_->instances[target.index].return_type;
      }
      if (bk == TypeKind::Dict && DictFlavorOf(types()[base].payload) != DictFlavor::Plain)
        return InferFlavoredDictRead(e, tree_.Node(e, SubscriptField::value), base, it);
      if (bk == TypeKind::Dict) {
        // A dict nothing is ever stored in is empty: the read raises KeyError
        // (its value type stays unknown; lowering reads it as an object).
        if (types().Kind(types()[base].params[1]) == TypeKind::Unknown) CheckInferredEmpty(e, "reading from a dict");
        return types()[base].params[1];
      }
      if (bk == TypeKind::Unknown || types().Kind(it) == TypeKind::Unknown) return types().unknown();
      // List[int] outside an annotation: reported where List is read (CheckModelledValue).
      if (bk == TypeKind::Builtin && types()[base].payload == static_cast<uint32_t>(BuiltinFunction::TypingForm))
        return types().unknown();
      // A range checks its index itself (TypeError: range indices must be integers or slices, not str).
      if ((bk == TypeKind::Range || bk == TypeKind::ByteArray) && types().Kind(it) != TypeKind::Iterator &&
          types().Kind(it) != TypeKind::Function)
        return types().int_();
      // An index of type object (an item of a tuple of unknown length): the
      // read is dispatched on the index's run-time type (an int, or CPython's
      // TypeError: list indices must be integers or slices, not str).
      bool object_index = types().Kind(it) == TypeKind::Object &&
                          (bk == TypeKind::List || bk == TypeKind::Str || bk == TypeKind::Tuple);
      if (types().Kind(it) != TypeKind::Int && types().Kind(it) != TypeKind::Bool && !object_index) {
        Unsupported(index, "indexing with " + types().Name(it));
        return types().unknown();
      }
      if (bk == TypeKind::List) {
        // A list nothing is ever stored in is empty: IndexError (see the dict's).
        if (types().Kind(ElementOf(base)) == TypeKind::Unknown) CheckInferredEmpty(e, "reading from a list");
        return ElementOf(base);
      }
      if (bk == TypeKind::Str) return types().str();
      if (bk == TypeKind::Bytes) return types().int_();
      if (bk == TypeKind::Tuple) {
        // A literal index picks its element's type; any other index needs
        // elements of one type.
        const std::vector<TypeId>& elts = types()[base].params;
        int sign = LiteralSign(index);
        if (sign != 0) {
          NodeId lit = tree_.Kind(index) == NodeKind::UnaryOp ? tree_.Node(index, UnaryOpField::operand) : index;
          const Constant& c = tree_.GetConstant(ConstantId(tree_.Field(lit, ConstantField::value)));
          int64_t i = c.kind == Constant::Kind::Int && c.text.size() < 10 ? std::stoll(c.text) : INT64_MAX;
          if (c.kind == Constant::Kind::True) i = 1;
          if (c.kind == Constant::Kind::False) i = 0;
          if (sign < 0) i = static_cast<int64_t>(elts.size()) - i;
          if (i >= 0 && i < static_cast<int64_t>(elts.size())) return elts[static_cast<size_t>(i)];
          return types().unknown();  // IndexError: tuple index out of range
        }
        for (TypeId t : elts)
          if (t != elts[0]) Unsupported(e, "indexing a tuple of mixed types with a computed index");
        return elts.empty() ? types().unknown() : elts[0];
      }
      if (bk == TypeKind::NoneType) {  // TypeError when it runs (after the index is evaluated)
        InferExpr(index);
        return types().none();
      }
      Unsupported(e, "indexing " + types().Name(base));
      return types().unknown();
    }
    case NodeKind::ListComp:
      return InferListComp(e);
    case NodeKind::SetComp: {
      static_assert(SetCompField::elt == ListCompField::elt && SetCompField::generators == ListCompField::generators);
      TypeId list = InferListComp(e);
      return types().Kind(list) == TypeKind::List ? types().SetOf(ElementOf(list)) : list;
    }
    case NodeKind::DictComp: {
      // {key: value for ...}: the key is evaluated first (Python 3.8+).
      size_t depth = EnterComprehension(tree_.Items(e, DictCompField::generators));
      TypeId key = InferExpr(tree_.Node(e, DictCompField::key));
      TypeId value = InferExpr(tree_.Node(e, DictCompField::value));
      comprehension_scopes_.resize(depth);
      return types().DictOf(key, value);
    }
    case NodeKind::Set: {
      TypeId element = types().unknown();
      for (NodeId x : tree_.Items(e, SetField::elts)) element = Join(element, InferDisplayItem(x), e, "this set's items");
      return types().SetOf(element);
    }
    case NodeKind::JoinedStr:
      for (NodeId part : tree_.Items(e, JoinedStrField::values)) InferExpr(part);
      return types().str();
    case NodeKind::FormattedValue: {
      TypeId v = InferExpr(tree_.Node(e, FormattedValueField::value));
      if (types().Kind(v) == TypeKind::Iterator) Unsupported(e, "formatting this value");
      RejectBuiltinFunctionText(tree_.Node(e, FormattedValueField::value), v);
      NodeId spec = tree_.Node(e, FormattedValueField::format_spec);
      if (spec.IsValid()) InferExpr(spec);
      return types().str();
    }
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return InferYield(e);
    case NodeKind::GeneratorExp:
      // Consumed whole right away (list(), sorted(), sum(), str.join()), a
      // generator expression computes what a list comprehension would.
      if (view_allowed_ != e) return InferGeneratorExpValue(e);
      static_assert(GeneratorExpField::elt == ListCompField::elt && GeneratorExpField::generators == ListCompField::generators);
      return InferListComp(e);
    case NodeKind::Dict: {
      TypeId key = types().unknown(), value = types().unknown();
      auto keys = tree_.RawItems(tree_.List(e, DictField::keys));
      auto values = tree_.Items(e, DictField::values);
      for (size_t i = 0; i < values.size(); ++i) {
        if (keys[i] == UINT32_MAX) {
          // {**other, ...}: other's items, in its order.
          TypeId other = InferExpr(values[i]);
          if (types().Kind(other) == TypeKind::Unknown) continue;
          if (types().Kind(other) != TypeKind::Dict) {
            Unsupported(values[i], "** of " + types().Name(other) + " in a dict display (a dict works)");
            continue;
          }
          key = Join(key, types()[other].params[0], values[i], "this dict's keys");
          value = Join(value, types()[other].params[1], values[i], "this dict's values");
          continue;
        }
        key = Join(key, InferExpr(NodeId(keys[i])), NodeId(keys[i]), "this dict's keys");
        value = Join(value, InferExpr(values[i]), values[i], "this dict's values");
      }
      return types().DictOf(key, value);
    }
    case NodeKind::Tuple: {
      // `(a, *t)`: a tuple's items join the shape; any other iterable makes
      // a tuple whose length is known only at run time (an object).
      std::vector<TypeId> elts;
      bool sized = true;
      for (NodeId x : tree_.Items(e, TupleField::elts)) {
        if (tree_.Kind(x) != NodeKind::Starred) {
          elts.push_back(InferExpr(x));
          continue;
        }
        // Inferred once, as an iteration (zip(), map(), a dict view); a
        // tuple's own type gives the shape.
        InferDisplayItem(x);
        TypeId inner = Current().expr_types[tree_.Node(x, StarredField::value).index];
        if (types().Kind(inner) == TypeKind::Tuple) {
          for (TypeId t : types()[inner].params) elts.push_back(t);
        } else {
          sized = false;
        }
      }
      if (!sized) {
        types().ListOf(types().object());  // the items are collected in one
        return types().object();
      }
      return types().Get(TypeKind::Tuple, elts);
    }
    case NodeKind::List: {
      TypeId element = types().unknown();
      for (NodeId x : tree_.Items(e, ListField::elts)) element = Join(element, InferDisplayItem(x), x, "this list's elements");
      return types().ListOf(element);
    }
    case NodeKind::Lambda: {
      // A function value; its body is inferred in its own instances.
      if (inline_lambdas_.count(e.index)) {
        Unsupported(e, "this use of a key= lambda");
        return types().unknown();
      }
      InferDefaults(e);
      return types().Get(TypeKind::Function, {}, e.index);
    }
    default:
      Unsupported(e, std::string("the expression ") + NodeKindName(tree_.Kind(e)));
      return types().unknown();
  }
}

// The result type of `left op right`. Type errors CPython raises at run time
// (int + str) are left to code generation, which raises the same TypeError.
TypeId Analyzer::InferBinary(NodeId at, BinaryOp op, TypeId left, TypeId right) {
  // An Optional number is used as the number: lowering checks it is not
  // None first (and raises CPython's TypeError if it is).
  auto number_of = [&](TypeId t) {
    if (types().Kind(t) == TypeKind::Optional && IsNumeric(types()[t].params[0])) return types()[t].params[0];
    return t;
  };
  TypeKind l = types().Kind(left), r = types().Kind(right);
  if (l == TypeKind::Unknown || r == TypeKind::Unknown) return types().unknown();
  if (l == TypeKind::Object || r == TypeKind::Object) {
    // The run-time dispatch of an operator on an object knows no operator
    // method of the program's classes: one that could be called is rejected.
    std::string stem;
    for (auto& [o, name] : kBinaryMethods)
      if (o == op) stem = name;
    std::string own = "__" + stem + "__", reflected = "__r" + stem + "__";
    bool augmented = tree_.Kind(at) == NodeKind::AugAssign;
    // obj op x: a case per class with the method (sema_dynamic_operators.cpp).
    // obj op x, x op obj: a case per class with the method, or with the
    // reflected one (sema_dynamic_operators.cpp).
    if (!augmented && l != TypeKind::Class && r != TypeKind::Class &&
        InferDynamicOperator(at, own, reflected, left, right))
      return types().object();
    if ((l == TypeKind::Object && (AnyClassDefines(own) || (augmented && AnyClassDefines("__i" + stem + "__")))) ||
        (r == TypeKind::Object && AnyClassDefines(reflected))) {
      Unsupported(at, "the operator " + std::string(BinaryOpSymbol(op)) + " on a value of type object (a class of the program defines " +
                          (l == TypeKind::Object && AnyClassDefines(own) ? own : reflected) + ")");
      return types().unknown();
    }
  }
  if (l != TypeKind::Class && r != TypeKind::Class) {
    // (An operator method receives the Optional itself, as CPython's does.)
    left = number_of(left);
    right = number_of(right);
    l = types().Kind(left);
    r = types().Kind(right);
  }
  if (l == TypeKind::Class || r == TypeKind::Class) {
    // a + b calls a.__add__(b); failing that, b.__radd__(a) (NotImplemented
    // returns are not supported: a method defined is the answer).
    std::string stem;
    for (auto& [o, name] : kBinaryMethods)
      if (o == op) stem = name;
    NodeId method;
    bool reflected = false;
    // a += b calls a.__iadd__(b) first (its result is assigned to a).
    if (l == TypeKind::Class && tree_.Kind(at) == NodeKind::AugAssign)
      method = FindMethod(types()[left].payload, tree_.Find("__i" + stem + "__"));
    if (l == TypeKind::Class && !method.IsValid()) method = FindMethod(types()[left].payload, tree_.Find("__" + stem + "__"));
    if (!method.IsValid() && r == TypeKind::Class) {
      method = FindMethod(types()[right].payload, tree_.Find("__r" + stem + "__"));
      reflected = method.IsValid();
      // An object on the left may be an instance whose own method CPython
      // would call first.
      if (reflected && l == TypeKind::Object) {
        for (uint32_t c = 0; c < program_->classes.size(); ++c)
          if (FindMethod(c, tree_.Find("__" + stem + "__")).IsValid()) {
            Unsupported(at, "an operator between a value of type object and an instance of " + types().Name(right) +
                                " (the object's class may define __" + stem + "__)");
            return types().unknown();
          }
      }
    }
    if (!method.IsValid()) return types().unknown();  // TypeError at run time
    std::vector<TypeId> arg_types = reflected ? std::vector<TypeId>{right, left} : std::vector<TypeId>{left, right};
    if (tree_.Items(tree_.Node(method, FunctionDefField::args), ArgumentsField::args).size() != 2) {
      Unsupported(at, "an operator method that does not take one argument");
      return types().unknown();
    }
    InstanceId target = Instantiate(method, arg_types);
    Current().call_targets[at.index] = target;
    if (reflected) Current().reflected_operators.insert(at.index);
    TypeId returned = program_->instances[target.index].return_type;
    if (types().Kind(returned) == TypeKind::Object) {
      // It may return NotImplemented: then the right operand's reflected
      // method (of another type), then CPython's TypeError.
      FunctionInstance::OperatorFallback fallback{left, right, InstanceId(), "", false};
      if (!reflected && r == TypeKind::Class && right != left) {
        NodeId other = FindMethod(types()[right].payload, tree_.Find("__r" + stem + "__"));
        if (other.IsValid() && tree_.Items(tree_.Node(other, FunctionDefField::args), ArgumentsField::args).size() == 2)
          fallback.reflected = Instantiate(other, {right, left});
      }
      std::string symbol = std::string(BinaryOpSymbol(op)) + (tree_.Kind(at) == NodeKind::AugAssign ? "=" : "");
      fallback.error = "unsupported operand type(s) for " + symbol + ": '" + types().PythonName(left) + "' and '" +
                       types().PythonName(right) + "'";
      // A sequence's own + and * give their own messages (sq_concat, sq_repeat).
      bool sequence = l == TypeKind::Str || l == TypeKind::List || l == TypeKind::Tuple;
      if (sequence && op == BinaryOp::Add)
        fallback.error = "can only concatenate " + types().PythonName(left) + " (not \"" + types().PythonName(right) +
                         "\") to " + types().PythonName(left);
      if (sequence && op == BinaryOp::Mult)
        fallback.error = "can't multiply sequence by non-int of type '" + types().PythonName(right) + "'";
      Current().operator_fallbacks[at.index] = std::move(fallback);
    }
    return returned;
  }
  if (l == TypeKind::Object || r == TypeKind::Object) return types().object();
  if (l == TypeKind::Set && r == TypeKind::Set &&
      (op == BinaryOp::BitOr || op == BinaryOp::BitAnd || op == BinaryOp::Sub || op == BinaryOp::BitXor))
    return types().SetOf(Join(ElementOf(left), ElementOf(right), at, "the items of a set operation"),
                         types()[left].payload != 0);
  bool l_int = l == TypeKind::Int || l == TypeKind::Bool, r_int = r == TypeKind::Int || r == TypeKind::Bool;
  if ((l == TypeKind::Complex && (IsNumeric(right) || r == TypeKind::Complex)) ||
      (r == TypeKind::Complex && IsNumeric(left))) {
    // The runtime's complex arithmetic; // % and the bit operators raise TypeError.
    if (op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::Mult || op == BinaryOp::Div || op == BinaryOp::Pow)
      return ComplexType();
    return types().unknown();
  }
  if (IsNumeric(left) && IsNumeric(right)) {
    if (op == BinaryOp::MatMult) return types().unknown();
    bool any_float = l == TypeKind::Float || r == TypeKind::Float;
    if (op == BinaryOp::Div) return types().float_();
    if (l_int && r_int) {
      if (l == TypeKind::Bool && r == TypeKind::Bool &&
          (op == BinaryOp::BitAnd || op == BinaryOp::BitOr || op == BinaryOp::BitXor))
        return types().bool_();
      if (op == BinaryOp::Pow) {
        // int ** int is an int for a non-negative exponent and a float for a
        // negative one: known here only when the exponent is a literal.
        // (pow(a, b) asks with its call.)
        int sign = LiteralSign(tree_.Kind(at) == NodeKind::BinOp ? tree_.Node(at, BinOpField::right)
                               : tree_.Kind(at) == NodeKind::Call ? tree_.Items(at, CallField::args)[1]
                                                                  : tree_.Node(at, AugAssignField::value));
        if (sign == 0) return types().object();  // an int, or a float for a negative exponent
        return sign > 0 ? types().int_() : types().float_();
      }
      return types().int_();
    }
    if (any_float) {
      switch (op) {
        case BinaryOp::LShift: case BinaryOp::RShift: case BinaryOp::BitOr: case BinaryOp::BitXor:
        case BinaryOp::BitAnd:
          return types().unknown();  // a TypeError at run time
        case BinaryOp::Pow:
          // A complex for a negative base and a non-integral exponent.
          return FloatPowIsReal(at) ? types().float_() : types().object();
        default:
          return types().float_();
      }
    }
  }
  if (l == TypeKind::Str && op == BinaryOp::Mod) return types().str();
  if (l == TypeKind::Str && r == TypeKind::Str && op == BinaryOp::Add) return types().str();
  if (l == TypeKind::Str && r_int && op == BinaryOp::Mult) return types().str();
  if (l == TypeKind::Bytes && (r == TypeKind::Bytes || r == TypeKind::Object || r == TypeKind::ByteArray) &&
      op == BinaryOp::Add)
    return left;
  if (l == TypeKind::ByteArray && op == BinaryOp::Add) return left;  // TypeError at run time for a non-bytes operand
  if (((l == TypeKind::ByteArray && r_int) || (l_int && r == TypeKind::ByteArray)) && op == BinaryOp::Mult)
    return l == TypeKind::ByteArray ? left : right;
  if (((l == TypeKind::Bytes && r_int) || (l_int && r == TypeKind::Bytes)) && op == BinaryOp::Mult) return BytesType();
  if (l == TypeKind::List && r == TypeKind::List && op == BinaryOp::Add) {
    if (left == right || types().Kind(ElementOf(right)) == TypeKind::Unknown) return left;
    if (types().Kind(ElementOf(left)) == TypeKind::Unknown) return right;
    // Items with unknown parts (`[[]]` and list[list[str]]): completed by
    // the other's, and the completion pushed back to the operands, whose
    // items the new list shares.
    if (TypeId completed = Complete(left, right, false); completed.IsValid()) {
      if (tree_.Kind(at) == NodeKind::BinOp) {
        FlowBack(tree_.Node(at, BinOpField::left), completed, at);
        FlowBack(tree_.Node(at, BinOpField::right), completed, at);
      }
      return completed;
    }
    Unsupported(at, "concatenating " + types().Name(left) + " and " + types().Name(right));
    return types().unknown();
  }
  if (l == TypeKind::Tuple && r == TypeKind::Tuple && op == BinaryOp::Add) {
    std::vector<TypeId> items = types()[left].params;
    for (TypeId t : types()[right].params) items.push_back(t);
    return types().Get(TypeKind::Tuple, items);
  }
  if (((l == TypeKind::Tuple && r_int) || (l_int && r == TypeKind::Tuple)) && op == BinaryOp::Mult) {
    // A literal count gives the shape; another makes a tuple whose length
    // only the run time knows (an object).
    TypeId tuple = l == TypeKind::Tuple ? left : right;
    NodeId count = tree_.Kind(at) == NodeKind::BinOp ? tree_.Node(at, l == TypeKind::Tuple ? BinOpField::right : BinOpField::left)
                   : tree_.Kind(at) == NodeKind::AugAssign ? tree_.Node(at, AugAssignField::value) : NodeId();
    int64_t n = 0;
    const std::vector<TypeId> items = types()[tuple].params;
    if (!count.IsValid() || !LiteralInt(count, n) || n * static_cast<int64_t>(items.size()) > 256) return types().object();
    std::vector<TypeId> repeated;
    for (int64_t k = 0; k < n; ++k) repeated.insert(repeated.end(), items.begin(), items.end());
    return types().Get(TypeKind::Tuple, repeated);
  }
  if (l == TypeKind::List && r_int && op == BinaryOp::Mult) return left;
  if (l_int && r == TypeKind::List && op == BinaryOp::Mult) return right;
  if (l == TypeKind::Dict && r == TypeKind::Dict)
    if (TypeId counter = InferCounterOperator(at, op, left, right); counter.IsValid()) return counter;
  if (l == TypeKind::Dict && r == TypeKind::Dict && op == BinaryOp::BitOr)  // a new dict: left's items, then right's
    return types().DictLike(left, Join(types()[left].params[0], types()[right].params[0], at, "the keys of a dict union"),
                          Join(types()[left].params[1], types()[right].params[1], at, "the values of a dict union"));
  // Everything else raises TypeError at run time; its result is never seen.
  return types().unknown();
}

TypeId Analyzer::IterationElement(NodeId at, TypeId iterable) {
  switch (types().Kind(iterable)) {
    case TypeKind::List:
    case TypeKind::Iterator:
    case TypeKind::Generator:
    case TypeKind::Set:
    case TypeKind::Dict: return types()[iterable].params[0];
    case TypeKind::Tuple: return TupleItems(iterable);
    case TypeKind::Str: return types().str();
    case TypeKind::Range: return types().int_();
    case TypeKind::Bytes: return types().int_();
    case TypeKind::ByteArray: return types().int_();
    case TypeKind::File: return types()[iterable].payload == 1 ? BytesType() : types().str();
    case TypeKind::Object:
      RejectObjectProtocol(at, "iterating over", {"__iter__", "__getitem__"});
      return types().object();
    case TypeKind::Unknown: return types().unknown();
    case TypeKind::Class: {
      if (int32_t c = BuiltinBasedClass(iterable); c >= 0 && !ClassHasMember(static_cast<uint32_t>(c), "__iter__")) {
        // A subclass of list, dict or set: its value's items (an unpacking
        // target is no expression that could be narrowed).
        if (tree_.Kind(at) == NodeKind::Tuple || tree_.Kind(at) == NodeKind::List) {
          Unsupported(at, "unpacking an instance of a class with a built-in base");
          return types().unknown();
        }
        return IterationElement(at, NarrowBuiltinValue(at, iterable, "__iter__"));
      }
      // What its __iter__ returns: a generator (the method written with yield).
      const ClassInfo& info = program_->classes[types()[iterable].payload];
      if (!info.iter_instance.IsValid()) {
        Unsupported(at, "iterating over an instance of a class without __iter__");
        return types().unknown();
      }
      TypeId it = program_->instances[info.iter_instance.index].return_type;
      if (types().Kind(it) == TypeKind::Generator) return types()[it].params[0];
      if (types().Kind(it) == TypeKind::Class) {
        // An iterator object: what its __next__ returns until it raises StopIteration.
        InstanceId next = program_->classes[types()[it].payload].next_instance;
        if (next.IsValid()) return program_->instances[next.index].return_type;
      }
      if (types().Kind(it) != TypeKind::Unknown)
        Unsupported(at, "__iter__ returning other than a generator or an instance of a class with __next__");
      return types().unknown();
    }
    default: Unsupported(at, "iterating over " + types().Name(iterable)); return types().unknown();
  }
}

TypeId Analyzer::InferKeyLambda(NodeId lambda, TypeId element) {
  NodeId args = tree_.Node(lambda, LambdaField::args);
  auto params = tree_.Items(args, ArgumentsField::args);
  if (params.size() != 1 || !tree_.Items(args, ArgumentsField::defaults).empty() ||
      tree_.Field(args, ArgumentsField::vararg) != UINT32_MAX) {
    Unsupported(lambda, "a key function with other than one parameter");
    return types().unknown();
  }
  IdentId name = tree_.Ident(params[0], ArgField::arg);
  uint64_t key = (static_cast<uint64_t>(lambda.index) << 32) | name.index;
  auto [it, inserted] = Current().comprehension_slots.try_emplace(key, static_cast<uint32_t>(Current().locals.size()));
  if (inserted) Current().locals.push_back({name, types().unknown(), false});
  SetLocalType(it->second, element, lambda);
  types().ListOf(types().object());  // lowering collects the keys in a list[object]
  comprehension_scopes_.push_back({{name.index, it->second}});
  TypeId result = InferExpr(tree_.Node(lambda, LambdaField::body));
  comprehension_scopes_.pop_back();
  return result;
}

// A list comprehension's variables are its own (Python 3): each gets a slot
// of the enclosing instance, found through comprehension_scopes_.
TypeId Analyzer::InferListComp(NodeId e) {
  size_t depth = EnterComprehension(tree_.Items(e, ListCompField::generators));
  TypeId elt = InferExpr(tree_.Node(e, ListCompField::elt));
  comprehension_scopes_.resize(depth);
  return types().ListOf(elt);
}

size_t Analyzer::EnterComprehension(std::span<const NodeId> generators) {
  size_t depth = comprehension_scopes_.size();
  for (NodeId gen : generators) {
    if (tree_.Field(gen, ComprehensionField::is_async)) Unsupported(gen, "async comprehensions");
    empty_iteration_allowed_ = tree_.Node(gen, ComprehensionField::iter);
    TypeId element = InferIteration(tree_.Node(gen, ComprehensionField::iter));
    // The target's names, bound in a new scope of this comprehension.
    std::unordered_map<uint32_t, uint32_t> scope;
    std::vector<NodeId> work{tree_.Node(gen, ComprehensionField::target)};
    while (!work.empty()) {
      NodeId n = work.back();
      work.pop_back();
      if (tree_.Kind(n) == NodeKind::Name) {
        uint64_t key = (static_cast<uint64_t>(gen.index) << 32) | tree_.Field(n, NameField::id);
        auto [it, inserted] = Current().comprehension_slots.try_emplace(key, static_cast<uint32_t>(Current().locals.size()));
        if (inserted) Current().locals.push_back({tree_.Ident(n, NameField::id), types().unknown(), false});
        scope[tree_.Field(n, NameField::id)] = it->second;
      } else {
        ForEachChild(tree_, n, [&](NodeId c) { work.push_back(c); });
      }
    }
    comprehension_scopes_.push_back(std::move(scope));
    AssignTo(tree_.Node(gen, ComprehensionField::target), element);
    for (NodeId cond : tree_.Items(gen, ComprehensionField::ifs)) InferExpr(cond);
  }
  return depth;
}

// An item of a list, set or tuple display: a value, or `*iterable` standing
// for the iterable's items (its element type).
TypeId Analyzer::InferDisplayItem(NodeId x) {
  if (tree_.Kind(x) != NodeKind::Starred) return InferExpr(x);
  TypeId element = InferIteration(tree_.Node(x, StarredField::value));
  Record(x, element);
  return element;
}

}  // namespace keelback::analysis
