-- Intern toezicht (TZ-1).
return {
  ["toezicht.onafhankelijk-lid.wet-in-werking"] = {
    description = "Datum waarop de wet die onafhankelijke leden van het intern toezicht "
      .. "verplicht in werking treedt; zonder waarde is het nog geen wet en blijft TZ-1 een signaal",
    unit = "datum",
    source = "Aangekondigd in Kamerbrief 10 mei 2024, Kamerstuk 31 497 nr. 475; nog niet in werking",
    -- Nog geen waarde: zet hier { from = <publicatiedatum>, value = <datum inwerkingtreding> }
    -- zodra de wet is aangenomen.
    values = {},
  },
}
