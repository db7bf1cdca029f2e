-- Financial ratios (FN-1..FN-4) compared exactly: amounts are integer cents, thresholds
-- decimal strings from the parameter files ("0.30"), and a comparison multiplies both sides
-- out in integers ((ev + voorz) * 100 < 30 * passiva), so no binary float ever decides.
local geld = require("lib.geld")
local decimaal = require("lib.decimaal")
local uitkomst = require("lib.uitkomst")

local M = {}

-- a * b, or an error when the product does not fit a Lua integer (it would wrap silently).
local function mul(a, b)
  if a ~= 0 and math.abs(b) > math.maxinteger // math.abs(a) then
    error("kengetal: bedragen te groot om exact te vergelijken", 3)
  end
  return a * b
end

-- The amounts of `lijst` ({ { name, xpath }, ... }) as name -> cents; or nil after reporting
-- niet-te-beoordelen naming every absent element (`wat` names the check and its norm).
function M.bedragen(doc, ctx, wat, lijst)
  local out, missing = {}, {}
  for _, item in ipairs(lijst) do
    local v = doc:amount(item[2])
    if v == nil then missing[#missing + 1] = item[2] else out[item[1]] = v end
  end
  if #missing > 0 then
    uitkomst.ontbreekt(ctx, wat, missing)
    return nil
  end
  return out
end

-- When the denominator at `path` (`cents`) is zero or negative, reports niet-te-beoordelen
-- naming it and returns true: a ratio with such a denominator says nothing.
function M.noemer_ongeldig(ctx, wat, path, cents)
  if cents > 0 then return false end
  ctx:niet_te_beoordelen{
    message = ("%s niet te beoordelen: de noemer %s is %s; een verhouding met een noemer van nul "
      .. "of minder is niet te berekenen."):format(wat, path, geld.fmt(cents)),
    values = { noemer = path, noemer_waarde = geld.str(cents) },
    evidence = { path },
  }
  return true
end

-- -1, 0 or 1 as teller / noemer (noemer > 0) is below, equal to or above the decimal string
-- `drempel`: teller * den against num * noemer, in integers.
function M.vergelijk(teller, noemer, drempel)
  assert(noemer > 0, "kengetal.vergelijk: noemer moet positief zijn")
  local num, den = decimaal.parse(drempel)
  local l, r = mul(teller, den), mul(num, noemer)
  return l < r and -1 or (l > r and 1 or 0)
end

-- The smallest teller (cents) with teller / noemer at or above the decimal string `drempel`
-- (noemer > 0): ceil(drempel * noemer), exact. A teller one cent below it compares below.
function M.minimale_teller(noemer, drempel)
  assert(noemer > 0, "kengetal.minimale_teller: noemer moet positief zijn")
  local num, den = decimaal.parse(drempel)
  return -((-mul(num, noemer)) // den)
end

-- The largest teller (cents) with teller / noemer at or below `drempel` (noemer > 0):
-- floor(drempel * noemer), exact. A teller one cent above it compares above.
function M.maximale_teller(noemer, drempel)
  assert(noemer > 0, "kengetal.maximale_teller: noemer moet positief zijn")
  local num, den = decimaal.parse(drempel)
  return mul(num, noemer) // den
end

-- teller / noemer with two decimals, half-up: "0.46" (for values).
function M.ratio(teller, noemer)
  return geld.str(decimaal.div_half_up(mul(teller, 100), noemer))
end

-- teller / noemer as a percentage with two decimals, half-up: "13.04" (for values).
function M.procent(teller, noemer)
  return geld.str(decimaal.div_half_up(mul(teller, 10000), noemer))
end

-- "0.46" -> "0,46", "1.5" -> "1,5": a decimal string as written, with a decimal comma.
function M.nl(s)
  return (s:gsub("%.", ","))
end

-- The size class of an SWV among dated class boundaries. `grenzen` lists the parameter names
-- of the boundaries in ascending order; each boundary is the inclusive upper bound of its class
-- (a boundary belongs to the lower class). A boundary without a value on the peildatum does not
-- exist then: the classes end at the last boundary with a value. `bedrag` is a function that
-- returns the amount to classify (cents), or nil when the report lacks it; it is called only
-- when some boundary is in force. Returns the class number (1-based), its lower bound
-- (exclusive, nil for the first class) and upper bound (inclusive, nil for the last class);
-- or nil when the amount is needed but absent.
function M.klasse(ctx, grenzen, bedrag)
  local waarde
  local onder = nil
  for i, naam in ipairs(grenzen) do
    local grens = ctx:param_opt(naam)
    if grens == nil then return i, onder, nil end
    grens = geld.parse(grens)
    if waarde == nil then
      waarde = bedrag()
      if waarde == nil then return nil end
    end
    if waarde <= grens then return i, onder, grens end
    onder = grens
  end
  return #grenzen + 1, onder, nil
end

-- "baten tot en met € 3.000.000,00", "baten boven € 25.000.000,00", "elke grootte".
function M.klasse_tekst(onder, boven)
  if onder == nil and boven == nil then return "elke grootte" end
  if onder == nil then return "baten tot en met " .. geld.fmt(boven) end
  if boven == nil then return "baten boven " .. geld.fmt(onder) end
  return ("baten boven %s tot en met %s"):format(geld.fmt(onder), geld.fmt(boven))
end

return M
