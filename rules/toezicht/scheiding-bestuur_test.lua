-- Testgevallen voor TZ-2 (scheiding van bestuur en intern toezicht):
--   swvcheck rules test TZ-2
-- In het document hieronder zijn bestuur en toezicht organiek gescheiden en zit niemand in beide.
return {
  rule = "toezicht.scheiding-bestuur",
  jaar = 2023,
  document = [[
    <governance>
      <organiekeScheiding>ja</organiekeScheiding>
      <bestuur model="directeur-bestuurder">
        <lid naam="D. Directeur" functie="directeur-bestuurder" bevoegdGezag=""/>
      </bestuur>
      <internToezicht orgaan="raad van toezicht">
        <lid naam="A. de Wit" rol="voorzitter" stemhebbend="ja"/>
        <lid naam="B. Bakker" rol="lid" stemhebbend="ja"/>
      </internToezicht>
    </governance>
  ]],

  cases = {
    {
      name = "organiek gescheiden, niemand in beide: voldoet",
      expected = { status = "voldoet", values = { leden_in_beide = 0, organieke_scheiding = true } },
    },
    {
      name = "een lid van het toezicht zit ook in het bestuur: overtreding",
      change = { ["governance/internToezicht/lid[2]/@naam"] = "D. Directeur" },
      expected = {
        status = "overtreding",
        values = { leden_in_beide = 1, namen = "D. Directeur" },
        message = "art. 17b WPO",
      },
    },
    {
      name = "VO: de overtreding noemt de WVO",
      sector = "VO",
      change = { ["governance/internToezicht/lid[2]/@naam"] = "D. Directeur" },
      expected = { status = "overtreding", message = "art. 24e WVO" },
    },
    {
      name = "namen worden vergeleken zonder hoofdletters en dubbele spaties",
      change = { ["governance/internToezicht/lid[2]/@naam"] = "d.  directeur" },
      expected = { status = "overtreding", values = { leden_in_beide = 1 } },
    },
    {
      name = "in beide en ook niet organiek gescheiden: overtreding die dat noemt",
      change = {
        ["governance/internToezicht/lid[2]/@naam"] = "D. Directeur",
        ["governance/organiekeScheiding"] = "nee",
      },
      expected = {
        status = "overtreding",
        values = { organieke_scheiding = false },
        message = "Ook is er geen organieke scheiding.",
      },
    },
    {
      name = "alleen functioneel gescheiden: signaal",
      change = { ["governance/organiekeScheiding"] = "nee" },
      expected = { status = "signaal", values = { organieke_scheiding = false } },
    },
    {
      name = "organieke scheiding niet vermeld: niet te beoordelen",
      change = { ["governance/organiekeScheiding"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "governance/organiekeScheiding" } },
    },
    {
      name = "een toezichthouder zonder naam: niet te beoordelen",
      change = { ["governance/internToezicht/lid[2]/@naam"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "governance/internToezicht/lid/@naam" } },
    },
    {
      name = "geen bestuursleden in het verslag: niet te beoordelen",
      change = { ["governance/bestuur"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "governance/bestuur/lid/@naam" } },
    },
  },
}
