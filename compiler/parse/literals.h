// Decoding the text of Number and String tokens into constant values.
#ifndef KEELBACK_PARSE_LITERALS_H
#define KEELBACK_PARSE_LITERALS_H

#include <string>
#include <string_view>

#include "parse/ast.h"

namespace keelback {

// The value of a Number token's text ("0x_ff", "1_000.5e3", "2j").
Constant DecodeNumber(std::string_view text);

// The value of one String token's text, prefix and quotes included.
// Returns false with `error` set for an invalid escape CPython rejects.
// `is_bytes` tells b-strings apart; f-strings are not String tokens.
bool DecodeString(std::string_view text, std::string& value, bool& is_bytes, std::string& error);

}  // namespace keelback

#endif  // KEELBACK_PARSE_LITERALS_H
