// libFuzzer target over the front end: Lex, Parse (which runs the syntax
// checks) and the rendering of the first error. Any input must end in a tree
// or a diagnostic; a crash, a hang or a stack overflow is a bug.
//
//   cmake -S . -B build/fuzz -DKEELBACK_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_C_COMPILER=clang-19
//   ninja -C build/fuzz fuzz_parse && build/fuzz/tests/fuzz/fuzz_parse CORPUS_DIR
#include <cstddef>
#include <cstdint>
#include <string>

#include "diagnostics/diagnostics.h"
#include "lex/lexer.h"
#include "lex/source_encoding.h"
#include "parse/parser.h"
#include "source/source_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Each input is parsed as a .py file and as a .mojo file, where `def` is
  // the superset's and its keywords start statements more eagerly.
  for (const char* name : {"fuzz.py", "fuzz.mojo"}) {
    // As the driver reads a file: decoded from its declared encoding first.
    keelback::DecodedSource decoded = keelback::DecodeSource(std::string(reinterpret_cast<const char*>(data), size));
    if (!decoded.encoding_problem.empty()) continue;
    keelback::SourceFile file(name, std::move(decoded.text));
    if (decoded.decode_error) file.set_decode_error(std::move(*decoded.decode_error));
    keelback::Diagnostics diagnostics;
    keelback::TokenizedFile tokens = keelback::Lex(file);
    std::unique_ptr<keelback::SyntaxTree> tree = keelback::Parse(tokens, diagnostics);
    std::string rendered;
    diagnostics.Render(rendered);
    // A failed parse reports exactly one error; a good one none.
    if ((tree == nullptr) != diagnostics.HasErrors()) __builtin_trap();
    if (tree) rendered = keelback::DumpTree(*tree);
  }
  return 0;
}
