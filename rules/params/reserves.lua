-- Signaleringswaarde bovenmatig eigen vermogen (RS-1).
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
}
