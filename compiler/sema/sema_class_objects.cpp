// The attributes of a class object that describe its place in the class
// hierarchy: C.__mro__, C.__bases__ and C.__base__. The program's classes
// and their bases are fixed, so each is a tuple (or a class) whose items'
// types name the classes: the value has no run-time content beyond them.
#include "sema/analyzer.h"

namespace keelback::analysis {

std::vector<TypeId> Analyzer::ClassChain(uint32_t class_index, bool mro) {
  const ClassInfo& info = program_->classes[class_index];
  std::vector<TypeId> items;
  if (mro) {
    for (uint32_t c : info.mro) items.push_back(types().Get(TypeKind::ClassObject, {}, c));
  } else {
    for (uint32_t b : info.bases) items.push_back(types().Get(TypeKind::ClassObject, {}, b));
  }
  // A built-in exception base, with its own bases for __mro__.
  int32_t exception = -1;
  if (mro) {
    for (uint32_t c : info.mro)
      if (program_->classes[c].exception_base >= 0) exception = program_->classes[c].exception_base;
  } else {
    exception = info.exception_base;
  }
  for (; exception >= 0; exception = mro ? ExceptionClassBase(static_cast<uint32_t>(exception)) : -1)
    items.push_back(types().Get(TypeKind::ExceptionClass, {}, static_cast<uint32_t>(exception)));
  // A built-in base (list, dict, set: sema_builtin_bases.cpp), named by the
  // class itself or, for __mro__, by one of its bases.
  if (info.builtin_base >= 0 && (mro || info.bases.empty()))
    items.push_back(types().Get(TypeKind::Builtin, {}, static_cast<uint32_t>(info.builtin_base)));
  if (mro || items.empty())
    items.push_back(types().Get(TypeKind::Builtin, {}, static_cast<uint32_t>(BuiltinFunction::Object)));
  return items;
}

TypeId Analyzer::InferClassObjectAttribute(NodeId e, uint32_t class_index, std::string_view attr) {
  if (attr == "__mro__" || attr == "__bases__") return types().Get(TypeKind::Tuple, ClassChain(class_index, attr == "__mro__"));
  if (attr == "__base__") return ClassChain(class_index, false)[0];
  (void)e;
  return TypeId();
}

}  // namespace keelback::analysis

namespace keelback::analysis {

TypeId Analyzer::InferGetattrFallback(NodeId e, uint32_t c) {
  Current().getattr_reads.erase(e.index);
  NodeId method = FindMethod(c, tree_.Find("__getattr__"));
  if (!method.IsValid()) return TypeId();
  if (tree_.Items(tree_.Node(method, FunctionDefField::args), ArgumentsField::args).size() != 2) {
    Unsupported(method, "__getattr__ taking other than two arguments");
    return types().unknown();
  }
  InstanceId target = Instantiate(method, {types().ClassInstance(c), types().str()});
  Current().call_targets[e.index] = target;
  Current().getattr_reads.insert(e.index);
  return program_->instances[target.index].return_type;
}

}  // namespace keelback::analysis
