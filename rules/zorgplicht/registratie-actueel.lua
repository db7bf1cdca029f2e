-- ZP-2: the thuiszitters registration is kept and current: its latest peildatum is at most two
-- calendar months before the reference date.
local registratie = require("lib.registratie")
local thuiszitters = require("lib.thuiszitters")

local WAT = "Actuele thuiszittersregistratie (ZP-2)"

-- The earliest peildatum that is still actueel on `referentie`: add_months(d, maanden) is on or
-- after it. Stepped by days around the month arithmetic, since month ends do not invert
-- (30 April minus two months plus two months is 28 April).
local function vroegste_peildatum(referentie, maanden)
  local d = dates.add_months(referentie, -maanden)
  while dates.add_months(d, maanden) < referentie do d = dates.add_days(d, 1) end
  while dates.add_months(dates.add_days(d, -1), maanden) >= referentie do d = dates.add_days(d, -1) end
  return d
end
local MAANDEN = "zorgplicht.registratie.maximum-ouderdom-maanden"

return {
  id = "zorgplicht.registratie-actueel",
  norm_id = "ZP-2",
  title = "Thuiszittersregistratie bijgehouden en actueel",
  family = "zorgplicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag", "thuiszitters" },
  norm = {
    title = "Thuiszittersregistratie bijgehouden en elke twee maanden aangeleverd",
    source = "Kamerbrief 3 februari 2016, Kamerstuk 26 695 nr. 108 (de Inspectie vraagt de "
      .. "registratie sinds november 2015 elke twee maanden op)",
    in_force_from = "2016-08-01",
    legal_force = "overtreding: de Inspectie vraagt de thuiszittersregistratie elke twee maanden "
      .. "op; een verouderde registratie voldoet daar niet aan.",
  },
  description = "Vergelijkt de laatste peildatum van de thuiszittersregistratie van het jaar met "
    .. "een referentiedatum: de controledatum, of het einde van het jaar als dat eerder is. Een "
    .. "registratie over een afgesloten jaar wordt zo beoordeeld op wat er aan het eind van dat "
    .. "jaar had moeten zijn, en niet afgekeurd omdat het jaar voorbij is; een registratie over "
    .. "het lopende jaar op de dag van de controle. Ligt de peildatum meer dan twee "
    .. "kalendermaanden voor de referentiedatum (peildatum plus twee maanden valt voor de "
    .. "referentiedatum), dan is dat een overtreding. Zonder registratie is de norm niet te "
    .. "beoordelen.",
  params = { MAANDEN },
  outcomes = { "voldoet", "overtreding", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local zaken = thuiszitters.zaken(doc)
    if zaken == nil or #zaken == 0 then
      return registratie.ontbreekt(doc, ctx, WAT, thuiszitters.KIND)
    end
    local laatste = thuiszitters.laatste_peildata(zaken)
    local referentie, welke = doc.peildatum, "het einde van " .. doc.jaar
    if ctx.check_date < referentie then
      referentie, welke = ctx.check_date, "de controledatum"
    end
    local maanden = ctx:param(MAANDEN, referentie)

    -- cite the first line of the latest peildatum: where the registration shows its date
    local evidence = { thuiszitters.op(zaken, laatste)[1].record }
    local values = {
      laatste_peildatum = laatste,
      referentiedatum = referentie,
      ouderdom_dagen = dates.days_between(laatste, referentie),
      maximum_maanden = maanden,
    }
    local uiterlijk = dates.add_months(laatste, maanden)
    -- distance to the norm in days: the latest peildatum against the earliest that is actueel
    local vroegste = vroegste_peildatum(referentie, maanden)
    values.afstand_dagen = math.abs(dates.days_between(vroegste, laatste))
    if referentie > uiterlijk then
      values.voldoet_bij = vroegste
      return ctx:overtreding{
        message = ("De laatste thuiszittersregistratie van %s over %d heeft peildatum %s: meer "
          .. "dan %d maanden voor %s (%s), %d dagen eerder; de registratie is niet actueel (ZP-2). "
          .. "Voldoet met een registratie met peildatum op of na %s (%d %s later)."):format(
            doc.swv, doc.jaar, laatste, maanden, referentie, welke, values.ouderdom_dagen, vroegste,
            values.afstand_dagen, values.afstand_dagen == 1 and "dag" or "dagen"),
        values = values,
        evidence = evidence,
      }
    end
    return ctx:voldoet{
      message = ("De laatste thuiszittersregistratie van %s over %d heeft peildatum %s: niet meer "
        .. "dan %d maanden voor %s (%s) (ZP-2); een peildatum vanaf %s was nog actueel geweest (%d %s ruimte)."):format(
          doc.swv, doc.jaar, laatste, maanden, referentie, welke, vroegste, values.afstand_dagen,
          values.afstand_dagen == 1 and "dag" or "dagen"),
      values = values,
      evidence = evidence,
    }
  end,
}
