-- Testgevallen voor ZP-2 (thuiszittersregistratie bijgehouden en actueel):
--   swvcheck rules test ZP-2
-- De laatste peildatum mag hoogstens twee kalendermaanden voor de referentiedatum liggen: het
-- einde van het jaar, of de controledatum (check_date) als die eerder is.
local KOP = "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n"
local function registratie(peildatum)
  return KOP .. ("PO0000;%s;D-1;2012;relatief-verzuim;2023-01-01;volledig;2023-02-01;\n"):format(peildatum)
end

return {
  rule = "zorgplicht.registratie-actueel",
  jaar = 2023,
  document = false,
  check_date = "2026-11-25",

  cases = {
    {
      name = "afgesloten jaar, peildatum 1 november: voldoet",
      registrations = { thuiszitters = registratie("2023-11-01") },
      expected = {
        status = "voldoet",
        values = { laatste_peildatum = "2023-11-01", referentiedatum = "2023-12-31", ouderdom_dagen = 60, afstand_dagen = 1 },
      },
    },
    {
      name = "peildatum 31 oktober: precies twee maanden voor 31 december, voldoet",
      registrations = { thuiszitters = registratie("2023-10-31") },
      expected = {
        status = "voldoet",
        values = { ouderdom_dagen = 61, maximum_maanden = 2, afstand_dagen = 0 },
        message = "een peildatum vanaf 2023-10-31 was nog actueel geweest (0 dagen ruimte)",
      },
    },
    {
      name = "peildatum 30 oktober: een dag te oud, overtreding",
      registrations = { thuiszitters = registratie("2023-10-30") },
      expected = {
        status = "overtreding",
        values = { ouderdom_dagen = 62, afstand_dagen = 1, voldoet_bij = "2023-10-31" },
        message = "de registratie is niet actueel (ZP-2). Voldoet met een registratie met peildatum op of na 2023-10-31 (1 dag later).",
      },
    },
    {
      name = "de laatste van meer peildata telt",
      registrations = { thuiszitters = registratie("2023-06-30") .. "PO0000;2023-12-01;D-1;2012;overig;2023-01-01;geen;;\n" },
      expected = { status = "voldoet", values = { laatste_peildatum = "2023-12-01" } },
    },
    {
      name = "lopend jaar: gemeten vanaf de controledatum, op de grens voldoet",
      check_date = "2023-06-15",
      registrations = { thuiszitters = registratie("2023-04-15") },
      expected = { status = "voldoet", values = { referentiedatum = "2023-06-15" }, message = "de controledatum" },
    },
    {
      name = "lopend jaar: een dag te oud is een overtreding",
      check_date = "2023-06-15",
      registrations = { thuiszitters = registratie("2023-04-14") },
      expected = { status = "overtreding", values = { referentiedatum = "2023-06-15", voldoet_bij = "2023-04-15" } },
    },
    {
      name = "maandeinden: op 30 april is 28 februari te oud en 1 maart het vroegste dat voldoet",
      check_date = "2023-04-30",
      registrations = { thuiszitters = registratie("2023-02-28") },
      expected = { status = "overtreding", values = { voldoet_bij = "2023-03-01", afstand_dagen = 1 } },
    },
    {
      name = "geen registratie: niet te beoordelen",
      document = [[<thuiszitters><totaal>0</totaal></thuiszitters>]],
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "thuiszitters-registratie" } },
    },
    {
      name = "verslagjaar 2015: ZP-2 geldt vanaf 2016-08-01, geen bevinding",
      jaar = 2015,
      check_date = "2015-10-15",
      registrations = { thuiszitters = KOP .. "PO0000;2015-01-31;D-1;2005;overig;2015-01-01;geen;;\n" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "een andere termijn in de parameter: met drie maanden is 1 oktober nog actueel",
      params = { ["zorgplicht.registratie.maximum-ouderdom-maanden"] = 3 },
      registrations = { thuiszitters = registratie("2023-10-01") },
      expected = { status = "voldoet", values = { maximum_maanden = 3 } },
    },
  },
}
