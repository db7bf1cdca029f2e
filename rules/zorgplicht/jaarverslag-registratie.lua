-- ZP-3: the annual report's thuiszitters summary agrees with the registration at the same
-- peildatum, counted as ZP-1 counts the cases.
local registratie = require("lib.registratie")
local thuiszitters = require("lib.thuiszitters")
local uitkomst = require("lib.uitkomst")

local WAT = "Thuiszittersoverzicht jaarverslag tegen registratie (ZP-3)"
local TOTAAL = "thuiszitters/totaal"
local LANG = "thuiszitters/langerDanDrieMaandenZonderAanbod"
local PEILDATUM = "thuiszitters/@peildatum"

return {
  id = "zorgplicht.jaarverslag-registratie",
  norm_id = "ZP-3",
  title = "Thuiszittersoverzicht in het jaarverslag klopt met de registratie",
  family = "zorgplicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag", "thuiszitters" },
  norm = {
    title = "Het thuiszittersoverzicht in het jaarverslag komt overeen met de thuiszittersregistratie",
    source = "Kamerbrief 3 februari 2016, Kamerstuk 26 695 nr. 108 (registratie en verantwoording "
      .. "van thuiszitters)",
    in_force_from = "2016-08-01",
    legal_force = "signaal: het jaarverslag en de thuiszittersregistratie verschillen; geen "
      .. "wettelijke eis.",
  },
  description = "Vergelijkt het thuiszittersoverzicht van het jaarverslag (totaal en langer dan "
    .. "drie maanden zonder aanbod, op thuiszitters/@peildatum; zonder die datum het einde van het "
    .. "verslagjaar) met de thuiszittersregistratie op dezelfde peildatum. De registratie wordt "
    .. "geteld zoals ZP-1 telt: totaal = open zaken van relatief verzuim, absoluut verzuim en "
    .. "'overig'; langer dan drie maanden zonder aanbod = de zaken van ZP-1. Een verschil in een "
    .. "van beide is een signaal met beide aantallen. Zonder overzicht, zonder registratie of "
    .. "zonder registratie op die peildatum is de norm niet te beoordelen.",
  params = { thuiszitters.MAANDEN },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local zaken = thuiszitters.zaken(doc)
    if not doc:has("jaarverslag") then
      return registratie.ontbreekt(doc, ctx, WAT, "jaarverslag")
    end
    if zaken == nil or #zaken == 0 then
      return registratie.ontbreekt(doc, ctx, WAT, thuiszitters.KIND)
    end
    local totaal_jv = doc:integer(TOTAAL)
    local lang_jv = doc:integer(LANG)
    if totaal_jv == nil or lang_jv == nil then
      local missing = {}
      if totaal_jv == nil then missing[#missing + 1] = TOTAAL end
      if lang_jv == nil then missing[#missing + 1] = LANG end
      return uitkomst.ontbreekt(ctx, WAT, missing)
    end
    local peildatum = doc:date(PEILDATUM) or doc.peildatum
    local maanden = ctx:param(thuiszitters.MAANDEN, peildatum)

    if #thuiszitters.op(zaken, peildatum) == 0 then
      local peildata = table.concat(thuiszitters.peildata(zaken), ", ")
      return ctx:niet_te_beoordelen{
        message = ("%s niet te beoordelen: de thuiszittersregistratie heeft geen peildatum %s, "
          .. "de peildatum van het overzicht in het jaarverslag (wel: %s)."):format(WAT, peildatum, peildata),
        values = { peildatum = peildatum, registratie_peildata = peildata },
      }
    end

    local totaal_reg, lang = thuiszitters.telling(zaken, peildatum, maanden)
    local values = {
      peildatum = peildatum,
      maximum_maanden = maanden,
      totaal_jaarverslag = totaal_jv,
      totaal_registratie = totaal_reg,
      langdurig_jaarverslag = lang_jv,
      langdurig_registratie = #lang,
    }
    local evidence = { TOTAAL, LANG }
    if doc:exists(PEILDATUM) then evidence[#evidence + 1] = PEILDATUM end
    for _, rec in ipairs(thuiszitters.records(lang)) do evidence[#evidence + 1] = rec end

    local verschillen = {}
    if totaal_jv ~= totaal_reg then
      verschillen[#verschillen + 1] = ("totaal %d in het jaarverslag, %d in de registratie")
        :format(totaal_jv, totaal_reg)
    end
    if lang_jv ~= #lang then
      verschillen[#verschillen + 1] = ("langer dan %d maanden zonder aanbod %d in het jaarverslag, "
        .. "%d in de registratie"):format(maanden, lang_jv, #lang)
    end
    if #verschillen > 0 then
      local dossiers = ""
      if #lang > 0 then
        dossiers = (" (volgens de registratie: %s %s)"):format(#lang == 1 and "dossier" or "dossiers",
          uitkomst.opsomming(thuiszitters.dossiers(lang)))
      end
      return ctx:signaal{
        message = ("Het thuiszittersoverzicht in het jaarverslag wijkt op %s af van de "
          .. "thuiszittersregistratie: %s%s (ZP-3)."):format(
            peildatum, table.concat(verschillen, "; "), dossiers),
        values = values,
        evidence = evidence,
      }
    end
    return ctx:voldoet{
      message = ("Het thuiszittersoverzicht in het jaarverslag klopt op %s met de "
        .. "thuiszittersregistratie: totaal %d, langer dan %d maanden zonder aanbod %d (ZP-3)."):format(
          peildatum, totaal_reg, maanden, #lang),
      values = values,
      evidence = evidence,
    }
  end,
}
