-- ZP-5: a zorgplicht signal about a board that does not participate in the SWV (data error).
local meldingen_lib = require("lib.meldingen")

local WAT = "Meldingen over niet-deelnemende besturen (ZP-5)"

return {
  id = "zorgplicht.meldingen-onbekend-bestuur",
  norm_id = "ZP-5",
  title = "Zorgplichtmelding over een bestuur dat niet deelneemt",
  family = "zorgplicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag", "meldingen" },
  norm = {
    title = "Zorgplichtmeldingen gaan over deelnemende besturen (gegevensfout)",
    source = "WPO art. 40 lid 4-7, WVO art. 27 (zorgplicht); WPO art. 18a, WVO art. 17a "
      .. "(deelnemende besturen van het samenwerkingsverband)",
    in_force_from = "2014-08-01",
    legal_force = "signaal: een melding over een bestuur dat niet deelneemt is een fout in de "
      .. "gegevens.",
  },
  description = "Gaat na of elke zorgplichtmelding van het jaar (elke status) een bestuur noemt "
    .. "dat volgens het jaarverslag deelneemt in het samenwerkingsverband. Een melding over een "
    .. "ander bestuursnummer is een gegevensfout in de registratie of in het jaarverslag: een "
    .. "signaal per bestuur, met het bestuursnummer als onderwerp. Zonder jaarverslag of zonder "
    .. "meldingen is de norm niet te beoordelen.",
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local meldingen, besturen = meldingen_lib.lees(doc, ctx, WAT)
    if not meldingen then return end
    local groepen = meldingen_lib.per_bestuur(meldingen, function(m)
      return besturen[m.bevoegd_gezag] ~= true
    end)
    for _, groep in ipairs(groepen) do
      local n = #groep.meldingen
      ctx:signaal{
        message = ("%d %s over bestuur %s, dat volgens het jaarverslag geen deelnemend bestuur van "
          .. "%s is (%s %s): controleer het bestuursnummer (ZP-5, gegevensfout)."):format(
            n, n == 1 and "zorgplichtmelding gaat" or "zorgplichtmeldingen gaan", groep.bevoegd_gezag,
            doc.swv, n == 1 and "regel" or "regels", meldingen_lib.regels(groep.meldingen)),
        values = { bevoegd_gezag = groep.bevoegd_gezag, meldingen = n },
        subject = groep.bevoegd_gezag,
        evidence = meldingen_lib.records(groep.meldingen),
      }
    end
    if #groepen > 0 then return end
    local wie = #meldingen == 1 and "De enige zorgplichtmelding van %d gaat"
      or ("Alle %d zorgplichtmeldingen van %%d gaan"):format(#meldingen)
    return ctx:voldoet{
      message = (wie .. " over deelnemende besturen van %s (ZP-5)."):format(doc.jaar, doc.swv),
      values = { meldingen = #meldingen },
    }
  end,
}
