-- Signaleringswaarde bovenmatig eigen vermogen (RS-1) en het afbouwplan (RS-2).
local BRON = "Kamerbrief 29 juni 2020, Kamerstuk 35 300 VIII nr. 207; verbeterpunt 23 (4 november 2020)"

return {
  ["reserves.signaleringswaarde.percentage"] = {
    description = "Deel van de totale baten (baten plus financiële baten) dat als reserve aanvaardbaar is",
    unit = "fractie",
    rounding = "half-up", -- het bedrag wordt half-up op de cent afgerond
    -- toegepast vanaf verslagjaar 2019 (AOb op cijfers 2019; de Inspectie vanaf 2020): secondhand
    source = BRON,
    values = {
      { from = "2019-01-01", value = "0.035" },
    },
  },
  ["reserves.signaleringswaarde.minimum"] = {
    description = "Ondergrens van de signaleringswaarde",
    unit = "bedrag",
    source = BRON,
    values = {
      { from = "2019-01-01", value = "250000.00" },
    },
  },
  ["reserves.afbouwplan.uiterste-datum"] = {
    description = "Datum waarop een samenwerkingsverband boven de signaleringswaarde een plan moest "
      .. "hebben om het bovenmatige eigen vermogen af te bouwen; RS-2 geldt voor verslagjaren "
      .. "waarvan de peildatum (31 december) een waarde heeft, dus vanaf verslagjaar 2021",
    unit = "datum",
    source = "Kamerbrief 29 juni 2020, Kamerstuk 35 300 VIII nr. 207 (afbouwplan uiterlijk eind "
      .. "januari 2021; zonder goed plan een korting vanaf schooljaar 2021-2022)",
    values = {
      { from = "2021-01-01", value = "2021-01-31" },
    },
  },
}
