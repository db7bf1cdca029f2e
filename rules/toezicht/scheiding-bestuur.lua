-- TZ-2: bestuur and intern toezicht are separate: nobody sits in both (law), and the
-- separation is organic (policy).
local toezicht = require("lib.toezicht")
local uitkomst = require("lib.uitkomst")

local ORGANIEK = "governance/organiekeScheiding"
local WAT = "Scheiding bestuur en intern toezicht (TZ-2)"

-- The law article for the SWV's sector.
local function artikel(sector)
  if sector == "PO" then return "art. 17b WPO" end
  if sector == "VO" then return "art. 24e WVO" end
  return "art. 17b WPO / art. 24e WVO"
end

return {
  id = "toezicht.scheiding-bestuur",
  norm_id = "TZ-2",
  title = "Scheiding van bestuur en intern toezicht",
  family = "toezicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Scheiding van bestuur en intern toezicht",
    source = "Art. 17b WPO / art. 24e WVO (functionele of organieke scheiding); Kamerbrief "
      .. "Verbeteraanpak passend onderwijs, 4 november 2020, punt 21 (organieke scheiding)",
    in_force_from = "2014-08-01",
    legal_force = "overtreding: een lid van het intern toezicht dat ook in het bestuur zit (wet: "
      .. "art. 17b WPO / art. 24e WVO); signaal: alleen functioneel en niet organiek "
      .. "gescheiden (beleid: verbeterpunt 21).",
  },
  description = "Gaat na of bestuur en intern toezicht gescheiden zijn. Een lid van het intern "
    .. "toezicht dat ook lid is van het bestuur is in strijd met de wet (overtreding). Zijn zij "
    .. "alleen functioneel en niet organiek gescheiden, dan is dat een signaal: verbeterpunt 21 "
    .. "vraagt organieke scheiding.",
  outcomes = { "voldoet", "signaal", "overtreding", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local leden, m1 = toezicht.leden(doc)
    local namen, m2 = toezicht.bestuur_names(doc)
    if not leden or not namen then
      local missing = m1 or {}
      for _, path in ipairs(m2 or {}) do missing[#missing + 1] = path end
      return uitkomst.ontbreekt(ctx, WAT, missing)
    end

    local dubbel, bewijs, onbekend = {}, {}, false
    for _, lid in ipairs(leden) do
      local member, in_bestuur = toezicht.is_bestuur_member(lid, namen)
      if member then
        dubbel[#dubbel + 1] = lid.naam
        bewijs[#bewijs + 1] = lid.path .. "/@naam"
        bewijs[#bewijs + 1] = in_bestuur
      end
      onbekend = onbekend or member == nil
    end
    local organiek = doc:bool(ORGANIEK)
    local values = { leden_in_beide = #dubbel, organieke_scheiding = organiek }

    if #dubbel > 0 then
      if organiek == false then bewijs[#bewijs + 1] = ORGANIEK end
      values.namen = table.concat(dubbel, ", ")
      return ctx:overtreding{
        message = ("%s %s zowel lid van het intern toezicht als van het bestuur; bestuur en "
          .. "toezicht zijn niet gescheiden (TZ-2, %s).%s")
          :format(uitkomst.opsomming(dubbel), #dubbel == 1 and "is" or "zijn", artikel(doc.sector),
            organiek == false and " Ook is er geen organieke scheiding." or ""),
        values = values,
        evidence = bewijs,
      }
    end
    if onbekend then
      return uitkomst.ontbreekt(ctx, WAT, { toezicht.TOEZICHT_LEDEN .. "/@naam" })
    end
    if organiek == nil then
      return uitkomst.ontbreekt(ctx, WAT, { ORGANIEK })
    end
    if not organiek then
      return ctx:signaal{
        message = "Bestuur en intern toezicht zijn niet organiek gescheiden (organiekeScheiding = "
          .. "nee); verbeterpunt 21 vraagt organieke scheiding (TZ-2). Geen lid zit in beide.",
        values = values,
        evidence = { ORGANIEK },
      }
    end
    return ctx:voldoet{
      message = "Bestuur en intern toezicht zijn organiek gescheiden en geen lid van het intern "
        .. "toezicht zit in het bestuur (TZ-2).",
      values = values,
    }
  end,
}
