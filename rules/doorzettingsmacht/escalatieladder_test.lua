-- Testgevallen voor DZ-3 (escalatieladder voor ouders en school):
--   swvcheck rules test DZ-3
-- Het verslag zegt ja of nee; ontbreekt het antwoord, dan is het niet te beoordelen (niet: nee).
return {
  rule = "doorzettingsmacht.escalatieladder",
  jaar = 2023,
  document = [[
    <escalatieladder aanwezig="ja"/>
  ]],

  cases = {
    {
      name = "aanwezig = ja: voldoet",
      expected = { status = "voldoet", values = { aanwezig = true } },
    },
    {
      name = "aanwezig = nee: signaal",
      change = { ["escalatieladder/@aanwezig"] = "nee" },
      expected = { status = "signaal", values = { aanwezig = false }, message = "verbeterpunt 10" },
    },
    {
      name = "antwoord ontbreekt: niet te beoordelen",
      change = { ["escalatieladder/@aanwezig"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "escalatieladder/@aanwezig" } },
    },
    {
      name = "element <escalatieladder> ontbreekt: niet te beoordelen",
      change = { ["escalatieladder"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "escalatieladder/@aanwezig" } },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["escalatieladder/@aanwezig"] = "nee" },
      expected = { status = "signaal" },
    },
  },
}
