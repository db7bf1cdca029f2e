-- ZP-1 on the cases of the thuiszitters registration: which dossiers were, on the latest
-- peildatum, open and longer than three calendar months at home without an offer.
local registratie = require("lib.registratie")
local thuiszitters = require("lib.thuiszitters")
local uitkomst = require("lib.uitkomst")

local WAT = "Thuiszitters zonder aanbod (ZP-1)"

return {
  id = "zorgplicht.thuiszitters-zonder-aanbod",
  norm_id = "ZP-1",
  title = "Thuiszitters langer dan drie maanden zonder aanbod (registratie)",
  family = "zorgplicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag", "thuiszitters" },
  norm = {
    title = "Geen kind langer dan drie maanden thuis zonder aanbod (Thuiszitterspact)",
    source = "Thuiszitterspact, juni 2016; Kamerbrief 3 februari 2016, Kamerstuk 26 695 nr. 108",
    in_force_from = "2016-08-01",
    legal_force = "signaal: afspraak uit het Thuiszitterspact (2016), geen wettelijke eis.",
  },
  description = "Telt in de thuiszittersregistratie, op de laatste peildatum van het jaar, de "
    .. "open zaken (geen datum 'opgelost' op of voor de peildatum) van relatief verzuim, absoluut "
    .. "verzuim en 'overig' die langer dan drie kalendermaanden thuis zijn zonder enig aanbod "
    .. "van onderwijs of zorg (thuis sinds 15 maart, peildatum 15 juni: nog niet; 16 juni: wel). "
    .. "Vrijstellingen tellen niet mee (die bewaakt ZP-4). Elk zo'n kind is een signaal; de "
    .. "melding noemt de dossiernummers en hoe lang elk kind thuis is. Zonder registratie is de "
    .. "norm niet te beoordelen (het thuiszittersoverzicht van het jaarverslag beoordeelt "
    .. "zorgplicht.thuiszitters-jaarverslag).",
  params = { thuiszitters.MAANDEN },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local zaken = thuiszitters.zaken(doc)
    if zaken == nil or #zaken == 0 then
      return registratie.ontbreekt(doc, ctx, WAT, thuiszitters.KIND)
    end
    local peildatum = thuiszitters.laatste_peildata(zaken)
    local maanden = ctx:param(thuiszitters.MAANDEN, peildatum)

    local totaal, lang = thuiszitters.telling(zaken, peildatum, maanden)
    local values = {
      peildatum = peildatum,
      maximum_maanden = maanden,
      thuiszitters = totaal,
      aantal = #lang,
    }
    if #lang == 0 then
      return ctx:voldoet{
        message = ("Op %s zat volgens de thuiszittersregistratie geen kind langer dan %d maanden "
          .. "thuis zonder aanbod (ZP-1, Thuiszitterspact); %d open %s bekeken."):format(
            peildatum, maanden, totaal, totaal == 1 and "zaak" or "zaken"),
        values = values,
      }
    end

    local items, langste = {}, 0
    for i, zaak in ipairs(lang) do
      local m, d, totaal_dagen = thuiszitters.duur(zaak, peildatum)
      items[i] = ("%s (%s)"):format(zaak.dossier, thuiszitters.duur_tekst(m, d))
      if totaal_dagen > langste then langste = totaal_dagen end
    end
    values.dossiers = table.concat(thuiszitters.dossiers(lang), ", ")
    values.langste_dagen = langste
    return ctx:signaal{
      message = ("Op %s %s volgens de thuiszittersregistratie %d %s langer dan %d maanden thuis "
        .. "zonder aanbod (ZP-1, Thuiszitterspact): %s %s."):format(
          peildatum, #lang == 1 and "zat" or "zaten", #lang, #lang == 1 and "kind" or "kinderen",
          maanden, #lang == 1 and "dossier" or "dossiers", uitkomst.opsomming(items)),
      values = values,
      evidence = thuiszitters.records(lang),
    }
  end,
}
