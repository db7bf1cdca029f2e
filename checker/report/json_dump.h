// Writing a large JSON report without holding it twice: the report's one big array (the
// findings, the SARIF results) is turned into JSON one item at a time, so peak memory is the
// findings plus the text, not also a JSON tree of every finding (three times the findings on a
// 10,000-report batch, see docs/benchmark.md).
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

namespace swv {

/// The text of `document` exactly as `document.dump(2)` gives it (with invalid UTF-8 replaced,
/// and a final newline), where the value at `where` (an empty array in `document`) holds the
/// `count` items that `item(i)` makes, each made, written and dropped in turn.
std::string dump_with_streamed_array(nlohmann::ordered_json document, const nlohmann::ordered_json::json_pointer& where,
                                     std::size_t count,
                                     const std::function<nlohmann::ordered_json(std::size_t)>& item);

}  // namespace swv
