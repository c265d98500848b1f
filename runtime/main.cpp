// Program entry: kb_main sets up the GC and sys.argv, runs the module body on
// a thread with a large stack (so that recursion up to the recursion limit
// never overflows the C stack), and turns an uncaught exception into
// CPython's traceback and exit status.
#include "runtime_internal.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <vector>

namespace kb {
namespace {

// Virtual size of the module thread's stack; the OS commits pages only as
// recursion touches them.
constexpr size_t kMainStackBytes = size_t(1) << 30;

KbList* sys_argv = nullptr;  // a GC root: static data is scanned

// The text of line `line` of `path`, stripped of surrounding whitespace, or
// empty when the file cannot be read.
std::string SourceLine(const char* path, int32_t line) {
  static std::map<std::string, std::vector<std::string>> cache;
  auto [it, inserted] = cache.try_emplace(path);
  if (inserted) {
    std::ifstream in(path);
    std::string text;
    while (std::getline(in, text)) it->second.push_back(text);
  }
  const std::vector<std::string>& lines = it->second;
  if (line < 1 || static_cast<size_t>(line) > lines.size()) return {};
  const std::string& text = lines[static_cast<size_t>(line - 1)];
  size_t first = text.find_first_not_of(" \t\f\r\n\v");
  if (first == std::string::npos) return {};
  size_t last = text.find_last_not_of(" \t\f\r\n\v");
  return text.substr(first, last - first + 1);
}

// The last line of a traceback: "Name: message", or "Name" for an empty
// str(). CPython qualifies a class with its module except for builtins and
// __main__: only classes of the program's other modules are qualified.
std::string ExceptionSummary(KbObject* exc) {
  std::string out;
  if (!(exc->type->flags & KB_TYPE_BUILTIN) && exc->type->module) {
    out += exc->type->module;
    out += '.';
  }
  out += exc->type->qualname ? exc->type->qualname : exc->type->name;
  // A program's exception class with __str__ (its own or inherited): what it returns.
  std::string message;
  if (exc->type->str != nullptr) AppendStr(message, AsValue(exc));
  else message = ExceptionStr(exc);
  if (!message.empty()) {
    out += ": ";
    out += message;
  }
  return out;
}

// CPython's tb_print_line_repeated: a run of identical entries past the
// first kRecursiveCutoff is counted, not printed.
constexpr int64_t kRecursiveCutoff = 3;

void PrintLineRepeated(std::string& out, int64_t count) {
  count -= kRecursiveCutoff;
  char line[96];
  std::snprintf(line, sizeof line, "  [Previous line repeated %lld more time%s]\n", static_cast<long long>(count),
                count > 1 ? "s" : "");
  out += line;
}

void PrintOneTraceback(std::string& out, KbObject* exc) {
  KbBaseException* e = AsException(exc);
  if (e->traceback_length > 0) {
    out += "Traceback (most recent call last):\n";
    // Entries were added innermost first; CPython prints outermost first,
    // only the innermost 1000 (sys.tracebacklimit's default), and collapses
    // runs of the same file, line and function (tb_print_internal).
    constexpr int64_t kTracebackLimit = 1000;
    int64_t first = e->traceback_length - 1;
    if (first >= kTracebackLimit) first = kTracebackLimit - 1;
    const KbSourceSite* last = nullptr;
    int64_t count = 0;
    for (int64_t i = first; i >= 0; --i) {
      const KbSourceSite* site = e->traceback[i];
      if (last == nullptr || last->line != site->line || std::strcmp(last->file, site->file) != 0 ||
          std::strcmp(last->function, site->function) != 0) {
        if (count > kRecursiveCutoff) PrintLineRepeated(out, count);
        last = site;
        count = 0;
      }
      ++count;
      if (count > kRecursiveCutoff) continue;
      char head[64];
      std::snprintf(head, sizeof head, "\", line %d, in ", site->line);
      out += "  File \"";
      out += site->file;
      out += head;
      out += site->function;
      out += '\n';
      std::string source = SourceLine(site->file, site->line);
      if (!source.empty()) {
        out += "    ";
        out += source;
        out += '\n';
      }
    }
    if (count > kRecursiveCutoff) PrintLineRepeated(out, count);
  }
  out += ExceptionSummary(exc);
  out += SuggestionFor(exc);
  out += '\n';
}

// CPython's print_exception_recursive: causes and contexts first.
void PrintTracebackChain(std::string& out, KbObject* exc, std::vector<KbObject*>& seen) {
  seen.push_back(exc);
  KbBaseException* e = AsException(exc);
  auto unseen = [&](KbObject* o) {
    for (KbObject* s : seen) {
      if (s == o) return false;
    }
    return true;
  };
  if (e->cause != nullptr && unseen(e->cause)) {
    PrintTracebackChain(out, e->cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e->context != nullptr && !e->suppress_context && unseen(e->context)) {
    PrintTracebackChain(out, e->context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  PrintOneTraceback(out, exc);
}

// The exit status for an uncaught exception; prints what CPython prints.
int HandleUncaught(KbObject* exc) {
  std::fflush(stdout);
  if (kb_type_is_subtype(exc->type, &kb_type_SystemExit)) {
    KbTuple* args = AsException(exc)->args;
    // SystemExit.code: None without arguments, the argument, or the tuple.
    KbValue code = args->length == 0   ? AsValue(&kb_None)
                   : args->length == 1 ? args->items[0]
                                       : AsValue(args);
    if (code == AsValue(&kb_None)) return 0;
    if (IsIntOrBool(code)) {
      KbValue v = IntOfIntOrBool(code);
      return IsSmallInt(v) ? static_cast<int>(SmallIntValue(v)) : -1;
    }
    std::string text;
    AppendStr(text, code);
    text += '\n';
    std::fwrite(text.data(), 1, text.size(), stderr);
    return 1;
  }
  std::string out;
  std::vector<KbObject*> seen;
  PrintTracebackChain(out, exc, seen);
  std::fwrite(out.data(), 1, out.size(), stderr);
  return 1;
}

// A crash (which a bug, not a Python program, causes) says so on stderr and
// then dies of the signal, as CPython with faulthandler does.
void FatalSignal(int sig) {
  static const char kSegv[] = "Fatal Python error: Segmentation fault\n";
  static const char kOther[] = "Fatal Python error: Fatal signal\n";
  const char* text = sig == SIGSEGV ? kSegv : kOther;
  size_t n = sig == SIGSEGV ? sizeof kSegv - 1 : sizeof kOther - 1;
  ssize_t ignored = write(STDERR_FILENO, text, n);
  (void)ignored;
  signal(sig, SIG_DFL);
  raise(sig);
}

void InstallCrashHandlers() {
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer owns the alternate signal stacks (it unmaps them when a
  // thread ends) and reports crashes itself.
  return;
#endif
  static char alt_stack[1 << 16];
  stack_t ss{};
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof alt_stack;
  sigaltstack(&ss, nullptr);
  struct sigaction sa{};
  sa.sa_handler = FatalSignal;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

struct ModuleRun {
  void (*module_main)();
  int exit_code;
};

void* RunModule(void* arg) {
  auto* run = static_cast<ModuleRun*>(arg);
  InstallCrashHandlers();  // the alternate signal stack is per thread
  try {
    run->module_main();
    run->exit_code = 0;
  } catch (PyException& e) {
    KbObject* exc = e.exception();
    try {
      run->exit_code = HandleUncaught(exc);
    } catch (PyException& nested) {
      // str() of the exception itself raised: CPython reports it this way.
      std::fprintf(stderr, "%s\n", ExceptionSummary(nested.exception()).c_str());
      run->exit_code = 1;
    }
  }
  // What CPython's shutdown frees last: the module's globals.
  kb_generator_finalize_held();
  return nullptr;
}

void SetUpStdout() {
  // CPython's io.DEFAULT_BUFFER_SIZE for a pipe or file; a terminal keeps
  // C stdio's line buffering.
  if (!isatty(STDOUT_FILENO)) std::setvbuf(stdout, nullptr, _IOFBF, 8192);
}

}  // namespace

void PrintUnraisable(KbValue object, KbObject* exc) {
  std::fflush(stdout);
  std::string out = "Exception ignored in: ";
  AppendRepr(out, object);
  out += '\n';
  std::vector<KbObject*> seen;
  PrintTracebackChain(out, exc, seen);
  std::fwrite(out.data(), 1, out.size(), stderr);
}

}  // namespace kb

using namespace kb;

extern "C" {

KbList* kb_sys_argv(void) {
  if (sys_argv == nullptr) sys_argv = kb_list_new(KB_ELEM_VALUE, 0);
  return sys_argv;
}

int kb_main(int argc, char** argv, void (*module_main)(void)) {
  EnsureGcInitialised();
  SetUpStdout();
  KbList* args = kb_sys_argv();
  args->length = 0;
  for (int i = 0; i < argc; ++i) kb_list_append_value(args, AsValue(kb_str_from_cstr(argv[i])));

  ModuleRun run{module_main, 0};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kMainStackBytes);
  pthread_t thread;
  // gc.h maps pthread_create to GC_pthread_create, so the GC scans the thread.
  if (pthread_create(&thread, &attr, RunModule, &run) == 0) {
    // The main thread only waits now: unregistered (the GC allows this once
    // for the main thread), it is no longer stopped by every collection.
    GC_unregister_my_thread();
    pthread_join(thread, nullptr);
  } else {
    RunModule(&run);  // no big stack to be had: run here
  }
  pthread_attr_destroy(&attr);
  std::fflush(stdout);
  std::fflush(stderr);
  return run.exit_code;
}

}  // extern "C"
