-- Testgevallen voor RS-2 (afbouwplan bij eigen vermogen boven de signaleringswaarde):
--   swvcheck rules test RS-2
-- Het document ligt precies op de signaleringswaarde van RS-1 (3,5% van 20.000.000,00 =
-- 700.000,00) en heeft geen afbouwplan. Een cent erboven vraagt vanaf verslagjaar 2021 een plan.
return {
  rule = "reserves.afbouwplan",
  jaar = 2023,
  document = [[
    <financien>
      <balans>
        <eigenVermogen>
          <bestemmingsreservePrivaat>0.00</bestemmingsreservePrivaat>
          <totaal>700000.00</totaal>
        </eigenVermogen>
      </balans>
      <baten><totaal>19990000.00</totaal></baten>
      <financieleBaten>10000.00</financieleBaten>
      <reservebeleid afbouwplan="nee"/>
    </financien>
  ]],

  cases = {
    {
      name = "precies op de signaleringswaarde: geen plan nodig, geen bevinding",
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "een cent boven de signaleringswaarde zonder afbouwplan: overtreding",
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = {
        status = "overtreding",
        values = {
          signaleringswaarde = "700000.00",
          publiek_eigen_vermogen = "700000.01",
          overschot = "0.01",
          afbouwplan = false,
          uiterste_datum = "2021-01-31",
          afstand = "0.01",
          voldoet_bij = "700000.00",
        },
        params = {
          ["reserves.afbouwplan.uiterste-datum"] = "2021-01-31",
          ["reserves.signaleringswaarde.percentage"] = "0.035",
          ["reserves.signaleringswaarde.minimum"] = "250000.00",
        },
        message = "Voldoet met een afbouwplan, of bij een publiek eigen vermogen van ten hoogste € 700.000,00.",
      },
    },
    {
      name = "een cent boven de signaleringswaarde met afbouwplan: voldoet",
      change = {
        ["financien/balans/eigenVermogen/totaal"] = "700000.01",
        ["financien/reservebeleid/@afbouwplan"] = "ja",
      },
      expected = { status = "voldoet", values = { afbouwplan = true, overschot = "0.01" } },
    },
    {
      name = "ruim boven de waarde met afbouwplan: voldoet",
      change = {
        ["financien/balans/eigenVermogen/totaal"] = "2000000.00",
        ["financien/reservebeleid/@afbouwplan"] = "ja",
      },
      expected = { status = "voldoet", values = { overschot = "1300000.00", ratio = "2.86" } },
    },
    {
      name = "private bestemmingsreserve brengt het publiek eigen vermogen op de waarde: geen bevinding",
      change = {
        ["financien/balans/eigenVermogen/totaal"] = "800000.00",
        ["financien/balans/eigenVermogen/bestemmingsreservePrivaat"] = "100000.00",
      },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "boven de waarde, afbouwplan niet vermeld: niet te beoordelen",
      change = {
        ["financien/balans/eigenVermogen/totaal"] = "700000.01",
        ["financien/reservebeleid/@afbouwplan"] = false,
      },
      expected = {
        status = "niet-te-beoordelen",
        values = { ontbreekt = "financien/reservebeleid/@afbouwplan", overschot = "0.01" },
      },
    },
    {
      name = "boven de waarde, geen reservebeleid in het verslag: niet te beoordelen",
      change = {
        ["financien/balans/eigenVermogen/totaal"] = "700000.01",
        ["financien/reservebeleid"] = false,
      },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/reservebeleid/@afbouwplan" } },
    },
    {
      name = "niet boven de waarde en geen reservebeleid: geen plan nodig, geen bevinding",
      change = { ["financien/reservebeleid"] = false },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "eigen vermogen ontbreekt: niet te beoordelen",
      change = { ["financien/balans/eigenVermogen/totaal"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/balans/eigenVermogen/totaal" } },
    },
    {
      name = "baten ontbreken: niet te beoordelen",
      change = { ["financien/baten/totaal"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/baten/totaal" } },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = { status = "overtreding" },
    },

    -- De eis geldt vanaf verslagjaar 2021 (parameter reserves.afbouwplan.uiterste-datum).
    {
      name = "verslagjaar 2020: boven de waarde zonder plan, maar nog geen eis: geen bevinding",
      jaar = 2020,
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "verslagjaar 2021: boven de waarde zonder plan: overtreding",
      jaar = 2021,
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = { status = "overtreding", params = { ["reserves.afbouwplan.uiterste-datum"] = "2021-01-31" } },
    },
    {
      name = "verslagjaar 2018: geen signaleringswaarde en geen eis: geen bevinding",
      jaar = 2018,
      change = { ["financien/balans/eigenVermogen/totaal"] = "9000000.00" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "eis zonder signaleringswaarde op de peildatum: niet te beoordelen (de parameter ontbreekt)",
      params = { ["reserves.signaleringswaarde.percentage"] = false },
      change = { ["financien/balans/eigenVermogen/totaal"] = "9000000.00" },
      expected = {
        status = "niet-te-beoordelen",
        message = "parameter 'reserves.signaleringswaarde.percentage' heeft geen waarde op 2023-12-31",
      },
    },
    {
      name = "nieuw percentage 5% vanaf 2024: verslag 2024 met 700.000,01 ligt niet boven de waarde",
      jaar = 2024,
      params = {
        ["reserves.signaleringswaarde.percentage"] = {
          { from = "2019-01-01", value = "0.035" },
          { from = "2024-01-01", value = "0.05" },
        },
      },
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "minimum zonder waarde op de peildatum: niet te beoordelen",
      params = { ["reserves.signaleringswaarde.minimum"] = false },
      expected = {
        status = "niet-te-beoordelen",
        message = "parameter 'reserves.signaleringswaarde.minimum' heeft geen waarde op 2023-12-31",
      },
    },
  },
}
