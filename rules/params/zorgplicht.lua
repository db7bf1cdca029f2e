-- Thuiszitters (ZP-1).
return {
  ["zorgplicht.thuiszitters.maximum-maanden"] = {
    description = "Kalendermaanden dat een kind hoogstens thuis mag zitten zonder aanbod",
    unit = "maanden",
    source = "Thuiszitterspact, juni 2016; Kamerbrief 3 februari 2016, Kamerstuk 26 695 nr. 108",
    values = {
      { from = "2016-08-01", value = 3 },
    },
  },
}
