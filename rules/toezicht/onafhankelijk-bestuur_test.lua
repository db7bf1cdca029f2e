-- Testgevallen voor TZ-3 (bestuur onafhankelijk van de deelnemende schoolbesturen):
--   swvcheck rules test TZ-3
-- In het document hieronder hoort de directeur-bestuurder bij geen schoolbestuur (leeg
-- bevoegdGezag); 41001 en 41002 nemen deel.
return {
  rule = "toezicht.onafhankelijk-bestuur",
  jaar = 2023,
  document = [[
    <deelnemendeBesturen>
      <bestuur bevoegdGezag="41001" naam="Stichting Openbaar Onderwijs Noord"/>
      <bestuur bevoegdGezag="41002" naam="Stichting Katholiek Onderwijs Zuid"/>
    </deelnemendeBesturen>
    <governance>
      <bestuur model="directeur-bestuurder">
        <lid naam="D. Directeur" functie="directeur-bestuurder" bevoegdGezag=""/>
      </bestuur>
    </governance>
  ]],

  cases = {
    {
      name = "directeur-bestuurder zonder schoolbestuur: voldoet",
      expected = { status = "voldoet", values = { bestuursleden = 1, verbonden = 0 } },
    },
    {
      name = "directeur-bestuurder hoort bij een deelnemend bestuur: signaal",
      change = { ["governance/bestuur/lid/@bevoegdGezag"] = "41002" },
      expected = {
        status = "signaal",
        values = { verbonden = 1 },
        message = "D. Directeur (directeur-bestuurder, bevoegd gezag 41002) hoort bij een deelnemend schoolbestuur",
      },
    },
    {
      name = "bestuurslid van een bestuur dat niet deelneemt: voldoet",
      change = { ["governance/bestuur/lid/@bevoegdGezag"] = "49999" },
      expected = { status = "voldoet" },
    },
    {
      name = "algemeen bestuur van de deelnemende besturen: signaal met elk lid",
      document = [[
        <deelnemendeBesturen>
          <bestuur bevoegdGezag="41001" naam="Stichting Openbaar Onderwijs Noord"/>
          <bestuur bevoegdGezag="41002" naam="Stichting Katholiek Onderwijs Zuid"/>
        </deelnemendeBesturen>
        <governance>
          <bestuur model="algemeen-bestuur">
            <lid naam="D. Directeur" functie="voorzitter" bevoegdGezag="41001"/>
            <lid naam="E. Tweede" functie="secretaris" bevoegdGezag="41002"/>
            <lid naam="F. Derde" functie="lid" bevoegdGezag=""/>
          </bestuur>
        </governance>
      ]],
      expected = { status = "signaal", values = { bestuursleden = 3, verbonden = 2 }, message = "E. Tweede" },
    },
    {
      name = "bevoegdGezag niet vermeld: niet te beoordelen",
      change = { ["governance/bestuur/lid/@bevoegdGezag"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "governance/bestuur/lid/@bevoegdGezag" } },
    },
    {
      name = "geen bestuursleden in het verslag: niet te beoordelen",
      change = { ["governance/bestuur"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "governance/bestuur/lid" } },
    },
    {
      name = "geen deelnemende besturen in het verslag: niet te beoordelen",
      change = { ["deelnemendeBesturen"] = false },
      expected = {
        status = "niet-te-beoordelen",
        values = { ontbreekt = "deelnemendeBesturen/bestuur/@bevoegdGezag" },
      },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["governance/bestuur/lid/@bevoegdGezag"] = "41001" },
      expected = { status = "signaal" },
    },
  },
}
