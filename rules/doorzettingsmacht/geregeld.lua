-- DZ-1: SWV and gemeente agreed who decides on a place for a (looming) thuiszitter.
local janee = require("lib.janee")

return {
  id = "doorzettingsmacht.geregeld",
  norm_id = "DZ-1",
  title = "Doorzettingsmacht geregeld",
  family = "doorzettingsmacht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Doorzettingsmacht bij thuiszitters (Thuiszitterspact, afspraak 4f)",
    source = "Thuiszitterspact, juni 2016, afspraak 4f; verwachting van minister en Inspectie, "
      .. "geen wetsartikel",
    in_force_from = "2016-08-01",
    legal_force = "signaal: verwachting van de minister en de Inspectie (Thuiszitterspact, afspraak "
      .. "4f); geen wetsartikel bekend.",
  },
  description = "Gaat na of het samenwerkingsverband met de gemeente heeft afgesproken wie "
    .. "doorzettingsmacht heeft: wie beslist welke plek passend is als een kind thuiszit of "
    .. "dreigt thuis te zitten. Niet geregeld is een signaal en een tekortkoming op het "
    .. "Thuiszitterspact.",
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },
  check = janee.check{
    xpath = "doorzettingsmacht/@geregeld",
    value = "geregeld",
    wat = "Doorzettingsmacht (DZ-1)",
    ja = "Doorzettingsmacht is volgens het jaarverslag geregeld (DZ-1, Thuiszitterspact).",
    nee = "Doorzettingsmacht is volgens het jaarverslag niet geregeld (geregeld = nee); "
      .. "het Thuiszitterspact verwacht dit van elk samenwerkingsverband (DZ-1).",
  },
}
