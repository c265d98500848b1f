// The cache of compiled programs that makes a repeated `keelback run` start
// as fast as an executable: object files keyed by everything that decides
// their bytes.
#ifndef KEELBACK_DRIVER_COMPILE_CACHE_H
#define KEELBACK_DRIVER_COMPILE_CACHE_H

#include <optional>
#include <string>
#include <string_view>

namespace keelback {

class CompileCache {
 public:
  // The cache directory: $KEELBACK_CACHE_DIR, else $XDG_CACHE_HOME/keelback,
  // else ~/.cache/keelback. KEELBACK_NO_CACHE=1 turns the cache off.
  CompileCache();

  // The key of a program: its source text, the path shown in its
  // tracebacks, the optimisation level and the keelback binary itself (its
  // size and modification time), since each changes the object code.
  std::string Key(std::string_view source, std::string_view display_path, int opt_level) const;

  std::optional<std::string> Load(const std::string& key) const;
  // Best effort: a cache that cannot be written is not an error.
  void Store(const std::string& key, const std::string& object) const;

 private:
  std::string directory_;  // empty: caching off
  std::string compiler_identity_;
};

}  // namespace keelback

#endif  // KEELBACK_DRIVER_COMPILE_CACHE_H
