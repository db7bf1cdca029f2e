-- The zorgplicht signals (meldingen) of a unit and the participating boards they are held
-- against (ZP-5). Only the board number and the line of a melding ever reach a message.
local registratie = require("lib.registratie")
local toezicht = require("lib.toezicht")
local uitkomst = require("lib.uitkomst")

local M = {}

M.KIND = "meldingen"
M.DREMPEL = "zorgplicht.meldingen.drempel-per-bestuur"

-- The meldingen of the unit as plain tables (bevoegd_gezag, soort, status, line, record) and
-- the set of participating boards of the annual report; or nil after reporting
-- niet-te-beoordelen when either is missing. `wat` names the check and its norm.
function M.lees(doc, ctx, wat)
  local records = doc:records(M.KIND)
  if not doc:has("jaarverslag") then
    registratie.ontbreekt(doc, ctx, wat, "jaarverslag")
    return nil
  end
  if records == nil or #records == 0 then
    registratie.ontbreekt(doc, ctx, wat, M.KIND)
    return nil
  end
  local besturen, missing = toezicht.participating(doc)
  if not besturen then
    uitkomst.ontbreekt(ctx, wat, missing)
    return nil
  end
  local meldingen = {}
  for i, rec in ipairs(records) do
    meldingen[i] = {
      bevoegd_gezag = rec.bevoegd_gezag,
      soort = rec.soort,
      status = rec.status,
      line = rec.line,
      record = rec,
    }
  end
  return meldingen, besturen
end

-- The meldingen grouped by board: a list of { bevoegd_gezag, meldingen } in board order,
-- keeping only those for which keep(melding) is true.
function M.per_bestuur(meldingen, keep)
  local by, order = {}, {}
  for _, melding in ipairs(meldingen) do
    if keep(melding) then
      local bg = melding.bevoegd_gezag
      if not by[bg] then
        by[bg] = { bevoegd_gezag = bg, meldingen = {} }
        order[#order + 1] = bg
      end
      local list = by[bg].meldingen
      list[#list + 1] = melding
    end
  end
  table.sort(order)
  local groups = {}
  for i, bg in ipairs(order) do groups[i] = by[bg] end
  return groups
end

-- "2 weigering-toelating, 1 wegadviseren": the kinds of `meldingen` with their counts, in
-- the order of the format.
local SOORTEN = { "weigering-toelating", "wegadviseren", "geen-passend-aanbod", "thuiszitten", "overig" }
function M.soorten(meldingen)
  local count = {}
  for _, melding in ipairs(meldingen) do count[melding.soort] = (count[melding.soort] or 0) + 1 end
  local parts = {}
  for _, soort in ipairs(SOORTEN) do
    if count[soort] then parts[#parts + 1] = ("%d %s"):format(count[soort], soort) end
  end
  return table.concat(parts, ", ")
end

-- "4, 9 en 12": the lines of `meldingen`.
function M.regels(meldingen)
  local lines = {}
  for i, melding in ipairs(meldingen) do lines[i] = tostring(melding.line) end
  return uitkomst.opsomming(lines)
end

function M.records(meldingen)
  local list = {}
  for i, melding in ipairs(meldingen) do list[i] = melding.record end
  return list
end

return M
