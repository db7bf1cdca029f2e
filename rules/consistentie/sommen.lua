-- CO-1: the totals in the report equal the sum of their parts, within a tolerance.
local geld = require("lib.geld")
local uitkomst = require("lib.uitkomst")
local afstand = require("lib.afstand")

local F = "financien/"
local B = "financien/balans/"
local EV = "financien/balans/eigenVermogen/"

-- One entry per sum: the total and its parts (sign -1 subtracts; optional parts are lines
-- that RJ 660 leaves out when zero, so absent counts as 0).
local SOMMEN = {
  { subject = "eigen-vermogen", naam = "eigen vermogen", totaal = EV .. "totaal", delen = {
      { EV .. "algemeneReserve" },
      { EV .. "bestemmingsreservePubliek" },
      { EV .. "bestemmingsreservePrivaat", optional = true } } },
  { subject = "baten", naam = "baten", totaal = F .. "baten/totaal", delen = {
      { F .. "baten/rijksbijdragen" },
      { F .. "baten/overheidsbijdragen" },
      { F .. "baten/overigeBaten" } } },
  { subject = "lasten", naam = "lasten", totaal = F .. "lasten/totaal", delen = {
      { F .. "lasten/personeelslasten" },
      { F .. "lasten/afschrijvingen" },
      { F .. "lasten/huisvestingslasten" },
      { F .. "lasten/overigeLasten" },
      { F .. "lasten/doorbetalingenAanSchoolbesturen" } } },
  { subject = "resultaat", naam = "resultaat", totaal = F .. "resultaat", delen = {
      { F .. "baten/totaal" },
      { F .. "lasten/totaal", sign = -1 },
      { F .. "financieleBaten", optional = true },
      { F .. "financieleLasten", sign = -1, optional = true } } },
  { subject = "balans", naam = "balanstotaal passiva", totaal = B .. "totaalActiva", delen = {
      { EV .. "totaal" },
      { B .. "voorzieningen" },
      { B .. "langlopendeSchulden" },
      { B .. "kortlopendeSchulden" } } },
  { subject = "activa", naam = "balanstotaal activa", totaal = B .. "totaalActiva", delen = {
      { B .. "materieleVasteActiva" },
      { B .. "vorderingen" },
      { B .. "liquideMiddelen" } } },
}

-- Reads one sum: { totaal, opgeteld, paths } (paths: the values cited), or nil, the
-- missing paths and the paths of this sum that are present (to cite).
local function lees(doc, som)
  local totaal = doc:amount(som.totaal)
  local missing, paths = {}, {}
  if totaal == nil then missing[1] = som.totaal else paths[1] = som.totaal end
  local opgeteld = 0
  for _, deel in ipairs(som.delen) do
    local bedrag = doc:amount(deel[1])
    if bedrag ~= nil then
      paths[#paths + 1] = deel[1]
      opgeteld = opgeteld + (deel.sign or 1) * bedrag
    elseif not deel.optional then
      missing[#missing + 1] = deel[1]
    end
  end
  if #missing > 0 then return nil, missing, paths end
  return { totaal = totaal, opgeteld = opgeteld, paths = paths }
end

local function beoordeel(doc, ctx, som, tolerantie)
  local wat = ("Som %s (CO-1)"):format(som.naam)
  local gelezen, missing, aanwezig = lees(doc, som)
  if not gelezen then
    -- cite this sum's values, not everything read for the sums before it
    return uitkomst.ontbreekt(ctx, wat, missing,
      { subject = som.subject, evidence = #aanwezig > 0 and aanwezig or nil })
  end
  local totaal, opgeteld, paths = gelezen.totaal, gelezen.opgeteld, gelezen.paths
  local verschil = totaal - opgeteld
  local values = {
    totaal = geld.str(totaal),
    som_onderdelen = geld.str(opgeteld),
    verschil = geld.str(verschil),
    tolerantie = geld.str(tolerantie),
  }
  -- distance to the norm: the size of the difference against the tolerance; a flagged sum
  -- complies with a total within the tolerance of its parts (voldoet_bij: the nearest such total)
  local flagged = math.abs(verschil) > tolerantie
  afstand.waarden(values, math.abs(verschil), tolerantie, false)
  if flagged then
    values.voldoet_bij = geld.str(verschil > 0 and opgeteld + tolerantie or opgeteld - tolerantie)
    local bereik = tolerantie == 0 and geld.fmt(opgeteld)
      or ("%s tot en met %s"):format(geld.fmt(opgeteld - tolerantie), geld.fmt(opgeteld + tolerantie))
    return ctx:overtreding{
      subject = som.subject, values = values, evidence = paths,
      message = ("%s klopt niet: totaal %s, som van de onderdelen %s, verschil %s "
        .. "(meer dan %s); het jaarverslag is intern inconsistent. Voldoet bij een totaal van %s.")
        :format(wat, geld.fmt(totaal), geld.fmt(opgeteld), geld.fmt(verschil), geld.fmt(tolerantie), bereik),
    }
  end
  return ctx:voldoet{
    subject = som.subject, values = values, evidence = paths,
    message = ("%s klopt: totaal %s, som van de onderdelen %s (verschil %s, %s).")
      :format(wat, geld.fmt(totaal), geld.fmt(opgeteld), geld.fmt(verschil),
        afstand.tekst(math.abs(verschil), tolerantie, ("de tolerantie %s"):format(geld.fmt(tolerantie)))),
  }
end

return {
  id = "consistentie.sommen",
  norm_id = "CO-1",
  title = "Sommen in het jaarverslag kloppen",
  family = "consistentie",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Interne consistentie van de jaarrekening",
    source = "Regeling jaarverslaggeving onderwijs; RJ 660 "
      .. "(totalen gelijk aan de som van hun posten)",
    -- geen in_force_from: de sommen van een verslag moeten altijd kloppen (norms.md: "none")
    legal_force = "overtreding: de sommen in het verslag kloppen niet, dus het verslag is zo niet "
      .. "betrouwbaar.",
  },
  description = "Controleert of de totalen in het jaarverslag gelijk zijn aan de som van hun "
    .. "onderdelen: eigen vermogen, baten, lasten, resultaat (baten min lasten plus financiële "
    .. "baten min financiële lasten) en het balanstotaal aan beide kanten. Een verschil van meer "
    .. "dan de tolerantie is een overtreding: het verslag is dan niet betrouwbaar zoals het "
    .. "er ligt.",
  params = { "consistentie.sommen.tolerantie" },
  outcomes = { "voldoet", "overtreding", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local tolerantie = geld.parse(ctx:param("consistentie.sommen.tolerantie"))
    for _, som in ipairs(SOMMEN) do
      beoordeel(doc, ctx, som, tolerantie)
    end
  end,
}
