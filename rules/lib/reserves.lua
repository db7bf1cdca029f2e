-- The signaleringswaarde for bovenmatig eigen vermogen and the publiek eigen vermogen it is
-- compared with (RS-1), computed once for every rule that needs them (RS-1, RS-2).
local geld = require("lib.geld")
local decimaal = require("lib.decimaal")
local afstand = require("lib.afstand")

local M = {}

M.PERCENTAGE = "reserves.signaleringswaarde.percentage"
M.MINIMUM = "reserves.signaleringswaarde.minimum"

M.BATEN = "financien/baten/totaal"
M.FIN_BATEN = "financien/financieleBaten"
M.EV = "financien/balans/eigenVermogen/totaal"
M.PRIVAAT = "financien/balans/eigenVermogen/bestemmingsreservePrivaat"

-- The comparison of RS-1 on `doc`:
--   a table { boven, publiek, waarde, totale_baten, minimum, percentage, values, grondslag,
--   noot } when it can be made;
--   nil and the missing paths when the report lacks a value it needs.
-- Whether the norm applies on the peildatum is the host's (norm.in_force_from of RS-1, RS-2);
-- a parameter without a value then makes the finding niet te beoordelen.
-- values holds the amounts that decided it (for a finding's `values`); publiek eigen vermogen
-- strictly above the signaleringswaarde is `boven` (equal is not above).
function M.vergelijk(doc, ctx)
  local pct = ctx:param(M.PERCENTAGE)
  local minimum = geld.parse(ctx:param(M.MINIMUM))

  local baten, ev = doc:amount(M.BATEN), doc:amount(M.EV)
  local missing = {}
  if not baten then missing[#missing + 1] = M.BATEN end
  if not ev then missing[#missing + 1] = M.EV end
  if #missing > 0 then return nil, missing end

  -- financiële baten and private reserves are left out of a report when zero (RJ 660)
  local totale_baten = baten + (doc:amount(M.FIN_BATEN) or 0)
  local privaat = doc:amount(M.PRIVAAT)
  local publiek = ev - (privaat or 0)
  local waarde = geld.max(geld.fraction_of(totale_baten, pct), minimum)

  local values = {
    eigen_vermogen = geld.str(ev),
    publiek_eigen_vermogen = geld.str(publiek),
    totale_baten = geld.str(totale_baten),
    signaleringswaarde = geld.str(waarde),
    overschot = geld.str(publiek - waarde), -- negative when below: norms.md reports it always
    ratio = geld.ratio(publiek, waarde),
  }
  afstand.waarden(values, publiek, waarde, publiek > waarde)
  return {
    boven = publiek > waarde,
    publiek = publiek,
    waarde = waarde,
    totale_baten = totale_baten,
    minimum = minimum,
    percentage = pct,
    values = values,
    -- "€ 12.345,67 onder de signaleringswaarde" / "precies op de signaleringswaarde"
    afstand = afstand.tekst(publiek, waarde, "de signaleringswaarde"),
    -- for a finding above it: what would make it comply
    voldoet_bij = ("Voldoet bij een publiek eigen vermogen van ten hoogste %s."):format(geld.fmt(waarde)),
    grondslag = ("(RS-1: %s van de totale baten %s, minimaal %s)")
      :format(decimaal.percent(pct), geld.fmt(totale_baten), geld.fmt(minimum)),
    noot = privaat and ""
      or " Geen private bestemmingsreserve opgegeven: het totale eigen vermogen is gebruikt.",
  }
end

return M
