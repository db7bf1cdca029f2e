-- OP-2: before each ondersteuningsplan listed was adopted (vastgesteld), the SWV held the op
-- overeenstemming gericht overleg (OOGO) with the municipalities and the
-- ondersteuningsplanraad (OPR) consented. A stated date after adoption is an overtreding; an
-- absent date is missing data (niet te beoordelen, naming it), never a breach.
local uitkomst = require("lib.uitkomst")

local PLAN = "ondersteuningsplan"
local WAT = "OOGO en instemming OPR voor het ondersteuningsplan (OP-2)"

-- The two steps that must come before adoption, with their law article.
local STAPPEN = {
  { attr = "@oogo", value = "oogo", naam = "het op overeenstemming gericht "
      .. "overleg (OOGO) met de gemeenten", wet = { PO = "art. 18a lid 9 WPO", VO = "art. 17a lid 9 WVO" } },
  { attr = "@instemmingOPR", value = "instemming_opr", naam = "de instemming "
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
  description = "Gaat voor elk ondersteuningsplan in het jaarverslag na of het OOGO met de "
    .. "gemeenten en de instemming van de ondersteuningsplanraad niet na de vaststelling van dat "
    .. "plan liggen. Een datum na de vaststelling is een overtreding; op de dag van vaststelling "
    .. "zelf is niet erna. Ontbreekt een datum (ook die van de vaststelling), dan is dat plan op "
    .. "dat punt niet te beoordelen en noemt de bevinding wat ontbreekt: een ontbrekende datum is "
    .. "nooit een overtreding. Eén bevinding per verslag, de ernstigste uitkomst over alle plannen.",
  outcomes = { "voldoet", "overtreding", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local knopen = doc:nodes(PLAN)
    if #knopen == 0 then return uitkomst.ontbreekt(ctx, WAT, { PLAN .. "/@vastgesteld" }) end

    local een = #knopen == 1
    local values, bezwaren, missing, bewijs, goed = { plannen = #knopen }, {}, {}, {}, {}
    for i, knoop in ipairs(knopen) do
      local pad = een and PLAN or ("%s[%d]"):format(PLAN, i)
      local sleutel = een and "" or ("_" .. i)
      local vanaf, tot = knoop:date("@vanaf"), knoop:date("@totEnMet")
      local welk = een and "het ondersteuningsplan"
        or (vanaf and tot) and ("het plan van %s tot en met %s"):format(vanaf, tot)
        or ("plan %d"):format(i)
      local vastgesteld = knoop:date("@vastgesteld")
      values["vastgesteld" .. sleutel] = vastgesteld or "ontbreekt"
      if not vastgesteld then
        missing[#missing + 1] = pad .. "/@vastgesteld"
      else
        bewijs[#bewijs + 1] = pad .. "/@vastgesteld"
      end
      local na = {}
      for _, stap in ipairs(STAPPEN) do
        local datum = knoop:date(stap.attr)
        values[stap.value .. sleutel] = datum or "ontbreekt"
        if not datum then
          missing[#missing + 1] = pad .. "/" .. stap.attr
        elseif vastgesteld then
          bewijs[#bewijs + 1] = pad .. "/" .. stap.attr
          if datum > vastgesteld then
            na[#na + 1] = ("%s was op %s, na de vaststelling (%s)"):format(stap.naam, datum, wet(stap, doc.sector))
          end
        end
      end
      if #na > 0 then
        bezwaren[#bezwaren + 1] = ("%s is vastgesteld op %s, maar %s"):format(welk, vastgesteld, uitkomst.opsomming(na))
      end
      if vastgesteld and values["oogo" .. sleutel] ~= "ontbreekt" and values["instemming_opr" .. sleutel] ~= "ontbreekt" then
        goed[#goed + 1] = ("%s (vastgesteld op %s; OOGO %s, instemming OPR %s)")
          :format(welk, vastgesteld, values["oogo" .. sleutel], values["instemming_opr" .. sleutel])
      end
    end

    local ontbreekt = #missing > 0 and ("; niet te beoordelen, ontbreekt in het jaarverslag: %s")
      :format(table.concat(missing, ", ")) or ""
    if #bezwaren > 0 then
      if #missing > 0 then values.ontbreekt = table.concat(missing, ", ") end
      return ctx:overtreding{
        message = ("%s (OP-2)%s."):format((table.concat(bezwaren, "; "):gsub("^%l", string.upper)), ontbreekt),
        values = values,
        evidence = bewijs,
      }
    end
    if #missing > 0 then return uitkomst.ontbreekt(ctx, WAT, missing, { values = values }) end
    return ctx:voldoet{
      message = ("Het OOGO met de gemeenten en de instemming van de OPR liggen niet na de vaststelling "
        .. "van %s (OP-2)."):format(uitkomst.opsomming(goed)),
      values = values,
      evidence = bewijs,
    }
  end,
}
