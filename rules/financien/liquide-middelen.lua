-- FN-3: liquide middelen below the Inspectie's absolute signaleringswaarde is a signal.
local geld = require("lib.geld")
local uitkomst = require("lib.uitkomst")
local afstand = require("lib.afstand")

local MINIMUM = "financien.liquide-middelen.minimum"
local LIQUIDE = "financien/balans/liquideMiddelen"

return {
  id = "financien.liquide-middelen",
  norm_id = "FN-3",
  title = "Liquide middelen onder de signaleringswaarde",
  family = "financien",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Signaleringswaarde absolute liquide middelen",
    source = "Inspectie van het Onderwijs, signaleringswaarden financiële continuïteit (waarde "
      .. "secondhand)",
    in_force_from = "2021-01-01",
    legal_force = "signaal: signaleringswaarde van de Inspectie, geen harde norm.",
  },
  description = "Vergelijkt de liquide middelen met de signaleringswaarde (vanaf verslagjaar "
    .. "2021). Liggen ze eronder, dan is dat een signaal; precies erop is geen signaal.",
  params = { MINIMUM },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local minimum = geld.parse(ctx:param(MINIMUM))
    local liquide = doc:amount(LIQUIDE)
    if liquide == nil then
      return uitkomst.ontbreekt(ctx, "Liquide middelen (FN-3)", { LIQUIDE })
    end
    local values = {
      liquide_middelen = geld.str(liquide),
      signaleringswaarde = geld.str(minimum),
      verschil = geld.str(liquide - minimum),
    }
    afstand.waarden(values, liquide, minimum, liquide < minimum)
    if liquide < minimum then
      return ctx:signaal{
        message = ("Liquide middelen %s liggen %s onder de signaleringswaarde %s (FN-3). Voldoet vanaf "
          .. "%s meer liquide middelen.")
          :format(geld.fmt(liquide), geld.fmt(minimum - liquide), geld.fmt(minimum), geld.fmt(minimum - liquide)),
        values = values,
      }
    end
    return ctx:voldoet{
      message = ("Liquide middelen %s liggen niet onder de signaleringswaarde %s (FN-3): %s.")
        :format(geld.fmt(liquide), geld.fmt(minimum), afstand.tekst(liquide, minimum, "de signaleringswaarde")),
      values = values,
    }
  end,
}
