-- OP-1: the ondersteuningsplannen listed in the report cover the whole verslagjaar without a gap
-- (in a year when a new plan starts on 1 August, the old one until 31 July and the new one from
-- 1 August), and none runs longer than four years (the plan is set at least once every four
-- years). A gap names the uncovered days, a plan too long names the plan.
local uitkomst = require("lib.uitkomst")

local PLAN = "ondersteuningsplan"
local MAANDEN = "ondersteuningsplan.looptijd.maximum-maanden"
local WAT = "Looptijd ondersteuningsplan (OP-1)"

-- The law article for the SWV's sector.
local function artikel(sector)
  if sector == "PO" then return "art. 18a WPO" end
  if sector == "VO" then return "art. 17a WVO" end
  return "art. 18a WPO / art. 17a WVO"
end

-- "2022-08-01" or "2022-08-01 tot en met 2022-08-03 (3 dagen)"
local function dagen(van, tot)
  if van == tot then return van .. " (1 dag)" end
  return ("%s tot en met %s (%d dagen)"):format(van, tot, dates.days_between(van, tot) + 1)
end

-- The days of [begin, eind] that no plan covers, as a list of { van, tot }; `plannen` holds
-- { vanaf, tot } with vanaf <= tot.
local function gaten(plannen, begin, eind)
  table.sort(plannen, function(a, b) return a.vanaf < b.vanaf end)
  local gat, cursor = {}, begin -- the first day not yet known to be covered
  for _, plan in ipairs(plannen) do
    if cursor > eind then break end
    if plan.tot >= cursor then
      if plan.vanaf > cursor then
        local tot = dates.add_days(plan.vanaf, -1)
        gat[#gat + 1] = { van = cursor, tot = tot < eind and tot or eind }
      end
      if plan.vanaf <= eind then cursor = dates.add_days(plan.tot, 1) end
    end
  end
  if cursor <= eind then gat[#gat + 1] = { van = cursor, tot = eind } end
  return gat
end

return {
  id = "ondersteuningsplan.looptijd",
  norm_id = "OP-1",
  title = "Looptijd van het ondersteuningsplan",
  family = "ondersteuningsplan",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Ondersteuningsplan ten minste eens in de vier jaar vastgesteld",
    source = "Art. 18a lid 8 WPO / art. 17a lid 8 WVO",
    in_force_from = "2014-08-01",
    legal_force = "overtreding: wettelijke eis (WPO/WVO).",
  },
  description = "Gaat na of de ondersteuningsplannen in het jaarverslag (één element "
    .. "ondersteuningsplan per plan dat in het verslagjaar gold) samen het hele verslagjaar dekken "
    .. "zonder gat, en of geen plan langer loopt dan vier jaar (2021-08-01 tot en met 2025-07-31 "
    .. "is precies vier jaar). Een gat (de melding noemt de dagen die geen plan dekt) of een te "
    .. "lang plan (de melding noemt het plan) is een overtreding. Eén plan dat midden in het jaar "
    .. "begint zonder eerder plan is een gat. Ontbreekt een begin- of einddatum, dan is het niet "
    .. "te beoordelen, tenzij een ander plan al te lang is.",
  params = { MAANDEN },
  outcomes = { "voldoet", "overtreding", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local maanden = ctx:param(MAANDEN)
    local knopen = doc:nodes(PLAN)
    if #knopen == 0 then
      return uitkomst.ontbreekt(ctx, WAT, { PLAN .. "/@vanaf", PLAN .. "/@totEnMet" })
    end

    local begin_jaar, eind_jaar = ("%d-01-01"):format(doc.jaar), doc.peildatum
    local plannen, missing, bezwaren, looptijden, bewijs = {}, {}, {}, {}, {}
    local values = { plannen = #knopen, te_lang = false }
    for i, knoop in ipairs(knopen) do
      local pad = #knopen == 1 and PLAN or ("%s[%d]"):format(PLAN, i)
      local vanaf, tot = knoop:date("@vanaf"), knoop:date("@totEnMet")
      if not vanaf then missing[#missing + 1] = pad .. "/@vanaf" end
      if not tot then missing[#missing + 1] = pad .. "/@totEnMet" end
      if vanaf and tot then
        local periode = ("%s tot en met %s"):format(vanaf, tot)
        looptijden[#looptijden + 1] = periode
        bewijs[#bewijs + 1] = pad .. "/@vanaf"
        bewijs[#bewijs + 1] = pad .. "/@totEnMet"
        -- the last day a plan of `maanden` months from `vanaf` may run: 2021-08-01 + 48 months
        -- is 2025-08-01, so 2025-07-31 is the last day of exactly four years
        local uiterlijk = dates.add_days(dates.add_months(vanaf, maanden), -1)
        if #knopen == 1 then
          values.vanaf, values.tot_en_met, values.uiterlijk_tot_en_met = vanaf, tot, uiterlijk
          -- distance to the norm in days: the end date against the last day the term allows
          values.afstand_dagen = math.abs(dates.days_between(tot, uiterlijk))
        end
        if tot < vanaf then
          bezwaren[#bezwaren + 1] = ("bij het plan van %s ligt de einddatum voor de begindatum"):format(periode)
        else
          plannen[#plannen + 1] = { vanaf = vanaf, tot = tot }
          if tot > uiterlijk then
            values.te_lang = true
            bezwaren[#bezwaren + 1] = ("het plan van %s loopt langer dan %d maanden (uiterlijk tot en met %s)")
              :format(periode, maanden, uiterlijk)
          end
        end
      end
    end
    values.looptijden = table.concat(looptijden, ", ")

    -- a plan without dates leaves the cover unknown; a plan too long is a breach all the same
    if #missing > 0 and #bezwaren == 0 then
      return uitkomst.ontbreekt(ctx, WAT, missing, { values = values })
    end
    if #missing == 0 then
      local gat = gaten(plannen, begin_jaar, eind_jaar)
      values.dekt_verslagjaar = #gat == 0
      if #gat > 0 then
        local tekst = {}
        for n, g in ipairs(gat) do tekst[n] = dagen(g.van, g.tot) end
        values.niet_gedekt = table.concat(tekst, ", ")
        bezwaren[#bezwaren + 1] = ("geen plan dekt %s van verslagjaar %d"):format(uitkomst.opsomming(tekst), doc.jaar)
      end
    else
      bezwaren[#bezwaren + 1] = ("de looptijd van een ander plan is niet te beoordelen: ontbreekt in het "
        .. "jaarverslag: %s"):format(table.concat(missing, ", "))
    end

    local wat = #looptijden == 1 and ("Het ondersteuningsplan loopt van %s"):format(looptijden[1])
      or ("De ondersteuningsplannen lopen van %s"):format(uitkomst.opsomming(looptijden))
    if #bezwaren > 0 then
      return ctx:overtreding{
        message = ("%s: %s (OP-1, %s: ten minste eens in de vier jaar vaststellen).")
          :format(wat, uitkomst.opsomming(bezwaren), artikel(doc.sector)),
        values = values,
        evidence = bewijs,
      }
    end
    return ctx:voldoet{
      message = ("%s: %s verslagjaar %d zonder gat en geen plan duurt langer dan %d maanden (OP-1).")
        :format(wat, #looptijden == 1 and "het dekt" or "samen dekken ze", doc.jaar, maanden),
      values = values,
      evidence = bewijs,
    }
  end,
}
