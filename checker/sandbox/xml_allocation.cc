#include "sandbox/xml_allocation.h"

#include <malloc.h>

#include <cstdlib>

#include <pugixml.hpp>

#include "sandbox/lua_state.h"

namespace swv {
namespace {

// The rule call running on this thread, if any. thread_local: the allocation functions are
// global, but every worker thread runs its own Lua state.
thread_local LuaState* charged_state = nullptr;

void* allocate(std::size_t size) {
  void* memory = std::malloc(size);
  LuaState* state = charged_state;
  if (memory == nullptr || state == nullptr) return memory;
  if (state->overdue() || !state->reserve_host(malloc_usable_size(memory))) {
    std::free(memory);
    return nullptr;
  }
  return memory;
}

void deallocate(void* memory) {
  if (memory == nullptr) return;
  if (LuaState* state = charged_state) state->release_host(malloc_usable_size(memory));
  std::free(memory);
}

// Installed before main, while only one thread runs: pugixml's defaults are malloc and free
// too, so memory allocated before (or by another thread, outside a rule call) frees alike.
const bool installed = [] {
  pugi::set_memory_management_functions(allocate, deallocate);
  return true;
}();

}  // namespace

XmlAllocationScope::XmlAllocationScope(LuaState* state) : previous_(charged_state) {
  (void)installed;
  charged_state = state;
}

XmlAllocationScope::~XmlAllocationScope() { charged_state = previous_; }

}  // namespace swv
