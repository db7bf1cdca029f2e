-- FN-1: solvabiliteit 2 = (eigen vermogen + voorzieningen) / totale passiva, below the
-- Inspectie's signaleringswaarde is a signal.
local geld = require("lib.geld")
local kengetal = require("lib.kengetal")
local afstand = require("lib.afstand")

local DREMPEL = "financien.solvabiliteit.signaleringswaarde"
local PASSIVA = "financien/balans/totaalActiva" -- totale passiva = balanstotaal
local WAT = "Solvabiliteit 2 (FN-1)"

return {
  id = "financien.solvabiliteit",
  norm_id = "FN-1",
  title = "Solvabiliteit 2 onder de signaleringswaarde",
  family = "financien",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Signaleringswaarde solvabiliteit 2",
    source = "Inspectie van het Onderwijs, signaleringswaarden financiële continuïteit "
      .. "(definitie geverifieerd, waarde secondhand)",
    in_force_from = "2016-01-01",
    legal_force = "signaal: signaleringswaarde van de Inspectie, geen harde norm.",
  },
  description = "Berekent solvabiliteit 2: (totaal eigen vermogen + voorzieningen) / totale "
    .. "passiva (het balanstotaal, totaalActiva). Ligt die onder de signaleringswaarde, dan is dat "
    .. "een signaal; precies erop is geen signaal. De vergelijking is exact, in hele centen. Is "
    .. "het balanstotaal nul, dan is het niet te beoordelen.",
  params = { DREMPEL },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },
  getallen = { "solvabiliteit", "signaleringswaarde" },
  kengetal = { id = "solvabiliteit", titel = "Solvabiliteit 2", waarde = "solvabiliteit" },

  check = function(doc, ctx)
    local drempel = ctx:param(DREMPEL)
    local b = kengetal.bedragen(doc, ctx, WAT, {
      { "eigen_vermogen", "financien/balans/eigenVermogen/totaal" },
      { "voorzieningen", "financien/balans/voorzieningen" },
      { "passiva", PASSIVA },
    })
    if not b then return end
    if kengetal.noemer_ongeldig(ctx, WAT, PASSIVA, b.passiva) then return end

    local teller = b.eigen_vermogen + b.voorzieningen
    local ratio = kengetal.ratio(teller, b.passiva)
    local values = {
      eigen_vermogen = geld.str(b.eigen_vermogen),
      voorzieningen = geld.str(b.voorzieningen),
      totale_passiva = geld.str(b.passiva),
      solvabiliteit = ratio,
      signaleringswaarde = drempel,
    }
    local berekening = ("(eigen vermogen %s + voorzieningen %s) / totale passiva %s")
      :format(geld.fmt(b.eigen_vermogen), geld.fmt(b.voorzieningen), geld.fmt(b.passiva))
    -- distance to the norm in money: eigen vermogen + voorzieningen against the least amount
    -- that reaches the signaleringswaarde with the same balance total
    local minimum = kengetal.minimale_teller(b.passiva, drempel)
    afstand.waarden(values, teller, minimum, teller < minimum)
    if kengetal.vergelijk(teller, b.passiva, drempel) < 0 then
      return ctx:signaal{
        message = ("Solvabiliteit 2 is %s %s en ligt onder de signaleringswaarde %s (FN-1). "
          .. "Solvabiliteit voldoet vanaf %s meer eigen vermogen en voorzieningen (samen ten minste "
          .. "%s bij dezelfde totale passiva).")
          :format(kengetal.nl(ratio), berekening, kengetal.nl(drempel), geld.fmt(minimum - teller),
            geld.fmt(minimum)),
        values = values,
      }
    end
    return ctx:voldoet{
      message = ("Solvabiliteit 2 is %s %s en ligt niet onder de signaleringswaarde %s (FN-1): "
        .. "eigen vermogen en voorzieningen liggen %s.")
        :format(kengetal.nl(ratio), berekening, kengetal.nl(drempel),
          afstand.tekst(teller, minimum, ("het minimum %s dat de signaleringswaarde vraagt"):format(geld.fmt(minimum)))),
      values = values,
    }
  end,
}
