// Writing a large JSON report without holding it twice: the report's one big array (the
// findings, the SARIF results) is turned into JSON one item at a time, so peak memory is not
// also a JSON tree of every finding (three times the findings on a 10,000-report batch, see
// docs/benchmark.md). Items can even be laid out before the rest of the report is known.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace swv {

/// The text of a document as `dump(2)` gives it (invalid UTF-8 replaced, a final newline),
/// cut where its arrays go: pieces[0], the first array, pieces[1], the second, ..., pieces[n].
/// `arrays` point at (empty) arrays of `document`, in the order they appear in the text;
/// indents[i] is the indent of the line that names array i.
struct DumpAroundArrays {
  std::vector<std::string> pieces;
  std::vector<std::size_t> indents;
};
DumpAroundArrays dump_around_arrays(nlohmann::ordered_json document,
                                    const std::vector<nlohmann::ordered_json::json_pointer>& arrays);

/// Appends `item` to `out` laid out as element number `index` of an array on a line indented
/// by `indent` (the first one opens the array).
void append_array_item(const nlohmann::ordered_json& item, std::size_t index, std::size_t indent, std::string* out);
/// What closes an array of `count` items appended by append_array_item ("[]" when empty).
std::string close_array(std::size_t count, std::size_t indent);

/// The whole text, as `document.dump(2)` with `count` items from `item(i)` in the array at
/// `where`, each made, written and dropped in turn.
std::string dump_with_streamed_array(nlohmann::ordered_json document, const nlohmann::ordered_json::json_pointer& where,
                                     std::size_t count,
                                     const std::function<nlohmann::ordered_json(std::size_t)>& item);

}  // namespace swv
