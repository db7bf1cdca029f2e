-- Testgevallen voor FN-4 (organisatiekosten):
--   swvcheck rules test FN-4
-- In het document is (10.000.000,00 - 8.700.000,00) / 10.000.000,00 precies 13%.
return {
  rule = "financien.organisatiekosten",
  jaar = 2023,
  document = [[
    <financien>
      <baten><totaal>10000000.00</totaal></baten>
      <lasten>
        <doorbetalingenAanSchoolbesturen>8700000.00</doorbetalingenAanSchoolbesturen>
        <totaal>10000000.00</totaal>
      </lasten>
    </financien>
  ]],

  cases = {
    {
      name = "precies 13%: voldoet",
      expected = {
        status = "voldoet",
        values = { organisatiekosten = "1300000.00", percentage = "13.00", signaleringswaarde = "0.13", afstand = "0.00" },
        params = { ["financien.organisatiekosten.maximum"] = "0.13" },
        message = "Organisatiekosten zijn 13,00% van de baten",
      },
    },
    {
      name = "een cent erboven: signaal (het percentage toont afgerond 13,00%)",
      change = { ["financien/lasten/totaal"] = "10000000.01" },
      expected = {
        status = "signaal",
        values = { organisatiekosten = "1300000.01", percentage = "13.00", afstand = "0.01", voldoet_bij = "1300000.00" },
        message = "liggen boven de signaleringswaarde 13% (FN-4). Voldoet bij organisatiekosten van ten hoogste "
          .. "€ 1.300.000,00 (€ 0,01 minder bij dezelfde baten).",
      },
    },
    {
      name = "een cent meer doorbetaald: onder 13%, voldoet",
      change = { ["financien/lasten/doorbetalingenAanSchoolbesturen"] = "8700000.01" },
      expected = {
        status = "voldoet",
        values = { percentage = "13.00", afstand = "0.01" },
        message = "(FN-4): € 0,01 onder het maximum € 1.300.000,00 dat de signaleringswaarde toelaat.",
      },
    },
    {
      name = "14,26%: signaal met twee decimalen",
      change = {
        ["financien/baten/totaal"] = "9500000.00",
        ["financien/lasten/totaal"] = "9355000.00",
        ["financien/lasten/doorbetalingenAanSchoolbesturen"] = "8000000.00",
      },
      -- 13% van 9.500.000,00 is 1.235.000,00: de kosten 1.355.000,00 liggen 120.000,00 erboven
      expected = {
        status = "signaal",
        values = { percentage = "14.26", afstand = "120000.00", voldoet_bij = "1235000.00" },
        message = "14,26%",
      },
    },
    {
      name = "het maximum rondt naar beneden af op hele centen: 13% van 10.000.000,07 is 1.300.000,0091",
      change = { ["financien/baten/totaal"] = "10000000.07", ["financien/lasten/totaal"] = "10000000.01" },
      expected = { status = "signaal", values = { afstand = "0.01", voldoet_bij = "1300000.00" } },
    },
    {
      name = "baten nul: niet te beoordelen, noemt de noemer",
      change = { ["financien/baten/totaal"] = "0.00" },
      expected = {
        status = "niet-te-beoordelen",
        values = { noemer = "financien/baten/totaal", noemer_waarde = "0.00" },
      },
    },
    {
      name = "baten ontbreken: niet te beoordelen",
      change = { ["financien/baten/totaal"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/baten/totaal" } },
    },
    {
      name = "doorbetalingen ontbreken: niet te beoordelen",
      change = { ["financien/lasten/doorbetalingenAanSchoolbesturen"] = false },
      expected = {
        status = "niet-te-beoordelen",
        values = { ontbreekt = "financien/lasten/doorbetalingenAanSchoolbesturen" },
      },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["financien/lasten/totaal"] = "10000000.01" },
      expected = { status = "signaal" },
    },
    {
      name = "verslagjaar 2019: nog geen signaleringswaarde, geen bevinding",
      jaar = 2019,
      change = { ["financien/lasten/totaal"] = "11000000.00" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "verslagjaar 2020: eerste jaar met de signaleringswaarde",
      jaar = 2020,
      change = { ["financien/lasten/totaal"] = "10000000.01" },
      expected = { status = "signaal", params = { ["financien.organisatiekosten.maximum"] = "0.13" } },
    },
  },
}
