-- The cases of the thuiszitters registration and how ZP-1..ZP-4 count them (norms.md §4).
-- A case is read once into a plain table; `record` keeps the registration record for evidence
-- (file and line). Only the pseudonymous dossier id ever goes into a message.
local decimaal = require("lib.decimaal")

local M = {}

M.KIND = "thuiszitters"
M.MAANDEN = "zorgplicht.thuiszitters.maximum-maanden"

-- Thuiszitters in the sense of the Thuiszitterspact (Kamerbrief 3 februari 2016): verzuim
-- without a vrijstelling, and `overig`. Vrijstellingen are by definition no thuiszitters.
M.THUISZITTER = {
  ["relatief-verzuim"] = true,
  ["absoluut-verzuim"] = true,
  ["overig"] = true,
}

-- The registration as a list of cases, or nil when the unit has none (doc:records then
-- records the registration as missing).
function M.zaken(doc)
  local records = doc:records(M.KIND)
  if records == nil then return nil end
  local zaken = {}
  for i, rec in ipairs(records) do
    zaken[i] = {
      dossier = rec.dossier,
      peildatum = rec.peildatum,
      categorie = rec.categorie,
      thuis_sinds = rec.thuis_sinds,
      aanbod = rec.aanbod,
      opgelost = rec.opgelost,
      record = rec,
    }
  end
  return zaken
end

-- The distinct peildata of the cases, oldest first (ISO dates sort as strings).
function M.peildata(zaken)
  local seen, list = {}, {}
  for _, zaak in ipairs(zaken) do
    if not seen[zaak.peildatum] then
      seen[zaak.peildatum] = true
      list[#list + 1] = zaak.peildatum
    end
  end
  table.sort(list)
  return list
end

-- The latest peildatum and the one before it (nil when there is only one).
function M.laatste_peildata(zaken)
  local list = M.peildata(zaken)
  return list[#list], list[#list - 1]
end

-- The cases registered on `peildatum`, one per dossier (the first line of a dossier that
-- occurs twice on the same peildatum counts), in the order of the registration.
function M.op(zaken, peildatum)
  local seen, list = {}, {}
  for _, zaak in ipairs(zaken) do
    if zaak.peildatum == peildatum and not seen[zaak.dossier] then
      seen[zaak.dossier] = true
      list[#list + 1] = zaak
    end
  end
  return list
end

-- Open on `peildatum`: at home by then and not resolved on or before it.
function M.open(zaak, peildatum)
  return zaak.thuis_sinds <= peildatum and (zaak.opgelost == nil or zaak.opgelost > peildatum)
end

-- The open cases on `peildatum` (all categories).
function M.open_zaken(zaken, peildatum)
  local list = {}
  for _, zaak in ipairs(M.op(zaken, peildatum)) do
    if M.open(zaak, peildatum) then list[#list + 1] = zaak end
  end
  return list
end

-- An open thuiszitter (counted categories) on `peildatum`: what the report's `totaal` counts.
function M.is_thuiszitter(zaak, peildatum)
  return M.THUISZITTER[zaak.categorie] == true and M.open(zaak, peildatum)
end

-- Strictly longer than `maanden` calendar months at home on `peildatum`: home since 15 March,
-- peildatum 15 June is not yet three months; 16 June is.
function M.langer_dan(zaak, peildatum, maanden)
  return peildatum > dates.add_months(zaak.thuis_sinds, maanden)
end

-- ZP-1: an open thuiszitter longer than `maanden` at home without any offer.
function M.zonder_aanbod(zaak, peildatum, maanden)
  return M.is_thuiszitter(zaak, peildatum) and zaak.aanbod == "geen"
    and M.langer_dan(zaak, peildatum, maanden)
end

-- Whole calendar months and the days after them from `thuis_sinds` to `peildatum`.
function M.duur(zaak, peildatum)
  local maanden = dates.months_between(zaak.thuis_sinds, peildatum)
  local dagen = dates.days_between(dates.add_months(zaak.thuis_sinds, maanden), peildatum)
  return maanden, dagen, dates.days_between(zaak.thuis_sinds, peildatum)
end

-- "4 maanden en 12 dagen", "3 maanden en 1 dag", "5 maanden".
function M.duur_tekst(maanden, dagen)
  local text = ("%d %s"):format(maanden, maanden == 1 and "maand" or "maanden")
  if dagen > 0 then
    text = text .. (" en %d %s"):format(dagen, dagen == 1 and "dag" or "dagen")
  end
  return text
end

-- The counts of the report's summary, taken from the registration on `peildatum`:
-- totaal (open thuiszitters) and the ZP-1 cases (longest at home first, then by dossier).
function M.telling(zaken, peildatum, maanden)
  local totaal, lang = 0, {}
  for _, zaak in ipairs(M.op(zaken, peildatum)) do
    if M.is_thuiszitter(zaak, peildatum) then
      totaal = totaal + 1
      if M.zonder_aanbod(zaak, peildatum, maanden) then lang[#lang + 1] = zaak end
    end
  end
  table.sort(lang, function(a, b)
    if a.thuis_sinds ~= b.thuis_sinds then return a.thuis_sinds < b.thuis_sinds end
    return a.dossier < b.dossier
  end)
  return totaal, lang
end

-- Share `deel` of `geheel` as an exact decimal string with three decimals, half-up
-- ("0.214"); nil when `geheel` is 0.
function M.aandeel(deel, geheel)
  if geheel == 0 then return nil end
  local d = decimaal.div_half_up(deel * 1000, geheel)
  return ("%d.%03d"):format(d // 1000, d % 1000)
end

-- The same share as a Dutch percentage with one decimal, half-up ("21,4%").
function M.procent(deel, geheel)
  local d = decimaal.div_half_up(deel * 1000, geheel)
  local text = tostring(d // 10)
  if d % 10 ~= 0 then text = text .. "," .. tostring(d % 10) end
  return text .. "%"
end

-- The records of `zaken`, for a finding's evidence.
function M.records(zaken)
  local list = {}
  for i, zaak in ipairs(zaken) do list[i] = zaak.record end
  return list
end

-- The dossier ids of `zaken`, in their order.
function M.dossiers(zaken)
  local list = {}
  for i, zaak in ipairs(zaken) do list[i] = zaak.dossier end
  return list
end

return M
