-- Distance to a norm (issue 17): how far an amount lies from the boundary where a finding turns,
-- and for a flagged finding the amount at which it would comply. Amounts are integer cents, so
-- the distance is exact to the cent; the rule decides which amount and boundary it compares.
local geld = require("lib.geld")

local M = {}

-- "€ 12.345,67 onder de signaleringswaarde", "€ 0,01 boven het maximum", "precies op de
-- signaleringswaarde": `bedrag` against `grens`, `norm` names the boundary with its article.
function M.tekst(bedrag, grens, norm)
  if bedrag == grens then return "precies op " .. norm end
  if bedrag < grens then return ("%s onder %s"):format(geld.fmt(grens - bedrag), norm) end
  return ("%s boven %s"):format(geld.fmt(bedrag - grens), norm)
end

-- Adds to `values`: afstand (|bedrag - grens|, two decimals) and, when `flagged`, voldoet_bij
-- (the boundary amount itself: the value at which the finding would be voldoet).
function M.waarden(values, bedrag, grens, flagged)
  values.afstand = geld.str(math.abs(bedrag - grens))
  if flagged then values.voldoet_bij = geld.str(grens) end
  return values
end

return M
