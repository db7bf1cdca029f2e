-- RS-1: publiek eigen vermogen strictly above max(percentage × totale baten, minimum).
local geld = require("lib.geld")
local decimaal = require("lib.decimaal")
local uitkomst = require("lib.uitkomst")

local BATEN = "financien/baten/totaal"
local FIN_BATEN = "financien/financieleBaten"
local EV = "financien/balans/eigenVermogen/totaal"
local PRIVAAT = "financien/balans/eigenVermogen/bestemmingsreservePrivaat"

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
  },
  description = "Vergelijkt het publieke eigen vermogen (totaal eigen vermogen min private "
    .. "bestemmingsreserves) met de signaleringswaarde: een percentage van de totale baten "
    .. "(baten plus financiële baten), met een minimumbedrag. Ligt het erboven, dan is het "
    .. "eigen vermogen mogelijk bovenmatig: een signaal.",
  params = { "reserves.signaleringswaarde.percentage", "reserves.signaleringswaarde.minimum" },

  check = function(doc, ctx)
    -- before the first dated value the norm does not exist yet: no finding at all
    local pct = ctx:param_opt("reserves.signaleringswaarde.percentage")
    if not pct then
      return ctx:niet_van_toepassing("geen signaleringswaarde van kracht op " .. doc.peildatum)
    end
    local minimum = geld.parse(ctx:param("reserves.signaleringswaarde.minimum"))

    local baten, ev = doc:amount(BATEN), doc:amount(EV)
    local missing = {}
    if not baten then missing[#missing + 1] = BATEN end
    if not ev then missing[#missing + 1] = EV end
    if #missing > 0 then
      return uitkomst.ontbreekt(ctx, "Signaleringswaarde eigen vermogen (RS-1)", missing)
    end

    -- financiële baten and private reserves are left out of a report when zero (RJ 660)
    local totale_baten = baten + (doc:amount(FIN_BATEN) or 0)
    local privaat = doc:amount(PRIVAAT)
    local publiek = ev - (privaat or 0)
    local waarde = geld.max(geld.fraction_of(totale_baten, pct), minimum)

    local values = {
      eigen_vermogen = geld.str(ev),
      publiek_eigen_vermogen = geld.str(publiek),
      totale_baten = geld.str(totale_baten),
      signaleringswaarde = geld.str(waarde),
      overschot = geld.str(publiek - waarde), -- negative when below: norms.md reports it always
      ratio = geld.ratio(publiek, waarde),
    }
    local grondslag = ("(RS-1: %s van de totale baten %s, minimaal %s)")
      :format(decimaal.percent(pct), geld.fmt(totale_baten), geld.fmt(minimum))
    local noot = privaat and ""
      or " Geen private bestemmingsreserve opgegeven: het totale eigen vermogen is gebruikt."

    if publiek > waarde then
      return ctx:signaal{
        message = ("Publiek eigen vermogen %s ligt %s boven de signaleringswaarde %s %s.%s")
          :format(geld.fmt(publiek), geld.fmt(publiek - waarde), geld.fmt(waarde), grondslag, noot),
        values = values,
      }
    end
    return ctx:voldoet{
      message = ("Publiek eigen vermogen %s ligt niet boven de signaleringswaarde %s %s.%s")
        :format(geld.fmt(publiek), geld.fmt(waarde), grondslag, noot),
      values = values,
    }
  end,
}
