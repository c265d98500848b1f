// The `keelback` command: a thin driver over the compiler's phases.
//
//   keelback [run] [options] FILE [ARGS...]   compile in memory and run, like python3
//   keelback [run] [options] -c CODE [ARGS...] the same for a program given as text
//   keelback [run] [options] - [ARGS...]       the same for a program read from stdin
//   keelback build [options] FILE -o EXE      write a native executable
//   keelback --emit=tokens|ast|ir|llvm FILE   print one phase's output
//   keelback ast FILE                         print the syntax tree (= --emit=ast)
//   keelback parse FILE...                    check that files parse; print CPython's errors
//
// Bad usage (a missing file, an unknown option) prints one line and exits
// with 2, as python3 does.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "codegen/codegen.h"
#include "driver/compile_cache.h"
#include "diagnostics/diagnostics.h"
#include "ir/ir.h"
#include "lex/lexer.h"
#include "lex/source_encoding.h"
#include "modules/modules.h"
#include "parse/parser.h"
#include "passes/passes.h"
#include "sema/sema.h"

namespace keelback {
namespace {

constexpr const char* kUsage =
    "usage: keelback [run] [options] FILE | -c CODE | - [ARGS...]\n"
    "       keelback build [options] FILE -o EXE\n"
    "       keelback --emit=tokens|ast|ir|llvm [options] FILE\n"
    "       keelback ast FILE\n"
    "       keelback parse FILE...\n"
    "\n"
    "Compiles a Python program to native code and runs it, printing exactly\n"
    "what CPython 3.11 prints.\n"
    "\n"
    "commands:\n"
    "  run          compile FILE in memory and run it with ARGS as sys.argv[1:] (the default);\n"
    "               -c CODE runs CODE, - runs the program read from stdin, as python3 does\n"
    "  build        compile FILE into the native executable EXE\n"
    "  ast          print FILE's syntax tree as CPython's ast.dump(..., include_attributes=True)\n"
    "  parse        check that each FILE parses: print nothing for good ones and\n"
    "               CPython's SyntaxError for bad ones; exit 0 only when all parse\n"
    "\n"
    "options:\n"
    "  -O0 ... -O3  optimisation level (default -O3)\n"
    "  -o EXE       the executable `build` writes (default: FILE without .py)\n"
    "  --emit=WHAT  print the tokens, the syntax tree (as ast.dump), Keelback's IR\n"
    "               or the optimised LLVM IR of FILE, and exit\n"
    "  --version    print the version and exit\n"
    "  -h, --help   print this help and exit\n";

enum class Command { Run, Build, Emit };
enum class EmitWhat { Tokens, Ast, Ir, Llvm };

struct Options {
  Command command = Command::Run;
  EmitWhat emit = EmitWhat::Tokens;
  int opt_level = 3;
  std::string file;     // the script's path; "-c" or "-" for a program given as text or on stdin
  std::string program;  // -c's CODE
  std::string output;
  std::vector<std::string> script_args;
};

[[noreturn]] void UsageError(const std::string& message) {
  std::fprintf(stderr, "keelback: %s\nTry 'keelback --help' for more information.\n", message.c_str());
  std::exit(2);
}

Options ParseCommandLine(int argc, char** argv) {
  Options o;
  int i = 1;
  if (i < argc && std::strcmp(argv[i], "run") == 0) {
    ++i;
  } else if (i < argc && std::strcmp(argv[i], "build") == 0) {
    o.command = Command::Build;
    ++i;
  } else if (i < argc && std::strcmp(argv[i], "ast") == 0) {
    // `keelback ast FILE`: --emit=ast's spelling as a command.
    o.command = Command::Emit;
    o.emit = EmitWhat::Ast;
    ++i;
  }
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (!o.file.empty()) {
      // Everything after the script belongs to the script (run); build still takes -o.
      if (o.command == Command::Build && a == "-o" && i + 1 < argc) {
        o.output = argv[++i];
        continue;
      }
      if (o.command == Command::Build) UsageError("unexpected argument '" + a + "'");
      o.script_args.push_back(a);
      continue;
    }
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    }
    if (a == "--version" || a == "-V") {
      std::printf("keelback %s (LLVM 19; Python 3.11 semantics)\n", KEELBACK_VERSION);
      std::exit(0);
    }
    if ((a == "-c" || a == "-") && o.command == Command::Run) {
      // python3's -c CODE and -: the rest of the line is sys.argv[1:].
      if (a == "-c") {
        if (i + 1 >= argc) UsageError("option -c needs an argument");
        o.program = argv[++i];
      }
      o.file = a;
    } else if (a.size() == 3 && a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3') {
      o.opt_level = a[2] - '0';
    } else if (a == "-o") {
      if (i + 1 >= argc) UsageError("option -o needs an argument");
      o.output = argv[++i];
    } else if (a.rfind("--emit=", 0) == 0) {
      std::string what = a.substr(7);
      o.command = Command::Emit;
      if (what == "tokens") o.emit = EmitWhat::Tokens;
      else if (what == "ast") o.emit = EmitWhat::Ast;
      else if (what == "ir") o.emit = EmitWhat::Ir;
      else if (what == "llvm") o.emit = EmitWhat::Llvm;
      else UsageError("--emit takes tokens, ast, ir or llvm, not '" + what + "'");
    } else if (a.size() > 1 && a[0] == '-') {
      UsageError("unknown option '" + a + "'");
    } else {
      o.file = a;
    }
  }
  if (o.file.empty()) UsageError("no input file");
  if (o.command != Command::Build && !o.output.empty()) UsageError("-o is only for 'keelback build'");
  return o;
}

// The file's path as CPython shows it in tracebacks: absolute, not resolved.
std::string DisplayPath(const std::string& path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  return ec ? path : absolute.lexically_normal().string();
}

void PrintDiagnostics(const Diagnostics& diagnostics) {
  std::string text;
  diagnostics.Render(text);
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
}

// The runtime archive `build` links: beside the build tree, or installed
// next to the keelback binary.
std::string RuntimeArchive() {
  if (std::filesystem::exists(KEELBACK_RUNTIME_ARCHIVE)) return KEELBACK_RUNTIME_ARCHIVE;
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::filesystem::path installed = self.parent_path().parent_path() / "lib/keelback/libkeelback_runtime.a";
  return installed.string();
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

int Build(const ir::Module& module, const CodegenOptions& codegen, const Options& o) {
  std::string output = o.output;
  if (output.empty()) {
    std::filesystem::path p(o.file);
    output = p.extension() == ".py" ? p.replace_extension("").string() : o.file + ".out";
  }
  char object_path[] = "/tmp/keelback-XXXXXX.o";
  int fd = mkstemps(object_path, 2);
  if (fd < 0) {
    std::fprintf(stderr, "keelback: cannot create a temporary file\n");
    return 1;
  }
  close(fd);
  std::string error;
  if (!WriteObjectFile(module, codegen, object_path, error)) {
    std::fprintf(stderr, "keelback: %s\n", error.c_str());
    std::remove(object_path);
    return 1;
  }
  std::string command = "c++ " + ShellQuote(object_path) + " " + ShellQuote(RuntimeArchive()) + " " +
                        KEELBACK_LINK_FLAGS + " -o " + ShellQuote(output);
  int status = std::system(command.c_str());
  std::remove(object_path);
  if (status != 0) {
    std::fprintf(stderr, "keelback: linking %s failed\n", output.c_str());
    return 1;
  }
  return 0;
}

// `keelback parse FILE...`: lexes, parses and checks each file as CPython
// compiles it, printing CPython's error for each that fails. Exits 0 when all
// parse, 1 when one has a syntax error, 2 when one cannot be read.
int ParseFiles(int argc, char** argv) {
  if (argc < 3) UsageError("no input file");
  int status = 0;
  for (int i = 2; i < argc; ++i) {
    std::string display = DisplayPath(argv[i]);
    // Read in one piece, straight into the string the SourceFile keeps.
    std::string text;
    int read_error = 0;
    FILE* f = std::fopen(argv[i], "rb");
    if (!f) {
      read_error = errno;
    } else {
      struct stat st;
      if (fstat(fileno(f), &st) == 0 && st.st_size > 0) text.resize(static_cast<size_t>(st.st_size));
      size_t n = text.empty() ? 0 : std::fread(text.data(), 1, text.size(), f);
      text.resize(n);
      char buffer[1 << 16];
      while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);  // a file that grew
      if (std::ferror(f)) read_error = errno ? errno : EIO;
      std::fclose(f);
    }
    if (read_error) {
      std::fprintf(stderr, "keelback: can't open file %s: [Errno %d] %s\n", ShellQuote(display).c_str(), read_error,
                   std::strerror(read_error));
      status = 2;
      continue;
    }
    Diagnostics diagnostics;
    std::unique_ptr<SourceFile> file = DecodeSourceFile(display, std::move(text), diagnostics);
    bool parsed = false;
    if (file) {
      TokenizedFile tokens = Lex(*file);
      parsed = Parse(tokens, diagnostics) != nullptr;
    }
    if (!parsed) {
      PrintDiagnostics(diagnostics);
      if (status == 0) status = 1;
    }
  }
  return status;
}

int Main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "parse") == 0) return ParseFiles(argc, argv);
  Options o = ParseCommandLine(argc, argv);
  int read_error = 0;
  std::string display;
  std::unique_ptr<SourceFile> file;
  if (o.file == "-c") {
    display = "<string>";
    file = std::make_unique<SourceFile>(display, o.program);
  } else if (o.file == "-") {
    display = "<stdin>";
    std::string text;
    char buffer[1 << 16];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) text.append(buffer, n);
    file = std::make_unique<SourceFile>(display, std::move(text));
  } else {
    display = DisplayPath(o.file);
    file = SourceFile::Read(o.file, read_error);
  }
  if (!file) {
    std::fprintf(stderr, "keelback: can't open file %s: [Errno %d] %s\n", ShellQuote(display).c_str(), read_error,
                 std::strerror(read_error));
    return 2;
  }
  {
    Diagnostics decode_diagnostics;
    file = DecodeSourceFile(display, std::string(file->text()), decode_diagnostics);
    if (!file) {
      PrintDiagnostics(decode_diagnostics);
      return 1;
    }
  }
  std::vector<std::string> script_argv{o.file};
  script_argv.insert(script_argv.end(), o.script_args.begin(), o.script_args.end());

  Diagnostics diagnostics;
  if (o.command == Command::Emit && o.emit == EmitWhat::Tokens) {
    TokenizedFile tokens = Lex(*file);
    std::fputs(DumpTokens(tokens).c_str(), stdout);
    if (tokens.error) {
      ReportLexError(tokens, diagnostics);
      PrintDiagnostics(diagnostics);
      return 1;
    }
    return 0;
  }
  if (o.command == Command::Emit && o.emit == EmitWhat::Ast) {
    // The file's own tree: the modules it imports are not parsed.
    TokenizedFile tokens = Lex(*file);
    std::unique_ptr<SyntaxTree> tree = Parse(tokens, diagnostics);
    if (!tree) {
      PrintDiagnostics(diagnostics);
      return 1;
    }
    std::printf("%s\n", DumpTree(*tree).c_str());
    return 0;
  }
  // sys.path[0]: the script's directory, the current one for -c and stdin.
  std::string search_dir = display[0] == '<' ? std::filesystem::current_path().string()
                                             : std::filesystem::path(display).parent_path().string();
  ProgramSource source;
  if (!LoadProgram(std::move(file), search_dir, source, diagnostics)) {
    PrintDiagnostics(diagnostics);
    return 1;
  }
  const SyntaxTree& tree = *source.tree;

  // A program compiled before, unchanged (its modules too), runs from the
  // cache: nothing to analyse or compile again (its diagnostics were none).
  CompileCache cache;
  std::string cache_key;
  if (o.command == Command::Run) {
    std::string sources;
    for (const std::unique_ptr<SourceFile>& f : source.files) {
      sources += f->path();
      sources += '\0';
      sources += std::to_string(f->text().size());
      sources += '\0';
      sources += f->text();
    }
    cache_key = cache.Key(sources, display, o.opt_level);
    if (std::optional<std::string> object = cache.Load(cache_key)) {
      std::string error;
      int code = RunObjectInJit(*object, script_argv, error);
      if (code >= 0) return code;
      // A cached object that does not load is recompiled below.
    }
  }

  std::unique_ptr<Program> program = Analyze(tree, source.modules, diagnostics);
  if (!program) {
    PrintDiagnostics(diagnostics);
    return 1;
  }
  std::unique_ptr<ir::Module> module = ir::Lower(*program);
  std::vector<std::string> problems = ir::Verify(*module);
  if (!problems.empty()) {
    std::fprintf(stderr, "keelback: internal error: invalid IR\n");
    for (const std::string& p : problems) std::fprintf(stderr, "  %s\n", p.c_str());
    return 70;
  }
  RunPasses(*module, o.opt_level);
  if (o.command == Command::Emit && o.emit == EmitWhat::Ir) {
    std::fputs(ir::Print(*module).c_str(), stdout);
    return 0;
  }
  CodegenOptions codegen;
  codegen.opt_level = o.opt_level;
  if (o.command == Command::Emit) {
    std::fputs(EmitLlvmText(*module, codegen).c_str(), stdout);
    return 0;
  }
  if (o.command == Command::Build) return Build(*module, codegen, o);
  std::string error;
  std::string object = CompileToObject(*module, codegen, error);
  if (object.empty()) {
    std::fprintf(stderr, "keelback: %s\n", error.c_str());
    return 70;
  }
  cache.Store(cache_key, object);
  int code = RunObjectInJit(object, script_argv, error);
  if (code < 0) {
    std::fprintf(stderr, "keelback: %s\n", error.c_str());
    return 70;
  }
  return code;
}

}  // namespace
}  // namespace keelback

int main(int argc, char** argv) { return keelback::Main(argc, argv); }
