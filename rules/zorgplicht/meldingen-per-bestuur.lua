-- ZP-5: several open zorgplicht signals against one participating board in one year.
local meldingen_lib = require("lib.meldingen")

local WAT = "Open zorgplichtmeldingen per bestuur (ZP-5)"

return {
  id = "zorgplicht.meldingen-per-bestuur",
  norm_id = "ZP-5",
  title = "Herhaalde open zorgplichtmeldingen tegen één bestuur",
  family = "zorgplicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag", "meldingen" },
  norm = {
    title = "Zorgplicht van de schoolbesturen: meerdere open meldingen tegen één bestuur in een jaar",
    source = "WPO art. 40 lid 4-7, WVO art. 27 (zorgplicht, Wet passend onderwijs); de drempel "
      .. "voor 'meerdere' is een keuze van swvcheck",
    in_force_from = "2014-08-01",
    legal_force = "signaal: meerdere open zorgplichtmeldingen tegen één bestuur zijn een risico; de "
      .. "zorgplicht zelf staat in art. 40 WPO / art. 27 WVO.",
  },
  description = "Telt per deelnemend bestuur (deelnemendeBesturen in het jaarverslag) de "
    .. "zorgplichtmeldingen van het jaar met status 'open'. Vanaf de drempel (een keuze van "
    .. "swvcheck, zie de parameter) is dat een signaal per bestuur, met het bestuursnummer als "
    .. "onderwerp. Meldingen over een bestuur dat niet deelneemt tellen hier niet: die meldt "
    .. "zorgplicht.meldingen-onbekend-bestuur. Zonder jaarverslag of zonder meldingen is de "
    .. "norm niet te beoordelen.",
  params = { meldingen_lib.DREMPEL },
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local meldingen, besturen = meldingen_lib.lees(doc, ctx, WAT)
    if not meldingen then return end
    local drempel = ctx:param(meldingen_lib.DREMPEL)
    local groepen = meldingen_lib.per_bestuur(meldingen, function(m)
      return m.status == "open" and besturen[m.bevoegd_gezag] == true
    end)

    local open_totaal, hoogste, hoogste_bestuur, gemeld = 0, 0, nil, false
    for _, groep in ipairs(groepen) do
      local n = #groep.meldingen
      open_totaal = open_totaal + n
      if n > hoogste then hoogste, hoogste_bestuur = n, groep.bevoegd_gezag end
      if n >= drempel then
        gemeld = true
        -- distance to the norm in meldingen: below the drempel is fine, so at most drempel - 1
        ctx:signaal{
          message = ("Tegen bestuur %s stonden in %d %d open zorgplichtmeldingen (drempel %d): %s (ZP-5). "
            .. "Onder de drempel bij ten hoogste %d open %s; dit zijn er %d meer."):format(
            groep.bevoegd_gezag, doc.jaar, n, drempel, meldingen_lib.soorten(groep.meldingen), drempel - 1,
            drempel - 1 == 1 and "melding" or "meldingen", n - (drempel - 1)),
          values = { bevoegd_gezag = groep.bevoegd_gezag, jaar = doc.jaar, open_meldingen = n, drempel = drempel,
            afstand = n - (drempel - 1), voldoet_bij = drempel - 1 },
          subject = groep.bevoegd_gezag,
          evidence = meldingen_lib.records(groep.meldingen),
        }
      end
    end
    if gemeld then return end

    local meeste = hoogste_bestuur
        and ("; het meeste: %d tegen bestuur %s, %d onder de drempel"):format(hoogste, hoogste_bestuur, drempel - hoogste)
      or ""
    return ctx:voldoet{
      message = ("Geen deelnemend bestuur had in %d %d of meer open zorgplichtmeldingen "
        .. "(%d open %s bij deelnemende besturen%s) (ZP-5)."):format(
          doc.jaar, drempel, open_totaal, open_totaal == 1 and "melding" or "meldingen", meeste),
      values = { jaar = doc.jaar, open_meldingen = open_totaal, hoogste_aantal = hoogste, drempel = drempel,
        afstand = drempel - hoogste },
    }
  end,
}
