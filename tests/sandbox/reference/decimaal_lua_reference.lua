-- Exact decimal numbers as written in parameter files ("0.035"), kept as integer
-- numerator/denominator so no binary float ever decides a norm.
local M = {}

local MAX_DIGITS = 18 -- 10^18 < 2^63: the digits always fit a Lua integer

local function pow10(n)
  local p = 1
  for _ = 1, n do p = p * 10 end
  return p
end

-- "0.035" -> 35, 1000; "-12.5" -> -125, 10; "7" -> 7, 1. Anything else is an error.
function M.parse(s)
  if type(s) ~= "string" then
    error("decimaal.parse: tekst verwacht, kreeg " .. type(s), 2)
  end
  local sign, int, frac = s:match("^(%-?)(%d+)%.(%d+)$")
  if not sign then
    sign, int = s:match("^(%-?)(%d+)$")
    frac = ""
  end
  if not sign or #int + #frac > MAX_DIGITS then
    error("decimaal.parse: geen decimaal getal: '" .. s .. "'", 2)
  end
  local num = math.tointeger(tonumber(int .. frac))
  return sign == "-" and -num or num, pow10(#frac)
end

-- a / b for integers, rounded half-up (a half rounds away from zero).
function M.div_half_up(a, b)
  assert(math.type(a) == "integer" and math.type(b) == "integer" and b ~= 0,
    "decimaal.div_half_up: gehele getallen verwacht, deler niet 0")
  local negative = (a < 0) ~= (b < 0)
  local abs_a, abs_b = math.abs(a), math.abs(b)
  local q = (2 * abs_a + abs_b) // (2 * abs_b)
  return negative and -q or q
end

-- -1, 0 or 1 as decimal string a is below, equal to or above b.
function M.compare(a, b)
  local an, ad = M.parse(a)
  local bn, bd = M.parse(b)
  local l, r = an * bd, bn * ad
  return l < r and -1 or (l > r and 1 or 0)
end

-- Exact Dutch notation of num/den (den a power of ten): 2.5 -> "2,5", 3 -> "3".
local function dutch(num, den)
  local a = math.abs(num)
  local s = tostring(a // den)
  local rest = a % den
  if rest ~= 0 then
    s = s .. ","
    while rest ~= 0 do
      rest = rest * 10
      s = s .. tostring(rest // den)
      rest = rest % den
    end
  end
  return (num < 0 and "-" or "") .. s
end

-- "2.59" -> "2,59": a decimal string with a decimal comma, for messages.
function M.nl(s)
  return dutch(M.parse(s))
end

-- "0.035" -> "3,5%": a fraction as a Dutch percentage, exact.
function M.percent(s)
  local num, den = M.parse(s)
  return dutch(num * 100, den) .. "%"
end

return M
