-- Testgevallen voor DZ-2 (regionale doorbraakaanpak):
--   swvcheck rules test DZ-2
-- Het verslag zegt ja of nee; ontbreekt het antwoord, dan is het niet te beoordelen (niet: nee).
return {
  rule = "doorzettingsmacht.doorbraakaanpak",
  jaar = 2023,
  document = [[
    <doorbraakaanpak geregeld="ja" metGemeenten="ja"/>
  ]],

  cases = {
    {
      name = "geregeld = ja: voldoet",
      expected = { status = "voldoet", values = { geregeld = true } },
    },
    {
      name = "geregeld = nee: signaal",
      change = { ["doorbraakaanpak/@geregeld"] = "nee" },
      expected = { status = "signaal", values = { geregeld = false }, message = "verbeterpunt 9" },
    },
    {
      name = "antwoord ontbreekt: niet te beoordelen",
      change = { ["doorbraakaanpak/@geregeld"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "doorbraakaanpak/@geregeld" } },
    },
    {
      name = "element <doorbraakaanpak> ontbreekt: niet te beoordelen",
      change = { ["doorbraakaanpak"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "doorbraakaanpak/@geregeld" } },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["doorbraakaanpak/@geregeld"] = "nee" },
      expected = { status = "signaal" },
    },
  },
}
