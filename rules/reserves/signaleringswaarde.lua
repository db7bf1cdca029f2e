-- RS-1: publiek eigen vermogen strictly above max(percentage × totale baten, minimum).
local geld = require("lib.geld")
local reserves = require("lib.reserves")
local uitkomst = require("lib.uitkomst")

return {
  id = "reserves.signaleringswaarde",
  norm_id = "RS-1",
  title = "Eigen vermogen boven de signaleringswaarde",
  family = "reserves",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Signaleringswaarde bovenmatig eigen vermogen SWV",
    source = "Kamerbrief 29 juni 2020, Kamerstuk 35 300 VIII nr. 207; verbeterpunt 23 "
      .. "(toepassing vanaf verslagjaar 2019: secondhand)",
    in_force_from = "2019-01-01",
    legal_force = "signaal: signaleringswaarde (Kamerbrief 29 juni 2020), geen wettelijke norm.",
  },
  description = "Vergelijkt het publieke eigen vermogen (totaal eigen vermogen min private "
    .. "bestemmingsreserves) met de signaleringswaarde: een percentage van de totale baten "
    .. "(baten plus financiële baten), met een minimumbedrag. Ligt het erboven, dan is het "
    .. "eigen vermogen mogelijk bovenmatig: een signaal.",
  params = { "reserves.signaleringswaarde.percentage", "reserves.signaleringswaarde.minimum" },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },
  getallen = { "ratio" }, -- not amounts (the Excel workbook shows the rest in euros)
  -- the position in the sector (--reference): publiek eigen vermogen / signaleringswaarde
  kengetal = { id = "reserve-ratio", titel = "Reserveratio (publiek eigen vermogen / signaleringswaarde)", waarde = "ratio" },

  check = function(doc, ctx)
    local r, missing = reserves.vergelijk(doc, ctx)
    if not r then return uitkomst.ontbreekt(ctx, "Signaleringswaarde eigen vermogen (RS-1)", missing) end

    if r.boven then
      return ctx:signaal{
        message = ("Publiek eigen vermogen %s ligt %s boven de signaleringswaarde %s %s. %s%s")
          :format(geld.fmt(r.publiek), geld.fmt(r.publiek - r.waarde), geld.fmt(r.waarde), r.grondslag,
            r.voldoet_bij, r.noot),
        values = r.values,
      }
    end
    return ctx:voldoet{
      message = ("Publiek eigen vermogen %s ligt niet boven de signaleringswaarde %s %s: %s.%s")
        :format(geld.fmt(r.publiek), geld.fmt(r.waarde), r.grondslag, r.afstand, r.noot),
      values = r.values,
    }
  end,
}
