-- Zorgplicht en thuiszitters (ZP-1..ZP-5).
return {
  ["zorgplicht.thuiszitters.maximum-maanden"] = {
    description = "Kalendermaanden dat een kind hoogstens thuis mag zitten zonder aanbod",
    unit = "maanden",
    source = "Thuiszitterspact, juni 2016; Kamerbrief 3 februari 2016, Kamerstuk 26 695 nr. 108",
    values = {
      { from = "2016-08-01", value = 3 },
    },
  },
  ["zorgplicht.registratie.maximum-ouderdom-maanden"] = {
    description = "Kalendermaanden dat de laatste peildatum van de thuiszittersregistratie hoogstens "
      .. "voor de referentiedatum mag liggen (ZP-2)",
    unit = "maanden",
    source = "De Inspectie vraagt de thuiszittersregistratie sinds november 2015 elke twee maanden op "
      .. "(Kamerbrief 3 februari 2016, Kamerstuk 26 695 nr. 108)",
    values = {
      { from = "2015-11-01", value = 2 },
    },
  },
  ["zorgplicht.vrijstellingen-5a.maximum-aandeel"] = {
    description = "Aandeel vrijstellingen art. 5 onder a Leerplichtwet onder de open zaken van de "
      .. "thuiszittersregistratie waarboven ZP-4 een signaal geeft",
    unit = "fractie",
    -- Geen wettelijke norm: de wet en de Kamerbrieven noemen geen grens voor 'hoog'.
    source = "Keuze van swvcheck (geen wettelijke norm of sectorafspraak): een kwart van de open "
      .. "zaken; ZP-4 signaleert daarnaast elke stijging ten opzichte van de vorige peildatum",
    values = {
      { from = "2014-08-01", value = "0.25" },
    },
  },
  ["zorgplicht.meldingen.drempel-per-bestuur"] = {
    description = "Aantal open zorgplichtmeldingen tegen één deelnemend bestuur in een jaar vanaf "
      .. "waar ZP-5 een signaal geeft",
    unit = "aantal",
    -- Geen wettelijke norm: norms.md zegt 'meerdere'; drie is de keuze van swvcheck.
    source = "Keuze van swvcheck (geen wettelijke norm): 'meerdere open meldingen' gelezen als drie "
      .. "of meer; zorgplicht: WPO art. 40 lid 4-7, WVO art. 27 (Wet passend onderwijs, 1 augustus 2014)",
    values = {
      { from = "2014-08-01", value = 3 },
    },
  },
}
