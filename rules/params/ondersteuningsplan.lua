-- Ondersteuningsplan (OP-1).
return {
  ["ondersteuningsplan.looptijd.maximum-maanden"] = {
    description = "Kalendermaanden die de looptijd van het ondersteuningsplan (vanaf tot en met "
      .. "totEnMet) hoogstens beslaat: het plan wordt ten minste eens in de vier jaar vastgesteld",
    unit = "maanden",
    source = "Art. 18a lid 8 WPO / art. 17a lid 8 WVO (Wet passend onderwijs, in werking 1 augustus 2014)",
    values = {
      { from = "2014-08-01", value = 48 },
    },
  },
}
