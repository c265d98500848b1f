// lex_dump: prints a file's token stream as `python3 -m tokenize -e` does
// (tests/lexer_corpus_check.py compares it with CPython's tokenize module).
//   lex_dump FILE...        one dump per file, each preceded by "== FILE"
//   lex_dump --time FILE... lexes every file 20 times, prints MB/s
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "lex/lexer.h"

int main(int argc, char** argv) {
  using namespace keelback;
  bool time = argc > 1 && std::strcmp(argv[1], "--time") == 0;
  std::vector<std::unique_ptr<SourceFile>> files;
  for (int i = time ? 2 : 1; i < argc; ++i) {
    int error = 0;
    auto file = SourceFile::Read(argv[i], error);
    if (!file) {
      std::fprintf(stderr, "lex_dump: cannot read %s\n", argv[i]);
      return 2;
    }
    files.push_back(std::move(file));
  }
  if (time) {
    size_t bytes = 0, tokens = 0;
    auto start = std::chrono::steady_clock::now();
    constexpr int kRounds = 20;
    for (int round = 0; round < kRounds; ++round)
      for (auto& f : files) {
        TokenizedFile t = Lex(*f);
        bytes += f->text().size();
        tokens += t.tokens.size();
      }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%zu files, %.1f MB, %zu tokens per round: %.1f MB/s\n", files.size(), bytes / kRounds / 1e6,
                tokens / kRounds, bytes / seconds / 1e6);
    return 0;
  }
  for (auto& f : files) {
    TokenizedFile t = Lex(*f);
    std::string out = "== " + f->path() + "\n" + DumpTokens(t);
    if (t.error) {
      Diagnostics d;
      ReportLexError(t, d);
      out += "error: " + d.all()[0].message + "\n";
      LineColumn at = f->Locate(t.error->begin);
      out += "at: " + std::to_string(at.line) + "," + std::to_string(at.column) + "\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return 0;
}
