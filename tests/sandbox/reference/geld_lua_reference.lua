-- Money as integer cents (Lua 5.4 integers): exact parsing, formatting and percentages.
-- Never multiply amounts by floats: 1234567.89 * 100 is not 123456789 in binary.
local decimaal = require("lib.decimaal")

local M = {}

local MAX_EURO_DIGITS = 15 -- 10^15 euro in cents is 10^17, far below 2^63

local function cents(c, fn)
  if math.type(c) ~= "integer" then
    error(("geld.%s: bedrag in centen (geheel getal) verwacht, kreeg %s")
      :format(fn, tostring(c)), 3)
  end
  return c
end

-- "250000.00" / "-12.5" / "7" -> cents. Anything else is an error.
function M.parse(s)
  if type(s) ~= "string" then
    error("geld.parse: tekst verwacht, kreeg " .. type(s), 2)
  end
  local sign, euros, frac = s:match("^(%-?)(%d+)%.(%d%d?)$")
  if not sign then
    sign, euros = s:match("^(%-?)(%d+)$")
    frac = ""
  end
  if not sign or #euros > MAX_EURO_DIGITS then
    error("geld.parse: geen bedrag: '" .. s .. "'", 2)
  end
  frac = (frac .. "00"):sub(1, 2) -- "5" -> "50", "" -> "00"
  -- digit strings of at most 15 characters read as Lua integers, never floats
  local c = tonumber(euros) * 100 + tonumber(frac)
  return sign == "-" and -c or c
end

-- cents -> "1234.50" (two decimals, leading '-' when negative): the form for `values`.
function M.str(c)
  cents(c, "str")
  local a = math.abs(c)
  return ("%s%d.%02d"):format(c < 0 and "-" or "", a // 100, a % 100)
end

-- 1234567 -> "1.234.567"
local function thousands(n)
  local s = tostring(n)
  local head = (#s - 1) % 3 + 1
  local parts = { s:sub(1, head) }
  for i = head + 1, #s, 3 do
    parts[#parts + 1] = s:sub(i, i + 2)
  end
  return table.concat(parts, ".")
end

-- cents -> "€ 1.234.567,89" / "€ -1.234,00": Dutch notation for messages.
function M.fmt(c)
  cents(c, "fmt")
  local a = math.abs(c)
  return ("€ %s%s,%02d"):format(c < 0 and "-" or "", thousands(a // 100), a % 100)
end

-- cents × fraction ("0.035"), rounded half-up to the cent, exactly.
function M.fraction_of(c, fraction)
  cents(c, "fraction_of")
  local num, den = decimaal.parse(fraction)
  return decimaal.div_half_up(c * num, den)
end

-- a / b as a decimal string with two decimals, half-up ("2.59"); nil when b is 0.
function M.ratio(a, b)
  cents(a, "ratio")
  cents(b, "ratio")
  if b == 0 then return nil end
  -- a * 100 / b in hundredths has the same shape as an amount in cents
  return M.str(decimaal.div_half_up(a * 100, b))
end

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
