// Raising, unwinding and catching Python exceptions. A Python exception
// travels as a C++ exception (kb::PyException) so that generated code can
// use LLVM's zero-cost unwinding with the Itanium personality; landing pads
// append traceback entries with kb_traceback_add on the way out.
#include "runtime_internal.h"
#include "suggestions.h"

#include <cstring>
#include <string>
#include <cxxabi.h>
#include <exception>
#include <unwind.h>
#include <vector>

namespace kb {
namespace {

// The exception being raised on this thread (the one kb_traceback_add adds
// to), and the stack of exceptions being handled by except blocks.
thread_local KbObject* raising = nullptr;
// GcVector: thread-local storage may not be scanned by the GC, but this
// vector's buffer (uncollectable GC memory) is, so exceptions referenced
// only from here stay alive.
thread_local GcVector<KbObject*> handling;

void AddSite(KbObject* exc, const KbSourceSite* site) {
  KbBaseException* e = AsException(exc);
  if (e->traceback_length == e->traceback_capacity) {
    int64_t cap = e->traceback_capacity ? e->traceback_capacity * 2 : 8;
    // Sites are static data (or JIT constants kept by the JIT): no GC pointers.
    auto* grown = static_cast<const KbSourceSite**>(
        GC_MALLOC_ATOMIC(static_cast<size_t>(cap) * sizeof(KbSourceSite*)));
    if (e->traceback_length) {
      std::memcpy(grown, e->traceback, static_cast<size_t>(e->traceback_length) * sizeof(KbSourceSite*));
    }
    e->traceback = grown;
    e->traceback_capacity = cap;
  }
  e->traceback[e->traceback_length++] = site;
}

// Sets __context__ as CPython does when raising inside an except block:
// the exception being handled becomes the context, unless that would make
// a cycle.
void SetImplicitContext(KbObject* exc) {
  if (handling.empty()) return;
  KbObject* ctx = handling.back();
  if (ctx == nullptr || ctx == exc) return;
  // Break a cycle: if exc is already in ctx's context chain, cut it there.
  for (KbObject* o = ctx; o != nullptr;) {
    KbBaseException* oe = AsException(o);
    if (oe->context == exc) {
      oe->context = nullptr;
      break;
    }
    o = oe->context;
  }
  AsException(exc)->context = ctx;
}

[[noreturn]] void Throw(KbObject* exc) {
  KbObject* outer = raising;
  raising = exc;
  throw PyException(exc, outer);
}

// The Python exception in a C++ unwind header, or NULL for any other.
PyException* PyExceptionOf(void* unwind_exception) {
  // The exception class is the integer 'GNUCC++\0' for a thrown object and
  // 'GNUCC++\1' for a rethrown exception_ptr.
  constexpr uint64_t kGnuCxx = 0x474e5543432b2b00ULL;  // "GNUCC++" then the kind byte
  auto* header = static_cast<_Unwind_Exception*>(unwind_exception);
  if ((header->exception_class & ~uint64_t(0xff)) != kGnuCxx) return nullptr;
  void* thrown = abi::__cxa_get_exception_ptr(unwind_exception);
  return PyException::IsPyException(thrown) ? static_cast<PyException*>(thrown) : nullptr;
}

}  // namespace

PyException::PyException(KbObject* exc, KbObject* outer) {
  EnsureGcInitialised();
  root_ = static_cast<KbObject**>(GC_MALLOC_UNCOLLECTABLE(2 * sizeof(KbObject*)));
  root_[0] = exc;
  root_[1] = outer;
}

PyException::PyException(PyException&& other) noexcept : root_(other.root_) { other.root_ = nullptr; }

PyException::~PyException() {
  if (root_ != nullptr) GC_FREE(root_);
}

KbBaseException* AsException(KbObject* exc) { return reinterpret_cast<KbBaseException*>(exc); }

void EndRaising(const PyException& caught) { raising = caught.outer(); }

KbTuple* NewTuple(std::initializer_list<KbValue> items) {
  KbTuple* t = kb_tuple_new(static_cast<int64_t>(items.size()));
  int64_t i = 0;
  for (KbValue v : items) t->items[i++] = v;
  return t;
}

void Raise(const KbType* type, const std::string& message) {
  KbTuple* args = NewTuple({AsValue(NewStr(message))});
  kb_raise(kb_exception_new(type, args));
}

void RaiseErrno(const KbType* type, int err) {
  KbTuple* args = NewTuple({MakeSmallInt(err), AsValue(NewStr(std::strerror(err)))});
  kb_raise(kb_exception_new(type, args));
}

// The "Did you mean" trailers of the latest exceptions raised with one. CPython
// computes them only when it prints a traceback, never into str(e); the
// exception keeps no field for them, so the last few are remembered here
// (an uncaught one is printed right after it is raised).
namespace {
struct SuggestionEntry {
  const KbObject* exception = nullptr;
  std::string trailer;
};
thread_local SuggestionEntry recent_suggestions[8];
thread_local unsigned next_suggestion = 0;
}  // namespace

void RecordSuggestion(const KbObject* exception, std::string trailer) {
  SuggestionEntry& e = recent_suggestions[next_suggestion++ % 8];
  e.exception = exception;
  e.trailer = std::move(trailer);
}

std::string SuggestionFor(const KbObject* exception) {
  for (const SuggestionEntry& e : recent_suggestions)
    if (e.exception == exception) return e.trailer;
  return std::string();
}

// ". Did you mean: 'x'?" for an attribute name missing from a built-in type
// (dir(type) of CPython 3.11, python_names.def); empty when none is close.
std::string AttributeSuggestion(const KbType* type, std::string_view name) {
  static const std::pair<std::string_view, const char*> kAttributes[] = {
#define PYTHON_TYPE_ATTRIBUTES(Type, Names) {#Type, Names},
#include "python_names.def"
  };
  for (auto& [type_name, names] : kAttributes) {
    if (type_name != TypeName(type)) continue;
    kb_suggestions::Suggester suggester(name);
    for (std::string_view candidate : kb_suggestions::SplitNames(names)) suggester.Offer(candidate);
    if (suggester.found()) return kb_suggestions::Trailer(suggester.best());
  }
  return std::string();
}

// BaseException.__str__ (KeyError's: the repr of a lone argument).
std::string ExceptionStr(KbObject* exc) {
  KbTuple* args = AsException(exc)->args;
  std::string out;
  if (args->length == 0) return out;
  if (args->length == 1) {
    if (kb_type_is_subtype(exc->type, &kb_type_KeyError)) {
      AppendRepr(out, args->items[0]);
    } else {
      AppendStr(out, args->items[0]);
    }
    return out;
  }
  AppendRepr(out, AsValue(args));
  return out;
}

}  // namespace kb

using namespace kb;

extern "C" {

KbObject* kb_exception_new(const KbType* type, KbTuple* args) {
  uint32_t size = type->instance_size > sizeof(KbBaseException) ? type->instance_size
                                                                 : sizeof(KbBaseException);
  auto* e = static_cast<KbBaseException*>(kb_alloc(size));
  e->header.type = type;
  e->args = args != nullptr ? args : kb_tuple_new(0);
  return &e->header;
}

bool kb_exception_matches(const KbObject* exc, const KbType* type) {
  return kb_type_is_subtype(exc->type, type);
}

void kb_raise(KbObject* exc) {
  SetImplicitContext(exc);
  Throw(exc);
}

void kb_raise_new(const KbType* type, const char* message) {
  // A message may carry, after a \x1f, the "Did you mean" trailer the
  // compiler computed: printed with an uncaught exception, never part of str(e).
  const char* trailer = message != nullptr ? std::strchr(message, '\x1f') : nullptr;
  KbTuple* args = nullptr;
  if (trailer != nullptr) args = NewTuple({AsValue(NewStr(std::string_view(message, size_t(trailer - message))))});
  else if (message != nullptr) args = NewTuple({AsValue(NewStr(message))});
  KbObject* exception = kb_exception_new(type, args);
  if (trailer != nullptr) RecordSuggestion(exception, trailer + 1);
  kb_raise(exception);
}

void kb_raise_no_attribute(KbValue object, const char* name) {
  const KbType* type = TypeOf(object);
  std::string message = std::string("'") + TypeName(type) + "' object has no attribute '" + name + "'";
  std::string trailer = AttributeSuggestion(type, name);
  if (!trailer.empty()) message += "\x1f" + trailer;
  kb_raise_new(&kb_type_AttributeError, message.c_str());
}

void kb_raise_unpack_count(int64_t got, int64_t expected) {
  std::string message = got > expected ? "too many values to unpack (expected " + std::to_string(expected) + ")"
                                       : "not enough values to unpack (expected " + std::to_string(expected) +
                                             ", got " + std::to_string(got) + ")";
  kb_raise_new(&kb_type_ValueError, message.c_str());
}

void kb_raise_unpack_at_least(int64_t got, int64_t expected) {
  std::string message = "not enough values to unpack (expected at least " + std::to_string(expected) + ", got " +
                        std::to_string(got) + ")";
  kb_raise_new(&kb_type_ValueError, message.c_str());
}

void kb_raise_from(KbObject* exc, KbObject* cause) {
  KbBaseException* e = AsException(exc);
  e->cause = cause;
  e->suppress_context = 1;
  kb_raise(exc);
}

void kb_raise_value(KbValue v, KbValue cause) {
  const KbType* t = IsSmallInt(v) ? nullptr : AsObject(v)->type;
  // `raise SomeClass` is handled by the compiler; here v is an instance.
  if (t == nullptr || !(t->flags & KB_TYPE_EXCEPTION)) {
    kb_raise_new(&kb_type_TypeError, "exceptions must derive from BaseException");
  }
  if (cause != 0) {
    const KbType* ct = IsSmallInt(cause) ? nullptr : AsObject(cause)->type;
    if (cause == AsValue(&kb_None)) kb_raise_from(AsObject(v), nullptr);
    if (ct == nullptr || !(ct->flags & KB_TYPE_EXCEPTION))
      kb_raise_new(&kb_type_TypeError, "exception causes must derive from BaseException");
    kb_raise_from(AsObject(v), AsObject(cause));
  }
  kb_raise(AsObject(v));
}

void kb_reraise_exception(KbObject* exc) { Throw(exc); }

void kb_reraise(void) {
  if (handling.empty() || handling.back() == nullptr) {
    kb_raise_new(&kb_type_RuntimeError, "No active exception to reraise");
  }
  Throw(handling.back());
}

void kb_traceback_add(const KbSourceSite* site) {
  if (raising != nullptr) AddSite(raising, site);
}

void kb_traceback_add_exn(void* unwind_exception, const KbSourceSite* site) {
  if (PyException* py = PyExceptionOf(unwind_exception)) AddSite(py->exception(), site);
}

KbObject* kb_catch_begin(void* unwind_exception) {
  PyException* py = PyExceptionOf(unwind_exception);
  abi::__cxa_begin_catch(unwind_exception);
  if (py == nullptr) {
    // Not ours (std::bad_alloc, a foreign exception): let it go on.
    std::exception_ptr pending = std::current_exception();
    abi::__cxa_end_catch();
    std::rethrow_exception(pending);
  }
  KbObject* exc = py->exception();
  handling.push_back(exc);
  raising = py->outer();
  // The C++ catch ends at once: everything the except body needs is in
  // `handling` and `raising` (a re-raise throws anew). So an except body
  // holds no C++ state, and a generator may pause inside one
  // (kb_generator_save_handled).
  abi::__cxa_end_catch();
  return exc;
}

void kb_catch_end(void) {
  if (!handling.empty()) handling.pop_back();
}

void kb_generator_save_handled(KbGenerator* g, uint32_t count) {
  auto* saved = static_cast<KbObject**>(kb_alloc(count * sizeof(KbObject*)));
  for (uint32_t i = count; i-- > 0;) {
    saved[i] = handling.back();
    handling.pop_back();
  }
  g->handled = saved;
}

void kb_generator_restore_handled(KbGenerator* g, uint32_t count) {
  for (uint32_t i = 0; i < count; ++i) handling.push_back(g->handled[i]);
  g->handled = nullptr;
}

KbObject* kb_current_handled_exception(void) {
  return handling.empty() ? nullptr : handling.back();
}

void kb_recursion_error(void) {
  kb_raise_new(&kb_type_RecursionError, "maximum recursion depth exceeded");
}

// CPython counts the module's frame too: at module level a function can
// recurse 998 deep under the default limit of 1000, not 999.
int64_t kb_recursion_depth = 1;
int64_t kb_recursion_limit = 1000;

}  // extern "C"
