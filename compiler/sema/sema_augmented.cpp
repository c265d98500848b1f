// Augmented assignment to containers: CPython's list.__iadd__, set.__ior__,
// dict.__ior__... change the object the target holds, so every other
// reference to it sees the change (lowering: LowerAugmented).
#include "sema/analyzer.h"

namespace keelback::analysis {

TypeId Analyzer::InferAugmented(NodeId s, NodeId target, BinaryOp op, TypeId left, TypeId right) {
  TypeKind l = types().Kind(left), r = types().Kind(right);
  NodeId value = tree_.Node(s, AugAssignField::value);
  if (l == TypeKind::List && op == BinaryOp::Add && r != TypeKind::Unknown) {
    // list += any iterable extends the list.
    TypeId element = IterationElement(value, right);
    AddListElement(target, left, element, s);
    return left;
  }
  bool set_op = op == BinaryOp::BitOr || op == BinaryOp::BitAnd || op == BinaryOp::Sub || op == BinaryOp::BitXor;
  if (l == TypeKind::Set && types()[left].payload == 0 && r == TypeKind::Set && set_op) {
    // |= and ^= add the other set's items; &= and -= only remove.
    TypeId element = ElementOf(left), item = ElementOf(right);
    if ((op == BinaryOp::BitOr || op == BinaryOp::BitXor) && types().Kind(item) != TypeKind::Unknown && item != element) {
      if (types().Kind(element) == TypeKind::Unknown || HasUnknownPart(element))
        RefineContainer(target, types().SetOf(Join(element, item, s, "a set's items"), false), s);
      else if (types().Kind(element) != TypeKind::Object && !WidenContainer(target, types().SetOf(types().object(), false), s))
        Unsupported(s, "adding items of type " + types().Name(item) + " to a " + types().Name(left));
    }
    return left;
  }
  if (l == TypeKind::Dict && DictFlavorOf(types()[left].payload) == DictFlavor::Counter && r == TypeKind::Dict &&
      DictFlavorOf(types()[right].payload) == DictFlavor::Counter &&
      (op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::BitOr || op == BinaryOp::BitAnd)) {
    // Counter.__iadd__ and the others change the Counter itself (lowering:
    // kb_counter_inplace).
    AddDictEntry(target, left, types()[right].params[0], types()[right].params[1], s);
    return left;
  }
  if (l == TypeKind::Dict && r == TypeKind::Dict && op == BinaryOp::BitOr) {
    AddDictEntry(target, left, types()[right].params[0], types()[right].params[1], s);
    return left;
  }
  if (l == TypeKind::ByteArray && op == BinaryOp::Mult) {
    Unsupported(s, "bytearray *=");
    return left;
  }
  return InferBinary(s, op, left, right);
}

}  // namespace keelback::analysis
