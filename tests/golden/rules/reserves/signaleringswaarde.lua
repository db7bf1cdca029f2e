-- A fixed stand-in for RS-1, so the golden files do not change when the shipped rule does:
-- publiek eigen vermogen against 5% of the baten, at least 250.000,00. Same id and value
-- names as the shipped rule, which the HTML chart reads.
local function str(cents)
  local sign = cents < 0 and "-" or ""
  cents = math.abs(cents)
  return ("%s%d.%02d"):format(sign, cents // 100, cents % 100)
end

return {
  id = "reserves.signaleringswaarde",
  norm_id = "RS-1",
  title = "Eigen vermogen boven de signaleringswaarde",
  family = "reserves",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = { title = "Signaleringswaarde (golden)", source = "test: 5% van de baten", in_force_from = "2019-01-01" },
  description = "Vergelijkt het publieke eigen vermogen met 5% van de baten, minimaal 250.000,00.",
  check = function(doc, ctx)
    local ev = doc:amount("financien/balans/eigenVermogen/totaal")
    local baten = doc:amount("financien/baten/totaal")
    if not ev or not baten then return ctx:niet_te_beoordelen{} end
    local publiek = ev - (doc:amount("financien/balans/eigenVermogen/bestemmingsreservePrivaat") or 0)
    local waarde = math.max(baten * 5 // 100, 25000000)
    local values = { publiek_eigen_vermogen = str(publiek), signaleringswaarde = str(waarde) }
    if publiek > waarde then
      return ctx:signaal{ message = "Publiek eigen vermogen " .. str(publiek) .. " boven " .. str(waarde) .. ".",
                          values = values }
    end
    return ctx:voldoet{ message = "Publiek eigen vermogen " .. str(publiek) .. " niet boven " .. str(waarde) .. ".",
                        values = values }
  end,
}
