-- OP-3: an independent ouder- en jeugdsteunpunt (verbeterpunt 7).
local janee = require("lib.janee")

return {
  id = "ondersteuningsplan.steunpunt",
  norm_id = "OP-3",
  title = "Onafhankelijk ouder- en jeugdsteunpunt",
  family = "ondersteuningsplan",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Onafhankelijk ouder- en jeugdsteunpunt (verbeterpunt 7)",
    source = "Kamerbrief Verbeteraanpak passend onderwijs, 4 november 2020, punt 7; motie Van den "
      .. "Hul over de financiering",
    in_force_from = "2020-11-04",
    legal_force = "signaal: beleidsverwachting (verbeterpunt 7), geen wettelijke eis.",
  },
  description = "Gaat na of er een onafhankelijk ouder- en jeugdsteunpunt is. Ontbreekt dat, "
    .. "dan is dat een signaal.",
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },
  check = janee.check{
    xpath = "steunpunt/@aanwezig",
    value = "aanwezig",
    wat = "Ouder- en jeugdsteunpunt (OP-3)",
    ja = "Er is volgens het jaarverslag een onafhankelijk ouder- en jeugdsteunpunt (OP-3).",
    nee = "Er is volgens het jaarverslag geen onafhankelijk ouder- en jeugdsteunpunt "
      .. "(aanwezig = nee); verbeterpunt 7 vraagt dat (OP-3).",
  },
}
