-- Testgevallen voor CO-1 (sommen in het jaarverslag kloppen):
--   swvcheck rules test CO-1
-- De regel geeft één bevinding per som; `subject` in expected kiest welke. In het document
-- hieronder klopt elke som tot op de cent.
return {
  rule = "consistentie.sommen",
  jaar = 2023,
  document = [[
    <financien>
      <balans>
        <materieleVasteActiva>45000.00</materieleVasteActiva>
        <vorderingen>310000.00</vorderingen>
        <liquideMiddelen>1350000.00</liquideMiddelen>
        <totaalActiva>1705000.00</totaalActiva>
        <eigenVermogen>
          <algemeneReserve>480000.00</algemeneReserve>
          <bestemmingsreservePubliek>200000.00</bestemmingsreservePubliek>
          <bestemmingsreservePrivaat>0.00</bestemmingsreservePrivaat>
          <totaal>680000.00</totaal>
        </eigenVermogen>
        <voorzieningen>105000.00</voorzieningen>
        <langlopendeSchulden>0.00</langlopendeSchulden>
        <kortlopendeSchulden>920000.00</kortlopendeSchulden>
      </balans>
      <baten>
        <rijksbijdragen>24100000.00</rijksbijdragen>
        <overheidsbijdragen>150000.00</overheidsbijdragen>
        <overigeBaten>50000.00</overigeBaten>
        <totaal>24300000.00</totaal>
      </baten>
      <lasten>
        <personeelslasten>2100000.00</personeelslasten>
        <afschrijvingen>15000.00</afschrijvingen>
        <huisvestingslasten>90000.00</huisvestingslasten>
        <overigeLasten>800000.00</overigeLasten>
        <doorbetalingenAanSchoolbesturen>21200000.00</doorbetalingenAanSchoolbesturen>
        <totaal>24205000.00</totaal>
      </lasten>
      <financieleBaten>1200.00</financieleBaten>
      <financieleLasten>0.00</financieleLasten>
      <resultaat>96200.00</resultaat>
    </financien>
  ]],

  cases = {
    {
      name = "alle zes sommen kloppen: voldoet",
      expected = {
        { subject = "eigen-vermogen", status = "voldoet", values = { verschil = "0.00", tolerantie = "1.00", afstand = "1.00" },
          message = "(verschil € 0,00, € 1,00 onder de tolerantie € 1,00)." },
        { subject = "baten", status = "voldoet", values = { totaal = "24300000.00", som_onderdelen = "24300000.00" } },
        { subject = "lasten", status = "voldoet" },
        { subject = "resultaat", status = "voldoet", values = { som_onderdelen = "96200.00" } },
        { subject = "balans", status = "voldoet" },
        { subject = "activa", status = "voldoet" },
      },
    },
    {
      name = "baten 1.000,00 te hoog opgeteld: overtreding",
      change = {
        ["financien/baten/totaal"] = "24301000.00",
        ["financien/resultaat"] = "97200.00", -- zodat alleen de baten afwijken
      },
      expected = {
        { subject = "baten", status = "overtreding", values = { verschil = "1000.00" } },
        { subject = "resultaat", status = "voldoet" },
      },
    },
    {
      name = "verschil van precies 1,00 valt binnen de tolerantie: voldoet",
      change = { ["financien/balans/eigenVermogen/algemeneReserve"] = "479999.00" },
      expected = { subject = "eigen-vermogen", status = "voldoet", values = { verschil = "1.00", afstand = "0.00" },
        message = "precies op de tolerantie € 1,00" },
    },
    {
      name = "verschil van 0,99: een cent binnen de tolerantie",
      change = { ["financien/balans/eigenVermogen/algemeneReserve"] = "479999.01" },
      expected = { subject = "eigen-vermogen", status = "voldoet", values = { verschil = "0.99", afstand = "0.01" } },
    },
    {
      name = "verschil van 1,01 is te veel: overtreding",
      change = { ["financien/balans/eigenVermogen/algemeneReserve"] = "479998.99" },
      expected = {
        subject = "eigen-vermogen",
        status = "overtreding",
        values = { verschil = "1.01", afstand = "0.01", voldoet_bij = "679999.99" },
        message = "het jaarverslag is intern inconsistent. Voldoet bij een totaal van € 679.997,99 tot en met € 679.999,99.",
      },
    },
    {
      name = "een totaal dat 1,01 te laag is: overtreding",
      change = { ["financien/lasten/totaal"] = "24204998.99", ["financien/resultaat"] = "96201.01" },
      expected = {
        { subject = "lasten", status = "overtreding", values = { verschil = "-1.01", afstand = "0.01", voldoet_bij = "24204999.00" } },
        { subject = "resultaat", status = "voldoet" },
      },
    },
    {
      name = "onderdelen die bij nul weggelaten mogen worden tellen als nul",
      change = {
        ["financien/balans/eigenVermogen/bestemmingsreservePrivaat"] = false,
        ["financien/financieleLasten"] = false,
      },
      expected = {
        { subject = "eigen-vermogen", status = "voldoet" },
        { subject = "resultaat", status = "voldoet" },
      },
    },
    {
      name = "totaal eigen vermogen ontbreekt: die som en de balans niet te beoordelen",
      change = { ["financien/balans/eigenVermogen/totaal"] = false },
      expected = {
        { subject = "eigen-vermogen", status = "niet-te-beoordelen",
          values = { ontbreekt = "financien/balans/eigenVermogen/totaal" } },
        { subject = "balans", status = "niet-te-beoordelen" },
        { subject = "activa", status = "voldoet" },
      },
    },
    {
      name = "een verplicht onderdeel ontbreekt: niet te beoordelen",
      change = { ["financien/baten/overheidsbijdragen"] = false },
      expected = {
        subject = "baten",
        status = "niet-te-beoordelen",
        values = { ontbreekt = "financien/baten/overheidsbijdragen" },
      },
    },

    -- De tolerantie is een parameter (consistentie.sommen.tolerantie).
    {
      name = "tolerantie 0,00: een verschil van 1,00 is dan een overtreding",
      params = { ["consistentie.sommen.tolerantie"] = "0.00" },
      change = { ["financien/balans/eigenVermogen/algemeneReserve"] = "479999.00" },
      expected = {
        subject = "eigen-vermogen",
        status = "overtreding",
        params = { ["consistentie.sommen.tolerantie"] = "0.00" },
      },
    },
    {
      name = "tolerantie zonder waarde op de peildatum: niet te beoordelen",
      params = { ["consistentie.sommen.tolerantie"] = false },
      expected = {
        status = "niet-te-beoordelen",
        message = "parameter 'consistentie.sommen.tolerantie' heeft geen waarde op 2023-12-31",
      },
    },
  },
}
