// Files (open() and sys.stdin), input(): CPython's io module as far as a
// program sees it through open(): text files decode UTF-8 and read with
// universal newlines ("\r\n" and "\r" become "\n"), binary files read and
// write bytes. Everything goes through C stdio, so sys.stdin, input() and a
// file share stdio's buffering rules.
#include "runtime_internal.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define KB_FILE_TYPE(var, name) extern "C" const KbType var = {{&kb_type_type}, name, &kb_type_object, KB_TYPE_BUILTIN, sizeof(KbFile)};
KB_FILE_TYPE(kb_type_TextIOWrapper, "_io.TextIOWrapper")
KB_FILE_TYPE(kb_type_BufferedReader, "_io.BufferedReader")
KB_FILE_TYPE(kb_type_BufferedWriter, "_io.BufferedWriter")
KB_FILE_TYPE(kb_type_BufferedRandom, "_io.BufferedRandom")
#undef KB_FILE_TYPE
// io.UnsupportedOperation (CPython's bases are OSError and ValueError; here OSError only).
extern "C" const KbType kb_type_UnsupportedOperation = {
    {&kb_type_type}, "io.UnsupportedOperation", &kb_type_OSError, KB_TYPE_EXCEPTION | KB_TYPE_BUILTIN,
    sizeof(KbBaseException)};

namespace kb {
namespace {

FILE* Stream(KbFile* f) { return static_cast<FILE*>(f->fp); }

void CheckOpen(KbFile* f) {
  if (f->flags & KB_FILE_CLOSED) Raise(&kb_type_ValueError, "I/O operation on closed file.");
}

void CheckReadable(KbFile* f) {
  CheckOpen(f);
  if (!(f->flags & KB_FILE_READ)) Raise(&kb_type_UnsupportedOperation, "not readable");
  // Reading after writing on a '+' file: stdio needs a positioning call in between.
  if (f->flags & KB_FILE_WROTE) {
    std::fflush(Stream(f));
    std::fseek(Stream(f), 0, SEEK_CUR);
    f->flags &= ~KB_FILE_WROTE;
  }
}

// CPython's OSError for a failed open: FileNotFoundError, IsADirectoryError,
// PermissionError, FileExistsError by errno; "[Errno 2] No such file or
// directory: 'x.txt'".
[[noreturn]] void RaiseOpenError(int err, KbStr* name) {
  const KbType* type = &kb_type_OSError;
  switch (err) {
    case ENOENT: type = &kb_type_FileNotFoundError; break;
    case EISDIR: type = &kb_type_IsADirectoryError; break;
    case EACCES: case EPERM: type = &kb_type_PermissionError; break;
    case EEXIST: type = &kb_type_FileExistsError; break;
    case ENOTDIR: type = &kb_type_NotADirectoryError; break;
    default: break;
  }
  std::string message = "[Errno " + std::to_string(err) + "] " + std::strerror(err) + ": ";
  AppendStrRepr(message, View(name), false);
  Raise(type, message);
}

// One byte of a text stream with universal newlines: "\r\n" and "\r" read as
// "\n". EOF at the end.
int TextByte(FILE* fp) {
  int c = std::getc(fp);
  if (c != '\r') return c;
  int next = std::getc(fp);
  if (next != '\n' && next != EOF) std::ungetc(next, fp);
  return '\n';
}

// Decodes bytes read from a text file: UnicodeDecodeError for invalid UTF-8,
// with CPython's wording.
KbStr* DecodeText(const std::string& bytes) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 && c <= 0xF4 ? 4 : 0;
    bool ok = len != 0 && c != 0xC0 && c != 0xC1;
    const char* reason = "invalid start byte";
    for (size_t k = 1; ok && k < len; ++k) {
      if (i + k >= n) {
        ok = false;
        reason = "unexpected end of data";
      } else if ((p[i + k] & 0xC0) != 0x80) {
        ok = false;
        reason = "invalid continuation byte";
      }
    }
    if (!ok) {
      char text[160];
      std::snprintf(text, sizeof text, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c, i, reason);
      Raise(&kb_type_UnicodeDecodeError, text);
    }
    i += len;
  }
  return NewStr(bytes);
}

KbValue Chunk(KbFile* f, const std::string& data) {
  if (f->flags & KB_FILE_BINARY) return AsValue(kb_bytes_from_data(data.data(), static_cast<int64_t>(data.size())));
  return AsValue(DecodeText(data));
}

std::string ReadLineBytes(KbFile* f) {
  FILE* fp = Stream(f);
  std::string line;
  bool raw = f->flags & (KB_FILE_BINARY | KB_FILE_NEWLINE_LF);
  for (;;) {
    int c = raw ? std::getc(fp) : TextByte(fp);
    if (c == EOF) break;
    line.push_back(static_cast<char>(c));
    if (c == '\n') break;
  }
  return line;
}

KbFile* NewFile(FILE* fp, KbStr* name, KbStr* mode, uint32_t flags, const KbType* type) {
  auto* f = static_cast<KbFile*>(kb_alloc(sizeof(KbFile)));
  f->header.type = type;
  f->fp = fp;
  f->name = name;
  f->mode = mode;
  f->flags = flags;
  return f;
}

}  // namespace
}  // namespace kb

using namespace kb;

extern "C" {

KbFile* kb_open(KbStr* name, KbStr* mode, bool has_encoding) {
  std::string_view m = View(mode);
  bool invalid = false;
  int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
  for (char c : m) {
    int* counter = c == 'x' ? &creating : c == 'r' ? &reading : c == 'w' ? &writing : c == 'a' ? &appending
                   : c == '+' ? &updating : c == 't' ? &text : c == 'b' ? &binary : nullptr;
    if (counter == nullptr || (*counter)++ > 0) invalid = true;
  }
  if (invalid) {
    std::string message = "invalid mode: ";
    AppendStrRepr(message, m, false);
    Raise(&kb_type_ValueError, message);
  }
  if (text && binary) Raise(&kb_type_ValueError, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    Raise(&kb_type_ValueError, "must have exactly one of create/read/write/append mode");
  if (creating + reading + writing + appending == 0)
    Raise(&kb_type_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  if (binary && has_encoding) Raise(&kb_type_ValueError, "binary mode doesn't take an encoding argument");
  int flags = O_CLOEXEC;
  const char* stdio_mode;
  if (reading) {
    flags |= updating ? O_RDWR : O_RDONLY;
    stdio_mode = updating ? "r+" : "r";
  } else if (writing) {
    flags |= (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    stdio_mode = updating ? "w+" : "w";
  } else if (appending) {
    flags |= (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    stdio_mode = updating ? "a+" : "a";
  } else {
    flags |= (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    stdio_mode = updating ? "w+" : "w";
  }
  int fd = ::open(name->data, flags, 0666);
  if (fd < 0) RaiseOpenError(errno, name);
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    RaiseOpenError(EISDIR, name);
  }
  FILE* fp = ::fdopen(fd, stdio_mode);
  if (fp == nullptr) {
    int err = errno;
    ::close(fd);
    RaiseOpenError(err, name);
  }
  uint32_t file_flags = 0;
  if (reading || updating) file_flags |= KB_FILE_READ;
  if (!reading || updating) file_flags |= KB_FILE_WRITE;
  if (binary) file_flags |= KB_FILE_BINARY;
  const KbType* type = !binary ? &kb_type_TextIOWrapper
                       : updating ? &kb_type_BufferedRandom
                       : reading ? &kb_type_BufferedReader : &kb_type_BufferedWriter;
  // f.mode: CPython's text files keep the mode given; binary ones normalise it.
  KbStr* shown = mode;
  if (binary) {
    std::string normal = creating ? "x" : reading ? "r" : writing ? "w" : "a";
    normal += updating ? "b+" : "b";
    if (creating || writing || appending || !updating) shown = NewStr(normal);
    else shown = NewStr("rb+");
  }
  return NewFile(fp, name, shown, file_flags, type);
}

KbFile* kb_sys_stdin(void) {
  static KbFile* stdin_file = nullptr;
  if (stdin_file == nullptr) {
    // CPython opens stdin with newline='\n': "\r\n" reads as it is.
    stdin_file = NewFile(stdin, NewStr("<stdin>"), NewStr("r"), KB_FILE_READ | KB_FILE_NEWLINE_LF, &kb_type_TextIOWrapper);
    GC_add_roots(&stdin_file, &stdin_file + 1);
  }
  return stdin_file;
}

KbValue kb_file_read(KbFile* f, KbValue size) {
  CheckReadable(f);
  FILE* fp = Stream(f);
  int64_t n = -1;
  if (size != AsValue(&kb_None)) {
    if (!IsIntOrBool(size)) {
      Raise(&kb_type_TypeError, std::string("argument should be integer or None, not '") + TypeName(TypeOf(size)) + "'");
    }
    KbValue i = IntOfIntOrBool(size);
    n = IsSmallInt(i) ? SmallIntValue(i) : INT64_MAX;
  }
  std::string data;
  if (f->flags & KB_FILE_BINARY) {
    char buffer[65536];
    while (n < 0 || static_cast<int64_t>(data.size()) < n) {
      size_t want = n < 0 ? sizeof buffer : std::min<size_t>(sizeof buffer, static_cast<size_t>(n) - data.size());
      size_t got = std::fread(buffer, 1, want, fp);
      data.append(buffer, got);
      if (got < want) break;
    }
    return Chunk(f, data);
  }
  // n characters (code points): a UTF-8 lead byte starts each.
  int64_t characters = 0;
  bool raw = f->flags & KB_FILE_NEWLINE_LF;
  for (;;) {
    int c = raw ? std::getc(fp) : TextByte(fp);
    if (c == EOF) break;
    if ((c & 0xC0) != 0x80) {
      if (n >= 0 && characters == n) {
        std::ungetc(c, fp);
        break;
      }
      ++characters;
    }
    data.push_back(static_cast<char>(c));
  }
  return Chunk(f, data);
}

KbValue kb_file_readline(KbFile* f) {
  CheckReadable(f);
  return Chunk(f, ReadLineBytes(f));
}

KbList* kb_file_readlines(KbFile* f) {
  CheckReadable(f);
  KbList* lines = kb_list_new(KB_ELEM_VALUE, 0);
  for (;;) {
    std::string line = ReadLineBytes(f);
    if (line.empty()) break;
    kb_list_append_value(lines, Chunk(f, line));
  }
  return lines;
}

int64_t kb_file_write(KbFile* f, KbValue data) {
  CheckOpen(f);
  bool binary = f->flags & KB_FILE_BINARY;
  if (binary ? !kb_is_bytes(data) : (IsSmallInt(data) || AsObject(data)->type != &kb_type_str)) {
    if (binary) Raise(&kb_type_TypeError, std::string("a bytes-like object is required, not '") + TypeName(TypeOf(data)) + "'");
    Raise(&kb_type_TypeError, std::string("write() argument must be str, not ") + TypeName(TypeOf(data)));
  }
  if (!(f->flags & KB_FILE_WRITE)) Raise(&kb_type_UnsupportedOperation, "not writable");
  f->flags |= KB_FILE_WROTE;
  if (binary) {
    auto* b = reinterpret_cast<KbBytes*>(data);
    std::fwrite(b->data, 1, static_cast<size_t>(b->length), Stream(f));
    return b->length;
  }
  auto* s = reinterpret_cast<KbStr*>(data);
  std::fwrite(s->data, 1, static_cast<size_t>(s->nbytes), Stream(f));
  return s->length;
}

void kb_file_writelines(KbFile* f, KbValue lines) {
  CheckOpen(f);
  ForEachItem(lines, [&](KbValue line) { kb_file_write(f, line); });
}

void kb_file_flush(KbFile* f) {
  CheckOpen(f);
  std::fflush(Stream(f));
}

void kb_file_close(KbFile* f) {
  if (f->flags & KB_FILE_CLOSED) return;
  f->flags |= KB_FILE_CLOSED;
  if (Stream(f) != stdin) std::fclose(Stream(f));
}

bool kb_file_closed(KbFile* f) { return (f->flags & KB_FILE_CLOSED) != 0; }
KbStr* kb_file_name(KbFile* f) { return f->name; }
KbStr* kb_file_mode(KbFile* f) { return f->mode; }

KbStr* kb_input(KbStr* prompt) {
  if (prompt != nullptr) std::fwrite(prompt->data, 1, static_cast<size_t>(prompt->nbytes), stdout);
  std::fflush(stdout);
  std::fflush(stderr);
  std::string line;
  for (;;) {
    int c = std::getc(stdin);  // sys.stdin's newline='\n'
    if (c == EOF) {
      if (line.empty()) Raise(&kb_type_EOFError, "EOF when reading a line");
      break;
    }
    if (c == '\n') break;
    line.push_back(static_cast<char>(c));
  }
  return DecodeText(line);
}

}  // extern "C"
