-- What the registration-based rules (ZP-1 on cases, ZP-2..ZP-5) say when a document they need
-- is not part of the check: the unit (SWV and year) lacks the registration or the report.
local M = {}

-- How each kind is called in a message.
M.NAAM = {
  thuiszitters = "thuiszittersregistratie",
  meldingen = "registratie van zorgplichtmeldingen",
  jaarverslag = "jaarverslag",
}

-- niet-te-beoordelen naming the missing document; `wat` names the check and its norm, e.g.
-- "Thuiszitters zonder aanbod (ZP-1)". values.ontbreekt is "<kind>-registratie" (as
-- doc:records names it) or "jaarverslag". `extra` may add values and evidence.
function M.ontbreekt(doc, ctx, wat, kind, extra)
  extra = extra or {}
  local ontbreekt = kind == "jaarverslag" and "jaarverslag" or kind .. "-registratie"
  local values = { ontbreekt = ontbreekt }
  for k, v in pairs(extra.values or {}) do values[k] = v end
  return ctx:niet_te_beoordelen{
    message = ("%s niet te beoordelen: er is geen %s van %s over %d meegegeven."):format(
      wat, M.NAAM[kind], doc.swv, doc.jaar),
    values = values,
    evidence = extra.evidence,
  }
end

return M
