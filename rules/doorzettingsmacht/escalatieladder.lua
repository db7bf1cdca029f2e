-- DZ-3: an escalatieladder for parents and school (verbeterpunt 10).
local janee = require("lib.janee")

return {
  id = "doorzettingsmacht.escalatieladder",
  norm_id = "DZ-3",
  title = "Escalatieladder voor ouders en school",
  family = "doorzettingsmacht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Escalatieladder voor ouders en school (verbeterpunt 10)",
    source = "Kamerbrief Verbeteraanpak passend onderwijs, 4 november 2020, punt 10",
    in_force_from = "2020-11-04",
    legal_force = "signaal: beleidsverwachting (verbeterpunt 10), geen wettelijke eis.",
  },
  description = "Gaat na of het samenwerkingsverband een escalatieladder heeft: de stappen "
    .. "die ouders en school kunnen zetten als zij het niet eens worden over een passende "
    .. "plek. Ontbreekt die, dan is dat een signaal.",
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },
  check = janee.check{
    xpath = "escalatieladder/@aanwezig",
    value = "aanwezig",
    wat = "Escalatieladder (DZ-3)",
    ja = "Er is volgens het jaarverslag een escalatieladder voor ouders en school (DZ-3).",
    nee = "Er is volgens het jaarverslag geen escalatieladder voor ouders en school "
      .. "(aanwezig = nee); verbeterpunt 10 vraagt die (DZ-3).",
  },
}
