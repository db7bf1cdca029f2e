-- Money as integer cents (Lua 5.4 integers): exact parsing, formatting and percentages.
-- Never multiply amounts by floats: 1234567.89 * 100 is not 123456789 in binary.
local M = {}

local function cents(c, fn)
  if math.type(c) ~= "integer" then
    error(("geld.%s: bedrag in centen (geheel getal) verwacht, kreeg %s")
      :format(fn, tostring(c)), 3)
  end
  return c
end

-- The helpers every rule calls run in the host (checker/sandbox/money_api.cc), with exactly
-- the results and errors of the Lua versions they replace (kept beside the host's tests):
--   geld.parse("250000.00" / "-12.5" / "7") -> cents; anything else is an error
--   geld.str(cents) -> "1234.50" (two decimals, '-' when negative): the form for `values`
--   geld.fmt(cents) -> "€ 1.234.567,89" / "€ -1.234,00": Dutch notation for messages
--   geld.fraction_of(cents, "0.035") -> cents × fraction, rounded half-up to the cent, exactly
--   geld.ratio(a, b) -> a / b as a decimal string with two decimals, half-up ("2.59"); nil when b is 0
local host = require("host.geld")
M.parse = host.parse
M.str = host.str
M.fmt = host.fmt
M.fraction_of = host.fraction_of
M.ratio = host.ratio

function M.max(first, ...)
  local m = cents(first, "max")
  for _, c in ipairs({ ... }) do
    if cents(c, "max") > m then m = c end
  end
  return m
end

function M.min(first, ...)
  local m = cents(first, "min")
  for _, c in ipairs({ ... }) do
    if cents(c, "min") < m then m = c end
  end
  return m
end

return M
