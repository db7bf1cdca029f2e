-- ZP-1 as the annual report summarises it: children at home longer than the limit without
-- an offer. The registration-based ZP-1 works on dossiers; this one reads the summary only.
local kengetal = require("lib.kengetal")
local uitkomst = require("lib.uitkomst")

local AANTAL = "thuiszitters/langerDanDrieMaandenZonderAanbod"
local PEILDATUM = "thuiszitters/@peildatum"
local TOTAAL = "thuiszitters/totaal"
local LEERLINGEN = "leerlingen/totaal"

-- The key figure thuiszitters per 1,000 pupils (all thuiszitters / leerlingen × 1000, two
-- decimals half-up) into `values`, or why it cannot be computed: it does not decide ZP-1.
local function per_1000(doc, values)
  local totaal, leerlingen = doc:integer(TOTAAL), doc:integer(LEERLINGEN)
  if totaal == nil or leerlingen == nil then
    values.thuiszitters_per_1000_reden = ("%s ontbreekt"):format(totaal == nil and TOTAAL or LEERLINGEN)
  elseif leerlingen <= 0 or totaal < 0 then
    values.thuiszitters_per_1000_reden = ("%s is %d en %s is %d: niet te berekenen")
      :format(TOTAAL, totaal, LEERLINGEN, leerlingen)
  else
    values.thuiszitters_per_1000 = kengetal.ratio(totaal * 1000, leerlingen)
  end
end

return {
  id = "zorgplicht.thuiszitters-jaarverslag",
  norm_id = "ZP-1",
  title = "Thuiszitters langer dan drie maanden zonder aanbod (jaarverslag)",
  family = "zorgplicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Geen kind langer dan drie maanden thuis zonder aanbod (Thuiszitterspact)",
    source = "Thuiszitterspact, juni 2016; Kamerbrief 3 februari 2016, Kamerstuk 26 695 nr. 108",
    in_force_from = "2016-08-01",
    legal_force = "signaal: afspraak uit het Thuiszitterspact (2016), geen wettelijke eis.",
  },
  description = "Leest in het thuiszittersoverzicht van het jaarverslag hoeveel kinderen op de "
    .. "peildatum langer dan drie maanden thuiszaten zonder aanbod van onderwijs of zorg. "
    .. "Elk zo'n kind is een signaal: het Thuiszitterspact wil dat geen kind zo lang thuiszit.",
  params = { "zorgplicht.thuiszitters.maximum-maanden" },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },
  getallen = { "thuiszitters_per_1000" },
  kengetal = {
    id = "thuiszitters-per-1000", titel = "Thuiszitters per 1.000 leerlingen",
    waarde = "thuiszitters_per_1000", reden = "thuiszitters_per_1000_reden",
  },

  check = function(doc, ctx)
    local maanden = ctx:param("zorgplicht.thuiszitters.maximum-maanden")
    local aantal = doc:integer(AANTAL)
    if aantal == nil then
      return uitkomst.ontbreekt(ctx, "Thuiszitters zonder aanbod (ZP-1)", { AANTAL })
    end
    if aantal < 0 then
      return ctx:niet_te_beoordelen{
        message = ("Thuiszitters zonder aanbod (ZP-1) niet te beoordelen: ongeldig aantal %d.")
          :format(aantal),
        values = { aantal = aantal },
      }
    end
    local peildatum = doc:date(PEILDATUM) or doc.peildatum
    local values = { aantal = aantal, peildatum = peildatum, maximum_maanden = maanden }
    per_1000(doc, values)

    if aantal > 0 then
      return ctx:signaal{
        message = ("Op %s %s volgens het jaarverslag %d %s langer dan %d maanden thuis "
          .. "zonder aanbod (ZP-1, Thuiszitterspact)."):format(peildatum,
            aantal == 1 and "zat" or "zaten", aantal, aantal == 1 and "kind" or "kinderen", maanden),
        values = values,
      }
    end
    return ctx:voldoet{
      message = ("Op %s zat volgens het jaarverslag geen kind langer dan %d maanden thuis "
        .. "zonder aanbod (ZP-1, Thuiszitterspact)."):format(peildatum, maanden),
      values = values,
    }
  end,
}
