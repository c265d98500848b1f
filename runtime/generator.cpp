// Generator objects: resuming a generator function's coroutine (the body
// codegen emits), its states, close(), and the boxed protocol (next() of an
// object) the dynamic paths use. See KbGenerator in keelback_runtime.h.
#include "runtime_internal.h"

#include <cstring>

extern "C" const KbType kb_type_generator = {{&kb_type_type}, "generator", &kb_type_object, KB_TYPE_BUILTIN,
                                             sizeof(KbGenerator)};

namespace kb {
namespace {

// LLVM's switched-resume ABI: a coroutine frame starts with the address of
// the function that resumes it, called with the frame.
void ResumeFrame(void* frame) {
  using ResumeFn = void (*)(void*);
  ResumeFn resume;
  std::memcpy(&resume, frame, sizeof resume);
  resume(frame);
}

bool IsInstance(KbObject* exc, const KbType* type) { return kb_type_is_subtype(exc->type, type); }

}  // namespace
}  // namespace kb

using namespace kb;

KbGenerator* kb_generator_new(const char* name, uint32_t yield_kind) {
  auto* g = static_cast<KbGenerator*>(kb_alloc(sizeof(KbGenerator)));
  g->header.type = &kb_type_generator;
  g->name = name;
  g->yield_kind = yield_kind;
  g->state = KB_GENERATOR_CREATED;
  return g;
}

bool kb_generator_next(KbGenerator* g) {
  if (g->state == KB_GENERATOR_FINISHED) return false;
  if (g->state == KB_GENERATOR_RUNNING) kb_raise_new(&kb_type_ValueError, "generator already executing");
  // The body is a Python frame while it runs.
  if (++kb_recursion_depth > kb_recursion_limit) {
    --kb_recursion_depth;
    kb_recursion_error();
  }
  g->state = KB_GENERATOR_RUNNING;
  try {
    ResumeFrame(g->frame);
  } catch (PyException& e) {
    --kb_recursion_depth;
    g->state = KB_GENERATOR_FINISHED;
    KbObject* exc = e.exception();
    if (!IsInstance(exc, &kb_type_StopIteration)) throw;
    // PEP 479: a StopIteration escaping the body would end the consumer's loop silently.
    EndRaising(e);
    KbObject* error = kb_exception_new(&kb_type_RuntimeError,
                                       NewTuple({AsValue(NewStr("generator raised StopIteration"))}));
    kb_raise_from(error, exc);
  } catch (...) {
    --kb_recursion_depth;
    g->state = KB_GENERATOR_FINISHED;
    throw;
  }
  --kb_recursion_depth;
  return g->state != KB_GENERATOR_FINISHED;
}

bool kb_generator_send(KbGenerator* g, KbValue boxed) {
  if (g->state == KB_GENERATOR_CREATED && boxed != AsValue(&kb_None))
    kb_raise_new(&kb_type_TypeError, "can't send non-None value to a just-started generator");
  return kb_generator_next(g);
}

void kb_generator_stop(KbGenerator* g) {
  KbValue value = g->returned;
  if (value == 0 || value == AsValue(&kb_None)) kb_raise(kb_exception_new(&kb_type_StopIteration, nullptr));
  kb_raise(kb_exception_new(&kb_type_StopIteration, NewTuple({value})));
}

void kb_generator_close(KbGenerator* g) {
  if (g->state == KB_GENERATOR_FINISHED) return;
  if (g->state == KB_GENERATOR_CREATED) {
    g->state = KB_GENERATOR_FINISHED;  // the body never runs
    return;
  }
  g->thrown = AsValue(kb_exception_new(&kb_type_GeneratorExit, nullptr));
  bool yielded;
  try {
    yielded = kb_generator_next(g);
  } catch (PyException& e) {
    KbObject* exc = e.exception();
    if (!IsInstance(exc, &kb_type_GeneratorExit) && !IsInstance(exc, &kb_type_StopIteration)) throw;
    EndRaising(e);
    return;
  }
  if (yielded) kb_raise_new(&kb_type_RuntimeError, "generator ignored GeneratorExit");
}

bool kb_generator_throw(KbGenerator* g, KbValue exc) {
  if (g->state == KB_GENERATOR_RUNNING) kb_raise_new(&kb_type_ValueError, "generator already executing");
  const KbType* t = TypeOf(exc);
  if (!(t->flags & KB_TYPE_EXCEPTION))
    Raise(&kb_type_TypeError, std::string("exceptions must be classes or instances deriving from BaseException, not ") +
                                  TypeName(t));
  if (g->state != KB_GENERATOR_SUSPENDED) {
    // Not started or finished: raised here, and the generator is done.
    g->state = KB_GENERATOR_FINISHED;
    kb_raise(AsObject(exc));
  }
  g->thrown = exc;
  return kb_generator_next(g);
}

bool kb_generator_delegate(KbGenerator* g, KbGenerator* inner) {
  KbValue exc = g->thrown;
  g->thrown = 0;
  if (IsInstance(AsObject(exc), &kb_type_GeneratorExit)) {
    kb_generator_close(inner);
    kb_raise(AsObject(exc));
  }
  return kb_generator_throw(inner, exc);
}

void kb_generator_finalize(KbGenerator* g) {
  if (g->state != KB_GENERATOR_SUSPENDED) return;
  try {
    kb_generator_close(g);
  } catch (PyException& e) {
    EndRaising(e);
    PrintUnraisable(AsValue(&g->header), e.exception());
  }
}

namespace {
struct HeldGenerator {
  KbValue global;
  KbGenerator* generator;
};
// GcVector: its buffer is scanned, so the held generators stay alive.
GcVector<HeldGenerator> held_generators;
}  // namespace

void kb_generator_hold(KbGenerator* g, KbValue global) {
  for (HeldGenerator& h : held_generators) {
    if (h.global != global) continue;
    KbGenerator* old = h.generator;
    h.generator = g;
    kb_generator_finalize(old);
    return;
  }
  held_generators.push_back({global, g});
}

void kb_generator_finalize_held(void) {
  for (size_t i = 0; i < held_generators.size(); ++i) kb_generator_finalize(held_generators[i].generator);
}

void kb_generator_raise_thrown(KbGenerator* g) {
  KbValue exc = g->thrown;
  g->thrown = 0;
  kb_raise(AsObject(exc));
}

KbValue kb_generator_yielded_boxed(const KbGenerator* g) {
  switch (g->yield_kind & ~KB_GENERATOR_ITERATOR) {
    case KB_ELEM_FLOAT: {
      double x;
      std::memcpy(&x, &g->yielded, sizeof x);
      return kb_box_float(x);
    }
    case KB_ELEM_BOOL: return BoolValue((g->yielded & 0xff) != 0);
    default: return g->yielded;
  }
}

KbValue kb_object_next(KbValue it, KbValue fallback) {
  const KbType* t = TypeOf(it);
  if (t != &kb_type_generator)
    Raise(&kb_type_TypeError, std::string("'") + TypeName(t) + "' object is not an iterator");
  auto* g = reinterpret_cast<KbGenerator*>(it);
  if (kb_generator_next(g)) return kb_generator_yielded_boxed(g);
  if (fallback != 0) return fallback;
  kb_generator_stop(g);
}
