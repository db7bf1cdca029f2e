// The wall-clock watchdog is armed and disarmed without a lock or a wake-up per call: it
// sleeps until the next moment of the call it last saw. These tests hold it to its contract
// around that: every call is stopped at its own deadline, never at an earlier call's, and a
// stop never spills into the next call. A call is counted against the instruction budget only
// once it has run count_after (a signal to its thread sets the count hook): quick calls are
// never counted, a long one is, and a signal meant for an earlier call does nothing.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "sandbox/lua_state.h"

using namespace swv;
using Clock = std::chrono::steady_clock;

namespace {

// A state with a function in the registry: f(0) loops for ever, f(n) returns n at once.
class LoopState {
 public:
  explicit LoopState(std::chrono::milliseconds wall_time) : LoopState(limits(wall_time)) {}
  explicit LoopState(const SandboxLimits& limits) : state_(limits) {
    lua_State* L = state_.get();
    REQUIRE(luaL_loadstring(L, "return function(n) if n == 0 then while true do end end return n end") == LUA_OK);
    REQUIRE(state_.call_protected(0, 1) == LUA_OK);
    function_ = luaL_ref(L, LUA_REGISTRYINDEX);
  }

  // Calls f(n) within the budget; returns the lua_pcall status and leaves the stack as it was.
  int call(lua_Integer n) {
    lua_State* L = state_.get();
    lua_rawgeti(L, LUA_REGISTRYINDEX, function_);
    lua_pushinteger(L, n);
    int status = state_.call_budgeted(1, 1);
    lua_pop(L, 1);
    return status;
  }
  StopReason last_stop() const { return state_.last_stop(); }
  std::uint64_t late_counted_calls() const { return state_.late_counted_calls(); }

 private:
  static SandboxLimits limits(std::chrono::milliseconds wall_time) {
    SandboxLimits l;
    l.instructions = std::int64_t{1} << 60;  // only the clock stops the loop
    l.wall_time = wall_time;
    return l;
  }
  LuaState state_;
  int function_ = LUA_NOREF;
};

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

TEST_CASE("watchdog: a loop after many quick calls is stopped at its own deadline", "[threads]") {
  LoopState state(std::chrono::milliseconds(200));
  int failed = 0;
  for (int i = 1; i <= 5000; ++i) failed += state.call(i) != LUA_OK;
  REQUIRE(failed == 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(120));  // the first call's deadline is near
  auto start = Clock::now();
  CHECK(state.call(0) != LUA_OK);
  double took = seconds_since(start);
  CHECK(state.last_stop() == StopReason::wall_time);
  CHECK(took >= 0.19);  // not at an earlier call's deadline
  CHECK(took < 2.0);
}

TEST_CASE("watchdog: quick calls over many deadlines are never stopped, also right after a stop", "[threads]") {
  LoopState state(std::chrono::milliseconds(30));
  auto stopped_quick_calls = [&](double for_seconds) {
    int stopped = 0, calls = 0;
    for (auto start = Clock::now(); seconds_since(start) < for_seconds; ++calls)
      stopped += state.call(calls + 1) != LUA_OK || state.last_stop() != StopReason::none;
    CHECK(calls > 1000);
    return stopped;
  };
  CHECK(stopped_quick_calls(0.3) == 0);  // ten times the limit, in calls that each take microseconds
  CHECK(state.call(0) != LUA_OK);
  CHECK(state.last_stop() == StopReason::wall_time);
  CHECK(stopped_quick_calls(0.2) == 0);  // the stop's count=1 hook must not land in these
}

TEST_CASE("watchdog: a loop after an idle pause is stopped too", "[threads]") {
  LoopState state(std::chrono::milliseconds(100));
  REQUIRE(state.call(1) == LUA_OK);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the watchdog has gone idle
  auto start = Clock::now();
  CHECK(state.call(0) != LUA_OK);
  CHECK(state.last_stop() == StopReason::wall_time);
  CHECK(seconds_since(start) >= 0.09);
  CHECK(seconds_since(start) < 2.0);
}

// Not under ThreadSanitizer ([threads] is what it runs): it holds signals back, so there
// every call is counted from its first instruction.
TEST_CASE("counting late: quick calls are never counted, a call that runs long is, and stopped by the budget") {
  SandboxLimits limits;
  limits.instructions = 10'000;
  limits.count_after = std::chrono::milliseconds(20);
  LoopState state(limits);
  int failed = 0;
  for (int i = 1; i <= 2000; ++i) failed += state.call(i) != LUA_OK;
  CHECK(failed == 0);
  CHECK(state.late_counted_calls() == 0);
  auto start = Clock::now();
  CHECK(state.call(0) != LUA_OK);
  CHECK(state.last_stop() == StopReason::instructions);
  CHECK(state.late_counted_calls() == 1);
  CHECK(seconds_since(start) >= 0.019);  // counted from count_after on, not before
  CHECK(seconds_since(start) < 2.0);     // well before the 5 s clock
  CHECK(state.call(7) == LUA_OK);        // the next call starts uncounted again
  CHECK(state.last_stop() == StopReason::none);
}

TEST_CASE("counting late: signals that land after their call ended never stop or count a later call") {
  // count_after of 50 us: the watchdog signals the thread all the time, often just as a
  // quick call ends and the next one begins.
  SandboxLimits limits;
  limits.instructions = 10'000;
  limits.count_after = std::chrono::microseconds(50);
  limits.wall_time = std::chrono::milliseconds(30);
  LoopState state(limits);
  int stopped = 0, calls = 0;
  for (auto start = Clock::now(); seconds_since(start) < 0.3; ++calls)
    stopped += state.call(calls + 1) != LUA_OK || state.last_stop() != StopReason::none;
  CHECK(calls > 1000);
  CHECK(stopped == 0);
  CHECK(state.call(0) != LUA_OK);
  CHECK(state.last_stop() == StopReason::instructions);
  CHECK(state.late_counted_calls() >= 1);
}

TEST_CASE("counting late: with count_after zero every call is counted from its first instruction", "[threads]") {
  SandboxLimits limits;
  limits.instructions = 10'000;
  limits.count_after = {};
  LoopState state(limits);
  CHECK(state.call(5) == LUA_OK);
  CHECK(state.call(0) != LUA_OK);
  CHECK(state.last_stop() == StopReason::instructions);
  CHECK(state.late_counted_calls() == 0);  // the hook was there from the start, no signal set it
}
