-- FN-2: liquiditeit (current ratio) = vlottende activa / kortlopende schulden, below the
-- signaleringswaarde of the SWV's size class is a signal. The classes and their values are
-- dated parameters: one value for every size up to 2020, classes by baten from 2021 and a
-- class above € 25 mln from 2022.
local geld = require("lib.geld")
local kengetal = require("lib.kengetal")
local afstand = require("lib.afstand")
local uitkomst = require("lib.uitkomst")

local BATEN = "financien/baten/totaal"
local SCHULDEN = "financien/balans/kortlopendeSchulden"
local WAT = "Liquiditeit (FN-2)"
local GRENZEN = {
  "financien.liquiditeit.klassegrens-1",
  "financien.liquiditeit.klassegrens-2",
  "financien.liquiditeit.klassegrens-3",
}
local WAARDEN = {
  "financien.liquiditeit.signaleringswaarde-1",
  "financien.liquiditeit.signaleringswaarde-2",
  "financien.liquiditeit.signaleringswaarde-3",
  "financien.liquiditeit.signaleringswaarde-4",
}

return {
  id = "financien.liquiditeit",
  norm_id = "FN-2",
  title = "Liquiditeit (current ratio) onder de signaleringswaarde",
  family = "financien",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Signaleringswaarde liquiditeit (current ratio), naar grootte van het samenwerkingsverband",
    source = "Inspectie van het Onderwijs, signaleringswaarden financiële continuïteit "
      .. "(definitie geverifieerd, waarden secondhand); groottesklassen vanaf 2021, klasse boven "
      .. "€ 25 mln vanaf 2022",
    in_force_from = "2016-01-01",
    legal_force = "signaal: signaleringswaarde van de Inspectie, geen harde norm.",
  },
  description = "Berekent de liquiditeit (current ratio): vlottende activa (vorderingen + liquide "
    .. "middelen) / kortlopende schulden. De signaleringswaarde hangt af van de grootte (baten, "
    .. "zonder financiële baten; een klassegrens hoort bij de lagere klasse): tot en met 2020 één "
    .. "waarde voor elke grootte, vanaf 2021 per klasse. Ligt de liquiditeit onder de waarde van "
    .. "de klasse, dan is dat een signaal; precies erop is geen signaal. Zijn de kortlopende "
    .. "schulden nul, dan is het niet te beoordelen.",
  params = {
    "financien.liquiditeit.klassegrens-1",
    "financien.liquiditeit.klassegrens-2",
    "financien.liquiditeit.klassegrens-3",
    "financien.liquiditeit.signaleringswaarde-1",
    "financien.liquiditeit.signaleringswaarde-2",
    "financien.liquiditeit.signaleringswaarde-3",
    "financien.liquiditeit.signaleringswaarde-4",
  },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },
  getallen = { "liquiditeit", "signaleringswaarde" },
  kengetal = { id = "liquiditeit", titel = "Liquiditeit (current ratio)", waarde = "liquiditeit" },

  check = function(doc, ctx)
    -- whether the norm applies on the peildatum is the host's (norm.in_force_from): here the
    -- first class must have a value, else niet te beoordelen naming the parameter
    ctx:param(WAARDEN[1])
    local b = kengetal.bedragen(doc, ctx, WAT, {
      { "vorderingen", "financien/balans/vorderingen" },
      { "liquide_middelen", "financien/balans/liquideMiddelen" },
      { "schulden", SCHULDEN },
    })
    if not b then return end

    local baten
    local klasse, onder, boven = kengetal.klasse(ctx, GRENZEN, function()
      baten = doc:amount(BATEN)
      return baten
    end)
    if not klasse then
      return uitkomst.ontbreekt(ctx, WAT .. " (de grootteklasse hangt af van de baten)", { BATEN })
    end
    if kengetal.noemer_ongeldig(ctx, WAT, SCHULDEN, b.schulden) then return end
    local drempel = ctx:param(WAARDEN[klasse])

    local vlottend = b.vorderingen + b.liquide_middelen
    local ratio = kengetal.ratio(vlottend, b.schulden)
    local values = {
      vlottende_activa = geld.str(vlottend),
      kortlopende_schulden = geld.str(b.schulden),
      liquiditeit = ratio,
      signaleringswaarde = drempel,
      klasse = klasse,
    }
    if baten then values.baten = geld.str(baten) end
    local berekening = ("(vlottende activa %s / kortlopende schulden %s)")
      :format(geld.fmt(vlottend), geld.fmt(b.schulden))
    local grootte = ("signaleringswaarde %s voor %s"):format(kengetal.nl(drempel), kengetal.klasse_tekst(onder, boven))
    if baten then grootte = grootte .. (", baten %s"):format(geld.fmt(baten)) end
    -- distance to the norm in money: the vlottende activa against the least amount that
    -- reaches the signaleringswaarde with the same kortlopende schulden
    local minimum = kengetal.minimale_teller(b.schulden, drempel)
    afstand.waarden(values, vlottend, minimum, vlottend < minimum)
    if kengetal.vergelijk(vlottend, b.schulden, drempel) < 0 then
      return ctx:signaal{
        message = ("Liquiditeit is %s %s en ligt onder de %s (FN-2). Liquiditeit voldoet vanaf %s "
          .. "meer vlottende activa (ten minste %s bij dezelfde kortlopende schulden).")
          :format(kengetal.nl(ratio), berekening, grootte, geld.fmt(minimum - vlottend), geld.fmt(minimum)),
        values = values,
      }
    end
    return ctx:voldoet{
      message = ("Liquiditeit is %s %s en ligt niet onder de %s (FN-2): de vlottende activa liggen %s.")
        :format(kengetal.nl(ratio), berekening, grootte,
          afstand.tekst(vlottend, minimum, ("het minimum %s dat de signaleringswaarde vraagt"):format(geld.fmt(minimum)))),
      values = values,
    }
  end,
}
