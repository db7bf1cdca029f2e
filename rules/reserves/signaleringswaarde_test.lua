-- Testgevallen voor RS-1 (signaleringswaarde eigen vermogen). Draai ze met:
--   swvcheck rules test RS-1
-- Elk geval gaat uit van het document hieronder en verandert daar een paar bedragen in.
-- Totale baten 20.000.000,00: 3,5% daarvan is precies 700.000,00.
return {
  rule = "reserves.signaleringswaarde",
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
    </financien>
  ]],

  cases = {
    {
      name = "precies op de signaleringswaarde: voldoet",
      expected = {
        status = "voldoet",
        values = {
          totale_baten = "20000000.00",
          signaleringswaarde = "700000.00",
          publiek_eigen_vermogen = "700000.00",
          overschot = "0.00",
          ratio = "1.00",
          afstand = "0.00",
        },
        params = {
          ["reserves.signaleringswaarde.percentage"] = "0.035",
          ["reserves.signaleringswaarde.minimum"] = "250000.00",
        },
        message = "minimaal € 250.000,00): precies op de signaleringswaarde.",
      },
    },
    {
      name = "een cent boven de signaleringswaarde: signaal",
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = {
        status = "signaal",
        values = { signaleringswaarde = "700000.00", overschot = "0.01", afstand = "0.01", voldoet_bij = "700000.00" },
        message = "€ 0,01 boven de signaleringswaarde € 700.000,00 (RS-1: 3,5% van de totale baten "
          .. "€ 20.000.000,00, minimaal € 250.000,00). Voldoet bij een publiek eigen vermogen van ten "
          .. "hoogste € 700.000,00.",
      },
    },
    {
      name = "een cent onder de signaleringswaarde: voldoet, afstand een cent",
      change = { ["financien/balans/eigenVermogen/totaal"] = "699999.99" },
      expected = {
        status = "voldoet",
        values = { overschot = "-0.01", afstand = "0.01" },
        message = "minimaal € 250.000,00): € 0,01 onder de signaleringswaarde.",
      },
    },
    {
      name = "ruim onder de signaleringswaarde: de afstand tot op de cent",
      change = { ["financien/balans/eigenVermogen/totaal"] = "687654.33" },
      expected = {
        status = "voldoet",
        values = { afstand = "12345.67" },
        message = "€ 12.345,67 onder de signaleringswaarde.",
      },
    },
    {
      name = "financiële baten tellen mee in de totale baten",
      -- zonder de financiële baten zou de waarde 699.650,00 zijn en dit een signaal
      change = { ["financien/balans/eigenVermogen/totaal"] = "699650.01" },
      expected = { status = "voldoet", values = { totale_baten = "20000000.00" } },
    },
    {
      name = "halve cent rondt naar boven af: 520.679,01 is gelijk, dus voldoet",
      -- 3,5% van 14.876.543,00 is 520.679,005
      change = {
        ["financien/baten/totaal"] = "14876543.00",
        ["financien/financieleBaten"] = "0.00",
        ["financien/balans/eigenVermogen/totaal"] = "520679.01",
      },
      expected = { status = "voldoet", values = { signaleringswaarde = "520679.01" } },
    },
    {
      name = "halve cent: 520.679,02 ligt een cent boven de afgeronde waarde",
      change = {
        ["financien/baten/totaal"] = "14876543.00",
        ["financien/financieleBaten"] = "0.00",
        ["financien/balans/eigenVermogen/totaal"] = "520679.02",
      },
      expected = { status = "signaal", values = { signaleringswaarde = "520679.01", overschot = "0.01" } },
    },
    {
      name = "kleine baten: het minimum van 250.000,00 geldt, precies erop voldoet",
      change = {
        ["financien/baten/totaal"] = "5000000.00",
        ["financien/financieleBaten"] = "0.00",
        ["financien/balans/eigenVermogen/totaal"] = "250000.00",
      },
      expected = { status = "voldoet", values = { signaleringswaarde = "250000.00" } },
    },
    {
      name = "kleine baten: een cent boven het minimum is een signaal",
      change = {
        ["financien/baten/totaal"] = "5000000.00",
        ["financien/financieleBaten"] = "0.00",
        ["financien/balans/eigenVermogen/totaal"] = "250000.01",
      },
      expected = { status = "signaal", values = { signaleringswaarde = "250000.00", overschot = "0.01" } },
    },
    {
      name = "private bestemmingsreserve telt niet mee",
      change = {
        ["financien/balans/eigenVermogen/totaal"] = "800000.00",
        ["financien/balans/eigenVermogen/bestemmingsreservePrivaat"] = "100000.00",
      },
      expected = { status = "voldoet", values = { eigen_vermogen = "800000.00", publiek_eigen_vermogen = "700000.00" } },
    },
    {
      name = "zonder private bestemmingsreserve geldt het totale eigen vermogen",
      change = {
        ["financien/balans/eigenVermogen/bestemmingsreservePrivaat"] = false,
        ["financien/balans/eigenVermogen/totaal"] = "700000.01",
      },
      expected = {
        status = "signaal",
        values = { publiek_eigen_vermogen = "700000.01" },
        message = "Geen private bestemmingsreserve opgegeven",
      },
    },
    {
      name = "negatief eigen vermogen: voldoet",
      change = { ["financien/balans/eigenVermogen/totaal"] = "-45210.35" },
      expected = { status = "voldoet", values = { overschot = "-745210.35", ratio = "-0.06" } },
    },
    {
      name = "totaal eigen vermogen ontbreekt: niet te beoordelen",
      change = { ["financien/balans/eigenVermogen/totaal"] = false },
      expected = {
        status = "niet-te-beoordelen",
        values = { ontbreekt = "financien/balans/eigenVermogen/totaal" },
      },
    },
    {
      name = "totale baten ontbreken: niet te beoordelen",
      change = { ["financien/baten/totaal"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/baten/totaal" } },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = { status = "signaal" },
    },

    -- De parameters gelden vanaf 2019-01-01: een verslag over 2018 krijgt geen bevinding.
    {
      name = "verslagjaar 2018: de signaleringswaarde gold nog niet",
      jaar = 2018,
      change = { ["financien/balans/eigenVermogen/totaal"] = "9000000.00" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "verslagjaar 2019: het eerste jaar met een signaleringswaarde",
      jaar = 2019,
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = { status = "signaal", params = { ["reserves.signaleringswaarde.percentage"] = "0.035" } },
    },

    -- Een wijziging van het percentage: wat vóór de nieuwe datum ligt, houdt de oude waarde.
    {
      name = "nieuw percentage 5% vanaf 2024: verslag 2023 houdt 3,5%",
      jaar = 2023,
      params = {
        ["reserves.signaleringswaarde.percentage"] = {
          { from = "2019-01-01", value = "0.035" },
          { from = "2024-01-01", value = "0.05" },
        },
      },
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = { status = "signaal", params = { ["reserves.signaleringswaarde.percentage"] = "0.035" } },
    },
    {
      name = "nieuw percentage 5% vanaf 2024: verslag 2024 krijgt 5%",
      jaar = 2024,
      params = {
        ["reserves.signaleringswaarde.percentage"] = {
          { from = "2019-01-01", value = "0.035" },
          { from = "2024-01-01", value = "0.05" },
        },
      },
      change = { ["financien/balans/eigenVermogen/totaal"] = "700000.01" },
      expected = {
        status = "voldoet",
        values = { signaleringswaarde = "1000000.00" },
        params = { ["reserves.signaleringswaarde.percentage"] = "0.05" },
      },
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
