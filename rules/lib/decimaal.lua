-- Exact decimal numbers as written in parameter files ("0.035"), kept as integer
-- numerator/denominator so no binary float ever decides a norm. The functions run in the
-- host (checker/sandbox/money_api.cc), with exactly the results and errors of the Lua versions
-- they replace (kept beside the host's tests):
--   decimaal.parse("0.035") -> 35, 1000; "-12.5" -> -125, 10; "7" -> 7, 1 (at most 18 digits)
--   decimaal.div_half_up(a, b) -> a / b for integers, rounded half-up (a half away from zero)
--   decimaal.compare(a, b) -> -1, 0 or 1 as decimal string a is below, equal to or above b
--   decimaal.nl("2.59") -> "2,59": a decimal string with a decimal comma, for messages
--   decimaal.percent("0.035") -> "3,5%": a fraction as a Dutch percentage, exact
local host = require("host.decimaal")

return {
  parse = host.parse,
  div_half_up = host.div_half_up,
  compare = host.compare,
  nl = host.nl,
  percent = host.percent,
}
