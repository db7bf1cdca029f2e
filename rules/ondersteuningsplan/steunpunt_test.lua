-- Testgevallen voor OP-3 (onafhankelijk ouder- en jeugdsteunpunt):
--   swvcheck rules test OP-3
-- Het verslag zegt ja of nee; ontbreekt het antwoord, dan is het niet te beoordelen (niet: nee).
return {
  rule = "ondersteuningsplan.steunpunt",
  jaar = 2023,
  document = [[
    <steunpunt aanwezig="ja"/>
  ]],

  cases = {
    {
      name = "aanwezig = ja: voldoet",
      expected = { status = "voldoet", values = { aanwezig = true } },
    },
    {
      name = "aanwezig = nee: signaal",
      change = { ["steunpunt/@aanwezig"] = "nee" },
      expected = { status = "signaal", values = { aanwezig = false }, message = "verbeterpunt 7" },
    },
    {
      name = "antwoord ontbreekt: niet te beoordelen",
      change = { ["steunpunt/@aanwezig"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "steunpunt/@aanwezig" } },
    },
    {
      name = "element <steunpunt> ontbreekt: niet te beoordelen",
      change = { ["steunpunt"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "steunpunt/@aanwezig" } },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["steunpunt/@aanwezig"] = "nee" },
      expected = { status = "signaal" },
    },
  },
}
