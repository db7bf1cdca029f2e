// One Lua 5.4 state with a memory ceiling, a per-call instruction budget and a wall-clock
// watchdog. Owns the state's life cycle only; what the state may do is safe_stdlib's job.
#pragma once

#include <lua.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <mutex>
#include <thread>

#include "sandbox/limits.h"

namespace swv {

/// Why the last budgeted call was stopped by the host.
enum class StopReason { none, instructions, wall_time, memory, findings };

class LuaState {
 public:
  explicit LuaState(const SandboxLimits& limits);
  ~LuaState();
  LuaState(const LuaState&) = delete;
  LuaState& operator=(const LuaState&) = delete;

  lua_State* get() const { return L_; }
  const SandboxLimits& limits() const { return limits_; }

  /// Protected call of the function below `nargs` arguments on the stack, within the
  /// instruction budget and wall-clock limit. Returns the lua_pcall status; on error the
  /// message (with traceback when there is one) is on the stack.
  int call_budgeted(int nargs, int nresults);
  /// Protected call without budget, for trusted set-up code (still memory-capped).
  int call_protected(int nargs, int nresults);

  /// Runs `body` as a protected Lua call (Lua errors and C++ exceptions alike are caught).
  /// Returns true on success; otherwise `error` gets the message.
  bool protect(const std::function<void(lua_State*)>& body, std::string* error);

  StopReason last_stop() const { return last_stop_; }
  /// Budgeted calls that ran long enough to be counted late (limits().count_after), for tests.
  std::uint64_t late_counted_calls() const { return late_counted_calls_.load(std::memory_order_relaxed); }
  std::size_t memory_in_use() const { return used_; }

  /// Charges `steps` units of work done inside a C function (a pattern match, ...) to the
  /// running call's instruction budget. Returns false, with last_stop() saying why, when the
  /// budget is spent or the call is past its deadline: the caller then raises stop_error().
  /// Outside a budgeted call it charges nothing and returns true.
  bool charge(std::int64_t steps);
  /// True when a budgeted call runs and its deadline has passed (ask on the Lua thread only).
  bool overdue() const;
  /// [-0, +0, e] Raises the error that stops the running call (after charge() said no), so
  /// that a pcall in the rule cannot swallow it: the hook fires on every instruction after.
  [[noreturn]] void stop_error();

  /// Host memory held for the running call (findings, messages, reads, ...): counted against
  /// the same ceiling as Lua's own allocations. Returns false, and stops nothing itself,
  /// when the ceiling would be passed; the caller then raises stop_error().
  bool reserve_host(std::size_t bytes);
  /// Gives back host memory reserved during the running call.
  void release_host(std::size_t bytes);
  /// [-0, +0, e] Stops the running call for `reason` (as stop_error()).
  [[noreturn]] void stop_with(StopReason reason);

  /// Host objects reach the state through this pointer (lua_getextraspace).
  static LuaState* from(lua_State* L);

  /// What the host's bindings act on right now (the active rule run); not owned.
  void set_binding_target(void* target) { binding_target_ = target; }
  void* binding_target() const { return binding_target_; }

 private:
  static void* allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize);
  static void count_hook(lua_State* L, lua_Debug* ar);
  static int message_handler(lua_State* L);
  static void on_count_signal(int signal);
  void start_counting();
  void watchdog_loop();

  SandboxLimits limits_;
  lua_State* L_ = nullptr;
  std::size_t used_ = 0;
  std::size_t host_used_ = 0;  // reserved by the host for the running call
  bool memory_refused_ = false;
  bool budget_active_ = false;
  std::int64_t instructions_left_ = 0;
  StopReason last_stop_ = StopReason::none;
  void* binding_target_ = nullptr;

  // Watchdog: marks a call that runs past its deadline as stopped (stopped_call_); the count
  // hook, on its own thread, polls that mark every kHookInterval instructions. The watchdog
  // never touches the Lua state (lua_sethook from another thread walks the running call
  // stack: a data race). Arming and disarming a call are atomic stores, not a lock and a
  // wake-up: a rule call takes microseconds, so a handshake with the watchdog thread per call
  // would cost more than the call. The watchdog sleeps until the next moment of the call it
  // last saw (count_after, then the deadline) and only then looks again; it is woken through
  // the mutex only when it sleeps without a call to watch (idle_).
  //
  // Counting late: a call starts without a hook. When it is still running count_after after
  // its start, the watchdog sends the calling thread a signal (SIGURG, ignored by default);
  // its handler, on that thread, sets the count hook, as Lua's own interpreter does on
  // Ctrl-C (lua_sethook is safe in a signal handler of the thread that runs the state).
  // From then on the budget is counted and the deadline polled as before.
  static constexpr std::uint64_t kFired = std::uint64_t{1} << 63;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool shutting_down_ = false;           // guarded by mutex_
  std::atomic<std::uint64_t> calls_{0};  // budgeted calls so far (written by the calling thread only)
  std::atomic<std::uint64_t> armed_{0};  // number of the running call (| kFired once stopped), 0: none
  std::atomic<std::int64_t> start_ns_{0};  // steady_clock start of the armed call
  std::atomic<int> calling_thread_{0};     // kernel id of the thread running the armed call
  std::atomic<std::uint64_t> count_call_{0};  // the call the watchdog asked to count (signal sent)
  std::atomic<std::uint64_t> late_counted_calls_{0};
  std::atomic<bool> idle_{false};        // the watchdog waits for a call without a deadline
  // The number of the last call the watchdog stopped: a mark left for an earlier call never
  // matches the running one, so no ordering between a stop and the next call is needed.
  std::atomic<std::uint64_t> stopped_call_{0};
  std::thread watchdog_;
};

}  // namespace swv
