-- Testgevallen voor ZP-4 (hoog of stijgend aandeel vrijstellingen 5a onder de open zaken):
--   swvcheck rules test ZP-4
-- De grens is 25% (parameter zorgplicht.vrijstellingen-5a.maximum-aandeel); precies erop is
-- niet hoog.
local KOP = "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n"

-- Een regel van de registratie op `peildatum`.
local function zaak(peildatum, dossier, categorie)
  return ("PO0000;%s;%s;2012;%s;2023-01-01;geen;;\n"):format(peildatum, dossier, categorie)
end

return {
  rule = "zorgplicht.vrijstellingen-5a",
  jaar = 2023,
  document = false,

  cases = {
    {
      name = "1 van 4 open zaken (precies 25%): voldoet",
      registrations = { thuiszitters = KOP
        .. zaak("2023-12-31", "D-1", "vrijstelling-5a") .. zaak("2023-12-31", "D-2", "relatief-verzuim")
        .. zaak("2023-12-31", "D-3", "overig") .. zaak("2023-12-31", "D-4", "vrijstelling-15") },
      expected = {
        status = "voldoet",
        values = { open_zaken = 4, vrijstellingen_5a = 1, aandeel = "0.250", hoog = false, stijgend = false, afstand = 0 },
      },
    },
    {
      name = "2 van 7 open zaken (28,6%): boven de grens, signaal",
      registrations = { thuiszitters = KOP
        .. zaak("2023-12-31", "D-1", "vrijstelling-5a") .. zaak("2023-12-31", "D-2", "vrijstelling-5a")
        .. zaak("2023-12-31", "D-3", "overig") .. zaak("2023-12-31", "D-4", "overig")
        .. zaak("2023-12-31", "D-5", "overig") .. zaak("2023-12-31", "D-6", "overig")
        .. zaak("2023-12-31", "D-7", "overig") },
      expected = {
        status = "signaal",
        values = { aandeel = "0.286", hoog = true, afstand = 1, voldoet_bij = 1 },
        message = "boven de grens van 25% (ZP-4, art. 5 onder a Leerplichtwet). Binnen de grens bij ten hoogste 1 van de 7 open zaken.",
      },
    },
    {
      name = "1 van 8 open zaken: een zaak onder wat de grens toestaat (2), voldoet",
      registrations = { thuiszitters = KOP
        .. zaak("2023-12-31", "D-1", "vrijstelling-5a") .. zaak("2023-12-31", "D-2", "overig")
        .. zaak("2023-12-31", "D-3", "overig") .. zaak("2023-12-31", "D-4", "overig")
        .. zaak("2023-12-31", "D-5", "overig") .. zaak("2023-12-31", "D-6", "overig")
        .. zaak("2023-12-31", "D-7", "overig") .. zaak("2023-12-31", "D-8", "overig") },
      expected = {
        status = "voldoet",
        values = { hoog = false, afstand = 1 },
        message = "(ZP-4); de grens staat er 2 toe.",
      },
    },
    {
      name = "gestegen ten opzichte van de vorige peildatum: signaal",
      registrations = { thuiszitters = KOP
        .. zaak("2023-10-31", "D-1", "overig") .. zaak("2023-10-31", "D-2", "overig")
        .. zaak("2023-12-31", "D-1", "overig") .. zaak("2023-12-31", "D-2", "overig")
        .. zaak("2023-12-31", "D-3", "overig") .. zaak("2023-12-31", "D-4", "vrijstelling-5a") },
      expected = {
        status = "signaal",
        values = { vorige_peildatum = "2023-10-31", vorig_aandeel = "0.000", hoog = false, stijgend = true },
        message = "gestegen ten opzichte van 2023-10-31",
      },
    },
    {
      name = "gedaald ten opzichte van de vorige peildatum: voldoet",
      registrations = { thuiszitters = KOP
        .. zaak("2023-10-31", "D-1", "vrijstelling-5a") .. zaak("2023-10-31", "D-2", "overig")
        .. zaak("2023-12-31", "D-1", "vrijstelling-5a") .. zaak("2023-12-31", "D-2", "overig")
        .. zaak("2023-12-31", "D-3", "overig") .. zaak("2023-12-31", "D-4", "overig") },
      expected = { status = "voldoet", values = { stijgend = false } },
    },
    {
      name = "geen open zaken: voldoet",
      registrations = { thuiszitters = KOP .. "PO0000;2023-12-31;D-1;2012;overig;2023-01-01;geen;;2023-06-01\n" },
      expected = { status = "voldoet", values = { open_zaken = 0 } },
    },
    {
      name = "geen registratie: niet te beoordelen",
      document = [[<thuiszitters><totaal>0</totaal></thuiszitters>]],
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "thuiszitters-registratie" } },
    },
    {
      name = "een lagere grens in de parameter: 1 van 4 is dan hoog",
      params = { ["zorgplicht.vrijstellingen-5a.maximum-aandeel"] = "0.20" },
      registrations = { thuiszitters = KOP
        .. zaak("2023-12-31", "D-1", "vrijstelling-5a") .. zaak("2023-12-31", "D-2", "relatief-verzuim")
        .. zaak("2023-12-31", "D-3", "overig") .. zaak("2023-12-31", "D-4", "overig") },
      expected = { status = "signaal", values = { hoog = true, maximum_aandeel = "0.20" } },
    },

    -- De grens geldt op de peildatum van de registratie.
    {
      name = "grens 20% vanaf 2024: een registratie over 2023 houdt 25%",
      params = {
        ["zorgplicht.vrijstellingen-5a.maximum-aandeel"] = {
          { from = "2014-08-01", value = "0.25" },
          { from = "2024-01-01", value = "0.20" },
        },
      },
      registrations = { thuiszitters = KOP
        .. zaak("2023-12-31", "D-1", "vrijstelling-5a") .. zaak("2023-12-31", "D-2", "relatief-verzuim")
        .. zaak("2023-12-31", "D-3", "overig") .. zaak("2023-12-31", "D-4", "overig") },
      expected = { status = "voldoet", params = { ["zorgplicht.vrijstellingen-5a.maximum-aandeel"] = "0.25" } },
    },
    -- ZP-4 geldt vanaf 2016-08-01 (Thuiszitterspact): de peildatum van de registratie beslist.
    {
      name = "peildatum 31 juli 2016, een dag voor de norm: geen bevinding",
      jaar = 2016,
      registrations = { thuiszitters = KOP .. "PO0000;2016-07-31;D-1;2005;vrijstelling-5a;2016-01-01;geen;;\n" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "peildatum 1 augustus 2016, de dag dat de norm geldt: beoordeeld",
      jaar = 2016,
      registrations = { thuiszitters = KOP .. "PO0000;2016-08-01;D-1;2005;vrijstelling-5a;2016-01-01;geen;;\n" },
      expected = { status = "signaal" },
    },
  },
}
