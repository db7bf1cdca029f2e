-- Testgevallen voor FN-3 (liquide middelen):
--   swvcheck rules test FN-3
-- De signaleringswaarde is € 100.000,00 vanaf verslagjaar 2021; het document ligt er precies op.
return {
  rule = "financien.liquide-middelen",
  jaar = 2023,
  document = [[
    <financien><balans><liquideMiddelen>100000.00</liquideMiddelen></balans></financien>
  ]],

  cases = {
    {
      name = "precies op de signaleringswaarde: voldoet",
      expected = {
        status = "voldoet",
        values = { liquide_middelen = "100000.00", signaleringswaarde = "100000.00", verschil = "0.00", afstand = "0.00" },
        message = "niet onder de signaleringswaarde € 100.000,00 (FN-3): precies op de signaleringswaarde.",
        params = { ["financien.liquide-middelen.minimum"] = "100000.00" },
      },
    },
    {
      name = "een cent eronder: signaal",
      change = { ["financien/balans/liquideMiddelen"] = "99999.99" },
      expected = {
        status = "signaal",
        values = { verschil = "-0.01", afstand = "0.01", voldoet_bij = "100000.00" },
        message = "Liquide middelen € 99.999,99 liggen € 0,01 onder de signaleringswaarde € 100.000,00 (FN-3). "
          .. "Voldoet vanaf € 0,01 meer liquide middelen.",
      },
    },
    {
      name = "een cent erboven: voldoet, een cent boven de signaleringswaarde",
      change = { ["financien/balans/liquideMiddelen"] = "100000.01" },
      expected = {
        status = "voldoet",
        values = { afstand = "0.01" },
        message = "(FN-3): € 0,01 boven de signaleringswaarde.",
      },
    },
    {
      name = "negatieve liquide middelen (rood staan): signaal",
      change = { ["financien/balans/liquideMiddelen"] = "-1500.00" },
      expected = { status = "signaal", values = { verschil = "-101500.00" } },
    },
    {
      name = "liquide middelen ontbreken: niet te beoordelen",
      change = { ["financien/balans/liquideMiddelen"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/balans/liquideMiddelen" } },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["financien/balans/liquideMiddelen"] = "99999.99" },
      expected = { status = "signaal" },
    },
    {
      name = "verslagjaar 2020: nog geen signaleringswaarde, geen bevinding",
      jaar = 2020,
      change = { ["financien/balans/liquideMiddelen"] = "95000.00" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "verslagjaar 2021: eerste jaar met de signaleringswaarde",
      jaar = 2021,
      change = { ["financien/balans/liquideMiddelen"] = "95000.00" },
      expected = { status = "signaal", params = { ["financien.liquide-middelen.minimum"] = "100000.00" } },
    },
    {
      name = "verslagjaar 2020 zonder liquide middelen: geen bevinding (de norm geldt nog niet)",
      jaar = 2020,
      change = { ["financien/balans/liquideMiddelen"] = false },
      expected = { status = "niet-van-toepassing" },
    },
  },
}
