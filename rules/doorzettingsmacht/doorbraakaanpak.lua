-- DZ-2: a regional doorbraakaanpak with the municipalities (verbeterpunt 9).
local janee = require("lib.janee")

return {
  id = "doorzettingsmacht.doorbraakaanpak",
  norm_id = "DZ-2",
  title = "Regionale doorbraakaanpak",
  family = "doorzettingsmacht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Regionale doorbraakaanpak met gemeenten (verbeterpunt 9)",
    source = "Kamerbrief Verbeteraanpak passend onderwijs, 4 november 2020, punt 9 "
      .. "(als wettelijke plicht aangekondigd, nog niet in werking)",
    in_force_from = "2020-11-04",
    legal_force = "signaal: aangekondigd als wettelijke plicht (verbeterpunt 9), voor zover bekend "
      .. "nog niet in werking.",
  },
  description = "Gaat na of het samenwerkingsverband met de gemeenten een regionale "
    .. "doorbraakaanpak heeft voor kinderen voor wie geen passende plek te vinden is. "
    .. "Ontbreekt die, dan is dat een signaal.",
  outcomes = { "voldoet", "signaal", "niet-te-beoordelen" },
  check = janee.check{
    xpath = "doorbraakaanpak/@geregeld",
    value = "geregeld",
    wat = "Doorbraakaanpak (DZ-2)",
    ja = "Een regionale doorbraakaanpak is volgens het jaarverslag geregeld (DZ-2).",
    nee = "Er is volgens het jaarverslag geen regionale doorbraakaanpak (geregeld = nee); "
      .. "verbeterpunt 9 vraagt die met de gemeenten (DZ-2).",
  },
}
