// pugixml allocates through process-wide functions. While a rule call runs on a thread, the
// allocations pugixml makes on that thread (XPath node sets, compiled queries) count against
// the call's memory ceiling, and fail once the call is past its deadline: pugixml then
// abandons the XPath evaluation (std::bad_alloc), so a query that would run for minutes ends
// at about the time limit. Other threads and other times allocate as pugixml always does.
#pragma once

namespace swv {

class LuaState;

/// For its lifetime, pugixml allocations on this thread are charged to `state`.
class XmlAllocationScope {
 public:
  explicit XmlAllocationScope(LuaState* state);
  ~XmlAllocationScope();
  XmlAllocationScope(const XmlAllocationScope&) = delete;
  XmlAllocationScope& operator=(const XmlAllocationScope&) = delete;

 private:
  LuaState* previous_;
};

}  // namespace swv
