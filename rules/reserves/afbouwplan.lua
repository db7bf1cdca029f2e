-- RS-2: an SWV whose publiek eigen vermogen is above the signaleringswaarde (RS-1) has a plan
-- to spend the excess down, from verslagjaar 2021.
local geld = require("lib.geld")
local reserves = require("lib.reserves")
local uitkomst = require("lib.uitkomst")

local AFBOUWPLAN = "financien/reservebeleid/@afbouwplan"
local TERMIJN = "reserves.afbouwplan.uiterste-datum"
local WAT = "Afbouwplan bovenmatig eigen vermogen (RS-2)"

return {
  id = "reserves.afbouwplan",
  norm_id = "RS-2",
  title = "Afbouwplan bij eigen vermogen boven de signaleringswaarde",
  family = "reserves",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Plan om het bovenmatig eigen vermogen af te bouwen",
    source = "Kamerbrief 29 juni 2020, Kamerstuk 35 300 VIII nr. 207; verbeterpunt 23 "
      .. "(4 november 2020): afbouwplan uiterlijk eind januari 2021",
    in_force_from = "2021-01-01",
    legal_force = "overtreding: een samenwerkingsverband boven de signaleringswaarde moet een "
      .. "afbouwplan hebben (vanaf verslagjaar 2021; daarvoor geen bevinding). Onder of op de "
      .. "signaleringswaarde geldt de eis niet: geen bevinding.",
  },
  description = "Ligt het publieke eigen vermogen boven de signaleringswaarde (dezelfde "
    .. "berekening als RS-1), dan moet er een plan zijn om het overschot af te bouwen "
    .. "(reservebeleid/@afbouwplan). Zonder plan is dat vanaf verslagjaar 2021 een overtreding. "
    .. "Ligt het eigen vermogen niet boven de waarde, of gaat het om een eerder verslagjaar, dan "
    .. "geeft de regel geen bevinding.",
  params = {
    "reserves.afbouwplan.uiterste-datum",
    "reserves.signaleringswaarde.percentage",
    "reserves.signaleringswaarde.minimum",
  },
  outcomes = { "voldoet", "overtreding", "niet-te-beoordelen" },
  getallen = { "ratio" }, -- not amounts (the Excel workbook shows the rest in euros)

  check = function(doc, ctx)
    local termijn = ctx:param(TERMIJN)
    local r, missing = reserves.vergelijk(doc, ctx)
    if not r then return uitkomst.ontbreekt(ctx, WAT, missing) end
    if not r.boven then
      return ctx:niet_van_toepassing("publiek eigen vermogen niet boven de signaleringswaarde")
    end

    local boven = ("Publiek eigen vermogen %s ligt %s boven de signaleringswaarde %s %s")
      :format(geld.fmt(r.publiek), geld.fmt(r.publiek - r.waarde), geld.fmt(r.waarde), r.grondslag)
    local plan = doc:bool(AFBOUWPLAN)
    if plan == nil then
      return uitkomst.ontbreekt(ctx, WAT, { AFBOUWPLAN }, { values = r.values })
    end
    local values = {}
    for k, v in pairs(r.values) do values[k] = v end
    values.afbouwplan = plan
    values.uiterste_datum = termijn
    if plan then
      return ctx:voldoet{
        message = ("%s; er is een afbouwplan (RS-2).%s"):format(boven, r.noot),
        values = values,
      }
    end
    return ctx:overtreding{
      message = ("%s en er is geen afbouwplan (afbouwplan = nee); dat moest er uiterlijk %s "
        .. "zijn (RS-2). Voldoet met een afbouwplan, of bij een publiek eigen vermogen van ten "
        .. "hoogste %s.%s"):format(boven, termijn, geld.fmt(r.waarde), r.noot),
      values = values,
    }
  end,
}
