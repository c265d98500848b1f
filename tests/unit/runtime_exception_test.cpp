// Exceptions: the hierarchy, raising and catching through the C++ unwinder,
// traceback entries, implicit __context__, and kb_main's handling of
// uncaught exceptions and SystemExit (run in a child process whose stdout
// and stderr are captured).
#include "runtime_test_helpers.h"

#include <sys/wait.h>
#include <unistd.h>
#include <unwind.h>

#include <cstdio>
#include <fstream>
#include <sstream>

using namespace kbtest;

namespace {

// The unwind header of the exception a handler caught (libstdc++ puts it
// right before the thrown object), as a landingpad would hand it over.
void* UnwindHeaderOf(kb::PyException& e) { return reinterpret_cast<_Unwind_Exception*>(&e) - 1; }

TEST(RuntimeException, Hierarchy) {
  EXPECT_TRUE(kb_type_is_subtype(&kb_type_ZeroDivisionError, &kb_type_ArithmeticError));
  EXPECT_TRUE(kb_type_is_subtype(&kb_type_ZeroDivisionError, &kb_type_Exception));
  EXPECT_TRUE(kb_type_is_subtype(&kb_type_TabError, &kb_type_SyntaxError));
  EXPECT_TRUE(kb_type_is_subtype(&kb_type_BaseException, &kb_type_object));
  EXPECT_FALSE(kb_type_is_subtype(&kb_type_SystemExit, &kb_type_Exception));
  EXPECT_FALSE(kb_type_is_subtype(&kb_type_KeyError, &kb_type_IndexError));
  EXPECT_TRUE(kb_type_is_subtype(&kb_type_bool, &kb_type_int));
  EXPECT_TRUE(kb_type_ZeroDivisionError.flags & KB_TYPE_EXCEPTION);
  EXPECT_FALSE(kb_type_int.flags & KB_TYPE_EXCEPTION);
  KbObject* e = kb_exception_new(&kb_type_FileNotFoundError, nullptr);
  EXPECT_TRUE(kb_exception_matches(e, &kb_type_OSError));
  EXPECT_FALSE(kb_exception_matches(e, &kb_type_ValueError));
}

TEST(RuntimeException, CatchTracebackAndContext) {
  static const KbSourceSite inner{"t.py", "inner", 3};
  static const KbSourceSite outer{"t.py", "<module>", 9};
  KbObject* caught = nullptr;
  try {
    try {
      kb_int_floordiv(I(1), I(0));
    } catch (kb::PyException& e) {
      kb_traceback_add(&inner);  // a cleanup landing pad
      throw;
    }
  } catch (kb::PyException& e) {
    kb_traceback_add_exn(UnwindHeaderOf(e), &outer);
    caught = kb_catch_begin(UnwindHeaderOf(e));
    EXPECT_EQ(kb_current_handled_exception(), caught);
    // Raising while handling sets __context__.
    try {
      kb_raise_new(&kb_type_ValueError, "while handling");
    } catch (kb::PyException& nested) {
      KbBaseException* n = kb::AsException(nested.exception());
      EXPECT_EQ(n->context, caught);
      EXPECT_EQ(n->cause, nullptr);
    }
    // A bare `raise` re-raises the handled exception itself.
    try {
      kb_reraise();
    } catch (kb::PyException& again) {
      EXPECT_EQ(again.exception(), caught);
    }
    kb_catch_end();
  }
  ASSERT_NE(caught, nullptr);
  EXPECT_EQ(kb_current_handled_exception(), nullptr);
  KbBaseException* e = kb::AsException(caught);
  ASSERT_EQ(e->traceback_length, 2);
  EXPECT_EQ(e->traceback[0], &inner);
  EXPECT_EQ(e->traceback[1], &outer);
  EXPECT_EQ(RaisedBy([] { kb_reraise(); }), "RuntimeError: No active exception to reraise");
  EXPECT_EQ(RaisedBy([] { kb_recursion_error(); }), "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(kb_recursion_limit, 1000);
}

// ---------------------------------------------------------------------------
// kb_main in a child process

struct RunResult {
  int exit_code;
  std::string out;
  std::string err;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

RunResult RunMain(void (*module_main)(), std::vector<std::string> argv = {"prog.py"}) {
  // Named by process: CTest runs the tests of this file in parallel.
  std::string tag = std::to_string(getpid());
  std::string out_path = testing::TempDir() + "kb_main_out." + tag + ".txt";
  std::string err_path = testing::TempDir() + "kb_main_err." + tag + ".txt";
  std::fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    std::freopen(out_path.c_str(), "w", stdout);
    std::freopen(err_path.c_str(), "w", stderr);
    std::vector<char*> args;
    for (std::string& a : argv) args.push_back(a.data());
    _exit(kb_main(static_cast<int>(args.size()), args.data(), module_main));
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult result{WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadFile(out_path), ReadFile(err_path)};
  std::remove(out_path.c_str());
  std::remove(err_path.c_str());
  return result;
}

std::string source_path;

void ModuleWithUncaughtError() {
  static const KbSourceSite div_site{source_path.c_str(), "divide", 2};
  static const KbSourceSite call_site{source_path.c_str(), "<module>", 4};
  KbValue args[] = {V(S("before")), I(1)};
  kb_print(args, 2, nullptr, nullptr, false);
  try {
    try {
      kb_int_floordiv(I(1), I(0));
    } catch (kb::PyException&) {
      kb_traceback_add(&div_site);
      throw;
    }
  } catch (kb::PyException&) {
    kb_traceback_add(&call_site);
    throw;
  }
}

TEST(RuntimeMain, UncaughtExceptionPrintsTraceback) {
  source_path = testing::TempDir() + "kb_traceback_source." + std::to_string(getpid()) + ".py";
  std::ofstream(source_path) << "def divide(a, b):\n    return a // b\n\nprint(divide(1, 0))\n";
  RunResult r = RunMain(ModuleWithUncaughtError);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "before 1\n");
  EXPECT_EQ(r.err, "Traceback (most recent call last):\n"
                   "  File \"" + source_path + "\", line 4, in <module>\n"
                   "    print(divide(1, 0))\n"
                   "  File \"" + source_path + "\", line 2, in divide\n"
                   "    return a // b\n"
                   "ZeroDivisionError: integer division or modulo by zero\n");
}

TEST(RuntimeMain, ExitCodesAndArgv) {
  RunResult ok = RunMain([] {
    KbValue args[] = {V(kb_sys_argv())};
    kb_print(args, 1, S("-"), S("!\n"), true);
  }, {"prog.py", "a b", "\u00e9"});
  EXPECT_EQ(ok.exit_code, 0);
  EXPECT_EQ(ok.out, "['prog.py', 'a b', '\u00e9']!\n");
  EXPECT_EQ(ok.err, "");
  EXPECT_EQ(RunMain([] { kb_raise(kb_exception_new(&kb_type_SystemExit, nullptr)); }).exit_code, 0);
  EXPECT_EQ(RunMain([] { kb_raise(kb_exception_new(&kb_type_SystemExit, Tuple({I(3)}))); }).exit_code, 3);
  RunResult text = RunMain([] { kb_raise(kb_exception_new(&kb_type_SystemExit, Tuple({V(S("bye"))}))); });
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_EQ(text.err, "bye\n");
  RunResult bare = RunMain([] { kb_raise_new(&kb_type_KeyError, nullptr); });
  EXPECT_EQ(bare.err, "KeyError\n");  // no traceback entries: just the last line
  static const KbType my_error = {{&kb_type_type}, "MyError", &kb_type_Exception, KB_TYPE_EXCEPTION,
                                  sizeof(KbBaseException)};
  RunResult custom = RunMain([] { kb_raise_new(&my_error, "custom"); });
  // CPython leaves __main__ (and builtins) out of the last line.
  EXPECT_EQ(custom.err, "MyError: custom\n");
}

// Recursion as deep as a raised recursion limit allows must not overflow the
// C stack: kb_main runs the module on a thread with a large stack.
int64_t Recurse(int64_t n) {
  volatile char frame[512];
  frame[0] = static_cast<char>(n);
  return n == 0 ? frame[0] : Recurse(n - 1) + 1;
}

TEST(RuntimeMain, LargeStack) {
  RunResult r = RunMain([] {
    KbValue args[] = {I(Recurse(100000))};
    kb_print(args, 1, nullptr, nullptr, false);
  });
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "100000\n");
}

TEST(RuntimeMain, ChainedExceptionsPrintContext) {
  RunResult r = RunMain([] {
    try {
      kb_raise_new(&kb_type_KeyError, "k");
    } catch (kb::PyException& e) {
      kb_catch_begin(UnwindHeaderOf(e));
      kb_raise_new(&kb_type_ValueError, "second");
    }
  });
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\n"
                   "ValueError: second\n");
}

}  // namespace
