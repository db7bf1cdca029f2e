-- Testgevallen voor DZ-1 (doorzettingsmacht met de gemeente):
--   swvcheck rules test DZ-1
-- Het verslag zegt ja of nee; ontbreekt het antwoord, dan is het niet te beoordelen (niet: nee).
return {
  rule = "doorzettingsmacht.geregeld",
  jaar = 2023,
  document = [[
    <doorzettingsmacht geregeld="ja" belegdBij="directeur-bestuurder" vastgelegdIn="ondersteuningsplan"/>
  ]],

  cases = {
    {
      name = "geregeld = ja: voldoet",
      expected = { status = "voldoet", values = { geregeld = true } },
    },
    {
      name = "geregeld = nee: signaal",
      change = { ["doorzettingsmacht/@geregeld"] = "nee" },
      expected = { status = "signaal", values = { geregeld = false }, message = "Thuiszitterspact" },
    },
    {
      name = "antwoord ontbreekt: niet te beoordelen",
      change = { ["doorzettingsmacht/@geregeld"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "doorzettingsmacht/@geregeld" } },
    },
    {
      name = "element <doorzettingsmacht> ontbreekt: niet te beoordelen",
      change = { ["doorzettingsmacht"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "doorzettingsmacht/@geregeld" } },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["doorzettingsmacht/@geregeld"] = "nee" },
      expected = { status = "signaal" },
    },
  },
}
