-- FN-4: the share of the baten the SWV spends on its own organisation, (lasten −
-- doorbetalingen aan schoolbesturen) / baten, above the signaleringswaarde is a signal.
local geld = require("lib.geld")
local decimaal = require("lib.decimaal")
local kengetal = require("lib.kengetal")
local afstand = require("lib.afstand")

local MAXIMUM = "financien.organisatiekosten.maximum"
local BATEN = "financien/baten/totaal"
local WAT = "Organisatiekosten (FN-4)"

return {
  id = "financien.organisatiekosten",
  norm_id = "FN-4",
  title = "Organisatiekosten boven de signaleringswaarde",
  family = "financien",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Slanke organisatie: deel van de baten voor de eigen organisatie",
    source = "Kamerbrief Verbeteraanpak passend onderwijs, 4 november 2020, punt 22 "
      .. "(samenwerkingsverbanden besteden 11-13% aan hun organisatie)",
    in_force_from = "2020-01-01",
    legal_force = "signaal: beleidsverwachting (verbeterpunt 22), geen wettelijke eis.",
  },
  description = "Berekent de organisatiekosten: (lasten - doorbetalingen aan schoolbesturen) / "
    .. "baten (zonder financiële baten). Liggen die boven de signaleringswaarde, dan is dat een "
    .. "signaal; precies erop is geen signaal. De vergelijking is exact, in hele centen. Zijn de "
    .. "baten nul, dan is het niet te beoordelen.",
  params = { MAXIMUM },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },
  getallen = { "percentage", "signaleringswaarde" },
  kengetal = { id = "organisatiekosten", titel = "Organisatiekosten (% van de baten)", waarde = "percentage" },

  check = function(doc, ctx)
    local maximum = ctx:param(MAXIMUM)
    local b = kengetal.bedragen(doc, ctx, WAT, {
      { "lasten", "financien/lasten/totaal" },
      { "doorbetalingen", "financien/lasten/doorbetalingenAanSchoolbesturen" },
      { "baten", BATEN },
    })
    if not b then return end
    if kengetal.noemer_ongeldig(ctx, WAT, BATEN, b.baten) then return end

    local kosten = b.lasten - b.doorbetalingen
    local procent = kengetal.procent(kosten, b.baten)
    local values = {
      lasten = geld.str(b.lasten),
      doorbetalingen = geld.str(b.doorbetalingen),
      organisatiekosten = geld.str(kosten),
      baten = geld.str(b.baten),
      percentage = procent,
      signaleringswaarde = maximum,
    }
    local berekening = ("(lasten %s - doorbetalingen aan schoolbesturen %s = %s, van baten %s)")
      :format(geld.fmt(b.lasten), geld.fmt(b.doorbetalingen), geld.fmt(kosten), geld.fmt(b.baten))
    -- distance to the norm in money: the organisatiekosten against the most the
    -- signaleringswaarde allows with the same baten
    local hoogste = kengetal.maximale_teller(b.baten, maximum)
    afstand.waarden(values, kosten, hoogste, kosten > hoogste)
    if kengetal.vergelijk(kosten, b.baten, maximum) > 0 then
      return ctx:signaal{
        message = ("Organisatiekosten zijn %s%% van de baten %s en liggen boven de signaleringswaarde %s (FN-4). "
          .. "Voldoet bij organisatiekosten van ten hoogste %s (%s minder bij dezelfde baten).")
          :format(kengetal.nl(procent), berekening, decimaal.percent(maximum), geld.fmt(hoogste),
            geld.fmt(kosten - hoogste)),
        values = values,
      }
    end
    return ctx:voldoet{
      message = ("Organisatiekosten zijn %s%% van de baten %s en liggen niet boven de signaleringswaarde %s (FN-4): %s.")
        :format(kengetal.nl(procent), berekening, decimaal.percent(maximum),
          afstand.tekst(kosten, hoogste, ("het maximum %s dat de signaleringswaarde toelaat"):format(geld.fmt(hoogste)))),
      values = values,
    }
  end,
}
