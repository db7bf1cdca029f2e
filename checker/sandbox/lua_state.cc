#include "sandbox/lua_state.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "sandbox/xml_allocation.h"

namespace swv {
namespace {

constexpr int kHookInterval = 1000;  // instructions between budget checks

int panic(lua_State* L) {
  const char* message = lua_tostring(L, -1);
  throw std::runtime_error(std::string("Lua panic: ") + (message ? message : "?"));
}

}  // namespace

LuaState::LuaState(const SandboxLimits& limits) : limits_(limits) {
  L_ = lua_newstate(&LuaState::allocate, this);
  if (L_ == nullptr) throw std::runtime_error("kan Lua-toestand niet aanmaken");
  *static_cast<LuaState**>(lua_getextraspace(L_)) = this;
  lua_atpanic(L_, panic);
  watchdog_ = std::thread([this] { watchdog_loop(); });
}

LuaState::~LuaState() {
  {
    std::lock_guard lock(mutex_);
    shutting_down_ = true;
  }
  wake_.notify_all();
  watchdog_.join();
  lua_close(L_);
}

LuaState* LuaState::from(lua_State* L) { return *static_cast<LuaState**>(lua_getextraspace(L)); }

// Refuses growth past the ceiling (shared with the host's memory for the running call) and
// always allows shrinking. When ptr is NULL, osize is a type tag, not a size.
void* LuaState::allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
  auto* self = static_cast<LuaState*>(ud);
  std::size_t old_size = ptr ? osize : 0;
  if (nsize == 0) {
    std::free(ptr);
    self->used_ -= old_size;
    return nullptr;
  }
  if (nsize > old_size && self->used_ + self->host_used_ - old_size + nsize > self->limits_.memory_bytes) {
    self->memory_refused_ = true;
    return nullptr;
  }
  void* grown = std::realloc(ptr, nsize);
  if (grown == nullptr) return nullptr;
  self->used_ = self->used_ - old_size + nsize;
  return grown;
}

static const char* stop_message(StopReason reason) {
  switch (reason) {
    case StopReason::wall_time: return "tijdslimiet overschreden";
    case StopReason::memory: return "geheugenlimiet overschreden";
    case StopReason::findings: return "te veel bevindingen";
    case StopReason::instructions:
    case StopReason::none: break;
  }
  return "instructielimiet overschreden";
}

void LuaState::count_hook(lua_State* L, lua_Debug*) {
  auto* self = from(L);
  if (self->last_stop_ == StopReason::none) {
    if (self->stopped_call_.load(std::memory_order_relaxed) == self->calls_) {
      self->last_stop_ = StopReason::wall_time;
    } else {
      self->instructions_left_ -= kHookInterval;
      if (self->instructions_left_ > 0) return;
      self->last_stop_ = StopReason::instructions;
    }
  }
  self->stop_error();
}

void LuaState::stop_error() {
  // Fire on every instruction from now on, so a pcall inside the rule cannot swallow the stop.
  lua_sethook(L_, &LuaState::count_hook, LUA_MASKCOUNT, 1);
  luaL_error(L_, "%s", stop_message(last_stop_));
  std::abort();  // luaL_error does not return
}

bool LuaState::overdue() const {
  return budget_active_ && stopped_call_.load(std::memory_order_relaxed) == calls_;
}

bool LuaState::charge(std::int64_t steps) {
  if (!budget_active_) return true;
  if (last_stop_ != StopReason::none) return false;
  if (overdue()) {
    last_stop_ = StopReason::wall_time;
    return false;
  }
  instructions_left_ -= steps;
  if (instructions_left_ > 0) return true;
  last_stop_ = StopReason::instructions;
  return false;
}

bool LuaState::reserve_host(std::size_t bytes) {
  if (!budget_active_) return true;
  if (used_ + host_used_ + bytes > limits_.memory_bytes) {
    if (last_stop_ == StopReason::none) last_stop_ = StopReason::memory;
    return false;
  }
  host_used_ += bytes;
  return true;
}

void LuaState::release_host(std::size_t bytes) {
  if (budget_active_) host_used_ -= std::min(bytes, host_used_);
}

void LuaState::stop_with(StopReason reason) {
  if (last_stop_ == StopReason::none) last_stop_ = reason;
  stop_error();
}

int LuaState::message_handler(lua_State* L) {
  const char* message = lua_tostring(L, 1);
  if (message == nullptr) return 1;  // a non-string error object (e.g. a host marker) as is
  luaL_traceback(L, L, message, 1);
  return 1;
}

int LuaState::call_protected(int nargs, int nresults) {
  int base = lua_gettop(L_) - nargs;
  lua_pushcfunction(L_, &LuaState::message_handler);
  lua_insert(L_, base);
  int status = lua_pcall(L_, nargs, nresults, base);
  lua_remove(L_, base);
  return status;
}

bool LuaState::protect(const std::function<void(lua_State*)>& body, std::string* error) {
  auto trampoline = [](lua_State* L) -> int {
    auto* fn = static_cast<const std::function<void(lua_State*)>*>(lua_touserdata(L, 1));
    lua_remove(L, 1);
    std::string failure;
    try {
      (*fn)(L);
      return lua_gettop(L);
    } catch (const std::exception& e) {  // C++ errors only; Lua's own errors pass through
      failure = e.what();
    }
    return luaL_error(L, "%s", failure.c_str());
  };
  lua_pushcfunction(L_, trampoline);
  lua_pushlightuserdata(L_, const_cast<std::function<void(lua_State*)>*>(&body));
  int status = call_protected(1, 0);
  if (status != LUA_OK) {
    const char* message = lua_tostring(L_, -1);
    *error = message ? message : "onbekende fout";
    lua_pop(L_, 1);
    return false;
  }
  return true;
}

int LuaState::call_budgeted(int nargs, int nresults) {
  last_stop_ = StopReason::none;
  memory_refused_ = false;
  host_used_ = 0;
  instructions_left_ = limits_.instructions;
  auto deadline = std::chrono::steady_clock::now() + limits_.wall_time;
  deadline_ns_.store(std::chrono::duration_cast<std::chrono::nanoseconds>(deadline.time_since_epoch()).count());
  armed_.store(++calls_);
  if (idle_.load()) {  // the watchdog sleeps without a deadline: wake it for this one
    std::lock_guard lock(mutex_);
    wake_.notify_all();
  }
  budget_active_ = true;
  int status;
  {
    XmlAllocationScope xml_allocations(this);
    lua_sethook(L_, &LuaState::count_hook, LUA_MASKCOUNT, kHookInterval);
    status = call_protected(nargs, nresults);
  }
  budget_active_ = false;
  armed_.store(0);
  host_used_ = 0;
  lua_sethook(L_, nullptr, 0, 0);
  if (status == LUA_ERRMEM || (status != LUA_OK && memory_refused_ && last_stop_ == StopReason::none))
    last_stop_ = StopReason::memory;
  return status;
}

void LuaState::watchdog_loop() {
  using std::chrono::steady_clock;
  std::unique_lock lock(mutex_);
  while (!shutting_down_) {
    std::uint64_t call = armed_.load();
    if (call == 0 || (call & kFired) != 0) {
      // Nothing to watch. Say so before looking again: a call armed after that second look
      // sees idle_ and wakes us through the mutex, which we hold until wait() releases it.
      idle_.store(true);
      if (armed_.load() == call) wake_.wait(lock);
      idle_.store(false);
      continue;
    }
    // armed_ is stored after deadline_ns_, so this deadline is that call's or a later one's.
    steady_clock::time_point deadline{std::chrono::nanoseconds(deadline_ns_.load())};
    if (steady_clock::now() < deadline) {
      wake_.wait_until(lock, deadline);
      continue;
    }
    // Overdue: mark the call stopped if it is still the running one. The count hook sees the
    // mark within kHookInterval instructions; C functions that run long poll it (charge()).
    if (armed_.compare_exchange_strong(call, call | kFired)) stopped_call_.store(call, std::memory_order_relaxed);
  }
}

}  // namespace swv
