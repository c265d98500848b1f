// The lexer: token streams and errors, checked against what CPython 3.12's
// tokenizer produces (error positions as CPython's SyntaxError offset - 1,
// checked with /usr/bin/python3 where 3.11 and 3.12 agree).
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "lex/lexer.h"
#include "lex/literals.h"
#include "lex/source_encoding.h"

namespace keelback {
namespace {

// "KIND text" for each token, space-separated; Indent/Dedent/Newline/
// EndMarker as their names only.
std::string Kinds(std::string_view source) {
  SourceFile file("t.py", std::string(source));
  TokenizedFile t = Lex(file);
  std::string out;
  for (uint32_t i = 0; i < t.tokens.size(); ++i) {
    if (!out.empty()) out += ' ';
    TokenKind k = t.tokens[i].kind;
    out += TokenKindName(k);
    if (k != TokenKind::Newline && k != TokenKind::Indent && k != TokenKind::Dedent && k != TokenKind::EndMarker &&
        k != TokenKind::Error)
      out += "(" + std::string(t.Text(TokenId(i))) + ")";
  }
  return out;
}

// "line:column: message" of the lexer's error, or "ok".
std::string Error(std::string_view source) {
  SourceFile file("t.py", std::string(source));
  TokenizedFile t = Lex(file);
  if (!t.error) return "ok";
  EXPECT_EQ(t.tokens.back().kind, TokenKind::Error);
  Diagnostics d;
  ReportLexError(t, d);
  LineColumn at = file.Locate(t.error->begin);
  return std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + d.all()[0].message;
}

TEST(Lexer, SimpleStatement) {
  EXPECT_EQ(Kinds("x = 1\n"), "NAME(x) EQUAL(=) NUMBER(1) NEWLINE ENDMARKER");
}

TEST(Lexer, KeywordsHaveTheirOwnKinds) {
  SourceFile file("t.py", "if not x: pass\nmatch = True\n");
  TokenizedFile t = Lex(file);
  EXPECT_EQ(t.tokens[0].kind, TokenKind::If);
  EXPECT_EQ(t.tokens[1].kind, TokenKind::Not);
  EXPECT_EQ(t.tokens[4].kind, TokenKind::Pass);
  EXPECT_EQ(t.tokens[6].kind, TokenKind::Name);  // soft keyword
  EXPECT_EQ(t.tokens[8].kind, TokenKind::True);
  EXPECT_STREQ(TokenKindName(TokenKind::If), "NAME");
  EXPECT_STREQ(TokenKindSpelling(TokenKind::If), "if");
  EXPECT_STREQ(TokenKindName(TokenKind::DoubleStarEqual), "DOUBLESTAREQUAL");
  EXPECT_STREQ(TokenKindSpelling(TokenKind::DoubleStarEqual), "**=");
  EXPECT_STREQ(TokenKindName(TokenKind::FstringMiddle), "FSTRING_MIDDLE");
}

TEST(Lexer, NoNewlineAtEndOfFile) {
  EXPECT_EQ(Kinds("x"), "NAME(x) NEWLINE ENDMARKER");
  EXPECT_EQ(Kinds(""), "ENDMARKER");
  EXPECT_EQ(Kinds("# only a comment"), "ENDMARKER");
  EXPECT_EQ(Kinds("\n\n  \n"), "ENDMARKER");
}

TEST(Lexer, IndentAndDedent) {
  EXPECT_EQ(Kinds("if x:\n    y\n\n    # c\n  # d\n    z\nw\n"),
            "NAME(if) NAME(x) COLON(:) NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT NAME(w) NEWLINE "
            "ENDMARKER");
  EXPECT_EQ(Kinds("if x:\n  if y:\n    z"),
            "NAME(if) NAME(x) COLON(:) NEWLINE INDENT NAME(if) NAME(y) COLON(:) NEWLINE INDENT NAME(z) NEWLINE "
            "DEDENT DEDENT ENDMARKER");
}

TEST(Lexer, TabsAreMultiplesOfEight) {
  EXPECT_EQ(Kinds("if x:\n\ty\n\tz\n"), "NAME(if) NAME(x) COLON(:) NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE "
                                         "DEDENT ENDMARKER");
}

TEST(Lexer, BracketsJoinLines) {
  EXPECT_EQ(Kinds("f(1,\n  2)\n"), "NAME(f) LPAR(() NUMBER(1) COMMA(,) NUMBER(2) RPAR()) NEWLINE ENDMARKER");
  EXPECT_EQ(Kinds("x = 1 + \\\n    2\n"), "NAME(x) EQUAL(=) NUMBER(1) PLUS(+) NUMBER(2) NEWLINE ENDMARKER");
}

TEST(Lexer, CarriageReturns) {
  EXPECT_EQ(Kinds("x\r\ny\rz"), "NAME(x) NEWLINE NAME(y) NEWLINE NAME(z) NEWLINE ENDMARKER");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(Kinds("a **= b // c ... d -> e := f != g <<= h @ i\n"),
            "NAME(a) DOUBLESTAREQUAL(**=) NAME(b) DOUBLESLASH(//) NAME(c) ELLIPSIS(...) NAME(d) RARROW(->) NAME(e) "
            "COLONEQUAL(:=) NAME(f) NOTEQUAL(!=) NAME(g) LEFTSHIFTEQUAL(<<=) NAME(h) AT(@) NAME(i) NEWLINE "
            "ENDMARKER");
  EXPECT_EQ(Kinds("a.b..c\n"), "NAME(a) DOT(.) NAME(b) DOT(.) DOT(.) NAME(c) NEWLINE ENDMARKER");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(Kinds("0 00 0x_1f 0o17 0b1_0 1_000 1.5 .5 5. 1e10 1E-5 3j 1.5J 0e1 09.5 1_0.0_1e1_0j\n"),
            "NUMBER(0) NUMBER(00) NUMBER(0x_1f) NUMBER(0o17) NUMBER(0b1_0) NUMBER(1_000) NUMBER(1.5) NUMBER(.5) "
            "NUMBER(5.) NUMBER(1e10) NUMBER(1E-5) NUMBER(3j) NUMBER(1.5J) NUMBER(0e1) NUMBER(09.5) "
            "NUMBER(1_0.0_1e1_0j) NEWLINE ENDMARKER");
  // A keyword right after a number is only a warning in CPython.
  EXPECT_EQ(Kinds("1if x else 2\n"), "NUMBER(1) NAME(if) NAME(x) NAME(else) NUMBER(2) NEWLINE ENDMARKER");
  EXPECT_EQ(Error("1.real\n"), "1:1: invalid decimal literal");
}

TEST(Lexer, NumberErrors) {
  EXPECT_EQ(Error("1abc\n"), "1:0: invalid decimal literal");
  EXPECT_EQ(Error("0777\n"),
            "1:0: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  EXPECT_EQ(Error("0o8\n"), "1:2: invalid digit '8' in octal literal");
  EXPECT_EQ(Error("0o\n"), "1:1: invalid octal literal");
  EXPECT_EQ(Error("0b2\n"), "1:2: invalid digit '2' in binary literal");
  EXPECT_EQ(Error("0x\n"), "1:1: invalid hexadecimal literal");
  EXPECT_EQ(Error("0xg\n"), "1:1: invalid hexadecimal literal");
  EXPECT_EQ(Error("1_\n"), "1:1: invalid decimal literal");
  EXPECT_EQ(Error("1__2\n"), "1:1: invalid decimal literal");
  EXPECT_EQ(Error("1e\n"), "1:0: invalid decimal literal");
  EXPECT_EQ(Error("1e+\n"), "1:2: invalid decimal literal");
  EXPECT_EQ(Error("1.5j2\n"), "1:3: invalid imaginary literal");
  EXPECT_EQ(Error("1jx\n"), "1:1: invalid imaginary literal");
}

TEST(Lexer, LeadingZerosRange) {
  SourceFile file("t.py", "x = 00007 \n");
  TokenizedFile t = Lex(file);
  ASSERT_TRUE(t.error);
  EXPECT_EQ(t.error->begin, 4u);
  EXPECT_EQ(t.error->end, 8u);  // CPython: offset 5, end_offset 9
}

TEST(Lexer, Strings) {
  EXPECT_EQ(Kinds("'a' \"b\" '''c\n'd''' rb'\\'' Br\"x\" u'' b''\n"),
            "STRING('a') STRING(\"b\") STRING('''c\n'd''') STRING(rb'\\'') STRING(Br\"x\") STRING(u'') STRING(b'') "
            "NEWLINE ENDMARKER");
  EXPECT_EQ(Kinds("'a\\\nb'\n"), "STRING('a\\\nb') NEWLINE ENDMARKER");
  EXPECT_EQ(Kinds("ub'x'\n"), "NAME(ub) STRING('x') NEWLINE ENDMARKER");
}

TEST(Lexer, StringErrors) {
  EXPECT_EQ(Error("x = 'abc\n"), "1:4: unterminated string literal (detected at line 1)");
  EXPECT_EQ(Error("x = 1\ny = '''abc\n\n"), "2:4: unterminated triple-quoted string literal (detected at line 3)");
  EXPECT_EQ(Error("'''abc"), "1:0: unterminated triple-quoted string literal (detected at line 1)");
  EXPECT_EQ(Error("x = rb'abc"), "1:4: unterminated string literal (detected at line 1)");
}

TEST(Lexer, Fstrings) {
  EXPECT_EQ(Kinds("f'a{x!r:>{w}.3}b{{c}}'\n"),
            "FSTRING_START(f') FSTRING_MIDDLE(a) LBRACE({) NAME(x) EXCLAMATION(!) NAME(r) COLON(:) "
            "FSTRING_MIDDLE(>) LBRACE({) NAME(w) RBRACE(}) FSTRING_MIDDLE(.3) RBRACE(}) FSTRING_MIDDLE(b{) "
            "FSTRING_MIDDLE(c}) FSTRING_END(') NEWLINE ENDMARKER");
  // PEP 701: the same quotes nest inside a replacement field.
  EXPECT_EQ(Kinds("f\"{f\"{x}\"}\"\n"),
            "FSTRING_START(f\") LBRACE({) FSTRING_START(f\") LBRACE({) NAME(x) RBRACE(}) FSTRING_END(\") RBRACE(}) "
            "FSTRING_END(\") NEWLINE ENDMARKER");
  EXPECT_EQ(Kinds("rf'{a[1:2]}' F''\n"),
            "FSTRING_START(rf') LBRACE({) NAME(a) LSQB([) NUMBER(1) COLON(:) NUMBER(2) RSQB(]) RBRACE(}) "
            "FSTRING_END(') FSTRING_START(F') FSTRING_END(') NEWLINE ENDMARKER");
  EXPECT_EQ(Kinds("f'''{\nx\n}'''\n"),
            "FSTRING_START(f''') LBRACE({) NAME(x) RBRACE(}) FSTRING_END(''') NEWLINE ENDMARKER");
  EXPECT_EQ(Kinds("f'{x!=y}'\n"),
            "FSTRING_START(f') LBRACE({) NAME(x) NOTEQUAL(!=) NAME(y) RBRACE(}) FSTRING_END(') NEWLINE ENDMARKER");
}

TEST(Lexer, FstringErrors) {
  EXPECT_EQ(Error("x = f'abc\n"), "1:4: unterminated f-string literal (detected at line 1)");
  EXPECT_EQ(Error("f'''abc\n"), "1:0: unterminated triple-quoted f-string literal (detected at line 1)");
  EXPECT_EQ(Error("f'a}b'\n"), "1:3: f-string: single '}' is not allowed");
  EXPECT_EQ(Error("f'{x'\n"), "1:4: f-string: expecting '}'");
}

TEST(Lexer, BracketErrors) {
  EXPECT_EQ(Error("x = )\n"), "1:4: unmatched ')'");
  EXPECT_EQ(Error("(]\n"), "1:1: closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(Error("(\n]\n"), "2:0: closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  EXPECT_EQ(Error("x = (1,\n2\n"), "1:4: '(' was never closed");
  EXPECT_EQ(Error("[[(\n"), "1:2: '(' was never closed");
  EXPECT_EQ(Error(std::string(201, '(') + "\n"), "1:200: too many nested parentheses");
  EXPECT_EQ(Error(std::string(200, '(') + std::string(200, ')') + "\n"), "ok");
}

TEST(Lexer, DeepBracketsDoNotCrash) {
  EXPECT_EQ(Error(std::string(100000, '(')), "1:200: too many nested parentheses");
  EXPECT_EQ(Error(std::string(100000, '[') + std::string(100000, ']')), "1:200: too many nested parentheses");
}

TEST(Lexer, IndentationErrors) {
  EXPECT_EQ(Error("if x:\n        a\n    b\n"), "3:5: unindent does not match any outer indentation level");
  EXPECT_EQ(Error("if x:\n\ta\n        b\n"), "3:0: inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(Error("if x:\n        a\n\tb\n"), "3:0: inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(Error("if 1:\n  x\n \\\n y\n"), "4:2: unindent does not match any outer indentation level");
  std::string deep;
  for (int i = 0; i <= 100; ++i) deep += std::string(i, ' ') + "if 1:\n";
  EXPECT_EQ(Error(deep), "101:0: too many levels of indentation");
}

TEST(Lexer, ContinuationErrors) {
  EXPECT_EQ(Error("x = \\ y\n"), "1:5: unexpected character after line continuation character");
  EXPECT_EQ(Error("x = 1\ny = 2 \\ z\n"), "2:7: unexpected character after line continuation character");
  EXPECT_EQ(Error("x = \\"), "1:5: unexpected EOF while parsing");
  EXPECT_EQ(Error("x = \\\n"), "1:5: unexpected EOF while parsing");
}

TEST(Lexer, EncodingErrors) {
  EXPECT_EQ(Error("\xff\n"),
            "1:0: Non-UTF-8 code starting with '\\xff' in file t.py on line 1, but no encoding declared; see "
            "https://peps.python.org/pep-0263/ for details");
  EXPECT_EQ(Error("x = 1\n# \xe9\n").substr(0, 45), "2:0: Non-UTF-8 code starting with '\\xe9' in f");
  EXPECT_EQ(Error(std::string("ab\0\n", 4)), "1:2: source code cannot contain null bytes");
  EXPECT_EQ(Error("\xef\xbb\xbfx = 1\n"), "ok");
  EXPECT_EQ(Error("# -*- coding: latin-1 -*-\nx = 1\n"), "ok");
  EXPECT_EQ(Error("#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\nx = 1\n"), "ok");
  EXPECT_EQ(Error("# coding: foo\n"), "1:0: encoding problem: foo");
  // Tokens before the bad line are kept, as CPython reads line by line.
  SourceFile file("t.py", "x = 1\ny = '\xff'\n");
  TokenizedFile t = Lex(file);
  EXPECT_EQ(t.tokens.size(), 5u);
}

// The UTF-8 text of `bytes` decoded as `python3 FILE` does, or its problem.
std::string Decoded(std::string_view bytes) {
  DecodedSource d = DecodeSource(std::string(bytes));
  if (!d.encoding_problem.empty()) return "encoding problem: " + d.encoding_problem;
  if (d.decode_error) return "undecodable at " + std::to_string(d.decode_error->stop);
  size_t nl = d.text.find('\n');
  return d.text.substr(nl + 1);
}

TEST(SourceEncoding, NamesAsCodecsLookup) {
  // get_normal_name's latin-1 and utf-8 families, then codecs.lookup's folding.
  for (const char* name : {"latin-1", "iso-8859-1", "iso_8859_1", "L1", "Latin-1-unix", "ISO8859-1", "latin1",
                           "cp819", "iso-latin-1"})
    EXPECT_EQ(Decoded(std::string("# coding: ") + name + "\n\xe9"), "\xc3\xa9") << name;
  for (const char* name : {"koi8-r", "KOI8_R", "koi8--r", "cskoi8r"})
    EXPECT_EQ(Decoded(std::string("# coding: ") + name + "\n\xc1"), "\xd0\xb0") << name;  // а
  EXPECT_EQ(Decoded("# coding: cp1252\n\x80"), "\xe2\x82\xac");                      // €
  EXPECT_EQ(Decoded("# coding: iso8859_15\n\xa4"), "\xe2\x82\xac");
  EXPECT_EQ(Decoded("# coding: mac-roman\n\x8e"), "\xc3\xa9");
  EXPECT_EQ(Decoded("# coding: utf-8-sig\n\xc3\xa9"), "\xc3\xa9");
  EXPECT_EQ(Decoded("# coding: US-ASCII\nx"), "x");
  EXPECT_EQ(Decoded("# coding: koi8.r\n"), "encoding problem: koi8.r");  // '.' is kept for module names
  EXPECT_EQ(Decoded("# coding: cp-1252\n"), "encoding problem: cp-1252");
  EXPECT_EQ(Decoded("# coding: xyz\n"), "encoding problem: xyz");
  EXPECT_EQ(Decoded("# coding: Latin-1\n\x81"), "\xc2\x81");
  EXPECT_EQ(Decoded("\xef\xbb\xbf# coding: latin-1\n"), "encoding problem: iso-8859-1 with BOM");
  EXPECT_EQ(Decoded("# coding: ascii\nx = '\xe9'\n"), "encoding problem: ascii");
  EXPECT_EQ(Decoded("# coding: cp1252\n" + std::string(9000, '\n') + "\x81"), "undecodable at 8208");
}

TEST(Lexer, CharacterErrors) {
  EXPECT_EQ(Error("a \x01 b\n"), "1:2: invalid non-printable character U+0001");
  EXPECT_EQ(Error("\xe2\x82\xac = 1\n"), "1:0: invalid character '\xe2\x82\xac' (U+20AC)");
  EXPECT_EQ(Error("a\xc2\xa0" "b\n"), "1:1: invalid non-printable character U+00A0");
  EXPECT_EQ(Error("a $ b\n"), "1:2: invalid syntax");
  EXPECT_EQ(Kinds("\xc3\xa9t\xc3\xa9 = \xce\xbb\n"), "NAME(\xc3\xa9t\xc3\xa9) EQUAL(=) NAME(\xce\xbb) NEWLINE ENDMARKER");
}

TEST(Lexer, DumpMatchesTokenizeModule) {
  SourceFile file("t.py", "def f():\n    return 1");
  EXPECT_EQ(DumpTokens(Lex(file)),
            "1,0-1,3:            NAME           'def'          \n"
            "1,4-1,5:            NAME           'f'            \n"
            "1,5-1,6:            LPAR           '('            \n"
            "1,6-1,7:            RPAR           ')'            \n"
            "1,7-1,8:            COLON          ':'            \n"
            "1,8-1,9:            NEWLINE        '\\n'           \n"
            "2,0-2,4:            INDENT         '    '         \n"
            "2,4-2,10:           NAME           'return'       \n"
            "2,11-2,12:          NUMBER         '1'            \n"
            "2,12-2,13:          NEWLINE        ''             \n"
            "3,0-3,0:            DEDENT         ''             \n"
            "3,0-3,0:            ENDMARKER      ''             \n");
}

TEST(Lexer, NeverCrashesOnHugeOrOddInput) {
  std::string big(10 << 20, 'a');
  SourceFile file("t.py", big);
  TokenizedFile t = Lex(file);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[0].end, big.size());
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 7919) & 0xFF);
  EXPECT_NE(Error(junk), "ok");
  std::string nested;
  for (int i = 0; i < 1000; ++i) nested += "f'{";
  EXPECT_EQ(Error(nested), "1:448: too many nested f-strings");
  EXPECT_EQ(Error("f'{x:{y:{z:{w}}}}'\n"), "1:10: f-string: expressions nested too deeply");
}

TEST(Literals, Strings) {
  std::string v;
  LiteralError e;
  ASSERT_TRUE(DecodeStringLiteral(R"('a\tb\x41\u00e9\101\d')", v, e));
  EXPECT_EQ(v, "a\tbA\xc3\xa9" "A\\d");
  ASSERT_TRUE(DecodeStringLiteral(R"(r'a\n')", v, e));
  EXPECT_EQ(v, "a\\n");
  ASSERT_TRUE(DecodeStringLiteral(R"(b'\xff\u1234')", v, e));
  EXPECT_EQ(v, "\xff\\u1234");
  ASSERT_TRUE(DecodeStringLiteral("'''a\r\nb\\\nc'''", v, e));
  EXPECT_EQ(v, "a\nbc");
  ASSERT_TRUE(DecodeStringLiteral("''", v, e));
  EXPECT_EQ(v, "");
  EXPECT_FALSE(DecodeStringLiteral(R"('\x4')", v, e));
  EXPECT_EQ(e.kind, DiagnosticKind::StringEscapeError);
  EXPECT_EQ(e.args[2], "truncated \\xXX escape");
  EXPECT_FALSE(DecodeStringLiteral("b'\xc3\xa9'", v, e));
  EXPECT_EQ(e.kind, DiagnosticKind::NonAsciiInBytes);
  ASSERT_TRUE(DecodeFstringMiddle("a{", false, v, e));
  EXPECT_EQ(v, "a{");
}

TEST(Literals, Numbers) {
  uint64_t v = 0;
  ASSERT_TRUE(IntegerLiteralValue("0x_ff", v));
  EXPECT_EQ(v, 255u);
  ASSERT_TRUE(IntegerLiteralValue("1_000", v));
  EXPECT_EQ(v, 1000u);
  EXPECT_FALSE(IntegerLiteralValue("99999999999999999999999", v));
  EXPECT_EQ(IntegerLiteralDigits("0b1_01").digits, "101");
  EXPECT_EQ(ClassifyNumber("1e5"), NumberKind::Float);
  EXPECT_EQ(ClassifyNumber("0xE5"), NumberKind::Integer);
  EXPECT_EQ(ClassifyNumber("1_0j"), NumberKind::Imaginary);
  EXPECT_EQ(FloatLiteralValue("1_0.5e1"), 105.0);
  EXPECT_EQ(FloatLiteralValue("0.1"), 0.1);
  EXPECT_TRUE(std::isinf(FloatLiteralValue("1e999")));
}

}  // namespace
}  // namespace keelback
