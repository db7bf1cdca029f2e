#include "sandbox/lua_state.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <stdexcept>

#include <sys/syscall.h>
#include <unistd.h>

#include "sandbox/xml_allocation.h"

namespace swv {
namespace {

constexpr int kHookInterval = 1000;  // instructions between budget checks

// The signal that asks a thread to start counting its call (lua_state.h). Its default action
// is to ignore it, so a signal that arrives where no handler expects it harms nothing.
constexpr int kCountSignal = SIGURG;

// ThreadSanitizer holds a signal back until the thread calls a function it intercepts, and a
// Lua loop calls none: under TSan every call is counted from its first instruction.
#if defined(__SANITIZE_THREAD__)
constexpr bool kSignalsArriveLate = true;
#else
constexpr bool kSignalsArriveLate = false;
#endif

// The state whose budgeted call runs on this thread, for the signal handler; nullptr between
// calls. Only this thread and its own signal handler touch it.
thread_local std::atomic<LuaState*> t_budgeted_state{nullptr};

int this_thread_id() {
  thread_local const int id = static_cast<int>(::syscall(SYS_gettid));
  return id;
}

void install_count_signal_handler(void (*handler)(int)) {
  static std::once_flag once;
  std::call_once(once, [handler] {
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;  // a system call the signal interrupts goes on by itself
    sigaction(kCountSignal, &action, nullptr);
  });
}

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
  install_count_signal_handler(&LuaState::on_count_signal);
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
    if (self->stopped_call_.load(std::memory_order_relaxed) == self->calls_.load(std::memory_order_relaxed)) {
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
  return budget_active_ &&
         stopped_call_.load(std::memory_order_relaxed) == calls_.load(std::memory_order_relaxed);
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
  std::uint64_t call = calls_.load(std::memory_order_relaxed) + 1;
  calls_.store(call, std::memory_order_relaxed);
  // The new number first: a signal still on its way for the previous call no longer matches.
  std::atomic_signal_fence(std::memory_order_seq_cst);
  if (kSignalsArriveLate || limits_.count_after.count() <= 0) {
    lua_sethook(L_, &LuaState::count_hook, LUA_MASKCOUNT, kHookInterval);
  } else {
    calling_thread_.store(this_thread_id(), std::memory_order_relaxed);
    t_budgeted_state.store(this, std::memory_order_relaxed);
  }
  start_ns_.store(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now().time_since_epoch()).count());
  armed_.store(call);  // after the start and the thread: the watchdog reads them once it sees this
  if (idle_.load()) {  // the watchdog sleeps without a call to watch: wake it for this one
    std::lock_guard lock(mutex_);
    wake_.notify_all();
  }
  budget_active_ = true;
  int status;
  {
    XmlAllocationScope xml_allocations(this);
    status = call_protected(nargs, nresults);
  }
  budget_active_ = false;
  armed_.store(0);
  // A count signal that comes later finds no state here and does nothing, so the hook
  // cleared below stays cleared.
  t_budgeted_state.store(nullptr, std::memory_order_relaxed);
  std::atomic_signal_fence(std::memory_order_seq_cst);
  host_used_ = 0;
  lua_sethook(L_, nullptr, 0, 0);
  if (status == LUA_ERRMEM || (status != LUA_OK && memory_refused_ && last_stop_ == StopReason::none))
    last_stop_ = StopReason::memory;
  return status;
}

void LuaState::on_count_signal(int) {
  int saved_errno = errno;
  if (LuaState* self = t_budgeted_state.load(std::memory_order_relaxed)) self->start_counting();
  errno = saved_errno;
}

// On the calling thread, in the signal handler: sets the count hook for the running call,
// unless the signal was meant for an earlier call or a hook is set already (a stop's
// every-instruction hook must stay).
void LuaState::start_counting() {
  if (count_call_.load() != calls_.load(std::memory_order_relaxed)) return;
  if (lua_gethook(L_) != nullptr) return;
  lua_sethook(L_, &LuaState::count_hook, LUA_MASKCOUNT, kHookInterval);
  late_counted_calls_.store(late_counted_calls_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void LuaState::watchdog_loop() {
  using std::chrono::steady_clock;
  const auto count_after = std::min<steady_clock::duration>(limits_.count_after, limits_.wall_time);
  std::uint64_t asked_to_count = 0;  // the last call this thread sent the count signal
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
    // armed_ is stored after start_ns_, so this start is that call's or a later one's.
    steady_clock::time_point start{std::chrono::nanoseconds(start_ns_.load())};
    auto now = steady_clock::now();
    if (asked_to_count != call && !kSignalsArriveLate && limits_.count_after.count() > 0) {
      if (now < start + count_after) {
        wake_.wait_until(lock, start + count_after);
        continue;
      }
      // Still running: ask its thread to count. A signal that arrives after the call ended
      // finds no budgeted state on that thread (or another call's number) and does nothing.
      asked_to_count = call;
      count_call_.store(call);
      int thread = calling_thread_.load(std::memory_order_relaxed);
      if (armed_.load() == call) ::syscall(SYS_tgkill, ::getpid(), thread, kCountSignal);
    }
    if (now < start + limits_.wall_time) {
      wake_.wait_until(lock, start + limits_.wall_time);
      continue;
    }
    // Overdue: mark the call stopped if it is still the running one. The count hook sees the
    // mark within kHookInterval instructions; C functions that run long poll it (charge()).
    if (armed_.compare_exchange_strong(call, call | kFired)) stopped_call_.store(call, std::memory_order_relaxed);
  }
}

}  // namespace swv
