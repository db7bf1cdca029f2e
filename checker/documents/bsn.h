// Recognising a possible BSN (burgerservicenummer) in registration text. A registration may
// only hold pseudonymous case ids; a file with anything that may be a BSN is refused whole and
// the value is never echoed (shared/spec/registraties.md). Erring towards refusing is the
// point: a false alarm costs the SWV a re-export, a missed BSN is a data breach.
#pragma once

#include <cstddef>
#include <string_view>

namespace swv {

/// True for exactly nine digits that pass the elfproef.
bool looks_like_bsn(std::string_view value);

/// Byte offset of the first possible BSN in `text`, or npos: nine digits that pass the
/// elfproef, alone or inside other text ("BSN 123456782", "dossier D123456782"), also when
/// written in groups joined by single dots or spaces ("123.456.782", "1234 56 782"), and
/// also when such groups stand next to other numbers ("2 123 456 782"). A run of digits
/// without separators is no BSN unless it has exactly nine ("0612345678" is a phone number).
/// Works on any bytes, so a line that is not UTF-8 is searched too.
std::size_t find_possible_bsn(std::string_view text);

}  // namespace swv
