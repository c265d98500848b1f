// Type inference for bytearray(): a mutable sequence of bytes, one word
// (runtime/bytearray.cpp). Its methods are native methods
// (types/native_methods.h); indexing, slicing, item assignment, len, `in`
// and iteration are handled where those of bytes are.
#include "sema/analyzer.h"

namespace keelback::analysis {

TypeId Analyzer::InferByteArrayCall(NodeId call, std::span<const NodeId> args, const std::vector<TypeId>& arg_types) {
  TypeId result = types().Get(TypeKind::ByteArray);
  if (!tree_.Items(call, CallField::keywords).empty()) {
    Unsupported(call, "keyword arguments to bytearray()");
    return result;
  }
  if (args.size() > 3) {
    Unsupported(call, "bytearray() with more than 3 arguments");
    return result;
  }
  for (size_t i = 0; i < args.size(); ++i) {
    TypeKind k = types().Kind(arg_types[i]);
    if (k == TypeKind::Iterator || k == TypeKind::Function || k == TypeKind::Module || k == TypeKind::Builtin ||
        k == TypeKind::File || k == TypeKind::Class || k == TypeKind::ClassObject || k == TypeKind::ExceptionClass) {
      Unsupported(args[i], "bytearray() of a value of type " + types().Name(arg_types[i]));
      return result;
    }
    // bytearray(text, encoding[, errors]): encoded as str.encode() does.
    if (i > 0 && k != TypeKind::Str && k != TypeKind::Unknown) {
      Unsupported(args[i], "bytearray() with an encoding or errors of type " + types().Name(arg_types[i]));
      return result;
    }
  }
  if (args.size() >= 2) BytesType();  // str.encode()'s result, made into a bytearray
  if (args.size() >= 2 && types().Kind(arg_types[0]) != TypeKind::Str && types().Kind(arg_types[0]) != TypeKind::Unknown)
    Unsupported(args[0], "bytearray() of a " + types().Name(arg_types[0]) + " with an encoding");
  return result;
}

}  // namespace keelback::analysis
