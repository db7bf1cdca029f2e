-- Testgevallen voor TZ-1 (onafhankelijk stemhebbend lid van het intern toezicht):
--   swvcheck rules test TZ-1
-- In het document hieronder is A. de Wit onafhankelijk en stemhebbend; B. Bakker heeft een
-- nevenfunctie bij deelnemend bestuur 41001 en telt dus niet als onafhankelijk.
return {
  rule = "toezicht.onafhankelijk-lid",
  jaar = 2023,
  document = [[
    <deelnemendeBesturen>
      <bestuur bevoegdGezag="41001" naam="Stichting Openbaar Onderwijs Noord"/>
      <bestuur bevoegdGezag="41002" naam="Stichting Katholiek Onderwijs Zuid"/>
    </deelnemendeBesturen>
    <governance>
      <organiekeScheiding>ja</organiekeScheiding>
      <bestuur model="directeur-bestuurder">
        <lid naam="D. Directeur" functie="directeur-bestuurder" bevoegdGezag=""/>
      </bestuur>
      <internToezicht orgaan="raad van toezicht">
        <lid naam="A. de Wit" rol="voorzitter" stemhebbend="ja">
          <nevenfunctie organisatie="Bibliotheek Noord" functie="bestuurslid" bevoegdGezag=""/>
        </lid>
        <lid naam="B. Bakker" rol="lid" stemhebbend="ja">
          <nevenfunctie organisatie="Stichting Openbaar Onderwijs Noord" functie="bestuurder" bevoegdGezag="41001"/>
        </lid>
      </internToezicht>
    </governance>
  ]],

  cases = {
    {
      name = "een onafhankelijk stemhebbend lid: voldoet",
      expected = {
        status = "voldoet",
        values = { leden = 2, onafhankelijk_stemhebbend = 1 },
        message = "A. de Wit",
      },
    },
    {
      name = "twee onafhankelijke stemhebbende leden: voldoet",
      change = { ["governance/internToezicht/lid[2]/nevenfunctie/@bevoegdGezag"] = "" },
      expected = { status = "voldoet", values = { onafhankelijk_stemhebbend = 2 } },
    },
    {
      name = "nevenfunctie bij een bestuur dat niet deelneemt telt niet",
      change = { ["governance/internToezicht/lid[1]/nevenfunctie/@bevoegdGezag"] = "49999" },
      expected = { status = "voldoet", values = { onafhankelijk_stemhebbend = 1 } },
    },
    {
      name = "alle leden hebben een functie bij een deelnemend bestuur: signaal",
      change = { ["governance/internToezicht/lid[1]/nevenfunctie/@bevoegdGezag"] = "41002" },
      expected = {
        status = "signaal",
        values = { onafhankelijk_stemhebbend = 0 },
        message = "A. de Wit (nevenfunctie bij deelnemend bestuur 41002)",
      },
    },
    {
      name = "een lid met zelf het nummer van een deelnemend bestuur is niet onafhankelijk",
      change = { ["governance/internToezicht/lid[1]/@bevoegdGezag"] = "41002" },
      expected = { status = "signaal" },
    },
    {
      name = "het onafhankelijke lid zit ook in het bestuur: signaal",
      change = { ["governance/internToezicht/lid[1]/@naam"] = "D. Directeur" },
      expected = { status = "signaal", message = "lid van het bestuur van het samenwerkingsverband" },
    },
    {
      name = "het onafhankelijke lid is niet stemhebbend: signaal",
      change = { ["governance/internToezicht/lid[1]/@stemhebbend"] = "nee" },
      expected = { status = "signaal", message = "onafhankelijk, maar niet stemhebbend" },
    },
    {
      name = "niet vermeld of het onafhankelijke lid stemhebbend is: niet te beoordelen",
      change = { ["governance/internToezicht/lid[1]/@stemhebbend"] = false },
      expected = { status = "niet-te-beoordelen", message = "niet vermeld of het lid stemhebbend is" },
    },
    {
      name = "geen intern toezicht in het verslag: niet te beoordelen",
      change = { ["governance/internToezicht"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "governance/internToezicht/lid" } },
    },
    {
      name = "geen deelnemende besturen in het verslag: niet te beoordelen",
      change = { ["deelnemendeBesturen"] = false },
      expected = {
        status = "niet-te-beoordelen",
        values = { ontbreekt = "deelnemendeBesturen/bestuur/@bevoegdGezag" },
      },
    },

    -- Zolang de wet geen datum heeft, blijft het ontbreken een signaal; vanaf de datum van
    -- inwerkingtreding een overtreding (parameter toezicht.onafhankelijk-lid.wet-in-werking).
    {
      name = "wet nog niet aangenomen (parameter zonder waarde): signaal",
      change = { ["governance/internToezicht/lid[1]/nevenfunctie/@bevoegdGezag"] = "41002" },
      expected = {
        status = "signaal",
        params = { ["toezicht.onafhankelijk-lid.wet-in-werking"] = "geen waarde op 2023-12-31" },
      },
    },
    {
      name = "wet in werking per 2025-01-01: verslag 2024 is nog een signaal",
      jaar = 2024,
      params = {
        ["toezicht.onafhankelijk-lid.wet-in-werking"] = { { from = "2024-07-01", value = "2025-01-01" } },
      },
      change = { ["governance/internToezicht/lid[1]/nevenfunctie/@bevoegdGezag"] = "41002" },
      expected = { status = "signaal" },
    },
    {
      name = "wet in werking per 2025-01-01: verslag 2025 is een overtreding",
      jaar = 2025,
      params = {
        ["toezicht.onafhankelijk-lid.wet-in-werking"] = { { from = "2024-07-01", value = "2025-01-01" } },
      },
      change = { ["governance/internToezicht/lid[1]/nevenfunctie/@bevoegdGezag"] = "41002" },
      expected = {
        status = "overtreding",
        values = { wet_in_werking = "2025-01-01" },
        message = "Wettelijk verplicht sinds 2025-01-01",
      },
    },
    {
      name = "wet in werking, maar er is een onafhankelijk lid: voldoet",
      jaar = 2025,
      params = {
        ["toezicht.onafhankelijk-lid.wet-in-werking"] = { { from = "2024-07-01", value = "2025-01-01" } },
      },
      expected = { status = "voldoet" },
    },
  },
}
