-- ZP-4: the share of vrijstellingen art. 5 onder a Leerplichtwet among the open cases of the
-- thuiszitters registration is high (above a threshold) or rising since the previous peildatum.
local decimaal = require("lib.decimaal")
local registratie = require("lib.registratie")
local thuiszitters = require("lib.thuiszitters")

local WAT = "Vrijstellingen 5a (ZP-4)"
local MAXIMUM = "zorgplicht.vrijstellingen-5a.maximum-aandeel"
local CATEGORIE = "vrijstelling-5a"

-- The open cases on `peildatum` and those among them with a vrijstelling 5a.
local function tel(zaken, peildatum)
  local open = thuiszitters.open_zaken(zaken, peildatum)
  local vijf_a = {}
  for _, zaak in ipairs(open) do
    if zaak.categorie == CATEGORIE then vijf_a[#vijf_a + 1] = zaak end
  end
  return vijf_a, #open
end

local function beschrijf(deel, geheel)
  return ("%d van %d open %s (%s)"):format(deel, geheel, geheel == 1 and "zaak" or "zaken",
    thuiszitters.procent(deel, geheel))
end

return {
  id = "zorgplicht.vrijstellingen-5a",
  norm_id = "ZP-4",
  title = "Hoog of stijgend aandeel vrijstellingen 5a",
  family = "zorgplicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag", "thuiszitters" },
  norm = {
    title = "Vrijstellingen art. 5 onder a Leerplichtwet: hoog of stijgend aandeel is een signaal",
    source = "Leerplichtwet 1969 art. 5 onder a; Kamerbrief 3 februari 2016, Kamerstuk 26 695 "
      .. "nr. 108; de grens voor 'hoog' is een keuze van swvcheck, geen wettelijke norm",
    in_force_from = "2016-08-01",
    legal_force = "signaal: een hoog of stijgend aandeel vrijstellingen is een risico, geen "
      .. "wettelijke grens.",
  },
  description = "Berekent in de thuiszittersregistratie, op de laatste peildatum van het jaar, welk "
    .. "deel van de open zaken (alle categorieën) een vrijstelling art. 5 onder a heeft (kind "
    .. "niet geschikt geacht voor onderwijs). Boven de grens (een keuze van swvcheck, zie de "
    .. "parameter) is dat een signaal; ook een hoger aandeel dan op de vorige peildatum in "
    .. "hetzelfde jaar is een signaal. Het aandeel wordt exact vergeleken (breuken, geen "
    .. "kommagetallen). Zonder registratie is de norm niet te beoordelen.",
  params = { MAXIMUM },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local zaken = thuiszitters.zaken(doc)
    if zaken == nil or #zaken == 0 then
      return registratie.ontbreekt(doc, ctx, WAT, thuiszitters.KIND)
    end
    local peildatum, vorige = thuiszitters.laatste_peildata(zaken)
    local maximum = ctx:param(MAXIMUM, peildatum)
    local vijf_a, open = tel(zaken, peildatum)
    local values = {
      peildatum = peildatum,
      open_zaken = open,
      vrijstellingen_5a = #vijf_a,
      maximum_aandeel = maximum,
    }
    if open == 0 then
      return ctx:voldoet{
        message = ("Op %s had de thuiszittersregistratie geen open zaken, dus geen vrijstellingen "
          .. "5a (ZP-4)."):format(peildatum),
        values = values,
      }
    end
    values.aandeel = thuiszitters.aandeel(#vijf_a, open)

    -- exact: #vijf_a / open > num / den  <=>  #vijf_a * den > num * open
    local num, den = decimaal.parse(maximum)
    local hoog = #vijf_a * den > num * open
    -- distance to the norm in cases: the most vrijstellingen 5a the grens allows among these open cases
    local toegestaan = (num * open) // den
    values.afstand = math.abs(#vijf_a - toegestaan)
    if hoog then values.voldoet_bij = toegestaan end
    local redenen = {}
    if hoog then
      redenen[#redenen + 1] = ("boven de grens van %s"):format(decimaal.percent(maximum))
    end

    local stijgend = false
    local vergelijking
    local onvergelijkbaar = ("geen eerdere peildatum in %d om mee te vergelijken"):format(doc.jaar)
    if vorige then
      local vijf_a_vorige, open_vorige = tel(zaken, vorige)
      values.vorige_peildatum = vorige
      values.vorige_open_zaken = open_vorige
      values.vorige_vrijstellingen_5a = #vijf_a_vorige
      if open_vorige > 0 then
        values.vorig_aandeel = thuiszitters.aandeel(#vijf_a_vorige, open_vorige)
        stijgend = #vijf_a * open_vorige > #vijf_a_vorige * open
        vergelijking = ("%s: %s"):format(vorige, beschrijf(#vijf_a_vorige, open_vorige))
        if stijgend then
          redenen[#redenen + 1] = "gestegen ten opzichte van " .. vergelijking
        end
      else
        onvergelijkbaar = ("op de vorige peildatum %s geen open zaken om mee te vergelijken"):format(vorige)
      end
    end
    values.hoog = hoog
    values.stijgend = stijgend

    local nu = ("Op %s had %s een vrijstelling 5a"):format(peildatum, beschrijf(#vijf_a, open))
    if #redenen > 0 then
      local grens = hoog and (" Binnen de grens bij ten hoogste %d van de %d open zaken."):format(toegestaan, open) or ""
      return ctx:signaal{
        message = ("%s: %s (ZP-4, art. 5 onder a Leerplichtwet).%s"):format(nu, table.concat(redenen, " en "), grens),
        values = values,
        evidence = thuiszitters.records(vijf_a),
      }
    end
    local toelichting = vergelijking and ("niet boven de grens van %s en niet gestegen ten opzichte van %s")
        :format(decimaal.percent(maximum), vergelijking)
      or ("niet boven de grens van %s; %s"):format(decimaal.percent(maximum), onvergelijkbaar)
    return ctx:voldoet{
      message = ("%s: %s (ZP-4); de grens staat er %d toe."):format(nu, toelichting, toegestaan),
      values = values,
    }
  end,
}
