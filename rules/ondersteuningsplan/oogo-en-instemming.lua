-- OP-2: before the ondersteuningsplan was adopted (vastgesteld), the SWV held the op
-- overeenstemming gericht overleg (OOGO) with the municipalities and the
-- ondersteuningsplanraad (OPR) consented.
local uitkomst = require("lib.uitkomst")

local VASTGESTELD = "ondersteuningsplan/@vastgesteld"
local WAT = "OOGO en instemming OPR voor het ondersteuningsplan (OP-2)"

-- The two steps that must come before adoption, with their law article.
local STAPPEN = {
  { path = "ondersteuningsplan/@oogo", value = "oogo", naam = "het op overeenstemming gericht "
      .. "overleg (OOGO) met de gemeenten", wet = { PO = "art. 18a lid 9 WPO", VO = "art. 17a lid 9 WVO" } },
  { path = "ondersteuningsplan/@instemmingOPR", value = "instemming_opr", naam = "de instemming "
      .. "van de ondersteuningsplanraad (OPR)", wet = { PO = "art. 14a WMS", VO = "art. 14a WMS" } },
}

local function wet(stap, sector)
  return stap.wet[sector] or (stap.wet.PO .. " / " .. stap.wet.VO)
end

return {
  id = "ondersteuningsplan.oogo-en-instemming",
  norm_id = "OP-2",
  title = "OOGO en instemming OPR voor vaststelling van het ondersteuningsplan",
  family = "ondersteuningsplan",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Op overeenstemming gericht overleg met de gemeenten en instemming van de OPR vóór "
      .. "vaststelling van het ondersteuningsplan",
    source = "Art. 18a lid 9 WPO / art. 17a lid 9 WVO (OOGO); art. 14a WMS (instemming OPR)",
    in_force_from = "2014-08-01",
    legal_force = "overtreding: wettelijke eis (WPO/WVO en WMS).",
  },
  description = "Gaat na of het jaarverslag de datum van het OOGO met de gemeenten en van de "
    .. "instemming van de ondersteuningsplanraad noemt, en of die niet na de vaststelling van het "
    .. "ondersteuningsplan liggen. Ontbreekt een van beide datums of ligt die na de vaststelling, "
    .. "dan is dat een overtreding (norms.md: 'missing, or dated after vastgesteld'). Op de dag "
    .. "van vaststelling zelf is niet erna. Zonder vaststellingsdatum is het niet te beoordelen.",
  outcomes = { "voldoet", "overtreding", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local vastgesteld = doc:date(VASTGESTELD)
    if not vastgesteld then return uitkomst.ontbreekt(ctx, WAT, { VASTGESTELD }) end

    local values = { vastgesteld = vastgesteld }
    local bezwaren, bewijs = {}, { VASTGESTELD }
    for _, stap in ipairs(STAPPEN) do
      local datum = doc:date(stap.path)
      values[stap.value] = datum or "ontbreekt"
      if not datum then
        bezwaren[#bezwaren + 1] = ("het jaarverslag noemt geen datum van %s (%s, %s)")
          :format(stap.naam, stap.path, wet(stap, doc.sector))
      elseif datum > vastgesteld then
        bezwaren[#bezwaren + 1] = ("%s was op %s, na de vaststelling (%s)")
          :format(stap.naam, datum, wet(stap, doc.sector))
        bewijs[#bewijs + 1] = stap.path
      else
        bewijs[#bewijs + 1] = stap.path
      end
    end
    if #bezwaren > 0 then
      return ctx:overtreding{
        message = ("Het ondersteuningsplan is vastgesteld op %s, maar %s (OP-2).")
          :format(vastgesteld, uitkomst.opsomming(bezwaren)),
        values = values,
        evidence = bewijs,
      }
    end
    return ctx:voldoet{
      message = ("Het OOGO met de gemeenten (%s) en de instemming van de OPR (%s) liggen niet na de "
        .. "vaststelling van het ondersteuningsplan op %s (OP-2).")
        :format(values.oogo, values.instemming_opr, vastgesteld),
      values = values,
      evidence = bewijs,
    }
  end,
}
