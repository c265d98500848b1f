// CompileCache: object files on disk, written atomically (a temporary file
// renamed into place), so concurrent runs never read a partial object.
#include "driver/compile_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace keelback {
namespace {

// 64-bit FNV-1a, twice with different offsets for 128 bits of key.
uint64_t Fnv1a(std::string_view data, uint64_t hash) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string Hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

CompileCache::CompileCache() {
  const char* off = std::getenv("KEELBACK_NO_CACHE");
  if (off && *off && std::string_view(off) != "0") return;
  if (const char* dir = std::getenv("KEELBACK_CACHE_DIR"); dir && *dir) {
    directory_ = dir;
  } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    directory_ = std::string(xdg) + "/keelback";
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    directory_ = std::string(home) + "/.cache/keelback";
  }
  struct stat st;
  if (stat("/proc/self/exe", &st) == 0)
    compiler_identity_ = std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
                         std::to_string(st.st_mtim.tv_nsec);
  else
    directory_.clear();  // no way to tell compilers apart: do not cache
}

std::string CompileCache::Key(std::string_view source, std::string_view display_path, int opt_level) const {
  std::string identity = compiler_identity_ + "\n" + std::string(display_path) + "\n-O" + std::to_string(opt_level) + "\n";
  uint64_t a = Fnv1a(source, Fnv1a(identity, 0xcbf29ce484222325ULL));
  uint64_t b = Fnv1a(source, Fnv1a(identity, 0x84222325cbf29ce4ULL));
  return Hex(a) + Hex(b);
}

std::optional<std::string> CompileCache::Load(const std::string& key) const {
  if (directory_.empty()) return std::nullopt;
  std::ifstream in(directory_ + "/" + key + ".o", std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in.good() && !in.eof()) return std::nullopt;
  return bytes.str();
}

void CompileCache::Store(const std::string& key, const std::string& object) const {
  if (directory_.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(directory_, ec);
  if (ec) return;
  std::string final_path = directory_ + "/" + key + ".o";
  std::string temp_path = final_path + ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(temp_path, std::ios::binary);
    if (!out) return;
    out.write(object.data(), static_cast<std::streamsize>(object.size()));
    if (!out) {
      std::remove(temp_path.c_str());
      return;
    }
  }
  if (std::rename(temp_path.c_str(), final_path.c_str()) != 0) std::remove(temp_path.c_str());
}

}  // namespace keelback
