// Typed 32-bit indices into flat stores.
//
// Every phase stores its nodes, tokens and instructions in flat vectors and
// refers to them by index. TypedId gives each kind of index its own type, so
// a TokenId cannot be passed where a NodeId is expected. The all-ones value is
// the invalid id ("none").
#ifndef KEELBACK_BASE_TYPED_ID_H
#define KEELBACK_BASE_TYPED_ID_H

#include <cstdint>
#include <functional>

namespace keelback {

template <typename Tag>
struct TypedId {
  static constexpr uint32_t kInvalidIndex = UINT32_MAX;

  uint32_t index = kInvalidIndex;

  constexpr TypedId() = default;
  constexpr explicit TypedId(uint32_t i) : index(i) {}
  static constexpr TypedId Invalid() { return TypedId(); }

  constexpr bool IsValid() const { return index != kInvalidIndex; }
  constexpr explicit operator bool() const { return IsValid(); }
  constexpr bool operator==(const TypedId&) const = default;
  constexpr auto operator<=>(const TypedId&) const = default;
};

}  // namespace keelback

template <typename Tag>
struct std::hash<keelback::TypedId<Tag>> {
  size_t operator()(keelback::TypedId<Tag> id) const noexcept { return std::hash<uint32_t>()(id.index); }
};

#endif  // KEELBACK_BASE_TYPED_ID_H
