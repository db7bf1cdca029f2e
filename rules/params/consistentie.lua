-- Interne consistentie van het jaarverslag (CO-1).
return {
  ["consistentie.sommen.tolerantie"] = {
    description = "Verschil tussen een totaal en de som van zijn onderdelen dat nog als afronding geldt",
    unit = "bedrag",
    source = "swvcheck: afrondingsverschillen tot één euro per som (norm CO-1)",
    values = {
      { from = "2013-01-01", value = "1.00" },
    },
  },
}
