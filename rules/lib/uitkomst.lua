-- Shared wording of outcomes, so every rule names missing data the same way.
local M = {}

-- niet-te-beoordelen naming the absent paths; `wat` names the check and its norm,
-- e.g. "Signaleringswaarde (RS-1)". `extra` may add a subject, values and evidence.
function M.ontbreekt(ctx, wat, paths, extra)
  extra = extra or {}
  local lijst = table.concat(paths, ", ")
  local values = { ontbreekt = lijst }
  for k, v in pairs(extra.values or {}) do values[k] = v end
  return ctx:niet_te_beoordelen{
    message = ("%s niet te beoordelen: ontbreekt in het jaarverslag: %s."):format(wat, lijst),
    values = values,
    subject = extra.subject,
    evidence = extra.evidence,
  }
end

-- "a", "a en b", "a, b en c"
function M.opsomming(items)
  if #items <= 1 then return items[1] or "" end
  return table.concat(items, ", ", 1, #items - 1) .. " en " .. items[#items]
end

return M
