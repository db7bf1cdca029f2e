-- TZ-1: intern toezicht has at least one independent member with a vote.
local toezicht = require("lib.toezicht")
local uitkomst = require("lib.uitkomst")

local WET = "toezicht.onafhankelijk-lid.wet-in-werking"

-- Why a member does not count as an independent voter; nil when he does.
local function bezwaar(lid)
  if lid.is_linked then
    return "nevenfunctie bij deelnemend bestuur " .. uitkomst.opsomming(lid.linked_to)
  elseif lid.is_bestuur_member then
    return "lid van het bestuur van het samenwerkingsverband"
  elseif lid.is_independent == nil then
    return "naam ontbreekt, lidmaatschap van het bestuur niet na te gaan"
  elseif lid.is_voting == false then
    return "onafhankelijk, maar niet stemhebbend"
  elseif lid.is_voting == nil then
    return "onafhankelijk, maar niet vermeld of het lid stemhebbend is"
  end
  return nil
end

return {
  id = "toezicht.onafhankelijk-lid",
  norm_id = "TZ-1",
  title = "Onafhankelijk stemhebbend lid in het intern toezicht",
  family = "toezicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Minstens één onafhankelijk, stemhebbend lid van het intern toezicht",
    source = "Sectorafspraak PO-Raad/VO-raad (secondhand); Kamerbrief Verbeteraanpak passend "
      .. "onderwijs, 4 november 2020, punt 21; motie Van den Hul (november 2020)",
    in_force_from = "2020-11-04",
    legal_force = "signaal zolang de eis een sectorafspraak is (verbeterpunt 21, motie Van den "
      .. "Hul); overtreding vanaf de datum waarop de wet in werking treedt (parameter "
      .. "toezicht.onafhankelijk-lid.wet-in-werking, nog zonder waarde: nog geen wet).",
  },
  description = "Gaat na of het intern toezicht minstens één stemhebbend lid heeft dat "
    .. "onafhankelijk is: zonder functie bij een deelnemend schoolbestuur en geen lid van het "
    .. "bestuur van het samenwerkingsverband. Zolang dit een afspraak is, is het ontbreken "
    .. "ervan een signaal; vanaf de inwerkingtreding van een wet een overtreding.",
  params = { WET },
  outcomes = { "voldoet", "signaal", "overtreding", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local leden, missing = toezicht.beoordeel(doc)
    if not leden then
      return uitkomst.ontbreekt(ctx, "Onafhankelijk lid intern toezicht (TZ-1)", missing)
    end

    local onafhankelijk, twijfel, bezwaren = {}, false, {}
    for _, lid in ipairs(leden) do
      local reden = bezwaar(lid)
      if reden == nil then
        onafhankelijk[#onafhankelijk + 1] = toezicht.label(lid)
      else
        bezwaren[#bezwaren + 1] = ("%s (%s)"):format(toezicht.label(lid), reden)
        -- a member who is not shown to be dependent or non-voting might still count
        twijfel = twijfel or (lid.is_independent ~= false and lid.is_voting ~= false)
      end
    end
    local values = { leden = #leden, onafhankelijk_stemhebbend = #onafhankelijk }

    if #onafhankelijk > 0 then
      local wie = #onafhankelijk == 1 and "een onafhankelijk stemhebbend lid"
        or ("%d onafhankelijke stemhebbende leden"):format(#onafhankelijk)
      return ctx:voldoet{
        message = ("Het intern toezicht heeft %s: %s (TZ-1).")
          :format(wie, uitkomst.opsomming(onafhankelijk)),
        values = values,
      }
    end
    local lijst = uitkomst.opsomming(bezwaren)
    if twijfel then
      return ctx:niet_te_beoordelen{
        message = ("Niet vast te stellen of het intern toezicht een onafhankelijk stemhebbend "
          .. "lid heeft (TZ-1): %s."):format(lijst),
        values = values,
      }
    end

    -- overtreding only once a law is in force on the peildatum; no value means no law yet
    local wet = ctx:param_opt(WET)
    local message = ("Het intern toezicht heeft geen onafhankelijk stemhebbend lid (TZ-1): %s.")
      :format(lijst)
    if wet and wet <= doc.peildatum then
      values.wet_in_werking = wet
      return ctx:overtreding{
        message = message .. (" Wettelijk verplicht sinds %s."):format(wet),
        values = values,
      }
    end
    return ctx:signaal{ message = message, values = values }
  end,
}
