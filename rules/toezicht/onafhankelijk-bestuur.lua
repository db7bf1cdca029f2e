-- TZ-3: the SWV's daily management is independent of the participating boards: no member of
-- the SWV's bestuur (e.g. the directeur-bestuurder) belongs to a participating board.
local toezicht = require("lib.toezicht")
local uitkomst = require("lib.uitkomst")

local WAT = "Onafhankelijk bestuur van het samenwerkingsverband (TZ-3)"

return {
  id = "toezicht.onafhankelijk-bestuur",
  norm_id = "TZ-3",
  title = "Bestuur onafhankelijk van de deelnemende schoolbesturen",
  family = "toezicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Onafhankelijke dagelijkse leiding (verbeterpunt 21)",
    source = "Kamerbrief Verbeteraanpak passend onderwijs, 4 november 2020, punt 21",
    in_force_from = "2020-11-04",
    legal_force = "signaal: beleidsverwachting (verbeterpunt 21), geen wettelijke eis.",
  },
  description = "Gaat na of een lid van het bestuur van het samenwerkingsverband (bijvoorbeeld "
    .. "de directeur-bestuurder) bij een deelnemend schoolbestuur hoort: een bevoegdGezag dat ook "
    .. "in deelnemendeBesturen staat. Verbeterpunt 21 vraagt een onafhankelijke dagelijkse "
    .. "leiding; is dat niet zo, dan is dat een signaal. Een leeg bevoegdGezag betekent: geen "
    .. "schoolbestuur; een ontbrekend attribuut is niet te beoordelen.",
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local leden, m1 = toezicht.bestuur_leden(doc)
    local besturen, m2 = toezicht.participating(doc)
    if not leden or not besturen then
      local missing = m1 or {}
      for _, path in ipairs(m2 or {}) do missing[#missing + 1] = path end
      return uitkomst.ontbreekt(ctx, WAT, missing)
    end

    local gebonden, bewijs, onbekend = {}, {}, {}
    for _, lid in ipairs(leden) do
      local wie = lid.naam or ("bestuurslid zonder naam op regel " .. tostring(lid.line))
      if lid.bevoegd_gezag and besturen[lid.bevoegd_gezag] then
        gebonden[#gebonden + 1] = ("%s (%sbevoegd gezag %s)")
          :format(wie, lid.functie and (lid.functie .. ", ") or "", lid.bevoegd_gezag)
        bewijs[#bewijs + 1] = lid.path .. "/@bevoegdGezag"
      elseif not lid.bg_vermeld then
        onbekend[#onbekend + 1] = wie
      end
    end
    local values = { bestuursleden = #leden, verbonden = #gebonden }

    if #gebonden > 0 then
      return ctx:signaal{
        message = ("%s %s bij een deelnemend schoolbestuur; verbeterpunt 21 vraagt een "
          .. "dagelijkse leiding die onafhankelijk is van de deelnemende besturen (TZ-3).")
          :format(uitkomst.opsomming(gebonden), #gebonden == 1 and "hoort" or "horen"),
        values = values,
        evidence = bewijs,
      }
    end
    if #onbekend > 0 then
      return uitkomst.ontbreekt(ctx, WAT, { toezicht.BESTUUR_LEDEN .. "/@bevoegdGezag" },
        { values = values })
    end
    return ctx:voldoet{
      message = (#leden == 1
        and "Het bestuurslid van het samenwerkingsverband hoort niet bij een deelnemend schoolbestuur (TZ-3)."
        or ("Geen van de %d bestuursleden van het samenwerkingsverband hoort bij een deelnemend "
          .. "schoolbestuur (TZ-3)."):format(#leden)),
      values = values,
    }
  end,
}
